"""The overview's leading sections, as rich text: Today (with each agenda
one click away), This week, Overdue and Needs a date (with one action to
schedule). Links: `report:ID`, `conversation:REPORT:CONVERSATION`, `schedule:REPORT`."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from opd_desktop.services.rhythm import Agenda, Upcoming, conversation_title
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import english_plural, shown
from opd_desktop.ui.models import format_when

MAX_ROWS = 12


def _link_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.Link).name()


def _muted_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def _name(report_id: int, name: str) -> str:
    return (
        f"<a href='report:{report_id}' style='color:{_link_colour()}; text-decoration:none'>"
        f"\u2068{html.escape(name)}\u2069</a>"
    )


def _action(href: str, text: str) -> str:
    return f"<a href='{href}' style='color:{_link_colour()}'>{html.escape(text)}</a>"


def _rows(rows: list[str], empty: str) -> str:
    if not rows:
        return f"<p style='color:{_muted_colour()}'><i>{html.escape(empty)}</i></p>"
    shown = rows[:MAX_ROWS]
    if len(rows) > MAX_ROWS:
        hidden = len(rows) - MAX_ROWS
        shown.append(
            "<i>"
            + html.escape(
                english_plural(QCoreApplication.translate("RhythmHtml", "…and %n more", "", hidden), hidden)
            )
            + "</i>"
        )
    return "<ul style='margin-top:2px'>" + "".join(f"<li>\u200e{r}</li>" for r in shown) + "</ul>"


def _upcoming(item: Upcoming, today: dt.date, time_only: bool = False) -> str:
    conversation = item.conversation
    report = item.entry.report
    when = conversation.scheduled_at
    label = f"{when:%H:%M}" if time_only and when else html.escape(format_when(when, today))
    return (
        f"{label} — {_name(report.id, report.name)} — {html.escape(shown(conversation_title(conversation)))} · "  # noqa: E501
        + _action(
            f"conversation:{report.id}:{conversation.id}",
            QCoreApplication.translate("RhythmHtml", "Open agenda"),
        )
    )


def _needs_date_reason(entry, today: dt.date) -> str:
    """Why a report needs a date, in a few words (services.rhythm.needs_date_reason, in the reader's language)."""  # noqa: E501
    last = entry.stage.last_held
    if last is None:
        return QCoreApplication.translate("RhythmHtml", "no conversation held yet")
    days = (today - last.date()).days
    return english_plural(
        QCoreApplication.translate("RhythmHtml", "last conversation %n day(s) ago", "", days), days
    )


def rhythm_sections(agenda: Agenda, today: dt.date, overdue_extra: list[str] | None = None) -> str:
    """Today, This week, Overdue (conversations, then `overdue_extra` rows) and Needs a date."""
    section = "<h3 style='margin:14px 0 4px 0'>{}</h3>"
    today_rows = [_upcoming(u, today, time_only=True) for u in agenda.today]
    week_rows = [_upcoming(u, today) for u in agenda.this_week]
    overdue_rows = [
        _upcoming(u, today)
        + " "
        + theme.span(QCoreApplication.translate("RhythmHtml", "(not marked held)"), theme.Role.DANGER)
        for u in agenda.overdue
    ] + list(overdue_extra or [])
    needs_rows = [
        f"{_name(e.report.id, e.report.name)} — {html.escape(_needs_date_reason(e, today))} · "
        + _action(f"schedule:{e.report.id}", QCoreApplication.translate("RhythmHtml", "Schedule…"))
        for e in agenda.needs_date
    ]
    overdue_title = QCoreApplication.translate("RhythmHtml", "Overdue ({count})").format(
        count=len(overdue_rows)
    )
    if overdue_rows:
        overdue_title = theme.span(overdue_title, theme.Role.DANGER)
    needs_title = QCoreApplication.translate("RhythmHtml", "Needs a date ({count})").format(
        count=len(needs_rows)
    )
    if needs_rows:
        needs_title = theme.span(needs_title, theme.Role.DANGER)
    return "".join(
        [
            section.format(
                QCoreApplication.translate("RhythmHtml", "Today ({count})").format(count=len(today_rows))
            ),
            _rows(today_rows, QCoreApplication.translate("RhythmHtml", "No conversation today.")),
            section.format(
                QCoreApplication.translate("RhythmHtml", "This week ({count})").format(count=len(week_rows))
            ),
            _rows(
                week_rows, QCoreApplication.translate("RhythmHtml", "Nothing planned in the next seven days.")
            ),
            section.format(overdue_title),
            _rows(overdue_rows, QCoreApplication.translate("RhythmHtml", "Nothing is overdue.")),
            section.format(needs_title),
            _rows(
                needs_rows,
                QCoreApplication.translate(
                    "RhythmHtml", "Every report has a next conversation or is within their cadence."
                ),
            ),
        ]
    )
