"""One family of dates and times, through QLocale: long in headers
("Wednesday 25 November, 14:00"), short in lists ("25 Nov"), relative where
it helps ("in 3 days", "12 days overdue")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from opd_desktop.ui.i18n import english_plural


def _locale() -> QLocale:
    return QLocale()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(value: dt.date | dt.datetime | None, today: dt.date | None = None) -> str:
    """'25 Nov' this year, '25 Nov 2025' otherwise; '' for none."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    today = today or dt.date.today()
    text = _locale().toString(_qdate(day), "d MMM" if day.year == today.year else "d MMM yyyy")
    return text


def time_of(value: dt.datetime) -> str:
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def long_date(value: dt.date | dt.datetime | None, today: dt.date | None = None) -> str:
    """'Wednesday 25 November, 14:00' (the year when it is not this year)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    today = today or dt.date.today()
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    text = _locale().toString(_qdate(day), pattern)
    if isinstance(value, dt.datetime):
        text += ", " + time_of(value)
    return text


def relative(day: dt.date | dt.datetime | None, today: dt.date | None = None) -> str:
    """'today', 'tomorrow', 'in 3 days', 'yesterday', '12 days ago'."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    today = today or dt.date.today()
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("Dates", "today")
    if delta == 1:
        return QCoreApplication.translate("Dates", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("Dates", "yesterday")
    if delta > 0:
        return english_plural(QCoreApplication.translate("Dates", "in %n day(s)", "", delta), delta)
    return english_plural(QCoreApplication.translate("Dates", "%n day(s) ago", "", -delta), -delta)


def days_late(day: dt.date | dt.datetime | None, today: dt.date | None = None) -> int:
    if day is None:
        return 0
    if isinstance(day, dt.datetime):
        day = day.date()
    return max(0, ((today or dt.date.today()) - day).days)


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))
