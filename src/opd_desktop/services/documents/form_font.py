"""Fonts and appearances for fillable form fields.

A text field is drawn by the PDF viewer with the font named in its default
appearance (`/DA`). reportlab can only name the 14 standard fonts there, which
have no Cyrillic, Arabic or Chinese. This module gives every worksheet field
a composite (Type0, Identity-H) font embedded whole: DejaVu Sans, so whatever
the employee types in Latin, Greek, Cyrillic, Arabic or Hebrew has glyphs (or
the CJK fallback font for an employee whose name is in Chinese, Japanese or
Korean, which also has Latin and Cyrillic); and it
draws the appearance of pre-filled fields with the documents' own text engine
(shaped right-to-left text, the CJK fallback font), so they look the same as in
every other document."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
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
    base_name: str
    font_file: bytes  # zlib-compressed TrueType file
    length1: int
    widths: list[tuple[int, int, float]]  # runs of glyph ids with one width (1/1000 em)
    to_unicode: bytes  # zlib-compressed ToUnicode CMap
    ascent: float
    descent: float
    cap_height: float
    bbox: list[float]
    stem_v: int
    flags: int
    default_width: float


def _single_font(raw: bytes, index: int) -> bytes:
    """One font of a TrueType collection (.ttc) as a standalone .ttf: a PDF
    embeds a single font, not a collection."""
    import struct

    if raw[:4] != b"ttcf":
        return raw
    (offset,) = struct.unpack_from(">I", raw, 12 + 4 * index)
    version, count = struct.unpack_from(">IH", raw, offset)
    records = [struct.unpack_from(">4sIII", raw, offset + 12 + 16 * i) for i in range(count)]
    header = struct.pack(">IHHHH", version, count, *struct.unpack_from(">HHH", raw, offset + 6))
    position = len(header) + 16 * count
    table_records, tables = [], []
    for tag, checksum, start, length in records:
        table_records.append(struct.pack(">4sIII", tag, checksum, position, length))
        data = raw[start : start + length]
        data += b"\0" * (-len(data) % 4)
        tables.append(data)
        position += len(data)
    return header + b"".join(table_records) + b"".join(tables)


def _width_runs(advances: list[float]) -> list[tuple[int, int, float]]:
    runs: list[tuple[int, int, float]] = []
    for gid, width in enumerate(advances):
        if runs and runs[-1][2] == width and runs[-1][1] == gid - 1:
            runs[-1] = (runs[-1][0], gid, width)
        else:
            runs.append((gid, gid, width))
    return runs


@cache
def _font_data(path: str, index: int = 0) -> _FontData:
    from reportlab.pdfbase.ttfonts import TTFontFile

    raw = _single_font(Path(path).read_bytes(), index)
    face = TTFontFile(path, subfontIndex=index)
    scale = 1000 / face.unitsPerEm
    runs = _width_runs([round(advance * scale) for advance, _lsb in face.hmetrics])
    pairs: dict[int, int] = {}
    for code, gid in sorted(face.charToGlyph.items()):
        pairs.setdefault(gid, code)  # the first character that maps to a glyph
    name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    return _FontData(
        base_name="".join(ch for ch in name if ch.isalnum() or ch in "-_") or "OPDFieldFont",
        font_file=zlib.compress(raw, 6),
        length1=len(raw),
        widths=runs,
        to_unicode=zlib.compress(_to_unicode_cmap(pairs), 6),
        ascent=face.ascent,
        descent=face.descent,
        cap_height=face.capHeight,
        bbox=[round(v, 1) for v in face.bbox],
        stem_v=face.stemV,
        flags=face.flags,
        default_width=round(face.defaultWidth, 1),
    )


def _needs_cjk(text: str) -> bool:
    return any(
        0x2E80 <= ord(ch) <= 0x9FFF or 0xAC00 <= ord(ch) <= 0xD7AF or 0xF900 <= ord(ch) <= 0xFAFF
        for ch in text
    )


def field_font_for(name: str) -> tuple[str, int]:
    """The font file (and index in a collection) the fields use: DejaVu Sans,
    or the CJK fallback font (which also has Latin and Cyrillic) when the
    employee's name is written in Chinese, Japanese or Korean, so that what
    they type in their script has glyphs in every viewer."""
    from opd_desktop.services.documents import fonts

    if _needs_cjk(name):
        cjk = next((Path(p) for p in fonts.CJK_CANDIDATES if Path(p).is_file()), None)
        if cjk is not None:
            return str(cjk), 0
    return str(fonts_dir() / "DejaVuSans.ttf"), 0


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


def add_field_font(writer: PdfWriter, font: tuple[str, int]) -> IndirectObject:
    """Embed a font whole as a Type0 font in `writer`; returns its reference."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    data = _font_data(*font)
    base = NameObject("/" + data.base_name)
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
    for first, last, width in data.widths:
        widths += [NumberObject(first), NumberObject(last), FloatObject(width)]
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
