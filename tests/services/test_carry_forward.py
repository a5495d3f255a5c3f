"""What each conversation carries in: open items survive skipped and
rescheduled conversations; held ones show the view of their day."""

from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core.models import IdeaStatus
from opd_desktop.services import conversations as conv
from opd_desktop.services import followthrough as ft
from opd_desktop.services import notes, reports
from opd_desktop.services.carry_forward import carried_in

DAY = dt.date(2026, 1, 5)


@pytest.fixture
def report(store):
    return reports.add_report(store, "Zoë")


def _held(store, report, n, day):
    c = conv.series_conversation(store, report.id, n)
    conv.schedule(store, c.id, dt.datetime.combine(day, dt.time(10)))
    return conv.hold(store, c.id, day)


def _at(day):
    return dt.datetime.combine(day, dt.time(11))


def test_open_items_survive_a_skipped_conversation(store, report) -> None:
    one = _held(store, report, 1, DAY)
    item = ft.add_action_item(store, report.id, "Find a mentor", "manager", None, one.id, at=_at(DAY))
    two = _held(store, report, 2, DAY + dt.timedelta(days=14))
    idea = ft.capture_idea(
        store, report.id, "Self-service export", two.id, at=_at(DAY + dt.timedelta(days=14))
    )
    three = conv.series_conversation(store, report.id, 3)
    conv.skip(store, three.id)
    four = conv.series_conversation(store, report.id, 4)
    conv.schedule(store, four.id, "2026-03-01 10:00")
    conv.schedule(store, four.id, "2026-03-08 10:00")  # rescheduled
    carried = carried_in(store, four.id)
    assert [i.id for i in carried.action_items] == [item.id]
    assert [i.id for i in carried.ideas] == [idea.id]
    # conversation 1 does not carry in what it created itself
    assert carried_in(store, one.id).action_items == []


def test_closed_items_leave_later_agendas_but_stay_in_the_held_view(store, report) -> None:
    one = _held(store, report, 1, DAY)
    item = ft.add_action_item(store, report.id, "Read the values", "employee", None, one.id, at=_at(DAY))
    two = _held(store, report, 2, DAY + dt.timedelta(days=14))
    ft.set_action_status(store, item.id, "done", at=_at(DAY + dt.timedelta(days=14)))
    three = conv.series_conversation(store, report.id, 3)
    assert carried_in(store, three.id).action_items == []
    assert [i.id for i in carried_in(store, two.id).action_items] == [item.id]


def test_ideas_stay_on_agendas_until_shared_back(store, report) -> None:
    two = _held(store, report, 2, DAY)
    idea = ft.capture_idea(store, report.id, "Open Q&A", two.id, at=_at(DAY))
    ft.take_idea_to_management(store, idea.id, DAY + dt.timedelta(days=1), "Leadership team")
    ft.record_idea_feedback(store, idea.id, "Yes, from March", DAY + dt.timedelta(days=5))
    three = conv.series_conversation(store, report.id, 3)
    assert [i.status for i in carried_in(store, three.id).ideas] == [IdeaStatus.ANSWERED]
    ft.share_idea_back(store, idea.id, DAY + dt.timedelta(days=14), three.id)
    # still shown in the conversation where it was shared back, gone after
    assert [i.id for i in carried_in(store, three.id).ideas] == [idea.id]
    four = conv.series_conversation(store, report.id, 4)
    assert carried_in(store, four.id).ideas == []


def test_leadership_feedback_asked_in_three_is_taken_up_in_four_then_commitments_follow(
    store, report
) -> None:
    three = _held(store, report, 3, DAY)
    feedback = ft.request_leadership_feedback(
        store, report.id, "How could I lead better?", three.id, at=_at(DAY)
    )
    four = conv.series_conversation(store, report.id, 4)
    assert [f.id for f in carried_in(store, four.id).leadership_feedback] == [feedback.id]
    ft.record_leadership_feedback(
        store, feedback.id, employee_said="Explain the why", commitments="Share reasons weekly"
    )
    five = conv.series_conversation(store, report.id, 5)
    assert [f.id for f in carried_in(store, five.id).leadership_commitments] == [feedback.id]
    ft.close_leadership_feedback(store, feedback.id)
    assert carried_in(store, five.id).leadership_commitments == []


def test_recaps_name_the_conversations_the_guide_asks_for(store, report) -> None:
    one = _held(store, report, 1, DAY)
    notes.save_note(store, one.id, "strengths", "Explains things simply")
    five = _held(store, report, 5, DAY + dt.timedelta(days=60))
    notes.save_note(store, five.id, "career_history", "Reception, support, engineering")
    six = conv.series_conversation(store, report.id, 6)
    recaps = carried_in(store, six.id).recaps
    assert [r.number for r in recaps] == [1, 5]
    assert recaps[0].notes["strengths"].body == "Explains things simply"


def test_idea_status_cannot_jump(store, report) -> None:
    from opd_desktop.errors import ValidationError

    idea = ft.capture_idea(store, report.id, "Idea")
    with pytest.raises(ValidationError, match="next step is to take it to senior management"):
        ft.record_idea_feedback(store, idea.id, "ok", DAY)
    ft.take_idea_to_management(store, idea.id, dt.date.today(), "CEO")
    with pytest.raises(ValidationError, match="cannot be before"):
        ft.record_idea_feedback(store, idea.id, "ok", dt.date.today() - dt.timedelta(days=30))
