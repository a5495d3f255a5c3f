"""`opd schedule`, `opd held`, `opd due`, `opd search`, `opd export calendar`
and "needs a date" in `opd reports`, through a real subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.e2e.test_cli import opd

pytestmark = pytest.mark.slow


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _digest(path: Path) -> str:
    """The data, not the file's bytes (opening the file may checkpoint or optimize it)."""
    conn = sqlite3.connect(path)
    try:
        rows = [conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in DATA_TABLES]
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


DATA_TABLES = ("reports", "conversations", "notes", "action_items")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    for name in ("Zoë Dvořák", "Łukasz Żółć"):
        assert opd("add-report", name, data_dir=folder).returncode == 0
    return folder


def test_held_back_dated_then_needs_a_date_then_scheduled(data: Path) -> None:
    month_ago = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=30)
    held = opd("held", "Łukasz", "1", "--on", _stamp(month_ago), data_dir=data)
    assert held.returncode == 0, held.stderr
    assert f"marked held on {month_ago:%a %Y-%m-%d %H:%M}" in held.stdout
    listed = opd("reports", data_dir=data)
    line = next(row for row in listed.stdout.splitlines() if "Łukasz" in row)
    assert line.rstrip().endswith("needs a date")
    due = opd("due", data_dir=data)
    assert due.returncode == 0
    lines = due.stdout.splitlines()
    assert [lines.index(h) for h in ("Today", "This week", "Overdue", "Needs a date")] == sorted(
        lines.index(h) for h in ("Today", "This week", "Overdue", "Needs a date")
    )
    needs = lines[lines.index("Needs a date") + 1 :]
    assert any("Łukasz Żółć — last conversation 30 days ago" in row for row in needs)
    assert lines[lines.index("Today") + 1] == "  none"
    soon = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    scheduled = opd("schedule", "Łukasz", "2", _stamp(soon), data_dir=data)
    assert scheduled.returncode == 0, scheduled.stderr
    assert "Conversation 2: The organization scheduled for" in scheduled.stdout
    assert "needs a date" not in next(
        r for r in opd("reports", data_dir=data).stdout.splitlines() if "Łukasz" in r
    )
    assert "Łukasz Żółć — Conversation 2" in opd("due", data_dir=data).stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("held", "Zoë", "1", "--on", "2099-01-01 10:00"), "in the future"),
        (("held", "Zoë", "1", "--on", "yesterday"), "YYYY-MM-DD HH:MM"),
        (("schedule", "Zoë", "2", "2026-13-45 10:00"), "YYYY-MM-DD HH:MM"),
        (("schedule", "Zoë", "9", "2026-03-09 10:00"), "use 1 to 7 or checkin"),
        (("held", "Zoë", "checkin"), "no planned check-in"),
        (("search", "  "), "Type something"),
        (("schedule", "Nobody", "1", "2026-03-09 10:00"), "No report matches"),
    ],
)
def test_bad_input_gets_one_line_exit_1_and_changes_nothing(data: Path, args, message: str) -> None:
    before = _digest(data / "opd.db")
    result = opd(*args, data_dir=data)
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert _digest(data / "opd.db") == before


def test_a_schedule_before_an_earlier_conversation_is_refused(data: Path) -> None:
    later = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=20)
    assert opd("schedule", "Zoë", "2", _stamp(later), data_dir=data).returncode == 0
    assert opd("held", "Zoë", "1", data_dir=data).returncode == 0
    before = _digest(data / "opd.db")
    refused = opd("schedule", "Zoë", "4", _stamp(later - dt.timedelta(days=5)), data_dir=data)
    assert refused.returncode == 1 and "cannot come before conversation 2" in refused.stderr
    assert _digest(data / "opd.db") == before


def test_search_prints_one_line_per_result_or_no_matches(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    assert opd("demo", data_dir=demo).returncode == 0
    found = opd("search", "zoe", data_dir=demo)
    assert found.returncode == 0
    first = found.stdout.splitlines()[0]
    assert first.startswith("Zoë Martin · Conversation") and "[Zoë]" in first
    for hostile in ('"', "*", "(", "xyzzy"):
        result = opd("search", hostile, data_dir=demo)
        assert result.returncode == 0 and result.stdout.strip() == "No matches.", hostile
    words = opd("search", "AND OR", data_dir=demo)  # plain words ("and", "or…"), never FTS operators
    assert words.returncode == 0 and words.stderr == ""
    narrowed = opd("search", "migration", "--report", "Дмитрий", data_dir=demo)
    assert narrowed.returncode == 0 and all(
        r.startswith("Дмитрий Соколов") for r in narrowed.stdout.splitlines()
    )


def test_export_calendar_every_report_or_one(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    assert opd("demo", data_dir=demo).returncode == 0
    everyone = tmp_path / "team.ics"
    result = opd("export", "calendar", "-o", str(everyone), data_dir=demo)
    assert result.returncode == 0, result.stderr
    assert oct(everyone.stat().st_mode & 0o777) == "0o600"
    events = Calendar.from_ical(everyone.read_bytes()).walk("VEVENT")
    names = {str(e["SUMMARY"]).split(" — ")[0] for e in events}
    assert {"1:1 with Zoë", "1:1 with Дмитрий"} <= names
    one = tmp_path / "zoe.ics"
    assert opd("export", "calendar", "-o", str(one), "Zoë", data_dir=demo).returncode == 0
    mine = Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert mine and {str(e["SUMMARY"]).split(" — ")[0] for e in mine} == {"1:1 with Zoë"}
    uids = {str(e["UID"]) for e in events}
    assert {str(e["UID"]) for e in mine} <= uids
    missing = opd("export", "agenda", "-o", str(tmp_path / "a.pdf"), data_dir=demo)
    assert missing.returncode == 1 and "Say which report" in missing.stderr
