"""The worksheet field font: DejaVu Sans with the CJK fallback's glyphs merged
in, checked by reading the font file back (outlines, metrics, cmap)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from opd_desktop.paths import fonts_dir
from opd_desktop.services.documents import font_merge, fonts
from opd_desktop.services.documents.glyph_scale import decode_simple, scale_glyph

DEJAVU = str(fonts_dir() / "DejaVuSans.ttf")
CJK = next((p for p in fonts.CJK_CANDIDATES if Path(p).is_file() and font_merge.mergeable(p)), None)
needs_cjk = pytest.mark.skipif(CJK is None, reason="no CJK font with TrueType outlines installed")


def _glyph(face: TTFontFile, char: str) -> bytes:
    return _glyph_by_id(face, face.charToGlyph[ord(char)])


def _glyph_by_id(face: TTFontFile, gid: int) -> bytes:
    return face.get_table("glyf")[face.glyphPos[gid] : face.glyphPos[gid + 1]]


def _outline(face: TTFontFile, char: str) -> list[tuple[int, int, int]]:
    """The glyph's points, components of a composite glyph placed at their offsets."""

    def points(gid: int, dx: int, dy: int) -> list[tuple[int, int, int]]:
        glyph = _glyph_by_id(face, gid)
        if len(glyph) < 10:
            return []
        if struct.unpack_from(">h", glyph, 0)[0] >= 0:
            return [(on, x + dx, y + dy) if on >= 0 else (on, x, y) for on, x, y in _points(glyph)]
        found = []
        for flags, part, ox, oy in _parts(glyph):
            assert flags & 0x2 and not flags & 0xC8, "offsets only in these test glyphs"
            found += points(part, dx + ox, dy + oy)
        return found

    return points(face.charToGlyph[ord(char)], 0, 0)


def _parts(glyph: bytes) -> list[tuple[int, int, int, int]]:
    parts, at = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", glyph, at)
        words = flags & 0x1
        ox, oy = struct.unpack_from(">hh" if words else ">bb", glyph, at + 4)
        parts.append((flags, gid, ox, oy))
        at += (
            4 + (4 if words else 2) + (2 if flags & 0x8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0)
        )
        if not flags & 0x20:
            return parts


def _points(glyph: bytes) -> list[tuple[int, int, int]]:
    """(on curve, x, y) of every point, with (-1, end, 0) closing each contour."""
    ends, flags, xs, ys = decode_simple(glyph)
    points = [(f & 1, x, y) for f, x, y in zip(flags, xs, ys, strict=True)]
    return points + [(-1, end, 0) for end in ends]


@needs_cjk
def test_the_merged_font_has_dejavu_and_the_cjk_glyphs_unchanged() -> None:
    merged = font_merge.merge(DEJAVU, CJK)
    assert merged is not None
    face = TTFontFile(io.BytesIO(merged.data))  # a valid TrueType file, read back
    dejavu, cjk = TTFontFile(DEJAVU), TTFontFile(CJK, subfontIndex=0)
    assert face.name == b"OPDFieldSans" and face.unitsPerEm == 2048
    for char in "AzëŁДمש":  # DejaVu's own outlines, same advance
        assert _outline(face, char) == _outline(dejavu, char), char
        assert face.charWidths[ord(char)] == dejavu.charWidths[ord(char)]
    for char in "张伟你好한カ":  # the CJK font's outlines
        assert _outline(face, char) == _outline(cjk, char), char
        assert face.charWidths[ord(char)] == pytest.approx(cjk.charWidths[ord(char)], abs=1)
    assert set(dejavu.charToGlyph) | set(cjk.charToGlyph) == set(face.charToGlyph)
    assert len(merged.advances) <= font_merge.MAX_GLYPHS


def test_scaling_a_glyph_scales_every_point() -> None:
    face = TTFontFile(DEJAVU)
    for char in "Ażم":
        glyph = _glyph(face, char)
        if struct.unpack_from(">h", glyph, 0)[0] < 0:
            continue  # a composite (ż is one): its offsets are scaled, checked below
        stripped = font_merge._strip_instructions(glyph, None)
        assert _points(scale_glyph(stripped, 1)) == _points(stripped)
        doubled = [(on, x if on < 0 else 2 * x, 2 * y) for on, x, y in _points(stripped)]
        assert _points(scale_glyph(stripped, 2)) == doubled
        halved = [(on, x if on < 0 else round(x * 0.5), round(y * 0.5)) for on, x, y in _points(stripped)]
        assert _points(scale_glyph(stripped, 0.5)) == halved


@needs_cjk
def test_glyphs_of_a_font_with_other_units_per_em_are_scaled_to_dejavus(tmp_path) -> None:
    """A CJK font at 1000 units per em (made here by changing the em of the
    installed one: its glyphs become 2.048 times larger) joins at DejaVu's 2048."""
    cjk = TTFontFile(CJK, subfontIndex=0)
    raw = bytearray(Path(CJK).read_bytes())
    struct.pack_into(">H", raw, cjk.table["head"]["offset"] + 18, 1000)
    thousand = tmp_path / "cjk-1000.ttc"
    thousand.write_bytes(bytes(raw))
    merged = font_merge.merge(DEJAVU, str(thousand))
    face = TTFontFile(io.BytesIO(merged.data))
    factor = 2048 / 1000
    for char in "张伟한カ":
        original = _outline(cjk, char)
        expected = [(on, x if on < 0 else round(x * factor), round(y * factor)) for on, x, y in original]
        assert _outline(face, char) == expected, char
        gid = face.charToGlyph[ord(char)]
        assert merged.advances[gid] == round(cjk.hmetrics[cjk.charToGlyph[ord(char)]][0] * factor)


def test_without_a_mergeable_cjk_font_the_fields_use_dejavu_alone(tmp_path) -> None:
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"\0" * 64)
    assert not font_merge.mergeable(str(not_a_font))
    assert font_merge.mergeable(DEJAVU)


def test_without_a_cjk_font_fields_use_dejavu_and_show_a_placeholder_for_chinese(store, monkeypatch) -> None:
    from pypdf import PdfReader

    from opd_desktop.services import plans, reports
    from opd_desktop.services.documents import form_font
    from opd_desktop.services.documents.export import build_document
    from tests.services.field_glyphs import assert_drawn, drawn, field_font

    monkeypatch.setattr(form_font, "field_font", lambda: (DEJAVU, None, 0))
    zoe = reports.add_report(store, "Zoë Martin")
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "Дмитрий · محمد · 张伟")
    reader = PdfReader(io.BytesIO(build_document(store, "worksheet", zoe.id, 6).data))
    assert str(field_font(reader, "opd_goal1")["/BaseFont"]) == "/DejaVuSans"
    assert_drawn(reader, "opd_goal1", "Дмитрий · محمد")
    shown, _empty = drawn(reader, "opd_goal1")
    assert shown.count("\u25a1") == 2  # 张伟: a visible placeholder each, never a blank
