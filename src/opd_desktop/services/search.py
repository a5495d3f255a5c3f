"""Finding what was written: notes, recaps (summary and next steps), action
items, ideas, profile entries and plan goals, through one full-text index
(`search_index`, migrations 4 and 6).

- Accent-insensitive on both sides (see core/folding.py for what SQLite's
  tokenizer cannot fold and how it is folded here).
- Every word the user typed is quoted and matched as a prefix: the query is
  data, never FTS syntax, so `"`, `AND OR`, `*` or `NEAR(` cannot fail.
- Newest first with a limit: the index's rowid starts with the day of the
  text (a note's or recap's conversation, else the day it was written), so
  `ORDER BY rowid DESC LIMIT n` stops after n matches instead of ranking
  every one of them. Prefix indexes of 1–4 characters let a word being typed
  be read lazily like a whole word; a longer prefix costs in proportion to
  how often the words starting with it occur.
- One report: the report is a token in its own column (`r17`), so the index
  intersects it with the words instead of filtering row by row.

The index is the manager's own: it includes private notes. Documents for the
employee never read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core import folding
from opd_desktop.core.folding import Snippet
from opd_desktop.core.guides import GuideSet, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.stages import DONE, Status
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.store.database import Store

DEFAULT_LIMIT = 50
ID_SPAN = 1_000_000_000  # rowid = day * 10 * ID_SPAN + kind * ID_SPAN + source id

NOTE, RECAP, ACTION_ITEM, IDEA, PROFILE, PLAN_GOAL = range(1, 7)

# The texts of a conversation's wrap-up, indexed together as its recap.
RECAP_FIELDS = {"summary": "Summary", "recap": "Recap for the employee", "next_steps": "Next steps"}

# Where a hit opens on a report's page (see ui/report_page.py SECTIONS).
CONVERSATION_SECTION, PROFILE_SECTION, PLAN_SECTION, FOLLOW_THROUGH_SECTION = range(4)


@dataclass(frozen=True)
class Hit:
    kind: int
    source_id: int
    report_id: int
    person: str
    place: str  # "Conversation 4: The job · Role and responsibilities", "Profile · Aspirations" …
    when: dt.date | None
    text: str
    snippet: Snippet
    section: int  # which page of the report opens
    conversation_id: int | None = None
    field: str | None = None  # the note's item key, or "summary" / "next_steps"
    terms: tuple[str, ...] = ()  # the folded words searched for

    def line(self) -> str:
        """One line for the command line: person, place, date, snippet."""
        date = self.when.isoformat() if self.when else "—"
        return f"{self.person} · {self.place} · {date} · {self.snippet.marked()}"


def search(
    store: Store,
    text: str,
    *,
    report_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    guides: GuideSet | None = None,
) -> list[Hit]:
    """The newest `limit` places matching every word of `text` (as prefixes)."""
    if not text or not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type something to search for."), "search")
    match = folding.fts_query(text)
    if match is None:
        return []
    terms = folding.query_terms(text)
    expression = f"folded : ({match})"
    if report_id is not None:  # the report is a token of its own column: the index intersects both
        expression += f' AND report : "r{int(report_id)}"'
    found = store.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?",
        [expression, limit],
    ).fetchall()
    return _hits(store, [(rowid // ID_SPAN % 10, rowid % ID_SPAN) for (rowid,) in found], terms, guides)


def _by_id(store: Store, table: str, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in rows.query(store, f"SELECT * FROM {table} WHERE id IN ({marks})", ids)}


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _hits(store: Store, refs: list[tuple[int, int]], terms: list[str], guides: GuideSet | None) -> list[Hit]:
    guides = guides or default_guides()
    wanted: dict[int, list[int]] = {}
    for kind, source_id in refs:
        wanted.setdefault(kind, []).append(source_id)
    notes = _by_id(store, "notes", wanted.get(NOTE, []))
    conversation_ids = {n["conversation_id"] for n in notes.values()} | set(wanted.get(RECAP, []))
    conversations = _by_id(store, "conversations", sorted(conversation_ids))
    items = _by_id(store, "action_items", wanted.get(ACTION_ITEM, []))
    ideas = _by_id(store, "ideas", wanted.get(IDEA, []))
    entries = _by_id(store, "profile_entries", wanted.get(PROFILE, []))
    goals = (
        rows.query(
            store,
            "SELECT g.*, p.report_id, p.version FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
            f"WHERE g.id IN ({','.join('?' * len(wanted.get(PLAN_GOAL, [])))})",
            wanted.get(PLAN_GOAL, []),
        )
        if wanted.get(PLAN_GOAL)
        else []
    )
    goals_by_id = {g["id"]: g for g in goals}
    report_ids = {c["report_id"] for c in conversations.values()}
    report_ids |= {r["report_id"] for group in (items, ideas, entries, goals_by_id) for r in group.values()}
    names = {r["id"]: r["name"] for r in _by_id(store, "reports", sorted(report_ids)).values()}

    def conversation_place(conversation: dict) -> tuple[str, dt.date | None]:
        number = conversation["number"]
        guide = guides.for_number(number)
        title = f"Conversation {number}: {guide.short_title}" if number else "Check-in"
        status = Status(conversation["status"])
        day = _day(conversation["held_at"] or conversation["held_on"]) if status in DONE else None
        return title, day or _day(conversation["scheduled_at"])

    hits: list[Hit] = []
    for kind, source_id in refs:
        hit: Hit | None = None
        if kind == NOTE and source_id in notes:
            note = notes[source_id]
            conversation = conversations[note["conversation_id"]]
            title, day = conversation_place(conversation)
            guide = guides.for_number(conversation["number"])
            key = note["item_key"]
            try:
                item = guide.item(key).title
            except KeyError:
                item = "Private preparation" if key == "prep" else "Notes"
            hit = _hit(
                kind, source_id, conversation["report_id"], names, f"{title} · {item}",
                day or _day(note["updated_at"]), note["body"], terms, CONVERSATION_SECTION,
                conversation["id"], key,
            )  # fmt: skip
        elif kind == RECAP and source_id in conversations:
            conversation = conversations[source_id]
            title, day = conversation_place(conversation)
            fields = [f for f in RECAP_FIELDS if conversation.get(f)]
            field = next(
                (f for f in fields if folding.match_spans(conversation[f], terms)),
                fields[0] if fields else "summary",
            )
            label = RECAP_FIELDS[field]
            hit = _hit(
                kind, source_id, conversation["report_id"], names, f"{title} · {label}", day,
                conversation.get(field) or "", terms, CONVERSATION_SECTION, source_id, field,
            )  # fmt: skip
        elif kind == ACTION_ITEM and source_id in items:
            row = items[source_id]
            hit = _hit(
                kind, source_id, row["report_id"], names, "Follow-through · Action item",
                _day(row["created_at"]), row["text"], terms, FOLLOW_THROUGH_SECTION,
            )  # fmt: skip
        elif kind == IDEA and source_id in ideas:
            row = ideas[source_id]
            text = " — ".join(t for t in (row["text"], row["taken_to"], row["feedback"]) if t)
            hit = _hit(
                kind, source_id, row["report_id"], names, "Follow-through · Idea",
                _day(row["created_at"]), text, terms, FOLLOW_THROUGH_SECTION,
            )  # fmt: skip
        elif kind == PROFILE and source_id in entries:
            from opd_desktop.services.profile import KIND_LABELS

            row = entries[source_id]
            text = " — ".join(t for t in (row["text"], row["detail"], row["learned"]) if t)
            label = KIND_LABELS.get(row["kind"], "Entry")
            hit = _hit(
                kind, source_id, row["report_id"], names, f"Profile · {label}",
                _day(row["created_at"]), text, terms, PROFILE_SECTION,
            )  # fmt: skip
        elif kind == PLAN_GOAL and source_id in goals_by_id:
            row = goals_by_id[source_id]
            text = " — ".join(t for t in (row["title"], row["why"], row["success_measure"]) if t)
            hit = _hit(
                kind, source_id, row["report_id"], names, f"Development plan {row['version']} · Goal",
                _day(row["created_at"]), text, terms, PLAN_SECTION,
            )  # fmt: skip
        if hit is not None:
            hits.append(hit)
    return hits


def _hit(
    kind: int,
    source_id: int,
    report_id: int,
    names: dict[int, str],
    place: str,
    when: dt.date | None,
    text: str,
    terms: list[str],
    section: int,
    conversation_id: int | None = None,
    field: str | None = None,
) -> Hit:
    return Hit(
        kind=kind,
        source_id=source_id,
        report_id=report_id,
        person=names.get(report_id, "?"),
        place=place,
        when=when,
        text=text,
        snippet=folding.snippet(text, terms),
        terms=tuple(terms),
        section=section,
        conversation_id=conversation_id,
        field=field,
    )
