"""The written part of Wrap-up, each field with its audience: your own summary
(only you), the agreed next steps and the recap written for the employee
(shared with them). Next steps written before sharing existed stay private
until the manager chooses to share them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.audience import first_name, for_employee
from opd_desktop.core.models import Conversation
from opd_desktop.services.reports import get_report
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.widgets import heading, note_editor, paragraph

Save = Callable[..., None]


class WrapUpFields(QWidget):
    def __init__(
        self, context: ScreenContext, conversation: Conversation, save: Save, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.autosaver = context.autosaver
        self.actions = context.actions
        self._save = save
        name = first_name(get_report(context.store, conversation.report_id).name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.recap = note_editor(
            QCoreApplication.translate(
                "WrapUpFields", "Written to {name}: what you discussed, what you agreed, who does what next"
            ).format(name=name),
            height=150,
        )
        self.recap_tag = AudienceTag(not for_employee("conversations", "recap"), name)
        layout.addLayout(
            _titled(
                heading(QCoreApplication.translate("WrapupFields", "Recap for {name}").format(name=name), 11),
                self.recap_tag,
            )
        )
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "WrapupFields",
                    "{name} reads this at the top of the next agenda. Write it to them, in words you would say out loud; leave it empty and the next agenda says nothing about this conversation.",  # noqa: E501
                ).format(name=name),
                muted=True,
            )
        )
        self.recap.setPlainText(conversation.recap)
        self.autosaver.watch(self.recap, lambda text: self._save(recap=text))
        layout.addWidget(self.recap)

        self.next_steps = note_editor(
            QCoreApplication.translate("WrapUpFields", "Who does what before the next conversation?")
        )
        self.next_steps_private = not for_employee(
            "conversations", "next_steps", conversation.next_steps_private
        )
        self.next_steps_tag = AudienceTag(self.next_steps_private, name)
        row = _titled(
            heading(QCoreApplication.translate("WrapupFields", "Agreed next steps"), 11), self.next_steps_tag
        )
        self.share_next_steps = QPushButton(
            QCoreApplication.translate("WrapupFields", "Share with {name}").format(name=name)
        )
        self.share_next_steps.setToolTip(
            QCoreApplication.translate(
                "WrapupFields",
                "These next steps were written before notes had an audience, so they are kept to you.",
            )
        )
        self.share_next_steps.clicked.connect(self._share_next_steps)
        self.share_next_steps.setVisible(self.next_steps_private)
        row.insertWidget(1, self.share_next_steps, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self.next_steps.setPlainText(conversation.next_steps)
        self.autosaver.watch(self.next_steps, lambda text: self._save(next_steps=text))
        layout.addWidget(self.next_steps)

        self.summary = note_editor(
            QCoreApplication.translate(
                "WrapUpFields", "What did you cover, agree and learn? What do you want to remember?"
            )
        )
        self.summary_tag = AudienceTag(not for_employee("conversations", "summary"), name)
        layout.addLayout(
            _titled(heading(QCoreApplication.translate("WrapupFields", "Your summary"), 11), self.summary_tag)
        )
        self.summary.setPlainText(conversation.summary)
        self.autosaver.watch(self.summary, lambda text: self._save(summary=text))
        layout.addWidget(self.summary)

    def _share_next_steps(self) -> None:
        if not self.autosaver.flush():
            return
        if not self.actions.run(lambda: self._save(next_steps_private=False)):
            return
        self.next_steps_private = False
        self.next_steps_tag.set_private(False)
        self.share_next_steps.hide()


def _titled(title: QWidget, audience: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(title, 1)
    row.addWidget(audience, 0, Qt.AlignmentFlag.AlignBottom)
    return row
