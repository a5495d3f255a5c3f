"""The conversation view's header: the title and its status on one line with
the documents beside them, the date, length, calendar and together mode on
the next. Built once; `bind` shows another conversation in the same widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.guides import SERIES_LENGTH, Guide
from opd_desktop.core.models import Conversation
from opd_desktop.core.stages import STATUS_LABELS
from opd_desktop.ui.chips import StatusChip
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.dates import short_date, time_of
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.icons import set_icon
from opd_desktop.ui.widgets import scaled_heading

translate = QCoreApplication.translate


def isolate_name(name: str) -> str:
    """A first name bidi-isolated, so an Arabic or Hebrew name cannot turn an English label around."""
    from opd_desktop.services.documents.text import isolate

    return isolate(name)


def kicker_text(number: int | None) -> str:
    if not number:
        return translate("ConversationHeader", "Check-in")
    return translate("ConversationHeader", "Conversation {number} of {total}").format(
        number=number, total=SERIES_LENGTH
    )


class ConversationHeader(QWidget):
    agenda_requested = Signal()
    brief_requested = Signal()
    worksheet_requested = Signal()
    calendar_requested = Signal()
    together_requested = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation: Conversation | None = None
        self.guide: Guide | None = None
        self._when: dt.datetime | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 6)
        layout.setSpacing(4)
        self.kicker = QLabel()  # said by the title's prefix and the stepper; kept for screen readers
        self.kicker.hide()
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        self.title = scaled_heading("", 1.4)
        self.title.setProperty("own_tooltip", True)
        title_row.addWidget(self.title)
        self.status_label = StatusChip()
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)  # the document buttons follow on the right
        layout.addLayout(title_row)

        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ConversationHeader", "When")))
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        row.addWidget(self.when_edit)
        row.addWidget(QLabel(translate("ConversationHeader", "Minutes")))
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        row.addWidget(self.duration)
        self.schedule_button = QPushButton(translate("ConversationHeader", "Schedule"))
        self.schedule_button.clicked.connect(self._schedule)
        set_icon(self.schedule_button, "calendar")
        row.addWidget(self.schedule_button)
        self.calendar_button = self._button(
            translate("ConversationHeader", "Add to calendar…"),
            translate(
                "ConversationHeader",
                "Save this conversation as a calendar file (.ics): the agenda outline only, no notes",
            ),
            "calendar",
            self.calendar_requested,
        )
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        # the documents sit on the title's line (the title elides first), so the header keeps
        # two rows at 1280 px: title and documents, then the date and together mode
        self.agenda_button = self._button(
            translate("ConversationHeader", "Agenda…"),
            translate(
                "ConversationHeader",
                "The agenda PDF, the employee's copy: only what is shared with them (Ctrl+P)",
            ),
            "document",
            self.agenda_requested,
        )
        title_row.addWidget(self.agenda_button)
        self.worksheet_button = self._button(
            "",
            translate(
                "ConversationHeader", "A fillable PDF of the employee's pre-work for this conversation"
            ),
            "document",
            self.worksheet_requested,
        )
        title_row.addWidget(self.worksheet_button)
        self.brief_button = self._button(
            translate("ConversationHeader", "Prep brief…"),
            translate(
                "ConversationHeader",
                "Your prep brief PDF, for you only: your preparation and every note so far",
            ),
            "document",
            self.brief_requested,
        )
        title_row.addWidget(self.brief_button)
        self.together_button = self._button(
            translate("ConversationHeader", "Together mode"),
            translate(
                "ConversationHeader",
                "Show only what the employee may see, for a shared screen (Ctrl+Shift+T)",
            ),
            "people",
            self.together_requested,
        )
        row.addWidget(self.together_button)
        layout.addLayout(row)

    def _button(self, text: str, tip: str, icon: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        set_icon(button, icon)
        return button

    def bind(self, conversation: Conversation, guide: Guide, first_name: str) -> None:
        """Show another conversation (its title, worksheet and dates) in the same widgets."""
        if guide is not self.guide:
            number = conversation.number
            kicker = kicker_text(number)
            self.kicker.setText(kicker)
            self.title.setText(
                translate("ConversationHeader", "{number} · {title}").format(number=number, title=guide.title)
                if number
                else guide.title
            )
            outcomes = "\n".join(
                translate("ConversationHeader", "• {outcome}").format(outcome=o) for o in guide.outcomes
            )
            self.title.setToolTip(
                translate("ConversationHeader", "{purpose}\n\nOutcomes:\n{outcomes}").format(
                    purpose=guide.purpose, outcomes=outcomes
                )
            )
            self.title.setAccessibleName(
                translate("ConversationHeader", "{kicker}: {title}").format(kicker=kicker, title=guide.title)
                if number
                else guide.title  # "Check-in", not "Check-in: Check-in"
            )
        self.worksheet_button.setVisible(guide.worksheet is not None)
        if guide.worksheet is not None:
            self.worksheet_button.setText(
                translate("ConversationHeader", "Worksheet for {first}…").format(
                    first=isolate_name(first_name)
                )
            )
        self.guide = guide
        self.show_conversation(conversation)

    def show_conversation(self, conversation: Conversation) -> None:
        """Its status, date and length (after a bind, or when they changed)."""
        self.conversation = c = conversation
        status = STATUS_LABELS[c.status]
        detail = ""
        if c.held_on:
            detail = translate("ConversationHeader", " · {date}").format(date=short_date(c.held_on))
        elif c.scheduled_at:
            detail = translate("ConversationHeader", " · {date}, {time}").format(
                date=short_date(c.scheduled_at), time=time_of(c.scheduled_at)
            )
        planned = self.guide.agenda_minutes
        self.status_label.show_status(c, detail)
        self.status_label.setToolTip(
            translate("ConversationHeader", "{status}{detail} · the agenda takes {planned} min").format(
                status=shown(status), detail=detail, planned=planned
            )
        )
        when = c.scheduled_at or dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10))
        if when != self._when:  # setting a date and time edit costs half a millisecond
            self._when = when
            self.when_edit.setDateTime(QDateTime(when))
        self.duration.setValue(c.duration_minutes or self.guide.duration_minutes)
        editable = c.status.value == "planned"
        for widget in (self.when_edit, self.duration, self.schedule_button):
            widget.setEnabled(editable)
        self.schedule_button.setText(
            translate("ConversationHeader", "Reschedule")
            if c.scheduled_at
            else translate("ConversationHeader", "Schedule")
        )

    def _schedule(self) -> None:
        from opd_desktop.services import conversations

        when = self.when_edit.dateTime().toPython()
        cid, minutes = self.conversation.id, self.duration.value()
        store = self.context.store
        self.context.actions.run(lambda: conversations.schedule(store, cid, when, minutes))
