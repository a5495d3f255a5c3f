"""Quick capture while talking: one line, a kind, Enter. What the guide's
agenda says a conversation captures decides which kinds are offered."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.audience import first_name
from opd_desktop.core.guides import Guide
from opd_desktop.core.models import Conversation
from opd_desktop.errors import OpdError
from opd_desktop.services import followthrough, plans, profile
from opd_desktop.services.reports import get_report
from opd_desktop.store.database import Store
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.widgets import heading

Capture = Callable[[Store, Conversation, str], object]
PLAN_CONVERSATIONS = (5, 6, 7)  # where the development plan is drafted and finalized


def _action_for(owner: str) -> Capture:
    return lambda store, c, text: followthrough.add_action_item(store, c.report_id, text, owner, None, c.id)


def _profile_entry(kind: str) -> Capture:
    return lambda store, c, text: profile.add_entry(store, c.report_id, kind, text, conversation_id=c.id)


def _plan_goal(store: Store, c: Conversation, text: str) -> object:
    """A goal for the development plan's draft, started here if there is none."""
    return plans.add_goal(store, plans.start_plan(store, c.report_id).id, text)


# (label, the capture kind in the guide that offers it, what it does)
CAPTURES: list[tuple[str, str, Capture]] = [
    ("Action item for the employee", "action_items", _action_for("employee")),
    ("Action item for me", "action_items", _action_for("manager")),
    (
        "Idea for senior management",
        "ideas",
        lambda store, c, text: followthrough.capture_idea(store, c.report_id, text, c.id),
    ),
    (
        "Feedback request on my leadership",
        "leadership_feedback",
        lambda store, c, text: followthrough.request_leadership_feedback(store, c.report_id, text, c.id),
    ),
    ("Strength", "strengths", _profile_entry("strength")),
    ("Preference", "preferences", _profile_entry("preference")),
    ("Aspiration", "aspirations", _profile_entry("aspiration")),
    ("Value", "values", _profile_entry("value")),
    ("Development plan goal", "plan_goals", _plan_goal),
]


def offered(guide: Guide) -> list[tuple[str, Capture]]:
    kinds = {kind for item in guide.agenda for kind in item.captures} | {"action_items"}
    return [(label, fn) for label, kind, fn in CAPTURES if kind in kinds]


def captured_html(store: Store, conversation: Conversation) -> str:
    rows: list[str] = []
    for item in followthrough.action_items(store, conversation.report_id):
        if item.conversation_id == conversation.id:
            rows.append(f"Action ({item.owner.value}): {html.escape(item.text)}")
    for idea in followthrough.ideas(store, conversation.report_id):
        if idea.conversation_id == conversation.id:
            rows.append(f"Idea: {html.escape(idea.text)}")
    for feedback in followthrough.leadership_feedback(store, conversation.report_id):
        if feedback.conversation_id == conversation.id:
            rows.append(f"Feedback request: {html.escape(feedback.request)}")
    found = store.execute(
        "SELECT kind, text FROM profile_entries WHERE conversation_id = ? ORDER BY id",
        [conversation.id],
    ).fetchall()
    rows += [f"{kind.capitalize()}: {html.escape(text)}" for kind, text in found]
    if conversation.number in PLAN_CONVERSATIONS:
        plan = plans.current_plan(store, conversation.report_id)
        rows += [f"Plan goal: {html.escape(goal.title)}" for goal in (plan.goals if plan else [])]
    if not rows:
        return "<i>Nothing captured yet in this conversation.</i>"
    return "<ul style='margin-top:0'>" + "".join(f"<li>\u200e{r}</li>" for r in rows) + "</ul>"


class QuickCapture(QWidget):
    def __init__(
        self, context: ScreenContext, conversation: Conversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = context.store
        self.conversation = conversation
        self.on_error = context.on_error
        self.options = offered(context.guides.for_number(conversation.number))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(heading("Quick capture", 11), 1)
        # action items, ideas, strengths, plan goals …: all written for the employee
        title.addWidget(AudienceTag(False, first_name(get_report(self.store, conversation.report_id).name)))
        layout.addLayout(title)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for label, _fn in self.options:
            self.kind.addItem(label)
        self.text = QLineEdit()
        self.text.setPlaceholderText("Type and press Enter to capture")
        self.add = QPushButton("Capture")
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.list = QLabel()
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.add.clicked.connect(self.capture)
        self.text.returnPressed.connect(self.capture)
        self.refresh()

    def capture(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.on_error("Type what you want to capture first.")
            return
        _label, fn = self.options[self.kind.currentIndex()]
        try:
            fn(self.store, self.conversation, text)
        except OpdError as exc:
            self.on_error(str(exc))
            return
        self.text.clear()
        self.refresh()

    def refresh(self) -> None:
        self.list.setText(captured_html(self.store, self.conversation))
