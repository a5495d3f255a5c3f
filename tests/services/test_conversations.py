from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core.stages import Status
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations as conv
from opd_desktop.services import notes, reports


@pytest.fixture
def report(store):
    return reports.add_report(store, "Łukasz Żółć")


def _number(store, report, n):
    return conv.series_conversation(store, report.id, n)


def test_plan_reschedule_hold_complete(store, report) -> None:
    first = _number(store, report, 1)
    planned = conv.schedule(store, first.id, "2026-02-02 09:30")
    assert planned.duration_minutes == 60 and planned.scheduled_at == dt.datetime(2026, 2, 2, 9, 30)
    moved = conv.schedule(store, first.id, "2026-02-04 14:00", duration_minutes=45)
    assert moved.scheduled_at.day == 4 and moved.duration_minutes == 45
    held = conv.hold(store, first.id, "2026-02-04")
    assert held.status == Status.HELD and held.held_on == dt.date(2026, 2, 4)
    with pytest.raises(ValidationError, match="only a planned conversation"):
        conv.schedule(store, first.id, "2026-02-10 10:00")
    assert conv.complete(store, first.id).status == Status.COMPLETED
    assert conv.reopen(store, first.id).status == Status.HELD


def test_skip_and_plan_again(store, report) -> None:
    second = _number(store, report, 2)
    assert conv.skip(store, second.id, "Merged into 3").status == Status.SKIPPED
    with pytest.raises(ValidationError, match="Plan it again first"):
        conv.hold(store, second.id)
    again = conv.reopen(store, second.id)
    assert again.status == Status.PLANNED and again.skip_reason == ""


def test_a_date_before_the_previous_conversation_is_refused(store, report) -> None:
    first = _number(store, report, 1)
    conv.schedule(store, first.id, "2026-03-10 10:00")
    with pytest.raises(ValidationError, match="cannot come before conversation 1"):
        conv.schedule(store, _number(store, report, 2).id, "2026-03-01 10:00")


def test_holding_in_the_future_is_refused(store, report) -> None:
    future = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(ValidationError, match="in the future"):
        conv.hold(store, _number(store, report, 1).id, future)


def test_checkins_follow_conversation_seven(store, report) -> None:
    with pytest.raises(ValidationError, match="hold conversation 7 first"):
        conv.plan_checkin(store, report.id, "2026-06-01")
    for n in range(1, 8):
        conv.hold(store, _number(store, report, n).id, dt.date(2026, 1, 1) + dt.timedelta(days=14 * n))
    created = conv.schedule_checkins(store, report.id, dt.date(2026, 6, 1), 21, 3)
    assert [c.scheduled_at.date().isoformat() for c in created] == [
        "2026-06-01",
        "2026-06-22",
        "2026-07-13",
    ]
    journey = conv.journey(store, report.id)
    assert [c.number for c in journey] == [1, 2, 3, 4, 5, 6, 7, None, None, None]
    assert reports.roster_entry(store, report.id).stage.label == "Check-ins"


def test_notes_are_saved_whole_and_private_flag_kept(store, report) -> None:
    third = _number(store, report, 3)
    long_text = "Дмитрий said: " + "ü" * 1_000_000
    notes.save_note(store, third.id, "manager_expectations", long_text, private=False)
    notes.save_note(store, third.id, notes.PREP_KEY, "Private prep", private=False)  # prep stays private
    saved = notes.notes_for(store, third.id)
    assert saved["manager_expectations"].body == long_text
    assert saved[notes.PREP_KEY].private
    assert set(notes.notes_for(store, third.id, include_private=False)) == {"manager_expectations"}
    notes.save_note(store, third.id, "manager_expectations", "second version")
    assert notes.get_note(store, third.id, "manager_expectations").body == "second version"
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 2


def test_notes_are_full_text_searchable(store, report) -> None:
    third = _number(store, report, 3)
    notes.save_note(store, third.id, "department_strengths", "Great at onboarding clinics")
    notes.save_note(store, third.id, "manager_as_person", "Talked about cycling")
    hits = notes.search_notes(store, "onboarding")
    assert [(rid, n.item_key) for rid, n in hits] == [(report.id, "department_strengths")]
    notes.save_note(store, third.id, "department_strengths", "changed")
    assert notes.search_notes(store, "onboarding") == []


def test_a_note_over_the_limit_is_refused_not_cut(store, report) -> None:
    with pytest.raises(ValidationError, match="Split it"):
        notes.save_note(store, _number(store, report, 1).id, "opening", "x" * 2_000_001)
    assert notes.notes_for(store, _number(store, report, 1).id) == {}
