"""Together mode's screen: exactly what the employee may see of one
conversation — the agenda with its prompts, shared notes, the recap and the
shared items carried in — with a quiet timer over the agenda's time boxes.

Nothing private is built here at all (not built and hidden: never built), so
nothing private can show. Every note typed here is saved as shared."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.agenda_timer import AgendaTimer
from opd_desktop.core.audience import first_name, for_employee
from opd_desktop.core.guides import SERIES_LENGTH
from opd_desktop.services import conversations, notes
from opd_desktop.services.carried_content import Reader, carried_content
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.services.reports import get_report
from opd_desktop.ui import theme
from opd_desktop.ui.audience_widgets import AudienceTag, NoteAudience
from opd_desktop.ui.carried_html import carried_in_html
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.widgets import bullets, heading, mute, note_editor, paragraph, rich, scroll_page

log = logging.getLogger(__name__)

TICK_MS = 1000


class TogetherView(QWidget):
    leave_requested = Signal()

    def __init__(self, context: ScreenContext, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("togetherView")
        self.context = context
        self.store = context.store
        self.conversation = conversations.get_conversation(self.store, conversation_id)
        self.guide = context.guides.for_number(self.conversation.number)
        report = get_report(self.store, self.conversation.report_id)
        self.first_name = first_name(report.name)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.bindings: list[NoteAudience] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._banner())
        layout.addWidget(self._timer_bar())
        area, page = scroll_page()
        layout.addWidget(area, 1)
        self._fill(page, report.name)

    # Banner and timer ----------------------------------------------------------

    def _banner(self) -> QWidget:
        box = QWidget()
        theme.tint(box, theme.Role.WARNING, band=True)  # a calm, warm band that is hard to miss
        row = QHBoxLayout(box)
        row.setContentsMargins(16, 10, 16, 10)
        self.banner = QLabel(
            QCoreApplication.translate(
                "TogetherView",
                "<b>Together mode</b> — showing only what you and {first_name} both see. Notes typed here are shared.",  # noqa: E501
            ).format(first_name=self.first_name)
        )
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setWordWrap(True)
        row.addWidget(self.banner, 1)
        self.leave_button = QPushButton(QCoreApplication.translate("TogetherView", "Leave together mode"))
        self.leave_button.setToolTip(
            QCoreApplication.translate("TogetherView", "Back to your full view (Ctrl+Shift+T)")
        )
        self.leave_button.clicked.connect(self.leave_requested)
        row.addWidget(self.leave_button)
        return box

    def _timer_bar(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(16, 8, 16, 8)
        self.timer = AgendaTimer([i.title for i in self.guide.agenda], [i.minutes for i in self.guide.agenda])
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(QCoreApplication.translate("TogetherView", "Agenda timer"))
        row.addWidget(self.timer_label, 1)
        self.start_button = QPushButton(QCoreApplication.translate("TogetherView", "Start"))
        self.start_button.clicked.connect(self.toggle_timer)
        self.next_button = QPushButton(QCoreApplication.translate("TogetherView", "Next item"))
        self.next_button.clicked.connect(self.next_item)
        row.addWidget(self.start_button)
        row.addWidget(self.next_button)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._show_timer()
        return box

    def toggle_timer(self) -> None:
        if self.timer.running:
            self._tick()
            self.timer.pause()
            self._ticker.stop()
        else:
            self.timer.start()
            self._clock.start()
            self._ticker.start()
        self._show_timer()

    def next_item(self) -> None:
        self._tick()
        self.timer.next()
        self._show_timer()

    def _tick(self) -> None:
        if self.timer.running and self._clock.isValid():
            self.timer.tick(self._clock.restart() / 1000)
        self._show_timer()

    def _show_timer(self) -> None:
        self.timer_label.setText(shown(self.timer.describe()))
        self.start_button.setText(
            QCoreApplication.translate("TogetherView", "Pause")
            if self.timer.running
            else QCoreApplication.translate("TogetherView", "Start")
        )
        self.next_button.setEnabled(self.timer.index < len(self.guide.agenda) - 1)

    # Content ----------------------------------------------------------------

    def _fill(self, layout: QVBoxLayout, full_name: str) -> None:
        number = self.conversation.number
        kicker_text = (
            QCoreApplication.translate("TogetherView", "Conversation {number} of {total}").format(
                number=number, total=SERIES_LENGTH
            )
            if number
            else QCoreApplication.translate("TogetherView", "Check-in")
        )
        kicker = paragraph(kicker_text.upper(), muted=True)
        layout.addWidget(kicker)
        layout.addWidget(heading(self.guide.title, 16))
        layout.addWidget(paragraph(self.guide.purpose))
        carried = carried_in(self.store, self.conversation.id, self.context.guides)
        # what the employee may read, the agenda's own content model (the guide's hint is left out)
        content = carried_content(carried, Reader.EMPLOYEE, dt.date.today(), self.context.guides)
        carried_text = carried_in_html(content)
        layout.addWidget(heading(QCoreApplication.translate("TogetherView", "Where we are")))
        layout.addWidget(rich(carried_text))

        saved = notes.notes_for(self.store, self.conversation.id)
        layout.addWidget(heading(QCoreApplication.translate("TogetherView", "Agenda")))
        for item in self.guide.agenda:
            layout.addSpacing(4)
            layout.addWidget(
                heading(
                    QCoreApplication.translate("TogetherView", "{title}  ·  {minutes} min").format(
                        title=item.title, minutes=item.minutes
                    ),
                    11,
                )
            )
            layout.addWidget(rich(bullets(item.prompts)))
            note = saved.get(item.key)
            if note is not None and note.private and note.body.strip():
                continue  # the manager's own notes on this item stay out of sight
            self._shared_editor(
                layout,
                item.key,
                QCoreApplication.translate("TogetherView", "Notes on {item} (shared)").format(
                    item=item.title.lower()
                ),
                note,
            )
        layout.addSpacing(6)
        layout.addLayout(self._titled(QCoreApplication.translate("TogetherView", "Notes we take together")))
        self._shared_editor(
            layout,
            notes.TOGETHER_KEY,
            QCoreApplication.translate("TogetherView", "Anything you agree on"),
            saved.get(notes.TOGETHER_KEY),
        )
        self._closing(layout)
        layout.addStretch(1)

    def _titled(self, title: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(heading(title, 11), 1)
        row.addWidget(AudienceTag(False, self.first_name), 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _shared_editor(self, layout: QVBoxLayout, key: str, placeholder: str, note) -> None:
        editor = note_editor(placeholder, height=90)
        if note is not None:
            editor.setPlainText(note.body)
        layout.addWidget(editor)
        self.editors[key] = editor
        self.bindings.append(
            NoteAudience(
                self.store,
                self.context.autosaver,
                self.conversation.id,
                key,
                editor,
                False,
                self.context.actions,
            )
        )

    def _closing(self, layout: QVBoxLayout) -> None:
        """The recap and the agreed next steps: written for the employee, so they are here."""
        c = self.conversation
        layout.addSpacing(6)
        layout.addLayout(
            self._titled(
                QCoreApplication.translate("TogetherView", "Recap for {name}").format(name=self.first_name)
            )
        )
        self.recap = note_editor(
            QCoreApplication.translate("TogetherView", "What we discussed and agreed"), height=110
        )
        self.recap.setPlainText(c.recap)
        self.context.autosaver.watch(self.recap, lambda text: self._save(recap=text))
        layout.addWidget(self.recap)
        if for_employee("conversations", "next_steps", c.next_steps_private):
            layout.addLayout(self._titled(QCoreApplication.translate("TogetherView", "Agreed next steps")))
            self.next_steps = note_editor(
                QCoreApplication.translate("TogetherView", "Who does what before next time"), height=90
            )
            self.next_steps.setPlainText(c.next_steps)
            self.context.autosaver.watch(self.next_steps, lambda text: self._save(next_steps=text))
            layout.addWidget(self.next_steps)
        else:
            hint = paragraph(
                QCoreApplication.translate(
                    "TogetherView", "Agreed next steps can be written after together mode."
                ),
                muted=True,
            )
            mute(hint, italic=True)
            layout.addWidget(hint)

    def _save(self, **values: str) -> None:
        self.conversation = conversations.save_wrap_up(self.store, self.conversation.id, **values)

    def stop(self) -> None:
        self._ticker.stop()
