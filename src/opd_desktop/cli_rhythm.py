"""`opd schedule`, `opd held`, `opd due`, `opd search` and the calendar file
of `opd export calendar`: the rhythm from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from opd_desktop.store.database import Store, open_store


class IntermixedParser(argparse.ArgumentParser):
    """Positionals may follow options (`opd export calendar -o FILE.ics REPORT`):
    argparse otherwise fills an optional positional with nothing before `-o`."""

    _inside = False

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        if self._inside:
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def _store(args: argparse.Namespace) -> Store:
    return open_store(args.data_dir)


def _label(conversation) -> str:
    from opd_desktop.services.rhythm import conversation_title

    return conversation_title(conversation)


def schedule(args: argparse.Namespace) -> int:
    from opd_desktop.core.dates import parse_datetime
    from opd_desktop.services import reports, rhythm

    when = parse_datetime(args.when, "date and time")  # refused before the database is opened
    store = _store(args)
    try:
        report = reports.find_report(store, args.report)
        conversation = rhythm.schedule_by_number(store, report.id, args.number, when)
    finally:
        store.close()
    print(
        f"{report.name}: {_label(conversation)} scheduled for {conversation.scheduled_at:%a %Y-%m-%d %H:%M}."
    )
    return 0


def held(args: argparse.Namespace) -> int:
    from opd_desktop.core.dates import parse_datetime
    from opd_desktop.services import reports, rhythm

    when = parse_datetime(args.on, "date held") if args.on else None
    store = _store(args)
    try:
        report = reports.find_report(store, args.report)
        conversation = rhythm.hold_by_number(store, report.id, args.number, when)
    finally:
        store.close()
    print(f"{report.name}: {_label(conversation)} marked held on {conversation.held_at:%a %Y-%m-%d %H:%M}.")
    return 0


def due(args: argparse.Namespace) -> int:
    from opd_desktop.services import rhythm

    store = _store(args)
    try:
        now = dt.datetime.now()
        agenda = rhythm.agenda(store, now)
    finally:
        store.close()
    print("\n".join(due_lines(agenda, now)))
    return 0


def due_lines(agenda, now: dt.datetime) -> list[str]:
    from opd_desktop.services.rhythm import needs_date_reason

    def upcoming(items, fmt: str) -> list[str]:
        return [
            f"  {u.entry.report.name} — {_label(u.conversation)}, {u.conversation.scheduled_at:{fmt}}"
            for u in items
        ]

    sections = [
        ("Today", upcoming(agenda.today, "%H:%M")),
        ("This week", upcoming(agenda.this_week, "%a %Y-%m-%d %H:%M")),
        ("Overdue", [line + " (not marked held)" for line in upcoming(agenda.overdue, "%a %Y-%m-%d %H:%M")]),
        (
            "Needs a date",
            [
                f"  {e.report.name} — {needs_date_reason(e, now.date())}"
                + (f", due since {e.stage.due_on.isoformat()}" if e.stage.due_on else "")
                for e in agenda.needs_date
            ],
        ),
    ]
    lines: list[str] = []
    for title, rows in sections:
        lines.append(title)
        lines += rows or ["  none"]
    return lines


def search(args: argparse.Namespace) -> int:
    from opd_desktop.errors import ValidationError
    from opd_desktop.services import reports
    from opd_desktop.services.search import search as run_search

    if not args.text.strip():
        raise ValidationError("Type something to search for: opd search TEXT.", "search")
    store = _store(args)
    try:
        report_id = reports.find_report(store, args.report).id if args.report else None
        hits = run_search(store, args.text, report_id=report_id, limit=args.limit)
    finally:
        store.close()
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        print(hit.line())
    return 0


def export_calendar(args: argparse.Namespace) -> int:
    """`opd export calendar -o FILE.ics [REPORT]` (dispatched from `opd export`)."""
    from pathlib import Path

    from opd_desktop.services import reports
    from opd_desktop.services.calendar_export import export_calendar as write_calendar

    store = _store(args)
    try:
        report_id = reports.find_report(store, args.report).id if args.report else None
        target, count = write_calendar(store, Path(args.output), report_id=report_id)
    finally:
        store.close()
    print(f"Wrote {target} ({count} conversation{'s' if count != 1 else ''}).")
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    from opd_desktop.instance.forwarder import read_only

    scheduled = commands.add_parser("schedule", parents=[common], help="schedule a conversation")
    scheduled.add_argument("report", help="id or an unambiguous part of the name")
    scheduled.add_argument("number", help="1-7, or checkin (the next check-in, created if none is planned)")
    scheduled.add_argument("when", metavar="YYYY-MM-DD HH:MM")

    held_parser = commands.add_parser("held", parents=[common], help="mark a conversation held")
    held_parser.add_argument("report", help="id or an unambiguous part of the name")
    held_parser.add_argument("number", help="1-7, or checkin (the next planned check-in)")
    held_parser.add_argument("--on", metavar="YYYY-MM-DD HH:MM", help="when it was held (default: now)")

    # schedule and held write (the default: handed to the app when it holds the folder)
    read_only(
        commands.add_parser(
            "due", parents=[common], help="what is due: today, this week, overdue, needs a date"
        )
    )
    searched = read_only(
        commands.add_parser(
            "search", parents=[common], help="find notes, recaps, action items, ideas, profile and plan text"
        )
    )
    searched.add_argument("text")
    searched.add_argument("--report", help="only this report (id or part of the name)")
    searched.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    return {"schedule": schedule, "held": held, "due": due, "search": search}
