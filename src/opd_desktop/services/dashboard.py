"""The Return dashboard as content: for each agreed metric, baseline → latest
with the change read in its direction and the series to chart, plus the
computed measures. The screen, the PDF and `opd metrics` all render this, so
they cannot disagree.

For the team, a team metric's series is, month by month, the average of each
active report's latest value so far (`metric_rules.team_trend`), so the chart
ends on the figure shown as latest: the average of each report's last value.
Its baseline is the average of each report's first value."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop.core import metric_rules
from opd_desktop.core.dates import date_from_iso
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.measures import Measure
from opd_desktop.services import measures, metrics
from opd_desktop.services.metrics import MetricDefinition
from opd_desktop.store.database import Store


@dataclass(frozen=True)
class MetricLine:
    metric: MetricDefinition
    points: list[tuple[dt.date, float]]  # the series to chart, oldest first
    change: metric_rules.Change | None
    people: int = 1  # how many reports the figures come from (team view)

    @property
    def baseline_only(self) -> bool:
        return self.change is not None and self.change.baseline_only

    @property
    def summary(self) -> str:
        if self.change is None:
            return "no values yet"
        return self.change.describe(self.metric.unit)

    @property
    def target_text(self) -> str:
        if self.metric.target is None:
            return ""
        reached = (
            metric_rules.target_reached(self.change.latest, self.metric.target, self.metric.higher_is_better)
            if self.change
            else None
        )
        if reached:
            return QT_TRANSLATE_NOOP("Metric", "target {target} (reached)").format(
                target=metric_rules.fmt(self.metric.target)
            )
        return QT_TRANSLATE_NOOP("Metric", "target {target}").format(
            target=metric_rules.fmt(self.metric.target)
        )


@dataclass(frozen=True)
class Dashboard:
    title: str
    report_id: int | None
    lines: list[MetricLine] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    generated_on: dt.date = field(default_factory=dt.date.today)


def for_report(store: Store, report_id: int, today: dt.date | None = None) -> Dashboard:
    from opd_desktop.services.reports import get_report

    report = get_report(store, report_id)
    by_metric: dict[int, list[tuple[dt.date, float]]] = defaultdict(list)
    for metric_id, measured_on, value in store.execute(
        f"SELECT metric_id, measured_on, value FROM metric_values WHERE report_id = ? AND {metrics.CURRENT} "
        "ORDER BY measured_on, id",
        [report_id],
    ):
        by_metric[metric_id].append((date_from_iso(measured_on), value))  # type: ignore[arg-type]
    lines = []
    for metric in metrics.for_report(store, report_id):
        points = by_metric.get(metric.id, [])
        lines.append(
            MetricLine(metric, points, metric_rules.change([v for _, v in points], metric.higher_is_better))
        )
    return Dashboard(
        title=f"The program's return: {report.name}",
        report_id=report_id,
        lines=lines,
        measures=measures.compute(store, report_id, today),
        generated_on=today or dt.date.today(),
    )


def for_team(store: Store, today: dt.date | None = None) -> Dashboard:
    per_metric: dict[int, dict[int | None, list[tuple[dt.date, float]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for metric_id, report_id, measured_on, value in store.execute(
        "SELECT v.metric_id, v.report_id, v.measured_on, v.value FROM metric_values v "
        "JOIN metric_definitions d ON d.id = v.metric_id AND d.report_id IS NULL "
        "LEFT JOIN reports r ON r.id = v.report_id "
        "WHERE v.replaced_at IS NULL AND v.deleted_at IS NULL "
        "AND (v.report_id IS NULL OR r.archived_at IS NULL) ORDER BY v.measured_on, v.id"
    ):
        per_metric[metric_id][report_id].append((date_from_iso(measured_on), value))  # type: ignore[arg-type]
    lines = []
    for metric in metrics.team_metrics(store):
        series = per_metric.get(metric.id, {})
        lines.append(_team_line(metric, series))
    return Dashboard(
        title="The program's return: the team",
        report_id=None,
        lines=lines,
        measures=measures.compute(store, None, today),
        generated_on=today or dt.date.today(),
    )


def _team_line(metric: MetricDefinition, series: dict[int | None, list[tuple[dt.date, float]]]) -> MetricLine:
    if not series:
        return MetricLine(metric, [], None, 0)
    firsts = [points[0][1] for points in series.values()]
    lasts = [points[-1][1] for points in series.values()]
    trend = metric_rules.team_trend(series.values())
    count = max(len(p) for p in series.values())
    baseline = sum(firsts) / len(firsts)
    latest = sum(lasts) / len(lasts)
    change = metric_rules.Change(baseline, latest, metric.higher_is_better, count)
    return MetricLine(metric, trend, change, len(series))


def team_from_file(path: Path, today: dt.date | None = None) -> Dashboard:
    """The team's dashboard read through its own connection, for a worker thread."""
    from opd_desktop.store.database import open_reader

    reader = open_reader(path)
    try:
        return for_team(reader, today)
    finally:
        reader.conn.close()
