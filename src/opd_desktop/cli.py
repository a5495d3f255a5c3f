"""The `opd` command: headless access to the same data as the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from opd_desktop import DISTRIBUTION, __version__
from opd_desktop.errors import OpdError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 70
# backups: 3 wrong passphrase, 4 damaged backup, 5 made by a newer version


# Each module registers its own subcommands: `register(commands, common)`
# adds parsers and returns {command name: handler}. Every command is run by
# `instance.forwarder.dispatch`: writing is the default (handed to the running
# app when it holds the folder); mark the others with `forwarder.read_only(parser)`
# or `forwarder.refused_while_open(parser, message)` where they are registered.
COMMAND_MODULES = (
    "opd_desktop.cli_commands",
    "opd_desktop.cli_backup",
    "opd_desktop.cli_rhythm",
    "opd_desktop.cli_notes",
    "opd_desktop.cli_install",
    "opd_desktop.cli_check",
    "opd_desktop.cli_data",
)
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


class TerminalSafeWriter:
    """Wraps stdout/stderr so that no control character from stored or
    imported text can reach the terminal (shown as a visible escape instead)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from opd_desktop.services.text import for_terminal

        return self._stream.write(for_terminal(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so that the interpreter's
    final flush has nowhere to fail."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        # SUPPRESS: a subcommand that is not given --data-dir keeps the one given before it
        default=argparse.SUPPRESS,
        help="data folder (default: OPD_DATA_DIR or the user data folder)",
    )
    return common


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    import importlib

    common = _common()
    parser = argparse.ArgumentParser(
        prog="opd", description="OPD Desktop from the command line.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"{DISTRIBUTION} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    handlers: dict[str, Handler] = {}
    for name in COMMAND_MODULES:
        handlers.update(importlib.import_module(name).register(commands, common))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    from opd_desktop.logging_setup import configure_logging

    configure_logging()
    from opd_desktop.instance.forwarder import dispatch

    parser, handlers = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafeWriter(stdout), TerminalSafeWriter(stderr)
    try:
        # the one forwarder: here, under the folder's lock, or handed to the running app
        return _run(lambda parsed: dispatch(parsed, handlers[parsed.command], argv, parser), args)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        # The reader went away (`opd reports | head -1`): end quietly, as SIGPIPE would.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OpdError as exc:
        print(f"opd: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_USER_ERROR)
    except KeyboardInterrupt:
        print("opd: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in 'opd %s'", args.command)
        print(
            "opd: an unexpected error occurred; nothing was lost. "
            "The details are in the log file (see 'opd --help').",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
