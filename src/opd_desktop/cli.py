"""The `opd` command: headless access to the same data as the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from opd_desktop import __version__
from opd_desktop.errors import OpdError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 70
# backups: 3 wrong passphrase, 4 damaged backup, 5 made by a newer version


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: OPD_DATA_DIR or the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="opd", description="OPD Desktop from the command line.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"opd {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser("demo", parents=[common], help="fill a data folder with a demo team")
    commands.add_parser("reports", parents=[common], help="list reports with stage and next date")

    add = commands.add_parser("add-report", parents=[common], help="add a direct report")
    add.add_argument("name")
    add.add_argument("--role", default="")
    add.add_argument("--team", default="")
    add.add_argument("--start", metavar="YYYY-MM-DD", help="start date")

    show = commands.add_parser("show", parents=[common], help="print one report's journey")
    show.add_argument("report", help="id or an unambiguous part of the name")

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a document as PDF",
        description="agenda and brief take a conversation (1-7 or checkin); worksheet takes 1 or 5.",
    )
    export.add_argument("document", choices=["agenda", "brief", "plan", "summary", "worksheet"])
    export.add_argument("report", help="id or an unambiguous part of the name")
    export.add_argument("number", nargs="?", help="conversation: 1-7 or checkin (agenda, brief, worksheet)")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")

    backup = commands.add_parser("backup", parents=[common], help="write an encrypted backup")
    backup.add_argument("-o", "--output", metavar="FILE", help="file or folder (default: the backup folder)")
    verify = commands.add_parser("verify", parents=[common], help="check that a backup can be restored")
    verify.add_argument("file")
    restore = commands.add_parser("restore", parents=[common], help="replace the data with a backup")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    passphrase = commands.add_parser(
        "passphrase", parents=[common], help="set the backup passphrase kept in the keyring"
    )
    passphrase.add_argument("action", choices=["set", "forget", "status"])

    imported = commands.add_parser("import", parents=[common], help="read a filled-in worksheet back")
    imported.add_argument("document", choices=["worksheet"])
    imported.add_argument("report", help="id or an unambiguous part of the name")
    imported.add_argument("file", help="the filled-in worksheet PDF")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from opd_desktop.logging_setup import configure_logging

    configure_logging()
    args = _parser().parse_args(argv)
    try:
        return _run(args)
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


def _run(args: argparse.Namespace) -> int:
    from opd_desktop.cli_backup import BACKUP_COMMANDS
    from opd_desktop.cli_commands import COMMANDS

    return {**COMMANDS, **BACKUP_COMMANDS}[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
