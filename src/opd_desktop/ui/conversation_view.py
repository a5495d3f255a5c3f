"""One conversation, rendered from its guide: a header, then Prepare, Conduct
and Wrap-up tabs. Nothing here is written per conversation: the guide decides
the checklist, the agenda sections, the prompts and what can be captured.

The view is made once and re-bound: `bind` flushes what was typed, loads the
next conversation and shows it in the same widgets. A tab is built the first
time it is shown and re-bound when it is next shown, so opening a conversation
fills one tab, not three."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from opd_desktop.core.changes import Topic
from opd_desktop.core.models import Conversation
from opd_desktop.services import notes
from opd_desktop.services.conversations import get_conversation
from opd_desktop.ui import conversation_documents
from opd_desktop.ui.audience_widgets import AudienceToggle
from opd_desktop.ui.conduct_tab import ConductTab
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.conversation_header import ConversationHeader
from opd_desktop.ui.note_binding import Binding, BoundNote, show_text
from opd_desktop.ui.prepare_tab import CHECKLIST_KEY, PrepareTab
from opd_desktop.ui.quick_capture import QuickCapture
from opd_desktop.ui.wrapup_tab import WrapUpTab

log = logging.getLogger(__name__)

__all__ = ["CHECKLIST_KEY", "ConversationView", "first_field"]

PREPARE, CONDUCT, WRAP_UP = 0, 1, 2
AGENDA, BRIEF, WORKSHEET = "agenda", "brief", "worksheet"  # the documents, by kind


class ConversationView(QWidget):
    """Shows one conversation at a time; refreshes itself when it or what it carries in changes."""

    plan_requested = Signal()  # "Open the development plan" from conversations 5–7
    together_requested = Signal()  # show only what the employee may see (together mode)

    TAB_NAMES = (
        QT_TRANSLATE_NOOP("ConversationView", "&Prepare"),
        QT_TRANSLATE_NOOP("ConversationView", "&Conduct"),
        QT_TRANSLATE_NOOP("ConversationView", "&Wrap-up"),
    )

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.guides = context.guides
        self.autosaver = context.autosaver
        self.on_error = context.on_error
        self.binding: Binding | None = None
        self.worksheet_result = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = ConversationHeader(context)
        for signal, kind in (
            (self.header.agenda_requested, AGENDA),
            (self.header.brief_requested, BRIEF),
            (self.header.worksheet_requested, WORKSHEET),
        ):
            signal.connect(lambda kind=kind: self.export_document(kind))
        self.header.calendar_requested.connect(lambda: self.export_calendar())
        self.header.together_requested.connect(self.together_requested)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name in self.TAB_NAMES:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, QCoreApplication.translate("ConversationView", name))
        self._content: dict[int, QWidget] = {}  # built tabs
        self._stale: set[int] = set()  # built tabs that still show the conversation before
        self.tabs.currentChanged.connect(self.ensure_tab)
        layout.addWidget(self.tabs, 1)
        context.changes.subscribe(
            self.header, (Topic.CONVERSATIONS,), self._conversation_updated, report_id=self._report_id
        )

    # Binding -----------------------------------------------------------------

    def bind(self, conversation_id: int, tab: int | None = None) -> None:
        """Show another conversation (or the same one again, from what is saved) in these widgets.
        What was typed is saved first, to the conversation it was typed in."""
        self.autosaver.flush()
        self.binding = Binding.load(self.store, self.guides, conversation_id)
        self.header.bind(self.binding.conversation, self.binding.guide, self.binding.first_name)
        self._drop_wrap_up()  # made again when next shown: its fields belong to one conversation
        self._stale = set(self._content)
        for content in self._content.values():
            content.binding = None  # a hidden stale tab refreshes nothing of the old conversation
        if tab is not None and tab != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(tab)  # ensure_tab follows
        self.ensure_tab(self.tabs.currentIndex())

    def release(self) -> None:
        """Its conversation is gone (deleted): forget what was typed and not yet saved, show nothing."""
        for note in self.note_audiences.values():
            self.autosaver.discard(note.editor)
        self._drop_wrap_up()
        self._stale = set(self._content)
        self.binding = None
        for content in self._content.values():
            content.binding = None

    def _drop_wrap_up(self) -> None:
        old = self._content.pop(WRAP_UP, None)
        if old is not None:
            old.hide()
            self.tabs.widget(WRAP_UP).layout().removeWidget(old)
            old.deleteLater()

    def ensure_tab(self, index: int) -> None:
        """Build a tab's content if it has not been built yet; bring it to the bound conversation."""
        if self.binding is None or not 0 <= index < self.tabs.count():
            return
        if index not in self._content:
            content = self._build(index)
            self._content[index] = content
            self.tabs.widget(index).layout().addWidget(content)
            content.show()  # shown with its tab (at once if the tab is on screen), not on the next loop pass
        elif index in self._stale:
            self._stale.discard(index)
            self._content[index].bind(self.binding)

    def _build(self, index: int) -> QWidget:
        if index == PREPARE:
            content = PrepareTab(self.context, self.import_worksheet)
        elif index == CONDUCT:
            content = ConductTab(self.context)
            content.plan_requested.connect(self.plan_requested)
        else:
            return WrapUpTab(self.context, self.binding.conversation)
        content.bind(self.binding)
        return content

    def _built(self, index: int) -> QWidget | None:
        """A tab's content if it shows the bound conversation."""
        return self._content.get(index) if index not in self._stale else None

    def _report_id(self) -> int | None:
        return self.binding.conversation.report_id if self.binding else None

    @property
    def conversation(self) -> Conversation:
        return self.binding.conversation

    @property
    def guide(self):
        return self.binding.guide

    @property
    def first_name(self) -> str:
        return self.binding.first_name

    @property
    def saved_notes(self) -> dict:
        return self.binding.saved_notes

    def _conversation_updated(self) -> None:
        """Its status, date or length may have changed: show them (typing elsewhere is left alone)."""
        if self.binding is None:
            return
        fresh = get_conversation(self.store, self.binding.conversation.id)
        old = self.binding.conversation

        def when(c):
            return (c.status, c.scheduled_at, c.held_on, getattr(c, "held_at", None), c.duration_minutes)

        moved = when(fresh) != when(old)
        self.binding.conversation = fresh
        if moved:
            self.header.show_conversation(fresh)
            wrap_up = self._content.get(WRAP_UP)
            if wrap_up is not None:
                wrap_up.set_conversation(fresh)

    # What the tabs hold (building the tab when asked) ---------------------------

    def _tab(self, index: int) -> QWidget:
        self.ensure_tab(index)
        return self._content[index]

    @property
    def carried_label(self) -> QLabel:
        return self._tab(PREPARE).carried_label

    @property
    def prep_editor(self) -> QPlainTextEdit:
        return self._tab(PREPARE).prep_editor

    @property
    def import_button(self):
        return self._tab(PREPARE).import_button

    @property
    def capture(self) -> QuickCapture:
        return self._tab(CONDUCT).capture

    @property
    def item_editors(self) -> dict[str, QPlainTextEdit]:
        return self._tab(CONDUCT).item_editors

    @property
    def audience_toggles(self) -> dict[str, AudienceToggle]:
        notes_shown = self._tab(CONDUCT).note_audiences
        return {key: note.toggle for key, note in notes_shown.items() if note.toggle is not None}

    @property
    def wrap_up(self) -> WrapUpTab:
        return self._tab(WRAP_UP)

    @property
    def note_audiences(self) -> dict[str, BoundNote]:
        """The note editors of the built tabs that show the bound conversation."""
        found: dict[str, BoundNote] = {}
        for index in (PREPARE, CONDUCT):
            content = self._built(index)
            if content is not None:
                found.update(content.note_audiences)
        return found

    @property
    def metric_recorders(self) -> list:
        found = []
        for index in (PREPARE, CONDUCT):
            content = self._built(index)
            if content is not None:
                found += content.metrics.recorders
        return found

    # Documents -----------------------------------------------------------------

    def export_document(self, kind: str):
        return conversation_documents.export_document(self, kind)

    def export_calendar(self, path: str | None = None):
        return conversation_documents.export_calendar(self, path)

    def import_worksheet(self, path: str | None = None) -> None:
        conversation_documents.import_worksheet(self, path)

    def show_imported(self) -> None:
        """Bring the open editors up to date with what an import wrote, without
        autosaving the same text back (signals blocked)."""
        self.binding.saved_notes = notes.notes_for(self.store, self.binding.conversation.id)
        for key, audience in self.note_audiences.items():
            note = self.binding.saved_notes.get(key)
            show_text(audience.editor, note.body if note else "")
            if note is not None and note.private != audience.private:
                # the import shared an empty note: type on under its new audience
                audience.private = note.private
                if audience.toggle is not None:
                    audience.toggle.show_private(note.private)
                for listener in audience.listeners:
                    listener(note.private)
        panel = getattr(self._content.get(WRAP_UP), "series_summary", None)
        if panel is not None:
            from opd_desktop.services import series_summary

            for key, text in series_summary.read(self.store, self.binding.conversation.report_id).items():
                show_text(panel.editors[key], text)

    # Keyboard ------------------------------------------------------------------

    def focus_tab(self, index: int) -> None:
        """Show the tab and put the cursor in its first field (Conduct: the first note)."""
        self.tabs.setCurrentIndex(index)
        self.ensure_tab(index)
        target = first_field(self.tabs.currentWidget())
        if index == CONDUCT and self.item_editors:
            target = next(iter(self.item_editors.values()))
        (target or self.tabs.currentWidget()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_capture(self) -> None:
        """Quick capture: the Conduct tab, cursor in the capture bar under its notes."""
        self.tabs.setCurrentIndex(CONDUCT)
        self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _header_part(name: str) -> property:
    return property(lambda view: getattr(view.header, name), doc="One of the header's widgets.")


# the header's buttons and fields, reachable as the view's own (view.agenda_button …)
for _name in (
    "kicker",
    "status_label",
    "when_edit",
    "duration",
    "schedule_button",
    "calendar_button",
    "agenda_button",
    "brief_button",
    "worksheet_button",
    "together_button",
):
    setattr(ConversationView, _name, _header_part(_name))


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
