"""The agreed metrics that show the program's return, and their values over
time (a baseline before conversation 1, then again as the program runs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import date_from_iso, now_stamp, parse_date
from opd_desktop.errors import ValidationError
from opd_desktop.services import rows
from opd_desktop.services.text import clean_body, clean_line
from opd_desktop.store.database import Store

TOPIC = Topic.METRICS


@dataclass(frozen=True)
class MetricDefinition:
    id: int
    name: str
    unit: str
    description: str
    higher_is_better: bool


@dataclass(frozen=True)
class MetricValue:
    metric_id: int
    report_id: int | None
    measured_on: dt.date
    value: float
    note: str


def define_metric(
    store: Store, name: str, unit: str = "", description: str = "", higher_is_better: bool = True
) -> MetricDefinition:
    clean = clean_line(name, "metric name", required=True)
    if store.execute("SELECT 1 FROM metric_definitions WHERE lower(name) = lower(?)", [clean]).fetchone():
        raise ValidationError(f"A metric called {clean!r} already exists.", "metric name")
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO metric_definitions(name, unit, description, higher_is_better, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                clean,
                clean_line(unit, "unit"),
                clean_body(description),
                int(higher_is_better),
                now_stamp(),
            ],
        )
    return next(m for m in definitions(store) if m.id == cursor.lastrowid)


def definitions(store: Store) -> list[MetricDefinition]:
    return [
        MetricDefinition(r["id"], r["name"], r["unit"], r["description"], bool(r["higher_is_better"]))
        for r in rows.query(store, "SELECT * FROM metric_definitions ORDER BY name")
    ]


def record_value(
    store: Store,
    metric_id: int,
    value: float | str,
    measured_on: str | dt.date,
    report_id: int | None = None,
    note: str = "",
) -> MetricValue:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{value!r} is not a number.", "value") from None
    day = parse_date(measured_on, "measurement date") if isinstance(measured_on, str) else measured_on
    with store.write(TOPIC) as db:
        db.execute(
            "INSERT INTO metric_values(metric_id, report_id, measured_on, value, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [metric_id, report_id, day.isoformat(), number, clean_body(note), now_stamp()],
        )
    return MetricValue(metric_id, report_id, day, number, note)


def values(store: Store, metric_id: int, report_id: int | None = None) -> list[MetricValue]:
    sql = "SELECT * FROM metric_values WHERE metric_id = ?"
    params: list[object] = [metric_id]
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    sql += " ORDER BY measured_on, id"
    return [
        MetricValue(
            r["metric_id"],
            r["report_id"],
            date_from_iso(r["measured_on"]),  # type: ignore[arg-type]
            r["value"],
            r["note"],
        )
        for r in rows.query(store, sql, params)
    ]
