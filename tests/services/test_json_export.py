"""The full JSON export: every table of the live schema, a round trip through
an empty data folder, and files from elsewhere refused with one clear message."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from opd_desktop.errors import OpdError
from opd_desktop.services import json_export, notes, reports
from opd_desktop.services.conversations import series_conversation
from opd_desktop.services.data_file import NewerFormatError
from opd_desktop.store.database import open_store
from opd_desktop.store.migrations import SCHEMA_VERSION
from tests.conftest import INTERNATIONAL_NAMES


def live_tables(conn: sqlite3.Connection) -> set[str]:
    """Every data table, read independently of the module under test."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = {n for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL")}
    return {
        n
        for n, _sql in rows
        if not n.startswith(("sqlite_", "_sqlite_"))
        and n not in virtual
        and not any(n.startswith(f"{v}_") for v in virtual)
    }


def live_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def without_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_every_table_and_column_of_the_live_schema_is_exported(demo_store) -> None:
    document = json_export.export_document(demo_store)
    assert set(document["tables"]) == live_tables(demo_store.conn)
    for table, rows in document["tables"].items():
        count = demo_store.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if table == "meta":
            assert len(rows) <= count
            continue
        assert len(rows) == count, table
        for row in rows:
            assert list(row) == live_columns(demo_store.conn, table)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["format"] == "opd-desktop-export" and document["format_version"] == 1


def test_round_trip_through_an_empty_folder(demo_store, tmp_path: Path) -> None:
    for name in INTERNATIONAL_NAMES:
        report = reports.add_report(demo_store, f"{name} (2)", "Инженер", "平台")
        first = series_conversation(demo_store, report.id, 1)
        notes.save_note(demo_store, first.id, "prep", f"Private prep about {name} ✓", private=True)
    first_file = json_export.export_json(demo_store, tmp_path / "everything.json").path
    assert stat.S_IMODE(first_file.stat().st_mode) == 0o600
    text = first_file.read_text(encoding="utf-8")
    assert "Łukasz Żółć" in text and "محمد الأحمد" in text and "张伟" in text  # readable, not escaped

    imported = json_export.import_json(tmp_path / "new", first_file)
    assert imported.counts["reports"] == len(reports.list_reports(demo_store, include_archived=True))
    again = open_store(tmp_path / "new")
    try:
        second = json_export.export_document(again)
        assert notes.search_notes(again, "Private prep")  # the full-text index is rebuilt too
    finally:
        again.close()
    first_document = json.loads(text)
    assert without_time(second) == without_time(first_document)


def test_import_refuses_a_folder_that_holds_data(demo_store, store, tmp_path: Path) -> None:
    reports.add_report(store, "Zoë Dvořák")
    exported = json_export.export_json(demo_store, tmp_path / "all.json").path
    with pytest.raises(OpdError, match="already holds data"):
        json_export.import_json(store.data_dir, exported)
    assert [r.name for r in reports.list_reports(store)] == ["Zoë Dvořák"]


def _document(demo_store) -> dict:
    return json_export.export_document(demo_store)


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (lambda d: d.update(format_version=2), NewerFormatError, "newer version"),
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), NewerFormatError, "newer version"),
        (lambda d: d.update(format="something-else"), OpdError, "not an OPD Desktop export"),
        (lambda d: d.update(tables={"people": []}), OpdError, "tables this version does not know"),
        (lambda d: d["tables"]["reports"][0].update(shoe_size=42), OpdError, "columns this version"),
        (lambda d: d["tables"]["reports"][0].update(name=""), OpdError, "row 1 of reports is refused"),
        (lambda d: d["tables"]["notes"][0].update(conversation_id=99999), OpdError, "inconsistent"),
    ],
)
def test_documents_this_version_cannot_import(demo_store, tmp_path: Path, change, error, message) -> None:
    document = _document(demo_store)
    change(document)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(error, match=message):
        json_export.import_json(tmp_path / "new", path)
    if (tmp_path / "new" / "opd.db").exists():
        empty = open_store(tmp_path / "new")
        assert reports.list_reports(empty, include_archived=True) == []
        empty.close()


def test_a_newer_format_has_the_newer_version_exit_code() -> None:
    assert NewerFormatError("x").exit_code == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b'{"name": "some other program", "items": [1, 2, 3]}', "not an OPD Desktop export"),
        (b"[1, 2, 3]", "not an OPD Desktop export"),
        (b"%PDF-1.7 not json", "JSON is broken"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_files_from_elsewhere_get_one_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(OpdError, match=message):
        json_export.import_json(tmp_path / "new", path)


def test_a_truncated_export_is_called_cut_short(demo_store, tmp_path: Path) -> None:
    whole = json_export.export_json(demo_store, tmp_path / "all.json").path.read_bytes()
    for length in (len(whole) // 3, len(whole) - 5):
        cut = tmp_path / "cut.json"
        cut.write_bytes(whole[:length])
        with pytest.raises(OpdError, match="cut short"):
            json_export.import_json(tmp_path / "new", cut)


@pytest.mark.skipif(SCHEMA_VERSION < 2, reason="needs a schema older than this version's")
def test_an_export_from_an_older_schema_is_migrated_on_import(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from opd_desktop.store.database import Store
    from opd_desktop.store.migrations import MIGRATION_STEPS, build_migrations

    old = sqlite3.connect(":memory:", isolation_level=None)
    build_migrations().apply(Database(old), stop_before=MIGRATION_STEPS[1][0])
    stamp = "2026-01-05T09:00:00+00:00"
    old.execute(
        "INSERT INTO reports(id, name, created_at, updated_at) VALUES (1, 'Łukasz Żółć', ?, ?)",
        [stamp, stamp],
    )
    old.execute(
        "INSERT INTO conversations(report_id, number, created_at, updated_at) VALUES (1, 1, ?, ?)",
        [stamp, stamp],
    )
    old.execute(
        "INSERT INTO notes(conversation_id, item_key, body, updated_at) VALUES (1, 'prep', 'Zoë', ?)", [stamp]
    )
    document = json_export.export_document(Store(old, tmp_path / "old.db"))
    assert document["schema_version"] == 1
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    json_export.import_json(tmp_path / "new", path)
    store = open_store(tmp_path / "new")
    try:
        assert [r.name for r in reports.list_reports(store)] == ["Łukasz Żółć"]
        assert store.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()
