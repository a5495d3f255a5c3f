"""Quick capture while talking: one line, a kind, Enter. What the guide's
agenda says a conversation captures decides which kinds are offered (the
registry is `services/captures.py`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
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
from opd_desktop.core.models import Conversation
from opd_desktop.services import captures
from opd_desktop.services.reports import get_report
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.widgets import bullets, heading


def captured_html(found: list[captures.Captured]) -> str:
    if not found:
        return "<i>Nothing captured yet in this conversation.</i>"
    return bullets([f"{html.escape(c.kind)}: {html.escape(c.text)}" for c in found], escape=False)


class QuickCapture(QWidget):
    def __init__(
        self, context: ScreenContext, conversation: Conversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.conversation = conversation
        self.on_error = context.on_error
        self.guide = context.guides.for_number(conversation.number)
        self.options = captures.offered(self.guide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(heading(QCoreApplication.translate("QuickCapture", "Quick capture"), 11), 1)
        # action items, ideas, strengths, plan goals …: all written for the employee
        title.addWidget(AudienceTag(False, first_name(get_report(self.store, conversation.report_id).name)))
        layout.addLayout(title)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for option in self.options:
            self.kind.addItem(option.label)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate("QuickCapture", "Type and press Enter to capture")
        )
        self.add = QPushButton(QCoreApplication.translate("QuickCapture", "Capture"))
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
        context.changes.subscribe(
            self.list,
            captures.topics_shown(self.guide),
            self.refresh,
            report_id=lambda: self.conversation.report_id,
        )

    def capture(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.on_error("Type what you want to capture first.")
            return
        option = self.options[self.kind.currentIndex()]
        if self.context.actions.run(lambda: option.capture(self.store, self.conversation, text)):
            self.text.clear()
            self.refresh()  # its own list, even before the tab is on screen

    def refresh(self) -> None:
        self.list.setText(captured_html(captures.captured_in(self.store, self.conversation, self.guide)))
