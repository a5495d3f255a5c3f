"""Search benchmark: queries as the manager types them on the large data
(200 reports, ~100k notes): common words, rare words, prefixes of one and
two letters, accented and hostile input, one report. Prints p50/p95 per
kind and overall (after one untimed round); asserts nothing. The machine's
other load shows in p95: run it on a quiet machine.

Run: .venv/bin/python -m benchmarks.search
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.large_data import build
from opd_desktop.services import reports
from opd_desktop.services.search import search
from opd_desktop.store.database import open_store

QUERIES = {
    "common word": ["plan", "team", "review", "data", "focus", "goal", "customer"],
    "long word (> 8)": ["migration", "migrations", "customers"],
    "two common words": ["plan team", "review data", "goal focus"],
    "prefix as typed": ["p", "pl", "pla", "m", "mi", "mig", "migr", "cu", "cus", "cust"],
    "rare or absent": ["zebra", "quantum", "xyzzy"],
    "accents": ["zolc", "Żółć", "zoe", "sukru"],
    "hostile": ['"', "AND OR", "*", "NEAR(", "a:b"],
}
ROUNDS = 10


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "large"
        began = time.perf_counter()
        build(folder)
        print(f"large data built in {time.perf_counter() - began:.1f} s")
        store = open_store(folder)
        indexed = store.execute("SELECT count(*) FROM search_index").fetchone()[0]
        notes = store.execute("SELECT count(*) FROM notes").fetchone()[0]
        size_mb = (folder / "opd.db").stat().st_size / 1e6
        print(f"{notes} notes, {indexed} entries in the search index; database {size_mb:.0f} MB")
        one_report = reports.list_reports(store)[100].id
        for queries in QUERIES.values():  # one untimed round: the pages come into the cache, as in use
            for query in queries:
                search(store, query)
        everything: list[float] = []
        for kind, queries in QUERIES.items():
            timings: list[float] = []
            for _ in range(ROUNDS):
                for query in queries:
                    began = time.perf_counter()
                    search(store, query)
                    timings.append(time.perf_counter() - began)
            everything += timings
            median, p95 = _ms(statistics.median(timings)), _ms(_p95(timings))
            print(f"{kind:<18} p50 {median}  p95 {p95}  ({len(timings)} runs)")
        timings = []
        for _ in range(ROUNDS):
            for query in ("plan", "mig", "review data"):
                began = time.perf_counter()
                search(store, query, report_id=one_report)
                timings.append(time.perf_counter() - began)
        everything += timings
        print(f"{'one report':<18} p50 {_ms(statistics.median(timings))}  p95 {_ms(_p95(timings))}")
        print(
            f"ALL QUERIES        p50 {_ms(statistics.median(everything))}  p95 {_ms(_p95(everything))}  "
            f"({len(everything)} runs, 50 results each at most)"
        )
        began = time.perf_counter()
        store.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'plan'").fetchone()
        print(f"for comparison, counting every 'plan' match: {_ms(time.perf_counter() - began)}")
        store.close()


if __name__ == "__main__":
    main()
