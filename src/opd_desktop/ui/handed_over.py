"""Applying an `opd` command handed over to the running app: the CLI's own
entry point runs in the app, on the app's store (lent for the duration),
with the command's output captured for the terminal that sent it."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Callable, Iterator

from opd_desktop.store.database import Store
from opd_desktop.store.lending import PassphraseSource, lend

log = logging.getLogger(__name__)


@contextlib.contextmanager
def _working_dir(path: str) -> Iterator[None]:
    previous = os.getcwd()
    try:
        os.chdir(path)
    except OSError:
        yield  # the paths were made absolute already; the directory is only a safety net
        return
    try:
        yield
    finally:
        os.chdir(previous)


@contextlib.contextmanager
def _no_terminal() -> Iterator[None]:
    """A handed-over command never prompts: the app has no terminal to ask in."""
    import sys

    previous, sys.stdin = sys.stdin, io.StringIO()
    try:
        yield
    finally:
        sys.stdin = previous


def run_handed_over(
    store: Store,
    argv: list[str],
    cwd: str,
    passphrase: PassphraseSource | None = None,
    before: Callable[[], object] | None = None,
) -> tuple[int, str, str]:
    """Run `opd ARGV` in this process on `store`; returns exit code, stdout, stderr."""
    from opd_desktop import cli

    if before is not None:
        before()  # e.g. save what is being typed first
    out, err = io.StringIO(), io.StringIO()
    with (
        lend(store, passphrase),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        _no_terminal(),
        _working_dir(cwd),
    ):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:
            log.exception("a handed-over command failed")
            code = cli.EXIT_UNEXPECTED
    log.info("applied a handed-over 'opd %s' (exit %s)", _command_name(argv), code)
    return code, out.getvalue(), err.getvalue()


def _command_name(argv: list[str]) -> str:
    """The subcommand, for the log (never the arguments: they may hold note text)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--data-dir":
            skip = True
        elif not token.startswith("-"):
            return token
    return "?"
