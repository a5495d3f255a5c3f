"""One conversation, rendered from its guide: a header, then Prepare, Conduct
and Wrap-up tabs. Nothing here is written per conversation: the guide decides
the checklist, the agenda sections, the prompts and what can be captured."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.audience import first_name
from opd_desktop.core.changes import Topic
from opd_desktop.core.stages import STATUS_LABELS
from opd_desktop.services import captures, notes
from opd_desktop.services.carried_content import Reader, carried_content, topics_shown
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.reports import get_report
from opd_desktop.ui import theme
from opd_desktop.ui.audience_widgets import AudienceTag, AudienceToggle, NoteAudience
from opd_desktop.ui.carried_html import carried_in_html
from opd_desktop.ui.chips import StatusChip
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.dates import short_date, time_of
from opd_desktop.ui.icons import set_icon
from opd_desktop.ui.quick_capture import QuickCapture
from opd_desktop.ui.widgets import (
    bullets,
    heading,
    mute,
    note_editor,
    paragraph,
    rich,
    scaled_heading,
    scroll_page,
)
from opd_desktop.ui.wrapup_tab import WrapUpTab

log = logging.getLogger(__name__)

CHECKLIST_KEY = "checklist"
WHO = {"employee": "Employee", "manager": "You", "both": "Both of you"}
# Preview titles say whose copy it is.
PREVIEW_TITLES = {
    "agenda": "Agenda · Employee's copy",
    "brief": "Your prep brief · for you only",
    "worksheet": "Worksheet · Employee's copy",
}
FILE_NAMES = {"agenda": "Agenda", "brief": "Prep brief", "worksheet": "Worksheet"}


def _with_capture_bar(area: QWidget, capture: QuickCapture) -> QWidget:
    """The Conduct tab: its notes scroll; quick capture stays in a bar under them."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(area, 1)
    line = QWidget()  # a rule in the border role, in either theme
    line.setFixedHeight(1)
    theme.tint(line, theme.Role.BORDER)
    layout.addWidget(line)
    theme.tint(capture, theme.Role.SURFACE_ALT)
    layout.addWidget(capture)
    return page


class ConversationView(QWidget):
    """Shows one conversation; refreshes itself when its conversation or what it carries in changes."""

    plan_requested = Signal()  # "Open the development plan" from conversations 5–7
    together_requested = Signal()  # show only what the employee may see (together mode)

    TAB_NAMES = (
        QT_TRANSLATE_NOOP("ConversationView", "&Prepare"),
        QT_TRANSLATE_NOOP("ConversationView", "&Conduct"),
        QT_TRANSLATE_NOOP("ConversationView", "&Wrap-up"),
    )

    def __init__(
        self, context: ScreenContext, conversation_id: int, tab: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.guides = context.guides
        self.autosaver = context.autosaver
        self.on_error = context.on_error
        self.conversation = get_conversation(self.store, conversation_id)
        self.guide = self.guides.for_number(self.conversation.number)
        self.saved_notes = notes.notes_for(self.store, conversation_id)
        self.first_name = first_name(get_report(self.store, self.conversation.report_id).name)
        self.note_audiences: dict[str, NoteAudience] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = self._build_header()
        layout.addWidget(self.header)
        # Tabs are built when first shown, so opening a conversation builds one page, not three.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._builders = (self._build_prepare, self._build_conduct, self._build_wrap_up)
        self._built: set[int] = set()
        for name in self.TAB_NAMES:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, QCoreApplication.translate("ConversationView", name))
        self.tabs.setCurrentIndex(tab)
        self.ensure_tab(tab)
        self.tabs.currentChanged.connect(self.ensure_tab)
        layout.addWidget(self.tabs, 1)
        context.changes.subscribe(
            self.header, (Topic.CONVERSATIONS,), self._conversation_updated, report_id=self._report_id
        )

    def _who(self, who: str) -> str:
        """ "You" for the manager, the employee's first name for them."""
        return self.first_name if who == "employee" else WHO[who]

    def _report_id(self) -> int:
        return self.conversation.report_id

    def ensure_tab(self, index: int) -> None:
        """Build a tab's content if it has not been built yet."""
        if index in self._built or not 0 <= index < len(self._builders):
            return
        self._built.add(index)
        content = self._builders[index]()
        self.tabs.widget(index).layout().addWidget(content)
        content.show()  # shown with its tab (at once if the tab is on screen), not on the next loop pass

    @property
    def carried_label(self) -> QLabel:
        self.ensure_tab(0)
        return self._carried_label

    @property
    def prep_editor(self) -> QPlainTextEdit:
        self.ensure_tab(0)
        return self._prep_editor

    @property
    def capture(self) -> QuickCapture:
        self.ensure_tab(1)
        return self._capture

    @property
    def item_editors(self) -> dict[str, QPlainTextEdit]:
        self.ensure_tab(1)
        return self._item_editors

    @property
    def wrap_up(self) -> WrapUpTab:
        self.ensure_tab(2)
        return self._wrap_up

    def _build_wrap_up(self) -> QWidget:
        self._wrap_up = WrapUpTab(self.context, self.conversation)
        return self._wrap_up

    # Header ----------------------------------------------------------------

    def _build_header(self) -> QWidget:
        # compact: the title and its status on one line, the date and the documents on the next
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 4, 24, 6)
        layout.setSpacing(4)
        number = self.conversation.number
        kicker = f"Conversation {number} of 7" if number else "Check-in"
        self.kicker = QLabel(kicker)  # said by the title's prefix and the stepper; kept for screen readers
        self.kicker.hide()
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title = scaled_heading(f"{number} · {self.guide.title}" if number else self.guide.title, 1.4)
        title.setProperty("own_tooltip", True)
        title.setToolTip(
            self.guide.purpose + "\n\nOutcomes:\n" + "\n".join(f"• {o}" for o in self.guide.outcomes)
        )
        title.setAccessibleName(f"{kicker}: {self.guide.title}")
        title_row.addWidget(title)
        self.status_label = StatusChip()
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)  # the document buttons follow on the right
        layout.addLayout(title_row)
        self.calendar_button = QPushButton(QCoreApplication.translate("ConversationView", "Add to calendar…"))
        self.calendar_button.setToolTip(
            QCoreApplication.translate(
                "ConversationView",
                "Save this conversation as a calendar file (.ics): the agenda outline only, no notes",
            )
        )
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        set_icon(self.calendar_button, "calendar")
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ConversationView", "When")))
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        row.addWidget(self.when_edit)
        row.addWidget(QLabel(QCoreApplication.translate("ConversationView", "Minutes")))
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        row.addWidget(self.duration)
        self.schedule_button = QPushButton(QCoreApplication.translate("ConversationView", "Schedule"))
        self.schedule_button.clicked.connect(self._schedule)
        set_icon(self.schedule_button, "calendar")
        row.addWidget(self.schedule_button)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        self.agenda_button = QPushButton(QCoreApplication.translate("ConversationView", "Agenda…"))
        self.agenda_button.setToolTip(
            QCoreApplication.translate(
                "ConversationView",
                "The agenda PDF, the employee's copy: only what is shared with them (Ctrl+P)",
            )
        )
        self.agenda_button.clicked.connect(lambda: self.export_document("agenda"))
        set_icon(self.agenda_button, "document")
        self.brief_button = QPushButton(QCoreApplication.translate("ConversationView", "Prep brief…"))
        self.brief_button.setToolTip(
            QCoreApplication.translate(
                "ConversationView",
                "Your prep brief PDF, for you only: your preparation and every note so far",
            )
        )
        self.brief_button.clicked.connect(lambda: self.export_document("brief"))
        set_icon(self.brief_button, "document")
        # the documents sit on the title's line (the title elides first), so the header keeps
        # two rows at 1280 px: title and documents, then the date and together mode
        docs = title_row
        docs.addWidget(self.agenda_button)
        self.worksheet_button = None
        if self.guide.worksheet is not None:
            self.worksheet_button = QPushButton(
                QCoreApplication.translate("ConversationView", "Worksheet for {first}…").format(
                    first=self._first_name()
                )
            )
            self.worksheet_button.setToolTip(
                QCoreApplication.translate(
                    "ConversationView", "A fillable PDF of the employee's pre-work for this conversation"
                )
            )
            self.worksheet_button.clicked.connect(lambda: self.export_document("worksheet"))
            set_icon(self.worksheet_button, "document")
            docs.addWidget(self.worksheet_button)
        docs.addWidget(self.brief_button)
        self.together_button = QPushButton(QCoreApplication.translate("ConversationView", "Together mode"))
        self.together_button.setToolTip(
            QCoreApplication.translate(
                "ConversationView", "Show only what the employee may see, for a shared screen (Ctrl+Shift+T)"
            )
        )
        self.together_button.clicked.connect(self.together_requested)
        set_icon(self.together_button, "people")
        row.addWidget(self.together_button)
        layout.addLayout(row)
        self._refresh_header()
        return box

    def export_document(self, kind: str):
        """Preview the agenda, prep brief or worksheet of this conversation (then save or print)."""
        from opd_desktop.services.documents.agenda import build_agenda
        from opd_desktop.services.documents.worksheet import build_worksheet
        from opd_desktop.ui.documents import preview
        from opd_desktop.ui.manager_name import ensure_manager_name

        self.autosaver.flush()
        if kind != "brief":
            ensure_manager_name(self, self.store, self.context.actions)
        conversation = self.conversation
        name = get_report(self.store, conversation.report_id).name
        label = f"conversation {conversation.number}" if conversation.number else "check-in"
        titles = PREVIEW_TITLES
        builders = {
            "agenda": lambda store: build_agenda(store, conversation.id, guides=self.guides),
            "brief": lambda store: build_agenda(store, conversation.id, brief=True, guides=self.guides),
            "worksheet": lambda store: build_worksheet(
                store,
                conversation.report_id,
                conversation.number,
                self.guides,
                conversation_id=conversation.id,
            ),
        }
        return preview(
            self,
            f"{titles[kind]} — {label}",
            f"{FILE_NAMES[kind]} {label} {name}",
            builders[kind],
            self.context.actions,
        )

    def export_calendar(self, path: str | None = None):
        """Save this conversation as a calendar event (.ics)."""
        from opd_desktop.ui.calendar_ui import save_calendar

        label = f"conversation-{self.conversation.number}" if self.conversation.number else "check-in"
        return save_calendar(
            self, self.store, self.on_error, conversation_id=self.conversation.id,
            suggested_name=f"opd-{label}.ics", path=path,
        )  # fmt: skip

    def import_worksheet(self, path: str | None = None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from opd_desktop.services.documents.worksheet import import_worksheet

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, "Import a filled-in worksheet", "", "PDF documents (*.pdf)"
            )
            if not path:
                return
        report_id, conversation_id = self.conversation.report_id, self.conversation.id
        self.autosaver.flush()  # what was typed is saved first; the import adds to it
        outcome = self.context.actions.run_slow(
            lambda store: import_worksheet(
                store, report_id, Path(path), self.guides, expected_conversation_id=conversation_id
            ),
            label="Importing the worksheet…",
        )
        if outcome:
            self.worksheet_result = outcome.value.summary
            self._show_imported()
            QMessageBox.information(
                self,
                QCoreApplication.translate("ConversationView", "Worksheet imported"),
                outcome.value.summary,
            )

    def _show_imported(self) -> None:
        """Bring the open editors up to date with what an import wrote, without
        autosaving the same text back (signals blocked)."""

        def show(editor: QPlainTextEdit, text: str) -> None:
            if editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)

        self.saved_notes = notes.notes_for(self.store, self.conversation.id)
        for key, audience in self.note_audiences.items():
            note = self.saved_notes.get(key)
            show(audience.editor, note.body if note else "")
            if note is not None and note.private != audience.private:
                # the import shared an empty note: type on under its new audience
                audience.private = note.private
                if audience.toggle is not None:
                    audience.toggle.show_private(note.private)
                for listener in audience.listeners:
                    listener(note.private)
        panel = getattr(self._wrap_up, "series_summary", None) if 2 in self._built else None
        if panel is not None:
            from opd_desktop.services import series_summary

            for key, text in series_summary.read(self.store, self.conversation.report_id).items():
                show(panel.editors[key], text)

    def _first_name(self) -> str:
        """The employee's first name for labels, bidi-isolated so an Arabic or
        Hebrew name cannot turn an English label around."""
        from opd_desktop.services.documents.text import isolate

        return isolate(self.first_name)

    def _refresh_header(self) -> None:
        c = self.conversation
        status = STATUS_LABELS[c.status]
        detail = ""
        if c.held_on:
            detail = f" · {short_date(c.held_on)}"
        elif c.scheduled_at:
            detail = f" · {short_date(c.scheduled_at)}, {time_of(c.scheduled_at)}"
        planned = self.guide.agenda_minutes
        self.status_label.show_status(c, f"{status}{detail}")
        self.status_label.setToolTip(
            QCoreApplication.translate(
                "ConversationView", "{status}{detail} · the agenda takes {planned} min"
            ).format(status=status, detail=detail, planned=planned)
        )
        when = c.scheduled_at or dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10))
        self.when_edit.setDateTime(QDateTime(when))
        self.duration.setValue(c.duration_minutes or self.guide.duration_minutes)
        editable = c.status.value == "planned"
        for widget in (self.when_edit, self.duration, self.schedule_button):
            widget.setEnabled(editable)
        self.schedule_button.setText(
            QCoreApplication.translate("ConversationView", "Reschedule")
            if c.scheduled_at
            else QCoreApplication.translate("ConversationView", "Schedule")
        )

    def _schedule(self) -> None:
        from opd_desktop.services import conversations

        when = self.when_edit.dateTime().toPython()
        cid, minutes = self.conversation.id, self.duration.value()
        self.context.actions.run(lambda: conversations.schedule(self.store, cid, when, minutes))

    def _conversation_updated(self) -> None:
        """Its status, date or length may have changed: show them (typing elsewhere is left alone)."""
        fresh = get_conversation(self.store, self.conversation.id)
        old = self.conversation

        def when(c):
            return (c.status, c.scheduled_at, c.held_on, getattr(c, "held_at", None), c.duration_minutes)

        moved = when(fresh) != when(old)
        self.conversation = fresh
        if moved:
            self._refresh_header()
            if 2 in self._built:
                self._wrap_up.set_conversation(fresh)

    # Prepare ----------------------------------------------------------------

    def _build_prepare(self) -> QWidget:
        area, layout = scroll_page()
        layout.addWidget(
            heading(QCoreApplication.translate("ConversationView", "What this conversation achieves"))
        )
        layout.addWidget(rich(bullets(self.guide.outcomes)))
        layout.addWidget(heading(QCoreApplication.translate("ConversationView", "Preparation checklist")))
        checked = self._checked_steps()
        self._checkboxes: list[QCheckBox] = []
        for index, step in enumerate(self.guide.preparation):
            tags = []
            if step.exercise:
                tags.append("exercise")
            if step.optional:
                tags.append("optional")
            box = QCheckBox()
            box.setChecked(index in checked)
            box.toggled.connect(self._save_checklist)
            box.setToolTip(QCoreApplication.translate("ConversationView", "Mark this step done"))
            text = paragraph(
                f"<b>{html.escape(self._who(step.who))}:</b> {html.escape(step.task)}"
                + (f" <i>({', '.join(tags)})</i>" if tags else "")
            )
            text.setTextFormat(Qt.TextFormat.RichText)
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self._checkboxes.append(box)
        layout.addSpacing(6)
        layout.addWidget(heading(QCoreApplication.translate("ConversationView", "Carried in")))
        self._carried_label = rich("")
        self._refresh_carried()
        self.context.changes.subscribe(
            self._carried_label, topics_shown(self.guide), self._refresh_carried, report_id=self._report_id
        )
        layout.addWidget(self._carried_label)
        captures_metrics = "metrics" in {kind for item in self.guide.agenda for kind in item.captures}
        if "metrics" in self.guide.carry_in.kinds and not captures_metrics:  # else it is under Conduct
            layout.addWidget(self._metric_recorder("Record the agreed metrics"))
        layout.addSpacing(6)
        if self.guide.worksheet is not None:
            first = self._first_name()
            layout.addWidget(
                heading(
                    QCoreApplication.translate("ConversationView", "{first}’s worksheet").format(first=first)
                )
            )
            layout.addWidget(
                paragraph(
                    QCoreApplication.translate(
                        "ConversationView",
                        "Send {first} the worksheet (next to the agenda above). When it comes back filled in, import it: each answer goes where it belongs, credited to them.",  # noqa: E501
                    ).format(first=first),
                    muted=True,
                )
            )
            row = QHBoxLayout()
            self.import_button = QPushButton(
                QCoreApplication.translate("ConversationView", "Import {first}’s worksheet…").format(
                    first=first
                )
            )
            self.import_button.clicked.connect(lambda: self.import_worksheet())
            row.addWidget(self.import_button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addLayout(
            _titled(
                heading(QCoreApplication.translate("ConversationView", "Preparation notes")),
                AudienceTag(True, self.first_name),
            )
        )
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "ConversationView", "Only you see these; they never appear on the employee's copy."
                ),
                muted=True,
            )
        )
        self._prep_editor = note_editor("What do you want to remember going in?", height=160)
        self._bind_note(self._prep_editor, notes.PREP_KEY)
        layout.addWidget(self._prep_editor)
        layout.addStretch(1)
        return area

    def _refresh_carried(self) -> None:
        carried = carried_in(self.store, self.conversation.id, self.guides)
        content = carried_content(carried, Reader.MANAGER, dt.date.today(), self.guides, self.first_name)
        self._carried_label.setText(carried_in_html(content, self.first_name))

    def _checked_steps(self) -> set[int]:
        note = self.saved_notes.get(CHECKLIST_KEY)
        try:
            return set(json.loads(note.body)) if note else set()
        except (ValueError, TypeError):
            return set()

    def _save_checklist(self) -> None:
        checked = [i for i, box in enumerate(self._checkboxes) if box.isChecked()]
        cid = self.conversation.id
        self.context.actions.run(
            lambda: notes.save_note(self.store, cid, CHECKLIST_KEY, json.dumps(checked), private=True)
        )

    # Conduct ------------------------------------------------------------------

    def _build_conduct(self) -> QWidget:
        area, layout = scroll_page()
        self._capture = QuickCapture(self.context, self.conversation)
        if captures.plan_goals_captured(self.guide):
            open_plan = QPushButton(
                QCoreApplication.translate("ConversationView", "Open the development plan")
            )
            open_plan.setToolTip(
                QCoreApplication.translate(
                    "ConversationView", "Goals, actions, support and the plan's period"
                )
            )
            open_plan.clicked.connect(self.plan_requested)
            row = QHBoxLayout()
            row.addWidget(open_plan)
            row.addStretch(1)
            layout.addLayout(row)
        if "metrics" in {kind for item in self.guide.agenda for kind in item.captures}:
            layout.addWidget(self._metric_recorder("The agreed metrics"))
        self._item_editors: dict[str, QPlainTextEdit] = {}
        for item in self.guide.agenda:
            layout.addSpacing(6)
            toggle = self._audience_toggle(item.key)
            layout.addLayout(
                _titled(
                    heading(
                        QCoreApplication.translate("ConversationView", "{title}  ·  {minutes} min").format(
                            title=item.title, minutes=item.minutes
                        ),
                        11,
                    ),
                    toggle,
                )
            )
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(12, 0, 0, 0)
            if item.guidance:
                guidance = paragraph(item.guidance)
                mute(guidance, italic=True)
                inner.addWidget(guidance)
            inner.addWidget(rich(bullets(item.prompts)))
            editor = note_editor(f"Notes on {item.title.lower()}")
            self._bind_note(editor, item.key, toggle)
            inner.addWidget(editor)
            self._item_editors[item.key] = editor
            layout.addWidget(box)
        layout.addSpacing(6)
        toggle = self._audience_toggle(notes.GENERAL_KEY)
        layout.addLayout(
            _titled(heading(QCoreApplication.translate("ConversationView", "General notes"), 11), toggle)
        )
        general = note_editor("Anything that belongs to no agenda item")
        self._bind_note(general, notes.GENERAL_KEY, toggle)
        self._item_editors[notes.GENERAL_KEY] = general
        layout.addWidget(general)
        together = self.saved_notes.get(notes.TOGETHER_KEY)
        if together is not None and together.body.strip():  # typed in together mode: always shared
            layout.addSpacing(6)
            layout.addLayout(
                _titled(
                    heading(QCoreApplication.translate("ConversationView", "Notes taken together"), 11),
                    AudienceTag(False, self.first_name),
                )
            )
            editor = note_editor("Notes taken together in together mode")
            self._bind_note(editor, notes.TOGETHER_KEY)
            self._item_editors[notes.TOGETHER_KEY] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        return _with_capture_bar(area, self._capture)

    def _metric_recorder(self, title: str) -> QWidget:
        from opd_desktop.ui.metric_capture import MetricRecorder

        recorder = MetricRecorder(self.context, self.conversation, title)
        self.metric_recorders = [*getattr(self, "metric_recorders", []), recorder]
        return recorder

    @property
    def audience_toggles(self) -> dict[str, AudienceToggle]:
        self.ensure_tab(1)
        return {k: a.toggle for k, a in self.note_audiences.items() if a.toggle is not None}

    def _audience_toggle(self, key: str) -> AudienceToggle:
        saved = self.saved_notes.get(key)
        return AudienceToggle(saved.private if saved else True, self.first_name)

    def _bind_note(self, editor, key: str, toggle: AudienceToggle | None = None) -> None:
        """Autosave the note under the audience shown (private unless toggled shared)."""
        saved = self.saved_notes.get(key)
        if saved:
            editor.setPlainText(saved.body)
        private = toggle.private if toggle is not None else (saved.private if saved else True)
        self.note_audiences[key] = NoteAudience(
            self.store,
            self.autosaver,
            self.conversation.id,
            key,
            editor,
            private,
            self.context.actions,
            toggle,
        )

    def focus_tab(self, index: int) -> None:
        """Show the tab and put the cursor in its first field (Conduct: the first note)."""
        self.tabs.setCurrentIndex(index)
        self.ensure_tab(index)
        target = first_field(self.tabs.currentWidget())
        if index == 1 and self._item_editors:
            target = next(iter(self._item_editors.values()))
        (target or self.tabs.currentWidget()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_capture(self) -> None:
        """Quick capture: the Conduct tab, cursor in the capture bar under its notes."""
        self.tabs.setCurrentIndex(1)
        self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason)


def first_field(page: QWidget) -> QWidget | None:
    """The first visible text field of a page, in focus order."""
    from PySide6.QtWidgets import QLineEdit, QTextEdit

    for widget in page.findChildren(QWidget):
        if (
            isinstance(widget, QPlainTextEdit | QLineEdit | QTextEdit)
            and widget.isVisibleTo(page)
            and not widget.isReadOnly()
        ):
            return widget
    return None


def _titled(title: QWidget, audience: QWidget) -> QHBoxLayout:
    """A field's title with its audience marker beside it."""
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(title, 1)
    row.addWidget(audience, 0, Qt.AlignmentFlag.AlignBottom)
    return row
