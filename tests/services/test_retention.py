"""Retention only prunes what it made: this data folder's automatic backups.
Two data folders share one backup folder; a manual backup sits beside them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from opd_desktop.services import reports
from opd_desktop.services.backup import schedule
from opd_desktop.services.backup.backups import create_backup, read_backup, restore
from opd_desktop.store.database import open_store

SECRET = "correct horse battery staple"


@pytest.fixture
def two_folders(tmp_path: Path):
    shared = tmp_path / "shared-backups"
    stores = []
    for name in ("first", "second"):
        store = open_store(tmp_path / name)
        reports.add_report(store, f"Zoë of {name}")
        schedule.save_settings(store, shared, daily=True, on_quit=True)
        stores.append(store)
    yield shared, stores
    for store in stores:
        store.close()


def _history(store, days: int) -> list[Path]:
    """A real automatic backup of `store`, copied under the names it would have
    had on each of the last `days` days (encrypting 40 real ones would be slow)."""
    made = schedule.run_backup(store, SECRET).path
    key = schedule.backup_folder_id(made)
    copies = []
    for age in range(days, 0, -1):
        moment = dt.datetime.now() - dt.timedelta(days=age)
        copy = made.with_name(schedule.automatic_name(key, moment))
        copy.write_bytes(made.read_bytes())
        copies.append(copy)
    made.unlink()
    return copies


def test_automatic_backups_carry_the_folder_id_in_name_and_manifest(two_folders) -> None:
    shared, (first, second) = two_folders
    info = schedule.run_backup(first, SECRET)
    key = schedule.folder_id(first)
    assert len(key) == 16 and key != schedule.folder_id(second)
    assert info.path.name.startswith(f"opd-backup-{key}-")
    manifest, _image = read_backup(info.path, SECRET)
    assert manifest.folder_id == key and manifest.kind == "automatic"
    manual = create_backup(first, shared, SECRET)
    manifest, _image = read_backup(manual.path, SECRET)
    assert manifest.kind == "manual" and manifest.folder_id == key
    assert schedule.backup_folder_id(manual.path) is None  # no id in its name: never pruned


def test_two_folders_and_a_manual_backup_in_one_backup_folder(two_folders) -> None:
    shared, (first, second) = two_folders
    # Each folder has 40 days of automatic backups; plus a manual one and an unrelated file.
    old = {store: _history(store, 40) for store in (first, second)}
    manual = create_backup(first, shared, SECRET).path
    unrelated = shared / "notes-for-me.txt"
    unrelated.write_text("not a backup")
    before_second = set(old[second])

    schedule.run_backup(first, SECRET)  # prunes the first folder's own old backups only

    remaining = set(shared.iterdir())
    assert manual in remaining and unrelated in remaining
    assert before_second <= remaining, "the other folder's backups are never deleted"
    first_kept = [p for p in remaining if schedule.backup_folder_id(p) == schedule.folder_id(first)]
    assert len(first_kept) < 41 and any(p not in remaining for p in old[first])
    assert len(first_kept) <= schedule.KEEP_DAILY + schedule.KEEP_WEEKLY + schedule.KEEP_MONTHLY

    schedule.run_backup(second, SECRET)
    remaining = set(shared.iterdir())
    assert manual in remaining and unrelated in remaining
    assert set(first_kept) <= remaining, "and the second folder leaves the first folder's alone"


def test_a_manual_backup_made_the_same_day_survives_the_next_automatic_one(two_folders) -> None:
    shared, (first, _second) = two_folders
    manual = create_backup(first, shared, SECRET).path  # opd backup -o <backup folder>
    for _ in range(3):
        schedule.run_backup(first, SECRET)
    assert manual.exists()


def test_old_style_names_and_symlinks_are_left_alone(tmp_path: Path) -> None:
    key = "0123456789abcdef"
    start = dt.datetime(2026, 1, 1, 9, 0)
    legacy = [
        tmp_path / f"opd-backup-{start - dt.timedelta(days=d):%Y%m%d-%H%M%S}.opdbackup" for d in range(30)
    ]
    for path in legacy:
        path.write_bytes(b"x")
    target = tmp_path / "elsewhere.bin"
    target.write_bytes(b"y")
    link = tmp_path / schedule.automatic_name(key, start - dt.timedelta(days=400))
    os.symlink(target, link)
    for day in range(30):
        (tmp_path / schedule.automatic_name(key, start - dt.timedelta(days=day))).write_bytes(b"x")
    removed = schedule.prune(tmp_path, key)
    assert removed and all(schedule.backup_folder_id(p) == key for p in removed)
    assert all(p.exists() for p in legacy) and link.is_symlink() and target.exists()
    assert schedule.prune(tmp_path, "") == []


def test_a_restored_backup_keeps_this_folders_id(two_folders) -> None:
    _shared, (first, second) = two_folders
    first_key, second_key = schedule.folder_id(first), schedule.folder_id(second)
    from_second = schedule.run_backup(second, SECRET).path
    data_dir = first.data_dir
    first.close()
    restore(data_dir, from_second, SECRET)
    reopened = open_store(data_dir)
    try:
        assert {r.name for r in reports.list_reports(reopened)} == {"Zoë of second"}
        assert schedule.folder_id(reopened) == first_key != second_key
    finally:
        reopened.close()
    two_folders_stores = two_folders[1]
    two_folders_stores[0] = open_store(data_dir)  # so the fixture closes an open store
