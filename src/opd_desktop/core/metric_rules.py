"""Agreed metrics as rules: the templates the program names, the change from
baseline to latest read in the metric's direction, and what a sensible
target or value is. Pure functions; storage is in `services/metrics.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError


@dataclass(frozen=True)
class MetricTemplate:
    key: str
    name: str
    unit: str
    description: str
    higher_is_better: bool = True
    minimum: float | None = None
    maximum: float | None = None
    computed: bool = False  # the app works it out itself; no values are typed


TEMPLATES: tuple[MetricTemplate, ...] = (
    MetricTemplate(
        "engagement",
        "Engagement",
        "score 1–5",
        "A short pulse the employee gives: how engaged do you feel in your work, from 1 to 5?",
        minimum=1,
        maximum=5,
    ),
    MetricTemplate(
        "enps",
        "Employee NPS",
        "score 0–10",
        "How likely are you to recommend working here to a friend, from 0 to 10?",
        minimum=0,
        maximum=10,
    ),
    MetricTemplate(
        "retention",
        "Retention",
        "% still on the team",
        "Worked out from why and when reports were archived; nothing to type.",
        minimum=0,
        maximum=100,
        computed=True,
    ),
)


def template(key: str) -> MetricTemplate:
    for found in TEMPLATES:
        if found.key == key:
            return found
    keys = ", ".join(t.key for t in TEMPLATES)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{key} is not a metric template; choose one of {keys}.").format(
            key=repr(key), keys=keys
        ),
        "template",
    )


@dataclass(frozen=True)
class Change:
    """Baseline → latest, read in the metric's direction."""

    baseline: float
    latest: float
    higher_is_better: bool
    count: int  # how many values there are

    @property
    def delta(self) -> float:
        return self.latest - self.baseline

    @property
    def baseline_only(self) -> bool:
        return self.count < 2

    @property
    def verdict(self) -> str:
        """'better', 'worse', 'same' or 'baseline only'."""
        if self.baseline_only:
            return "baseline only"
        if abs(self.delta) < 1e-9:
            return "same"
        improved = self.delta > 0 if self.higher_is_better else self.delta < 0
        return "better" if improved else "worse"

    def describe(self, unit: str = "") -> str:
        if self.baseline_only:
            return f"{fmt(self.baseline)} (baseline only)"
        sign = "+" if self.delta > 0 else ("−" if self.delta < 0 else "±")
        return f"{fmt(self.baseline)} → {fmt(self.latest)} ({sign}{fmt(abs(self.delta))}, {self.verdict})"


def fmt(value: float) -> str:
    """A value as people write it: 4, 3.5, 0.25 (no trailing zeros)."""
    rounded = round(value, 2)
    return f"{rounded:g}" if abs(rounded) < 1e6 else f"{rounded:,.0f}"


def change(values: list[float], higher_is_better: bool) -> Change | None:
    """The change from the first value (the baseline) to the last, or None without values."""
    if not values:
        return None
    return Change(values[0], values[-1], higher_is_better, len(values))


def team_trend(series: Iterable[Sequence[tuple[dt.date, float]]]) -> list[tuple[dt.date, float]]:
    """The team's monthly trend: at the end of each month with a measurement,
    the average of every report's latest value so far (each report counted once,
    from its first value on). The last point is therefore the team's latest
    figure, the average of each report's last value. Each series oldest first."""
    months: dict[dt.date, list[tuple[int, float]]] = {}
    for person, points in enumerate(series):
        for day, value in points:
            months.setdefault(day.replace(day=1), []).append((person, value))
    latest: dict[int, float] = {}
    trend = []
    for month in sorted(months):
        for person, value in months[month]:
            latest[person] = value
        trend.append((month, sum(latest.values()) / len(latest)))
    return trend


def target_reached(latest: float, target: float | None, higher_is_better: bool) -> bool | None:
    if target is None:
        return None
    return latest >= target if higher_is_better else latest <= target


def parse_number(text: str | float | int, field: str = "value") -> float:
    if isinstance(text, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{text} is not a number.").format(text=repr(text)), field
        )
    if isinstance(text, int | float):
        number = float(text)
    else:
        cleaned = text.strip().replace("−", "-").replace(",", ".")
        try:
            number = float(cleaned)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{text} is not a number; write the {field} as digits, for example 3.5."
                ).format(text=repr(text), field=field),
                field,
            ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{text} is not a usable number.").format(text=repr(text)), field
        )
    return number


def check_in_range(value: float, minimum: float | None, maximum: float | None, name: str, what: str) -> None:
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        low = fmt(minimum) if minimum is not None else "−∞"
        high = fmt(maximum) if maximum is not None else "∞"
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} runs from {low} to {high}; {fmt} is outside it.").format(
                name=name, low=low, high=high, fmt=fmt(value)
            ),
            what,
        )


def check_target(
    target: float,
    *,
    name: str,
    higher_is_better: bool,
    baseline: float | None,
    minimum: float | None = None,
    maximum: float | None = None,
    values_nonnegative: bool = True,
) -> None:
    """A target must have the right sign and lie on the improving side of the baseline."""
    if target < 0 and values_nonnegative and (minimum is None or minimum >= 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A target of {fmt} has the wrong sign: {name} is never below zero."
            ).format(fmt=fmt(target), name=name),
            "target",
        )
    check_in_range(target, minimum, maximum, name, "target")
    if baseline is not None:
        worse = target < baseline if higher_is_better else target > baseline
        if worse:
            way = "higher" if higher_is_better else "lower"
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A target of {fmt} is worse than the baseline {fmt2}; for {name}, {way} is better.",
                ).format(fmt=fmt(target), fmt2=fmt(baseline), name=name, way=way),
                "target",
            )


def check_measured_on(day: dt.date, today: dt.date, started: dt.date | None) -> None:
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{isoformat} is in the future; record a value on or before today."
            ).format(isoformat=day.isoformat()),
            "date",
        )
    if started is not None and day < started:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{isoformat} is before the report started ({isoformat2}); check the date."
            ).format(isoformat=day.isoformat(), isoformat2=started.isoformat()),
            "date",
        )
