from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core.stages import ConversationState, Status, check_transition, compute_stage
from opd_desktop.errors import ValidationError

NOW = dt.datetime(2026, 5, 1, 12, 0)


def _state(number, status, when=None, held=None):
    return ConversationState(number, Status(status), when, held)


def test_a_new_report_is_at_one_of_seven() -> None:
    stage = compute_stage([_state(n, "planned") for n in range(1, 8)], NOW)
    assert stage.label == "1 of 7" and stage.next_number == 1 and not stage.overdue


def test_skipped_conversations_do_not_block_the_next() -> None:
    states = [_state(1, "completed"), _state(2, "skipped"), _state(3, "held")] + [
        _state(n, "planned") for n in range(4, 8)
    ]
    stage = compute_stage(states, NOW)
    assert stage.done == (1, 3) and stage.skipped == (2,) and stage.label == "4 of 7"


def test_overdue_when_the_next_planned_date_has_passed() -> None:
    states = [_state(1, "planned", NOW - dt.timedelta(days=1))]
    assert compute_stage(states, NOW).overdue
    assert not compute_stage([_state(1, "planned", NOW + dt.timedelta(hours=1))], NOW).overdue


def test_after_the_series_the_stage_counts_checkins() -> None:
    states = [_state(n, "completed") for n in range(1, 8)] + [
        _state(None, "held"),
        _state(None, "planned", NOW + dt.timedelta(days=3)),
    ]
    stage = compute_stage(states, NOW)
    assert stage.series_finished and stage.label == "Check-ins (1)"
    assert stage.next_date == NOW + dt.timedelta(days=3)


@pytest.mark.parametrize(
    ("current", "wanted"),
    [("completed", "skipped"), ("skipped", "held"), ("held", "skipped"), ("completed", "planned")],
)
def test_status_jumps_that_make_no_sense_are_refused(current: str, wanted: str) -> None:
    with pytest.raises(ValidationError, match="cannot be marked"):
        check_transition(Status(current), Status(wanted), "Conversation 2 of 7")
