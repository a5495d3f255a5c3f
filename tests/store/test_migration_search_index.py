"""Migration 6 on a database with data: the old notes index goes, the one
search index keeps its entries with shorter prefixes, and every search
(notes included) reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from opd_desktop.services import checks, conversations, notes, reports
from opd_desktop.services.search import search
from opd_desktop.store import database, migrations, search_index_sql


def _schema(store) -> dict[str, str]:
    return {name: sql or "" for name, sql in store.execute("SELECT name, sql FROM sqlite_master")}


def test_the_old_notes_index_goes_and_the_search_index_stays_whole(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    position = [name for name, _step in migrations.MIGRATION_STEPS].index("m006_one_search_index")
    monkeypatch.setattr(migrations, "MIGRATION_STEPS", migrations.MIGRATION_STEPS[:position])
    monkeypatch.setattr(database, "SCHEMA_VERSION", position)
    old = database.open_store(data_dir)
    report = reports.add_report(old, "Łukasz Żółć")
    first = conversations.series_conversation(old, report.id, 1)
    notes.save_note(old, first.id, "opening", "Zoë asked about the Łódź migration plan")
    assert "notes_fts" in _schema(old) and "prefix='1 2 3 4 5 6 7 8'" in _schema(old)["search_index"]
    old.close()
    monkeypatch.undo()

    store = database.open_store(data_dir)
    try:
        schema = _schema(store)
        assert not [name for name in schema if name.startswith("notes_fts")]
        assert not {"notes_ai", "notes_ad", "notes_au"} & set(schema)
        assert f"prefix='{search_index_sql.SEARCH_INDEX_PREFIXES}'" in schema["search_index"]
        assert [h.person for h in search(store, "lodz migr")] == ["Łukasz Żółć"]
        assert [n.body for _r, n in notes.search_notes(store, "ZOE")] == [
            "Zoë asked about the Łódź migration plan"
        ]
        # later writes reach the index through migration 4's triggers
        notes.save_note(store, first.id, "opening", "Nothing about that any more")
        assert notes.search_notes(store, "lodz") == [] and search(store, "lodz") == []
        assert checks.check_store(store).search_index_problem is None
    finally:
        store.close()


def test_search_notes_finds_accents_and_prefixes_and_survives_hostile_text(store) -> None:
    report = reports.add_report(store, "Şükrü")
    first = conversations.series_conversation(store, report.id, 1)
    notes.save_note(store, first.id, "opening", "Łukasz will mentor the onboarding")
    assert [r for r, _n in notes.search_notes(store, "lukasz onboard")] == [report.id]
    for hostile in ('"', "AND OR", "*", "NEAR(", "a:b", "   "):
        assert notes.search_notes(store, hostile) == []
