"""What each `opd` subcommand does; output is plain text on stdout."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from opd_desktop import cli_data
from opd_desktop.core.guides import default_guides
from opd_desktop.core.stages import STATUS_LABELS
from opd_desktop.instance.forwarder import read_only, refused_while_open
from opd_desktop.paths import resolve_data_dir
from opd_desktop.services import conversations, followthrough, reports
from opd_desktop.store.database import Store, open_store


def _store(args: argparse.Namespace) -> Store:
    return open_store(args.data_dir)


def demo(args: argparse.Namespace) -> int:
    from opd_desktop.services.demo import create_demo

    folder = resolve_data_dir(args.data_dir)
    store = create_demo(folder)
    count = len(reports.list_reports(store))
    store.close()
    print(f"Demo team of {count} reports written to {folder}.")
    return 0


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def list_reports(args: argparse.Namespace) -> int:
    store = _store(args)
    roster = reports.list_roster(store)
    store.close()
    if not roster:
        print("No reports yet. Add one with: opd add-report NAME")
        return 0
    width = max(len(e.report.name) for e in roster)
    print(f"{'ID':>4}  {'NAME':<{width}}  {'STAGE':<14}  NEXT")
    for entry in roster:
        mark = "  OVERDUE" if entry.stage.overdue else ""
        nxt = "needs a date" if entry.stage.needs_date else _when(entry.stage.next_date)
        print(f"{entry.report.id:>4}  {entry.report.name:<{width}}  {entry.stage.label:<14}  {nxt}{mark}")
    return 0


def add_report(args: argparse.Namespace) -> int:
    store = _store(args)
    report = reports.add_report(store, args.name, args.role, args.team, args.start)
    store.close()
    print(f"Added {report.name} (id {report.id}).")
    return 0


def show(args: argparse.Namespace) -> int:
    store = _store(args)
    report = reports.find_report(store, args.report)
    entry = reports.roster_entry(store, report.id)
    guides = default_guides()
    lines = [report.name]
    details = " · ".join(x for x in (report.role, report.team) if x)
    if details:
        lines.append(details)
    if report.archived:
        lines.append("(archived)")
    lines.append(f"Stage: {entry.stage.label}")
    lines.append("")
    for conversation in conversations.journey(store, report.id):
        guide = guides.for_number(conversation.number)
        date = conversation.held_on or conversation.scheduled_at
        when = (
            date.strftime("%Y-%m-%d %H:%M")
            if isinstance(date, dt.datetime)
            else (date.isoformat() if date else "not scheduled")
        )
        number = f"{conversation.number}." if conversation.number else "  "
        lines.append(f"  {number:<3}{guide.title:<58} {STATUS_LABELS[conversation.status]:<10} {when}")
    open_items = followthrough.action_items(store, report.id, open_only=True)
    if open_items:
        lines += ["", "Open action items:"]
        today = dt.date.today()
        for item in open_items:
            due = f" (due {item.due_date.isoformat()})" if item.due_date else ""
            flag = " OVERDUE" if item.overdue(today) else ""
            lines.append(f"  - [{item.owner.value}] {item.text}{due}{flag}")
    waiting = [i for i in followthrough.ideas(store, report.id) if i.status.value != "shared"]
    if waiting:
        lines += ["", "Ideas not yet shared back:"]
        lines += [f"  - {i.text} ({i.status.value})" for i in waiting]
    store.close()
    print("\n".join(lines))
    return 0


def export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from opd_desktop.errors import ValidationError
    from opd_desktop.services.documents.export import build_document, write_atomic

    if args.document == "calendar":
        from opd_desktop.cli_rhythm import export_calendar

        return export_calendar(args)
    if args.document in cli_data.EXPORT_KINDS:
        return cli_data.export_data(args)
    if not args.report:
        raise ValidationError(f"Say which report: opd export {args.document} REPORT -o FILE.")
    if args.document in ("agenda", "brief", "worksheet") and not args.number:
        raise ValidationError(f"Say which conversation: opd export {args.document} REPORT N -o FILE.")
    store = _store(args)
    try:
        report = reports.find_report(store, args.report)
        built = build_document(store, args.document, report.id, args.number)
    finally:
        store.close()
    target = write_atomic(Path(args.output), built.data)
    print(f"Wrote {target} ({built.pages} page{'s' if built.pages != 1 else ''}).")
    if built.missing:
        print(f"opd: warning: {built.missing}", file=sys.stderr)
    return 0


def import_document(args: argparse.Namespace) -> int:
    from pathlib import Path

    from opd_desktop.errors import ValidationError
    from opd_desktop.services.documents.worksheet import import_worksheet

    if args.document in cli_data.IMPORT_KINDS:
        return cli_data.import_data(args)
    if not args.file:
        raise ValidationError("Name the worksheet: opd import worksheet REPORT FILE.")
    store = _store(args)
    try:
        report = reports.find_report(store, args.report)
        result = import_worksheet(store, report.id, Path(args.file))
    finally:
        store.close()
    print(f"{report.name}: {result.summary}")
    return 0


def _import_paths(args: argparse.Namespace) -> set[str]:
    """For roster, json and report imports the second argument is the file."""
    return {"report"} if args.document in cli_data.IMPORT_KINDS else set()


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    refused_while_open(
        commands.add_parser("demo", parents=[common], help="fill a data folder with a demo team"),
        "The demo replaces the data folder's database: close OPD Desktop first.",
    )
    read_only(commands.add_parser("reports", parents=[common], help="list reports with stage and next date"))

    add = commands.add_parser("add-report", parents=[common], help="add a direct report")
    add.add_argument("name")
    add.add_argument("--role", default="")
    add.add_argument("--team", default="")
    add.add_argument("--start", metavar="YYYY-MM-DD", help="start date")

    show_parser = read_only(commands.add_parser("show", parents=[common], help="print one report's journey"))
    show_parser.add_argument("report", help="id or an unambiguous part of the name")

    export_parser = read_only(  # writes the file it is given, never the data folder
        commands.add_parser(
            "export",
            parents=[common],
            help="write a document as PDF, everything as JSON, a report's record for another manager, "
            "or scheduled conversations as a calendar file",
            description="agenda, brief and worksheet take a conversation (1-7 or checkin, the next planned "
            "check-in). json writes everything (no REPORT); report writes one person's record for "
            "another manager; calendar writes every scheduled conversation (or one report's) as .ics.",
        )
    )
    export_parser.add_argument(
        "document",
        choices=["agenda", "brief", "plan", "summary", "worksheet", *cli_data.EXPORT_KINDS, "calendar"],
    )
    export_parser.add_argument(
        "report", nargs="?", help="id or an unambiguous part of the name (json: none; calendar: optional)"
    )
    export_parser.add_argument(
        "number", nargs="?", help="conversation: 1-7 or checkin (agenda, brief, worksheet)"
    )
    export_parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    from opd_desktop.cli_rhythm import IntermixedParser

    export_parser.__class__ = IntermixedParser  # `opd export calendar -o FILE.ics REPORT`

    imported = commands.add_parser(
        "import",
        parents=[common],
        help="read a worksheet, a team roster (CSV), an export or a handed-over report",
    )
    imported.add_argument("document", choices=["worksheet", *cli_data.IMPORT_KINDS])
    imported.add_argument(
        "report", help="id or an unambiguous part of the name (roster, json, report: the file)"
    )
    imported.add_argument("file", nargs="?", help="the filled-in worksheet PDF")
    imported.set_defaults(path_arguments=_import_paths)
    return {
        "export": export,
        "import": import_document,
        "demo": demo,
        "reports": list_reports,
        "add-report": add_report,
        "show": show,
    }
