"""The store's first commit is made ahead of the first autosave, by a write that
changes nothing, and never before the start-up check has passed."""

from __future__ import annotations

from pathlib import Path

from opd_desktop.store.database import open_store


def test_the_first_write_waits_for_the_check_and_changes_nothing(data_dir: Path) -> None:
    open_store(data_dir).close()
    store = open_store(data_dir, defer_check=True)
    try:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        wal = Path(f"{store.path}-wal")
        before = wal.stat().st_size if wal.exists() else 0
        assert store.check is not None
        assert store.prepare_first_write() is False  # the check has not run: nothing written
        assert (wal.stat().st_size if wal.exists() else 0) == before
        store.check.wait()
        assert store.prepare_first_write() is True
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        store.close()
