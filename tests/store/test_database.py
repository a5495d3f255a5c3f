"""The store on real files: creation, permissions, pragmas, migrations and
refusals that leave a file untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from opd_desktop.store import database, migrations
from opd_desktop.store.database import open_store
from opd_desktop.store.errors import DamagedDatabaseError, NewerSchemaError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_is_private_and_configured(data_dir: Path) -> None:
    store = open_store(data_dir)
    assert _mode(data_dir) == 0o700
    assert _mode(store.path) == 0o600
    for suffix in ("-wal", "-shm"):
        extra = Path(str(store.path) + suffix)
        if extra.exists():
            assert _mode(extra) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    store.close()


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    # Until issue 11 an existing folder was tightened to 0700; the app now never
    # re-permissions a folder it did not create (it warns instead, see test_permissions).
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_store(folder).close()
    assert _mode(folder) == 0o755
    assert _mode(folder / "opd.db") == 0o600  # what the app creates is private from birth


def test_the_whole_domain_has_tables(store) -> None:
    expected = {
        "reports",
        "conversations",
        "notes",
        "search_index",
        "action_items",
        "ideas",
        "leadership_feedback",
        "profile_entries",
        "organization",
        "department",
        "plans",
        "plan_goals",
        "plan_actions",
        "metric_definitions",
        "metric_values",
        "meta",
    }
    assert expected <= set(store.db.table_names())


def test_migrations_applied_twice_change_nothing(data_dir: Path) -> None:
    open_store(data_dir).close()
    path = data_dir / "opd.db"
    schema = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    store = open_store(data_dir)
    migrations.build_migrations().apply(store.db)
    assert store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert (
        store.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == migrations.SCHEMA_VERSION
    )
    store.close()


def test_a_file_from_a_newer_version_is_refused_and_untouched(data_dir: Path) -> None:
    open_store(data_dir).close()
    path = data_dir / "opd.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="newer version of OPD Desktop"):
        open_store(data_dir)
    assert _digest(path) == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "page"])
def test_a_damaged_file_is_reported_and_untouched(data_dir: Path, damage: str) -> None:
    from opd_desktop.services.reports import add_report

    store = open_store(data_dir)
    for i in range(200):
        add_report(store, f"Person {i}", "Role " * 20)
    store.close()
    path = data_dir / "opd.db"
    data = bytearray(path.read_bytes())
    if damage == "garbage":
        data = bytearray(b"this is not a database at all" * 200)
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:
        page = 4096
        for number in range(5, len(data) // page - 1):
            for offset in range(number * page, number * page + 64):
                data[offset] = 0xFF
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(data_dir)
    assert "has not been changed" in str(caught.value)
    assert "backup" in str(caught.value)
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_an_sqlite_file_of_another_program_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "opd.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError, match="another program"):
        open_store(data_dir)
    assert _digest(path) == before


def test_the_file_is_copied_before_a_migration(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from opd_desktop.services.reports import add_report, list_reports

    store = open_store(data_dir)
    add_report(store, "Zoë Before")
    store.close()

    def add_column(db) -> None:
        db.execute("ALTER TABLE reports ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(
        migrations, "MIGRATION_STEPS", [*migrations.MIGRATION_STEPS, ("m999_pronouns", add_column)]
    )
    monkeypatch.setattr(database, "SCHEMA_VERSION", current + 1)
    store = open_store(data_dir)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert "pronouns" in store.db["reports"].columns_dict
    store.close()
    copies = list((data_dir / "pre-migration").glob(f"opd-schema{current}-*.db"))
    assert len(copies) == 1 and _mode(copies[0]) == 0o600
    copy = open_store(copies[0].parent)  # opens as schema 1 → migrated copy, proves it is whole
    copy.close()
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT name FROM reports").fetchall() == [("Zoë Before",)]
    old.close()
    store = open_store(data_dir)
    assert [r.name for r in list_reports(store)] == ["Zoë Before"]
    store.close()


def test_a_failing_migration_rolls_back_completely(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(data_dir).close()

    def broken(db) -> None:
        db.execute("ALTER TABLE reports ADD COLUMN half TEXT")
        raise RuntimeError("boom")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATION_STEPS", [*migrations.MIGRATION_STEPS, ("m999_broken", broken)])
    monkeypatch.setattr(database, "SCHEMA_VERSION", current + 1)
    with pytest.raises(RuntimeError):
        open_store(data_dir)
    conn = sqlite3.connect(data_dir / "opd.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert "half" not in [r[1] for r in conn.execute("PRAGMA table_info(reports)")]
    conn.close()


def test_write_notifies_listeners_after_commit_only(store) -> None:
    heard: list[frozenset[str]] = []
    store.subscribe(heard.append)
    with store.write("reports"), store.write("notes"):
        pass
    assert heard == [frozenset({"reports", "notes"})]
    with pytest.raises(ZeroDivisionError), store.write("ideas"):
        raise ZeroDivisionError
    assert len(heard) == 1


def test_an_unwritable_folder_gets_a_clear_message(tmp_path: Path) -> None:
    from opd_desktop.errors import DataDirError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="Choose a folder you can write to"):
        open_store(blocker / "data")
