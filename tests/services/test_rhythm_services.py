"""Cadence, needs a date, held times, scheduling checks and the suggestion,
on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from opd_desktop.core.stages import Status
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, reports, rhythm


def _now() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


def _series(store, report_id: int, number: int):
    return conversations.series_conversation(store, report_id, number)


def test_held_30_days_ago_with_nothing_scheduled_needs_a_date_everywhere(store) -> None:
    report = reports.add_report(store, "Zoë Dvořák")
    first = _series(store, report.id, 1)
    conversations.hold(store, first.id, _now() - dt.timedelta(days=30))
    entry = reports.list_roster(store)[0]
    assert entry.stage.needs_date and entry.stage.next_date is None
    agenda = rhythm.agenda(store)
    assert [e.report.name for e in agenda.needs_date] == ["Zoë Dvořák"]
    assert rhythm.needs_date_reason(agenda.needs_date[0], dt.date.today()) == "last conversation 30 days ago"
    conversations.schedule(store, _series(store, report.id, 2).id, _now() + dt.timedelta(days=2))
    assert not reports.list_roster(store)[0].stage.needs_date
    assert rhythm.agenda(store).needs_date == []


def test_a_longer_cadence_per_report_postpones_needs_a_date(store) -> None:
    report = reports.add_report(store, "Şükrü Öz")
    conversations.hold(store, _series(store, report.id, 1).id, _now() - dt.timedelta(days=20))
    assert reports.roster_entry(store, report.id).stage.needs_date
    reports.set_cadence(store, report.id, 28)
    assert reports.get_report(store, report.id).cadence_days == 28
    assert not reports.roster_entry(store, report.id).stage.needs_date
    with pytest.raises(ValidationError):
        reports.set_cadence(store, report.id, 400)
    assert reports.get_report(store, report.id).cadence_days == 28


def test_a_new_report_needs_a_date_only_after_the_grace_period(store) -> None:
    report = reports.add_report(store, "Дмитрий Иванов", at=dt.datetime.now(dt.UTC) - dt.timedelta(days=20))
    fresh = reports.add_report(store, "张伟")
    entries = {e.report.id: e for e in reports.list_roster(store)}
    assert entries[report.id].stage.needs_date and not entries[fresh.id].stage.needs_date


def test_mark_held_back_dated_to_last_tuesday_and_corrected_later(store) -> None:
    report = reports.add_report(store, "Łukasz Żółć")
    first = _series(store, report.id, 1)
    today = dt.date.today()
    last_tuesday = today - dt.timedelta(days=(today.weekday() - 1) % 7 or 7)
    held = conversations.hold(store, first.id, dt.datetime.combine(last_tuesday, dt.time(14, 30)))
    assert held.status == Status.HELD and held.held_on == last_tuesday
    assert held.held_at == dt.datetime.combine(last_tuesday, dt.time(14, 30))
    corrected = conversations.correct_held(store, first.id, f"{last_tuesday.isoformat()} 15:45")
    assert corrected.held_at == dt.datetime.combine(last_tuesday, dt.time(15, 45))
    row = store.execute("SELECT held_on, held_at FROM conversations WHERE id = ?", [first.id]).fetchone()
    assert row == (last_tuesday.isoformat(), f"{last_tuesday.isoformat()} 15:45")


def test_mark_held_defaults_to_the_planned_time_when_it_has_passed(store) -> None:
    report = reports.add_report(store, "Ana")
    first = _series(store, report.id, 1)
    planned = _now() - dt.timedelta(hours=2)
    conversations.schedule(store, first.id, planned)
    assert conversations.hold(store, first.id).held_at == planned
    second = _series(store, report.id, 2)
    conversations.schedule(store, second.id, _now() + dt.timedelta(days=3))
    moment = conversations.hold(store, second.id).held_at
    assert moment is not None and abs(moment - _now()) < dt.timedelta(minutes=2)


def test_a_future_held_time_is_refused_and_nothing_changes(store) -> None:
    report = reports.add_report(store, "Ana")
    first = _series(store, report.id, 1)
    with pytest.raises(ValidationError, match="in the future"):
        conversations.hold(store, first.id, _now() + dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        conversations.hold(store, first.id, "last tuesday")
    assert conversations.get_conversation(store, first.id).status == Status.PLANNED
    with pytest.raises(ValidationError, match="has not been held"):
        conversations.correct_held(store, first.id, _now())


def test_scheduling_is_checked_against_every_earlier_conversation_held_or_planned(store) -> None:
    """Conversation 3 skipped: conversation 4 still cannot come before conversation 2."""
    report = reports.add_report(store, "Ana")
    start = _now() + dt.timedelta(days=1)
    conversations.hold(store, _series(store, report.id, 1).id, _now() - dt.timedelta(days=3))
    second = conversations.schedule(store, _series(store, report.id, 2).id, start + dt.timedelta(days=14))
    conversations.skip(store, _series(store, report.id, 3).id, "covered in 2")
    fourth = _series(store, report.id, 4)
    with pytest.raises(ValidationError, match="cannot come before conversation 2"):
        conversations.schedule(store, fourth.id, start + dt.timedelta(days=7))
    assert conversations.get_conversation(store, fourth.id).scheduled_at is None
    later = conversations.schedule(store, fourth.id, start + dt.timedelta(days=21))
    assert later.scheduled_at == start + dt.timedelta(days=21) and second.scheduled_at is not None


def test_the_suggested_next_date_is_last_held_plus_cadence_on_a_working_day(store) -> None:
    report = reports.add_report(store, "Ana")
    today = dt.date.today()
    friday = today - dt.timedelta(days=(today.weekday() - 4) % 7 or 7)  # the last Friday before today
    conversations.hold(store, _series(store, report.id, 1).id, dt.datetime.combine(friday, dt.time(13, 15)))
    reports.set_cadence(store, report.id, 15)  # Friday + 15 days = a Saturday → the Monday after
    suggested = rhythm.suggest_next_date(store, report.id)
    assert suggested == dt.datetime.combine(friday + dt.timedelta(days=17), dt.time(13, 15))
    rhythm.save_settings(
        store, rhythm.RhythmSettings(working_days=frozenset({2}), meeting_time=dt.time(9, 0))
    )
    assert rhythm.suggest_next_date(store, report.id) == dt.datetime.combine(
        friday + dt.timedelta(days=19), dt.time(9, 0)
    )
    with pytest.raises(ValidationError, match="at least one working day"):
        rhythm.save_settings(store, rhythm.RhythmSettings(working_days=frozenset()))


def test_schedule_and_hold_by_number_including_the_next_check_in(store) -> None:
    report = reports.add_report(store, "Ana")
    when = _now() - dt.timedelta(days=100)
    for number in range(1, 8):
        rhythm.hold_by_number(store, report.id, number, when + dt.timedelta(days=number * 7))
    created = rhythm.schedule_by_number(store, report.id, "checkin", _now() + dt.timedelta(days=5))
    assert created.is_checkin and created.status == Status.PLANNED
    moved = rhythm.schedule_by_number(store, report.id, "checkin", _now() + dt.timedelta(days=6))
    assert moved.id == created.id
    held = rhythm.hold_by_number(store, report.id, "checkin")
    assert held.id == created.id and held.status == Status.HELD
    with pytest.raises(ValidationError, match="no planned check-in"):
        rhythm.hold_by_number(store, report.id, "checkin")
    with pytest.raises(ValidationError, match="use 1 to 7 or checkin"):
        rhythm.schedule_by_number(store, report.id, "8", _now())


def test_held_again_corrects_the_time_and_keeps_completed(store) -> None:
    report = reports.add_report(store, "Ana")
    first = _series(store, report.id, 1)
    conversations.complete(store, first.id, _now() - dt.timedelta(days=3))
    corrected = rhythm.hold_by_number(store, report.id, 1, _now() - dt.timedelta(days=4))
    assert corrected.status == Status.COMPLETED and corrected.held_at == _now() - dt.timedelta(days=4)
    with pytest.raises(ValidationError, match="already completed"):
        rhythm.hold_by_number(store, report.id, 1)


def test_today_this_week_and_overdue(store) -> None:
    now = dt.datetime.combine(dt.date.today(), dt.time(12, 0))
    a = reports.add_report(store, "Ana")
    b = reports.add_report(store, "Bea")
    c = reports.add_report(store, "Cy")
    conversations.schedule(store, _series(store, a.id, 1).id, now + dt.timedelta(hours=3))
    conversations.schedule(store, _series(store, b.id, 1).id, now + dt.timedelta(days=3))
    conversations.schedule(store, _series(store, c.id, 1).id, now - dt.timedelta(days=2))
    agenda = rhythm.agenda(store, now)
    assert [u.entry.report.name for u in agenda.today] == ["Ana"]
    assert [u.entry.report.name for u in agenda.this_week] == ["Bea"]
    assert [u.entry.report.name for u in agenda.overdue] == ["Cy"]


def test_migration_4_adds_the_cadence_held_time_and_search_index(store) -> None:
    columns = {r[1] for r in store.execute("PRAGMA table_info(reports)")}
    assert "cadence_days" in columns
    assert "held_at" in {r[1] for r in store.execute("PRAGMA table_info(conversations)")}
    with pytest.raises(sqlite3.IntegrityError):
        store.execute(
            "INSERT INTO reports(name, created_at, updated_at, cadence_days) VALUES ('x', '', '', 3)"
        )
