"""Notes: one per conversation and agenda item (or `prep` for the manager's
private preparation, `general` for the conversation's general notes). Saved
whole on every autosave. Every note is private unless it is marked shared;
private ones never reach the employee's copy of a document."""

from __future__ import annotations

from opd_desktop.core.audience import note_is_private
from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import now_stamp
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Note
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.text import clean_body
from opd_desktop.store.database import Store

TOPIC = Topic.NOTES
PREP_KEY = "prep"  # the manager's private preparation notes
GENERAL_KEY = "general"  # the conversation's general notes (not tied to an agenda item)
TOGETHER_KEY = "together"  # notes typed in together mode, always shared


def save_note(store: Store, conversation_id: int, item_key: str, body: str, *, private: bool = True) -> Note:
    """Insert or replace the note of one agenda item, in one transaction.
    Private unless the caller says it is shared."""
    if not item_key or not item_key.replace("_", "").isalnum():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{item_key} is not an agenda item key.").format(
                item_key=repr(item_key)
            ),
            "item",
        )
    text = clean_body(body)
    conversation = get_conversation(store, conversation_id)
    with store.write(TOPIC, report_id=conversation.report_id) as db:
        db.execute(
            "INSERT INTO notes(conversation_id, item_key, body, private, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(conversation_id, item_key) DO UPDATE SET "
            "body = excluded.body, private = excluded.private, updated_at = excluded.updated_at",
            [conversation_id, item_key, text, int(note_is_private(item_key, private)), now_stamp()],
        )
    return get_note(store, conversation_id, item_key)  # type: ignore[return-value]


def set_shared(store: Store, conversation_id: int, item_key: str, shared: bool) -> Note:
    """Change only the audience of a note (its text stays as saved)."""
    conversation = get_conversation(store, conversation_id)
    private = int(note_is_private(item_key, not shared))
    with store.write(TOPIC, report_id=conversation.report_id) as db:
        db.execute(
            "INSERT INTO notes(conversation_id, item_key, body, private, updated_at) VALUES (?, ?, '', ?, ?) "
            "ON CONFLICT(conversation_id, item_key) DO UPDATE SET private = excluded.private, "
            "updated_at = excluded.updated_at",
            [conversation_id, item_key, private, now_stamp()],
        )
    return get_note(store, conversation_id, item_key)  # type: ignore[return-value]


def append_note(
    store: Store, conversation_id: int, item_key: str, text: str, *, shared: bool = False
) -> Note:
    """Add `text` as a new paragraph to a note. Appending shared text to a private
    note (or the other way round) is refused: one note has one audience."""
    addition = clean_body(text).strip()
    if not addition:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no text to add; write the note after the item."), "text"
        )
    existing = get_note(store, conversation_id, item_key)
    if existing and existing.body.strip() and existing.private == shared:
        current = "private (only you)" if existing.private else "shared"
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {item_key} note is already {current}; add --shared only to a shared note (or change its audience in the app first).",  # noqa: E501
            ).format(item_key=item_key, current=current),
            "audience",
        )
    body = f"{existing.body.rstrip()}\n\n{addition}" if existing and existing.body.strip() else addition
    return save_note(store, conversation_id, item_key, body, private=not shared)


def get_note(store: Store, conversation_id: int, item_key: str) -> Note | None:
    found = rows.query(
        store,
        "SELECT * FROM notes WHERE conversation_id = ? AND item_key = ?",
        [conversation_id, item_key],
    )
    return rows.note(found[0]) if found else None


def notes_for(store: Store, conversation_id: int, *, include_private: bool = True) -> dict[str, Note]:
    sql = "SELECT * FROM notes WHERE conversation_id = ?"
    found = map(rows.note, rows.query(store, sql, [conversation_id]))
    return {n.item_key: n for n in found if include_private or not n.private}


def search_notes(store: Store, text: str, limit: int = 50) -> list[tuple[int, Note]]:
    """Notes holding every word of `text` (accent-insensitive, as prefixes), newest
    first, through the one search index (see services/search.py); returns
    (report id, note) pairs."""
    from opd_desktop.core import folding
    from opd_desktop.services.search import ID_SPAN, NOTE

    match = folding.fts_query(text)
    if match is None:
        return []
    found = rows.query(
        store,
        "SELECT c.report_id, n.* FROM (SELECT rowid AS entry FROM search_index "
        "WHERE search_index MATCH ? AND rowid / ? % 10 = ? ORDER BY rowid DESC LIMIT ?) f "
        "JOIN notes n ON n.id = f.entry % ? JOIN conversations c ON c.id = n.conversation_id "
        "ORDER BY f.entry DESC",
        [f"folded : ({match})", ID_SPAN, NOTE, limit, ID_SPAN],
    )
    return [(r["report_id"], rows.note(r)) for r in found]
