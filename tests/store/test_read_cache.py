"""Store.cached: reads remembered until the next write, the most recently used kept."""

from __future__ import annotations

from pathlib import Path

from opd_desktop.services import reports
from opd_desktop.store.database import CACHED_RESULTS, open_store


def test_a_read_is_remembered_until_a_write(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    try:
        calls: list[str] = []

        def compute(name: str):
            calls.append(name)
            return [name]

        assert store.cached("a", lambda: compute("a")) == ["a"]
        assert store.cached("a", lambda: compute("a")) == ["a"]
        assert calls == ["a"]
        reports.add_report(store, "Zoë")  # a write: everything is read again
        store.cached("a", lambda: compute("a"))
        assert calls == ["a", "a"]
    finally:
        store.close()


def test_the_least_recently_used_read_goes_first(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    try:
        calls: list[int] = []

        def read(key: int):
            return store.cached(key, lambda: calls.append(key) or key)

        for key in range(CACHED_RESULTS):
            read(key)
        read(0)  # used again: now the most recent
        read(CACHED_RESULTS)  # one more than it keeps: key 1 goes, not 0
        calls.clear()
        read(0)
        read(2)
        assert calls == []
        read(1)
        assert calls == [1]
    finally:
        store.close()
