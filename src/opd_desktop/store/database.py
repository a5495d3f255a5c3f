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
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opd_desktop import __version__
from opd_desktop.core.changes import Changes, Topic
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.paths import (
    DATABASE_NAME,
    PRIVATE_FILE_MODE,
    create_private_file,
    ensure_private_dir,
    resolve_data_dir,
)
from opd_desktop.store.errors import (
    DatabaseBusyError,
    StoreError,
)
from opd_desktop.store.inspection import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    IntegrityCheck,
    busy_error,
    environment_error,
    inspect_existing,
)
from opd_desktop.store.migrations import SCHEMA_VERSION, build_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

MIGRATION_COPIES_DIR = "pre-migration"
RESTORING_NAME = ".opd.db.restoring"  # a restore's plaintext copy before the swap
PRE_RESTORE_DIR = "pre-restore"
PARTIAL_SUFFIX = ".part"  # a pre-restore copy still being written

ChangeListener = Callable[[Changes], None]
CACHED_RESULTS = 32  # reads remembered until the next write (a few reports' journeys, the roster)
_MISSING = object()


def sqlite_utils_database() -> type[Database]:
    """sqlite-utils' Database class. sqlite-utils imports numpy and pandas when
    they are installed, to map their types, which the app never stores; numpy
    comes with the charts (pyqtgraph) and would add a few hundred milliseconds
    to the first write of every session. They are kept out while sqlite-utils
    loads, unless something has loaded them already."""
    import sys

    if "sqlite_utils.db" not in sys.modules:
        blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
        for name in blocked:
            sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            import sqlite_utils.db  # noqa: F401
        finally:
            for name in blocked:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]
    from sqlite_utils import Database

    return Database


class Store:
    """The open database plus a way to tell listeners what a write changed.

    Reads go straight to the sqlite3 connection (`execute`); writes go through
    `write()`, which hands out the sqlite-utils `Database`. sqlite-utils is
    imported on first use, not while the first window opens."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        db: Database | None = None,
        check: IntegrityCheck | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self._db = db
        self._listeners: list[ChangeListener] = []
        self._pending: Changes = Changes({})
        self.check = check  # the start-up integrity check when it runs after the first paint
        self.written: set[Topic] = set()  # the topics committed here (or handed over) since it opened
        self._cache: dict[object, Any] = {}
        self._cache_version: tuple[int, int] = (-1, -1)

    @property
    def db(self) -> Database:
        if self._db is None:
            Database = sqlite_utils_database()
            # No sqlite-utils plugins in the app's connection (and no scan of every
            # installed package for them on the first write).
            self._db = Database(self.conn, execute_plugins=False)
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
        return Store(conn, self.path, check=self.check)

    def cached(self, key: object, compute: Callable[[], Any]) -> Any:
        """`compute()`, remembered until the database changes (a write through this
        connection or any other one: SQLite's total_changes and data_version)."""
        version = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._cache_version:
            self._cache.clear()
            self._cache_version = version
        found = self._cache.pop(key, _MISSING)
        if found is _MISSING:
            if len(self._cache) >= CACHED_RESULTS:
                self._cache.pop(next(iter(self._cache)))  # the one used longest ago
            found = compute()
        self._cache[key] = found  # the most recently used last
        return found

    def notify(self, changes: Changes) -> None:
        """Tell the listeners about changes committed elsewhere (a sibling)."""
        if changes:
            self.written.update(changes)
            for listener in list(self._listeners):
                listener(changes)

    @contextlib.contextmanager
    def write(self, *topics: Topic | str, report_id: int | None = None) -> Iterator[Database]:
        """One transaction. Listeners hear which topics changed (for which
        report, when given) once the outermost transaction has committed;
        nothing on rollback. A topic that is not a `Topic` is refused here."""
        outermost = not self.conn.in_transaction
        touched = Changes.of(*(Topic(t) for t in topics), report_id=report_id)
        if outermost and self.check is not None:
            self.check.wait()  # nothing is written before the start-up check has passed
        try:
            with self.db.atomic():
                self._pending = self._pending.merged(touched)
                yield self.db
        except sqlite3.OperationalError as exc:
            if outermost:
                self._pending = Changes({})
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database is busy: another program is writing to it. Close other OPD Desktop windows and try again.",  # noqa: E501
                    )
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

    def prepare_first_write(self) -> bool:
        """The first commit after opening restarts the write-ahead log (its header
        written and synced besides the change): do that now with a write that
        changes nothing, so the first autosave costs what the later ones do. Only
        once the start-up check has passed; returns whether it was done."""
        if self.check is not None and not self.check.passed:
            return False
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        self.conn.execute(f"PRAGMA user_version = {version}")
        return True

    def close(self) -> None:
        if self.check is None or self.check.passed:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
            return
        # Not (yet) known to be healthy: stop the check, and close while its read-only
        # connection still holds the file, so that closing cannot checkpoint the WAL
        # into it: the file stays exactly as it was found.
        self.check.stop()
        try:
            self.conn.close()
        finally:
            self.check.release()
        self.check.remove_new_side_files()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


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


def open_store(data_dir: str | os.PathLike[str] | None = None, *, defer_check: bool = False) -> Store:
    """Open (creating if needed) the database in the data folder. While the app
    applies a handed-over command, this is the app's own store (see lending).

    The full integrity check runs before this returns, unless `defer_check`
    (the desktop app): then the cheap checks (a database at all, ours, not
    newer, its -wal its own) still run here, and the full check is handed to
    the returned store's `check`, to start after the first paint. Until it has
    passed the store writes nothing. A migration due always checks first."""
    from opd_desktop.store.lending import borrowed

    lent = borrowed(resolve_data_dir(data_dir))
    if lent is not None:
        return lent  # type: ignore[return-value]
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    path = database_path(folder)
    remove_restore_leftovers(folder)
    existing_version = inspect_existing(path, full_check=not defer_check, newest=SCHEMA_VERSION)
    if defer_check and existing_version and existing_version < SCHEMA_VERSION:
        inspect_existing(path, newest=SCHEMA_VERSION)  # a migration writes: the full check first
    check = IntegrityCheck(path) if defer_check and existing_version else None
    is_new = not path.exists() or path.stat().st_size == 0
    try:
        _create_private_file(path)
        conn = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        if is_new:
            _remove_new_database(path)
        raise environment_error(exc, path) or StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} could not be opened: {exc}.").format(
                path=path, exc=exc
            )
        ) from exc
    db: Database | None = None
    try:
        _configure(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            Database = sqlite_utils_database()
            db = Database(conn, execute_plugins=False)
            if existing_version:
                copy_before_migration(conn, path, existing_version)
            build_migrations().apply(db)
            _record_meta(db)
    except (sqlite3.OperationalError, OSError) as exc:
        conn.close()
        if is_new:
            _remove_new_database(path)
        busy = busy_error(exc, path)
        if busy is not None:
            raise busy from exc
        raise environment_error(exc, path) or StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} could not be opened: {exc}.").format(
                path=path, exc=exc
            )
        ) from exc
    except BaseException:
        conn.close()
        if is_new:
            _remove_new_database(path)
        raise
    log.info("opened store at %s (schema %s)", path, SCHEMA_VERSION)
    if check is not None and existing_version < SCHEMA_VERSION:
        check = None  # checked in full above, before the migration
    return Store(conn, path, db, check)


def _remove_new_database(path: Path) -> None:
    """A database this call created and could not finish is removed with its
    side files, so no empty or half-made opd.db is left behind."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


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
            QT_TRANSLATE_NOOP(
                "Errors", "Could not write the copy {target}: {exc}. Nothing was changed."
            ).format(target=target, exc=exc)
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


def open_reader(path: Path) -> Store:
    """A read-only Store on an existing database, for a worker thread that
    works something out while the window stays responsive (WAL lets it read
    beside the writer). Close it when done."""
    conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return Store(conn, Path(path))
