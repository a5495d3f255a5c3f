"""Fillable worksheets for the employee's pre-work, one for every conversation
whose guide has a `[worksheet]` table (and for check-ins), and reading a
filled-in one back (`worksheet_import`).

Nothing here is written per conversation: the guide says which fields there are
and where each answer goes. Each worksheet carries, in its PDF keywords, which
app made it, for which report and conversation, and a fingerprint of its fields;
an import checks all of them before touching data."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from opd_desktop.core.guides import GuideSet, Worksheet, WorksheetField, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, plans, reports
from opd_desktop.services.documents import fonts
from opd_desktop.services.documents.layout import ACCENT, INK, MUTED, Built
from opd_desktop.services.documents.provenance import made_by, producer
from opd_desktop.services.documents.text import isolate
from opd_desktop.services.settings import employee_footer
from opd_desktop.store.database import Store

APP_TAG = "opd-desktop"
FORMAT = 2  # 1: conversations 1 and 5 only, fields hard-coded; 2: fields from the guides
FIELD_PREFIX = "opd_"
LINE_HEIGHT = 17  # points of writing space per line, so a printed copy can be filled in by hand
SINGLE_HEIGHT = 22


def worksheet_conversation(store: Store, report_id: int, number: int | str | None) -> Conversation:
    """The conversation a worksheet is for: 1–7, or `checkin` (the next planned
    check-in, else the latest)."""
    from opd_desktop.services.documents.export import conversation_for

    if number in (None, "", 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say which conversation the worksheet is for: 1 to 7 or checkin."),
            "number",
        )
    return conversations.get_conversation(store, conversation_for(store, report_id, number))


def worksheet_for(guides: GuideSet, conversation: Conversation) -> Worksheet:
    guide = guides.for_number(conversation.number)
    if guide.worksheet is None:
        label = f"conversation {conversation.number}" if conversation.number else "check-ins"
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The guide of {label} has no worksheet.").format(label=label),
            "number",
        )
    return guide.worksheet


def has_worksheet(guides: GuideSet, number: int | None) -> bool:
    return guides.for_number(number).worksheet is not None


def tag_for(report, conversation: Conversation, sheet: Worksheet) -> dict:
    return {
        "app": APP_TAG,
        "kind": "worksheet",
        "format": FORMAT,
        "conversation": conversation.number if conversation.number else "checkin",
        "conversation_id": conversation.id,
        "report_id": report.id,
        "report_name": report.name,
        "fields": sheet.fingerprint(),
    }


def prefilled(store: Store, report_id: int, sheet: Worksheet) -> dict[str, str]:
    """What the worksheet starts with: the draft plan's goals for a plan worksheet
    (the employee updates the draft from conversation 5)."""
    plan = plans.current_plan(store, report_id)
    values: dict[str, str] = {}
    if plan is None:
        return values
    for section in sheet.sections:
        if section.repeat == 1:
            continue
        goals = plan.goals[: section.repeat]
        for index, goal in enumerate(goals, start=1):
            for form_field in section.fields:
                value = {
                    "plan:goal": goal.title,
                    "plan:why": goal.why,
                    "plan:actions": "\n".join(a.text for a in goal.actions),
                    "plan:support": next((a.support_needed for a in goal.actions if a.support_needed), ""),
                    "plan:by": goal.target_date.isoformat() if goal.target_date else "",
                }.get(form_field.into, "")
                if value:
                    values[section.pdf_name(form_field, index)] = value
    return values


@dataclass
class _Box:
    name: str
    x: float
    y: float
    width: float
    height: float
    multiline: bool
    page: int


def build_worksheet(
    store: Store,
    report_id: int,
    number: int | str | None,
    guides: GuideSet | None = None,
    *,
    conversation_id: int | None = None,
) -> Built:
    """The worksheet of conversation `number` (1–7 or `checkin`), or of the
    conversation `conversation_id` (a particular check-in) when given."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    guides = guides or default_guides()
    report = reports.get_report(store, report_id)
    if conversation_id is not None:
        conversation = conversations.get_conversation(store, conversation_id)
        if conversation.report_id != report.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "That conversation belongs to someone else."), "conversation"
            )
    else:
        conversation = worksheet_conversation(store, report_id, number)
    sheet = worksheet_for(guides, conversation)
    label = f"conversation {conversation.number}" if conversation.number else "check-in"
    fonts.register()
    chooser = fonts.chooser()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(f"Worksheet for {label} — {report.name}")
    canvas.setAuthor("OPD Desktop")
    canvas.setCreator(made_by())
    canvas.setProducer(producer())
    canvas.setSubject("OPD worksheet")
    canvas.setKeywords(json.dumps(tag_for(report, conversation, sheet), ensure_ascii=True))
    width, height = A4
    margin = 48
    usable = width - 2 * margin
    ink, muted = colors.HexColor(INK), colors.HexColor(MUTED)
    styles = {
        "title": ParagraphStyle("t", fontName=fonts.BOLD, fontSize=16, leading=20, textColor=ink),
        "section": ParagraphStyle("s", fontName=fonts.BOLD, fontSize=11.5, leading=15, textColor=ink),
        "label": ParagraphStyle("l", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=ink),
        "prompt": ParagraphStyle("p", fontName=fonts.BODY, fontSize=8.5, leading=11, textColor=muted),
        "body": ParagraphStyle("b", fontName=fonts.BODY, fontSize=9.5, leading=12.5, textColor=ink),
        "kicker": ParagraphStyle(
            "k", fontName=fonts.BODY, fontSize=9, leading=11, textColor=colors.HexColor(ACCENT)
        ),
    }
    boxes: list[_Box] = []
    state = {"page": 1, "y": height - margin}
    for_whom = employee_footer(store, isolate(report.name))

    def measure(text: str, style: str, w: float = usable) -> float:
        return Paragraph(chooser.markup(text), styles[style]).wrap(w, 2000)[1]

    def draw(text: str, style: str, w: float = usable, x: float = margin) -> None:
        paragraph = Paragraph(chooser.markup(text), styles[style])
        _w, h = paragraph.wrap(w, 2000)
        paragraph.drawOn(canvas, x, state["y"] - h)
        state["y"] -= h

    def footer() -> None:
        whose = Paragraph(chooser.markup(for_whom), styles["prompt"])
        whose.wrap(usable * 0.6, 30)
        whose.drawOn(canvas, margin, margin - 27)
        canvas.setFont(fonts.BODY, 8.5)
        canvas.setFillColor(muted)
        canvas.drawRightString(width - margin, margin - 24, f"Worksheet · {label} · page {state['page']}")

    def room_for(needed: float) -> None:
        if state["y"] - needed < margin:
            footer()
            canvas.showPage()
            state["page"] += 1
            state["y"] = height - margin

    def box_height(form_field: WorksheetField) -> float:
        return SINGLE_HEIGHT if form_field.lines == 1 else LINE_HEIGHT * form_field.lines + 6

    def field_block(form_field: WorksheetField, name: str, x: float, w: float) -> float:
        """Draws label, prompt and box at the current y; returns the block's height."""
        top = state["y"]
        draw(form_field.label, "label", w, x)
        if form_field.prompt:
            draw(form_field.prompt, "prompt", w, x)
        h = box_height(form_field)
        state["y"] -= h + 3
        boxes.append(_Box(name, x, state["y"], w, h, form_field.lines > 1, state["page"]))
        used = top - state["y"]
        state["y"] = top
        return used

    def block_height(form_field: WorksheetField, w: float) -> float:
        text = measure(form_field.label, "label", w)
        if form_field.prompt:
            text += measure(form_field.prompt, "prompt", w)
        return text + box_height(form_field) + 3

    kicker = (
        f"WORKSHEET · CONVERSATION {conversation.number} OF 7"
        if conversation.number
        else "WORKSHEET · CHECK-IN"
    )
    draw(kicker, "kicker")
    state["y"] -= 4
    draw(sheet.title, "title")
    state["y"] -= 2
    draw(
        f"For {isolate(report.name)}. Type into the boxes (or print this and write), then give the file "
        "or the paper back to your manager.",
        "prompt",
    )
    if sheet.intro:
        state["y"] -= 6
        draw(sheet.intro, "body")
    if conversation.number is None:
        plan = plans.current_plan(store, report_id)
        if plan is not None and plan.goals:
            state["y"] -= 6
            draw("Your development plan's goals", "label")
            for goal in plan.goals:
                draw(f"•  {goal.title}", "body")
    state["y"] -= 10
    for section in sheet.sections:
        for index in range(1, section.repeat + 1):
            fields = list(section.fields)
            if section.heading:
                # keep one role or goal on one page when it fits on a page at all
                half = (usable - 16) / 2
                whole = measure(section.heading, "section") + 8
                whole += sum(block_height(f, usable) + 10 for f in fields if not f.half)
                whole += sum(block_height(f, half) + 10 for f in fields if f.half) / 2
                first = block_height(fields[0], usable) if fields else 0
                fits = whole < height - 2 * margin
                room_for(whole if fits else measure(section.heading, "section") + first + 8)
                state["y"] -= 4
                draw(section.heading.replace("{n}", str(index)), "section")
                state["y"] -= 4
            position = 0
            while position < len(fields):
                form_field = fields[position]
                pair = (
                    fields[position + 1]
                    if form_field.half and position + 1 < len(fields) and fields[position + 1].half
                    else None
                )
                if pair is None:
                    room_for(block_height(form_field, usable) + 10)
                    used = field_block(
                        form_field, FIELD_PREFIX + section.pdf_name(form_field, index), margin, usable
                    )
                    position += 1
                else:
                    half = (usable - 16) / 2
                    room_for(max(block_height(form_field, half), block_height(pair, half)) + 10)
                    used = max(
                        field_block(
                            form_field, FIELD_PREFIX + section.pdf_name(form_field, index), margin, half
                        ),
                        field_block(
                            pair, FIELD_PREFIX + section.pdf_name(pair, index), margin + half + 16, half
                        ),
                    )
                    position += 2
                state["y"] -= used + 10
    footer()
    canvas.save()
    data = _add_fields(buffer.getvalue(), boxes, prefilled(store, report_id, sheet))
    return Built(data=data, pages=state["page"], missing=chooser.missing_report())


def _add_fields(data: bytes, boxes: list[_Box], values: dict[str, str]) -> bytes:
    """The text fields, added with pypdf: each names the embedded field font
    (every script the app supports) in its default appearance; pre-filled ones
    get an appearance drawn in that font by the documents' text rules."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    from opd_desktop.services.documents import form_font

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    font = form_font.add_field_font(writer, form_font.field_font())
    appearance = form_font.default_appearance()
    fields = ArrayObject()
    multiline_flag = 1 << 12
    for box in boxes:
        name = box.name.removeprefix(FIELD_PREFIX)
        value = values.get(name, "")
        page = writer.pages[box.page - 1]
        rect = ArrayObject(FloatObject(v) for v in (box.x, box.y, box.x + box.width, box.y + box.height))
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(box.name),
                NameObject("/Rect"): rect,
                NameObject("/F"): NumberObject(4),  # print
                NameObject("/Ff"): NumberObject(multiline_flag if box.multiline else 0),
                NameObject("/DA"): TextStringObject(appearance),
                NameObject("/V"): TextStringObject(value),
                # a thin solid border, also when a viewer draws the field itself (NeedAppearances)
                NameObject("/BS"): DictionaryObject(
                    {NameObject("/W"): NumberObject(1), NameObject("/S"): NameObject("/S")}
                ),
                NameObject("/MK"): DictionaryObject(
                    {
                        NameObject("/BC"): ArrayObject(
                            [FloatObject(0.6), FloatObject(0.65), FloatObject(0.69)]
                        ),
                        NameObject("/BG"): ArrayObject(
                            [FloatObject(0.97), FloatObject(0.98), FloatObject(0.985)]
                        ),
                    }
                ),
                NameObject("/P"): page.indirect_reference,
            }
        )
        if value:
            normal = form_font.appearance_for(writer, font, value, box.width, box.height, box.multiline)
        else:
            normal = StreamObject()
            normal.update(
                {
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Form"),
                    NameObject("/BBox"): ArrayObject(
                        [FloatObject(0), FloatObject(0), FloatObject(box.width), FloatObject(box.height)]
                    ),
                }
            )
        normal = _with_box(normal, box.width, box.height)
        widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(normal)})
        reference = writer._add_object(widget)
        annotations = page.get("/Annots")
        if annotations is None:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(reference)  # type: ignore[union-attr]
        fields.append(reference)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): fields,
            NameObject("/DA"): TextStringObject(appearance),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject(form_font.FIELD_FONT): font})}
            ),
            NameObject("/NeedAppearances"): BooleanObject(False),
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_box(form, width: float, height: float):
    """The field's light background and thin border under its text (so the box
    shows on screen and on paper, filled or not)."""
    border = (
        f"q 0.97 0.98 0.985 rg 0.6 0.65 0.69 RG 0.6 w 0.5 0.5 {width - 1:.2f} {height - 1:.2f} re B Q\n"
    ).encode()
    form._data = border + (form._data or b"")
    return form


# Import lives in its own module; re-exported for the callers of this one.
from opd_desktop.services.documents.worksheet_import import ImportResult, import_worksheet  # noqa: E402

__all__ = [
    "APP_TAG",
    "FORMAT",
    "ImportResult",
    "build_worksheet",
    "has_worksheet",
    "import_worksheet",
    "worksheet_conversation",
]
