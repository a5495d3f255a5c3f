"""Parsing and formatting dates and times the way people type them."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError


def parse_date(text: str, field: str = "date") -> dt.date:
    """A date written as YYYY-MM-DD; anything else is refused with an example."""
    cleaned = text.strip()
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{cleaned} is not a valid {field}; write it as YYYY-MM-DD, for example 2026-03-09."
            ).format(cleaned=repr(cleaned), field=field),
            field,
        ) from None


def parse_datetime(text: str, field: str = "date and time") -> dt.datetime:
    """A date with an optional time (YYYY-MM-DD or YYYY-MM-DD HH:MM)."""
    cleaned = text.strip().replace("T", " ")
    try:
        if len(cleaned) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(cleaned), dt.time(9, 0))
        return dt.datetime.fromisoformat(cleaned).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{cleaned} is not a valid {field}; write it as YYYY-MM-DD HH:MM, for example 2026-03-09 14:30.",  # noqa: E501
            ).format(cleaned=repr(cleaned), field=field),
            field,
        ) from None


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_day(value: dt.date, today: dt.date | None = None) -> str:
    """A date as people read it in a list, the same on screen and paper:
    "18 Oct", with the year only when it is not this year ("18 Oct 2025")."""
    today = today or dt.date.today()
    text = f"{value.day} {MONTHS[value.month - 1]}"
    return text if value.year == today.year else f"{text} {value.year}"


def short_month(value: dt.date) -> str:
    """A month of a career entry: "Oct 2025"."""
    return f"{MONTHS[value.month - 1]} {value.year}"


def to_iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0).isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def date_from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def datetime_from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def now_stamp() -> str:
    """The current time as stored in `created_at`/`updated_at` columns (UTC,
    microseconds, so that ordering within one session is exact)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
