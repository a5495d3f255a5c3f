"""Capture kinds: the guides declare them, services implement them, and the
ones not built yet are listed as pending in core/ and show nothing."""

from __future__ import annotations

import pytest

from opd_desktop.core.guides import GuideSet, load_guides
from opd_desktop.paths import guides_dir


@pytest.fixture(scope="module")
def guides() -> GuideSet:
    return load_guides(guides_dir())


def _captures(guide) -> set[str]:
    return {kind for item in guide.agenda for kind in item.captures}


def test_every_capture_kind_is_implemented_or_listed_as_pending(guides: GuideSet) -> None:
    from opd_desktop.core.guides import CAPTURE_KINDS, PENDING_CAPTURE_KINDS
    from opd_desktop.services.captures import implemented_kinds

    assert sorted(PENDING_CAPTURE_KINDS) == [
        "leadership_commitments",
    ]  # build them, then drop here
    assert implemented_kinds() | PENDING_CAPTURE_KINDS == CAPTURE_KINDS
    assert not implemented_kinds() & PENDING_CAPTURE_KINDS
    declared = {kind for guide in guides.all() for item in guide.agenda for kind in item.captures}
    assert declared <= implemented_kinds() | PENDING_CAPTURE_KINDS


def test_a_pending_capture_kind_offers_nothing(guides: GuideSet) -> None:
    from opd_desktop.core.guides import PENDING_CAPTURE_KINDS
    from opd_desktop.services.captures import offered

    for guide in guides.all():
        assert not {option.kind for option in offered(guide)} & PENDING_CAPTURE_KINDS
    metrics_guides = [g for g in guides.all() if "metrics" in _captures(g)]
    assert metrics_guides  # the guides do ask for metrics: recorded on the Conduct tab, not quick capture
    for guide in metrics_guides:
        assert "metrics" not in {option.kind for option in offered(guide)}


def test_metrics_are_captured_elsewhere() -> None:
    from opd_desktop.core.guides import PENDING_CAPTURE_KINDS
    from opd_desktop.services.captures import ELSEWHERE, implemented_kinds

    assert "metrics" in implemented_kinds() and "metrics" in ELSEWHERE
    assert "metrics" not in PENDING_CAPTURE_KINDS


def test_the_plan_goal_capture_follows_the_guides(guides: GuideSet) -> None:
    from opd_desktop.services.captures import offered

    with_goals = [g.number for g in guides.all() if "Development plan goal" in {o.label for o in offered(g)}]
    assert with_goals == [g.number for g in guides.all() if "plan_goals" in _captures(g)] == [5, 6, 7]
