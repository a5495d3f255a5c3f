"""Documents read back with pypdf: text, pages, embedded fonts, privacy,
fillable fields and their import."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from opd_desktop.errors import OpdError
from opd_desktop.services import conversations, notes, plans, profile, reports
from opd_desktop.services.documents.export import build_document, write_atomic
from opd_desktop.services.documents.text import FontChooser, visual_order
from opd_desktop.services.documents.worksheet import import_worksheet


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _embedded_fonts(data: bytes) -> set[str]:
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        listed = page["/Resources"].get("/Font")  # an indirect object in pypdf 4
        for font in (listed.get_object() if listed is not None else {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(str(font["/BaseFont"]).split("+")[-1])
    return found


@pytest.fixture
def zoe(demo_store):
    return reports.find_report(demo_store, "Zoë")


def test_agenda_is_the_employees_copy_and_the_brief_adds_private_prep(demo_store) -> None:
    dmitri = reports.find_report(demo_store, "Дмитрий")
    fourth = conversations.series_conversation(demo_store, dmitri.id, 4)
    notes.save_note(demo_store, fourth.id, notes.PREP_KEY, "SECRET-PREP: worried about burnout")
    agenda = build_document(demo_store, "agenda", dmitri.id, 4)
    brief = build_document(demo_store, "brief", dmitri.id, 4)
    agenda_text, brief_text = _text(agenda.data), _text(brief.data)
    assert "Дмитрий Соколов" in agenda_text
    assert "The Employee's Job and Where it's Heading" in agenda_text
    assert "What did you think about since last time" in agenda_text  # a prompt
    assert "What could I do to lead you and the team better?" in agenda_text  # carried in from 3
    assert "Page 1 of" in agenda_text and "For Дмитрий Соколов and their manager" in agenda_text
    assert "SECRET-PREP" not in agenda_text and "Private" not in agenda_text
    assert "SECRET-PREP" in brief_text and "For you only — do not hand out" in brief_text
    assert agenda.pages >= 2 and {"DejaVuSans", "DejaVuSans-Bold"} <= _embedded_fonts(agenda.data)


@pytest.mark.parametrize(
    "name", ["Zoë Dvořák", "Łukasz Żółć", "Şükrü Öz", "Дмитрий Иванов", "Αλέξανδρος Παπαδόπουλος"]
)
def test_international_names_render_as_text(store, name: str) -> None:
    report = reports.add_report(store, name)
    built = build_document(store, "agenda", report.id, 1)
    assert name in _text(built.data) and built.missing == ""


def test_arabic_and_hebrew_are_shaped_and_ordered(store) -> None:
    for name in ("محمد الأحمد", "דוד לוי"):
        report = reports.add_report(store, name)
        built = build_document(store, "agenda", report.id, 1)
        import arabic_reshaper

        shaped = visual_order(name)
        assert shaped != name  # drawn in visual order (and, for Arabic, joined)
        # pypdf puts right-to-left runs back in reading order when it extracts text
        assert arabic_reshaper.reshape(name) in _text(built.data) and built.missing == ""
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in visual_order("محمد"))  # contextual forms


def test_cjk_renders_with_a_system_font_or_is_reported(store) -> None:
    from opd_desktop.services.documents import fonts

    report = reports.add_report(store, "张伟")
    built = build_document(store, "agenda", report.id, 1)
    if fonts.CJK in fonts.register():
        assert "张伟" in _text(built.data) and built.missing == ""
        assert len(_embedded_fonts(built.data) - {"DejaVuSans", "DejaVuSans-Bold"}) == 1  # the CJK font
    else:
        assert "张" in built.missing
    latin_only = FontChooser([("Latin", lambda code: code < 0x0250)])
    assert "□" in latin_only.markup("Zoë 张伟")
    assert "could not be shown" in latin_only.missing_report() and "张" in latin_only.missing_report()


def test_a_forty_goal_plan_splits_tables_and_repeats_headers(store) -> None:
    report = reports.add_report(store, "Ana")
    plan = plans.start_plan(store, report.id)
    start = dt.date(2026, 1, 5)
    plans.set_terms(store, plan.id, period_start=start, period_end=start + dt.timedelta(days=150))
    for g in range(40):
        goal = plans.add_goal(store, plan.id, f"Goal number {g} " + "with a long title " * 4, "Why " * 30)
        for a in range(6):
            plans.add_action(
                store,
                goal.id,
                f"Action {g}.{a} " + "detail " * 25,
                "employee",
                start + dt.timedelta(days=a),
                "Support " * 10,
            )
    built = build_document(store, "plan", report.id)
    reader = PdfReader(io.BytesIO(built.data))
    assert built.pages == len(reader.pages) > 10
    pages_with_actions = [p.extract_text() for p in reader.pages if "Action 3" in p.extract_text()]
    assert pages_with_actions and all("Support needed" in text for text in pages_with_actions)
    assert "Date" in reader.pages[-1].extract_text()  # signature lines close the plan


def test_plan_and_summary_documents(demo_store, zoe) -> None:
    plan_text = _text(build_document(demo_store, "plan", zoe.id).data)
    assert "Lead the reporting migration" in plan_text and "Support needed" in plan_text
    assert "Zoë Martin commits to" in plan_text and "Manager" in plan_text
    summary_text = _text(build_document(demo_store, "summary", zoe.id).data)
    assert "Creating a Sustainable Partnership" in summary_text
    assert "learned to say no" in summary_text and "Engagement" in summary_text


def _fill(data: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_worksheet_fields_round_trip_into_the_profile(store, tmp_path: Path) -> None:
    report = reports.add_report(store, "Łukasz Żółć")
    first = build_document(store, "worksheet", report.id, 1)
    fields = PdfReader(io.BytesIO(first.data)).get_fields()
    assert {"opd_preferences", "opd_strengths", "opd_aspirations", "opd_clifton"} <= set(fields)
    filled = tmp_path / "filled.pdf"
    filled.write_bytes(
        _fill(
            first.data,
            {
                "opd_strengths": "Explains data simply\n• Calm under pressure",
                "opd_preferences": "Quiet mornings",
                "opd_clifton": "Learner, Achiever, Relator, Woo, Focus",
            },
        )
    )
    result = import_worksheet(store, report.id, filled)
    assert [e.text for e in profile.entries(store, report.id, "strength")] == [
        "Explains data simply",
        "Calm under pressure",
    ]
    assert [e.text for e in profile.entries(store, report.id, "clifton_theme")][:2] == ["Learner", "Achiever"]
    assert "Imported" in result.summary
    again = import_worksheet(store, report.id, filled)  # no duplicates on a second import
    assert len(profile.entries(store, report.id, "strength")) == 2 and "nothing new" in again.summary


def test_career_worksheet_keeps_unreadable_dates_as_text(store, tmp_path: Path) -> None:
    report = reports.add_report(store, "Ana")
    fifth = build_document(store, "worksheet", report.id, 5)
    filled = tmp_path / "career.pdf"
    filled.write_bytes(
        _fill(
            fifth.data,
            {
                "opd_role1": "Support Specialist",
                "opd_from1": "2018-03",
                "opd_to1": "2021-06",
                "opd_learned1": "Listen first",
                "opd_role2": "Analyst",
                "opd_from2": "spring 2021",
                "opd_values": "Honesty",
            },
        )
    )
    result = import_worksheet(store, report.id, filled)
    roles = {e.text: e for e in profile.entries(store, report.id, "career")}
    assert roles["Support Specialist"].start_date == dt.date(2018, 3, 1)
    assert "spring 2021" in roles["Analyst"].detail and result.warnings
    assert [e.text for e in profile.entries(store, report.id, "value")] == ["Honesty"]


def test_foreign_or_misaddressed_pdfs_are_refused(store, tmp_path: Path) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    sheet = tmp_path / "ana.pdf"
    sheet.write_bytes(build_document(store, "worksheet", ana.id, 1).data)
    with pytest.raises(OpdError, match="made for Ana, not for Bea"):
        import_worksheet(store, bea.id, sheet)
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(build_document(store, "agenda", ana.id, 1).data)
    with pytest.raises(OpdError, match="not an OPD Desktop worksheet"):
        import_worksheet(store, ana.id, agenda)
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(OpdError, match="cannot be read as a PDF"):
        import_worksheet(store, ana.id, junk)


def test_writes_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OpdError, match="previous file is unchanged"):
        write_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"the old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left
    monkeypatch.undo()
    write_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new" and oct(target.stat().st_mode & 0o777) == "0o600"


def test_right_to_left_paragraphs_wrap_in_reading_order() -> None:
    from opd_desktop.services.documents.text import starts_right_to_left, wrap_logical

    words = "one two three four five six seven"
    assert wrap_logical(words, len, 10) == ["one two", "three four", "five six", "seven"]
    assert starts_right_to_left("قال محمد: hello") and not starts_right_to_left("Note: قال محمد")
    assert not starts_right_to_left(
        "\u2068محمد الأحمد\u2069 · 60 minutes"
    )  # an isolated name leads an English line


def test_a_long_arabic_note_keeps_its_first_words_on_the_first_line(store) -> None:
    import arabic_reshaper

    report = reports.add_report(store, "محمد الأحمد")
    third = conversations.series_conversation(store, report.id, 3)
    sentence = (
        "قال محمد إن الفريق يحتاج إلى وقت أطول للتخطيط قبل كل إصدار جديد وإن الاجتماعات يجب أن تكون أقصر. "
    )
    notes.save_note(store, third.id, "manager_expectations", sentence * 3)
    text = _text(build_document(store, "brief", report.id, 3).data)
    lines = [
        line
        for line in text.splitlines()
        if any("\u0600" <= c <= "\u06ff" or "\ufe70" <= c <= "\ufeff" for c in line)
    ]
    note_lines = [line for line in lines if len(line) > 40]
    assert len(note_lines) >= 3  # wrapped over several lines
    assert arabic_reshaper.reshape("قال محمد") in note_lines[0]  # and the first line starts the note


def _fonts_of_runs(data: bytes, wanted) -> set[str]:
    """The base font of every text run that contains a character `wanted` accepts."""
    found: set[str] = set()

    def visit(text, _cm, _tm, font_dict, _size) -> None:
        if font_dict is not None and any(wanted(c) for c in text):
            found.add(str(font_dict.get("/BaseFont", "")).split("+")[-1])

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_non_latin_text_only_in_the_agenda_body_is_set_in_an_embedded_font(store) -> None:
    """The report's name and every heading are Latin; the Cyrillic, Greek and
    Arabic appear only in the body (carried-forward action items)."""
    from opd_desktop.services import followthrough

    report = reports.add_report(store, "Ana Smith")
    for text in ("Подготовить отчёт для команды", "Ετοιμάστε την παρουσίαση", "مراجعة الخطة"):
        followthrough.add_action_item(store, report.id, text)
    built = build_document(store, "agenda", report.id, 2)
    assert "Подготовить отчёт для команды" in _text(built.data) and built.missing == ""
    fonts_used = _fonts_of_runs(built.data, lambda c: ord(c) >= 0x0370)
    assert fonts_used and all(name.startswith("DejaVuSans") for name in fonts_used), fonts_used


def test_writing_space_is_configurable_with_six_lines_by_default(store) -> None:
    from opd_desktop.errors import ValidationError
    from opd_desktop.services import settings

    assert settings.writing_lines(store) == settings.DEFAULT_WRITING_LINES >= 6
    settings.set_writing_lines(store, 10)
    assert settings.writing_lines(store) == 10
    with pytest.raises(ValidationError, match="between 2 and 20"):
        settings.set_writing_lines(store, 40)
    assert settings.writing_lines(store) == 10


def test_agenda_headings_stay_with_their_item_and_more_lines_take_more_room(demo_store) -> None:
    from pypdf import PdfReader

    from opd_desktop.services import settings
    from opd_desktop.services.documents.agenda import build_agenda

    fourth = conversations.series_conversation(demo_store, reports.list_reports(demo_store)[0].id, 4)
    settings.set_writing_lines(demo_store, 2)
    short = build_agenda(demo_store, fourth.id)
    settings.set_writing_lines(demo_store, 16)
    long = build_agenda(demo_store, fourth.id)
    assert long.pages > short.pages
    first_item = "Your feedback on my leadership"
    for built in (short, long):
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(built.data)).pages]
        with_heading = [i for i, text in enumerate(pages) if "\nAgenda\n" in f"\n{text}\n"]
        with_item = [i for i, text in enumerate(pages) if first_item in text]
        assert with_heading and with_heading == with_item[:1]  # "Agenda" stays with its first item
        closing = [i for i, text in enumerate(pages) if "\nClosing\n" in f"\n{text}\n"]
        assert closing and "Summarize the solutions" in pages[closing[0]]


def test_no_demo_agenda_ends_on_a_near_empty_page(demo_store) -> None:
    from pypdf import PdfReader

    from opd_desktop.services.documents.agenda import build_agenda

    for report in reports.list_reports(demo_store):
        for conversation in conversations.journey(demo_store, report.id)[:3]:
            built = build_agenda(demo_store, conversation.id)
            last = PdfReader(io.BytesIO(built.data)).pages[-1].extract_text()
            body = [line for line in last.splitlines() if line.strip()]
            assert built.pages == 1 or len(body) >= 8, (report.name, conversation.number, body)
