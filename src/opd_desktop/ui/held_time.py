"""When a conversation took place: the date and time "Mark held" records
(by default the planned time if it has passed, else now; never later than
now), and a way to correct it once held."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from opd_desktop.core import rhythm
from opd_desktop.core.models import Conversation
from opd_desktop.core.stages import DONE
from opd_desktop.services import conversations
from opd_desktop.store.database import Store


class HeldTimeRow(QWidget):
    corrected = Signal()

    def __init__(self, store: Store, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actions = actions
        self.conversation: Conversation | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(QCoreApplication.translate("HeldTime", "Held at"))
        row.addWidget(self.label)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setToolTip(
            QCoreApplication.translate(
                "HeldTime", "When the conversation took place; it cannot be later than now."
            )
        )
        self.label.setBuddy(self.when)
        row.addWidget(self.when)
        self.correct_button = QPushButton(QCoreApplication.translate("HeldTime", "Correct held time"))
        self.correct_button.setToolTip(
            QCoreApplication.translate("HeldTime", "Save the date and time above as when it was held")
        )
        self.correct_button.clicked.connect(self.correct)
        row.addWidget(self.correct_button)
        row.addStretch(1)

    def set_conversation(self, conversation: Conversation, now: dt.datetime | None = None) -> None:
        self.conversation = conversation
        moment = now or dt.datetime.now()
        held = conversations.held_moment(conversation) if conversation.status in DONE else None
        value = held or rhythm.default_held_time(conversation.scheduled_at, moment)
        self.when.setMaximumDateTime(QDateTime(moment.replace(second=59)))
        self.when.setDateTime(QDateTime(value))
        self.correct_button.setVisible(held is not None)
        self.label.setText(
            QCoreApplication.translate("HeldTime", "Held at")
            if held
            else QCoreApplication.translate("HeldTime", "Held at (when you mark it)")
        )

    def value(self) -> dt.datetime:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)

    def correct(self) -> None:
        if self.conversation is None:
            return
        cid, when = self.conversation.id, self.value()
        outcome = self.actions.run(lambda: conversations.correct_held(self.store, cid, when))
        if outcome:
            self.conversation = outcome.value
            self.corrected.emit()
