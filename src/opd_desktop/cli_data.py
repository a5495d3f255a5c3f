"""The manager's data moves from the command line: `opd import roster`,
`opd export json` / `opd import json`, `opd export report` / `opd import report`
(handing a report to another manager) and `opd purge`.

`export` and `import` are shared with the document commands (cli_commands.py),
which hand the kinds below to `export_data` / `import_data`; the options only
these kinds take are added to those parsers here."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from opd_desktop.errors import OpdError, ValidationError

EXPORT_KINDS = ("json", "report")
IMPORT_KINDS = ("roster", "json", "report")
HANDOVER_PASSPHRASE_ENV = "OPD_HANDOVER_PASSPHRASE"


def _interactive() -> bool:
    return sys.stdin.isatty()


def _handover_passphrase(*, new: bool) -> str:
    from opd_desktop.services.backup import passphrase as secrets

    found = os.environ.get(HANDOVER_PASSPHRASE_ENV)
    if found:
        if new:
            secrets.check_new(found)
        return found
    if not _interactive():
        raise OpdError(
            f"No passphrase for the handover file: set {HANDOVER_PASSPHRASE_ENV} or run this in a terminal."
        )
    if not new:
        return getpass.getpass("Passphrase of the handover file: ")
    first = getpass.getpass(f"Choose a passphrase for the file (at least {secrets.MIN_LENGTH} characters): ")
    secrets.check_new(first, getpass.getpass("Type it again: "))
    return first


def export_data(args: argparse.Namespace) -> int:
    from opd_desktop.store.database import open_store

    store = open_store(args.data_dir)
    try:
        if args.document == "json":
            if args.report:
                raise ValidationError("opd export json takes no report: opd export json -o FILE.")
            from opd_desktop.services.json_export import export_json

            result = export_json(store, Path(args.output))
            print(f"Wrote {result.path}: everything in this data folder ({result.summary()}).")
            print("opd: note: the file holds private notes in plain text; keep it safe.", file=sys.stderr)
            return 0
        if not args.report:
            raise ValidationError("Say which report: opd export report REPORT -o FILE.")
        from opd_desktop.services import handover, reports

        report = reports.find_report(store, args.report)
        secret = _handover_passphrase(new=True) if args.encrypt else None
        written = handover.export_report(
            store, report.id, Path(args.output), include_private=args.include_private, passphrase=secret
        )
    finally:
        store.close()
    print(f"Wrote {written.path}{' (encrypted)' if written.encrypted else ''}.")
    print(written.describe())
    if written.private_included:
        print("opd: warning: the file includes your private notes about this person.", file=sys.stderr)
    print("You may now archive the report, or delete it for good with: opd purge REPORT.")
    return 0


def import_data(args: argparse.Namespace) -> int:
    path = args.file or args.report
    if not path:
        raise ValidationError(f"Name the file to import: opd import {args.document} FILE.")
    if args.file and args.report and args.document != "worksheet":
        raise ValidationError(f"opd import {args.document} takes one file: opd import {args.document} FILE.")
    if args.document == "json":
        from opd_desktop.services.json_export import import_json

        result = import_json(args.data_dir, Path(path))
        print(f"Imported {result.summary()} into {result.data_dir}.")
        return 0
    from opd_desktop.store.database import open_store

    store = open_store(args.data_dir)
    try:
        if args.document == "roster":
            return _import_roster(store, Path(path), args.dry_run)
        return _import_report(store, Path(path), args.as_name)
    finally:
        store.close()


def _import_roster(store, path: Path, dry_run: bool) -> int:
    from opd_desktop.services import roster_import

    preview = roster_import.read_roster(store, path)
    if not preview.ok:  # the error lists every invalid row with its line number
        raise roster_import.InvalidRowsError(preview)
    print("\n".join(preview.lines()))
    if dry_run:
        print("Dry run: nothing was written.")
        return 0
    added = roster_import.apply(store, preview)
    print(f"Added {added} report{'s' if added != 1 else ''} to your team.")
    return 0


def _import_report(store, path: Path, new_name: str | None) -> int:
    from opd_desktop.services import handover

    secret = _handover_passphrase(new=False) if handover.is_encrypted(path) else None
    result = handover.import_report(store, path, new_name=new_name, passphrase=secret)
    print(f"Added {result.name} (id {result.report_id}) to your team.")
    print(result.description)
    return 0


def purge(args: argparse.Namespace) -> int:
    from opd_desktop.services import purge as purging
    from opd_desktop.services import reports
    from opd_desktop.store.database import open_store

    store = open_store(args.data_dir)
    try:
        report = reports.find_report(store, args.report)
        if args.yes:
            typed = report.name
        else:
            if not _interactive():
                raise OpdError(
                    f"Deleting {report.name} for good needs their name typed in a terminal, or --yes."
                )
            print(f"This deletes {report.name} and everything about them, for good.")
            typed = input("Type their name to confirm: ")
        result = purging.purge_report(store, report.id, typed)
    finally:
        store.close()
    print(result.summary())
    for copy in result.copies:
        print(f"  copy {copy.describe()}")
    if result.wal_left_bytes:
        print(
            "opd: warning: another program has the database open, so the write-ahead log could not be "
            "emptied; close it and run 'opd purge' on another report or restart the app.",
            file=sys.stderr,
        )
    if not result.backups:
        print("No backup in the backup folder holds them.")
        return 0
    print(f"{len(result.backups)} backup(s) made while they were on your team still hold them:")
    for holding in result.backups:
        print(f"  {holding.describe()}")
    delete = args.delete_backups
    if not delete and not args.yes and _interactive():
        delete = input("Delete these backups now? They also hold the rest of your data as it was. [y/N] ")
        delete = delete.strip().lower() in ("y", "yes")
    if delete:
        gone = purging.delete_backups([h.path for h in result.backups])
        print(f"Deleted {len(gone)} backup(s). Make a new one now: opd backup.")
    else:
        print("Kept them. Delete the files listed above to remove the person from your backups sooner.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    # Options of the data kinds on the shared `export` and `import` parsers (cli_commands).
    exporting = commands.choices["export"]
    exporting.add_argument(
        "--include-private", action="store_true", help="report: include your private notes (off by default)"
    )
    exporting.add_argument(
        "--encrypt",
        action="store_true",
        help=f"report: encrypt with a passphrase ({HANDOVER_PASSPHRASE_ENV})",
    )
    importing = commands.choices["import"]
    importing.add_argument(
        "--dry-run", action="store_true", help="roster: show what would be added, write nothing"
    )
    importing.add_argument("--as", dest="as_name", metavar="NAME", help="report: import under this name")

    purge_parser = commands.add_parser(
        "purge",
        parents=[common],
        help="delete a report and everything about them, for good",
        description="Removes every row about the person, compacts the database so their text is gone from "
        "its files, cleans the copies kept beside it and lists the backups that still hold them.",
    )
    purge_parser.add_argument("report", help="id or an unambiguous part of the name")
    purge_parser.add_argument("--yes", action="store_true", help="do not ask for the name")
    purge_parser.add_argument(
        "--delete-backups", action="store_true", help="also delete the backups that still hold them"
    )
    return {"purge": purge}
