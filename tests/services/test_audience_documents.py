"""Documents follow the audience: empty recaps say nothing, footers say who a
document is for, and `opd note`'s service refuses to mix audiences in one note."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, notes, reports, settings
from opd_desktop.services.documents.export import build_document


def _text(data: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


def test_an_empty_recap_says_nothing_about_the_last_conversation(store) -> None:
    report = reports.add_report(store, "Zoë Dvořák")
    fourth = conversations.series_conversation(store, report.id, 4)
    notes.save_note(store, fourth.id, "recognition", "PRIVATE-ONLY candid words")  # private by default
    agenda = _text(build_document(store, "agenda", report.id, 5).data)
    assert "Recap of conversation 4" not in agenda and "PRIVATE-ONLY" not in agenda
    brief = _text(build_document(store, "brief", report.id, 5).data)
    assert "Recap of conversation 4" in brief and "PRIVATE-ONLY" in brief and "[only you]" in brief
    conversations.save_wrap_up(store, fourth.id, recap="RECAPTEXT we agreed on two focus mornings")
    agenda = _text(build_document(store, "agenda", report.id, 5).data)
    assert "Recap of conversation 4" in agenda and "RECAPTEXT" in agenda and "PRIVATE-ONLY" not in agenda


def test_footers_name_the_employee_and_the_manager(store, monkeypatch: pytest.MonkeyPatch) -> None:
    report = reports.add_report(store, "Łukasz Żółć")
    assert "For Łukasz Żółć and their manager" in _text(build_document(store, "agenda", report.id, 1).data)
    monkeypatch.setenv(settings.MANAGER_NAME_ENV, "Env Name")
    assert "For Łukasz Żółć and Env Name" in _text(build_document(store, "agenda", report.id, 1).data)
    settings.set_manager_name(store, "Şükrü Öz")
    for kind in ("agenda", "worksheet"):
        assert "For Łukasz Żółć and Şükrü Öz" in _text(build_document(store, kind, report.id, 1).data)
    brief = _text(build_document(store, "brief", report.id, 1).data)
    assert brief.count("For you only — do not hand out") >= 3  # banner, first line, footer
    with pytest.raises(ValidationError):
        settings.set_manager_name(store, "   ")


def test_notes_are_private_by_default_and_one_note_has_one_audience(store) -> None:
    report = reports.add_report(store, "Zoë Dvořák")
    first = conversations.series_conversation(store, report.id, 1)
    assert notes.save_note(store, first.id, "opening", "hello").private
    notes.append_note(store, first.id, "opening", "second paragraph")
    assert notes.get_note(store, first.id, "opening").body == "hello\n\nsecond paragraph"
    with pytest.raises(ValidationError, match="already private"):
        notes.append_note(store, first.id, "opening", "for her", shared=True)
    shared = notes.append_note(store, first.id, "general", "for her", shared=True)
    assert not shared.private
    assert not notes.set_shared(store, first.id, "opening", True).private
    assert notes.set_shared(store, first.id, "prep", True).private  # preparation is always yours
    with pytest.raises(ValidationError):
        notes.append_note(store, first.id, "general", "   ")
