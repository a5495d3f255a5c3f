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

from opd_desktop.core.guides import Guide
from opd_desktop.core.models import Conversation
from opd_desktop.errors import OpdError
from opd_desktop.services import followthrough, profile
from opd_desktop.store.database import Store
from opd_desktop.ui.widgets import heading

# (label, capture kind in the guide that offers it, function)
Capture = Callable[[Store, Conversation, str], None]

CAPTURES: list[tuple[str, str, Capture]] = [
    (
        "Action item for the employee",
        "action_items",
        lambda s, c, t: followthrough.add_action_item(s, c.report_id, t, "employee", None, c.id) and None,
    ),
    (
        "Action item for me",
        "action_items",
        lambda s, c, t: followthrough.add_action_item(s, c.report_id, t, "manager", None, c.id) and None,
    ),
    (
        "Idea for senior management",
        "ideas",
        lambda s, c, t: followthrough.capture_idea(s, c.report_id, t, c.id) and None,
    ),
    (
        "Feedback request on my leadership",
        "leadership_feedback",
        lambda s, c, t: followthrough.request_leadership_feedback(s, c.report_id, t, c.id) and None,
    ),
    (
        "Strength",
        "strengths",
        lambda s, c, t: profile.add_entry(s, c.report_id, "strength", t, conversation_id=c.id) and None,
    ),
    (
        "Preference",
        "preferences",
        lambda s, c, t: profile.add_entry(s, c.report_id, "preference", t, conversation_id=c.id) and None,
    ),
    (
        "Aspiration",
        "aspirations",
        lambda s, c, t: profile.add_entry(s, c.report_id, "aspiration", t, conversation_id=c.id) and None,
    ),
    (
        "Value",
        "values",
        lambda s, c, t: profile.add_entry(s, c.report_id, "value", t, conversation_id=c.id) and None,
    ),
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
    found = store.db.execute(
        "SELECT kind, text FROM profile_entries WHERE conversation_id = ? ORDER BY id",
        [conversation.id],
    ).fetchall()
    rows += [f"{kind.capitalize()}: {html.escape(text)}" for kind, text in found]
    if not rows:
        return "<i>Nothing captured yet in this conversation.</i>"
    return "<ul style='margin-top:0'>" + "".join(f"<li>\u200e{r}</li>" for r in rows) + "</ul>"


class QuickCapture(QWidget):
    def __init__(
        self,
        store: Store,
        conversation: Conversation,
        guide: Guide,
        on_error: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.conversation = conversation
        self.on_error = on_error
        self.options = offered(guide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Quick capture", 11))
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
