"""The measures the app computes itself from what the manager already records
(no typing): pure functions over plain histories, so each can be tested on a
history built by hand."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.rhythm import DEFAULT_CADENCE_DAYS  # noqa: F401  (the measures' default too)


@dataclass(frozen=True)
class Measure:
    key: str  # stable, for the CSV export
    label: str
    value: float | None  # None: not enough data yet
    unit: str  # "%", "days", "count"
    detail: str = ""  # e.g. "7 of 9"

    def shown(self) -> str:
        if self.value is None:
            return "not enough data yet"
        if self.unit == "%":
            text = f"{round(self.value)}%"
        elif self.unit == "days":
            text = f"{self.value:g} days"
        else:
            text = f"{self.value:g}"
        return f"{text} ({self.detail})" if self.detail else text


def share(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def median(values: Iterable[float]) -> float | None:
    found = list(values)
    return float(statistics.median(found)) if found else None


# Conversations --------------------------------------------------------------------


@dataclass(frozen=True)
class Held:
    """One conversation: when it was planned and when (if) it was held."""

    scheduled_on: dt.date | None
    held_on: dt.date | None
    skipped: bool = False


def held_on_time(history: Sequence[Held]) -> list[Measure]:
    """Share of held conversations held on or before their planned day, the
    median days late among the late ones, and how many were skipped."""
    timed = [h for h in history if h.held_on and h.scheduled_on and not h.skipped]
    late = [(h.held_on - h.scheduled_on).days for h in timed if h.held_on > h.scheduled_on]  # type: ignore[operator]
    return held_on_time_counts(len(timed), late, sum(h.skipped for h in history))


def held_on_time_counts(timed: int, late_days: Sequence[int], skipped: int) -> list[Measure]:
    """The same from counts (the team's figures are counted in SQL)."""
    on_time = timed - len(late_days)
    return [
        Measure("held_on_time", QT_TRANSLATE_NOOP("Measure", "Conversations held on time"), share(on_time, timed), "%",  # noqa: E501
                f"{on_time} of {timed}"),
        Measure("median_days_late", QT_TRANSLATE_NOOP("Measure", "Median days late (when late)"), median(late_days), "days",  # noqa: E501
                f"{len(late_days)} late"),
        Measure("skipped", QT_TRANSLATE_NOOP("Measure", "Conversations skipped"), float(skipped), "count"),
    ]  # fmt: skip


def gaps_against_cadence(held_days: Sequence[dt.date], cadence_days: int) -> list[Measure]:
    """Days between consecutive held conversations, against the agreed cadence."""
    days = sorted(held_days)
    gaps = [((b - a).days, cadence_days) for a, b in itertools.pairwise(days)]
    return gap_measures(gaps, f"cadence {cadence_days} days")


def gap_measures(gaps: Sequence[tuple[int, int]], detail: str = "") -> list[Measure]:
    """Each gap with the cadence it is held against."""
    within = sum(gap <= cadence for gap, cadence in gaps)
    return [
        Measure("median_gap_days", QT_TRANSLATE_NOOP("Measure", "Median days between conversations"), median(g for g, _ in gaps), "days",  # noqa: E501
                detail),
        Measure("gaps_within_cadence", QT_TRANSLATE_NOOP("Measure", "Gaps within the cadence"), share(within, len(gaps)), "%",  # noqa: E501
                f"{within} of {len(gaps)}"),
    ]  # fmt: skip


# Action items -------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    owner: str  # employee / manager
    status: str  # open / done / dropped
    due_on: dt.date | None
    closed_on: dt.date | None


_ITEM_LABELS = {
    "employee": (
        QT_TRANSLATE_NOOP("Measure", "Employee's action items done"),
        QT_TRANSLATE_NOOP("Measure", "Employee's action items done by the due date"),
    ),
    "manager": (
        QT_TRANSLATE_NOOP("Measure", "Your action items done"),
        QT_TRANSLATE_NOOP("Measure", "Your action items done by the due date"),
    ),
}


def items_done(items: Sequence[Item]) -> list[Measure]:
    """Per side: share of action items done (dropped ones are not counted) and
    share done by their due date (an item without a due date is on time)."""
    found = []
    for owner in ("employee", "manager"):
        mine = [i for i in items if i.owner == owner and i.status != "dropped"]
        done = [i for i in mine if i.status == "done"]
        on_time = [i for i in done if i.due_on is None or (i.closed_on and i.closed_on <= i.due_on)]
        done_label, on_time_label = _ITEM_LABELS[owner]
        found.append(
            Measure(f"items_done_{owner}", done_label, share(len(done), len(mine)), "%",
                    f"{len(done)} of {len(mine)}")
        )  # fmt: skip
        found.append(
            Measure(f"items_on_time_{owner}", on_time_label,
                    share(len(on_time), len(done)), "%", f"{len(on_time)} of {len(done)} done")
        )  # fmt: skip
    return found


# Ideas -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdeaTrack:
    status: str  # captured / taken / answered / shared / dropped / merged
    taken_on: dt.date | None
    answered_on: dt.date | None
    outcome: str | None  # adopted / declined / parked


def ideas_measures(ideas: Sequence[IdeaTrack]) -> list[Measure]:
    """Merged ideas count once, through the idea they were merged into."""
    counted = [i for i in ideas if i.status != "merged"]
    taken = [i for i in counted if i.status in ("taken", "answered", "shared")]
    answered = [i for i in counted if i.status in ("answered", "shared")]
    shared = [i for i in counted if i.status == "shared"]
    adopted = [i for i in answered if i.outcome == "adopted"]
    waits = [(i.answered_on - i.taken_on).days for i in answered if i.answered_on and i.taken_on]
    return [
        Measure("ideas_taken", QT_TRANSLATE_NOOP("Measure", "Ideas taken to senior management"), share(len(taken), len(counted)), "%",  # noqa: E501
                f"{len(taken)} of {len(counted)}"),
        Measure("ideas_answered", QT_TRANSLATE_NOOP("Measure", "Ideas answered"), share(len(answered), len(taken)), "%",  # noqa: E501
                f"{len(answered)} of {len(taken)} taken"),
        Measure("idea_median_days_to_answer", QT_TRANSLATE_NOOP("Measure", "Median days to an answer"), median(waits), "days"),  # noqa: E501
        Measure("ideas_shared_back", QT_TRANSLATE_NOOP("Measure", "Answers shared back with the employee"),
                share(len(shared), len(answered)), "%", f"{len(shared)} of {len(answered)}"),
        Measure("ideas_adopted", QT_TRANSLATE_NOOP("Measure", "Ideas adopted"), float(len(adopted)), "count",
                f"of {len(answered)} answered"),
        Measure("ideas_dropped", QT_TRANSLATE_NOOP("Measure", "Ideas dropped"), float(sum(i.status == "dropped" for i in ideas)), "count"),  # noqa: E501
        Measure("ideas_merged", QT_TRANSLATE_NOOP("Measure", "Ideas merged into another"),
                float(sum(i.status == "merged" for i in ideas)), "count"),
    ]  # fmt: skip


# Commitments and plan goals ------------------------------------------------------


def commitments_kept(statuses: Sequence[str]) -> Measure:
    """Leadership commitments: kept out of those decided (kept or not kept)."""
    kept = sum(s == "kept" for s in statuses)
    decided = sum(s in ("kept", "not_kept") for s in statuses)
    still = sum(s == "open" for s in statuses)
    return Measure("commitments_kept", QT_TRANSLATE_NOOP("Measure", "Leadership commitments kept"), share(kept, decided), "%",  # noqa: E501
                   f"{kept} of {decided} decided, {still} open")  # fmt: skip


def goals_achieved(outcomes: Sequence[str | None]) -> list[Measure]:
    decided = [o for o in outcomes if o]
    achieved = sum(o == "achieved" for o in decided)
    partly = sum(o == "partly" for o in decided)
    return [
        Measure("goals_achieved", QT_TRANSLATE_NOOP("Measure", "Plan goals achieved"), share(achieved, len(decided)), "%",  # noqa: E501
                f"{achieved} of {len(decided)} with an outcome, {partly} partly"),
    ]  # fmt: skip


def days_to_final_plan(pairs: Sequence[tuple[dt.date | None, dt.date | None]]) -> Measure:
    """Median days from conversation 1 to the first finalized plan, per report."""
    spans = [(final - first).days for first, final in pairs if first and final]
    return Measure("days_to_final_plan", QT_TRANSLATE_NOOP("Measure", "Conversation 1 to a final plan"), median(spans), "days",  # noqa: E501
                   f"{len(spans)} plan{'s' if len(spans) != 1 else ''}")  # fmt: skip


# Retention -----------------------------------------------------------------------


@dataclass(frozen=True)
class Tenure:
    """A report in the program: when conversation 1 was held, and when and why they left."""

    first_on: dt.date
    left_on: dt.date | None
    reason: str | None  # left_company / moved_manager / other


def retention(people: Sequence[Tenure], today: dt.date, months: int) -> Measure:
    """Share of reports still on the team `months` after conversation 1.

    Only reports whose conversation 1 is at least that long ago are counted.
    Leaving the company before the mark counts as lost; moving to another
    manager or leaving for another reason before the mark is not counted either
    way (the program cannot be credited or blamed for a reorganization)."""
    kept = lost = 0
    for person in people:
        mark = _add_months(person.first_on, months)
        if mark > today:
            continue
        gone_before = person.left_on is not None and person.left_on < mark
        if not gone_before:
            kept += 1
        elif person.reason == "left_company":
            lost += 1
    return Measure(f"retention_{months}m", QT_TRANSLATE_NOOP("Measure", "Still on the team {months} months after conversation 1").format(months=months),  # noqa: E501
                   share(kept, kept + lost), "%", f"{kept} of {kept + lost}")  # fmt: skip


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
