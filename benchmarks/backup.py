"""Backup benchmark: backup and restore time and size for the demo data and
the large generated data, next to a plain SQLite backup of the same database.
Prints figures; asserts nothing.

Run: .venv/bin/python -m benchmarks.backup
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.services.backup.backups import create_backup, restore
from opd_desktop.services.demo import create_demo
from opd_desktop.store.database import open_store

SECRET = "benchmark passphrase"


def _measure(label: str, folder: Path, work: Path) -> None:
    store = open_store(folder)
    size = store.path.stat().st_size
    began = time.perf_counter()
    plain = work / f"{label}-plain.db"
    target = sqlite3.connect(str(plain))
    store.conn.backup(target)
    target.close()
    plain_time = time.perf_counter() - began
    began = time.perf_counter()
    info = create_backup(store, work, SECRET)  # includes Argon2id (64 MiB, t=3) twice: write and verify
    backup_time = time.perf_counter() - began
    store.close()
    began = time.perf_counter()
    restore(work / f"{label}-restored", info.path, SECRET)
    restore_time = time.perf_counter() - began
    print(f"{label}: database {size / 1e6:.1f} MB")
    plain_mb = plain.stat().st_size / 1e6
    print(f"  plain SQLite backup API copy:          {plain_time * 1000:8.0f} ms, {plain_mb:.1f} MB")
    print(f"  encrypted backup (write + verify):     {backup_time * 1000:8.0f} ms, {info.size / 1e6:.1f} MB")
    print(f"  restore (decrypt, check, swap):        {restore_time * 1000:8.0f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        create_demo(work / "demo").close()
        build(work / "large")
        began = time.perf_counter()
        from opd_desktop.services.backup import file_format
        from opd_desktop.services.backup.file_format import Header

        file_format.derive_key(SECRET, Header(3, 64 * 1024, 4, b"s" * 16, b"n" * 7, 4096))
        print(f"one Argon2id derivation (t=3, 64 MiB, p=4): {(time.perf_counter() - began) * 1000:.0f} ms")
        _measure("demo", work / "demo", work)
        _measure("large", work / "large", work)


if __name__ == "__main__":
    main()
