"""Fillable worksheets for the employee's preparation exercises
(conversations 1 and 5), and reading a filled-in one back into the profile.

Each worksheet carries, in its PDF keywords, which app made it, for which
report and which conversation; an import checks them before touching data."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop.core.changes import Topic
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import profile, reports
from opd_desktop.services.documents import fonts
from opd_desktop.services.documents.layout import ACCENT, INK, MUTED, Built
from opd_desktop.services.documents.provenance import made_by, producer
from opd_desktop.services.settings import employee_footer
from opd_desktop.store.database import Store

APP_TAG = "opd-desktop"
ROLES = 4


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    prompt: str
    lines: int  # 1 = single line
    kind: str  # profile kind it feeds, "clifton" or "career:<part>"


WORKSHEETS: dict[int, tuple[str, tuple[Field, ...]]] = {
    1: (
        "Preparing for our first conversation",
        (
            Field(
                "preferences",
                "How you like to work",
                "Tasks, people, pace and setting in which you do your best work. One idea per line.",
                5,
                "preference",
            ),
            Field(
                "strengths",
                "Your strengths",
                "What you do well and what others rely on you for. One per line.",
                5,
                "strength",
            ),
            Field(
                "aspirations",
                "Your aspirations",
                "What you want more of, less of, and where you would like to be "
                "in a few years. One per line.",
                5,
                "aspiration",
            ),
            Field(
                "clifton",
                "CliftonStrengths (optional)",
                "If you took the assessment: your top five themes, in order, separated by commas.",
                1,
                "clifton",
            ),
        ),
    ),
    5: (
        "Your career so far and where it is going",
        (
            *(
                part
                for index in range(1, ROLES + 1)
                for part in (
                    Field(f"role{index}", f"Role {index}", "Title and organization", 1, "career:role"),
                    Field(f"from{index}", "From", "YYYY-MM", 1, "career:from"),
                    Field(f"to{index}", "To", "YYYY-MM, or empty if current", 1, "career:to"),
                    Field(f"highlights{index}", "Highlights", "What went well", 2, "career:highlights"),
                    Field(f"learned{index}", "What you learned", "", 2, "career:learned"),
                )
            ),
            Field("values", "What matters most to you at work", "One per line.", 4, "value"),
            Field("aspirations", "Where you want your career to go", "One per line.", 4, "aspiration"),
        ),
    ),
}


def _check_number(number: int) -> tuple[str, tuple[Field, ...]]:
    if number not in WORKSHEETS:
        raise ValidationError("Worksheets exist for the exercises of conversations 1 and 5.", "number")
    return WORKSHEETS[number]


def build_worksheet(store: Store, report_id: int, number: int) -> Built:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    title, form_fields = _check_number(number)
    report = reports.get_report(store, report_id)
    fonts.register()
    chooser = fonts.chooser()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(f"Worksheet for conversation {number} — {report.name}")
    canvas.setAuthor("OPD Desktop")
    canvas.setCreator(made_by())
    canvas.setProducer(producer())
    canvas.setSubject("OPD worksheet")
    canvas.setKeywords(
        json.dumps(
            {
                "app": APP_TAG,
                "kind": "worksheet",
                "conversation": number,
                "report_id": report.id,
                "report_name": report.name,
            },
            ensure_ascii=True,
        )
    )
    width, height = A4
    margin = 48
    styles = {
        "title": ParagraphStyle(
            "t", fontName=fonts.BOLD, fontSize=16, leading=20, textColor=colors.HexColor(INK)
        ),
        "label": ParagraphStyle(
            "l", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=colors.HexColor(INK)
        ),
        "prompt": ParagraphStyle(
            "p", fontName=fonts.BODY, fontSize=8.5, leading=11, textColor=colors.HexColor(MUTED)
        ),
        "kicker": ParagraphStyle(
            "k", fontName=fonts.BODY, fontSize=9, leading=11, textColor=colors.HexColor(ACCENT)
        ),
    }
    pages = 1
    for_whom = employee_footer(store, report.name)

    def draw(text: str, style: str, y: float, w: float = width - 2 * margin, x: float = margin) -> float:
        paragraph = Paragraph(chooser.markup(text), styles[style])
        _w, h = paragraph.wrap(w, 200)
        paragraph.drawOn(canvas, x, y - h)
        return y - h

    def footer() -> None:
        canvas.setFont(fonts.BODY, 8.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        draw(for_whom, "prompt", margin - 15, w=width / 2)
        canvas.drawRightString(
            width - margin, margin - 24, f"Worksheet · conversation {number} · page {pages}"
        )

    y = height - margin
    y = draw(f"WORKSHEET · CONVERSATION {number} OF 7", "kicker", y) - 4
    y = draw(title, "title", y) - 2
    y = (
        draw(
            f"For {report.name}. Type into the boxes (or print and write), save the file and give it back "
            "to your manager.",
            "prompt",
            y,
        )
        - 10
    )
    for form_field in form_fields:
        box_height = 18 if form_field.lines == 1 else 14 * form_field.lines + 6
        needed = box_height + 40
        if y - needed < margin:
            footer()
            canvas.showPage()
            pages += 1
            y = height - margin
        y = draw(form_field.label, "label", y)
        if form_field.prompt:
            y = draw(form_field.prompt, "prompt", y)
        y -= box_height + 3
        canvas.acroForm.textfield(
            name=f"opd_{form_field.name}",
            x=margin,
            y=y,
            width=width - 2 * margin,
            height=box_height,
            fontName="Helvetica",
            fontSize=10,
            borderColor=colors.HexColor("#9aa5b1"),
            fillColor=colors.HexColor("#f7f9fb"),
            textColor=colors.black,
            borderWidth=0.6,
            fieldFlags="multiline" if form_field.lines > 1 else "",
            forceBorder=True,
        )
        y -= 10
    footer()
    canvas.save()
    return Built(data=buffer.getvalue(), pages=pages, missing=chooser.missing_report())


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        parts = [
            f"{count} {profile.KIND_LABELS.get(kind, kind).lower()}"
            for kind, count in self.added.items()
            if count
        ]
        text = "Imported " + (", ".join(parts) if parts else "nothing new") + "."
        return text + ("" if not self.warnings else " " + " ".join(self.warnings))


def read_worksheet(path: Path) -> tuple[dict, dict[str, str]]:
    """The worksheet's tag and its filled-in fields; refuses a PDF that is not ours."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        keywords = (reader.metadata or {}).get("/Keywords", "")
        raw_fields = reader.get_fields() or {}
    except (OSError, PdfReadError, ValueError) as exc:
        raise OpdError(
            f"{path.name} cannot be read as a PDF ({exc}). Choose the worksheet file you sent."
        ) from exc
    try:
        tag = json.loads(str(keywords))
    except ValueError:
        tag = {}
    if not isinstance(tag, dict) or tag.get("app") != APP_TAG or tag.get("kind") != "worksheet":
        raise OpdError(
            f"{path.name} is not an OPD Desktop worksheet. Export a worksheet from the app, "
            "have it filled in, and import that file."
        )
    values = {
        name.removeprefix("opd_"): str(entry.get("/V") or "")
        for name, entry in raw_fields.items()
        if name.startswith("opd_")
    }
    return tag, values


def import_worksheet(store: Store, report_id: int, path: Path) -> ImportResult:
    report = reports.get_report(store, report_id)
    tag, values = read_worksheet(path)
    if tag.get("report_id") != report.id:
        raise OpdError(
            f"This worksheet was made for {tag.get('report_name', 'another report')}, not for "
            f"{report.name}. Import it for the right person."
        )
    number = int(tag.get("conversation", 0))
    _title, form_fields = _check_number(number)
    result = ImportResult()
    existing = {(e.kind, e.text.casefold()) for e in profile.entries(store, report_id)}

    def add(kind: str, text: str, **extra) -> None:
        text = " ".join(text.strip(" •-*\t").split())
        if not text or (kind, text.casefold()) in existing:
            return
        profile.add_entry(store, report_id, kind, text, **extra)
        existing.add((kind, text.casefold()))
        result.added[kind] = result.added.get(kind, 0) + 1

    with store.write(Topic.PROFILE):
        for form_field in form_fields:
            value = values.get(form_field.name, "")
            if form_field.kind in profile.KINDS:
                for line in value.splitlines():
                    add(form_field.kind, line)
            elif form_field.kind == "clifton" and value.strip():
                _import_themes(store, report_id, value, result)
        if number == 5:
            for index in range(1, ROLES + 1):
                _import_role(values, index, add, result)
    return result


def _import_themes(store: Store, report_id: int, value: str, result: ImportResult) -> None:
    themes = [t for t in (part.strip() for part in value.replace(";", ",").split(",")) if t]
    current = [e.text.casefold() for e in profile.entries(store, report_id, "clifton_theme")]
    if current == [t.casefold() for t in themes]:
        return
    try:
        profile.set_clifton_themes(store, report_id, themes)
        result.added["clifton_theme"] = len(themes)
    except ValidationError as exc:
        result.warnings.append(f"CliftonStrengths themes were not imported: {exc} They are: {value.strip()}.")


def _month(text: str) -> dt.date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _import_role(values: dict[str, str], index: int, add, result: ImportResult) -> None:
    role = values.get(f"role{index}", "").strip()
    if not role:
        return
    start_text, end_text = values.get(f"from{index}", ""), values.get(f"to{index}", "")
    start, end = _month(start_text), _month(end_text)
    detail = values.get(f"highlights{index}", "").strip()
    unread = [t for t, d in ((start_text, start), (end_text, end)) if t.strip() and d is None]
    if unread:
        detail = (
            (detail + "\n" if detail else "") + "Dates as written: " + " – ".join(t.strip() for t in unread)
        )
        result.warnings.append(f"Role {index}: dates “{', '.join(unread)}” were kept as text (use YYYY-MM).")
    if start and end and end < start:
        start, end = end, start
    add(
        "career",
        role,
        detail=detail,
        learned=values.get(f"learned{index}", "").strip(),
        start_date=start,
        end_date=end,
    )
