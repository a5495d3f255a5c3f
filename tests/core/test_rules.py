"""Rules that live below the UI: change topics, plan status, what comes next,
and the theme's colour roles."""

from __future__ import annotations

import pytest

from opd_desktop.core.changes import Changes, Topic
from opd_desktop.core.models import Conversation
from opd_desktop.core.plan_status import (
    PLAN_STATUS_LABELS,
    PlanStatus,
    can_move,
    can_revise,
    check_plan_transition,
    is_editable,
    progress_recordable,
)
from opd_desktop.core.stages import Status, checkin_choice, next_conversation, next_number_after
from opd_desktop.core.theme import ROLES, SURFACES, TEXT_ROLES, Role, contrast
from opd_desktop.errors import ValidationError


def test_changes_carry_topics_and_the_reports_touched() -> None:
    one = Changes.of(Topic.ACTION_ITEMS, report_id=7)
    assert one == {Topic.ACTION_ITEMS} == {"action_items"}
    assert one.touches([Topic.ACTION_ITEMS], 7) and one.touches([Topic.ACTION_ITEMS])
    assert not one.touches([Topic.ACTION_ITEMS], 8) and not one.touches([Topic.IDEAS], 7)
    anyone = Changes.of(Topic.PLANS)
    assert anyone.touches([Topic.PLANS], 8)  # no ids: may concern any report
    both = one.merged(Changes.of(Topic.ACTION_ITEMS, report_id=9)).merged(anyone)
    assert both.report_ids(Topic.ACTION_ITEMS) == {7, 9} and both.report_ids(Topic.PLANS) == frozenset()
    with pytest.raises(ValueError):
        Changes.of("action-items")  # a misspelt topic is an error, never a stale screen


def test_plan_status_moves_forward_only() -> None:
    assert can_move(PlanStatus.DRAFT, PlanStatus.FINAL) and can_move("final", "superseded")
    assert not can_move("final", "draft") and not can_move("superseded", "final")
    with pytest.raises(ValidationError, match="cannot become draft"):
        check_plan_transition("final", "draft", 2)
    assert is_editable("draft") and not is_editable("final")
    assert can_revise("final") and not can_revise("draft")
    assert progress_recordable("final") and not progress_recordable("superseded")
    assert set(PLAN_STATUS_LABELS) == set(PlanStatus)


def _conversation(cid: int, number: int | None, status: Status) -> Conversation:
    return Conversation(cid, 1, number, status, None, None, None, "", "", "")


def test_next_conversation_and_the_checkin_choice() -> None:
    series = [_conversation(n, n, Status.COMPLETED if n < 4 else Status.PLANNED) for n in range(1, 8)]
    assert next_conversation(series, 4).number == 4
    done = [_conversation(n, n, Status.COMPLETED) for n in range(1, 8)]
    held = _conversation(10, None, Status.HELD)
    planned = [_conversation(11, None, Status.PLANNED), _conversation(12, None, Status.PLANNED)]
    assert checkin_choice(done) is None
    assert next_conversation(done, None).number == 7
    assert checkin_choice([*done, held]).id == 10  # the latest when none is planned
    assert next_conversation([*done, held, *planned], None).id == 11  # the next planned one
    assert next_number_after(3) == 4 and next_number_after(7) is None and next_number_after(None) is None


@pytest.mark.parametrize("dark", [False, True])
def test_theme_roles_meet_wcag_aa(dark: bool) -> None:
    assert set(ROLES) == set(Role)
    for surface in SURFACES:
        background = ROLES[surface].value(dark)
        for role in TEXT_ROLES:
            assert contrast(ROLES[role].value(dark), background) >= 4.5, (role, surface, dark)
        assert contrast(ROLES[Role.CONTROL_BORDER].value(dark), background) >= 3, (surface, dark)


@pytest.mark.parametrize("dark", [False, True])
def test_every_theme_pair_meets_wcag_aa(dark: bool) -> None:
    from opd_desktop.core.theme import pairs

    found = pairs(dark)
    assert len(found) > 30
    failing = [
        (what, round(contrast(fg, bg), 2)) for what, fg, bg, least in found if contrast(fg, bg) < least
    ]
    assert not failing, failing
