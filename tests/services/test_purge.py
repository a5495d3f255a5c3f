"""Purging a report: every row and the index gone, their words absent from the
bytes of opd.db and opd.db-wal, the copies beside the database cleaned, and
the backups that still hold them listed with their removal dates."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import notes, purge, reports
from opd_desktop.services.backup import schedule
from opd_desktop.services.backup.backups import PRE_RESTORE_DIR, SUFFIX
from opd_desktop.services.conversations import series_conversation
from opd_desktop.services.schema_map import owned_row_ids, read_schema
from opd_desktop.store.database import MIGRATION_COPIES_DIR, copy_database
from tests.conftest import INTERNATIONAL_NAMES

MARKER = "PURGE-MARKER-qx7Żółć93"
NAME = "Дмитрий Соколов"


def database_bytes(store) -> bytes:
    path = store.path
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def add_marker(store, report_id: int) -> None:
    first = series_conversation(store, report_id, 1)
    notes.save_note(store, first.id, "prep", f"{MARKER} private prep", private=True)
    notes.save_note(store, first.id, "aspirations", f"{MARKER} shared words")


def test_purge_removes_every_row_and_their_words_from_the_files(demo_store) -> None:
    dmitry = reports.find_report(demo_store, NAME)
    add_marker(demo_store, dmitry.id)
    others_before = {
        r.id: owned_row_ids(demo_store.conn, read_schema(demo_store.conn), r.id)
        for r in reports.list_reports(demo_store, include_archived=True)
        if r.id != dmitry.id
    }
    assert MARKER.encode() in database_bytes(demo_store)
    assert NAME.encode() in database_bytes(demo_store)

    result = purge.purge_report(demo_store, dmitry.id, NAME)

    assert result.rows["reports"] == 1 and result.rows["conversations"] == 7 and result.rows["notes"] > 2
    schema = read_schema(demo_store.conn)
    assert all(
        not ids for ids in owned_row_ids(demo_store.conn, schema, dmitry.id).values() if ids != [dmitry.id]
    )
    with pytest.raises(NotFoundError):
        reports.get_report(demo_store, dmitry.id)
    assert notes.search_notes(demo_store, MARKER.split("-")[0]) == []
    content = database_bytes(demo_store)
    for word in (MARKER, NAME, "Дмитрий", "Соколов"):
        assert word.encode("utf-8") not in content, word
    assert result.wal_left_bytes == 0
    wal = Path(f"{demo_store.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert demo_store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # everybody else is untouched
    for report_id, before in others_before.items():
        assert owned_row_ids(demo_store.conn, schema, report_id) == before


@pytest.mark.parametrize("name", INTERNATIONAL_NAMES)
def test_purge_works_for_every_script(store, name: str) -> None:
    keep = reports.add_report(store, "Zoë Keeps")
    report = reports.add_report(store, name, "Role", "Team")
    add_marker(store, report.id)
    purge.purge_report(store, report.id, f"  {name}  ")
    content = database_bytes(store)
    assert name.encode() not in content and MARKER.encode() not in content
    assert [r.id for r in reports.list_reports(store)] == [keep.id]


def test_the_name_must_be_typed_to_confirm(demo_store) -> None:
    zhang = reports.find_report(demo_store, "张伟")
    with pytest.raises(ValidationError, match="does not match"):
        purge.purge_report(demo_store, zhang.id, "张")
    assert reports.get_report(demo_store, zhang.id).name == "张伟"


def test_an_unknown_report_is_refused(demo_store) -> None:
    with pytest.raises(NotFoundError):
        purge.purge_report(demo_store, 9999, "Nobody")


def test_copies_beside_the_database_are_cleaned_or_removed(demo_store) -> None:
    dmitry = reports.find_report(demo_store, NAME)
    add_marker(demo_store, dmitry.id)
    folder = demo_store.data_dir
    (folder / MIGRATION_COPIES_DIR).mkdir()
    (folder / PRE_RESTORE_DIR).mkdir()
    shared_copy = copy_database(demo_store.conn, folder / MIGRATION_COPIES_DIR / "opd-schema1-20260101.db")
    lone = sqlite3.connect(":memory:")
    demo_store.conn.backup(lone)
    others = [r for r in lone.execute("SELECT id FROM reports WHERE name != ?", [NAME])]
    lone.execute("PRAGMA foreign_keys = ON")
    lone.executemany("DELETE FROM reports WHERE id = ?", others)
    lone.commit()
    lone_copy = copy_database(lone, folder / PRE_RESTORE_DIR / "opd-20260102-101010.db")
    lone.close()
    leftover = copy_database(demo_store.conn, folder / ".opd.db.restoring")
    unrelated = copy_database(demo_store.conn, folder / PRE_RESTORE_DIR / "opd-20250101-000000.db")
    drop = sqlite3.connect(unrelated)
    drop.execute("PRAGMA foreign_keys = ON")
    drop.execute("DELETE FROM reports WHERE name = ?", [NAME])
    drop.commit()
    drop.close()

    result = purge.purge_report(demo_store, dmitry.id, NAME)

    actions = {c.path.name: c.action for c in result.copies}
    assert actions == {
        shared_copy.name: "cleaned",
        lone_copy.name: "removed",
        leftover.name: "removed",
    }
    assert not lone_copy.exists() and not leftover.exists() and unrelated.exists()
    data = shared_copy.read_bytes()
    assert MARKER.encode() not in data and NAME.encode() not in data
    cleaned = sqlite3.connect(shared_copy)
    assert cleaned.execute("SELECT count(*) FROM reports").fetchone()[0] == 6
    cleaned.close()


def test_backups_made_while_they_were_on_the_team_are_listed(demo_store, memory_keyring) -> None:
    zhang = reports.find_report(demo_store, "张伟")
    added = demo_store.execute("SELECT created_at FROM reports WHERE id = ?", [zhang.id]).fetchone()[0]
    added_at = dt.datetime.fromisoformat(added)
    folder = schedule.settings(demo_store).folder
    folder.mkdir(parents=True)
    real = schedule.run_backup(demo_store, "a long enough passphrase").path
    before = added_at - dt.timedelta(days=3)
    during = added_at + dt.timedelta(days=2)
    for moment in (before, during):
        (folder / f"opd-backup-{moment.strftime('%Y%m%d-%H%M%S')}{SUFFIX}").write_bytes(b"encrypted")

    result = purge.purge_report(demo_store, zhang.id, "张伟")

    listed = [h.path.name for h in result.backups]
    assert listed == [f"opd-backup-{during.strftime('%Y%m%d-%H%M%S')}{SUFFIX}", real.name]
    assert all(h.removed_on is not None for h in result.backups)
    assert "retention removes it around" in result.backups[0].describe()
    assert purge.delete_backups([h.path for h in result.backups]) == [h.path for h in result.backups]
    assert [p.name for p in folder.iterdir()] == [f"opd-backup-{before.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"]


def test_with_automatic_backups_off_retention_never_removes_them(demo_store) -> None:
    zoe = reports.find_report(demo_store, "Zoë")
    folder = demo_store.data_dir / "backups"
    schedule.save_settings(demo_store, folder, daily=False, on_quit=False)
    (folder / f"opd-backup-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}{SUFFIX}").write_bytes(b"x")
    result = purge.purge_report(demo_store, zoe.id, zoe.name)
    assert [h.removed_on for h in result.backups] == [None]
    assert "stays until you delete it" in result.backups[0].describe()


def test_retention_dates_follow_the_daily_weekly_monthly_rule() -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    times = [now - dt.timedelta(days=d) for d in (0, 1, 10, 40, 200)]
    removal = purge.removal_dates(times, now)
    assert removal[now - dt.timedelta(days=1)] < removal[now]
    for moment, gone in removal.items():
        assert gone is not None and moment.date() < gone <= (moment + dt.timedelta(days=500)).date()


def test_suggestion_setting_is_off_by_default(demo_store) -> None:
    assert purge.suggest_after_months(demo_store) == 0
    zoe = reports.find_report(demo_store, "Zoë")
    reports.archive_report(demo_store, zoe.id)
    demo_store.execute(
        "UPDATE reports SET archived_at = ? WHERE id = ?",
        [(dt.datetime.now(dt.UTC) - dt.timedelta(days=200)).isoformat(), zoe.id],
    )
    assert purge.suggestions(demo_store) == []
    purge.set_suggest_after_months(demo_store, 6)
    assert [s[0] for s in purge.suggestions(demo_store)] == [zoe.name]
    purge.set_suggest_after_months(demo_store, 12)
    assert purge.suggestions(demo_store) == []
    with pytest.raises(ValidationError):
        purge.set_suggest_after_months(demo_store, -1)
