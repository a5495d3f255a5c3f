"""The store on a bad day: a full disk, a read-only disk, a -wal from another
database, damage that only the full check finds, leftovers of a killed restore."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from opd_desktop.errors import OpdError
from opd_desktop.services import reports
from opd_desktop.store.database import open_store
from opd_desktop.store.errors import (
    DamagedDatabaseError,
    DiskFullError,
    ForeignSideFileError,
    NoPermissionError,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "512k"):
    """A real, small tmpfs (CI runs as root); skipped where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({result.stderr.strip() or 'not permitted'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> None:
    """Write until the disk refuses."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_new_data_folder_on_a_full_disk_says_so_and_leaves_no_database(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        (disk / "data").mkdir()
        fill(disk)
        with pytest.raises(DiskFullError) as caught:
            open_store(disk / "data")
        message = str(caught.value)
        assert message.startswith("The disk is full") and "nothing was changed" in message
        assert "damaged" not in message and "\n" not in message
        assert list((disk / "data").iterdir()) == []  # never a 0-byte opd.db


def test_a_write_on_a_full_disk_is_rolled_back_with_a_plain_message(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        store = open_store(disk / "data")
        reports.add_report(store, "Zoë Before")
        fill(disk)
        with pytest.raises(DiskFullError, match="nothing was changed"):
            for number in range(500):
                reports.add_report(store, f"Person {number} " + "x" * 150)
        (disk / "filler").unlink()
        names = {r.name for r in reports.list_reports(store)}
        assert "Zoë Before" in names
        store.close()
        reopened = open_store(disk / "data")  # still opens: nothing half-written
        assert {r.name for r in reports.list_reports(reopened)} == names
        reopened.close()


def test_a_read_only_disk_gets_the_permission_message(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        store = open_store(disk / "data")
        reports.add_report(store, "Łukasz Żółć")
        store.close()
        remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        with pytest.raises(OpdError) as caught:  # the folder or the file: both say it plainly
            open_store(disk / "data")
        assert str(caught.value).startswith("Permission denied") and "damaged" not in str(caught.value)


def test_permission_errors_are_told_apart_from_damage(tmp_path: Path) -> None:
    """Root (CI) is never refused by permissions, so the mapping is checked on
    the errors the operating system and SQLite raise."""
    from opd_desktop.store.inspection import environment_error

    target = tmp_path / "opd.db"
    for error in (
        PermissionError(13, "Permission denied"),
        sqlite3.OperationalError("attempt to write a readonly database"),
    ):
        found = environment_error(error, target)
        assert isinstance(found, NoPermissionError) and str(found).startswith("Permission denied")
    assert isinstance(environment_error(OSError(28, "No space left on device"), target), DiskFullError)
    assert environment_error(sqlite3.DatabaseError("file is not a database"), target) is None


def _crash_copy(source: Path, target: Path) -> None:
    """The files of an open database as a crash would leave them (WAL frames not checkpointed)."""
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{source}{suffix}", target / f"opd.db{suffix}")


def _other_database_wal(tmp_path: Path) -> Path:
    other = open_store(tmp_path / "other")
    for number in range(40):
        reports.add_report(other, f"Other person {number}", "Role " * 30)
    _crash_copy(other.path, tmp_path / "other-crashed")
    other.close()
    wal = tmp_path / "other-crashed" / "opd.db-wal"
    assert wal.stat().st_size > 0
    return wal


def test_a_wal_of_another_database_is_named_in_one_line_and_nothing_changes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    reports.add_report(store, "Дмитрий Иванов")
    store.close()
    shutil.copyfile(_other_database_wal(tmp_path), data_dir / "opd.db-wal")
    before = {p.name: _digest(p) for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(ForeignSideFileError) as caught:
        open_store(data_dir)
    message = str(caught.value)
    assert "\n" not in message and f"{data_dir / 'opd.db'}-wal" in message
    assert "Move opd.db-wal" in message and "does not belong" in message
    assert {p.name: _digest(p) for p in data_dir.iterdir() if p.is_file()} == before
    (data_dir / "opd.db-wal").unlink()
    Path(f"{data_dir / 'opd.db'}-shm").unlink(missing_ok=True)
    reopened = open_store(data_dir)  # moved aside: the database opens as it was
    assert [r.name for r in reports.list_reports(reopened)] == ["Дмитрий Иванов"]
    reopened.close()


def test_a_crash_wal_of_the_database_itself_is_replayed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "live")
    reports.add_report(store, "Şükrü Öz")
    _crash_copy(store.path, tmp_path / "crashed")
    store.close()
    reopened = open_store(tmp_path / "crashed")
    assert [r.name for r in reports.list_reports(reopened)] == ["Şükrü Öz"]
    reopened.close()


def _table_pages(path: Path, page_type: int, marker: bytes) -> list[int]:
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    return [
        start
        for start in range(page, len(data), page)
        if data[start] == page_type and marker in data[start : start + page]
    ]


def test_damage_only_in_a_tables_data_pages_is_refused_at_start(data_dir: Path) -> None:
    store = open_store(data_dir)
    for number in range(300):
        reports.add_report(store, f"Person {number}", "Role " * 20)
    store.close()
    path = data_dir / "opd.db"
    leaves = _table_pages(path, 0x0D, b"Person 150")  # a leaf page of the reports table
    assert leaves
    data = bytearray(path.read_bytes())
    start = leaves[0]
    # the cell pointer array now points inside the page header: the page is garbage
    data[start + 8 : start + 10] = b"\x00\x01"
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_store(data_dir)
    assert _digest(path) == before


def _drop_index_entries(path: Path) -> None:
    """Add a row that an index does not know about: the damage quick_check
    misses and integrity_check reports ("row … missing from index")."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql, root = conn.execute(
        "SELECT sql, rootpage FROM sqlite_master WHERE name = 'conversations_report'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'conversations_report'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(conversations)") if r[1] not in ("id", "number")]
    listed = ", ".join(columns)
    conn.execute(
        f"INSERT INTO conversations(number, {listed}) SELECT NULL, {listed} FROM conversations LIMIT 1"
    )
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) "
        "VALUES ('index', 'conversations_report', 'conversations', ?, ?)",
        [root, sql],
    )
    conn.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    check.close()


def test_a_missing_index_entry_is_refused_at_start(data_dir: Path) -> None:
    """Start-up protects against index damage too: it runs the full integrity check."""
    store = open_store(data_dir)
    reports.add_report(store, "Zoë Dvořák")
    store.close()
    _drop_index_entries(data_dir / "opd.db")
    before = _digest(data_dir / "opd.db")
    with pytest.raises(DamagedDatabaseError, match="missing from index"):
        open_store(data_dir)
    assert _digest(data_dir / "opd.db") == before


def test_secure_delete_is_on_and_deleted_text_is_gone_from_the_file(data_dir: Path) -> None:
    from opd_desktop.services import conversations, notes

    store = open_store(data_dir)
    assert store.execute("PRAGMA secure_delete").fetchone()[0] == 1
    report = reports.add_report(store, "Zoë Secure")
    conversation = conversations.series_conversation(store, report.id, 1).id
    notes.save_note(store, conversation, "opening", "WIPE-ME-" * 40)
    notes.save_note(store, conversation, "opening", "replaced")
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    assert b"WIPE-ME-" not in (data_dir / "opd.db").read_bytes()


def test_leftovers_of_an_interrupted_restore_are_removed_at_the_next_start(data_dir: Path) -> None:
    open_store(data_dir).close()
    restoring = data_dir / ".opd.db.restoring"
    restoring.write_bytes(b"plaintext copy of a database")
    (data_dir / "pre-restore").mkdir()
    partial = data_dir / "pre-restore" / "opd-20260101-120000.db.part"
    partial.write_bytes(b"half a copy")
    finished = data_dir / "pre-restore" / "opd-20250101-120000.db"
    finished.write_bytes(b"a finished copy is kept")
    open_store(data_dir).close()
    assert not restoring.exists() and not partial.exists()
    assert finished.read_bytes() == b"a finished copy is kept"


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(store, tmp_path: Path) -> None:
    from opd_desktop.errors import OpdError
    from opd_desktop.services.backup.backups import create_backup

    for number in range(30):
        reports.add_report(store, f"Person {number}", "Role " * 30)
    with small_disk(tmp_path / "disk", "64k") as disk:
        fill(disk)
        with pytest.raises(OpdError) as caught:
            create_backup(store, disk, "correct horse battery staple")
        assert str(caught.value).startswith("The disk is full") and "nothing was changed" in str(caught.value)
        assert [p.name for p in disk.iterdir()] == ["filler"]
