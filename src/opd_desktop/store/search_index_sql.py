"""The one full-text index, written out as SQL: what is indexed from which
table (its sources), the folding of letters unicode61 cannot fold, the entry
each row adds and removes (the triggers of migration 4 and the backfill), and
the index's definition since migration 6. Frozen with the migrations that use
it: changing what is indexed needs a new migration that rebuilds the index."""

from __future__ import annotations

# Letters unicode61 cannot fold (see core/folding.py), frozen here: changing
# them needs a new migration that rebuilds the index.
_M004_FOLDS = (
    ("ł", "l"), ("Ł", "l"), ("ø", "o"), ("Ø", "o"), ("đ", "d"), ("Đ", "d"), ("ð", "d"),
    ("Ð", "d"), ("ħ", "h"), ("Ħ", "h"), ("ŧ", "t"), ("Ŧ", "t"), ("ŀ", "l"), ("Ŀ", "l"),
    ("ı", "i"), ("ß", "ss"), ("ẞ", "ss"), ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"),
    ("Œ", "oe"), ("þ", "th"), ("Þ", "th"),
)  # fmt: skip

# What is indexed, by kind (the kind is part of the index's rowid, so a hit
# names its source without a lookup): (kind, table, text, date, report token,
# condition). A note and a recap are dated by their conversation (held, else
# planned, else created); a note's report and a goal's come from their parent.
M004_CONVERSATION_DATE = "coalesce({r}.held_at, {r}.scheduled_at, {r}.created_at)"
_M004_NOTE_PARENT = "EXISTS (SELECT 1 FROM conversations WHERE id = {r}.conversation_id)"
_M004_GOAL_PARENT = "EXISTS (SELECT 1 FROM plans WHERE id = {r}.plan_id)"
M004_SOURCES = (
    (1, "notes", "{r}.body",
     "(SELECT coalesce(held_at, scheduled_at, created_at) FROM conversations WHERE id = {r}.conversation_id)",
     "'r' || (SELECT report_id FROM conversations WHERE id = {r}.conversation_id)",
     "{r}.item_key != 'checklist' AND " + _M004_NOTE_PARENT),
    (2, "conversations", "{r}.summary || ' ' || {r}.recap || ' ' || {r}.next_steps", M004_CONVERSATION_DATE,
     "'r' || {r}.report_id", "1"),
    (3, "action_items", "{r}.text", "{r}.created_at", "'r' || {r}.report_id", "1"),
    (4, "ideas", "{r}.text || ' ' || {r}.taken_to || ' ' || {r}.feedback", "{r}.created_at",
     "'r' || {r}.report_id", "1"),
    (5, "profile_entries", "{r}.text || ' ' || {r}.detail || ' ' || {r}.learned", "{r}.created_at",
     "'r' || {r}.report_id", "1"),
    (6, "plan_goals", "{r}.title || ' ' || {r}.why || ' ' || {r}.success_measure", "{r}.created_at",
     "'r' || (SELECT report_id FROM plans WHERE id = {r}.plan_id)", _M004_GOAL_PARENT),
)  # fmt: skip


def m004_folded(expression: str) -> str:
    for letter, plain in _M004_FOLDS:
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


def m004_rowid(kind: int, date: str, row: str) -> str:
    """Newest first is `ORDER BY rowid DESC`: the day leads the rowid, then
    the kind and the source row's id."""
    day = f"coalesce(CAST(replace(substr({date}, 1, 10), '-', '') AS INTEGER), 0)"
    return f"({day} * 10000000000 + {kind} * 1000000000 + {row}.id)"


def m004_entry(
    kind: int,
    text: str,
    date: str,
    report: str,
    condition: str,
    r: str,
    *,
    delete: bool,
    source: str = "",
    where: str = "1",
) -> str:
    """Add (or, with `delete`, remove) the index entry of row `r` (of
    `source` rows matching `where`), when it has one. The index is
    contentless: removing an entry repeats exactly the values it was added
    with, which every trigger computes the same way."""
    command = "'delete', " if delete else ""
    columns = "search_index, rowid, folded, report" if delete else "rowid, folded, report"
    return (
        f"INSERT INTO search_index({columns}) SELECT {command}"
        f"{m004_rowid(kind, date.format(r=r), r)}, {m004_folded(text.format(r=r))}, {report.format(r=r)}"
        f"{f' FROM {source}' if source else ''} WHERE {where} AND {condition.format(r=r)} "
        f"AND length(trim({text.format(r=r)})) > 0;"
    )


def m004_search_backfill() -> list[str]:
    """The statements that fill the search index from every source (the
    migration, and `opd check --rebuild-search-index` after a 'delete-all')."""
    return [
        m004_entry(kind, text, date, report, condition, table, delete=False, source=table)
        for kind, table, text, date, report, condition in M004_SOURCES
    ]


def refill_search_index(conn) -> None:
    """Empty the (contentless) search index and fill it again from the data:
    what 'rebuild' does for other FTS5 tables. Leaves no old term behind."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    for statement in m004_search_backfill():
        conn.execute(statement)


# Migration 6: one full-text index. The search index (migration 4) serves every
# search, the old notes-only `notes_fts` (migration 1) goes with its triggers,
# and the search index keeps the prefix lengths the search needs: words are
# matched as prefixes as they are typed, and only a short prefix (1–4
# letters) starts enough different words that merging them would be slow; a
# longer one starts few, read whole. (1–8 doubled the database and cost
# every autosave of a note nine index entries per word.)
SEARCH_INDEX_PREFIXES = "1 2 3 4"
SEARCH_INDEX_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5(folded, report, content='', "
    f"tokenize='unicode61 remove_diacritics 2', prefix='{SEARCH_INDEX_PREFIXES}')"
)
