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

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.paths import DATABASE_NAME, PRIVATE_FILE_MODE, ensure_private_dir
from opd_desktop.services.backup import file_format
from opd_desktop.services.backup.errors import BackupError
from opd_desktop.services.backup.names import SUFFIX as SUFFIX  # re-exported
from opd_desktop.services.backup.names import backup_name
from opd_desktop.services.backup.snapshot import (
    FOLDER_ID_KEY,
    Manifest,
    open_image,
    snapshot_of,
    split_payload,
)
from opd_desktop.services.files import fsync_dir, write_atomic_stream
from opd_desktop.store.database import (
    PARTIAL_SUFFIX,
    PRE_RESTORE_DIR,
    RESTORING_NAME,
    Store,
    copy_database,
)
from opd_desktop.store.errors import DatabaseBusyError, StoreError
from opd_desktop.store.inspection import environment_error, inspect_existing

log = logging.getLogger(__name__)

Checkpoint = Callable[[str], None]  # called with each restore step's name (tests kill the process there)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest
    size: int


def create_backup(
    store: Store,
    target: Path,
    passphrase: str,
    *,
    kind: str = "manual",
    chunk_size: int = file_format.DEFAULT_CHUNK,
    verify: bool = True,
) -> BackupInfo:
    """Encrypt a snapshot of the store into `target` (a file, or a folder to put a
    dated file in), chunk by chunk, then read it back to verify it. `kind` goes into
    the manifest: only "automatic" backups, named by `schedule`, are ever pruned.

    One KDF run: the read-back decrypts every chunk with the key derived for
    writing (each chunk's tag proves it is what was encrypted). The image is
    streamed from the snapshot (see `snapshot_of`), so memory holds a chunk at
    a time; the file is written atomically (temporary name, fsync, rename)."""
    from concurrent.futures import ThreadPoolExecutor

    target = Path(target).expanduser()
    if target.is_dir():
        target = target / backup_name()
    # The KDF (Argon2id lets go of the GIL) runs on a second thread while the snapshot
    # is read and checksummed: its key is needed only once the encryption starts.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="opd-backup-key") as pool:
        keyed = pool.submit(file_format.keyed_header, passphrase, chunk_size)
        path, manifest, plaintext_bytes = _write_encrypted(store, target, keyed.result, kind)
        key = keyed.result()[1]
    if verify:
        try:
            _verify_written(path, key, plaintext_bytes)
        except BackupError:
            path.unlink(missing_ok=True)  # never leave a backup that does not restore
            raise
    return BackupInfo(path, manifest, path.stat().st_size)


def _write_encrypted(
    store: Store, target: Path, keyed: Callable[[], tuple[file_format.Header, bytes]], kind: str
) -> tuple[Path, Manifest, int]:
    """A snapshot of the store encrypted into `target`, chunk by chunk, under the header
    and key `keyed()` gives once the snapshot is taken."""
    with snapshot_of(store, kind) as snapshot:

        def encrypt(handle) -> None:
            header, key = keyed()
            file_format.encrypt_to(handle, header, key, snapshot.pieces(), snapshot.size)

        path = write_atomic_stream(target, encrypt)
        return path, snapshot.manifest, snapshot.size


def _verify_written(path: Path, key: bytes, plaintext_bytes: int) -> None:
    """Decrypt every chunk of a backup just written, with its key: each chunk's
    authentication tag (bound to its place and to the last one) proves it is what
    was encrypted; the total proves none is missing."""
    read = 0
    with file_format.open_backup_file(path) as (handle, size):
        for chunk in file_format.decrypt_with_key(handle, size, key):
            read += len(chunk)
    if read != plaintext_bytes:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup {name} did not read back as written.").format(
                name=path.name
            )
        )


def read_backup(path: Path, passphrase: str) -> tuple[Manifest, bytes]:
    return split_payload(file_format.read_file(Path(path).expanduser(), passphrase))


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
        _keep_folder_id(database, restored)
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


def _keep_folder_id(database: Path, restored: sqlite3.Connection) -> None:
    """The folder id belongs to the data folder, not to the data: a backup
    restored here (maybe another folder's) takes this folder's id, so this
    folder's retention never reaches another folder's backups. Read only from
    a database the app would open (after the pre-restore copy is made), and
    any side file the look leaves is removed, so the folder is as it was."""
    if not database.exists():
        return
    try:
        inspect_existing(database)
    except StoreError:
        return  # refused by the app: never opened here
    side_files = [Path(f"{database}-wal"), Path(f"{database}-shm")]
    absent = [side for side in side_files if not side.exists()]
    try:
        current = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = current.execute("SELECT value FROM meta WHERE key = ?", [FOLDER_ID_KEY]).fetchone()
        finally:
            current.close()
    except sqlite3.DatabaseError:
        return
    finally:
        for side in absent:
            side.unlink(missing_ok=True)
    if row and row[0]:
        restored.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [FOLDER_ID_KEY, row[0]],
        )


def _set_aside_current(database: Path) -> Path | None:
    """Keep a byte-for-byte copy of the current database and its side files as
    they are, then make sure no program has it open. A database the app refuses
    to open (damaged, or beside a -wal that is not its own) is never opened
    here: nothing is checkpointed or written into it."""
    if not database.exists():
        return None
    copy = _copy_as_it_is(database)
    try:
        inspect_existing(database)
    except DatabaseBusyError as exc:
        _remove_copy(copy)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "OPD Desktop is using this data folder. Close it, then restore.")
        ) from exc
    except StoreError:
        return copy  # refused by the app, so not open in it; replaced as it is
    if _open_elsewhere(database):
        _remove_copy(copy)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "OPD Desktop is using this data folder. Close it, then restore.")
        )
    return copy


def _copy_as_it_is(database: Path) -> Path:
    """pre-restore/opd-STAMP.db (with -wal and -shm when present), 0600, each
    written under a .part name first so that a copy cut short is recognisable."""
    folder = ensure_private_dir(database.parent / PRE_RESTORE_DIR)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = folder / f"opd-{stamp}.db"
    number = 1
    while copy.exists():  # two restores in one second keep both copies
        number += 1
        copy = folder / f"opd-{stamp}-{number}.db"
    for suffix in ("-wal", "-shm", ""):  # the main file last: its name marks a finished copy
        source = Path(f"{database}{suffix}")
        if source.exists():
            target = Path(f"{copy}{suffix}")
            partial = Path(f"{target}{PARTIAL_SUFFIX}")
            _copy_private(source, partial)
            os.replace(partial, target)
    fsync_dir(folder)
    return copy


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise environment_error(exc, target) or BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not keep a copy of the current data: {value}. Nothing was changed."
            ).format(value=exc.strerror or exc)
        ) from exc
    os.chmod(target, PRIVATE_FILE_MODE)


def _remove_copy(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)


def _open_elsewhere(database: Path) -> bool:
    """True when another connection (in any program) has the database open:
    exclusive locking needs every other connection gone."""
    try:
        conn = sqlite3.connect(str(database), timeout=0.2, isolation_level=None)
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False
    return False
