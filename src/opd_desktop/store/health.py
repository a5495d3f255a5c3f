"""What SQLite itself says about a database file: its integrity, the
full-text index's own check, and whether a `-wal` beside it belongs to it.

These are plain checks that report problems as short sentences; deciding
what to do about them is left to the caller (refuse to open, warn in the
status bar, print a summary)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

MAX_REPORTED_PROBLEMS = 20


def integrity_problems(conn: sqlite3.Connection, limit: int = MAX_REPORTED_PROBLEMS) -> list[str]:
    """SQLite's full `integrity_check` (b-trees, free list, and that every
    index holds exactly its table's rows); an empty list when healthy."""
    rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def search_index_problem(conn: sqlite3.Connection) -> str | None:
    """The full-text index's own check (FTS5 'integrity-check'): is the search
    index (contentless, see migrations 4 and 6) whole? A file from before
    migration 6 also has the notes index: does it match the notes? None when
    they are."""
    for index, command in (
        ("notes_fts", "INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)"),
        ("search_index", "INSERT INTO search_index(search_index) VALUES ('integrity-check')"),
    ):
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [index]).fetchone():
            continue
        try:
            conn.execute(command)
        except sqlite3.DatabaseError as exc:
            return f"{index}: {exc}"
    return None


def wal_in_use(path: Path) -> bool:
    """A non-empty `-wal` file lies beside the database."""
    wal = Path(f"{path}-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def identity(conn: sqlite3.Connection) -> tuple[int, int, str | None]:
    """What ties a database to itself across its -wal: (application id,
    schema version, the creation stamp in meta)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    return application_id, version, row[0] if row else None


def _main_file_alone(path: Path) -> sqlite3.Connection:
    # immutable=1: SQLite reads the main file only and never consults its -wal
    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)


def main_file_alone_is_healthy(path: Path) -> bool:
    """Check the main file alone, without its -wal. True when it is a sound
    database by itself."""
    try:
        conn = _main_file_alone(path)
    except sqlite3.Error:
        return False
    try:
        return not integrity_problems(conn, 1)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def main_file_alone_identity(path: Path) -> tuple[int, int, str | None] | None:
    try:
        conn = _main_file_alone(path)
    except sqlite3.Error:
        return None
    try:
        return identity(conn)
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def wal_contradicts(
    main_alone: tuple[int, int, str | None] | None, with_wal: tuple[int, int, str | None]
) -> bool:
    """A -wal that changes who the database is (another application id or
    creation stamp) or takes its schema back cannot be its own."""
    if main_alone is None:
        return False
    alone_app, alone_version, alone_created = main_alone
    wal_app, wal_version, wal_created = with_wal
    if alone_app and wal_app != alone_app:
        return True
    if wal_version < alone_version:
        return True
    return bool(alone_created and wal_created and alone_created != wal_created)
