"""The computed return measures on histories built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core import measures as m
from opd_desktop.core import metric_rules
from opd_desktop.core.ideas import IdeaOutcome, check_idea_step, check_merge, parse_outcome
from opd_desktop.core.models import IdeaStatus
from opd_desktop.errors import ValidationError

D = dt.date(2026, 1, 5)


def _days(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def _by_key(found: list[m.Measure]) -> dict[str, m.Measure]:
    return {x.key: x for x in found}


def test_held_late_and_skipped() -> None:
    history = [
        m.Held(_days(0), _days(0)),  # on time
        m.Held(_days(14), _days(13)),  # early counts as on time
        m.Held(_days(28), _days(31)),  # 3 days late
        m.Held(_days(42), _days(49)),  # 7 days late
        m.Held(_days(56), None, skipped=True),
        m.Held(_days(70), None),  # still planned: not counted
    ]
    found = _by_key(m.held_on_time(history))
    assert found["held_on_time"].value == 50.0
    assert found["held_on_time"].detail == "2 of 4"
    assert found["median_days_late"].value == 5.0
    assert found["skipped"].value == 1


def test_nothing_held_yet_is_not_enough_data() -> None:
    found = _by_key(m.held_on_time([m.Held(_days(3), None)]))
    assert found["held_on_time"].value is None
    assert found["held_on_time"].shown() == "not enough data yet"


def test_gaps_against_the_cadence() -> None:
    found = _by_key(m.gaps_against_cadence([_days(0), _days(14), _days(35), _days(49)], 14))
    assert found["median_gap_days"].value == 14
    assert found["gaps_within_cadence"].value == pytest.approx(200 / 3)


def test_items_done_and_done_late_per_side() -> None:
    items = [
        m.Item("employee", "done", _days(10), _days(9)),  # on time
        m.Item("employee", "done", _days(10), _days(12)),  # done late
        m.Item("employee", "open", _days(10), None),
        m.Item("employee", "dropped", None, _days(3)),  # not counted
        m.Item("manager", "done", None, _days(40)),  # no due date: on time
        m.Item("manager", "open", _days(5), None),
    ]
    found = _by_key(m.items_done(items))
    assert found["items_done_employee"].value == pytest.approx(200 / 3)
    assert found["items_on_time_employee"].value == 50.0
    assert found["items_done_manager"].value == 50.0
    assert found["items_on_time_manager"].value == 100.0


def test_ideas_answered_adopted_merged() -> None:
    ideas = [
        m.IdeaTrack("captured", None, None, None),
        m.IdeaTrack("merged", None, None, None),  # counted through its target
        m.IdeaTrack("dropped", None, None, None),
        m.IdeaTrack("taken", _days(0), None, None),
        m.IdeaTrack("answered", _days(0), _days(10), "adopted"),
        m.IdeaTrack("shared", _days(0), _days(20), "declined"),
        m.IdeaTrack("shared", _days(5), _days(9), "adopted"),
    ]
    found = _by_key(m.ideas_measures(ideas))
    assert found["ideas_taken"].detail == "4 of 6"
    assert found["ideas_answered"].value == 75.0
    assert found["idea_median_days_to_answer"].value == 10
    assert found["ideas_shared_back"].value == pytest.approx(200 / 3)
    assert found["ideas_adopted"].value == 2
    assert found["ideas_merged"].value == 1 and found["ideas_dropped"].value == 1


def test_commitments_goals_and_time_to_plan() -> None:
    kept = m.commitments_kept(["kept", "kept", "not_kept", "open"])
    assert kept.value == pytest.approx(200 / 3) and "1 open" in kept.detail
    goals = _by_key(m.goals_achieved(["achieved", "partly", "not_achieved", None, "achieved"]))
    assert goals["goals_achieved"].value == 50.0
    span = m.days_to_final_plan([(_days(0), _days(100)), (_days(0), _days(80)), (None, _days(5))])
    assert span.value == 90


def test_retention_counts_leavers_not_moves() -> None:
    today = dt.date(2027, 6, 1)
    people = [
        m.Tenure(dt.date(2026, 1, 1), None, None),  # still here
        m.Tenure(dt.date(2026, 1, 1), dt.date(2026, 3, 1), "left_company"),  # lost before 6 months
        m.Tenure(dt.date(2026, 1, 1), dt.date(2026, 3, 1), "moved_manager"),  # not counted
        m.Tenure(dt.date(2026, 1, 1), dt.date(2026, 10, 1), "left_company"),  # kept at 6, lost by 12
        m.Tenure(dt.date(2027, 3, 1), None, None),  # too recent for either mark
    ]
    six = m.retention(people, today, 6)
    twelve = m.retention(people, today, 12)
    assert six.value == pytest.approx(200 / 3) and six.detail == "2 of 3"
    assert twelve.value == pytest.approx(100 / 3) and twelve.detail == "1 of 3"


@pytest.mark.parametrize(
    ("values", "higher", "verdict", "delta"),
    [
        ([3, 4], True, "better", 1),
        ([3, 4], False, "worse", 1),
        ([5, 3.5], False, "better", -1.5),
        ([5, 3.5], True, "worse", -1.5),
        ([2, 2], True, "same", 0),
        ([2], True, "baseline only", 0),
    ],
)
def test_change_reads_the_metric_direction(values, higher, verdict, delta) -> None:
    change = metric_rules.change(values, higher)
    assert change is not None
    assert change.verdict == verdict and change.delta == pytest.approx(delta)


def test_baseline_only_is_said_plainly() -> None:
    assert metric_rules.change([4.0], True).describe() == "4 (baseline only)"  # type: ignore[union-attr]
    assert metric_rules.change([], True) is None


def test_targets_with_the_wrong_sign_or_side_are_refused() -> None:
    with pytest.raises(ValidationError, match="wrong sign"):
        metric_rules.check_target(-3, name="Tickets", higher_is_better=True, baseline=None)
    with pytest.raises(ValidationError, match="worse than the baseline"):
        metric_rules.check_target(2, name="Engagement", higher_is_better=True, baseline=3)
    with pytest.raises(ValidationError, match="runs from 1 to 5"):
        metric_rules.check_target(
            6, name="Engagement", higher_is_better=True, baseline=None, minimum=1, maximum=5
        )
    metric_rules.check_target(2, name="Turnaround", higher_is_better=False, baseline=5)


def test_numbers_are_parsed_or_refused() -> None:
    assert metric_rules.parse_number("−3,5") == -3.5
    for bad in ("abc", "", "nan", "inf"):
        with pytest.raises(ValidationError):
            metric_rules.parse_number(bad)


def test_idea_state_machine() -> None:
    check_idea_step(IdeaStatus.CAPTURED, IdeaStatus.TAKEN)
    check_idea_step(IdeaStatus.CAPTURED, IdeaStatus.DROPPED)
    with pytest.raises(ValidationError, match="Only an idea not yet taken"):
        check_idea_step(IdeaStatus.TAKEN, IdeaStatus.DROPPED)
    with pytest.raises(ValidationError, match="next step is to take it"):
        check_idea_step(IdeaStatus.CAPTURED, IdeaStatus.SHARED)
    with pytest.raises(ValidationError, match="already shared back"):
        check_idea_step(IdeaStatus.SHARED, IdeaStatus.SHARED)
    with pytest.raises(ValidationError, match="into itself"):
        check_merge(3, IdeaStatus.CAPTURED, 3, IdeaStatus.CAPTURED)
    with pytest.raises(ValidationError, match="still going"):
        check_merge(3, IdeaStatus.CAPTURED, 4, IdeaStatus.DROPPED)
    assert parse_outcome(" Adopted ") == IdeaOutcome.ADOPTED
    with pytest.raises(ValidationError, match="adopted, declined or parked"):
        parse_outcome("maybe")


def test_team_trend_ends_on_the_average_of_each_reports_last_value() -> None:
    # Zoë measured in January and March, Dmitry only in February: a plain
    # monthly average would end on Zoë's March value alone (2), while the
    # team's latest figure is the average of both last values ((2 + 5) / 2).
    zoe = [(dt.date(2026, 1, 10), 4.0), (dt.date(2026, 3, 5), 2.0)]
    dmitry = [(dt.date(2026, 2, 20), 5.0)]
    trend = metric_rules.team_trend([zoe, dmitry])
    assert trend == [
        (dt.date(2026, 1, 1), 4.0),
        (dt.date(2026, 2, 1), 4.5),
        (dt.date(2026, 3, 1), 3.5),
    ]
    assert trend[-1][1] == (zoe[-1][1] + dmitry[-1][1]) / 2


def test_team_trend_takes_the_last_value_of_a_month_with_two() -> None:
    twice = [(dt.date(2026, 5, 2), 1.0), (dt.date(2026, 5, 28), 3.0)]
    assert metric_rules.team_trend([twice]) == [(dt.date(2026, 5, 1), 3.0)]
    assert metric_rules.team_trend([]) == []
