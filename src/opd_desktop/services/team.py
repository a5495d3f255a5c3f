"""The team overview: who is where, what is due this week, what is overdue,
which ideas wait for senior management and which action items are open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core.models import ActionItem, Idea, IdeaStatus, RosterEntry
from opd_desktop.services import followthrough, reports
from opd_desktop.services.rhythm import Agenda, agenda
from opd_desktop.store.database import Store


@dataclass(frozen=True)
class Overview:
    roster: list[RosterEntry]
    due_this_week: list[RosterEntry]
    overdue_conversations: list[RosterEntry]
    overdue_items: list[tuple[str, ActionItem]]
    ideas_waiting: list[tuple[str, Idea]]
    open_items: list[tuple[str, ActionItem]]
    agenda: Agenda | None = None  # Today, This week, Overdue, Needs a date (services/rhythm.py)


def overview(store: Store, now: dt.datetime | None = None) -> Overview:
    moment = now or dt.datetime.now()
    today = moment.date()
    roster = reports.list_roster(store, now=now)  # without `now`, the roster's own read is reused
    names = {e.report.id: e.report.name for e in roster}
    week_end = today + dt.timedelta(days=7)
    due = [
        e
        for e in roster
        if e.stage.next_date and not e.stage.overdue and e.stage.next_date.date() <= week_end
    ]
    open_items = [
        (names[i.report_id], i)
        for i in followthrough.action_items(store, open_only=True)
        if i.report_id in names
    ]
    waiting = [
        (names[i.report_id], i)
        for i in followthrough.ideas(store)
        if i.report_id in names and i.status in (IdeaStatus.CAPTURED, IdeaStatus.TAKEN)
    ]
    return Overview(
        roster=roster,
        due_this_week=sorted(due, key=lambda e: e.stage.next_date or moment),
        overdue_conversations=[e for e in roster if e.stage.overdue],
        overdue_items=[(n, i) for n, i in open_items if i.overdue(today)],
        ideas_waiting=sorted(waiting, key=lambda p: p[1].created_at),
        open_items=open_items,
        agenda=agenda(store, moment, roster),
    )
