"""Calendar files read back with icalendar: stable UIDs, the local time zone,
the planned length, cancellation, and never a private word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from opd_desktop.errors import ValidationError
from opd_desktop.services import calendar_export, conversations, followthrough, notes, reports

MARKER = "PRIVATE-MARKER-7f3a"
WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.fixture
def planned(store):
    report = reports.add_report(store, "Дмитрий Соколов")
    first = conversations.series_conversation(store, report.id, 1)
    conversations.hold(store, first.id, dt.datetime.now() - dt.timedelta(days=10))
    fourth_time = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=30)
    for number in (2, 3):
        conversations.schedule(
            store, conversations.series_conversation(store, report.id, number).id,
            fourth_time - dt.timedelta(days=20 - number),
        )  # fmt: skip
    fourth = conversations.schedule(
        store, conversations.series_conversation(store, report.id, 4).id, fourth_time, 75
    )
    for key in ("prep", "responsibilities"):
        notes.save_note(store, fourth.id, key, f"{MARKER} in {key}", private=key == "prep")
    conversations.save_wrap_up(store, first.id, summary=f"{MARKER} recap", next_steps=f"{MARKER} steps")
    followthrough.add_action_item(store, report.id, f"{MARKER} action", "employee")
    return store, report, fourth


def _events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_round_trip_with_stable_uids_time_zone_duration_and_summary(planned, tmp_path: Path) -> None:
    store, _report, fourth = planned
    target, count = calendar_export.export_calendar(
        store, tmp_path / "team.ics"
    )  # 2, 3 and 4; 1 was never scheduled
    assert count == 3 and oct(target.stat().st_mode & 0o777) == "0o600"
    events = _events(target.read_bytes())
    again = calendar_export.build_calendar(store, zone=WARSAW)
    assert set(_events(again.data)) == set(events)  # the same UIDs every time
    uid = calendar_export.event_uid(store, fourth)
    event = _events(calendar_export.build_calendar(store, zone=WARSAW).data)[uid]
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None and str(event["DTSTART"].params["TZID"]) == "Europe/Warsaw"
    assert start.replace(tzinfo=None) == fourth.scheduled_at
    assert event.decoded("DURATION") == dt.timedelta(minutes=75)
    assert str(event["SUMMARY"]) == "1:1 with Дмитрий — Conversation 4: The job"
    description = str(event["DESCRIPTION"])
    assert "Agenda:" in description and "min)" in description
    assert b"BEGIN:VTIMEZONE" in calendar_export.build_calendar(store, zone=WARSAW).data
    assert str(event["STATUS"]) == "CONFIRMED"


def test_no_private_text_ever_reaches_the_file(planned, tmp_path: Path) -> None:
    store, report, fourth = planned
    for data in (
        calendar_export.build_calendar(store).data,
        calendar_export.build_calendar(store, conversation_id=fourth.id).data,
        calendar_export.build_calendar(store, report_id=report.id).data,
    ):
        assert MARKER.encode() not in data and MARKER.lower().encode() not in data.lower()


def test_a_skipped_conversation_is_cancelled_with_a_higher_sequence(planned, monkeypatch) -> None:
    store, report, _fourth = planned
    third = conversations.series_conversation(store, report.id, 3)
    uid = calendar_export.event_uid(store, third)
    before = _events(calendar_export.build_calendar(store).data)[uid]
    import opd_desktop.services.conversations as conversations_module

    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat()
    monkeypatch.setattr(conversations_module, "now_stamp", lambda: later)
    conversations.skip(store, third.id, "covered in 2")
    after = _events(calendar_export.build_calendar(store).data)[uid]
    assert str(after["STATUS"]) == "CANCELLED" and str(before["STATUS"]) == "CONFIRMED"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_one_conversation_or_one_report(planned, tmp_path: Path) -> None:
    store, _report, fourth = planned
    other = reports.add_report(store, "Zoë Martin")
    conversations.schedule(
        store,
        conversations.series_conversation(store, other.id, 1).id,
        dt.datetime.now() + dt.timedelta(days=3),
    )
    one = _events(calendar_export.build_calendar(store, conversation_id=fourth.id).data)
    assert list(one) == [calendar_export.event_uid(store, fourth)]
    assert len(_events(calendar_export.build_calendar(store, report_id=other.id).data)) == 1
    assert len(_events(calendar_export.build_calendar(store).data)) == 4


def test_nothing_scheduled_writes_no_file(store, tmp_path: Path) -> None:
    reports.add_report(store, "Ana")
    with pytest.raises(ValidationError, match="nothing is scheduled"):
        calendar_export.export_calendar(store, tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()
