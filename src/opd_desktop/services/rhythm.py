"""Use cases of the rhythm: the manager's settings (working days, usual
meeting time, which reminders to show), the suggested next date, scheduling
and holding a conversation named by its number, and what needs attention
today, this week, is overdue or needs a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core import rhythm
from opd_desktop.core.changes import Topic
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation, RosterEntry
from opd_desktop.core.reminders import Planned
from opd_desktop.core.stages import DONE, Status
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, reports
from opd_desktop.store.database import Store

WORKING_DAYS_KEY = "rhythm.working_days"
MEETING_TIME_KEY = "rhythm.meeting_time"
REMINDER_KEYS = {
    "day_before": "reminders.day_before",
    "hour_before": "reminders.hour_before",
    "summary": "reminders.summary",
}


@dataclass(frozen=True)
class RhythmSettings:
    working_days: frozenset[int] = rhythm.DEFAULT_WORKING_DAYS
    meeting_time: dt.time | None = None  # None: the time of the last conversation
    remind_day_before: bool = True
    remind_hour_before: bool = True
    remind_summary: bool = True


def load_settings(store: Store) -> RhythmSettings:
    def flag(kind: str) -> bool:
        return store.meta(REMINDER_KEYS[kind], "1") != "0"

    try:
        meeting_time = rhythm.parse_meeting_time(store.meta(MEETING_TIME_KEY))
    except ValidationError:
        meeting_time = None
    return RhythmSettings(
        working_days=rhythm.parse_working_days(store.meta(WORKING_DAYS_KEY)),
        meeting_time=meeting_time,
        remind_day_before=flag("day_before"),
        remind_hour_before=flag("hour_before"),
        remind_summary=flag("summary"),
    )


def save_settings(store: Store, settings: RhythmSettings) -> RhythmSettings:
    if not settings.working_days:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one working day."), "working days")
    values = {
        WORKING_DAYS_KEY: rhythm.format_working_days(settings.working_days),
        MEETING_TIME_KEY: settings.meeting_time.strftime("%H:%M") if settings.meeting_time else "",
        REMINDER_KEYS["day_before"]: "1" if settings.remind_day_before else "0",
        REMINDER_KEYS["hour_before"]: "1" if settings.remind_hour_before else "0",
        REMINDER_KEYS["summary"]: "1" if settings.remind_summary else "0",
    }
    with store.write(Topic.SETTINGS):
        for key, value in values.items():
            store.set_meta(key, value)
    return load_settings(store)


def suggest_next_date(store: Store, report_id: int, now: dt.datetime | None = None) -> dt.datetime:
    """Last held + cadence, on a working day at the usual meeting time."""
    moment = now or dt.datetime.now()
    entry = reports.roster_entry(store, report_id, moment)
    checkin = reports._checkin_cadences(store, report_id).get(report_id)
    cadence = rhythm.effective_cadence(entry.report.cadence_days, checkin, entry.stage.series_finished)
    settings = load_settings(store)
    return rhythm.suggest_next(
        last_held=entry.stage.last_held,
        cadence_days=cadence,
        working_days=settings.working_days,
        meeting_time=settings.meeting_time,
        now=moment,
    )


def _number(value: str | int) -> int | None:
    """1–7, or None for `checkin`."""
    if str(value).strip().lower() == "checkin":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a conversation; use 1 to 7 or checkin.").format(
                value=repr(value)
            ),
            "number",
        ) from None
    if not 1 <= number <= 7:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Conversation {number} does not exist; use 1 to 7 or checkin."
            ).format(number=number),
            "number",
        )
    return number


def _planned_checkin(store: Store, report_id: int) -> Conversation | None:
    planned = [
        c for c in conversations.journey(store, report_id) if c.is_checkin and c.status == Status.PLANNED
    ]
    return planned[0] if planned else None


def schedule_by_number(
    store: Store, report_id: int, number: str | int, when: str | dt.datetime
) -> Conversation:
    """Schedule conversation N (1–7) or the next check-in (creating it when none is planned)."""
    parsed = _number(number)
    if parsed is None:
        checkin = _planned_checkin(store, report_id)
        if checkin is None:
            return conversations.plan_checkin(store, report_id, when)
        return conversations.schedule(store, checkin.id, when)
    target = conversations.series_conversation(store, report_id, parsed)
    return conversations.schedule(store, target.id, when)


def hold_by_number(
    store: Store, report_id: int, number: str | int, when: str | dt.datetime | None = None
) -> Conversation:
    """Mark conversation N (1–7) or the next planned check-in held (default:
    now). A conversation already held or completed keeps its status and gets
    the corrected time."""
    parsed = _number(number)
    if parsed is None:
        checkin = _planned_checkin(store, report_id)
        if checkin is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no planned check-in to mark held; schedule one first."),
                "number",
            )
        return conversations.hold(store, checkin.id, when)
    target = conversations.series_conversation(store, report_id, parsed)
    if target.status in DONE:
        if when is None:
            held = conversations.held_moment(target)
            raise ValidationError(
                f"Conversation {parsed} is already {target.status.value}"
                + (f" ({held:%Y-%m-%d %H:%M})" if held else "")
                + "; give --on to correct when it was held.",
                "number",
            )
        return conversations.correct_held(store, target.id, when)
    return conversations.hold(store, target.id, when)


@dataclass(frozen=True)
class Upcoming:
    """A planned, scheduled conversation and its report."""

    entry: RosterEntry
    conversation: Conversation


@dataclass(frozen=True)
class Agenda:
    """What needs the manager's attention, in the order the overview shows it."""

    today: list[Upcoming]
    this_week: list[Upcoming]  # after today, within seven days
    overdue: list[Upcoming]  # planned time passed, not marked held
    needs_date: list[RosterEntry]


def planned_conversations(
    store: Store, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> list[tuple[int, Conversation]]:
    """Every planned conversation with a date (between `start` and `end` when
    given), of active reports, by date."""
    from opd_desktop.core.dates import to_iso
    from opd_desktop.services import rows

    sql = (
        "SELECT c.* FROM conversations c JOIN reports r ON r.id = c.report_id "
        "WHERE c.status = 'planned' AND c.scheduled_at IS NOT NULL AND r.archived_at IS NULL"
    )
    params: list[str | None] = []
    if start is not None:
        sql += " AND c.scheduled_at >= ?"
        params.append(to_iso(start))
    if end is not None:
        sql += " AND c.scheduled_at <= ?"
        params.append(to_iso(end))
    found = rows.query(store, sql + " ORDER BY c.scheduled_at", params)
    return [(row["report_id"], rows.conversation(row)) for row in found]


def agenda(store: Store, now: dt.datetime | None = None, roster: list[RosterEntry] | None = None) -> Agenda:
    moment = now or dt.datetime.now()
    today = moment.date()
    entries = {e.report.id: e for e in (roster or reports.list_roster(store, now=moment))}
    today_list, week, overdue = [], [], []
    for report_id, conversation in planned_conversations(store):
        entry = entries.get(report_id)
        when = conversation.scheduled_at
        if entry is None or when is None:
            continue
        item = Upcoming(entry, conversation)
        if when.date() == today:
            today_list.append(item)  # today's, even when its time has passed and it is not marked held
        elif when < moment:
            overdue.append(item)
        elif when.date() <= today + dt.timedelta(days=7):
            week.append(item)
    needs = sorted(
        (e for e in entries.values() if e.stage.needs_date),
        key=lambda e: (e.stage.due_on or dt.date.min, e.report.name.casefold()),
    )
    return Agenda(today_list, week, overdue, needs)


def reminder_candidates(store: Store, now: dt.datetime) -> list[Planned]:
    """Planned conversations of the next 25 hours, for the reminders."""
    names = {r.id: r.name for r in reports.list_reports(store)}
    return [
        Planned(c.id, names.get(report_id, ""), conversation_title(c), c.scheduled_at)
        for report_id, c in planned_conversations(store, now, now + dt.timedelta(hours=25))
        if c.scheduled_at is not None
    ]


def conversation_title(conversation: Conversation, guides=None) -> str:
    """ "Conversation 4: The job" or "Check-in"."""
    from opd_desktop.core.guides import default_guides

    guide = (guides or default_guides()).for_number(conversation.number)
    if conversation.number is None:
        return QT_TRANSLATE_NOOP("Conversation", "Check-in")
    return QT_TRANSLATE_NOOP("Conversation", "Conversation {number}: {title}").format(
        number=conversation.number, title=guide.short_title
    )


def needs_date_reason(entry: RosterEntry, today: dt.date) -> str:
    """Why a report needs a date, in a few words."""
    last = entry.stage.last_held
    if last is None:
        return "no conversation held yet"
    days = (today - last.date()).days
    return f"last conversation {days} day{'s' if days != 1 else ''} ago"
