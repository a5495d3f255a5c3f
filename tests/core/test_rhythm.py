"""The rhythm's rules as plain functions: no database, no window."""

from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core import folding, rhythm
from opd_desktop.core.reminders import DAY_BEFORE, HOUR_BEFORE, Planned, due_reminders, start_summary
from opd_desktop.core.stages import ConversationState, Status, compute_stage
from opd_desktop.errors import ValidationError

NOW = dt.datetime(2026, 3, 11, 15, 0)  # a Wednesday
TODAY = NOW.date()


def test_held_30_days_ago_and_nothing_scheduled_needs_a_date() -> None:
    held = NOW - dt.timedelta(days=30)
    found = rhythm.attention(last_held=held, next_scheduled=None, cadence_days=14, added_on=None, today=TODAY)
    assert found.needs_date and found.due_on == held.date() + dt.timedelta(days=14)


def test_within_the_cadence_or_with_a_date_needs_nothing() -> None:
    recent = NOW - dt.timedelta(days=10)
    assert not rhythm.attention(
        last_held=recent, next_scheduled=None, cadence_days=14, added_on=None, today=TODAY
    ).needs_date
    old = NOW - dt.timedelta(days=75)
    assert not rhythm.attention(
        last_held=old, next_scheduled=NOW + dt.timedelta(days=2), cadence_days=14, added_on=None, today=TODAY
    ).needs_date


def test_a_new_report_needs_a_date_after_the_grace_period() -> None:
    def needs(added_days_ago: int) -> bool:
        added = TODAY - dt.timedelta(days=added_days_ago)
        return rhythm.attention(
            last_held=None, next_scheduled=None, cadence_days=14, added_on=added, today=TODAY
        ).needs_date

    assert not needs(3)
    assert needs(rhythm.GRACE_DAYS)


def test_due_is_counted_from_the_last_held_conversation_not_a_planned_one() -> None:
    states = [
        ConversationState(
            1, Status.COMPLETED, NOW - dt.timedelta(days=60), None, NOW - dt.timedelta(days=40)
        ),
        ConversationState(2, Status.PLANNED, NOW - dt.timedelta(days=20), None),  # planned, never held
    ]
    stage = compute_stage(states, NOW, cadence_days=14)
    assert stage.last_held == NOW - dt.timedelta(days=40)
    assert stage.due_on == (NOW - dt.timedelta(days=26)).date()
    assert stage.overdue and not stage.needs_date  # it has a (passed) date: overdue, not "needs a date"
    dropped = compute_stage(states[:1], NOW, cadence_days=14)
    assert dropped.needs_date and dropped.next_date is None


def test_check_ins_follow_the_cadence_agreed_in_conversation_7() -> None:
    assert rhythm.effective_cadence(None, 28, series_finished=True) == 28
    assert rhythm.effective_cadence(21, 28, series_finished=False) == 21
    assert rhythm.effective_cadence(None, None, series_finished=False) == rhythm.DEFAULT_CADENCE_DAYS
    with pytest.raises(ValidationError, match="one week to three months"):
        rhythm.check_cadence(3)


def test_mark_held_defaults_to_the_planned_time_if_passed_else_now_and_never_the_future() -> None:
    planned = NOW - dt.timedelta(hours=3)
    assert rhythm.default_held_time(planned, NOW) == planned
    assert rhythm.default_held_time(NOW + dt.timedelta(days=1), NOW) == NOW
    assert rhythm.default_held_time(None, NOW) == NOW
    with pytest.raises(ValidationError, match="in the future"):
        rhythm.check_held_time(NOW + dt.timedelta(minutes=5), NOW)
    last_tuesday = dt.datetime(2026, 3, 3, 14, 30)
    assert rhythm.check_held_time(last_tuesday, NOW) == last_tuesday


def test_scheduling_is_checked_against_every_earlier_conversation() -> None:
    earlier = [
        rhythm.Earlier("conversation 1", dt.datetime(2026, 3, 2, 10), held=True, skipped=False),
        rhythm.Earlier("conversation 2", dt.datetime(2026, 3, 20, 10), held=False, skipped=False),
        rhythm.Earlier("conversation 3", dt.datetime(2026, 4, 1, 10), held=False, skipped=True),
    ]
    with pytest.raises(
        ValidationError,
        match=r"Conversation 4 cannot come before conversation 2 \(planned for 2026-03-20 10:00\)",
    ):
        rhythm.check_after_earlier("conversation 4", dt.datetime(2026, 3, 16, 10), earlier)
    rhythm.check_after_earlier(
        "conversation 4", dt.datetime(2026, 3, 23, 10), earlier
    )  # skipped 3 does not count


def test_the_suggestion_moves_to_a_working_day_at_the_usual_time() -> None:
    held_friday = dt.datetime(2026, 2, 27, 14, 30)  # + 14 days = Friday 13 March
    friday = rhythm.suggest_next(
        last_held=held_friday, cadence_days=14, working_days=rhythm.DEFAULT_WORKING_DAYS,
        meeting_time=None, now=NOW,
    )  # fmt: skip
    assert friday == dt.datetime(2026, 3, 13, 14, 30)  # the time of the last conversation
    held_saturday = dt.datetime(2026, 2, 28, 9, 0)  # + 14 days = Saturday 14 March → Monday 16
    monday = rhythm.suggest_next(
        last_held=held_saturday, cadence_days=14, working_days=rhythm.DEFAULT_WORKING_DAYS,
        meeting_time=dt.time(11, 0), now=NOW,
    )  # fmt: skip
    assert monday == dt.datetime(2026, 3, 16, 11, 0) and monday.weekday() == 0
    tuesdays_only = rhythm.suggest_next(
        last_held=held_saturday, cadence_days=14, working_days=frozenset({1}), meeting_time=None, now=NOW
    )
    assert tuesdays_only == dt.datetime(2026, 3, 17, 9, 0)
    long_ago = rhythm.suggest_next(
        last_held=NOW - dt.timedelta(days=90), cadence_days=14, working_days=rhythm.DEFAULT_WORKING_DAYS,
        meeting_time=None, now=NOW,
    )  # fmt: skip
    assert long_ago.date() == TODAY + dt.timedelta(days=1)  # never in the past


def test_working_days_and_meeting_time_settings_parse_defensively() -> None:
    assert rhythm.parse_working_days(None) == rhythm.DEFAULT_WORKING_DAYS
    assert rhythm.parse_working_days("1,3,x,9") == frozenset({1, 3})
    assert rhythm.parse_working_days("garbage") == rhythm.DEFAULT_WORKING_DAYS
    assert rhythm.parse_meeting_time("09:30") == dt.time(9, 30)
    assert rhythm.parse_meeting_time("") is None
    with pytest.raises(ValidationError, match="HH:MM"):
        rhythm.parse_meeting_time("half past nine")


@pytest.mark.parametrize(
    ("typed", "text"),
    [("zoe", "Zoë"), ("sukru", "Şükrü"), ("lukasz", "Łukasz"), ("zolc", "Żółć"), ("oystein", "Øystein"),
     ("strasse", "Straße"), ("dmitrii", "dmitrii"), ("дмитрий", "Дмитрий"), ("ISTANBUL", "İstanbul")],
)  # fmt: skip
def test_folding_meets_in_the_middle(typed: str, text: str) -> None:
    assert folding.fold(typed) == folding.fold(text)


@pytest.mark.parametrize("hostile", ['"', "AND OR", "*", "NEAR(a b)", "a:b", "(((", "^", "-x", "'; DROP"])
def test_hostile_queries_become_quoted_words(hostile: str) -> None:
    query = folding.fts_query(hostile)
    assert query is None or all(part.startswith('"') and part.endswith('"*') for part in query.split(" "))


def test_snippet_highlights_the_matched_words_in_the_original_text() -> None:
    text = "Met with Zoë and Łukasz about the reporting migration; " + "filler " * 40 + "Zoë again."
    snip = folding.snippet(text, folding.words("zoe luk"))
    assert ("Zoë", True) in snip.segments and ("Łukasz", True) in snip.segments
    assert snip.marked().startswith("Met with [Zoë] and [Łukasz]")
    far = folding.snippet("word " * 100 + "target here", ["target"], width=60)
    assert far.text.startswith("…") and ("target", True) in far.segments


def test_reminders_the_day_before_and_an_hour_before_once_each() -> None:
    starts = dt.datetime(2026, 3, 12, 10, 0)
    planned = [Planned(7, "Zoë", "Conversation 4: The job", starts)]
    shown: set[str] = set()
    day = due_reminders(planned, dt.datetime(2026, 3, 11, 12, 0), shown)
    assert [r.kind for r in day] == [DAY_BEFORE] and "Zoë" in day[0].message and "10:00" in day[0].message
    shown.add(day[0].key)
    assert due_reminders(planned, dt.datetime(2026, 3, 11, 18, 0), shown) == []
    hour = due_reminders(planned, dt.datetime(2026, 3, 12, 9, 15), shown)
    assert [r.kind for r in hour] == [HOUR_BEFORE] and hour[0].title == "In 45 minutes"
    assert due_reminders(planned, dt.datetime(2026, 3, 12, 10, 5), set()) == []  # started: nothing
    assert due_reminders(planned, dt.datetime(2026, 3, 11, 12, 0), set(), day_before=False) == []
    assert due_reminders(planned, dt.datetime(2026, 3, 12, 9, 15), set(), hour_before=False) == []
    moved = [Planned(7, "Zoë", "Conversation 4: The job", starts + dt.timedelta(days=1))]
    assert due_reminders(moved, dt.datetime(2026, 3, 12, 12, 0), shown)  # rescheduled: reminded again


def test_the_start_summary_is_one_line() -> None:
    assert start_summary(2, 1) == "2 conversations today, 1 report needs a date"
    assert start_summary(1, 0, 3) == "1 conversation today, 3 overdue, 0 reports need a date"
