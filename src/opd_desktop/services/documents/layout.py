"""The shared look of every document: A4, a header with the report's name,
the document and the date, a footer that says who the document is for and
"page N of M" (the prep brief adds "For you only" above the header),
and a small set of paragraph styles. Text goes through the font chooser so
every script is drawn or reported."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from opd_desktop.services.documents import fonts
from opd_desktop.services.documents.provenance import made_by, producer
from opd_desktop.services.documents.text import FontChooser

INK = "#1f2933"
MUTED = "#5f6b7a"
ACCENT = "#0b57d0"
RULE = "#c9d1db"


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # e.g. "Agenda — Conversation 3 of 7"
    person: str  # whose document it is
    confidential: str = "Confidential"  # the footer: who the document is for
    date: dt.date | None = None
    banner: str = ""  # drawn above the header on every page (the prep brief's warning)


FOR_YOU_ONLY = "For you only — do not hand out"


@dataclass
class Built:
    """A finished document: its bytes, pages and anything that could not be shown."""

    data: bytes
    pages: int
    missing: str = ""


class Writer:
    """Collects flowables for one document with the shared styles."""

    def __init__(self, info: DocumentInfo) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        fonts.register_body()  # the CJK font follows when a text needs it
        self.info = info
        self.text: FontChooser = fonts.chooser()
        self.story: list = []
        self._ruled: list = []  # (ruled table, lines): drawn closer when that saves a last page
        base = ParagraphStyle(
            "base",
            fontName=fonts.BODY,
            fontSize=10,
            leading=14,
            textColor=colors.HexColor(INK),
            alignment=TA_LEFT,
        )
        self.styles = {
            "body": base,
            "muted": ParagraphStyle(
                "muted", parent=base, textColor=colors.HexColor(MUTED), fontSize=9, leading=12
            ),
            "title": ParagraphStyle(
                "title", parent=base, fontName=fonts.BOLD, fontSize=18, leading=23, spaceAfter=4
            ),
            "kicker": ParagraphStyle(
                "kicker", parent=base, fontSize=9, textColor=colors.HexColor(ACCENT), spaceAfter=2
            ),
            "h2": ParagraphStyle(
                "h2",
                parent=base,
                fontName=fonts.BOLD,
                fontSize=12.5,
                leading=16,
                spaceBefore=12,
                spaceAfter=4,
                textColor=colors.HexColor(ACCENT),
                keepWithNext=1,  # a heading never ends a page
            ),
            "h3": ParagraphStyle(
                "h3",
                parent=base,
                fontName=fonts.BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=8,
                spaceAfter=2,
                keepWithNext=1,
            ),
            "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=1),
            "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
            "cellhead": ParagraphStyle(
                "cellhead", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11.5, textColor=colors.white
            ),
        }

    # Text ------------------------------------------------------------------

    def markup(self, text: str, style: str | None = None, width: float | None = None) -> str:
        """Markup for `text`; given the paragraph style, right-to-left text is
        wrapped to the frame before it is reordered for drawing."""
        return self.text.markup(text, self._wrapper(style, width) if style else None)

    def _wrapper(self, style_name: str, width: float | None = None):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from opd_desktop.services.documents.text import visual_order, wrap_logical

        style = self.styles[style_name]
        # a little slack: reportlab measures the shaped glyphs slightly wider than we do
        width = ((width or self.frame_width) - style.leftIndent - style.rightIndent) * 0.94

        def measure(text: str) -> float:
            return stringWidth(visual_order(text), style.fontName, style.fontSize)

        return lambda line: wrap_logical(line, measure, width)

    def para(self, text: str, style: str = "body", *, raw: bool = False, width: float | None = None):
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        from opd_desktop.services.documents.text import starts_right_to_left

        chosen = self.styles[style]
        if not raw and starts_right_to_left(text):
            chosen = ParagraphStyle(f"{style}-rtl", parent=chosen, alignment=TA_RIGHT)
        return Paragraph(text if raw else self.markup(text, style, width), chosen)

    def add(self, text: str, style: str = "body") -> None:
        if text.strip():
            self.story.append(self.para(text, style))

    def title(self, kicker: str, title: str, subtitle: str = "") -> None:
        self.add(kicker.upper(), "kicker")
        self.add(title, "title")
        if subtitle:
            self.add(subtitle, "muted")
        self.spacer(6)

    def heading(self, text: str, level: int = 2) -> None:
        self.add(text, "h2" if level == 2 else "h3")

    def bullets(self, items: Sequence[str]) -> None:
        from reportlab.platypus import Paragraph

        for item in items:
            if item.strip():
                self.story.append(
                    Paragraph(self.markup(item, "bullet"), self.styles["bullet"], bulletText="•")
                )

    def labelled(self, label: str, text: str) -> None:
        if not text.strip():
            return
        from opd_desktop.services.documents.text import has_rtl

        if has_rtl(text) and "\n" not in text and len(text) < 60:
            self.story.append(self.para(f"<b>{self.markup(label)}:</b> {self.markup(text)}", raw=True))
        elif has_rtl(text):  # long right-to-left text gets its own, properly wrapped paragraph
            self.story.append(self.para(f"<b>{self.markup(label)}:</b>", raw=True))
            self.story.append(self.para(text))
        else:
            self.story.append(self.para(f"<b>{self.markup(label)}:</b> {self.markup(text)}", raw=True))

    def spacer(self, height: float = 6) -> None:
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, height))

    # Blocks ------------------------------------------------------------------

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        """A table that splits across pages with its header repeated."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        total = sum(widths)
        columns = [self.frame_width * w / total for w in widths]
        padding = 12  # the table's default left and right cell padding
        data = [[self.para(h, "cellhead") for h in headers]]
        data += [
            [self.para(cell or "", "cell", width=columns[i] - padding) for i, cell in enumerate(row)]
            for row in rows
        ]
        table = Table(data, colWidths=columns, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6fa")]),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.story.append(table)

    @contextlib.contextmanager
    def kept(self) -> Iterator[None]:
        """What is added inside stays on one page (an item with its ruled lines),
        unless it is longer than a page."""
        from reportlab.platypus import KeepTogether

        start = len(self.story)
        yield
        while start > 0 and getattr(getattr(self.story[start - 1], "style", None), "keepWithNext", 0):
            start -= 1  # a heading just before the block goes with it
        block = self.story[start:]
        if block:
            del self.story[start:]
            self.story.append(KeepTogether(block))

    def writing_space(self, lines: int = 4) -> None:
        """Ruled lines to write on during a device-free conversation."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        table = Table([[""] for _ in range(lines)], colWidths=[self.frame_width], rowHeights=[RULED] * lines)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE))]))
        self.story.append(table)
        self._ruled.append((table, lines))

    def signature_lines(self, names: Sequence[str]) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        rows = [
            ["", "", ""],
            [self.para(n, "muted") for n in names[:1]] + [""] + [self.para("Date", "muted")],
        ]
        for name in names[1:]:
            rows += [["", "", ""], [self.para(name, "muted"), "", self.para("Date", "muted")]]
        width = self.frame_width
        table = Table(rows, colWidths=[width * 0.6, width * 0.1, width * 0.3], rowHeights=None)
        style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
        for index in range(0, len(rows), 2):
            style += [
                ("LINEBELOW", (0, index), (0, index), 0.6, colors.HexColor(INK)),
                ("LINEBELOW", (2, index), (2, index), 0.6, colors.HexColor(INK)),
                ("TOPPADDING", (0, index), (-1, index), 26),
            ]
        table.setStyle(TableStyle(style))
        self.story.append(table)

    @property
    def frame_width(self) -> float:
        from reportlab.lib.pagesizes import A4

        return A4[0] - 2 * MARGIN

    # Output ------------------------------------------------------------------

    def build(self) -> Built:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        buffer = io.BytesIO()
        info = self.info
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 14,
            bottomMargin=MARGIN,
            title=f"{info.title} — {info.person}",
            author="OPD Desktop",
            subject=info.title,
            creator=made_by(),
            producer=producer(),
        )
        header_person = self.markup(info.person)
        story = self.story or [self.para(" ")]
        canvas_class = _numbered_canvas(info, header_person, self.text, self.markup(info.confidential))
        lowest: dict[int, float] = {}  # page → the lowest point drawn on it
        doc.afterFlowable = lambda _f: (
            lowest.__setitem__(doc.page, doc.frame._y) if doc.frame is not None else None
        )
        doc.build(list(story), canvasmaker=canvas_class)
        pages = canvas_class.page_count
        if pages > 1 and self._ruled and self._near_empty(doc, lowest.get(pages)):
            # a near-empty last page: draw the ruled lines a little closer and try again
            for table, lines in self._ruled:
                table._argH = [RULED_TIGHT] * lines
            tighter = io.BytesIO()
            again = _numbered_canvas(info, header_person, self.text, self.markup(info.confidential))
            doc.filename = tighter
            doc.build(list(story), canvasmaker=again)
            if again.page_count < pages:
                buffer, pages = tighter, again.page_count
        data = buffer.getvalue()
        return Built(data=data, pages=pages, missing=self.text.missing_report())

    @staticmethod
    def _near_empty(doc, lowest: float | None) -> bool:
        """The last page holds less than a quarter of a page."""
        if lowest is None:
            return False
        top = doc.bottomMargin + doc.height
        return (top - lowest) < 0.25 * doc.height


MARGIN = 48
RULED = 20  # points between ruled writing lines
RULED_TIGHT = 16  # when that pulls a near-empty last page back


def _numbered_canvas(info: DocumentInfo, person_markup: str, text: FontChooser, footer_markup: str = ""):
    """A canvas class that draws header and footer once the page count is known."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    header_style = ParagraphStyle(
        "header", fontName=fonts.BOLD, fontSize=9, leading=11, textColor=colors.HexColor(INK)
    )
    footer_style = ParagraphStyle(
        "footer", fontName=fonts.BODY, fontSize=8.5, leading=10, textColor=colors.HexColor(MUTED)
    )
    banner_style = ParagraphStyle(
        "banner", fontName=fonts.BOLD, fontSize=9, leading=11, textColor=colors.HexColor(ACCENT)
    )
    date_text = (info.date or dt.date.today()).strftime("%d %B %Y")

    class NumberedCanvas(Canvas):
        page_count = 0

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            type(self).page_count = total
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            header = Paragraph(person_markup, header_style)
            header.wrap(width / 2, 30)
            header.drawOn(self, MARGIN, height - MARGIN + 6)
            self.setFont(fonts.BODY, 8.5)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawRightString(width - MARGIN, height - MARGIN + 8, f"{info.title} · {date_text}")
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(MARGIN, height - MARGIN + 2, width - MARGIN, height - MARGIN + 2)
            self.line(MARGIN, MARGIN - 12, width - MARGIN, MARGIN - 12)
            footer = Paragraph(footer_markup or info.confidential, footer_style)
            footer.wrap(width - 2 * MARGIN - 90, 20)
            footer.drawOn(self, MARGIN, MARGIN - 26)
            if info.banner:
                banner = Paragraph(info.banner, banner_style)
                banner.wrap(width - 2 * MARGIN, 14)
                banner.drawOn(self, MARGIN, height - MARGIN + 20)
            self.drawRightString(width - MARGIN, MARGIN - 24, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas
