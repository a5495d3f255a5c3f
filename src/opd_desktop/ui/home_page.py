"""The team home page, rendered as rich text from the team overview."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from opd_desktop.core.models import IDEA_STATUS_LABELS
from opd_desktop.services.team import Overview, overview
from opd_desktop.store.database import Store
from opd_desktop.ui.models import format_when
from opd_desktop.ui.widgets import heading, scroll_page

RED = "#b3261e"


def _e(text: str) -> str:
    return html.escape(text)


def _link(report_id: int, name: str) -> str:
    return f"<a href='report:{report_id}' style='color:#0b57d0; text-decoration:none'>{_e(name)}</a>"


MAX_ROWS = 12  # per section; the rest is counted, so the page stays readable and fast


def _list(rows: list[str], empty: str) -> str:
    if not rows:
        return f"<p style='color:#555'><i>{_e(empty)}</i></p>"
    shown = rows[:MAX_ROWS]
    if len(rows) > MAX_ROWS:
        shown.append(f"<i>…and {len(rows) - MAX_ROWS} more</i>")
    return "<ul style='margin-top:2px'>" + "".join(f"<li>\u200e{r}</li>" for r in shown) + "</ul>"


def overview_html(data: Overview, today: dt.date) -> str:
    ids = {e.report.name: e.report.id for e in data.roster}
    table = [
        "<table cellspacing='0' cellpadding='4' width='100%'>",
        "<tr style='background:#eef1f4'><th align='left'>Name</th><th align='left'>Role</th>"
        "<th align='left'>Stage</th><th align='left'>Next</th></tr>",
    ]
    for entry in data.roster:
        when = format_when(entry.stage.next_date, today) or "—"
        if entry.stage.overdue:
            when = f"<span style='color:{RED}'>⚠ {when} (overdue)</span>"
        table.append(
            f"<tr><td>\u200e{_link(entry.report.id, entry.report.name)}</td><td>{_e(entry.report.role)}</td>"
            f"<td>{_e(entry.stage.label)}</td><td>{when}</td></tr>"
        )
    table.append("</table>")
    due = [
        f"{_link(e.report.id, e.report.name)} — {_e(format_when(e.stage.next_date, today))}"
        for e in data.due_this_week
    ]
    overdue = [
        f"{_link(e.report.id, e.report.name)} — conversation planned for "
        f"{_e(format_when(e.stage.next_date, today))}"
        for e in data.overdue_conversations
    ]
    overdue += [
        f"{_link(ids.get(n, 0), n)} — {_e(i.text)} <i>[{i.owner.value}]</i>, due {i.due_date}"
        for n, i in data.overdue_items
    ]
    ideas = [
        f"{_link(ids.get(n, 0), n)} — {_e(i.text)} <i>({IDEA_STATUS_LABELS[i.status]}, "
        f"{i.waiting_days(today)} days)</i>"
        for n, i in data.ideas_waiting
    ]
    items = [
        f"{_link(ids.get(n, 0), n)} — {_e(i.text)} <i>[{i.owner.value}]</i>"
        + (f", due {i.due_date}" if i.due_date else "")
        for n, i in data.open_items
    ]
    section = "<h3 style='margin:14px 0 4px 0'>{}</h3>"
    return "".join(
        [
            section.format("Who is where"),
            "".join(table),
            section.format(f"Due this week ({len(due)})"),
            _list(due, "Nothing planned in the next seven days."),
            section.format(
                f"<span style='color:{RED}'>Overdue ({len(overdue)})</span>" if overdue else "Overdue (0)"
            ),
            _list(overdue, "Nothing is overdue."),
            section.format(f"Ideas waiting for senior management ({len(ideas)})"),
            _list(ideas, "No idea is waiting for an answer."),
            section.format(f"Open action items ({len(data.open_items)})"),
            _list(items, "No open action items."),
        ]
    )


class HomePage(QWidget):
    report_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        layout.setContentsMargins(24, 16, 24, 24)
        outer.addWidget(area)
        layout.addWidget(heading("Your team", 18))
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.linkActivated.connect(self._open)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.body.setText(overview_html(overview(self.store), dt.date.today()))

    def _open(self, link: str) -> None:
        if link.startswith("report:"):
            self.report_requested.emit(int(link.split(":", 1)[1]))
