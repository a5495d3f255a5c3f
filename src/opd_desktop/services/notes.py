"""Notes: one per conversation and agenda item (or `prep` for the manager's
private preparation). Saved whole on every autosave; private ones never reach
the employee's copy of a document."""

from __future__ import annotations

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import now_stamp
from opd_desktop.core.models import Note
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.text import clean_body
from opd_desktop.store.database import Store

TOPIC = Topic.NOTES
PREP_KEY = "prep"  # the manager's private preparation notes


def save_note(store: Store, conversation_id: int, item_key: str, body: str, *, private: bool = False) -> Note:
    """Insert or replace the note of one agenda item, in one transaction."""
    if not item_key or not item_key.replace("_", "").isalnum():
        raise ValidationError(f"{item_key!r} is not an agenda item key.", "item")
    text = clean_body(body)
    conversation = get_conversation(store, conversation_id)
    with store.write(TOPIC, report_id=conversation.report_id) as db:
        db.execute(
            "INSERT INTO notes(conversation_id, item_key, body, private, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(conversation_id, item_key) DO UPDATE SET "
            "body = excluded.body, private = excluded.private, updated_at = excluded.updated_at",
            [conversation_id, item_key, text, int(private or item_key == PREP_KEY), now_stamp()],
        )
    return get_note(store, conversation_id, item_key)  # type: ignore[return-value]


def get_note(store: Store, conversation_id: int, item_key: str) -> Note | None:
    found = rows.query(
        store,
        "SELECT * FROM notes WHERE conversation_id = ? AND item_key = ?",
        [conversation_id, item_key],
    )
    return rows.note(found[0]) if found else None


def notes_for(store: Store, conversation_id: int, *, include_private: bool = True) -> dict[str, Note]:
    sql = "SELECT * FROM notes WHERE conversation_id = ?"
    if not include_private:
        sql += " AND private = 0"
    return {n.item_key: n for n in map(rows.note, rows.query(store, sql, [conversation_id]))}


def search_notes(store: Store, text: str, limit: int = 50) -> list[tuple[int, Note]]:
    """Full-text search over every note; returns (report id, note) pairs."""
    words = [w for w in text.split() if w]
    if not words:
        return []
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    found = rows.query(
        store,
        "SELECT c.report_id, n.* FROM notes_fts f JOIN notes n ON n.id = f.rowid "
        "JOIN conversations c ON c.id = n.conversation_id "
        "WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
        [match, limit],
    )
    return [(r["report_id"], rows.note(r)) for r in found]
