""" "Carried in" is one content model: the Prepare tab, the prep brief and the
agenda render the same sections, so the screen and the paper cannot disagree."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from opd_desktop.core.guides import default_guides
from opd_desktop.services import conversations, followthrough, notes, reports
from opd_desktop.services.carried_content import Reader, carried_content
from opd_desktop.services.carry_forward import carried_in
from opd_desktop.services.documents.agenda import build_agenda


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pdf_text(data: bytes) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _fourth(store):
    report = reports.add_report(store, "Łukasz Żółć")
    first = conversations.series_conversation(store, report.id, 1)
    followthrough.add_action_item(store, report.id, "Book the course", "employee", "2020-01-10", first.id)
    idea = followthrough.capture_idea(store, report.id, "Shorter stand-ups", first.id)
    followthrough.take_idea_to_management(store, idea.id, dt.date.today(), "Leadership team")
    followthrough.record_idea_feedback(store, idea.id, "Trying it in May", dt.date.today())
    third = conversations.series_conversation(store, report.id, 3)
    followthrough.request_leadership_feedback(store, report.id, "How can I help more?", third.id)
    key = default_guides().for_number(3).agenda[0].key
    notes.save_note(store, third.id, key, "SHARED recap words", private=False)
    conversations.save_wrap_up(store, third.id, summary="OWN summary words")  # yours alone
    notes.save_note(store, third.id, notes.PREP_KEY, "PRIVATE prep words", private=True)
    return conversations.series_conversation(store, report.id, 4)


def test_screen_brief_and_agenda_render_the_same_sections(store, qtbot) -> None:
    from opd_desktop.ui.carried_html import carried_in_html

    fourth = _fourth(store)
    carried = carried_in(store, fourth.id)
    manager = carried_content(carried, Reader.MANAGER, first_name="Łukasz")
    employee = carried_content(carried, Reader.EMPLOYEE)
    screen = _flat(carried_in_html(manager).replace("&#x27;", "'"))
    brief = _pdf_text(build_agenda(store, fourth.id, brief=True).data)
    agenda = _pdf_text(build_agenda(store, fourth.id).data)

    assert [s.title for s in manager.shown_sections][:3] == [
        "Open action items",
        "Ideas waiting to be closed with the employee",
        "Leadership feedback to take up",
    ]
    for section in manager.shown_sections:
        assert section.title in screen and section.title in brief
        for entry in section.entries:
            assert entry.text in screen and entry.text in brief
    for section in employee.shown_sections:
        assert section.title in agenda
        for entry in section.entries:
            assert entry.text in agenda
    assert "Book the course — Łukasz, due 10 Jan 2020 (overdue)" in screen  # the same words everywhere
    assert "Book the course — Łukasz, due 10 Jan 2020 (overdue)" in brief
    assert "Book the course — you, due 10 Jan 2020 (overdue)" in agenda  # said to the employee
    assert "Trying it in May" in screen and "Trying it in May" in agenda
    assert "SHARED recap words" in screen and "SHARED recap words" in agenda
    for text in (screen, brief, agenda):  # preparation notes are never part of a recap
        assert "PRIVATE prep words" not in text
    assert "OWN summary words" in screen and "OWN summary words" in brief  # the manager's own, marked
    words = re.sub(r"<[^>]+>", "", screen)
    assert "Your summary (Only you): OWN summary words" in words and "Your summary [only you]" in brief
    assert "OWN summary words" not in agenda


def test_the_employee_reads_their_own_words(store) -> None:
    fourth = _fourth(store)
    employee = carried_content(carried_in(store, fourth.id), Reader.EMPLOYEE)
    titles = [s.title for s in employee.shown_sections]
    assert (
        "Feedback on my leadership, as I asked" in titles and "Leadership feedback to take up" not in titles
    )
    assert employee.note == ""  # the guide's note is for the manager
