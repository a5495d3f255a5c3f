"""Data-move benchmark: full JSON export and import, a handover file written
and imported, a purge (delete, index rebuild, VACUUM) and a roster import, on
the demo data and on the large generated data (200 reports, ~100k notes).
Prints figures; asserts nothing.

Run: .venv/bin/python -m benchmarks.data_moves
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.services import handover, json_export, purge, reports, roster_import
from opd_desktop.services.demo import create_demo
from opd_desktop.store.database import open_store


def _timed(label: str, job):
    began = time.perf_counter()
    result = job()
    print(f"  {label:<44} {(time.perf_counter() - began) * 1000:8.0f} ms")
    return result


def _measure(label: str, folder: Path, work: Path) -> None:
    store = open_store(folder)
    print(f"{label}: database {store.path.stat().st_size / 1e6:.1f} MB")
    exported = _timed("export json", lambda: json_export.export_json(store, work / f"{label}.json"))
    print(f"  {'(file size)':<44} {exported.path.stat().st_size / 1e6:8.1f} MB")
    _timed(
        "import json into an empty folder",
        lambda: json_export.import_json(work / f"{label}-copy", exported.path),
    )
    person = reports.list_reports(store)[0]
    written = _timed(
        "handover file of one report",
        lambda: handover.export_report(store, person.id, work / f"{label}.opdhandover"),
    )
    receiving = open_store(work / f"{label}-receiving")
    _timed("handover import", lambda: handover.import_report(receiving, written.path))
    receiving.close()
    _timed(
        "purge one report (delete, rebuild index, VACUUM)",
        lambda: purge.purge_report(store, person.id, person.name),
    )
    store.close()


def _roster(work: Path, rows: int) -> None:
    csv_file = work / "roster.csv"
    lines = ["Full name;Job title;Department;Hire date"]
    lines += [f"Zoë Dvořák {i};Engineer;Platform;{1 + i % 28:02d}.03.2024" for i in range(rows)]
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(work / "roster")
    preview = _timed(f"roster preview of {rows} rows", lambda: roster_import.read_roster(store, csv_file))
    _timed(f"roster import of {rows} rows (one transaction)", lambda: roster_import.apply(store, preview))
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        create_demo(work / "demo").close()
        build(work / "large")
        _measure("demo", work / "demo", work)
        _measure("large", work / "large", work)
        print("roster:")
        _roster(work, 500)


if __name__ == "__main__":
    main()
