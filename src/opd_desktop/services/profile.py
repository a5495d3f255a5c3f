"""The employee's profile: CliftonStrengths themes, strengths in their own
words, preferences, aspirations, values and career history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import date_from_iso, now_stamp, parse_date
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.services.reports import get_report
from opd_desktop.services.text import clean_body, clean_line
from opd_desktop.store.database import Store

TOPIC = Topic.PROFILE
KINDS = ("clifton_theme", "strength", "preference", "aspiration", "value", "career")
KIND_LABELS = {
    "clifton_theme": QT_TRANSLATE_NOOP("ProfileKind", "CliftonStrengths themes"),
    "strength": QT_TRANSLATE_NOOP("ProfileKind", "Strengths in their own words"),
    "preference": QT_TRANSLATE_NOOP("ProfileKind", "Preferences for their work experience"),
    "aspiration": QT_TRANSLATE_NOOP("ProfileKind", "Aspirations"),
    "value": QT_TRANSLATE_NOOP("ProfileKind", "Values"),
    "career": QT_TRANSLATE_NOOP("ProfileKind", "Career history"),
}


@dataclass(frozen=True)
class ProfileEntry:
    id: int
    report_id: int
    kind: str
    text: str
    rank: int | None
    detail: str
    learned: str
    start_date: dt.date | None
    end_date: dt.date | None


def add_entry(
    store: Store,
    report_id: int,
    kind: str,
    text: str,
    *,
    rank: int | None = None,
    detail: str = "",
    learned: str = "",
    start_date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
    conversation_id: int | None = None,
) -> ProfileEntry:
    get_report(store, report_id)
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{kind} is not a profile section.").format(kind=repr(kind)), "kind"
        )
    start = parse_date(start_date, "start date") if isinstance(start_date, str) else start_date
    end = parse_date(end_date, "end date") if isinstance(end_date, str) else end_date
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date is before the start date; swap them."), "end date"
        )
    stamp = now_stamp()
    with store.write(TOPIC, report_id=report_id) as db:
        cursor = db.execute(
            "INSERT INTO profile_entries(report_id, kind, text, rank, detail, learned, start_date, "
            "end_date, conversation_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                report_id,
                kind,
                clean_line(text, "entry", required=True),
                rank,
                clean_body(detail, "detail"),
                clean_body(learned, "lessons"),
                start.isoformat() if start else None,
                end.isoformat() if end else None,
                conversation_id,
                stamp,
                stamp,
            ],
        )
    return entries(store, report_id, entry_id=cursor.lastrowid)[0]


def entries(
    store: Store, report_id: int, kind: str | None = None, *, entry_id: int | None = None
) -> list[ProfileEntry]:
    sql = "SELECT * FROM profile_entries WHERE report_id = ?"
    params: list[object] = [report_id]
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    if entry_id is not None:
        sql += " AND id = ?"
        params.append(entry_id)
    sql += " ORDER BY kind, rank IS NULL, rank, start_date, id"
    return [
        ProfileEntry(
            id=r["id"],
            report_id=r["report_id"],
            kind=r["kind"],
            text=r["text"],
            rank=r["rank"],
            detail=r["detail"],
            learned=r["learned"],
            start_date=date_from_iso(r["start_date"]),
            end_date=date_from_iso(r["end_date"]),
        )
        for r in rows.query(store, sql, params)
    ]


def entries_from_conversation(store: Store, conversation_id: int) -> list[ProfileEntry]:
    """The profile entries captured in one conversation, in the order they were captured."""
    found = store.execute(
        "SELECT report_id, id FROM profile_entries WHERE conversation_id = ? ORDER BY id", [conversation_id]
    ).fetchall()
    return [entries(store, report_id, entry_id=entry_id)[0] for report_id, entry_id in found]


def get_entry(store: Store, entry_id: int) -> ProfileEntry:
    row = store.execute("SELECT report_id FROM profile_entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        from opd_desktop.errors import NotFoundError

        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no profile entry with id {entry_id}.").format(
                entry_id=entry_id
            )
        )
    return entries(store, row[0], entry_id=entry_id)[0]


def update_entry(
    store: Store,
    entry_id: int,
    *,
    text: str | None = None,
    detail: str | None = None,
    learned: str | None = None,
    start_date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
) -> ProfileEntry:
    entry = get_entry(store, entry_id)
    start = parse_date(start_date, "start date") if isinstance(start_date, str) and start_date else None
    end = parse_date(end_date, "end date") if isinstance(end_date, str) and end_date else None
    start = start or (start_date if isinstance(start_date, dt.date) else entry.start_date)
    end = end or (end_date if isinstance(end_date, dt.date) else entry.end_date)
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date is before the start date; swap them."), "end date"
        )
    values = {
        "text": clean_line(text, "entry", required=True) if text is not None else entry.text,
        "detail": clean_body(detail, "detail") if detail is not None else entry.detail,
        "learned": clean_body(learned, "lessons") if learned is not None else entry.learned,
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat() if end else None,
        "updated_at": now_stamp(),
    }
    with store.write(TOPIC) as db:
        db["profile_entries"].update(entry_id, values)
    return get_entry(store, entry_id)


def delete_entry(store: Store, entry_id: int) -> None:
    get_entry(store, entry_id)
    with store.write(TOPIC) as db:
        db.execute("DELETE FROM profile_entries WHERE id = ?", [entry_id])


def set_clifton_themes(store: Store, report_id: int, themes: list[str]) -> list[ProfileEntry]:
    """Replace the report's CliftonStrengths ranking (top 5 or all 34)."""
    from opd_desktop.core.clifton import check_ranking

    get_report(store, report_id)
    ranked = check_ranking(themes)
    stamp = now_stamp()
    with store.write(TOPIC, report_id=report_id) as db:
        db.execute("DELETE FROM profile_entries WHERE report_id = ? AND kind = 'clifton_theme'", [report_id])
        db.conn.executemany(
            "INSERT INTO profile_entries(report_id, kind, text, rank, created_at, updated_at) "
            "VALUES (?, 'clifton_theme', ?, ?, ?, ?)",
            [(report_id, theme, rank, stamp, stamp) for rank, theme in enumerate(ranked, 1)],
        )
    return entries(store, report_id, "clifton_theme")
