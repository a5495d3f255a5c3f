"""Backups with real encryption on real files."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import struct
from pathlib import Path

import pytest

from opd_desktop.errors import OpdError
from opd_desktop.services import notes, reports
from opd_desktop.services.backup import file_format, passphrase, schedule
from opd_desktop.services.backup.backups import create_backup, read_backup, restore, verify_backup
from opd_desktop.services.backup.errors import (
    BackupError,
    DamagedBackupError,
    NewerBackupError,
    WrongPassphraseError,
)
from opd_desktop.store.database import open_store
from tests.conftest import INTERNATIONAL_NAMES

SECRET = "correct horse battery staple"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "backup-format1.opdbackup"
FIXTURE_SECRET = "opd fixture passphrase"


def _dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'notes_fts%' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    dump = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables if t != "meta"}
    conn.close()
    return dump


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch):
    """The real Argon2id, remembered per (passphrase, header) so that thousands of
    damaged variants of one file do not each pay for the KDF."""
    real = file_format.derive_key

    @functools.cache
    def remembered(secret: str, time_cost: int, memory: int, lanes: int, salt: bytes) -> bytes:
        return real(secret, file_format.Header(time_cost, memory, lanes, salt, b"\0" * 7, 4096))

    monkeypatch.setattr(
        file_format,
        "derive_key",
        lambda secret, h: remembered(secret, h.time_cost, h.memory_kib, h.lanes, h.salt),
    )


def test_round_trip_into_a_fresh_data_dir_gives_identical_data(demo_store, tmp_path: Path) -> None:
    for name in INTERNATIONAL_NAMES:
        report = reports.add_report(demo_store, name + " B")
        notes.save_note(
            demo_store, _first_conversation(demo_store, report.id), "opening", f"Notes for {name}: ✓"
        )
    info = create_backup(demo_store, tmp_path, SECRET)
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    assert info.manifest.counts["reports"] == 7 + len(INTERNATIONAL_NAMES)
    fresh = tmp_path / "elsewhere"
    result = restore(fresh, info.path, SECRET)
    assert result.pre_restore_copy is None
    assert _dump(fresh / "opd.db") == _dump(demo_store.path)
    reopened = open_store(fresh)
    assert {r.name for r in reports.list_reports(reopened)} >= {n + " B" for n in INTERNATIONAL_NAMES}
    reopened.close()


def _first_conversation(store, report_id: int) -> int:
    from opd_desktop.services import conversations

    return conversations.series_conversation(store, report_id, 1).id


def test_no_plaintext_reaches_the_backup_file(store, tmp_path: Path) -> None:
    report = reports.add_report(store, "Zoë Plaintextcheck")
    notes.save_note(store, _first_conversation(store, report.id), "opening", "SECRET-NOTE-TEXT")
    info = create_backup(store, tmp_path, SECRET)
    raw = info.path.read_bytes()
    assert b"SECRET-NOTE-TEXT" not in raw and b"Plaintextcheck" not in raw and b"SQLite format" not in raw
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [info.path.name]


def test_wrong_passphrase_is_told_apart(store, tmp_path: Path) -> None:
    info = create_backup(store, tmp_path, SECRET)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        verify_backup(info.path, "not the passphrase")


def _small_backup(chunk: int = 4096, size: int = 10_000) -> bytes:
    return file_format.encrypt(os.urandom(size), SECRET, chunk)


def test_every_single_byte_change_reads_as_damage_never_as_a_wrong_passphrase(fast_kdf) -> None:
    data = _small_backup()
    assert len(data) < 11_000
    for position in range(len(data)):
        for flip in (0x01, 0xFF):
            damaged = bytearray(data)
            damaged[position] ^= flip
            with pytest.raises(DamagedBackupError):
                file_format.decrypt(bytes(damaged), SECRET)


def _chunk_offsets(data: bytes) -> list[int]:
    offsets, offset = [], file_format.PREAMBLE_BYTES
    while offset < len(data):
        offsets.append(offset)
        offset += 4 + struct.unpack(">I", data[offset : offset + 4])[0]
    return offsets


def test_truncation_appending_and_swapping_chunks_are_refused(fast_kdf) -> None:
    data = _small_backup()
    offsets = _chunk_offsets(data)
    assert len(offsets) == 3
    for boundary in [*offsets[1:], len(data)]:
        for cut in (boundary - 1, boundary, boundary + 1, boundary + 4):
            if 0 < cut < len(data):
                with pytest.raises(DamagedBackupError):
                    file_format.decrypt(data[:cut], SECRET)
    for extra in (b"\0", b"x" * 20, data[offsets[1] : offsets[2]]):
        with pytest.raises(DamagedBackupError):
            file_format.decrypt(data + extra, SECRET)
    first, second = data[offsets[0] : offsets[1]], data[offsets[1] : offsets[2]]
    swapped = data[: offsets[0]] + second + first + data[offsets[2] :]
    with pytest.raises(DamagedBackupError):
        file_format.decrypt(swapped, SECRET)
    other = _small_backup()  # a chunk spliced in from another backup
    spliced = (
        data[: offsets[1]] + other[_chunk_offsets(other)[1] : _chunk_offsets(other)[2]] + data[offsets[2] :]
    )
    with pytest.raises(DamagedBackupError):
        file_format.decrypt(spliced, SECRET)
    assert file_format.decrypt(data, SECRET)  # the original is fine


def _forged(**changes) -> bytes:
    header = file_format.new_header(4096)
    header = file_format.Header(**{**header.__dict__, **changes, "key_check": b"\0" * 32})
    return header.to_bytes() + b"\0" * 64


def test_a_hostile_header_is_refused_before_the_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_kdf(*_args):
        raise AssertionError("the KDF must not run for a hostile header")

    monkeypatch.setattr(file_format, "derive_key", no_kdf)
    for changes in (
        {"memory_kib": 1 << 31},
        {"time_cost": 10_000},
        {"lanes": 255},
        {"chunk_size": 1 << 31},
        {"memory_kib": 1024},
        {"time_cost": 1},
    ):
        with pytest.raises(DamagedBackupError, match="outside"):
            file_format.decrypt(_forged(**changes), SECRET)


def test_other_files_and_newer_versions_get_their_own_message(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="not an OPD Desktop backup"):
        file_format.decrypt(b"%PDF-1.4 something else entirely" * 10, SECRET)
    newer = bytearray(_forged())
    newer[6:10] = struct.pack(">HH", 2, 2 ^ 0xFFFF)
    with pytest.raises(NewerBackupError, match="newer version"):
        file_format.decrypt(bytes(newer), SECRET)


def test_restore_keeps_a_pre_restore_copy_and_leaves_no_stale_wal(demo_store, tmp_path: Path) -> None:
    backup = create_backup(demo_store, tmp_path, SECRET).path
    data_dir = demo_store.data_dir
    reports.add_report(demo_store, "Added after the backup")
    demo_store.close()
    result = restore(data_dir, backup, SECRET)
    assert result.pre_restore_copy is not None and result.pre_restore_copy.exists()
    assert not Path(f"{data_dir / 'opd.db'}-wal").exists()
    restored = open_store(data_dir)
    assert "Added after the backup" not in {r.name for r in reports.list_reports(restored)}
    restored.close()
    kept = sqlite3.connect(result.pre_restore_copy)
    assert ("Added after the backup",) in kept.execute("SELECT name FROM reports").fetchall()
    kept.close()


def test_restore_refuses_while_the_folder_is_in_use(store, tmp_path: Path) -> None:
    backup = create_backup(store, tmp_path, SECRET).path
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM reports").fetchone()  # holds a read snapshot open
    reports.add_report(store, "Written while a reader is open")
    with pytest.raises(BackupError, match="Close it, then restore"):
        restore(store.data_dir, backup, SECRET)
    reader.close()
    assert "Written while a reader is open" in {r.name for r in reports.list_reports(store)}


def test_a_newer_schema_inside_a_backup_is_refused(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    store.execute("PRAGMA user_version = 99")
    info = create_backup(store, tmp_path, SECRET, verify=False)
    with pytest.raises(NewerBackupError, match="newer version"):
        verify_backup(info.path, SECRET)


def test_the_committed_fixture_keeps_opening() -> None:
    manifest, _image = read_backup(FIXTURE, FIXTURE_SECRET)
    assert manifest.counts["reports"] == 5
    verify_backup(FIXTURE, FIXTURE_SECRET)


def test_keyring_in_memory_and_fail_backends(memory_keyring, tmp_path: Path) -> None:
    assert passphrase.keyring_available()
    assert passphrase.store_passphrase(tmp_path, SECRET)
    assert passphrase.stored(tmp_path) == SECRET
    assert passphrase.stored(tmp_path / "other") is None
    assert not any(SECRET.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    passphrase.forget(tmp_path)
    assert passphrase.stored(tmp_path) is None


def test_without_a_keyring_nothing_is_stored_anywhere(no_keyring, tmp_path: Path) -> None:
    assert not passphrase.keyring_available()
    assert passphrase.store_passphrase(tmp_path, SECRET) is False
    assert passphrase.stored(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_automatic_backup_settings_status_and_retention(store, memory_keyring, tmp_path: Path) -> None:
    assert schedule.is_due(store) and schedule.status(store).message() == "No backup yet"
    with pytest.raises(OpdError, match="No backup passphrase"):
        schedule.run_backup(store)
    assert schedule.status(store).error == ""  # a missing passphrase is not recorded as a failed backup
    passphrase.store_passphrase(store.data_dir, SECRET)
    schedule.save_settings(store, tmp_path / "bk", daily=True, on_quit=True)
    info = schedule.run_backup(store)
    assert info.path.parent == (tmp_path / "bk").resolve() and not schedule.is_due(store)
    assert schedule.status(store).message().startswith("Last backup")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=9)
    store.set_meta(schedule.LAST_AT, old.isoformat())
    assert schedule.status(store).needs_attention() and "9 days ago" in schedule.status(store).message()


def test_retention_keeps_7_daily_8_weekly_12_monthly(tmp_path: Path) -> None:
    start = dt.datetime(2026, 11, 27, 18, 0)
    for day in range(400):
        for hour in (9, 17):
            moment = start - dt.timedelta(days=day, hours=hour)
            (tmp_path / schedule.automatic_name("0123456789abcdef", moment)).write_bytes(b"x")
    removed = schedule.prune(tmp_path, "0123456789abcdef")
    kept = sorted(schedule.backup_time(p) for p in tmp_path.iterdir())
    assert removed and 12 <= len(kept) <= 7 + 8 + 12
    assert max(kept) == max(schedule.backup_time(p) for p in removed + list(tmp_path.iterdir()))
    days = {k.date() for k in kept}
    assert all((start - dt.timedelta(days=d, hours=9)).date() in days for d in range(7))
    assert min(kept) < start - dt.timedelta(days=300)  # monthly backups reach back a year
