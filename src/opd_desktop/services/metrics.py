"""The agreed metrics that show the program's return, and their values over
time (a baseline before or at conversation 1, then again in conversations 4
and 7 and at check-ins).

A metric belongs to one report or to the whole team (`report_id` None); its
name is unique per report and among team metrics. A value of a team metric
is recorded for a report (or for the team as a whole). Values are corrected
or deleted without losing history: the old row is kept, marked replaced or
deleted, and only current rows count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core import metric_rules
from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import date_from_iso, now_stamp, parse_date
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import rows
from opd_desktop.services.text import clean_body, clean_line
from opd_desktop.store.database import Store

TOPIC = Topic.METRICS
CURRENT = "replaced_at IS NULL AND deleted_at IS NULL"


@dataclass(frozen=True)
class MetricDefinition:
    id: int
    name: str
    unit: str
    description: str
    higher_is_better: bool
    report_id: int | None = None  # None: a team metric
    target: float | None = None
    template: str = ""
    agreed_in: int | None = None  # the conversation it was agreed in (1–7)
    agreed_on: dt.date | None = None

    @property
    def is_team(self) -> bool:
        return self.report_id is None

    @property
    def direction(self) -> str:
        if self.higher_is_better:
            return QT_TRANSLATE_NOOP("Metric", "higher is better")
        return QT_TRANSLATE_NOOP("Metric", "lower is better")

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        if self.template:
            found = metric_rules.template(self.template)
            return found.minimum, found.maximum
        return None, None


@dataclass(frozen=True)
class MetricValue:
    metric_id: int
    report_id: int | None
    measured_on: dt.date
    value: float
    note: str
    id: int = 0
    conversation_id: int | None = None
    corrects_id: int | None = None
    replaced_at: str | None = None
    deleted_at: str | None = None

    @property
    def state(self) -> str:
        if self.deleted_at:
            return "deleted"
        if self.replaced_at:
            return "corrected"
        return "current"


def _definition(r: dict) -> MetricDefinition:
    return MetricDefinition(
        id=r["id"],
        name=r["name"],
        unit=r["unit"],
        description=r["description"],
        higher_is_better=bool(r["higher_is_better"]),
        report_id=r["report_id"],
        target=r["target"],
        template=r["template"] or "",
        agreed_in=r["agreed_in"],
        agreed_on=date_from_iso(r["agreed_on"]),
    )


def _value(r: dict) -> MetricValue:
    return MetricValue(
        metric_id=r["metric_id"],
        report_id=r["report_id"],
        measured_on=date_from_iso(r["measured_on"]),  # type: ignore[arg-type]
        value=r["value"],
        note=r["note"],
        id=r["id"],
        conversation_id=r["conversation_id"],
        corrects_id=r["corrects_id"],
        replaced_at=r["replaced_at"],
        deleted_at=r["deleted_at"],
    )


# Definitions -------------------------------------------------------------------------


def _check_unique(store: Store, name: str, report_id: int | None, except_id: int | None = None) -> None:
    found = store.execute(
        "SELECT id FROM metric_definitions WHERE coalesce(report_id, 0) = ? AND lower(name) = lower(?)",
        [report_id or 0, name],
    ).fetchone()
    if found and found[0] != except_id:
        whose = "this report" if report_id else "the team"
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{capitalize} already has a metric called {name}; choose another name."
            ).format(capitalize=whose.capitalize(), name=repr(name)),
            "metric name",
        )


def define_metric(
    store: Store,
    name: str,
    unit: str = "",
    description: str = "",
    higher_is_better: bool = True,
    *,
    report_id: int | None = None,
    target: float | str | None = None,
    template: str = "",
    agreed_in: int | None = None,
    agreed_on: str | dt.date | None = None,
) -> MetricDefinition:
    """A metric for one report (`report_id`) or for the whole team."""
    from opd_desktop.services.reports import get_report

    clean = clean_line(name, "metric name", required=True)
    if report_id is not None:
        get_report(store, report_id)
    minimum = maximum = None
    if template:
        found = metric_rules.template(template)
        if found.computed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is computed by the app from why and when reports were archived; it is on the dashboard already.",  # noqa: E501
                ).format(name=found.name),
                "template",
            )
        minimum, maximum = found.minimum, found.maximum
    goal = None
    if target is not None and target != "":
        goal = metric_rules.parse_number(target, "target")
        metric_rules.check_target(
            goal,
            name=clean,
            higher_is_better=higher_is_better,
            baseline=None,
            minimum=minimum,
            maximum=maximum,
        )
    if agreed_in is not None and not 1 <= int(agreed_in) <= 7:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A metric is agreed in one of the conversations 1 to 7."), "agreed in"
        )
    day = parse_date(agreed_on, "date agreed") if isinstance(agreed_on, str) and agreed_on else agreed_on
    _check_unique(store, clean, report_id)
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO metric_definitions(name, unit, description, higher_is_better, report_id, "
            "target, template, agreed_in, agreed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                clean,
                clean_line(unit, "unit"),
                clean_body(description),
                int(higher_is_better),
                report_id,
                goal,
                template,
                agreed_in,
                day.isoformat() if isinstance(day, dt.date) else None,
                now_stamp(),
            ],
        )
    return get_metric(store, cursor.lastrowid)


def define_from_template(
    store: Store,
    key: str,
    *,
    report_id: int | None = None,
    target: float | str | None = None,
    agreed_in: int | None = None,
    agreed_on: str | dt.date | None = None,
) -> MetricDefinition:
    found = metric_rules.template(key)
    return define_metric(
        store,
        found.name,
        found.unit,
        found.description,
        found.higher_is_better,
        report_id=report_id,
        target=target,
        template=key,
        agreed_in=agreed_in,
        agreed_on=agreed_on,
    )


def get_metric(store: Store, metric_id: int) -> MetricDefinition:
    return _definition(rows.one(store, "metric_definitions", metric_id, "metric"))


def set_target(store: Store, metric_id: int, target: float | str | None) -> MetricDefinition:
    metric = get_metric(store, metric_id)
    goal = None
    if target is not None and target != "":
        goal = metric_rules.parse_number(target, "target")
        current = [v.value for v in current_values(store, metric_id)]
        baseline = _first_per_report_mean(store, metric)
        low, high = metric.bounds
        metric_rules.check_target(
            goal,
            name=metric.name,
            higher_is_better=metric.higher_is_better,
            baseline=baseline,
            minimum=low,
            maximum=high,
            values_nonnegative=all(v >= 0 for v in current),
        )
    with store.write(TOPIC) as db:
        db.execute("UPDATE metric_definitions SET target = ? WHERE id = ?", [goal, metric_id])
    return get_metric(store, metric_id)


def _first_per_report_mean(store: Store, metric: MetricDefinition) -> float | None:
    firsts: dict[int | None, float] = {}
    for v in current_values(store, metric.id):
        firsts.setdefault(v.report_id, v.value)
    return sum(firsts.values()) / len(firsts) if firsts else None


def delete_metric(store: Store, metric_id: int) -> None:
    get_metric(store, metric_id)
    with store.write(TOPIC) as db:
        db.execute("DELETE FROM metric_definitions WHERE id = ?", [metric_id])


def definitions(store: Store) -> list[MetricDefinition]:
    """Every metric: the team's and every report's."""
    return [
        _definition(r)
        for r in rows.query(store, "SELECT * FROM metric_definitions ORDER BY report_id IS NOT NULL, name")
    ]


def team_metrics(store: Store) -> list[MetricDefinition]:
    return [
        _definition(r)
        for r in rows.query(store, "SELECT * FROM metric_definitions WHERE report_id IS NULL ORDER BY name")
    ]


def for_report(store: Store, report_id: int) -> list[MetricDefinition]:
    """The report's own metrics, then the team's."""
    return [
        _definition(r)
        for r in rows.query(
            store,
            "SELECT * FROM metric_definitions WHERE report_id = ? OR report_id IS NULL "
            "ORDER BY report_id IS NULL, name",
            [report_id],
        )
    ]


def find_metric(store: Store, name: str, report_id: int | None) -> MetricDefinition:
    """A metric by name: the report's own first, then the team's."""
    key = name.strip().lower()
    candidates = for_report(store, report_id) if report_id is not None else team_metrics(store)
    for metric in candidates:
        if metric.name.lower() == key:
            return metric
    if report_id is not None:
        elsewhere = store.execute(
            "SELECT 1 FROM metric_definitions WHERE lower(name) = ? AND report_id != ?", [key, report_id]
        ).fetchone()
        if elsewhere:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is another report's metric; define it for this report too (opd metric define NAME --report REPORT) or as a team metric.",  # noqa: E501
                ).format(name=repr(name)),
                "metric",
            )
    names = ", ".join(m.name for m in candidates) or "none yet"
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no metric called {name} here (metrics: {names}).").format(
            name=repr(name), names=names
        )
    )


# Values ------------------------------------------------------------------------------


def _checked_value(
    store: Store,
    metric: MetricDefinition,
    value: float | str,
    measured_on: str | dt.date,
    report_id: int | None,
    today: dt.date | None,
) -> tuple[float, dt.date]:
    from opd_desktop.services.reports import get_report

    number = metric_rules.parse_number(value, "value")
    low, high = metric.bounds
    metric_rules.check_in_range(number, low, high, metric.name, "value")
    day = parse_date(measured_on, "measurement date") if isinstance(measured_on, str) else measured_on
    started = None
    if report_id is not None:
        report = get_report(store, report_id)
        started = report.start_date
        if metric.report_id is not None and metric.report_id != report_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is another report's metric; record it for that report, or define the metric for this one.",  # noqa: E501
                ).format(name=repr(metric.name)),
                "metric",
            )
    metric_rules.check_measured_on(day, today or dt.date.today(), started)
    return number, day


def record_value(
    store: Store,
    metric_id: int,
    value: float | str,
    measured_on: str | dt.date,
    report_id: int | None = None,
    note: str = "",
    conversation_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> MetricValue:
    metric = get_metric(store, metric_id)
    if report_id is None:
        report_id = metric.report_id
    number, day = _checked_value(store, metric, value, measured_on, report_id, today)
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO metric_values(metric_id, report_id, measured_on, value, note, conversation_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [metric_id, report_id, day.isoformat(), number, clean_body(note), conversation_id, now_stamp()],
        )
    return get_value(store, cursor.lastrowid)


def get_value(store: Store, value_id: int) -> MetricValue:
    return _value(rows.one(store, "metric_values", value_id, "metric value"))


def correct_value(
    store: Store,
    value_id: int,
    value: float | str | None = None,
    measured_on: str | dt.date | None = None,
    note: str | None = None,
    *,
    today: dt.date | None = None,
) -> MetricValue:
    """Replace a value; the old one stays in the history, marked corrected."""
    old = get_value(store, value_id)
    if old.state != "current":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This value was already corrected or deleted; correct the current one."
            ),
            "value",
        )
    metric = get_metric(store, old.metric_id)
    number, day = _checked_value(
        store,
        metric,
        old.value if value is None else value,
        old.measured_on if measured_on in (None, "") else measured_on,  # type: ignore[arg-type]
        old.report_id,
        today,
    )
    stamp = now_stamp()
    with store.write(TOPIC) as db:
        cursor = db.execute(
            "INSERT INTO metric_values(metric_id, report_id, measured_on, value, note, conversation_id, "
            "corrects_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                old.metric_id,
                old.report_id,
                day.isoformat(),
                number,
                clean_body(old.note if note is None else note),
                old.conversation_id,
                old.id,
                stamp,
            ],
        )
        db.execute("UPDATE metric_values SET replaced_at = ? WHERE id = ?", [stamp, old.id])
    return get_value(store, cursor.lastrowid)


def delete_value(store: Store, value_id: int) -> None:
    """Take a value out of the figures; it stays in the history, marked deleted."""
    old = get_value(store, value_id)
    if old.state != "current":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This value was already corrected or deleted."), "value"
        )
    with store.write(TOPIC) as db:
        db.execute("UPDATE metric_values SET deleted_at = ? WHERE id = ?", [now_stamp(), value_id])


def values(store: Store, metric_id: int, report_id: int | None = None) -> list[MetricValue]:
    """The current values, oldest first (for one report when `report_id` is given)."""
    return current_values(store, metric_id, report_id)


def current_values(store: Store, metric_id: int, report_id: int | None = None) -> list[MetricValue]:
    sql = f"SELECT * FROM metric_values WHERE metric_id = ? AND {CURRENT}"
    params: list[object] = [metric_id]
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    sql += " ORDER BY measured_on, id"
    return [_value(r) for r in rows.query(store, sql, params)]


def history(store: Store, metric_id: int, report_id: int | None = None) -> list[MetricValue]:
    """Every value ever recorded, corrected and deleted ones included."""
    sql = "SELECT * FROM metric_values WHERE metric_id = ?"
    params: list[object] = [metric_id]
    if report_id is not None:
        sql += " AND report_id = ?"
        params.append(report_id)
    sql += " ORDER BY measured_on, id"
    return [_value(r) for r in rows.query(store, sql, params)]


def latest_values(store: Store, report_id: int) -> list[tuple[MetricDefinition, MetricValue | None]]:
    """Each of the report's metrics with its last current value (what to bring to a conversation)."""
    found = []
    for metric in for_report(store, report_id):
        current = current_values(store, metric.id, report_id)
        found.append((metric, current[-1] if current else None))
    return found


def values_recorded_in(store: Store, conversation_id: int) -> list[tuple[MetricDefinition, MetricValue]]:
    found = rows.query(
        store,
        f"SELECT * FROM metric_values WHERE conversation_id = ? AND {CURRENT} ORDER BY id",
        [conversation_id],
    )
    return [(get_metric(store, r["metric_id"]), _value(r)) for r in found]
