"""Development plan, profile and series-summary rules, without a window."""

from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core.clifton import THEMES
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, followthrough, plans, profile, reports, series_summary
from opd_desktop.services.plans import PeriodNeedsConfirmation

START = dt.date(2026, 3, 1)


@pytest.fixture
def report(store):
    return reports.add_report(store, "Łukasz Żółć")


def _plan_with_goal(store, report):
    plan = plans.start_plan(store, report.id)
    plans.set_terms(store, plan.id, period_start=START, period_end=START + dt.timedelta(days=150))
    goal = plans.add_goal(store, plan.id, "Lead the migration", "Achiever", "Done on time", "2026-07-01")
    return plan, goal


def test_finalize_snapshot_then_revise_makes_a_new_version(store, report) -> None:
    plan, goal = _plan_with_goal(store, report)
    action = plans.add_action(store, goal.id, "Write the plan", "employee", "2026-03-15", "Review")
    final = plans.finalize(store, plan.id)
    assert (
        final.status == "final"
        and plans.snapshot_of(store, plan.id)["goals"][0]["title"] == "Lead the migration"
    )
    with pytest.raises(ValidationError, match="start a new version"):
        plans.add_goal(store, plan.id, "Another")
    plans.set_action_status(store, action.id, "done")  # progress is tracked on the final plan
    assert plans.get_plan(store, plan.id).progress == 1.0
    second = plans.revise(store, report.id)
    assert (second.version, second.status) == (2, "draft")
    assert [g.title for g in second.goals] == ["Lead the migration"]
    plans.add_goal(store, second.id, "Present at a meetup")
    assert plans.get_plan(store, plan.id).status == "final"  # still in force
    plans.finalize(store, second.id)
    history = plans.history(store, report.id)
    assert [(p.version, p.status) for p in history] == [(1, "superseded"), (2, "final")]
    assert len(plans.snapshot_of(store, plan.id)["goals"]) == 1  # the old snapshot is unchanged


def test_the_next_plan_starts_from_the_open_work_of_the_last(store, report) -> None:
    plan, goal = _plan_with_goal(store, report)
    done = plans.add_action(store, goal.id, "Done already")
    plans.add_action(store, goal.id, "Still open")
    finished = plans.add_goal(store, plan.id, "Finished goal")
    plans.add_action(store, finished.id, "Completed")
    plans.finalize(store, plan.id)
    plans.set_action_status(store, done.id, "done")
    plans.set_action_status(store, plans.get_plan(store, plan.id).goals[1].actions[0].id, "done")
    following = plans.start_next_plan(store, report.id)
    assert [g.title for g in following.goals] == ["Lead the migration"]
    assert [a.text for a in following.goals[0].actions] == ["Still open"]
    assert following.period_start is None


def test_a_period_outside_three_to_six_months_asks_for_confirmation(store, report) -> None:
    plan, _goal = _plan_with_goal(store, report)
    plans.set_terms(store, plan.id, period_start=START, period_end=START + dt.timedelta(days=300))
    with pytest.raises(PeriodNeedsConfirmation, match="Keep this period anyway"):
        plans.finalize(store, plan.id)
    assert plans.get_plan(store, plan.id).status == "draft"
    assert plans.finalize(store, plan.id, confirmed=True).status == "final"


def test_plan_bad_input_is_explained(store, report) -> None:
    plan, goal = _plan_with_goal(store, report)
    with pytest.raises(ValidationError, match="every action belongs to a goal"):
        plans.add_action(store, None, "Orphan")
    with pytest.raises(ValidationError, match="before the plan starts"):
        plans.add_action(store, goal.id, "Too early", due_date="2026-01-01")
    action = plans.add_action(store, goal.id, "Fine")
    plans.set_action_status(store, action.id, "done")
    with pytest.raises(ValidationError, match="reopen it before marking it dropped"):
        plans.set_action_status(store, action.id, "dropped")
    with pytest.raises(ValidationError, match="ends before it starts"):
        plans.set_terms(store, plan.id, period_start=START, period_end=START)


def test_goals_link_to_the_employees_own_strengths_only(store, report) -> None:
    plan, _goal = _plan_with_goal(store, report)
    strength = profile.add_entry(store, report.id, "strength", "Explains data simply")
    value = profile.add_entry(store, report.id, "value", "Honesty")
    linked = plans.add_goal(store, plan.id, "Teach a course", profile_entry_id=strength.id)
    assert linked.profile_entry_id == strength.id
    with pytest.raises(ValidationError, match="strengths or aspirations"):
        plans.add_goal(store, plan.id, "Other", profile_entry_id=value.id)


def test_clifton_ranking_is_top_five_or_all(store, report) -> None:
    ranked = profile.set_clifton_themes(store, report.id, ["learner", "Achiever", "Relator", "Woo", "Focus"])
    assert [(e.rank, e.text) for e in ranked][:2] == [(1, "Learner"), (2, "Achiever")]
    assert len(profile.set_clifton_themes(store, report.id, list(reversed(THEMES)))) == 34
    with pytest.raises(ValidationError, match="top 5 themes or rank all 34"):
        profile.set_clifton_themes(store, report.id, ["Learner"])
    with pytest.raises(ValidationError, match="not a CliftonStrengths theme"):
        profile.set_clifton_themes(store, report.id, ["Learner", "Achiever", "Relator", "Woo", "Chess"])
    with pytest.raises(ValidationError, match="listed twice"):
        profile.set_clifton_themes(store, report.id, ["Woo"] * 5)
    assert len(profile.entries(store, report.id, "clifton_theme")) == 34


def test_career_history_dates_and_editing(store, report) -> None:
    role = profile.add_entry(
        store,
        report.id,
        "career",
        "Support Specialist",
        detail="Onboarding",
        learned="Listen first",
        start_date="2018-03-01",
        end_date="2021-06-30",
    )
    with pytest.raises(ValidationError, match="before the start date"):
        profile.update_entry(store, role.id, end_date="2017-01-01")
    updated = profile.update_entry(store, role.id, text="Senior Support Specialist")
    assert updated.text == "Senior Support Specialist" and updated.learned == "Listen first"
    profile.delete_entry(store, role.id)
    assert profile.entries(store, report.id, "career") == []


def test_action_item_status_jumps_are_refused(store, report) -> None:
    item = followthrough.add_action_item(store, report.id, "Book a room", "manager")
    followthrough.set_action_status(store, item.id, "dropped")
    with pytest.raises(ValidationError, match="reopen it"):
        followthrough.set_action_status(store, item.id, "done")
    followthrough.set_action_status(store, item.id, "open")
    assert followthrough.set_action_status(store, item.id, "done").status.value == "done"


def test_series_summary_and_agreed_cadence_schedule_checkins(store, report) -> None:
    for number in range(1, 8):
        conv = conversations.series_conversation(store, report.id, number)
        conversations.hold(store, conv.id, dt.date(2026, 1, 1) + dt.timedelta(days=14 * number))
    plan, _goal = _plan_with_goal(store, report)
    series_summary.save(store, report.id, "summary_employee", "Led the rota; learned to say no")
    assert series_summary.read(store, report.id)["summary_employee"].startswith("Led the rota")
    scheduled = series_summary.agree_cadence(store, report.id, dt.date(2026, 6, 1), 14, 4)
    assert len(scheduled) == 4
    assert plans.get_plan(store, plan.id).checkin_cadence_days == 14
    with pytest.raises(ValidationError):
        series_summary.save(store, report.id, "gossip", "x")
