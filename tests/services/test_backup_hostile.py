"""Backups and restores against hostile files: forged headers, pipes, devices,
huge files, a -wal that is not the database's own, a crash's -wal."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from opd_desktop import cli
from opd_desktop.services import reports
from opd_desktop.services.backup import file_format
from opd_desktop.services.backup.backups import create_backup, restore, verify_backup
from opd_desktop.services.backup.errors import BackupError, DamagedBackupError
from opd_desktop.store.database import open_store
from opd_desktop.store.errors import StoreError

SECRET = "correct horse battery staple"


def _forged(**changes) -> bytes:
    """A header whose checksum was recomputed after the change: the plain
    SHA-256 checksum cannot tell a deliberate change from a good header."""
    header = file_format.new_header(4096)
    header = file_format.Header(**{**header.__dict__, **changes, "key_check": b"\1" * 32})
    return header.to_bytes() + b"\0" * 64


def _verify(path: Path, monkeypatch: pytest.MonkeyPatch, capsys, secret: str = SECRET) -> tuple[int, str]:
    monkeypatch.setenv("OPD_BACKUP_PASSPHRASE", secret)
    code = cli.main(["verify", str(path)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "changes",
    [
        {"time_cost": 12, "memory_kib": 1 << 20},  # the reported attack: 14–17 s and 1 GB
        {"time_cost": 7},
        {"time_cost": 1},
        {"memory_kib": 257 * 1024},
        {"memory_kib": 31 * 1024},
        {"lanes": 9},
        {"lanes": 0},
    ],
)
def test_a_hostile_header_is_refused_as_damaged_by_opd_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, changes
) -> None:
    def no_kdf(*_args):
        raise AssertionError("the KDF must not run for a header outside the band")

    monkeypatch.setattr(file_format, "derive_key", no_kdf)
    path = tmp_path / "hostile.opdbackup"
    path.write_bytes(_forged(**changes))
    code, err = _verify(path, monkeypatch, capsys)
    assert code == 4 and "damaged" in err and "outside" in err


def test_the_band_accepts_what_this_version_and_its_neighbours_write() -> None:
    for time_cost, memory, lanes in ((2, 32 * 1024, 1), (3, 64 * 1024, 4), (6, 256 * 1024, 8)):
        header = file_format.new_header(4096)
        forged = file_format.Header(
            **{
                **header.__dict__,
                "time_cost": time_cost,
                "memory_kib": memory,
                "lanes": lanes,
                "key_check": b"\1" * 32,
            }
        )
        parsed = file_format.parse_preamble(forged.to_bytes())
        assert (parsed.time_cost, parsed.memory_kib, parsed.lanes) == (time_cost, memory, lanes)


def test_opd_verify_exit_codes_wrong_passphrase_3_damaged_4(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    reports.add_report(store, "محمد الأحمد")
    path = create_backup(store, tmp_path, SECRET).path
    assert _verify(path, monkeypatch, capsys) == (0, "")
    code, err = _verify(path, monkeypatch, capsys, "not the passphrase at all")
    assert code == 3 and "Wrong passphrase" in err
    data = bytearray(path.read_bytes())
    data[file_format.PREAMBLE_BYTES + 40] ^= 0x01  # inside the first chunk
    damaged = tmp_path / "damaged.opdbackup"
    damaged.write_bytes(bytes(data))
    code, err = _verify(damaged, monkeypatch, capsys)
    assert code == 4 and "damaged" in err


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "backup.opdbackup"
    os.mkfifo(pipe)
    result = subprocess.run(
        [sys.executable, "-m", "opd_desktop.cli", "verify", str(pipe)],
        capture_output=True,
        text=True,
        timeout=120,  # a regression would hang forever; this ends it
        env={**os.environ, "OPD_BACKUP_PASSPHRASE": SECRET, "OPD_LOG_DIR": str(tmp_path)},
    )
    assert result.returncode == 1 and "not a regular file" in result.stderr


@pytest.mark.parametrize("source", ["/dev/zero", "folder"])
def test_devices_and_folders_are_refused(tmp_path: Path, source: str) -> None:
    path = Path(source) if source.startswith("/") else tmp_path
    if not path.exists():
        pytest.skip(f"{path} does not exist here")
    with pytest.raises(BackupError, match="not a regular file"):
        verify_backup(path, SECRET)


def test_a_huge_sparse_file_is_refused_from_its_first_bytes(tmp_path: Path) -> None:
    zeros = tmp_path / "zeros.opdbackup"
    with open(zeros, "wb") as handle:
        handle.truncate(2 << 30)  # 2 GiB, sparse: costs nothing unless read
    with pytest.raises(BackupError, match="not an OPD Desktop backup"):
        verify_backup(zeros, SECRET)
    huge = tmp_path / "huge.opdbackup"
    with open(huge, "wb") as handle:
        handle.write(_forged())
        handle.truncate(file_format.MAX_BACKUP_BYTES + 1)
    with pytest.raises(DamagedBackupError, match="larger than any backup"):
        verify_backup(huge, SECRET)


def test_chunks_are_read_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = os.urandom(50_000)
    path = tmp_path / "chunked.opdbackup"
    path.write_bytes(file_format.encrypt(plain, SECRET, 4096))
    biggest = []
    real_read = file_format._read_exactly
    monkeypatch.setattr(
        file_format, "_read_exactly", lambda handle, count: biggest.append(count) or real_read(handle, count)
    )
    assert file_format.read_file(path, SECRET) == plain
    assert max(biggest) <= 4096 + file_format.TAG_BYTES


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith("opd.db")
    }


def _crash_files(store, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{store.path}{suffix}", target / f"opd.db{suffix}")


def test_restore_over_a_foreign_wal_never_writes_the_refused_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    reports.add_report(store, "Kept in the backup")
    backup = create_backup(store, tmp_path, SECRET).path
    reports.add_report(store, "Only in the current data")
    store.close()
    other = open_store(tmp_path / "other")
    for number in range(40):
        reports.add_report(other, f"Other person {number}", "Role " * 30)
    _crash_files(other, tmp_path / "other-crashed")
    other.close()
    shutil.copyfile(tmp_path / "other-crashed" / "opd.db-wal", data_dir / "opd.db-wal")
    before = _digests(data_dir)

    result = restore(data_dir, backup, SECRET)

    copy = result.pre_restore_copy
    assert copy is not None
    kept = {"opd.db": copy, "opd.db-wal": Path(f"{copy}-wal")}
    for name, digest in before.items():  # byte for byte, as they were
        if name in kept:
            assert hashlib.sha256(kept[name].read_bytes()).hexdigest() == digest
    # the clean database is still there, in the copy, without the foreign WAL
    clean = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    assert ("Only in the current data",) in clean.execute("SELECT name FROM reports").fetchall()
    clean.close()
    restored = open_store(data_dir)
    assert [r.name for r in reports.list_reports(restored)] == ["Kept in the backup"]
    restored.close()


def test_a_crash_wal_beside_a_refused_database_is_never_replayed_over_the_restore(tmp_path: Path) -> None:
    """The stale-file removal is what protects the restored data here: the
    database beside this WAL is refused, so nothing checkpoints the WAL first."""
    data_dir = tmp_path / "data"
    source = open_store(tmp_path / "source")
    reports.add_report(source, "Kept in the backup")
    backup = create_backup(source, tmp_path, SECRET).path
    source.close()
    live = open_store(tmp_path / "live")
    for number in range(60):
        reports.add_report(live, f"Crash person {number}", "Role " * 30)
    live.close()  # everything checkpointed into the main file
    live = open_store(tmp_path / "live")
    reports.add_report(live, "Only in the crash WAL")
    _crash_files(live, data_dir)
    live.close()
    _damage_a_page_the_wal_does_not_cover(data_dir / "opd.db")  # so the app refuses the database
    assert (data_dir / "opd.db-wal").stat().st_size > 0
    with pytest.raises(StoreError):
        open_store(data_dir)

    result = restore(data_dir, backup, SECRET)

    assert result.pre_restore_copy is not None and Path(f"{result.pre_restore_copy}-wal").exists()
    assert not (data_dir / "opd.db-wal").exists()
    restored = open_store(data_dir)
    assert [r.name for r in reports.list_reports(restored)] == ["Kept in the backup"]
    restored.close()


def _damage_a_page_the_wal_does_not_cover(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    wal = Path(f"{path}-wal").read_bytes()
    in_wal = {
        int.from_bytes(wal[offset : offset + 4], "big") for offset in range(32, len(wal), 24 + page_size)
    }
    for number in range(2, len(data) // page_size + 1):
        start = (number - 1) * page_size
        if (
            number not in in_wal
            and data[start] == 0x0D
            and b"Crash person" in data[start : start + page_size]
        ):
            data[start + 8 : start + 10] = b"\x00\x01"  # its first cell pointer points into the header
            path.write_bytes(bytes(data))
            return
    raise AssertionError("no table page outside the WAL to damage")


def test_the_pre_restore_copy_is_private_even_with_a_loose_umask(demo_store, tmp_path: Path) -> None:
    backup = create_backup(demo_store, tmp_path, SECRET).path
    data_dir = tmp_path / "crashed"
    reports.add_report(demo_store, "After the backup")
    _crash_files(demo_store, data_dir)  # a database with its -wal, as a crash leaves it
    demo_store.close()
    previous = os.umask(0o022)
    try:
        result = restore(data_dir, backup, SECRET)
    finally:
        os.umask(previous)
    copy = result.pre_restore_copy
    assert copy is not None
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    kept = list(copy.parent.iterdir())
    assert {p.name for p in kept} == {copy.name, f"{copy.name}-wal"}
    for path in kept:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_restore_refuses_when_another_program_has_the_database_open(store, tmp_path: Path) -> None:
    backup = create_backup(store, tmp_path, SECRET).path
    before = _digests(store.data_dir)
    with pytest.raises(BackupError, match="Close it, then restore"):
        restore(store.data_dir, backup, SECRET)  # the store itself is still open
    assert not list((store.data_dir / "pre-restore").glob("*"))  # no copy left for nothing
    assert _digests(store.data_dir)["opd.db"] == before["opd.db"]


def test_the_header_checksum_is_not_claimed_to_stop_a_deliberate_change() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "backup-format.md"
    text = docs.read_text(encoding="utf-8")
    assert "recompute" in text and "accidental" in text


def test_struct_of_a_forged_version_field_is_damage() -> None:
    forged = bytearray(_forged())
    forged[6:10] = struct.pack(">HH", 1, 0)
    with pytest.raises(DamagedBackupError, match="version field"):
        file_format.parse_preamble(bytes(forged))
