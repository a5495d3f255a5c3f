"""The rhythm of the conversations, as plain rules: when a report is due,
when they need a date, when a conversation may be marked held or scheduled,
and which date to suggest next. No storage, no Qt: every rule is a function
of the values passed in, so it can be tested without a window or a database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError

DEFAULT_CADENCE_DAYS = 14  # between the seven conversations, unless set per report
MIN_CADENCE_DAYS = 7
MAX_CADENCE_DAYS = 92
GRACE_DAYS = 14  # a new report needs a date for conversation 1 this long after being added
DEFAULT_WORKING_DAYS = frozenset(range(5))  # Monday (0) … Friday (4)
DEFAULT_MEETING_TIME = dt.time(10, 0)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check_cadence(days: int) -> int:
    if not MIN_CADENCE_DAYS <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A cadence of {days} days is outside {MIN_CADENCE_DAYS}–{MAX_CADENCE_DAYS} days (one week to three months); choose a value in that range.",  # noqa: E501
            ).format(days=days, MIN_CADENCE_DAYS=MIN_CADENCE_DAYS, MAX_CADENCE_DAYS=MAX_CADENCE_DAYS),
            "cadence",
        )
    return days


def effective_cadence(report_cadence: int | None, checkin_cadence: int | None, series_finished: bool) -> int:
    """Between the seven conversations: the report's cadence (default two
    weeks). Once the series is through: the check-in cadence agreed in
    conversation 7, else the report's."""
    if series_finished and checkin_cadence:
        return checkin_cadence
    return report_cadence or DEFAULT_CADENCE_DAYS


@dataclass(frozen=True)
class Attention:
    """What the rhythm says about one report."""

    last_held: dt.datetime | None
    due_on: dt.date | None  # last held + cadence (None before anything was held)
    needs_date: bool  # nothing scheduled and the cadence (or the grace period) has run out


def attention(
    *,
    last_held: dt.datetime | None,
    next_scheduled: dt.datetime | None,
    cadence_days: int,
    added_on: dt.date | None,
    today: dt.date,
) -> Attention:
    """A report with no next conversation scheduled needs a date when their
    last held conversation is older than the cadence, or, when nothing has
    been held yet, once the grace period since they were added has passed."""
    due_on = last_held.date() + dt.timedelta(days=cadence_days) if last_held else None
    if next_scheduled is not None:
        return Attention(last_held, due_on, False)
    if due_on is not None:
        return Attention(last_held, due_on, today >= due_on)
    waited = (today - added_on).days if added_on else GRACE_DAYS
    return Attention(None, None, waited >= GRACE_DAYS)


def default_held_time(scheduled_at: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """Mark held defaults to the planned time if it has passed, else now."""
    if scheduled_at is not None and scheduled_at <= now:
        return scheduled_at
    return now.replace(second=0, microsecond=0)


def check_held_time(held_at: dt.datetime, now: dt.datetime) -> dt.datetime:
    if held_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{held_at:%Y-%m-%d %H:%M} is in the future; a conversation is marked held at or after the time it took place.",  # noqa: E501
            ).format(held_at=held_at),
            "date held",
        )
    if held_at.year < 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{held_at:%Y-%m-%d} is too long ago; check the year.").format(
                held_at=held_at
            ),
            "date held",
        )
    return held_at.replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Earlier:
    """An earlier conversation of the series, as the scheduling check sees it."""

    label: str  # "conversation 2"
    moment: dt.datetime | None  # held time if held, else the planned time, None if neither
    held: bool
    skipped: bool


def check_after_earlier(label: str, when: dt.datetime, earlier: Iterable[Earlier]) -> None:
    """A conversation cannot be scheduled before any earlier conversation of
    the series, held or planned (skipped ones and undated ones do not count)."""
    dated = [e for e in earlier if not e.skipped and e.moment is not None]
    later = [e for e in dated if when < e.moment]  # type: ignore[operator]
    if not later:
        return
    latest = max(later, key=lambda e: e.moment)  # type: ignore[arg-type,return-value]
    what = "held on" if latest.held else "planned for"
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{upper}{value} cannot come before {label} ({what} {moment:%Y-%m-%d %H:%M}); pick a later date.",
        ).format(
            upper=label[:1].upper(), value=label[1:], label=latest.label, what=what, moment=latest.moment
        ),
        "date and time",
    )


def next_working_day(day: dt.date, working_days: frozenset[int]) -> dt.date:
    """`day` itself if it is a working day, else the next one."""
    if not working_days:
        return day
    while day.weekday() not in working_days:
        day += dt.timedelta(days=1)
    return day


def suggest_next(
    *,
    last_held: dt.datetime | None,
    cadence_days: int,
    working_days: frozenset[int],
    meeting_time: dt.time | None,
    now: dt.datetime,
) -> dt.datetime:
    """The suggested date of the next conversation: the last held date plus
    the cadence, moved to a working day at the usual meeting time (default:
    the time of the last conversation). Never in the past: a date that has
    already gone becomes the next working day from tomorrow."""
    base = (last_held.date() if last_held else now.date()) + dt.timedelta(days=cadence_days)
    if base <= now.date():
        base = now.date() + dt.timedelta(days=1)
    time = meeting_time or (last_held.time().replace(second=0, microsecond=0) if last_held else None)
    return dt.datetime.combine(next_working_day(base, working_days), time or DEFAULT_MEETING_TIME)


def parse_working_days(text: str | None) -> frozenset[int]:
    """Settings store working days as "0,1,2,3,4" (Monday is 0)."""
    if not text:
        return DEFAULT_WORKING_DAYS
    days = frozenset(int(p) for p in text.split(",") if p.strip().isdigit() and 0 <= int(p) <= 6)
    return days or DEFAULT_WORKING_DAYS


def format_working_days(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def parse_meeting_time(text: str | None) -> dt.time | None:
    """The usual meeting time as HH:MM, or None: the time of the last conversation."""
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{text} is not a time of day; write it as HH:MM, for example 14:30."
            ).format(text=repr(text)),
            "meeting time",
        ) from None
