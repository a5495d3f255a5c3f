"""Opening the one SQLite file that holds everything, safely.

Before anything is written, the file is inspected through a read-only
connection: a damaged file, a file from another program or one written by a
newer version of the app is refused and left exactly as it was. Only then is it
opened for writing (WAL, synchronous=FULL, foreign keys on), copied aside if a
migration is due, and migrated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno as _errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opd_desktop import __version__
from opd_desktop.core.changes import Changes, Topic
from opd_desktop.paths import (
    DATABASE_NAME,
    PRIVATE_FILE_MODE,
    create_private_file,
    ensure_private_dir,
    resolve_data_dir,
)
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
from opd_desktop.store.migrations import SCHEMA_VERSION, build_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4F504431  # "OPD1"
BUSY_TIMEOUT_MS = 1000  # the UI must not freeze long when another program holds the file
MIGRATION_COPIES_DIR = "pre-migration"
RESTORING_NAME = ".opd.db.restoring"  # a restore's plaintext copy before the swap
PRE_RESTORE_DIR = "pre-restore"
PARTIAL_SUFFIX = ".part"  # a pre-restore copy still being written

ChangeListener = Callable[[Changes], None]


class Store:
    """The open database plus a way to tell listeners what a write changed.

    Reads go straight to the sqlite3 connection (`execute`); writes go through
    `write()`, which hands out the sqlite-utils `Database`. sqlite-utils is
    imported on first use, not while the first window opens."""

    def __init__(self, conn: sqlite3.Connection, path: Path, db: Database | None = None) -> None:
        self.conn = conn
        self.path = path
        self._db = db
        self._listeners: list[ChangeListener] = []
        self._pending: Changes = Changes({})

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def sibling(self) -> Store:
        """Another connection to the same database, for work on a worker thread
        (a sqlite3 connection belongs to the thread that opened it). Its writes
        are not heard here: hand `Changes` over with `notify()`."""
        conn = _connect(self.path)
        conn.execute("PRAGMA synchronous = FULL")  # the file is already WAL with its application id
        conn.execute("PRAGMA foreign_keys = ON")
        return Store(conn, self.path)

    def notify(self, changes: Changes) -> None:
        """Tell the listeners about changes committed elsewhere (a sibling)."""
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    @contextlib.contextmanager
    def write(self, *topics: Topic | str, report_id: int | None = None) -> Iterator[Database]:
        """One transaction. Listeners hear which topics changed (for which
        report, when given) once the outermost transaction has committed;
        nothing on rollback. A topic that is not a `Topic` is refused here."""
        outermost = not self.conn.in_transaction
        touched = Changes.of(*(Topic(t) for t in topics), report_id=report_id)
        try:
            with self.db.atomic():
                self._pending = self._pending.merged(touched)
                yield self.db
        except sqlite3.OperationalError as exc:
            if outermost:
                self._pending = Changes({})
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(
                    "The database is busy: another program is writing to it. "
                    "Close other OPD Desktop windows and try again."
                ) from exc
            environment = environment_error(exc, self.path)
            if environment is not None:
                raise environment from exc
            raise
        except BaseException:
            if outermost:
                self._pending = Changes({})
            raise
        if outermost and self._pending:
            changed, self._pending = self._pending, Changes({})
            self.notify(changed)

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str, topic: Topic = Topic.SETTINGS) -> None:
        with self.write(topic) as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def environment_error(exc: BaseException, path: Path) -> StoreError | None:
    """The plain message for a full disk or a refused permission, else None."""
    text = str(exc).lower()
    errno_value = getattr(exc, "errno", None)
    if errno_value in (_errno.ENOSPC, _errno.EDQUOT) or "disk is full" in text:
        return DiskFullError(
            f"The disk is full (no room left to write in {path.parent}); nothing was changed. "
            "Free some space on that disk, then try again."
        )
    if errno_value in (_errno.EACCES, _errno.EPERM, _errno.EROFS) or "readonly database" in text:
        return NoPermissionError(
            f"Permission denied: OPD Desktop may not write to {path}. Nothing was changed. "
            "Give your user write access to it (or choose another folder with --data-dir), then try again."
        )
    return None


def remove_restore_leftovers(folder: Path) -> list[Path]:
    """Remove what an interrupted restore can leave behind: its plaintext copy
    of the new database and a pre-restore copy cut short. Returns them."""
    leftovers = [folder / RESTORING_NAME]
    with contextlib.suppress(OSError):
        leftovers += list((folder / PRE_RESTORE_DIR).glob(f"*{PARTIAL_SUFFIX}"))
    removed = []
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            if leftover.is_file():
                leftover.unlink()
                removed.append(leftover)
    if removed:
        log.info("removed %d leftover file(s) of an interrupted restore", len(removed))
    return removed


def open_store(data_dir: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating if needed) the database in the data folder. While the app
    applies a handed-over command, this is the app's own store (see lending)."""
    from opd_desktop.store.lending import borrowed

    lent = borrowed(resolve_data_dir(data_dir))
    if lent is not None:
        return lent  # type: ignore[return-value]
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    path = database_path(folder)
    remove_restore_leftovers(folder)
    existing_version = inspect_existing(path)
    is_new = not path.exists() or path.stat().st_size == 0
    try:
        _create_private_file(path)
        conn = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        if is_new:
            _remove_new_database(path)
        raise environment_error(exc, path) or StoreError(
            f"The database {path} could not be opened: {exc}."
        ) from exc
    db: Database | None = None
    try:
        _configure(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            from sqlite_utils import Database

            db = Database(conn)
            if existing_version:
                copy_before_migration(conn, path, existing_version)
            build_migrations().apply(db)
            _record_meta(db)
    except (sqlite3.OperationalError, OSError) as exc:
        conn.close()
        if is_new:
            _remove_new_database(path)
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(
                f"The database {path} is locked by another program. "
                "Close other OPD Desktop windows and try again."
            ) from exc
        raise environment_error(exc, path) or StoreError(
            f"The database {path} could not be opened: {exc}."
        ) from exc
    except BaseException:
        conn.close()
        if is_new:
            _remove_new_database(path)
        raise
    log.info("opened store at %s (schema %s)", path, SCHEMA_VERSION)
    return Store(conn, path, db)


def _remove_new_database(path: Path) -> None:
    """A database this call created and could not finish is removed with its
    side files, so no empty or half-made opd.db is left behind."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def inspect_existing(path: Path) -> int:
    """Check an existing database through a read-only connection and return
    its schema version (0 for a new or empty file). Raises without writing."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    what_to_do = (
        "It has not been changed. Restore it from a backup (opd restore FILE), "
        "or move it aside to start afresh."
    )
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    absent = [side for side in side_files if not side.exists()]
    try:
        return _inspect_read_only(path, what_to_do)
    finally:
        # A read-only look at a WAL database may leave empty side files behind;
        # remove the ones that were not there before, so the folder is as it was.
        for side in absent:
            with contextlib.suppress(OSError):
                side.unlink()


def _inspect_read_only(path: Path, what_to_do: str) -> int:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"The database {path} cannot be read: {exc}.") from exc
    if not os.access(path, os.R_OK) or not os.access(path, os.W_OK):
        conn.close()
        raise NoPermissionError(
            f"Permission denied: OPD Desktop may not read and write {path}. Nothing was changed. "
            "Give your user access to that file (or choose another folder with --data-dir), then try again."
        )
    try:
        # The full check, not quick_check: it also finds an index that lacks
        # entries of its table, which quick_check lets through.
        problems = health.integrity_problems(conn, 3)
        if problems:
            _refuse_foreign_wal(path)
            raise DamagedDatabaseError(
                f"The database {path} is damaged ({'; '.join(problems)[:300]}). {what_to_do}"
            )
        application_id, version, _created = found = health.identity(conn)
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if health.wal_in_use(path) and health.wal_contradicts(health.main_file_alone_identity(path), found):
            raise _foreign_wal(path)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(
                f"The database {path} is locked by another program. "
                "Close other OPD Desktop windows and try again."
            ) from exc
        environment = environment_error(exc, path)
        if environment is not None:
            raise environment from exc
        _refuse_foreign_wal(path)
        raise DamagedDatabaseError(
            f"The database {path} is damaged or is not a database ({str(exc)[:200]}). {what_to_do}"
        ) from exc
    finally:
        conn.close()
    if has_tables and application_id != APPLICATION_ID:
        _refuse_foreign_wal(path)
        raise DamagedDatabaseError(
            f"{path} is an SQLite file from another program, not an OPD Desktop database. "
            "It has not been changed. Choose another data folder with --data-dir."
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"The database {path} was written by a newer version of OPD Desktop "
            f"(schema {version}; this version knows up to {SCHEMA_VERSION}). "
            "It has not been changed. Install the newer version to open it."
        )
    return version


def _refuse_foreign_wal(path: Path) -> None:
    """When the database reads as damaged only together with its -wal, that
    -wal belongs to another database (or cannot be replayed): say which file
    to move aside, in one line, instead of calling the database damaged."""
    if health.wal_in_use(path) and health.main_file_alone_is_healthy(path):
        raise _foreign_wal(path)


def _foreign_wal(path: Path) -> ForeignSideFileError:
    shm = Path(f"{path}-shm")
    also = f" (and {shm.name})" if shm.exists() else ""
    return ForeignSideFileError(
        f"The file {path}-wal does not belong to the database {path.name} beside it; "
        f"nothing was changed. Move {path.name}-wal{also} out of that folder, then start again."
    )


def _create_private_file(path: Path) -> None:
    """A new database file is 0600 from birth; SQLite gives its -wal and -shm
    files the same mode. An existing file keeps the mode its owner chose."""
    create_private_file(path)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten text is zeroed on disk, whatever SQLite's build default.
    conn.execute("PRAGMA secure_delete = ON")
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # only a new file is written here


def copy_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the database (SQLite's backup API) kept beside it
    before its schema changes."""
    folder = ensure_private_dir(path.parent / MIGRATION_COPIES_DIR)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = copy_database(conn, folder / f"{path.stem}-schema{version}-{stamp}.db")
    log.info("copied database to %s before migrating", target)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of `source` (SQLite's backup API) in a new 0600 file, flushed to disk."""
    target.unlink(missing_ok=True)
    try:
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
        os.close(fd)
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except (OSError, sqlite3.Error) as exc:
        for suffix in ("", "-journal"):  # never leave a partial copy behind
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink()
        raise environment_error(exc, target) or StoreError(
            f"Could not write the copy {target}: {exc}. Nothing was changed."
        ) from exc
    return target


def _record_meta(db: Database) -> None:
    from opd_desktop.core.dates import now_stamp

    with db.atomic():
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('created_at', ?) ON CONFLICT(key) DO NOTHING",
            [now_stamp()],
        )
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('app_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [__version__],
        )
