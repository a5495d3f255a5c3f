"""Migration 5 on a database with data: metrics, values and ideas survive the
table rebuilds (with any column an earlier migration added), and the new rules hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from opd_desktop.store import database, migrations
from opd_desktop.store.database import open_store


def test_rows_survive_the_rebuild(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = list(migrations.MIGRATION_STEPS)
    position = [name for name, _ in steps].index("m005_metrics_and_outcomes")
    before = steps[:position]

    def extra_column(db) -> None:  # stands for a column another issue adds to ideas first
        db.execute("ALTER TABLE ideas ADD COLUMN source TEXT NOT NULL DEFAULT 'typed'")

    monkeypatch.setattr(migrations, "MIGRATION_STEPS", [*before, ("m004_source", extra_column)])
    monkeypatch.setattr(database, "SCHEMA_VERSION", position + 1)
    store = open_store(data_dir)
    stamp = "2026-01-05T10:00:00+00:00"
    store.execute(
        "INSERT INTO reports(id, name, created_at, updated_at) VALUES (1, 'Zoë', ?, ?)", [stamp, stamp]
    )
    store.execute(
        "INSERT INTO metric_definitions(id, name, unit, higher_is_better, created_at) "
        "VALUES (7, 'Engagement', 'score', 1, ?)",
        [stamp],
    )
    store.execute(
        "INSERT INTO metric_values(metric_id, report_id, measured_on, value, created_at) "
        "VALUES (7, 1, '2026-01-05', 3.5, ?)",
        [stamp],
    )
    store.execute(
        "INSERT INTO ideas(id, report_id, text, status, source, created_at) VALUES (3, 1, 'Export', 'taken', 'worksheet', ?)",
        [stamp],
    )
    store.close()

    monkeypatch.setattr(
        migrations,
        "MIGRATION_STEPS",
        [*before, ("m004_source", extra_column), *steps[position:]],
    )
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(migrations.MIGRATION_STEPS))
    store = open_store(data_dir)
    assert store.execute("SELECT name, report_id FROM metric_definitions").fetchall() == [
        ("Engagement", None)
    ]
    assert store.execute("SELECT value, replaced_at FROM metric_values").fetchall() == [(3.5, None)]
    assert store.execute("SELECT text, status, source, outcome FROM ideas").fetchall() == [
        ("Export", "taken", "worksheet", None)
    ]
    assert store.execute("PRAGMA foreign_key_check").fetchall() == []
    store.execute("UPDATE ideas SET status = 'merged' WHERE id = 3")  # the new states are allowed
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("UPDATE ideas SET status = 'lost' WHERE id = 3")
    store.execute(  # the same name for a report is fine now; twice for the team is not
        "INSERT INTO metric_definitions(name, report_id, created_at) VALUES ('Engagement', 1, ?)", [stamp]
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("INSERT INTO metric_definitions(name, created_at) VALUES ('engagement', ?)", [stamp])
    store.execute("DELETE FROM metric_definitions WHERE id = 7")  # values follow their metric
    assert store.execute("SELECT count(*) FROM metric_values").fetchone()[0] == 0
    store.close()
