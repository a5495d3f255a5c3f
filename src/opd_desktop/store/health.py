"""What SQLite itself says about a database file: its integrity, the
full-text index's own check, and whether a `-wal` beside it belongs to it.

These are plain checks that report problems as short sentences; deciding
what to do about them is left to the caller (refuse to open, warn in the
status bar, print a summary)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

MAX_REPORTED_PROBLEMS = 20
# A main file read into memory to judge its -wal; larger files are not judged that way.
MAX_IMAGE_BYTES = 512 * 1024 * 1024


def integrity_problems(conn: sqlite3.Connection, limit: int = MAX_REPORTED_PROBLEMS) -> list[str]:
    """SQLite's full `integrity_check` (b-trees, free list, and that every
    index holds exactly its table's rows); an empty list when healthy."""
    rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def search_index_problem(conn: sqlite3.Connection) -> str | None:
    """The full-text index's own check (FTS5 'integrity-check'): does the
    index match the notes it indexes? None when it does."""
    has_index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes_fts'").fetchone()
    if not has_index:
        return None
    try:
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def wal_in_use(path: Path) -> bool:
    """A non-empty `-wal` file lies beside the database."""
    wal = Path(f"{path}-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def main_file_alone_is_healthy(path: Path) -> bool:
    """Read the main file alone (never its -wal) into memory and check it.
    True when it is a sound database by itself."""
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return False
        image = bytearray(path.read_bytes())
    except OSError:
        return False
    if len(image) < 100 or not image.startswith(b"SQLite format 3\0"):
        return False
    image[18] = image[19] = 1  # read as a rollback-journal file: no -wal is consulted
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(bytes(image))
        return not integrity_problems(conn, 1)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
