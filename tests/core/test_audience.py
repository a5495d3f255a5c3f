"""The audience registry names every text column of the live schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from opd_desktop.core import audience
from opd_desktop.core.audience import Audience
from opd_desktop.store.database import open_store


def _text_columns(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(audience.IGNORED_TABLE_PREFIXES)
        ]
        found = set()
        for table in tables:
            for _cid, column, kind, *_rest in conn.execute(f"PRAGMA table_info('{table}')"):
                if "TEXT" in (kind or "").upper() or "CHAR" in (kind or "").upper() or not kind:
                    found.add((table, column))
        return found
    finally:
        conn.close()


def test_every_text_column_of_the_schema_has_an_audience(data_dir: Path) -> None:
    open_store(data_dir).close()
    columns = _text_columns(data_dir / "opd.db")
    assert columns, "the schema has text columns"
    missing = sorted(
        f"{t}.{c}" for t, c in columns if (t, c) not in {(f.table, f.column) for f in audience.FIELDS}
    )
    assert not missing, f"text columns without an audience in core/audience.py: {missing}"


def test_the_registry_names_only_columns_that_exist(data_dir: Path) -> None:
    open_store(data_dir).close()
    conn = sqlite3.connect(data_dir / "opd.db")
    for field in audience.FIELDS:
        names = [row[1] for row in conn.execute(f"PRAGMA table_info('{field.table}')")]
        assert field.column in names, f"{field.table}.{field.column} is in the registry but not the schema"
        if field.flag:
            assert field.flag in names
    conn.close()


def test_unknown_columns_are_refused_and_private_is_the_default() -> None:
    with pytest.raises(audience.UnclassifiedColumn):
        audience.for_employee("reports", "secret_column")
    assert not audience.for_employee("notes", "body")  # no flag known: private
    assert not audience.for_employee("notes", "body", 1)
    assert audience.for_employee("notes", "body", 0)
    assert not audience.for_employee("conversations", "summary")
    assert audience.for_employee("conversations", "recap")
    assert audience.note_is_private("prep", False) and not audience.note_is_private("summary_employee", True)
    assert {f.column for f in audience.columns(Audience.PRIVATE)} >= {"summary", "manager_response", "note"}


def test_markers_use_words_and_the_first_name() -> None:
    assert audience.label(True, "Zoë") == "Only you"
    assert audience.label(False, "Zoë") == "Shared with Zoë"
    assert audience.first_name("Łukasz Żółć") == "Łukasz" and audience.first_name("张伟") == "张伟"


def test_migration_2_reads_existing_text_as_private(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from opd_desktop.services import conversations, notes, reports
    from opd_desktop.store import database, migrations

    first_only = migrations.MIGRATION_STEPS[:1]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATION_STEPS", first_only)
        patch.setattr(database, "SCHEMA_VERSION", 1)
        store = open_store(data_dir)
        stamp = "2026-01-01T10:00:00"
        store.execute(
            "INSERT INTO reports(name, created_at, updated_at) VALUES ('Zoë', ?, ?)", [stamp, stamp]
        )
        store.execute(
            "INSERT INTO conversations(report_id, number, summary, next_steps, created_at, updated_at) "
            "VALUES (1, 4, 'old summary', 'old next steps', ?, ?)",
            [stamp, stamp],
        )
        store.execute(
            "INSERT INTO notes(conversation_id, item_key, body, private, updated_at) "
            "VALUES (1, 'recognition', 'candid words', 0, ?), (1, 'summary_employee', 'kept shared', 0, ?)",
            [stamp, stamp],
        )
        store.conn.commit()
        store.close()
    store = open_store(data_dir)
    report = reports.find_report(store, "Zoë")
    fourth = conversations.series_conversation(store, report.id, 4)
    assert fourth.next_steps_private and fourth.recap == ""
    assert notes.get_note(store, fourth.id, "recognition").private
    assert not notes.get_note(store, fourth.id, "summary_employee").private
    fresh = conversations.series_conversation(store, report.id, 5)
    assert not fresh.next_steps_private  # next steps written from now on are shared
    store.close()


def test_every_guide_says_what_a_good_recap_contains() -> None:
    from opd_desktop.core.guides import default_guides

    for guide in default_guides().all():
        assert any("recap for the employee" in line for line in guide.wrap_up), guide.title
