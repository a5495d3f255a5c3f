"""Store benchmark: open, roster, one report's journey and note autosaves on
a large generated data folder. Prints figures; asserts nothing.

Run: .venv/bin/python -m benchmarks.store
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.services import conversations, notes, reports
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.store.database import open_store


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "large"
        began = time.perf_counter()
        build(folder)
        generated = time.perf_counter() - began
        store = open_store(folder)
        counts = {
            table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("reports", "conversations", "notes", "action_items")
        }
        store.close()
        size_mb = (folder / "opd.db").stat().st_size / 1e6
        print(f"data: {counts} — {size_mb:.1f} MB, generated in {generated:.1f} s")

        opens = []
        for _ in range(5):
            began = time.perf_counter()
            store = open_store(folder)
            opens.append(time.perf_counter() - began)
            store.close()
        print(f"open store (quick_check included), median of 5: {_ms(statistics.median(opens))}")

        store = open_store(folder)
        began = time.perf_counter()
        roster = reports.list_roster(store)
        print(f"roster of {len(roster)} with stages:            {_ms(time.perf_counter() - began)}")

        report_id = roster[len(roster) // 2].report.id
        began = time.perf_counter()
        journey = conversations.journey(store, report_id)
        latest = journey[-2]
        carried_in(store, latest.id)
        notes.notes_for(store, latest.id)
        print(
            f"one report's journey ({len(journey)} conversations) + carry-in + notes: "
            f"{_ms(time.perf_counter() - began)}"
        )

        timings = []
        body = "Zoë said the migration is on track. " * 20
        for i in range(300):
            began = time.perf_counter()
            notes.save_note(store, latest.id, "plan_progress", body + str(i))
            timings.append(time.perf_counter() - began)
        timings.sort()
        p50 = timings[len(timings) // 2]
        p99 = timings[int(len(timings) * 0.99) - 1]
        print(f"note autosave commit (synchronous=FULL), 300 saves: p50 {_ms(p50)}, p99 {_ms(p99)}")
        store.close()


if __name__ == "__main__":
    main()
