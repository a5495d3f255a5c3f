"""Making, verifying and restoring backups.

A restore verifies the whole file and the database inside it (in memory)
before anything on disk changes, keeps the current database as a pre-restore
copy, and swaps the files so that a crash at any moment leaves either the old
or the new database, never a mix, and never a stale WAL replayed over it."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from opd_desktop.paths import DATABASE_NAME, PRIVATE_FILE_MODE, ensure_private_dir
from opd_desktop.services.backup import file_format
from opd_desktop.services.backup.errors import BackupError
from opd_desktop.services.backup.snapshot import Manifest, make_payload, open_image, split_payload
from opd_desktop.services.files import fsync_dir, write_atomic
from opd_desktop.store.database import Store, copy_database

log = logging.getLogger(__name__)

SUFFIX = ".opdbackup"
PRE_RESTORE_DIR = "pre-restore"
RESTORING_NAME = ".opd.db.restoring"

Checkpoint = Callable[[str], None]  # called with each restore step's name (tests kill the process there)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest
    size: int


def backup_name(now: dt.datetime | None = None) -> str:
    return f"opd-backup-{(now or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def encrypt_payload(payload: bytes, passphrase: str, chunk_size: int = file_format.DEFAULT_CHUNK) -> bytes:
    return file_format.encrypt(payload, passphrase, chunk_size)


def create_backup(
    store: Store,
    target: Path,
    passphrase: str,
    *,
    chunk_size: int = file_format.DEFAULT_CHUNK,
    verify: bool = True,
) -> BackupInfo:
    """Encrypt a snapshot of the store into `target` (a file, or a folder to put a
    dated file in), then read it back to verify it."""
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / backup_name()
    payload, manifest = make_payload(store)
    return write_backup(
        target, encrypt_payload(payload, passphrase, chunk_size), manifest, passphrase, verify
    )


def write_backup(
    target: Path, data: bytes, manifest: Manifest, passphrase: str, verify: bool = True
) -> BackupInfo:
    path = write_atomic(target, data)
    if verify:
        try:
            checked = verify_backup(path, passphrase)
            if checked.image_sha256 != manifest.image_sha256:
                raise BackupError(f"The backup {path.name} did not read back as written.")
        except BackupError:
            path.unlink(missing_ok=True)  # never leave a backup that does not restore
            raise
    return BackupInfo(path, manifest, len(data))


def read_backup(path: Path, passphrase: str) -> tuple[Manifest, bytes]:
    try:
        data = Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise BackupError(f"The backup {path} cannot be read: {exc.strerror or exc}.") from exc
    return split_payload(file_format.decrypt(data, passphrase))


def verify_backup(path: Path, passphrase: str) -> Manifest:
    """Decrypt every chunk, check the image's checksum and open it in memory."""
    manifest, image = read_backup(path, passphrase)
    open_image(manifest, image).close()
    return manifest


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    pre_restore_copy: Path | None


def _noop(_step: str) -> None:
    return None


def restore(data_dir: Path, backup: Path, passphrase: str, checkpoint: Checkpoint = _noop) -> RestoreResult:
    """Replace the database in `data_dir` with the one in `backup`. The store
    must be closed: no OPD Desktop may have this data folder open."""
    manifest, image = read_backup(backup, passphrase)
    return restore_image(data_dir, manifest, image, checkpoint)


def restore_image(
    data_dir: Path, manifest: Manifest, image: bytes, checkpoint: Checkpoint = _noop
) -> RestoreResult:
    """`restore()` for a backup already read and decrypted (`read_backup`), so that
    showing its manifest first does not mean decrypting it twice."""
    restored = open_image(manifest, image)  # verified and migrated, in memory
    checkpoint("verified")
    folder = ensure_private_dir(Path(data_dir))
    database = folder / DATABASE_NAME
    try:
        copy = _set_aside_current(database)
        checkpoint("copied")
        temp = copy_database(restored, folder / RESTORING_NAME)
        checkpoint("written")
        for suffix in ("-wal", "-shm"):  # the old database's side files must never meet the new one
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        fsync_dir(folder)
        checkpoint("side-files-removed")
        os.replace(temp, database)
        fsync_dir(folder)
        checkpoint("swapped")
    finally:
        restored.close()
    log.info("restored a backup made %s", manifest.created_at)
    return RestoreResult(manifest, copy)


def _set_aside_current(database: Path) -> Path | None:
    """Fold the WAL into the current database and keep a copy of it."""
    if not database.exists():
        return None
    try:
        conn = sqlite3.connect(str(database), timeout=1)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        busy = 0  # a damaged current database is copied as it is
    if busy:
        raise BackupError("OPD Desktop is using this data folder. Close it, then restore.")
    folder = ensure_private_dir(database.parent / PRE_RESTORE_DIR)
    copy = folder / f"opd-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    shutil.copyfile(database, copy)
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    os.chmod(copy, PRIVATE_FILE_MODE)
    return copy
