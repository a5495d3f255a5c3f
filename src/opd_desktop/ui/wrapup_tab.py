"""The Wrap-up tab: the guide's closing steps, summary and next steps
(autosaved), the status buttons, and scheduling what comes next."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from opd_desktop.core.guides import SERIES_LENGTH
from opd_desktop.core.models import Conversation
from opd_desktop.core.stages import Status, next_number_after
from opd_desktop.errors import OpdError
from opd_desktop.services import conversations
from opd_desktop.services.rhythm import suggest_next_date
from opd_desktop.store.database import Store
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.dates import qdatetime
from opd_desktop.ui.held_time import HeldTimeRow
from opd_desktop.ui.series_summary_panel import SeriesSummaryPanel
from opd_desktop.ui.widgets import bullets, heading, paragraph, rich, scroll_page
from opd_desktop.ui.wrapup_fields import WrapUpFields


class WrapUpTab(QWidget):
    def __init__(
        self, context: ScreenContext, conversation: Conversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = context.store
        self.guides = context.guides
        self.conversation = conversation
        self.on_error = context.on_error
        self.actions = context.actions
        guide = self.guides.for_number(conversation.number)
        area, layout = scroll_page()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

        layout.addWidget(heading(QCoreApplication.translate("WrapupTab", "Closing the conversation")))
        layout.addWidget(rich(bullets(guide.wrap_up)))
        self.fields = WrapUpFields(context, conversation, self._save)
        self.summary, self.next_steps, self.recap = (
            self.fields.summary,
            self.fields.next_steps,
            self.fields.recap,
        )
        layout.addWidget(self.fields)

        if conversation.number == SERIES_LENGTH:
            self.series_summary = SeriesSummaryPanel(context, conversation.report_id)
            layout.addWidget(self.series_summary)

        layout.addWidget(heading(QCoreApplication.translate("WrapupTab", "Status"), 11))
        status_row = QHBoxLayout()
        self.status_label = QLabel()
        status_row.addWidget(self.status_label, 1)
        self.hold_button = QPushButton(QCoreApplication.translate("WrapupTab", "Mark held"))
        self.complete_button = QPushButton(QCoreApplication.translate("WrapupTab", "Mark completed"))
        self.skip_button = QPushButton(QCoreApplication.translate("WrapupTab", "Skip…"))
        self.reopen_button = QPushButton(QCoreApplication.translate("WrapupTab", "Reopen"))
        for button in (
            self.hold_button,
            self.complete_button,
            self.skip_button,
            self.reopen_button,
        ):
            status_row.addWidget(button)
        layout.addLayout(status_row)
        self.held_time = HeldTimeRow(self.store, self.actions)  # the view follows the conversations topic
        layout.addWidget(self.held_time)
        self.hold_button.clicked.connect(
            lambda: self._act(lambda store, cid: conversations.hold(store, cid, self.held_time.value()))
        )
        self.complete_button.clicked.connect(lambda: self._act(self._complete))
        self.skip_button.clicked.connect(self._skip)
        self.reopen_button.clicked.connect(lambda: self._act(conversations.reopen))

        layout.addWidget(heading(QCoreApplication.translate("WrapupTab", "Schedule what comes next"), 11))
        self.next_label = paragraph("", muted=True)
        layout.addWidget(self.next_label)
        next_row = QHBoxLayout()
        self.next_when = QDateTimeEdit()
        self.next_when.setAccessibleName(
            QCoreApplication.translate("WrapupTab", "Date and time of the next conversation")
        )
        self.next_when.setCalendarPopup(True)
        self.next_when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.next_when.setToolTip(
            QCoreApplication.translate(
                "WrapupTab",
                "Suggested: the last conversation held plus the cadence, on a working day at your usual time",
            )
        )
        self.next_button = QPushButton(QCoreApplication.translate("WrapupTab", "Schedule"))
        self.next_button.clicked.connect(self._schedule_next)
        next_row.addWidget(self.next_when)
        next_row.addWidget(self.next_button)
        next_row.addStretch(1)
        layout.addLayout(next_row)
        layout.addStretch(1)
        self.set_conversation(conversation)

    def set_conversation(self, conversation: Conversation) -> None:
        self.conversation = conversation
        status = conversation.status
        self.status_label.setText(_status_sentence(status))
        self.hold_button.setEnabled(status == Status.PLANNED)
        self.complete_button.setEnabled(status in (Status.PLANNED, Status.HELD))
        self.skip_button.setEnabled(status == Status.PLANNED and not conversation.is_checkin)
        self.reopen_button.setEnabled(status != Status.PLANNED)
        self.held_time.set_conversation(conversation)
        with contextlib.suppress(OpdError):
            self.next_when.setDateTime(QDateTime(suggest_next_date(self.store, conversation.report_id)))
        nxt = self._next_number()
        self.next_label.setText(
            QCoreApplication.translate("WrapupTab", "Next: conversation {nxt} — {title}.").format(
                nxt=nxt, title=self.guides.for_number(nxt).title
            )
            if nxt
            else QCoreApplication.translate("WrapupTab", "Next: a check-in.")
        )

    def _next_number(self) -> int | None:
        return next_number_after(self.conversation.number)

    def _save(self, **values: str | bool) -> None:
        self.conversation = conversations.save_wrap_up(self.store, self.conversation.id, **values)

    def _act(self, action: Callable[[Store, int], Conversation]) -> None:
        cid = self.conversation.id
        self.actions.run(lambda: action(self.store, cid))

    def _complete(self, store: Store, conversation_id: int) -> Conversation:
        """Completed straight from planned: held at the time in the Held at field."""
        when = self.held_time.value() if self.conversation.status == Status.PLANNED else None
        return conversations.complete(store, conversation_id, when)

    def _skip(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("WrapUpTab", "Skip conversation"),
            QCoreApplication.translate("WrapUpTab", "Why is it skipped? (optional)"),
        )
        if ok:
            self._act(lambda store, cid: conversations.skip(store, cid, reason))

    def _schedule_next(self) -> None:
        when = self.next_when.dateTime().toPython()
        nxt, report_id = self._next_number(), self.conversation.report_id

        def schedule_next() -> None:
            if nxt is None:
                conversations.plan_checkin(self.store, report_id, when)
            else:
                target = conversations.series_conversation(self.store, report_id, nxt)
                conversations.schedule(self.store, target.id, when)

        if self.actions.run(schedule_next):
            self.next_label.setText(
                QCoreApplication.translate("WrapUpTab", "{next} — scheduled for {when}.").format(
                    next=self.next_label.text().rstrip("."),
                    when=QLocale().toString(qdatetime(when), "ddd d MMM yyyy HH:mm"),
                )
            )


def _status_sentence(status: Status) -> str:
    """Whole sentences, so that a translation can inflect the status (a lowercased
    label would be wrong for German nouns, for one)."""
    sentences = {
        Status.PLANNED: QCoreApplication.translate("WrapupTab", "This conversation is <b>planned</b>."),
        Status.HELD: QCoreApplication.translate("WrapupTab", "This conversation is <b>held</b>."),
        Status.COMPLETED: QCoreApplication.translate("WrapupTab", "This conversation is <b>completed</b>."),
        Status.SKIPPED: QCoreApplication.translate("WrapupTab", "This conversation is <b>skipped</b>."),
    }
    return sentences[status]
