"""Use cases for the conversations: the journey of one report, planning,
rescheduling, holding, completing and skipping, and the check-ins that follow
the series."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core import rhythm
from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import now_stamp, parse_date, parse_datetime, to_iso
from opd_desktop.core.guides import SERIES_LENGTH, GuideSet, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation
from opd_desktop.core.stages import DONE, SETTLED, Status, check_checkin_allowed, check_transition
from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import rows
from opd_desktop.services.reports import get_report
from opd_desktop.services.text import clean_body
from opd_desktop.store.database import Store

TOPIC = Topic.CONVERSATIONS
MAX_YEARS_AHEAD = 2


def get_conversation(store: Store, conversation_id: int) -> Conversation:
    found = rows.query(store, "SELECT * FROM conversations WHERE id = ?", [conversation_id])
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation with id {conversation_id}.").format(
                conversation_id=conversation_id
            )
        )
    return rows.conversation(found[0])


def labels(store: Store, report_id: int | None = None) -> dict[int, str]:
    """A short name for each conversation ("Conversation 3", "Check-in 2026-03-02"), by id."""
    sql = "SELECT id, number, held_on, scheduled_at FROM conversations"
    params: list[object] = []
    if report_id is not None:
        sql += " WHERE report_id = ?"
        params.append(report_id)
    found = {}
    for cid, number, held_on, scheduled_at in store.execute(sql, params):
        when = (held_on or scheduled_at or "")[:10]
        if number:
            found[cid] = QT_TRANSLATE_NOOP("Conversation", "Conversation {number}").format(number=number)
        elif when:
            found[cid] = QT_TRANSLATE_NOOP("Conversation", "Check-in {date}").format(date=when)
        else:
            found[cid] = QT_TRANSLATE_NOOP("Conversation", "Check-in")
    return found


def series_conversation(store: Store, report_id: int, number: int) -> Conversation:
    if not 1 <= number <= SERIES_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Conversation {number} does not exist; the series runs from 1 to {SERIES_LENGTH}."
            ).format(number=number, SERIES_LENGTH=SERIES_LENGTH),
            "number",
        )
    found = rows.query(
        store,
        "SELECT * FROM conversations WHERE report_id = ? AND number = ?",
        [report_id, number],
    )
    if found:
        return rows.conversation(found[0])
    stamp = now_stamp()
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO conversations(report_id, number, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [report_id, number, stamp, stamp],
        )
    return get_conversation(store, cursor.lastrowid)


def journey(store: Store, report_id: int) -> list[Conversation]:
    """The seven conversations in order, then the check-ins by date (read once until the
    next write: opening a report and its check-in's recap both need it)."""
    return list(store.cached(("journey", report_id), lambda: _journey(store, report_id)))


def _journey(store: Store, report_id: int) -> list[Conversation]:
    get_report(store, report_id)
    found = [
        rows.conversation(r)
        for r in rows.query(store, "SELECT * FROM conversations WHERE report_id = ?", [report_id])
    ]
    series = sorted((c for c in found if c.number is not None), key=lambda c: c.number or 0)
    checkins = sorted(
        (c for c in found if c.number is None),
        key=lambda c: (
            c.held_on or (c.scheduled_at.date() if c.scheduled_at else dt.date.max),
            c.id,
        ),
    )
    return series + checkins


def _when(value: str | dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, str):
        return parse_datetime(value, "date and time")
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(9, 0))


def _check_reasonable(when: dt.datetime) -> None:
    if when.year > dt.date.today().year + MAX_YEARS_AHEAD or when.year < 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{when:%Y-%m-%d} is too far away; check the year.").format(when=when),
            "date and time",
        )


def held_moment(conversation: Conversation) -> dt.datetime | None:
    """When a held conversation took place (09:00 on its date when only the date is known)."""
    if conversation.held_at is not None:
        return conversation.held_at
    return dt.datetime.combine(conversation.held_on, dt.time(9)) if conversation.held_on else None


def _earlier(store: Store, report_id: int, number: int | None) -> list[rhythm.Earlier]:
    """Every conversation of the series before conversation `number` (all
    seven for a check-in, `number` None)."""
    last = SERIES_LENGTH if number is None else number - 1
    found = rows.query(
        store,
        "SELECT * FROM conversations WHERE report_id = ? AND number BETWEEN 1 AND ? ORDER BY number",
        [report_id, last],
    )
    earlier = []
    for c in map(rows.conversation, found):
        held = c.status in DONE
        earlier.append(
            rhythm.Earlier(
                label=f"conversation {c.number}",
                moment=held_moment(c) if held else c.scheduled_at,
                held=held,
                skipped=c.status == Status.SKIPPED,
            )
        )
    return earlier


def _check_after_earlier(store: Store, conversation: Conversation, when: dt.datetime) -> None:
    """A conversation cannot be scheduled before any earlier conversation of
    the series, held or planned."""
    label = f"conversation {conversation.number}" if conversation.number else "a check-in"
    rhythm.check_after_earlier(label, when, _earlier(store, conversation.report_id, conversation.number))


def schedule(
    store: Store,
    conversation_id: int,
    when: str | dt.datetime | dt.date,
    duration_minutes: int | None = None,
    guides: GuideSet | None = None,
) -> Conversation:
    """Plan or reschedule a conversation that has not been held yet."""
    conversation = get_conversation(store, conversation_id)
    moment = _when(when)
    _check_reasonable(moment)
    if conversation.status != Status.PLANNED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label} is {value}; only a planned conversation can be rescheduled. Reopen it first.",
            ).format(label=conversation.label, value=conversation.status.value),
            "status",
        )
    _check_after_earlier(store, conversation, moment)
    if duration_minutes is None:
        duration_minutes = conversation.duration_minutes or (
            (guides or default_guides()).for_number(conversation.number).duration_minutes
        )
    if not 5 <= duration_minutes <= 480:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A conversation lasts between 5 and 480 minutes."), "duration"
        )
    with store.write(TOPIC) as db:
        db["conversations"].update(
            conversation_id,
            {
                "scheduled_at": to_iso(moment),
                "duration_minutes": duration_minutes,
                "updated_at": now_stamp(),
            },
        )
    return get_conversation(store, conversation_id)


HeldWhen = str | dt.datetime | dt.date | None


def _held_moment(conversation: Conversation, value: HeldWhen, now: dt.datetime | None) -> dt.datetime:
    """When the conversation was held: as given (a date alone takes the planned
    time on that day, else 09:00), by default the planned time if it has
    passed, else now. Never in the future."""
    moment_now = now or dt.datetime.now()
    if value is None:
        return rhythm.default_held_time(conversation.scheduled_at, moment_now)
    if isinstance(value, str):
        text = value.strip()
        value = parse_datetime(text, "date held") if len(text) > 10 else parse_date(text, "date held")
    if isinstance(value, dt.datetime):
        return rhythm.check_held_time(value.replace(tzinfo=None), moment_now)
    planned = conversation.scheduled_at
    time = planned.time() if planned and planned.date() == value else dt.time(9)
    moment = dt.datetime.combine(value, time)
    if value == moment_now.date() and moment > moment_now:
        moment = moment_now.replace(second=0, microsecond=0)
    return rhythm.check_held_time(moment, moment_now)


def _held_values(moment: dt.datetime) -> dict[str, object]:
    return {"held_at": to_iso(moment), "held_on": moment.date().isoformat()}


def _set_status(store: Store, conversation: Conversation, wanted: Status, **values: object) -> Conversation:
    check_transition(conversation.status, wanted, conversation.label)
    with store.write(TOPIC, report_id=conversation.report_id) as db:
        db["conversations"].update(
            conversation.id, {"status": wanted.value, "updated_at": now_stamp(), **values}
        )
    return get_conversation(store, conversation.id)


def hold(
    store: Store, conversation_id: int, held_on: HeldWhen = None, *, now: dt.datetime | None = None
) -> Conversation:
    """Mark a conversation held at the time it took place (see `_held_moment`)."""
    conversation = get_conversation(store, conversation_id)
    moment = _held_moment(conversation, held_on, now)
    return _set_status(store, conversation, Status.HELD, **_held_values(moment))


def complete(
    store: Store, conversation_id: int, held_on: HeldWhen = None, *, now: dt.datetime | None = None
) -> Conversation:
    conversation = get_conversation(store, conversation_id)
    already = held_moment(conversation)
    moment = already if held_on is None and already else _held_moment(conversation, held_on, now)
    return _set_status(store, conversation, Status.COMPLETED, **_held_values(moment))


def correct_held(
    store: Store, conversation_id: int, held_at: HeldWhen, *, now: dt.datetime | None = None
) -> Conversation:
    """Correct when a held (or completed) conversation took place."""
    conversation = get_conversation(store, conversation_id)
    if conversation.status not in DONE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label} has not been held; mark it held to record when it took place."
            ).format(label=conversation.label),
            "status",
        )
    if held_at is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the date and time it was held, as YYYY-MM-DD HH:MM."),
            "date held",
        )
    moment = _held_moment(conversation, held_at, now)
    with store.write(TOPIC) as db:
        db["conversations"].update(conversation.id, {**_held_values(moment), "updated_at": now_stamp()})
    return get_conversation(store, conversation.id)


def skip(store: Store, conversation_id: int, reason: str = "") -> Conversation:
    conversation = get_conversation(store, conversation_id)
    if conversation.is_checkin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A check-in is not skipped; delete it or reschedule it."), "status"
        )
    return _set_status(store, conversation, Status.SKIPPED, skip_reason=clean_body(reason, "reason"))


def reopen(store: Store, conversation_id: int) -> Conversation:
    """Back one step: completed → held, held or skipped → planned."""
    conversation = get_conversation(store, conversation_id)
    if conversation.status == Status.COMPLETED:
        return _set_status(store, conversation, Status.HELD)
    if conversation.status in (Status.HELD, Status.SKIPPED):
        return _set_status(store, conversation, Status.PLANNED, held_on=None, held_at=None, skip_reason="")
    return conversation


def save_wrap_up(
    store: Store,
    conversation_id: int,
    *,
    summary: str | None = None,
    next_steps: str | None = None,
    recap: str | None = None,
    next_steps_private: bool | None = None,
) -> Conversation:
    """Save the Wrap-up fields: your (private) summary, the agreed next steps
    (shared unless written before sharing existed) and the recap for the employee."""
    conversation = get_conversation(store, conversation_id)
    values: dict[str, object] = {"updated_at": now_stamp()}
    if summary is not None:
        values["summary"] = clean_body(summary, "summary")
    if next_steps is not None:
        values["next_steps"] = clean_body(next_steps, "next steps")
    if recap is not None:
        values["recap"] = clean_body(recap, "recap")
    if next_steps_private is not None:
        values["next_steps_private"] = int(next_steps_private)
    with store.write(TOPIC, report_id=conversation.report_id) as db:
        db["conversations"].update(conversation.id, values)
    return get_conversation(store, conversation.id)


def plan_checkin(
    store: Store,
    report_id: int,
    when: str | dt.datetime | dt.date,
    duration_minutes: int | None = None,
) -> Conversation:
    """Add a check-in; they follow conversation 7."""
    get_report(store, report_id)
    settled = [c.number for c in journey(store, report_id) if c.number is not None and c.status in SETTLED]
    check_checkin_allowed(settled)
    moment = _when(when)
    _check_reasonable(moment)
    rhythm.check_after_earlier("a check-in", moment, _earlier(store, report_id, None))
    duration = duration_minutes or default_guides().checkin.duration_minutes
    stamp = now_stamp()
    with store.write(TOPIC, report_id=report_id) as db:
        cursor = db.execute(
            "INSERT INTO conversations(report_id, number, status, scheduled_at, duration_minutes, "
            "created_at, updated_at) VALUES (?, NULL, 'planned', ?, ?, ?, ?)",
            [report_id, to_iso(moment), duration, stamp, stamp],
        )
    return get_conversation(store, cursor.lastrowid)


def schedule_checkins(
    store: Store, report_id: int, first: dt.date, every_days: int, count: int
) -> list[Conversation]:
    """Schedule `count` check-ins every `every_days` days from `first`."""
    if not 7 <= every_days <= 92:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Check-ins are between a week and three months apart."), "cadence"
        )
    if not 1 <= count <= 26:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Schedule between 1 and 26 check-ins at a time."), "count"
        )
    with store.write(TOPIC, report_id=report_id):
        return [
            plan_checkin(store, report_id, first + dt.timedelta(days=every_days * i)) for i in range(count)
        ]
