"""Control and bidi characters never reach the database through a
single-line field; a name needs at least one visible character."""

from __future__ import annotations

import io

import pytest

from opd_desktop.errors import ValidationError
from opd_desktop.services import followthrough, metrics, plans, profile, reports
from opd_desktop.services.text import clean_body, clean_line, for_terminal
from tests.conftest import INTERNATIONAL_NAMES

HOSTILE = "A\x1b[31mB\x07C\x9bD\u202eE\u2066F\u2069G\x00H\tI\x7fJ\u202aK"
CLEAN = "A[31mBCDEFGH IJK"
INVISIBLE = ["\u200b", "\u200b\u200c\u200d", "\u2060\ufeff", " \t ", "\u202e\u202c", "\x1b\x07", "\u0301"]


def test_clean_line_strips_controls_and_bidi_overrides() -> None:
    assert clean_line(HOSTILE, "name") == CLEAN
    for name in [*INTERNATIONAL_NAMES, "Ama\u200dra", "כהן (Cohen)"]:
        assert clean_line(name, "name") == name  # real names, joiners included, are kept


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_a_name_without_a_visible_character_is_refused(store, invisible: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        reports.add_report(store, invisible)


def test_every_single_line_service_field_is_cleaned(store) -> None:
    report = reports.add_report(store, HOSTILE, HOSTILE, HOSTILE)
    assert (report.name, report.role, report.team) == (CLEAN, CLEAN, CLEAN)
    renamed = reports.edit_report(store, report.id, name="Zoë\u202e\x1b Dvořák")
    assert renamed.name == "Zoë Dvořák"
    assert followthrough.add_action_item(store, report.id, HOSTILE).text == CLEAN
    plan = plans.start_plan(store, report.id)
    goal = plans.add_goal(store, plan.id, HOSTILE, "why")
    assert goal.title == CLEAN
    metric_id = metrics.define_metric(store, HOSTILE).id
    assert (
        store.execute("SELECT name FROM metric_definitions WHERE id = ?", [metric_id]).fetchone()[0] == CLEAN
    )
    entry = profile.add_entry(store, report.id, "aspiration", HOSTILE)
    assert entry.text == CLEAN


def test_free_text_keeps_lines_and_tabs_but_loses_terminal_controls() -> None:
    assert clean_body("one\n\ttwo\x1b[2J\x07\r\nthree") == "one\n\ttwo[2J\r\nthree"


def test_for_terminal_shows_controls_as_visible_escapes() -> None:
    shown = for_terminal("Eve\x1b[31m\u202eevil\nnext line\ttab")
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\\u001b" in shown and "\\u202e" in shown and "\nnext line\ttab" in shown


def test_the_terminal_wrapper_is_what_cli_main_prints_through() -> None:
    from opd_desktop.cli import TerminalSafeWriter

    sink = io.StringIO()
    TerminalSafeWriter(sink).write("a\x1bb\u202ec\n")
    assert sink.getvalue() == "a\\u001bb\\u202ec\n"
