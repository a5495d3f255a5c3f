"""Note editors that stay on screen while the conversation they show changes.

An editor is watched by the autosaver once, for its whole life; what it saves
to (conversation, note key, audience) is its binding, read at the moment of
saving. Re-binding happens only after the autosaver was flushed, forgets any
change still pending on the editor, and sets the new text with signals
blocked, so one conversation's text is never written into another's note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QPlainTextEdit

from opd_desktop.core.audience import first_name
from opd_desktop.core.guides import Guide, GuideSet
from opd_desktop.core.models import Conversation, Note
from opd_desktop.services import notes
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.reports import get_report
from opd_desktop.ui.accessibility import plain
from opd_desktop.ui.audience_widgets import AudienceToggle, NoteAudience

UNBOUND = 0  # the conversation id of an editor that shows nothing yet


@dataclass
class Binding:
    """What a conversation view shows: loaded once per opening (three queries)."""

    conversation: Conversation
    guide: Guide
    first_name: str
    saved_notes: dict[str, Note]

    @classmethod
    def load(cls, store, guides: GuideSet, conversation_id: int) -> Binding:
        conversation = get_conversation(store, conversation_id)
        return cls(
            conversation,
            guides.for_number(conversation.number),
            first_name(get_report(store, conversation.report_id).name),
            notes.notes_for(store, conversation_id),
        )

    def private(self, key: str) -> bool:
        saved = self.saved_notes.get(key)
        return saved.private if saved else True

    def body(self, key: str) -> str:
        saved = self.saved_notes.get(key)
        return saved.body if saved else ""


def show_text(editor: QPlainTextEdit, text: str) -> None:
    """Put `text` in the editor without it counting as typed (no autosave), cursor at the start."""
    if editor.toPlainText() == text:
        return
    editor.blockSignals(True)
    editor.setPlainText(text)  # also clears the undo history: undo never reaches another note
    editor.blockSignals(False)


class BoundNote(NoteAudience):
    """One note editor (and its audience toggle, if any), re-bound in place."""

    def _save(self, text: str) -> None:
        if self.conversation_id != UNBOUND:
            super()._save(text)

    def rebind(self, binding: Binding, key: str) -> None:
        """Show `key` of the bound conversation. The caller flushed the autosaver first."""
        self.autosaver.discard(self.editor)  # a save that failed stays with the old note
        self.conversation_id = binding.conversation.id
        self.key = key
        self.private = binding.private(key)
        toggle = self.toggle
        if toggle is not None and (toggle.first_name, toggle.private) != (binding.first_name, self.private):
            toggle.first_name = binding.first_name
            toggle.show_private(self.private)  # its icon, words and tooltip
            toggle.setAccessibleDescription(plain(toggle.toolTip()))  # as the screen reader hears it
        show_text(self.editor, binding.body(key))
        for listener in self.listeners:
            listener(self.private)


def bound_note(context, editor: QPlainTextEdit, toggle: AudienceToggle | None = None) -> BoundNote:
    """A note editor watched once by the autosaver; it saves nothing until it is bound."""
    return BoundNote(context.store, context.autosaver, UNBOUND, "", editor, True, context.actions, toggle)
