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
# adds parsers and returns {command name: handler}.
COMMAND_MODULES = (
    "opd_desktop.cli_commands",
    "opd_desktop.cli_backup",
    "opd_desktop.cli_notes",
    "opd_desktop.cli_install",
)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
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
    parser, handlers = _parser()
    args = parser.parse_args(argv)
    try:
        return handlers[args.command](args)
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
