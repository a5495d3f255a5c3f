"""The one forwarder every `opd` command goes through (`cli.main` calls
`dispatch`).

How a command is classified, declared where it is registered:

- **writing** (the default: a new command needs no marker and is safe): it
  runs under the data folder's lock. When OPD Desktop holds the folder, the
  command is not run here: its argv (paths made absolute, the data folder
  spelled out) goes over the local socket, the app applies it through its
  own store, so its windows update at once, and its output and exit code are
  printed here. No answer within 5 seconds: exit 1 with `NO_ANSWER`, and
  nothing changed.
- **read-only** — `read_only(parser)`: never writes the data folder (it may
  write a file the user named, like a PDF). Runs here, without the lock,
  even while the app is open.
- **refused while open** — `refused_while_open(parser, message)`: would pull
  the database from under the app (restore, demo). Exits 1 with `message`
  while the app holds the folder; otherwise runs under the lock.

`tests/test_forwarder.py` lists every subcommand of the parser and fails
when a writing command is run here while the app holds the folder, or when a
command is declared read-only without being on its short list.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from opd_desktop.errors import OpdError
from opd_desktop.instance.lock import FolderLock
from opd_desktop.instance.protocol import ANSWER_TIMEOUT, NO_ANSWER, RESULT_TIMEOUT

log = logging.getLogger(__name__)

ACCESS = "_opd_access"  # the namespace attribute the markers set
REFUSAL = "_opd_refusal"
WRITING, READ_ONLY, REFUSED_WHILE_OPEN = "writing", "read-only", "refused-while-open"

WAIT_FOR_OTHER_COMMAND = 60.0  # another `opd` command holds the lock: wait this long for it
POLL_INTERVAL = 0.1

PATH_METAVARS = {"FILE", "DIR", "FOLDER", "PATH"}
PATH_DESTS = {"file", "output", "folder", "path", "data_dir", "directory", "input"}

Handler = Callable[[argparse.Namespace], int]


def read_only(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Declare a command that never writes the data folder."""
    parser.set_defaults(**{ACCESS: READ_ONLY})
    return parser


def refused_while_open(parser: argparse.ArgumentParser, message: str) -> argparse.ArgumentParser:
    """Declare a command that must not run while the app holds the folder."""
    parser.set_defaults(**{ACCESS: REFUSED_WHILE_OPEN, REFUSAL: message})
    return parser


def access_of(args: argparse.Namespace) -> str:
    return getattr(args, ACCESS, WRITING)


def dispatch(
    args: argparse.Namespace, handler: Handler, argv: Sequence[str], parser: argparse.ArgumentParser
) -> int:
    """Run `handler` here, or hand the command to the app holding the folder."""
    from opd_desktop.paths import ensure_private_dir, resolve_data_dir
    from opd_desktop.store.lending import borrowed, lending_now

    access = access_of(args)
    if access == READ_ONLY:
        return handler(args)
    data_dir = resolve_data_dir(args.data_dir)
    if borrowed(data_dir) is not None:  # this process is the app, applying a handed-over command
        return handler(args)
    if lending_now():  # the app only ever applies commands to its own folder
        raise OpdError(f"OPD Desktop applies commands to its own data folder only, not to {data_dir}.")
    ensure_private_dir(data_dir)
    lock = FolderLock(data_dir)
    give_up_at = time.monotonic() + WAIT_FOR_OTHER_COMMAND
    while True:
        if _try_lock(lock, data_dir):
            try:
                code = handler(args)
                _warn_if_open_to_others(data_dir)
            finally:
                lock.release()
            return code
        channel = _app_channel(data_dir)
        if channel is not None:
            if access == REFUSED_WHILE_OPEN:
                channel.close()
                raise OpdError(getattr(args, REFUSAL))
            return _forward(channel, args, argv, parser, data_dir)
        if time.monotonic() > give_up_at:
            raise OpdError(
                f"Another opd command has been writing to {data_dir} for a minute; "
                "try again when it has finished."
            )
        time.sleep(POLL_INTERVAL)


def _try_lock(lock: FolderLock, data_dir: Path) -> bool:
    try:
        return lock.try_acquire()
    except OSError as exc:
        raise OpdError(
            f"Cannot use the data folder {data_dir}: {exc.strerror or exc}. "
            "Choose a folder you can write to with --data-dir or OPD_DATA_DIR."
        ) from exc


def _app_channel(data_dir: Path):
    from opd_desktop.instance.client import Channel

    return Channel.open(data_dir)


def _forward(channel, args, argv: Sequence[str], parser, data_dir: Path) -> int:
    request = {
        "op": "run",
        "argv": handed_over_argv(parser, args, argv, data_dir),
        "cwd": os.getcwd(),
    }
    log.info("handing 'opd %s' to the running app", args.command)
    try:
        started = time.monotonic()
        if not channel.send(request):
            raise OpdError(NO_ANSWER)
        answer = channel.receive(max(0.0, ANSWER_TIMEOUT - (time.monotonic() - started)))
        if answer is None or not answer.get("accepted"):
            raise OpdError(answer.get("refused", NO_ANSWER) if answer else NO_ANSWER)
        if not channel.send({"go": True}):
            raise OpdError(NO_ANSWER)
        result = channel.receive(RESULT_TIMEOUT)
    finally:
        channel.close()
    if result is None:
        raise OpdError(
            "OPD Desktop stopped answering while it applied the command; "
            "look in the app whether it was applied before you try again."
        )
    sys.stdout.write(result.get("stdout", ""))
    sys.stdout.flush()
    sys.stderr.write(result.get("stderr", ""))
    return int(result.get("code", 1))


# Paths made absolute --------------------------------------------------------------


def _chosen_parsers(parser: argparse.ArgumentParser, args: argparse.Namespace):
    """The parser and every subparser the parsed command went through."""
    current = parser
    while current is not None:
        yield current
        following = None
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = getattr(args, action.dest, None) if action.dest != argparse.SUPPRESS else None
                following = action.choices.get(chosen) if chosen else None
        current = following


def path_dests(parser: argparse.ArgumentParser, args: argparse.Namespace) -> set[str]:
    """Arguments that name files or folders: metavar FILE/DIR/FOLDER/PATH, or
    a dest such as file, output, folder, data_dir."""
    found: set[str] = set()
    for each in _chosen_parsers(parser, args):
        for action in each._actions:
            metavar = action.metavar if isinstance(action.metavar, str) else ""
            if action.dest in PATH_DESTS or metavar.upper() in PATH_METAVARS:
                found.add(action.dest)
    # A positional that is a path only for some choices (`opd import roster FILE`)
    # is declared by its parser: set_defaults(path_arguments=lambda args: {...}).
    declared = getattr(args, "path_arguments", None)
    if callable(declared):
        found |= set(declared(args))
    return found


def _absolute(value: str) -> str:
    return os.path.abspath(os.path.expanduser(value))


def _parses_to(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | None:
    with contextlib.redirect_stderr(io.StringIO()), contextlib.suppress(SystemExit):
        return parser.parse_args(argv)
    return None


def handed_over_argv(
    parser: argparse.ArgumentParser, args: argparse.Namespace, argv: Sequence[str], data_dir: Path
) -> list[str]:
    """`argv` with every path argument made absolute and the data folder
    spelled out, checked by parsing it again: the app runs exactly this."""
    tokens = list(argv)
    paths = path_dests(parser, args)
    wanted = dict(vars(args))
    unchanged = {key: value for key, value in wanted.items() if key not in paths}
    for dest in sorted(paths):
        value = wanted.get(dest)
        if not isinstance(value, str) or not value or os.path.isabs(value):
            continue
        absolute = _absolute(value)
        wanted[dest] = absolute
        candidates = [i for i, token in enumerate(tokens) if token == value or token.endswith(f"={value}")]
        for index in candidates:
            trial = list(tokens)
            trial[index] = trial[index][: len(trial[index]) - len(value)] + absolute
            parsed = _parses_to(parser, trial)
            if (
                parsed is not None
                and getattr(parsed, dest, None) == absolute
                and all(getattr(parsed, key, None) == value for key, value in unchanged.items())
            ):
                tokens = trial
                break
    if not wanted.get("data_dir"):
        tokens = ["--data-dir", str(data_dir), *tokens]
    return tokens


def _warn_if_open_to_others(data_dir: Path) -> None:
    """One line on stderr, once, when other users can read the data folder
    (called while this command holds the folder's lock)."""
    from opd_desktop.services import folder_privacy

    if folder_privacy.exposure(data_dir) is None:
        return
    try:
        from opd_desktop.store.database import database_path, open_store

        if not database_path(data_dir).exists():
            return
        store = open_store(data_dir)
        try:
            message = folder_privacy.warning_once(store)
        finally:
            store.close()
    except OpdError:
        return
    if message:
        print(f"opd: warning: {message}", file=sys.stderr)
