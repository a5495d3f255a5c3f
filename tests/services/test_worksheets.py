"""Worksheets for every conversation with pre-work: exported from the guide,
filled in with pypdf (as a PDF viewer would) in every script, imported back
into the right places with the right audience and credit, idempotently."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream

from opd_desktop.core.guides import default_guides
from opd_desktop.core.models import FeedbackStatus, Owner
from opd_desktop.services import conversations, followthrough, notes, plans, profile, reports, series_summary
from opd_desktop.services.documents.export import build_document
from opd_desktop.services.documents.worksheet import build_worksheet, import_worksheet
from opd_desktop.services.documents.worksheet_read import WorksheetError
from tests.services.field_glyphs import (
    POPPLER,
    EmbeddedFont,
    assert_drawn,
    embedded_font,
    field_font,
    field_pixels,
)

# Every script the app promises to carry: Latin with diacritics, Cyrillic, Arabic, Chinese.
WORLD = ["Zoë Martin", "Łukasz Żółć", "Şükrü Yılmaz", "Дмитрий Соколов", "محمد الأحمد", "张伟"]


def fill(data: bytes, values: dict[str, str], *, regenerate: bool = False) -> bytes:
    """The worksheet filled in by pypdf, as a PDF viewer would; every answer is
    checked to be DRAWN with glyphs of the embedded field font, in any script."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=regenerate)
    out = io.BytesIO()
    writer.write(out)
    filled = PdfReader(io.BytesIO(out.getvalue()))
    for name, value in values.items():
        assert_drawn(filled, name, value)
        assert not embedded_font(field_font(filled, name)).covers(value), name
    return out.getvalue()


def exported(store, report_id: int, number, tmp_path: Path, values: dict[str, str], name: str = "back.pdf"):
    data = build_document(store, "worksheet", report_id, number).data
    path = tmp_path / name
    path.write_bytes(fill(data, {f"opd_{k}": v for k, v in values.items()}))
    return path


def checkins(store, report_id: int) -> list:
    """Two check-ins after the series (which check-ins need to be held first)."""
    seventh = conversations.series_conversation(store, report_id, 7)
    conversations.hold(store, seventh.id, dt.date.today())
    return conversations.schedule_checkins(store, report_id, dt.date.today() + dt.timedelta(days=7), 14, 2)


def world(label: str) -> str:
    """One answer that mixes every script, so each destination is tested with all of them."""
    return f"{label}: " + " · ".join(WORLD)


@pytest.fixture
def zoe(store):
    return reports.add_report(store, "Zoë Martin")


def state(store, report_id: int) -> tuple:
    """Everything an import can touch, to show that a second import changes nothing."""
    plan = plans.current_plan(store, report_id)
    return (
        [(i.text, i.conversation_id) for i in followthrough.ideas(store, report_id)],
        [(f.employee_said, f.status) for f in followthrough.leadership_feedback(store, report_id)],
        [(e.kind, e.text) for e in profile.entries(store, report_id)],
        [
            sorted((k, n.body, n.private) for k, n in notes.notes_for(store, c.id).items())
            for c in conversations.journey(store, report_id)
        ],
        plan and plans.get_plan(store, plan.id),
    )


def test_every_conversation_with_pre_work_has_a_worksheet_from_its_guide() -> None:
    guides = default_guides()
    for guide in guides.all():
        has_exercise = any(step.who == "employee" for step in guide.preparation)
        assert (guide.worksheet is not None) == has_exercise, guide.key
    six = guides.for_number(6).worksheet
    assert {f.into for s in six.sections for f in s.fields} >= {"plan:goal", "plan:actions", "plan:support"}


def test_every_worksheet_exports_with_its_fields_and_label(store, zoe) -> None:
    checkins(store, zoe.id)
    for number in [1, 2, 3, 4, 5, 6, 7, "checkin"]:
        built = build_document(store, "worksheet", zoe.id, number)
        reader = PdfReader(io.BytesIO(built.data))
        names = set(reader.get_fields())
        sheet = default_guides().for_number(None if number == "checkin" else number).worksheet
        assert names == {f"opd_{slot}" for slot, *_ in sheet.slots()}, number
        assert f'"conversation": {number if number != "checkin" else chr(34) + "checkin" + chr(34)}' in str(
            reader.metadata["/Keywords"]
        )
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert "For Zoë Martin" in text and sheet.title in text


def test_conversation_2_notes_are_shared_and_ideas_credited_to_that_conversation(
    store, zoe, tmp_path
) -> None:
    second = conversations.series_conversation(store, zoe.id, 2)
    path = exported(
        store,
        zoe.id,
        2,
        tmp_path,
        {
            "meaning": world("Meaning"),
            "direction": "Дмитрий: что это значит для нас?",
            "ideas": "• محمد: فكرة للإدارة\n- 张伟：新想法\n1. Łukasz: a shared glossary",
        },
    )
    result = import_worksheet(store, zoe.id, path)
    saved = notes.notes_for(store, second.id)
    assert world("Meaning") in saved["mission_vision_values"].body
    assert "Zoë’s worksheet" in saved["mission_vision_values"].body  # credited
    assert not saved["mission_vision_values"].private and not saved["direction_priorities"].private
    ideas = followthrough.ideas(store, zoe.id)
    assert [i.text for i in ideas] == ["محمد: فكرة للإدارة", "张伟：新想法", "Łukasz: a shared glossary"]
    assert {i.conversation_id for i in ideas} == {second.id}
    assert "3 ideas" in result.summary and "2 notes" in result.summary
    before = state(store, zoe.id)
    again = import_worksheet(store, zoe.id, path)
    assert state(store, zoe.id) == before and again.summary == "Imported nothing new."


def test_conversation_3_ideas_and_leadership_feedback(store, zoe, tmp_path) -> None:
    third = conversations.series_conversation(store, zoe.id, 3)
    asked = followthrough.request_leadership_feedback(store, zoe.id, "How could I lead better?", third.id)
    path = exported(
        store,
        zoe.id,
        3,
        tmp_path,
        {"works_well": world("Works"), "ideas": "Şükrü: pair reviews", "leadership": world("Lead")},
    )
    import_worksheet(store, zoe.id, path)
    feedback = followthrough.leadership_feedback(store, zoe.id)
    assert len(feedback) == 1 and feedback[0].id == asked.id  # the open request is answered
    assert feedback[0].employee_said == world("Lead") and feedback[0].status == FeedbackStatus.ANSWERED
    assert [i.text for i in followthrough.ideas(store, zoe.id)] == ["Şükrü: pair reviews"]
    assert not notes.get_note(store, third.id, "department_strengths").private
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, path)
    assert state(store, zoe.id) == before


def test_conversation_4_answers_go_to_its_shared_notes(store, zoe, tmp_path) -> None:
    fourth = conversations.series_conversation(store, zoe.id, 4)
    notes.save_note(store, fourth.id, "job_metrics", "My own shared thoughts", private=False)
    values = {
        "deliverables": world("Deliverables"),
        "priorities": "1. 张伟 first\n2. محمد second",
        "changes": "Дмитрий: новая система",
        "challenges": world("Challenges"),
        "metrics": "Cycle time",
        "leadership": "Shorter meetings",
    }
    path = exported(store, zoe.id, 4, tmp_path, values)
    import_worksheet(store, zoe.id, path)
    saved = notes.notes_for(store, fourth.id)
    both = saved["deliverables_priorities"].body
    assert world("Deliverables") in both and "张伟 first" in both  # two answers, one agenda item
    assert saved["job_metrics"].body.startswith("My own shared thoughts\n\n")  # appended, not replaced
    for key in ("deliverables_priorities", "job_changes", "challenges_solutions", "job_metrics"):
        assert not saved[key].private, key
    feedback = followthrough.leadership_feedback(store, zoe.id)
    assert [f.employee_said for f in feedback] == ["Shorter meetings"]
    assert feedback[0].conversation_id == fourth.id
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, path)
    assert state(store, zoe.id) == before


def test_a_private_note_is_never_turned_shared_by_an_import(store, zoe, tmp_path) -> None:
    fourth = conversations.series_conversation(store, zoe.id, 4)
    notes.save_note(store, fourth.id, "job_changes", "PRIVATE: reorganisation coming", private=True)
    path = exported(store, zoe.id, 4, tmp_path, {"changes": "A new tool"})
    result = import_worksheet(store, zoe.id, path)
    note = notes.get_note(store, fourth.id, "job_changes")
    assert note.private and "A new tool" in note.body and "private note" in result.summary


def test_career_and_profile_worksheets_take_every_script(store, zoe, tmp_path) -> None:
    first = exported(
        store, zoe.id, 1, tmp_path, {"strengths": "\n".join(WORLD), "aspirations": "张伟：带团队"}, "one.pdf"
    )
    import_worksheet(store, zoe.id, first)
    assert [e.text for e in profile.entries(store, zoe.id, "strength")] == WORLD
    fifth = exported(
        store,
        zoe.id,
        5,
        tmp_path,
        {"role1": "محمد: محلل بيانات", "from1": "2019-04", "learned1": "Дмитрий", "values": "Честность"},
        "five.pdf",
    )
    import_worksheet(store, zoe.id, fifth)
    role = profile.entries(store, zoe.id, "career")[0]
    assert (
        role.text == "محمد: محلل بيانات"
        and role.start_date == dt.date(2019, 4, 1)
        and role.learned == "Дмитрий"
    )
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, first)
    import_worksheet(store, zoe.id, fifth)
    assert state(store, zoe.id) == before


def test_conversation_6_draft_plan_is_proposed_by_the_employee_and_never_overwrites(
    store, zoe, tmp_path
) -> None:
    plan = plans.start_plan(store, zoe.id)
    mine = plans.add_goal(store, plan.id, "Lead the reporting migration", why="The manager's reason")
    plans.add_action(store, mine.id, "Shadow the data team", Owner.MANAGER)
    data = build_document(store, "worksheet", zoe.id, 6).data
    prefilled = {k: v.get("/V") for k, v in PdfReader(io.BytesIO(data)).get_fields().items()}
    assert prefilled["opd_goal1"] == "Lead the reporting migration"  # the draft goes out pre-filled
    assert prefilled["opd_actions1"] == "Shadow the data team"
    values = {
        "goal1": "Lead the reporting migration",
        "why1": "My own reason",  # differs: the manager's wording stays
        "actions1": "Shadow the data team\nДмитрий: прочитать документацию",
        "goal2": "张伟：学习 SQL · محمد",
        "why2": world("Why"),
        "actions2": "Şükrü: take the course\nŁukasz: pair once a week",
        "support2": "Two hours a week",
        "by2": "2027-03-31",
        "options": "Mentoring · التوجيه",
    }
    path = tmp_path / "plan.pdf"
    path.write_bytes(fill(data, {f"opd_{k}": v for k, v in values.items()}))
    result = import_worksheet(store, zoe.id, path)
    plan = plans.get_plan(store, plan.id)
    first, second = plan.goals
    assert first.id == mine.id and first.why == "The manager's reason" and first.proposed_by == Owner.MANAGER
    assert [(a.text, a.proposed_by) for a in first.actions] == [
        ("Shadow the data team", Owner.MANAGER),
        ("Дмитрий: прочитать документацию", Owner.EMPLOYEE),
    ]
    assert second.title == "张伟：学习 SQL · محمد" and second.proposed_by == Owner.EMPLOYEE
    assert second.why == world("Why") and second.target_date == dt.date(2027, 3, 31)
    assert [a.proposed_by for a in second.actions] == [Owner.EMPLOYEE, Owner.EMPLOYEE]
    assert second.actions[0].support_needed == "Two hours a week"
    assert "already in the plan" in result.summary and "1 plan goal" in result.summary
    sixth = conversations.series_conversation(store, zoe.id, 6)
    assert not notes.get_note(store, sixth.id, "goals_options").private
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, path)
    assert state(store, zoe.id) == before
    # Proposed goals are ordinary goals: the manager edits them, the mark stays visible.
    plans.update_goal(store, second.id, title="Learn SQL", why="Agreed")
    edited = plans.get_plan(store, plan.id).goals[1]
    assert edited.title == "Learn SQL" and edited.proposed_by == Owner.EMPLOYEE
    assert "proposed by Zoë" in "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(build_document(store, "plan", zoe.id).data)).pages
    )


def test_a_final_plan_gets_the_proposals_in_a_new_draft(store, zoe, tmp_path) -> None:
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "Present at the all-hands")
    today = dt.date.today()
    plans.set_terms(store, plan.id, period_start=today, period_end=today + dt.timedelta(days=120))
    plans.finalize(store, plan.id)
    path = exported(store, zoe.id, 6, tmp_path, {"goal2": "Mentor a new colleague"})
    result = import_worksheet(store, zoe.id, path)
    assert plans.get_plan(store, plan.id).status == "final"  # untouched
    draft = plans.current_plan(store, zoe.id)
    assert draft.version == 2 and [g.title for g in draft.goals][-1] == "Mentor a new colleague"
    assert "new draft" in result.summary
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, path)  # again: the draft already has it, no third version
    assert state(store, zoe.id) == before and len(plans.history(store, zoe.id)) == 2


def test_conversation_7_series_reflection_and_commitments(store, zoe, tmp_path) -> None:
    plan = plans.start_plan(store, zoe.id)
    path = exported(
        store,
        zoe.id,
        7,
        tmp_path,
        {"accomplished": world("Learned"), "commitments": "Дмитрий: каждую неделю"},
    )
    import_worksheet(store, zoe.id, path)
    summary = series_summary.read(store, zoe.id)
    assert summary["summary_employee"] == world("Learned") and summary["summary_manager"] == ""
    seventh = series_summary.final_conversation(store, zoe.id)
    assert not notes.get_note(store, seventh.id, "summary_employee").private  # shared with the employee
    assert plans.get_plan(store, plan.id).employee_commitments == "Дмитрий: каждую неделю"
    before = state(store, zoe.id)
    import_worksheet(store, zoe.id, path)
    assert state(store, zoe.id) == before


def test_checkin_worksheet_lists_the_goals_and_fills_that_checkins_notes(store, zoe, tmp_path) -> None:
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "张伟 mentoring")
    first, second = checkins(store, zoe.id)
    data = build_document(store, "worksheet", zoe.id, "checkin").data
    assert "张伟 mentoring" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    path = exported(store, zoe.id, "checkin", tmp_path, {"progress": world("Progress"), "needs": "محمد: وقت"})
    import_worksheet(store, zoe.id, path)
    note = notes.get_note(store, first.id, "plan_progress")
    assert world("Progress") in note.body and "محمد: وقت" in note.body and not note.private
    assert notes.get_note(store, second.id, "plan_progress") is None
    # From the screen of a particular check-in, its own worksheet.
    later = build_worksheet(store, zoe.id, None, conversation_id=second.id).data
    later_path = tmp_path / "later.pdf"
    later_path.write_bytes(fill(later, {"opd_wins": "Shipped"}))
    import_worksheet(store, zoe.id, later_path, expected_conversation_id=second.id)
    assert "Shipped" in notes.get_note(store, second.id, "wins").body
    with pytest.raises(WorksheetError, match="is the worksheet for the check-in, not for conversation 4"):
        import_worksheet(
            store,
            zoe.id,
            path,
            expected_conversation_id=conversations.series_conversation(store, zoe.id, 4).id,
        )


def _field_font(reader: PdfReader) -> dict:
    form = reader.trailer["/Root"]["/AcroForm"]
    name = str(form["/DA"]).split()[0]
    return form["/DR"]["/Font"][name].get_object()


def test_fields_use_an_embedded_unicode_font_and_prefilled_text_is_drawn_in_every_script(store, zoe) -> None:
    from opd_desktop.paths import fonts_dir

    plan = plans.start_plan(store, zoe.id)
    long_reason = "لأن الفريق يحتاج ذلك " * 12
    plans.add_goal(store, plan.id, "张伟 · محمد · Дмитрий · Łukasz", why=long_reason)
    reader = PdfReader(io.BytesIO(build_document(store, "worksheet", zoe.id, 6).data))
    font = _field_font(reader)
    assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H" and "/ToUnicode" in font
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    embedded = descriptor["/FontFile2"].get_object()
    assert embedded["/Length1"] >= (fonts_dir() / "DejaVuSans.ttf").stat().st_size * 0.7  # not a subset
    field = EmbeddedFont(font)  # the whole of DejaVu Sans: every character it has, the field font draws
    from reportlab.pdfbase.ttfonts import TTFontFile

    dejavu = TTFontFile(str(fonts_dir() / "DejaVuSans.ttf"))
    drawable = "".join(
        chr(c) for c, g in dejavu.charToGlyph.items() if dejavu.glyphPos[g + 1] > dejavu.glyphPos[g]
    )
    assert not field.covers(drawable)
    widgets = {a.get_object()["/T"]: a.get_object() for p in reader.pages for a in p.get("/Annots", [])}
    assert all(str(w["/DA"]).startswith("/OPDSans ") for w in widgets.values())
    # The pre-filled goal is drawn in the field font itself (the one the field names), every
    # script with its own glyphs: Arabic shaped and right to left, 张伟 from the CJK glyphs.
    drawn = widgets["opd_goal1"]["/AP"]["/N"].get_object()
    assert list(drawn["/Resources"]["/Font"]) == ["/OPDSans"]
    assert drawn["/Resources"]["/Font"]["/OPDSans"].get_object() == font
    if _cjk_installed():
        assert_drawn(reader, "opd_goal1", "张伟 · محمد · Дмитрий · Łukasz")
    else:
        assert_drawn(reader, "opd_goal1", "محمد · Дмитрий · Łukasz")
    # A long right-to-left paragraph is wrapped into lines inside its box.
    why = widgets["opd_why1"]
    assert_drawn(reader, "opd_why1", long_reason)
    moves = [op for op in ContentStream(why["/AP"]["/N"].get_object(), reader).operations if op[1] == b"Td"]
    xs = [sum(float(m[0][0]) for m in moves[: i + 1]) for i in range(len(moves))]
    ys = [sum(float(m[0][1]) for m in moves[: i + 1]) for i in range(len(moves))]
    box = [float(v) for v in why["/Rect"]]
    assert len(moves) >= 2 and all(3 <= x < box[2] - box[0] for x in xs) and all(y > 0 for y in ys)
    # A viewer (here pypdf) draws typed Cyrillic and Arabic with the embedded font.
    filled = PdfReader(
        io.BytesIO(fill(build_document(store, "worksheet", zoe.id, 2).data, {"opd_ideas": WORLD[3]}))
    )
    idea = next(a.get_object() for a in filled.pages[0]["/Annots"] if a.get_object()["/T"] == "opd_ideas")
    stream = idea["/AP"]["/N"].get_object()
    assert b"/OPDSans" in stream.get_data() and filled.get_fields()["opd_ideas"]["/V"] == WORLD[3]


def _cjk_installed() -> bool:
    from opd_desktop.services.documents import fonts

    return fonts.CJK in fonts.register()


def _to_unicode(font) -> dict[int, str]:
    """A font's ToUnicode CMap (its bfchar and bfrange entries): glyph id → character."""
    import re

    data = font["/ToUnicode"].get_object().get_data().decode("ascii")
    found: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for gid, code in re.findall(r"<([0-9A-F]+)>\s*<([0-9A-F]+)>", block):
            found[int(gid, 16)] = bytes.fromhex(code).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, code in re.findall(r"<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>", block):
            start = ord(bytes.fromhex(code).decode("utf-16-be"))
            for offset, gid in enumerate(range(int(first, 16), int(last, 16) + 1)):
                found[gid] = chr(start + offset)
    return found


@pytest.mark.parametrize("name", ["张伟", "Zoë Martin", "محمد الأحمد"])
def test_the_field_font_has_every_script_whatever_the_employees_name(store, name) -> None:
    if not _cjk_installed():
        pytest.skip("no CJK font installed")
    person = reports.add_report(store, name)
    font = _field_font(PdfReader(io.BytesIO(build_document(store, "worksheet", person.id, 3).data)))
    assert str(font["/BaseFont"]) == "/OPDFieldSans"  # one font, whatever the name
    assert not EmbeddedFont(font).covers("".join(WORLD) + "你好，谢谢。한국어カタカナ")
    to_unicode = _to_unicode(font)
    glyphs = EmbeddedFont(font).face.charToGlyph
    for ch in "张Дم":  # the ToUnicode map (text extraction, viewers encoding typed text) agrees
        assert to_unicode[glyphs[ord(ch)]] == ch


MIXED = "Zoë · Łukasz Żółć · Şükrü · Дмитрий · محمد الأحمد · 张伟 你好"


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6, 7, "checkin"])
def test_every_field_of_every_worksheet_draws_every_script(store, zoe, number) -> None:
    """All fields filled with every script (Chinese in the worksheet of an employee
    whose name is not Chinese): each answer is drawn with glyphs of the embedded
    font (`fill` checks) and reads back unchanged."""
    if not _cjk_installed():
        pytest.skip("no CJK font installed")
    if number == "checkin":
        checkins(store, zoe.id)
    data = build_document(store, "worksheet", zoe.id, number).data
    names = list(PdfReader(io.BytesIO(data)).get_fields())
    values = {name: f"{MIXED}\n{name}: محمد 张伟" if i % 2 else MIXED for i, name in enumerate(names)}
    back = PdfReader(io.BytesIO(fill(data, values))).get_fields()
    assert {name: back[name]["/V"] for name in names} == values


def test_arabic_in_the_worksheet_of_an_employee_named_in_chinese(store, tmp_path) -> None:
    if not _cjk_installed():
        pytest.skip("no CJK font installed")
    wei = reports.add_report(store, "张伟")
    third = conversations.series_conversation(store, wei.id, 3)
    path = exported(
        store,
        wei.id,
        3,
        tmp_path,
        {
            "works_well": "محمد: الفريق يتعاون",
            "ideas": "محمد: فكرة للإدارة\nŞükrü: Дмитрий",
            "leadership": MIXED,
        },
    )
    import_worksheet(store, wei.id, path)
    assert notes.get_note(store, third.id, "department_strengths").body.endswith("\nمحمد: الفريق يتعاون")
    assert [i.text for i in followthrough.ideas(store, wei.id)] == ["محمد: فكرة للإدارة", "Şükrü: Дмитрий"]
    assert followthrough.leadership_feedback(store, wei.id)[0].employee_said == MIXED


@pytest.mark.skipif(POPPLER is None, reason="Poppler's pdftoppm is not installed")
@pytest.mark.parametrize("regenerate", [False, True])
def test_poppler_shows_chinese_and_arabic_typed_into_any_worksheet(store, zoe, tmp_path, regenerate) -> None:
    """What Poppler paints inside the box: with the viewer's appearance (pypdf's)
    and when it draws the field itself (NeedAppearances, as after
    auto_regenerate=True). Blank boxes are the control: no text, no dark pixels."""
    if not _cjk_installed():
        pytest.skip("no CJK font installed")
    wei = reports.add_report(store, "张伟")
    for person, text in ((zoe, "张伟你好"), (wei, "محمد الأحمد")):
        data = build_document(store, "worksheet", person.id, 2).data
        filled = fill(data, {"opd_direction": text}, regenerate=regenerate)
        reader = PdfReader(io.BytesIO(filled))
        assert reader.trailer["/Root"]["/AcroForm"].get("/NeedAppearances", False) == regenerate
        assert field_pixels(filled, reader, "opd_direction", tmp_path) > 20, (person.name, text)
        assert field_pixels(filled, reader, "opd_meaning", tmp_path) == 0  # left empty


@pytest.mark.skipif(POPPLER is None, reason="Poppler's pdftoppm is not installed")
def test_poppler_shows_prefilled_goals_in_every_script(store, zoe, tmp_path) -> None:
    if not _cjk_installed():
        pytest.skip("no CJK font installed")
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "张伟", why="محمد")
    data = build_document(store, "worksheet", zoe.id, 6).data
    reader = PdfReader(io.BytesIO(data))
    assert field_pixels(data, reader, "opd_goal1", tmp_path) > 20
    assert field_pixels(data, reader, "opd_why1", tmp_path) > 20
    assert field_pixels(data, reader, "opd_goal2", tmp_path) == 0
