"""Backup benchmark: an encrypted, verified backup next to what it cannot be
faster than, measured in the same run (alternating, medians): a plain copy with
SQLite's backup API plus one Argon2id derivation. Also the peak memory of a
backup (measured in a fresh process) against the database's size, and the time
of a restore. Prints figures; asserts nothing.

The database check that each scheduled backup also runs (`opd check`'s) is not
part of `create_backup` and not counted here.

Run: .venv/bin/python -m benchmarks.backup [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SECRET = "benchmark passphrase"
RUNS = 5

MEMORY = """
import sys
from pathlib import Path
from opd_desktop.services.backup.backups import create_backup
from opd_desktop.store.database import open_store
import cryptography.hazmat.primitives.ciphers.aead, cryptography.hazmat.primitives.kdf.argon2
store = open_store(sys.argv[1])
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1])
with open("/proc/self/clear_refs", "w") as reset:
    reset.write("5")  # the peak (VmHWM) starts again from here: opening the store is not counted
before = status("VmRSS:")
create_backup(store, Path(sys.argv[2]), "benchmark passphrase")
print(before, status("VmHWM:"))
"""


def _argon2() -> float:
    from opd_desktop.services.backup import file_format

    began = time.perf_counter()
    file_format.derive_key(SECRET, file_format.new_header())
    return time.perf_counter() - began


def _plain(store, target: Path) -> float:
    began = time.perf_counter()
    copy = sqlite3.connect(str(target))
    store.conn.backup(copy)
    copy.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    took = time.perf_counter() - began
    target.unlink()
    return took


def _encrypted(store, work: Path) -> tuple[float, Path]:
    from opd_desktop.services.backup.backups import create_backup

    began = time.perf_counter()
    info = create_backup(store, work, SECRET)
    return time.perf_counter() - began, info.path


def _memory(folder: Path, work: Path) -> tuple[float, float]:
    """(peak RSS growth during one backup, in MB; the database's size in MB), in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY, str(folder), str(work)], capture_output=True, text=True, check=True
    )
    before_kib, peak_kib = map(int, out.stdout.split())
    size = (folder / "opd.db").stat().st_size + sum(
        p.stat().st_size for p in folder.glob("opd.db-wal") if p.exists()
    )
    return (peak_kib - before_kib) * 1024 / 1e6, size / 1e6


def _measure(label: str, folder: Path, work: Path, runs: int) -> None:
    from opd_desktop.services.backup.backups import restore
    from opd_desktop.store.database import open_store

    store = open_store(folder)
    _plain(store, work / "warm.db")
    plain, argon, encrypted = [], [], []
    last = None
    for _ in range(runs):
        plain.append(_plain(store, work / "plain.db"))
        argon.append(_argon2())
        took, last = _encrypted(store, work)
        encrypted.append(took)
        if _ < runs - 1:
            last.unlink()
    store.close()
    plain_ms, argon_ms, backup_ms = (statistics.median(x) * 1000 for x in (plain, argon, encrypted))
    began = time.perf_counter()
    restore(work / f"{label}-restored", last, SECRET)
    restore_ms = (time.perf_counter() - began) * 1000
    last.unlink()
    grown, size = _memory(folder, work)
    for stray in work.glob("*.opdbackup"):
        stray.unlink()
    print(f"{label}: database {size:.1f} MB")
    print(f"  plain SQLite backup API copy (fsynced):   {plain_ms:8.0f} ms")
    print(f"  one Argon2id derivation (t=3, 64 MiB):    {argon_ms:8.0f} ms")
    print(
        f"  encrypted backup (write + verify):        {backup_ms:8.0f} ms"
        f"  = {backup_ms / (plain_ms + argon_ms):.2f}× (plain copy + one Argon2id)"
    )
    print(f"  peak memory growth during the backup:     {grown:8.1f} MB  = {grown / size:.2f}× the database")
    print(f"  restore (decrypt, check, swap):           {restore_ms:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the generated data in this folder")
    args = parser.parse_args()
    from benchmarks.large_data import build
    from opd_desktop.services.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        work = Path(tmp) / "work"
        work.mkdir()
        if not (root / "demo" / "opd.db").exists():
            create_demo(root / "demo").close()
        if not (root / "large" / "opd.db").exists():
            build(root / "large")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        _measure("demo", root / "demo", work, args.runs)
        _measure("large", root / "large", work, args.runs)
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
