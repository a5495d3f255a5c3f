"""Hostile-environment benchmark: how fast a forged backup header, a pipe and a
huge sparse file are refused, and what the full start-up integrity check costs
next to quick_check (demo data and the large generated data).
Prints figures; asserts nothing.

Run: .venv/bin/python -m benchmarks.hostile
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.errors import OpdError
from opd_desktop.services.backup import file_format
from opd_desktop.services.backup.backups import verify_backup
from opd_desktop.services.demo import create_demo
from opd_desktop.store.inspection import inspect_existing

SECRET = "benchmark passphrase"


def _refusal(label: str, path: Path) -> None:
    began = time.perf_counter()
    try:
        verify_backup(path, SECRET)
        outcome = "accepted?!"
    except OpdError as exc:
        outcome = f"{type(exc).__name__} (exit {getattr(exc, 'exit_code', 1)})"
    print(f"{label}: refused in {(time.perf_counter() - began) * 1000:.1f} ms — {outcome}")


def _pragma(path: Path, pragma: str) -> float:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    began = time.perf_counter()
    conn.execute(f"PRAGMA {pragma}").fetchall()
    elapsed = time.perf_counter() - began
    conn.close()
    return elapsed * 1000


def _startup_check(label: str, path: Path) -> None:
    quick = min(_pragma(path, "quick_check") for _ in range(3))
    full = min(_pragma(path, "integrity_check") for _ in range(3))
    began = time.perf_counter()
    inspect_existing(path)
    inspect = (time.perf_counter() - began) * 1000
    print(
        f"{label} ({path.stat().st_size / 1e6:.1f} MB): quick_check {quick:.1f} ms, "
        f"integrity_check {full:.1f} ms, whole start-up inspection {inspect:.1f} ms"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        header = file_format.new_header(4096)
        forged = file_format.Header(
            **{**header.__dict__, "time_cost": 12, "memory_kib": 1 << 20, "key_check": b"\1" * 32}
        )
        (work / "hostile.opdbackup").write_bytes(forged.to_bytes() + b"\0" * 64)
        _refusal("forged header t=12, m=1 GiB, checksum recomputed", work / "hostile.opdbackup")
        os.mkfifo(work / "pipe.opdbackup")
        _refusal("named pipe", work / "pipe.opdbackup")
        with open(work / "sparse.opdbackup", "wb") as handle:
            handle.truncate(2 << 30)
        _refusal("2 GiB sparse file", work / "sparse.opdbackup")
        _refusal("/dev/zero", Path("/dev/zero"))
        demo = create_demo(work / "demo")
        demo.close()
        _startup_check("demo data", work / "demo" / "opd.db")
        build(work / "large")
        _startup_check("large data", work / "large" / "opd.db")


if __name__ == "__main__":
    main()
