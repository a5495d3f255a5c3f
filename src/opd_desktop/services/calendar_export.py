"""Calendar files (.ics) for the manager's calendar, built with the
`icalendar` library (imported when a file is made, not at start-up).

- One event per conversation with a stable UID, so importing the file again
  updates the event instead of adding a second one.
- DTSTART in the local time zone (zoneinfo, with its VTIMEZONE), the
  planned length as DURATION.
- Summary "1:1 with Dmitry — Conversation 4: The job"; the description is the
  employee-safe agenda outline from the guide (purpose, preparation for the
  employee, agenda titles and prompts). No note, recap or private text is
  ever read here.
- A skipped conversation is exported as STATUS:CANCELLED; SEQUENCE grows with
  every change of the conversation, so calendars accept the update.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opd_desktop.core.guides import GuideSet, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation, Report
from opd_desktop.core.stages import DONE, Status
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, reports, rows
from opd_desktop.services.files import write_atomic
from opd_desktop.store.database import Store

PRODUCT_ID = "-//OPD Desktop//Conversations//EN"
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def local_zone() -> ZoneInfo | None:
    """The computer's time zone by name (TZ, else /etc/localtime), or None
    when it has no name (times are then written in UTC)."""
    candidates = []
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def event_summary(report: Report, conversation: Conversation, guides: GuideSet) -> str:
    guide = guides.for_number(conversation.number)
    what = f"Conversation {conversation.number}: {guide.short_title}" if conversation.number else "Check-in"
    return f"1:1 with {first_name(report.name)} — {what}"


def agenda_outline(conversation: Conversation, guides: GuideSet) -> str:
    """The employee-safe outline of the agenda: from the guide only."""
    guide = guides.for_number(conversation.number)
    lines = [guide.title, "", guide.purpose]
    steps = [step.task for step in guide.preparation if step.who != "manager"]
    if steps:
        lines += ["", "Before we meet:"] + [f"- {task}" for task in steps]
    lines += ["", "Agenda:"]
    for item in guide.agenda:
        lines.append(f"- {item.title} ({item.minutes} min)")
        lines += [f"    · {prompt}" for prompt in item.prompts]
    return "\n".join(lines)


def _sequence(conversation: Conversation) -> int:
    """Grows with every change of the conversation (minutes since 2024 of its
    last update); one more when it is cancelled."""
    try:
        changed = dt.datetime.fromisoformat(conversation.updated_at)
    except ValueError:
        changed = SEQUENCE_EPOCH
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=dt.UTC)
    minutes = max(0, int((changed - SEQUENCE_EPOCH).total_seconds() // 60))
    return minutes + (1 if conversation.status == Status.SKIPPED else 0)


def calendar_id(store: Store) -> str:
    """A stable identifier of this database, part of every UID."""
    created = store.meta("created_at") or str(store.path)
    return hashlib.sha256(created.encode()).hexdigest()[:16]


def event_uid(store: Store, conversation: Conversation) -> str:
    return f"conversation-{conversation.id}-{calendar_id(store)}@opd-desktop"


def _start(conversation: Conversation) -> dt.datetime | None:
    if conversation.status in DONE:
        return conversations.held_moment(conversation) or conversation.scheduled_at
    return conversation.scheduled_at


@dataclass(frozen=True)
class CalendarFile:
    data: bytes
    events: int


def build_calendar(
    store: Store,
    *,
    report_id: int | None = None,
    conversation_id: int | None = None,
    guides: GuideSet | None = None,
    zone: ZoneInfo | None = None,
    now: dt.datetime | None = None,
) -> CalendarFile:
    """Every scheduled conversation (of one report, or just one conversation)."""
    from icalendar import Calendar, Event

    guides = guides or default_guides()
    zone = zone if zone is not None else local_zone()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    if conversation_id is not None:
        chosen = [conversations.get_conversation(store, conversation_id)]
    else:
        sql = (
            "SELECT c.* FROM conversations c JOIN reports r ON r.id = c.report_id "
            "WHERE c.scheduled_at IS NOT NULL"
        )
        params: list[int] = []
        if report_id is not None:
            sql += " AND c.report_id = ?"
            params.append(report_id)
        else:
            sql += " AND r.archived_at IS NULL"
        chosen = [rows.conversation(r) for r in rows.query(store, sql + " ORDER BY c.scheduled_at", params)]
    people = {r.id: r for r in reports.list_reports(store, include_archived=True)}
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    count = 0
    starts: list[dt.datetime] = []
    for conversation in chosen:
        start = _start(conversation)
        if start is None:
            continue
        starts.append(start)
        report = people[conversation.report_id]
        guide = guides.for_number(conversation.number)
        event = Event()
        event.add("uid", event_uid(store, conversation))
        event.add("dtstamp", stamp)
        local = start.replace(tzinfo=zone) if zone is not None else start.astimezone().astimezone(dt.UTC)
        event.add("dtstart", local)
        event.add("duration", dt.timedelta(minutes=conversation.duration_minutes or guide.duration_minutes))
        event.add("summary", event_summary(report, conversation, guides))
        event.add("description", agenda_outline(conversation, guides))
        event.add("sequence", _sequence(conversation))
        event.add("status", "CANCELLED" if conversation.status == Status.SKIPPED else "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
        count += 1
    if zone is not None and starts:
        # the time zone's rules for the years the events span, not since 1970
        calendar.add_missing_timezones(
            first_date=dt.date(min(starts).year - 1, 1, 1), last_date=dt.date(max(starts).year + 2, 1, 1)
        )
    return CalendarFile(calendar.to_ical(), count)


def export_calendar(
    store: Store,
    path: Path,
    *,
    report_id: int | None = None,
    conversation_id: int | None = None,
) -> tuple[Path, int]:
    """Write the .ics atomically (0600); refuses when there is nothing scheduled."""
    built = build_calendar(store, report_id=report_id, conversation_id=conversation_id)
    if built.events == 0:
        what = "this conversation has no date" if conversation_id is not None else "nothing is scheduled"
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "No calendar file written: {what}. Schedule a conversation first."
            ).format(what=what),
            "calendar",
        )
    return write_atomic(Path(path), built.data), built.events
