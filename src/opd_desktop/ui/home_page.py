"""The team home page, rendered as rich text from the team overview."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from opd_desktop.core.changes import Topic
from opd_desktop.core.models import IDEA_STATUS_LABELS
from opd_desktop.services.team import Overview, overview
from opd_desktop.ui import theme
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.models import format_when
from opd_desktop.ui.rhythm_html import rhythm_sections
from opd_desktop.ui.widgets import heading, scroll_page


def _e(text: str) -> str:
    return html.escape(text)


def _red(text: str) -> str:
    return theme.span(text, theme.Role.DANGER)


def _muted(text: str) -> str:
    return f"<p>{theme.span(f'<i>{_e(text)}</i>', theme.Role.MUTED)}</p>"


def _link(report_id: int, name: str) -> str:
    # The name is a bidi isolate, so an Arabic or Hebrew name cannot reorder the text around it.
    accent = theme.hex_of(theme.Role.ACCENT)
    style = f"color:{accent}; text-decoration:none"
    return f"<a href='report:{report_id}' style='{style}'>\u2068{_e(name)}\u2069</a>"


# who is where, what is due (cadences come from plans, working days from the settings), items, ideas
OVERVIEW_TOPICS = (
    Topic.REPORTS,
    Topic.CONVERSATIONS,
    Topic.ACTION_ITEMS,
    Topic.IDEAS,
    Topic.PLANS,
    Topic.SETTINGS,
)
MAX_ROWS = 12  # per section; the rest is counted, so the page stays readable and fast


def _list(rows: list[str], empty: str) -> str:
    if not rows:
        return _muted(empty)
    shown = rows[:MAX_ROWS]
    if len(rows) > MAX_ROWS:
        shown.append(f"<i>…and {len(rows) - MAX_ROWS} more</i>")
    return "<ul style='margin-top:2px'>" + "".join(f"<li>\u200e{r}</li>" for r in shown) + "</ul>"


NAMES_PER_STAGE = 8


def _stage_rows(data: Overview, today: dt.date) -> str:
    """Who is where, one row per stage: a pipeline that stays short for any team size."""
    groups: dict[str, list] = {}
    order: dict[str, int] = {}
    for entry in data.roster:
        label = "Check-ins" if entry.stage.series_finished else entry.stage.label
        groups.setdefault(label, []).append(entry)
        order[label] = entry.stage.next_number or 99
    rows = []
    for label in sorted(groups, key=lambda name: order[name]):
        people = groups[label]
        links = [
            _link(e.report.id, e.report.name) + (" " + _red("⚠") if e.stage.overdue else "")
            for e in people[:NAMES_PER_STAGE]
        ]
        if len(people) > NAMES_PER_STAGE:
            links.append(f"<i>+{len(people) - NAMES_PER_STAGE} more</i>")
        rows.append(
            f"<tr><td width='110'><b>{_e(label)}</b></td><td width='40' align='right'>{len(people)}</td>"
            f"<td>\u200e{', '.join(links)}</td></tr>"
        )
    if not rows:
        return _muted("No reports yet. Add one with Ctrl+N.")
    return "<table cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>"


def overview_html(data: Overview, today: dt.date) -> str:
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
        f"{_link(i.report_id, n)} — {_e(i.text)} <i>[{i.owner.value}]</i>, due {i.due_date}"
        for n, i in data.overdue_items
    ]
    ideas = [
        f"{_link(i.report_id, n)} — {_e(i.text)} <i>({IDEA_STATUS_LABELS[i.status]}, "
        f"{i.waiting_days(today)} days)</i>"
        for n, i in data.ideas_waiting
    ]
    per_person: dict[str, list] = {}
    for name, item in data.open_items:
        per_person.setdefault(name, []).append(item)
    items = []
    for name, found in sorted(per_person.items(), key=lambda pair: -len(pair[1])):
        overdue_count = sum(i.overdue(today) for i in found)
        late = ", " + _red(f"{overdue_count} overdue") if overdue_count else ""
        more = f" and {len(found) - 1} more" if len(found) > 1 else ""
        items.append(
            f"{_link(found[0].report_id, name)} — {len(found)} open{late}: {_e(found[0].text)}{more}"
        )
    section = "<h3 style='margin:14px 0 4px 0'>{}</h3>"
    if data.agenda is not None:  # the rhythm leads: Today, This week, Overdue, Needs a date
        items_overdue = overdue[len(data.overdue_conversations) :]
        leading = [rhythm_sections(data.agenda, today, items_overdue)]
    else:
        leading = [
            section.format(
                QCoreApplication.translate("HomePage", "Due this week ({count})").format(count=len(due))
            ),
            _list(due, QCoreApplication.translate("HomePage", "Nothing planned in the next seven days.")),
            section.format(
                _red(QCoreApplication.translate("HomePage", "Overdue ({count})").format(count=len(overdue)))
                if overdue
                else QCoreApplication.translate("HomePage", "Overdue ({count})").format(count=0)
            ),
            _list(overdue, QCoreApplication.translate("HomePage", "Nothing is overdue.")),
        ]
    return "".join(
        [
            *leading,
            section.format(QCoreApplication.translate("HomePage", "Who is where")),
            _stage_rows(data, today),
            section.format(
                QCoreApplication.translate(
                    "HomePage", "Ideas waiting for senior management ({count})"
                ).format(count=len(ideas))
            ),
            _list(ideas, QCoreApplication.translate("HomePage", "No idea is waiting for an answer.")),
            section.format(
                QCoreApplication.translate("HomePage", "Open action items ({count})").format(
                    count=len(data.open_items)
                )
            ),
            _list(items, QCoreApplication.translate("HomePage", "No open action items.")),
        ]
    )


class HomePage(QWidget):
    report_requested = Signal(int)
    conversation_requested = Signal(int, int)  # report, conversation: "Open agenda" under Today

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = context.store
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        layout.setContentsMargins(24, 16, 24, 24)
        outer.addWidget(area)
        layout.addWidget(heading(QCoreApplication.translate("HomePage", "Your team"), 18))
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.linkActivated.connect(self._open)
        layout.addWidget(self.body)
        layout.addStretch(1)
        context.changes.subscribe(self, OVERVIEW_TOPICS, self.refresh, stale=True)

    def refresh(self) -> None:
        self.body.setText(overview_html(overview(self.store), dt.date.today()))

    def _open(self, link: str) -> None:
        if link.startswith("report:"):
            self.report_requested.emit(int(link.split(":", 1)[1]))
        elif link.startswith("conversation:"):
            _kind, report_id, conversation_id = link.split(":")
            self.conversation_requested.emit(int(report_id), int(conversation_id))
        elif link.startswith("schedule:"):
            from opd_desktop.ui.schedule_dialog import schedule_next

            schedule_next(self.store, int(link.split(":", 1)[1]), self)  # the page follows its topics
