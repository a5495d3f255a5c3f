"""Fonts and appearances for fillable form fields.

A text field is drawn by the PDF viewer with the ONE font named in its default
appearance (`/DA`). reportlab can only name the 14 standard fonts there, which
have no Cyrillic, Arabic or Chinese. This module gives every worksheet field a
composite (Type0, Identity-H) font embedded whole: DejaVu Sans with the glyphs
of the CJK fallback font added (`font_merge`), so whatever the employee types
in Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese or Korean has
glyphs, whatever their name. It also draws the appearance of pre-filled fields
in that font, set by the documents' rules (right-to-left text shaped and in
reading order, a right-to-left paragraph flush right)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from opd_desktop.paths import fonts_dir

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from pypdf.generic import IndirectObject, StreamObject

FIELD_FONT = "/OPDSans"  # the resource name fields use in their /DA
FONT_SIZE = 10
LEADING = 12.5
PADDING = 3.0  # points between the box and its text


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
    char_to_glyph: dict[int, int]
    advances: list[int]  # per glyph, 1/1000 em

    def glyphs(self, text: str) -> list[int]:
        """The glyph of each character (□ where the font has none; invisible
        marks such as bidi isolates dropped)."""
        import unicodedata

        missing = self.char_to_glyph.get(0x25A1, 0)
        found = []
        for char in text:
            gid = self.char_to_glyph.get(ord(char))
            if gid is None:
                if unicodedata.category(char) in ("Cf", "Mn", "Cc"):
                    continue
                gid = missing
            found.append(gid)
        return found

    def advance(self, gid: int) -> int:
        return self.advances[gid] if gid < len(self.advances) else 0


def _width_runs(advances: list[float]) -> list[tuple[int, int, float]]:
    runs: list[tuple[int, int, float]] = []
    for gid, width in enumerate(advances):
        if runs and runs[-1][2] == width and runs[-1][1] == gid - 1:
            runs[-1] = (runs[-1][0], gid, width)
        else:
            runs.append((gid, gid, width))
    return runs


FieldFont = tuple[str, str | None, int]  # DejaVu Sans, the CJK font merged into it (or None), its index


@cache
def _font_data(font: FieldFont) -> _FontData:
    """The field font's PDF data: DejaVu Sans with the CJK font's glyphs added
    (`font_merge`), or DejaVu Sans alone when there is no CJK font to add."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from opd_desktop.services.documents import font_merge

    base_path, cjk_path, cjk_index = font
    face = TTFontFile(base_path)
    merged = font_merge.merge(base_path, cjk_path, cjk_index) if cjk_path else None
    if merged is not None:
        raw, char_to_glyph, advances = merged.data, merged.char_to_glyph, merged.advances
        name = font_merge.POSTSCRIPT_NAME
    else:
        raw = Path(base_path).read_bytes()
        char_to_glyph = dict(face.charToGlyph)
        advances = [advance for advance, _lsb in font_merge.metrics(base_path)]
        name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    scale = 1000 / face.unitsPerEm
    scaled = [round(advance * scale) for advance in advances]
    pairs: dict[int, int] = {}
    for code, gid in sorted(char_to_glyph.items()):
        pairs.setdefault(gid, code)  # the first character that maps to a glyph
    return _FontData(
        base_name="".join(ch for ch in name if ch.isalnum() or ch in "-_") or "OPDFieldFont",
        font_file=zlib.compress(raw, 6),
        length1=len(raw),
        widths=_width_runs(scaled),
        to_unicode=zlib.compress(_to_unicode_cmap(pairs), 6),
        ascent=face.ascent,
        descent=face.descent,
        cap_height=face.capHeight,
        bbox=[round(v, 1) for v in face.bbox],
        stem_v=face.stemV,
        flags=face.flags,
        default_width=round(face.defaultWidth, 1),
        char_to_glyph=char_to_glyph,
        advances=scaled,
    )


@cache
def field_font() -> FieldFont:
    """The font every worksheet field uses, whatever the employee's name: DejaVu
    Sans (Latin, Greek, Cyrillic, Arabic, Hebrew) with the glyphs of the
    installed CJK fallback font added, so that text typed in any of these
    scripts has glyphs in every viewer. Without a CJK font that can be merged,
    DejaVu Sans alone."""
    from opd_desktop.services.documents import font_merge, fonts

    base = str(fonts_dir() / "DejaVuSans.ttf")
    for candidate in fonts.CJK_CANDIDATES:
        if Path(candidate).is_file() and font_merge.mergeable(candidate):
            return base, candidate, 0
    return base, None, 0


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(pairs: dict[int, int]) -> bytes:
    """A ToUnicode CMap from 2-byte glyph ids to the characters they draw; runs
    of consecutive glyphs for consecutive characters (most CJK glyphs) as ranges."""
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
    singles: list[tuple[int, int]] = []
    ranges: list[list[int]] = []  # first glyph, last glyph, first character
    for gid, code in sorted(pairs.items()):
        last = ranges[-1] if ranges else None
        if (
            last
            and gid == last[1] + 1
            and code == last[2] + (gid - last[0])
            and gid & 0xFF
            and code & 0xFF
            and code <= 0xFFFF
        ):
            last[1] = gid  # same high byte on both sides: a valid bfrange
        elif code <= 0xFFFF:
            ranges.append([gid, gid, code])
        else:
            singles.append((gid, code))
    singles += [(first, code) for first, last, code in ranges if first == last]
    ranges = [r for r in ranges if r[0] != r[1]]
    for start in range(0, len(singles), 100):
        chunk = sorted(singles[start : start + 100])
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{gid:04X}> <{_utf16_hex(code)}>" for gid, code in chunk]
        lines.append("endbfchar")
    for start in range(0, len(ranges), 100):
        chunk = ranges[start : start + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines += [f"<{first:04X}> <{last:04X}> <{_utf16_hex(code)}>" for first, last, code in chunk]
        lines.append("endbfrange")
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


def add_field_font(writer: PdfWriter, font: FieldFont) -> IndirectObject:
    """Embed a font whole as a Type0 font in `writer`; returns its reference."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    data = _font_data(font)
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
    writer: PdfWriter, font: IndirectObject, text: str, width: float, height: float, multiline: bool
) -> StreamObject:
    """A form XObject showing `text` in a field box with the field font `font`,
    set like the documents' text (right-to-left text shaped and in visual order,
    a right-to-left paragraph flush right), clipped to the box; for pre-filled
    fields. Drawn with the font the field names, so a viewer that redraws the
    field shows the same glyphs."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject

    from opd_desktop.services.documents.text import (
        has_rtl,
        starts_right_to_left,
        visual_order,
        wrap_logical,
    )

    data = _font_data(field_font())
    inner = width - 2 * PADDING
    right_to_left = starts_right_to_left(text)
    base = "R" if right_to_left else "L"

    def measure(line: str) -> float:
        return sum(data.advance(gid) for gid in data.glyphs(visual_order(line, base))) * FONT_SIZE / 1000

    paragraphs = text.split("\n") if multiline else [" ".join(text.split())]
    lines = [
        visual_order(part, base) if has_rtl(part) else part
        for paragraph in paragraphs
        for part in wrap_logical(paragraph.replace("\t", " "), measure, inner)
    ]
    if multiline:
        baseline = height - PADDING - 0.5 - data.ascent * FONT_SIZE / 1000
    else:
        baseline = (height - data.cap_height * FONT_SIZE / 1000) / 2
    out = [f"q 0 0 {width:.2f} {height:.2f} re W n BT {FIELD_FONT} {FONT_SIZE} Tf 0 g"]
    x_before = y_before = 0.0
    for line in lines:
        glyphs = data.glyphs(line)
        line_width = sum(data.advance(gid) for gid in glyphs) * FONT_SIZE / 1000
        x = max(PADDING, width - PADDING - line_width) if right_to_left else PADDING
        out.append(
            f"{x - x_before:.2f} {baseline - y_before:.2f} Td <{''.join(f'{g:04X}' for g in glyphs)}> Tj"
        )
        x_before, y_before = x, baseline
        baseline -= LEADING
        if baseline < -LEADING:
            break
    out.append("ET Q")
    form = StreamObject()
    form._data = "\n".join(out).encode("ascii")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject(FIELD_FONT): font})}
            ),
        }
    )
    return form
