"""Looking at a database file without changing it: the checks before the app
opens it for writing (a database at all, ours, not newer, healthy, its -wal its
own), each through a read-only connection, and the full integrity check the
desktop app runs on a worker after its first window."""

from __future__ import annotations

import contextlib
import errno as _errno
import logging
import os
import sqlite3
import threading
from pathlib import Path

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.store import health
from opd_desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignSideFileError,
    NewerSchemaError,
    NoPermissionError,
    StoreError,
)
from opd_desktop.store.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4F504431  # "OPD1"
BUSY_TIMEOUT_MS = 1000  # the UI must not freeze long when another program holds the file


def busy_error(exc: BaseException, path: Path) -> DatabaseBusyError | None:
    """The plain message when another program holds the database, else None."""
    if "locked" in str(exc) or "busy" in str(exc):
        return DatabaseBusyError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is locked by another program. Close other OPD Desktop windows and try again.",  # noqa: E501
            ).format(path=path)
        )
    return None


def environment_error(exc: BaseException, path: Path) -> StoreError | None:
    """The plain message for a full disk or a refused permission, else None."""
    text = str(exc).lower()
    errno_value = getattr(exc, "errno", None)
    if errno_value in (_errno.ENOSPC, _errno.EDQUOT) or "disk is full" in text:
        return DiskFullError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full (no room left to write in {parent}); nothing was changed. Free some space on that disk, then try again.",  # noqa: E501
            ).format(parent=path.parent)
        )
    if errno_value in (_errno.EACCES, _errno.EPERM, _errno.EROFS) or "readonly database" in text:
        return NoPermissionError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Permission denied: OPD Desktop may not write to {path}. Nothing was changed. Give your user write access to it (or choose another folder with --data-dir), then try again.",  # noqa: E501
            ).format(path=path)
        )
    return None


def inspect_existing(path: Path, *, full_check: bool = True, newest: int = SCHEMA_VERSION) -> int:
    """Check an existing database through a read-only connection and return
    its schema version (0 for a new or empty file). Raises without writing.
    Without `full_check`, SQLite's integrity_check is left to the caller; a schema
    above `newest` (the latest this version knows) is refused."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    what_to_do = (
        "It has not been changed. Restore it from a backup (opd restore FILE), "
        "or move it aside to start afresh."
    )
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    absent = [side for side in side_files if not side.exists()]
    try:
        return _inspect_read_only(path, what_to_do, full_check, newest)
    finally:
        # A read-only look at a WAL database may leave empty side files behind;
        # remove the ones that were not there before, so the folder is as it was.
        for side in absent:
            with contextlib.suppress(OSError):
                side.unlink()


def _inspect_read_only(path: Path, what_to_do: str, full_check: bool, newest: int) -> int:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be read: {exc}.").format(
                path=path, exc=exc
            )
        ) from exc
    if not os.access(path, os.R_OK) or not os.access(path, os.W_OK):
        conn.close()
        raise NoPermissionError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Permission denied: OPD Desktop may not read and write {path}. Nothing was changed. Give your user access to that file (or choose another folder with --data-dir), then try again.",  # noqa: E501
            ).format(path=path)
        )
    try:
        # The full check, not quick_check: it also finds an index that lacks
        # entries of its table, which quick_check lets through.
        problems = health.integrity_problems(conn, 3) if full_check else []
        if problems:
            refuse_foreign_wal(path)
            raise DamagedDatabaseError(
                QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged ({value}). {what_to_do}").format(
                    path=path, value="; ".join(problems)[:300], what_to_do=what_to_do
                )
            )
        application_id, version, _created = found = health.identity(conn)
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if health.wal_in_use(path) and health.wal_contradicts(health.main_file_alone_identity(path), found):
            raise foreign_wal(path)
    except sqlite3.DatabaseError as exc:
        busy = busy_error(exc, path)
        if busy is not None:
            raise busy from exc
        environment = environment_error(exc, path)
        if environment is not None:
            raise environment from exc
        refuse_foreign_wal(path)
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is damaged or is not a database ({value}). {what_to_do}"
            ).format(path=path, value=str(exc)[:200], what_to_do=what_to_do)
        ) from exc
    finally:
        conn.close()
    if has_tables and application_id != APPLICATION_ID:
        refuse_foreign_wal(path)
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is an SQLite file from another program, not an OPD Desktop database. It has not been changed. Choose another data folder with --data-dir.",  # noqa: E501
            ).format(path=path)
        )
    if version > newest:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of OPD Desktop (schema {version}; this version knows up to {SCHEMA_VERSION}). It has not been changed. Install the newer version to open it.",  # noqa: E501
            ).format(path=path, version=version, SCHEMA_VERSION=newest)
        )
    return version


def refuse_foreign_wal(path: Path) -> None:
    """When the database reads as damaged only together with its -wal, that
    -wal belongs to another database (or cannot be replayed): say which file
    to move aside, in one line, instead of calling the database damaged."""
    if health.wal_in_use(path) and health.main_file_alone_is_healthy(path):
        raise foreign_wal(path)


def foreign_wal(path: Path) -> ForeignSideFileError:
    shm = Path(f"{path}-shm")
    if shm.exists():
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path}-wal does not belong to the database {name} beside it; nothing was changed. "
            "Move {name}-wal (and {shm}) out of that folder, then start again.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path}-wal does not belong to the database {name} beside it; nothing was changed. "
            "Move {name}-wal out of that folder, then start again.",
        )
    return ForeignSideFileError(message.format(path=path, name=path.name, shm=shm.name))


class IntegrityCheck:
    """SQLite's full integrity_check of the file the app opened, run on a worker
    thread with its own read-only connection, so that it is off the path to the
    first window. Until it has passed, nothing is written: `Store.write()` waits
    for it and raises its error when it failed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # side files that opening for writing creates: removed again if the file is refused
        self.new_side_files = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]
        self.error: StoreError | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self.error is None and not self._stopped

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        with self._lock:
            if self._thread is None and not self._done.is_set():
                self._thread = threading.Thread(target=self._run, name="opd-integrity-check", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the check is over (starting it if need be); raise its error."""
        self.start()
        self._done.wait(timeout)
        if self._stopped and self.error is None:
            self.error = StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database check was stopped before it finished. Nothing was written."
                )
            )
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        """Interrupt a check still running (the app is closing), wait for it, and
        keep a read-only connection on the file until `release()`."""
        with self._lock:
            if not self._done.is_set():
                self._stopped = True
                if self._conn is not None:
                    self._conn.interrupt()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._lock:
            if self._conn is None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn = sqlite3.connect(
                        f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False
                    )
                    self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def remove_new_side_files(self) -> None:
        """Leave the folder as it was found: an empty -wal (and its -shm) that
        opening created goes again. A -wal holding anything stays."""
        wal = Path(f"{self.path}-wal")
        with contextlib.suppress(OSError):
            if wal in self.new_side_files and wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
            if not wal.exists():
                for side in self.new_side_files:
                    side.unlink(missing_ok=True)

    def release(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _run(self) -> None:
        what_to_do = (
            "It has not been changed. Restore it from a backup (opd restore FILE), "
            "or move it aside to start afresh."
        )
        try:
            conn = sqlite3.connect(
                f"{self.path.as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,  # interrupted and closed from the main thread
            )
            with self._lock:
                self._conn = conn
            try:
                problems = health.integrity_problems(conn, 3)
            except sqlite3.DatabaseError as exc:
                if self._stopped:
                    return
                problems = [str(exc)[:200]]
            if problems:
                if health.wal_in_use(self.path) and health.main_file_alone_is_healthy(self.path):
                    self.error = foreign_wal(self.path)
                else:
                    self.error = DamagedDatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The database {path} is damaged ({value}). {what_to_do}"
                        ).format(path=self.path, value="; ".join(problems)[:300], what_to_do=what_to_do)
                    )
                log.warning("the start-up database check failed")
            else:
                with self._lock:  # healthy: this connection is no longer needed
                    self._conn = None
                conn.close()
        except Exception as exc:  # never leave a waiting writer hanging
            self.error = StoreError(
                QT_TRANSLATE_NOOP("Errors", "The database {path} could not be checked: {exc}.").format(
                    path=self.path, exc=exc
                )
            )
        finally:
            self._done.set()
