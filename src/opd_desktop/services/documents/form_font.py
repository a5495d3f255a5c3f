"""Fonts and appearances for fillable form fields.

A text field is drawn by the PDF viewer with the font named in its default
appearance (`/DA`). reportlab can only name the 14 standard fonts there, which
have no Cyrillic, Arabic or Chinese. This module gives every worksheet field
DejaVu Sans as a composite (Type0, Identity-H) font embedded whole, so whatever
the employee types in Latin, Greek, Cyrillic, Arabic or Hebrew has glyphs, and
draws the appearance of pre-filled fields with the documents' own text engine
(shaped right-to-left text, the CJK fallback font), so they look the same as in
every other document."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from opd_desktop.paths import fonts_dir

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, IndirectObject

FIELD_FONT = "/OPDSans"  # the resource name fields use in their /DA
FONT_SIZE = 10
LEADING = 12.5
PADDING = 2.5


@dataclass(frozen=True)
class _FontData:
    font_file: bytes  # zlib-compressed TrueType file
    length1: int
    widths: list[tuple[int, float]]  # (glyph id, width in 1/1000 em)
    to_unicode: bytes  # zlib-compressed ToUnicode CMap
    ascent: float
    descent: float
    cap_height: float
    bbox: list[float]
    stem_v: int
    flags: int
    default_width: float


@cache
def _font_data() -> _FontData:
    from reportlab.pdfbase.ttfonts import TTFontFile

    path = fonts_dir() / "DejaVuSans.ttf"
    raw = path.read_bytes()
    face = TTFontFile(str(path))
    scale = 1000 / face.unitsPerEm
    widths = [(gid, round(advance * scale, 1)) for gid, (advance, _lsb) in enumerate(face.hmetrics)]
    pairs: dict[int, int] = {}
    for code, gid in sorted(face.charToGlyph.items()):
        pairs.setdefault(gid, code)  # the first character that maps to a glyph
    return _FontData(
        font_file=zlib.compress(raw, 6),
        length1=len(raw),
        widths=widths,
        to_unicode=zlib.compress(_to_unicode_cmap(pairs), 6),
        ascent=face.ascent,
        descent=face.descent,
        cap_height=face.capHeight,
        bbox=[round(v, 1) for v in face.bbox],
        stem_v=face.stemV,
        flags=face.flags,
        default_width=round(face.defaultWidth, 1),
    )


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(pairs: dict[int, int]) -> bytes:
    """A ToUnicode CMap from 2-byte glyph ids to the characters they draw."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(pairs.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{gid:04X}> <{_utf16_hex(code)}>" for gid, code in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _stream(writer: PdfWriter, data: bytes, extra: dict) -> IndirectObject:
    from pypdf.generic import DecodedStreamObject, NameObject

    stream = DecodedStreamObject()
    stream._data = data  # already Flate-compressed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    for key, value in extra.items():
        stream[NameObject(key)] = value
    return writer._add_object(stream)


def add_field_font(writer: PdfWriter) -> IndirectObject:
    """Embed DejaVu Sans whole as a Type0 font in `writer`; returns its reference."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    data = _font_data()
    base = NameObject("/DejaVuSans")
    font_file = _stream(writer, data.font_file, {"/Length1": NumberObject(data.length1)})
    descriptor = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/FontDescriptor"),
                NameObject("/FontName"): base,
                NameObject("/Flags"): NumberObject(data.flags),
                NameObject("/FontBBox"): ArrayObject(FloatObject(v) for v in data.bbox),
                NameObject("/ItalicAngle"): NumberObject(0),
                NameObject("/Ascent"): FloatObject(data.ascent),
                NameObject("/Descent"): FloatObject(data.descent),
                NameObject("/CapHeight"): FloatObject(data.cap_height),
                NameObject("/StemV"): NumberObject(data.stem_v),
                NameObject("/FontFile2"): font_file,
            }
        )
    )
    widths = ArrayObject()
    for gid, width in data.widths:
        widths += [NumberObject(gid), ArrayObject([FloatObject(width)])]
    descendant = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/CIDFontType2"),
                NameObject("/BaseFont"): base,
                NameObject("/CIDSystemInfo"): DictionaryObject(
                    {
                        NameObject("/Registry"): Text("Adobe"),
                        NameObject("/Ordering"): Text("Identity"),
                        NameObject("/Supplement"): NumberObject(0),
                    }
                ),
                NameObject("/FontDescriptor"): descriptor,
                NameObject("/DW"): FloatObject(data.default_width),
                NameObject("/W"): widths,
                NameObject("/CIDToGIDMap"): NameObject("/Identity"),
            }
        )
    )
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type0"),
                NameObject("/BaseFont"): base,
                NameObject("/Encoding"): NameObject("/Identity-H"),
                NameObject("/DescendantFonts"): ArrayObject([descendant]),
                NameObject("/ToUnicode"): _stream(writer, data.to_unicode, {}),
            }
        )
    )


def default_appearance() -> str:
    return f"{FIELD_FONT} {FONT_SIZE} Tf 0 g"


def appearance_for(
    writer: PdfWriter, text: str, width: float, height: float, multiline: bool
) -> DictionaryObject:
    """A form XObject showing `text` in a field box, drawn like the documents'
    text (any script), clipped to the box; for pre-filled fields."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, FloatObject, NameObject, StreamObject
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from opd_desktop.services.documents import fonts

    fonts.register()
    chooser = fonts.chooser()
    inner = width - 2 * PADDING
    style = ParagraphStyle("field", fontName=fonts.BODY, fontSize=FONT_SIZE, leading=LEADING)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from opd_desktop.services.documents.text import visual_order, wrap_logical

    def measure(line: str) -> float:
        return stringWidth(visual_order(line), fonts.BODY, FONT_SIZE)

    shown = text if multiline else " ".join(text.split())
    markup = chooser.markup(shown, lambda line: wrap_logical(line, measure, inner * 0.94))
    if text and _rtl_paragraph(text):
        style.alignment = 2  # flush right, like right-to-left paragraphs in the documents
    paragraph = Paragraph(markup, style)
    _w, needed = paragraph.wrap(inner, 10_000)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    path = canvas.beginPath()
    path.rect(0, 0, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    top = height - PADDING if multiline else (height + FONT_SIZE * 0.72) / 2 + (LEADING - FONT_SIZE)
    paragraph.drawOn(canvas, PADDING, top - needed)
    canvas.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    form = StreamObject()
    form._data = page.get_contents().get_data()  # type: ignore[union-attr]
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
            NameObject("/Resources"): page["/Resources"].clone(writer),
        }
    )
    return form


def _rtl_paragraph(text: str) -> bool:
    from opd_desktop.services.documents.text import starts_right_to_left

    return starts_right_to_left(text)
