"""One TrueType font from two: DejaVu Sans with the glyphs of the CJK fallback
font added for every character DejaVu lacks (Chinese, Japanese, Korean).

A form field names ONE font in its default appearance, and whatever draws the
field's text (the employee's PDF viewer, pypdf, Poppler) draws all of it in that
font. So the worksheet fields need one font with Latin, Greek, Cyrillic, Arabic,
Hebrew and CJK glyphs. No font the app ships has them all; this module builds
one at run time from the bundled DejaVu Sans and the installed CJK font (the
same one the documents fall back to), by copying glyph outlines: both must be
TrueType-outline fonts (WenQuanYi Micro/Zen Hei, Microsoft YaHei, Droid Sans
Fallback are; the CJK glyphs are scaled to DejaVu's units per em when they
differ). A font with CFF outlines (Noto Sans CJK) is not used, and the fields
use DejaVu Sans alone.

Hinting instructions are dropped (the two fonts' hinting programs cannot be
combined); PDF viewers render form text unhinted or auto-hinted anyway. The
result is named "OPD Field Sans": DejaVu's licence (Bitstream Vera) allows
adding glyphs to a font renamed away from "Bitstream" and "Vera"."""

from __future__ import annotations

import logging
import struct
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path

from opd_desktop.services.documents.glyph_scale import scale_glyph

log = logging.getLogger(__name__)

FAMILY = "OPD Field Sans"
POSTSCRIPT_NAME = "OPDFieldSans"
MAX_GLYPHS = 0xFFFF
_SIMPLE_HEADER = 10

# composite glyph component flags (OpenType spec, 'glyf' table)
_ARGS_ARE_WORDS = 0x0001
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_TWO_BY_TWO = 0x0080
_HAVE_INSTRUCTIONS = 0x0100

_COPYRIGHT = (
    "DejaVu Sans glyphs: Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved. "
    "Bitstream Vera is a trademark of Bitstream, Inc. DejaVu changes are in public domain. "
    "CJK glyphs: {cjk}, used under its own licence."
)
_LICENCE = (
    "DejaVu Sans is used under the Bitstream Vera licence "
    "(https://dejavu-fonts.github.io/License.html): glyphs may be added to a font renamed "
    "to a name without the words Bitstream or Vera."
)


@dataclass(frozen=True)
class MergedFont:
    data: bytes  # the TrueType file
    char_to_glyph: dict[int, int]
    advances: list[int]  # per glyph, font units
    units_per_em: int


class _Face:
    """The parts of a TrueType font the merge needs (read with reportlab's parser)."""

    def __init__(self, path: str, index: int = 0) -> None:
        from reportlab.pdfbase.ttfonts import TTFontFile

        face = TTFontFile(path, subfontIndex=index)
        self.face = face
        self.units_per_em: int = face.unitsPerEm
        self.char_to_glyph: dict[int, int] = dict(face.charToGlyph)
        self.loca: list[int] = face.glyphPos
        self.glyf: bytes = face.get_table("glyf")
        self.num_glyphs: int = face.numGlyphs
        self.hmetrics = self._metrics()

    def _metrics(self) -> list[tuple[int, int]]:
        """(advance, left side bearing) of every glyph, in font units."""
        (long_metrics,) = struct.unpack_from(">H", self.table("hhea"), 34)
        hmtx = self.table("hmtx")
        pairs = list(struct.iter_unpack(">Hh", hmtx[: 4 * long_metrics]))
        rest = self.num_glyphs - long_metrics
        bearings = struct.unpack_from(f">{rest}h", hmtx, 4 * long_metrics) if rest > 0 else ()
        advance = pairs[-1][0]
        return pairs + [(advance, lsb) for lsb in bearings]

    def table(self, tag: str) -> bytes:
        return self.face.get_table(tag)

    def glyph(self, gid: int) -> bytes:
        return self.glyf[self.loca[gid] : self.loca[gid + 1]]


def metrics(path: str, index: int = 0) -> list[tuple[int, int]]:
    """(advance, left side bearing) of every glyph of a font, in font units."""
    return _Face(path, index).hmetrics


def mergeable(path: str, index: int = 0) -> bool:
    """Whether the font at `path` has TrueType outlines (not CFF: those would need converting)."""
    try:
        from reportlab.pdfbase.ttfonts import TTFontFile

        face = TTFontFile(path, subfontIndex=index, charInfo=False)
        return "glyf" in face.table and "loca" in face.table and 16 <= face.unitsPerEm <= 16384
    except Exception as exc:  # any unreadable or unusual font is simply not used
        log.info("font %s cannot be merged: %s", Path(path).name, type(exc).__name__)
        return False


def merge(base_path: str, extra_path: str, extra_index: int = 0) -> MergedFont | None:
    """DejaVu (`base_path`) with the glyphs of `extra_path` for the characters it
    lacks; None when the two cannot be merged."""
    base, extra = _Face(base_path), _Face(extra_path, extra_index)
    if not base.glyf or not extra.glyf:
        return None
    factor = base.units_per_em / extra.units_per_em  # the extra glyphs are scaled to DejaVu's em
    wanted = sorted(
        (code, gid)
        for code, gid in extra.char_to_glyph.items()
        if code not in base.char_to_glyph and 0 < gid < extra.num_glyphs
    )
    new_id: dict[int, int] = {}
    order: list[int] = []

    def take(gid: int) -> bool:
        """Adds an extra glyph (and the glyphs it is built from) to the new font."""
        if gid in new_id:
            return True
        needed = [gid, *_components_closure(extra, gid)]
        fresh = [g for g in dict.fromkeys(needed) if g not in new_id]
        if base.num_glyphs + len(order) + len(fresh) > MAX_GLYPHS:
            return False
        for g in fresh:
            new_id[g] = base.num_glyphs + len(order)
            order.append(g)
        return True

    char_to_glyph = dict(base.char_to_glyph)
    for code, gid in sorted(wanted, key=lambda pair: pair[1]):  # the extra font's own order
        if not take(gid):
            log.warning("the field font is full: characters from U+%04X on have no glyph", code)
            break
        char_to_glyph[code] = new_id[gid]
    glyphs = [_strip_instructions(base.glyph(g), None) for g in range(base.num_glyphs)]
    glyphs += [scale_glyph(_strip_instructions(extra.glyph(g), new_id), factor) for g in order]
    metrics = base.hmetrics[: base.num_glyphs] + [
        (round(extra.hmetrics[g][0] * factor), round(extra.hmetrics[g][1] * factor)) for g in order
    ]
    data = _assemble(base, extra, glyphs, metrics, char_to_glyph, Path(extra_path).name, factor)
    return MergedFont(
        data=data,
        char_to_glyph=char_to_glyph,
        advances=[advance for advance, _lsb in metrics],
        units_per_em=base.units_per_em,
    )


def _components(glyph: bytes) -> list[tuple[int, int]]:
    """(offset of the glyph index, glyph index) of each component of a composite glyph."""
    found: list[tuple[int, int]] = []
    if len(glyph) < _SIMPLE_HEADER or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return found
    at = _SIMPLE_HEADER
    while at + 4 <= len(glyph):
        flags, gid = struct.unpack_from(">HH", glyph, at)
        found.append((at + 2, gid))
        at += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
        if flags & _HAVE_SCALE:
            at += 2
        elif flags & _HAVE_XY_SCALE:
            at += 4
        elif flags & _HAVE_TWO_BY_TWO:
            at += 8
        if not flags & _MORE_COMPONENTS:
            break
    return found


def _components_closure(face: _Face, gid: int, depth: int = 0) -> list[int]:
    if depth > 8:
        return []
    found: list[int] = []
    for _at, part in _components(face.glyph(gid)):
        if 0 <= part < face.num_glyphs:
            found += [part, *_components_closure(face, part, depth + 1)]
    return found


def _strip_instructions(glyph: bytes, renumber: dict[int, int] | None) -> bytes:
    """The glyph without its hinting program; a composite's components renumbered."""
    if len(glyph) < _SIMPLE_HEADER:
        return b""
    contours = struct.unpack_from(">h", glyph, 0)[0]
    if contours >= 0:
        at = _SIMPLE_HEADER + 2 * contours
        if at + 2 > len(glyph):
            return b""
        (length,) = struct.unpack_from(">H", glyph, at)
        out = glyph[:at] + b"\0\0" + glyph[at + 2 + length :]
    else:
        out = bytearray(glyph)
        components = _components(glyph)
        end = _SIMPLE_HEADER
        for at, gid in components:
            flag_at = at - 2
            flags = struct.unpack_from(">H", out, flag_at)[0] & ~_HAVE_INSTRUCTIONS
            struct.pack_into(">H", out, flag_at, flags)
            if renumber is not None:
                struct.pack_into(">H", out, at, renumber.get(gid, 0))
            end = at + 2 + (4 if flags & _ARGS_ARE_WORDS else 2)
            if flags & _HAVE_SCALE:
                end += 2
            elif flags & _HAVE_XY_SCALE:
                end += 4
            elif flags & _HAVE_TWO_BY_TWO:
                end += 8
        out = bytes(out[:end])
    return out + b"\0" * (-len(out) % 4)


def _checksum(data: bytes) -> int:
    """The TrueType checksum: the sum of the big-endian 32-bit words (an array,
    not a tuple of a million ints: the 'glyf' table is megabytes)."""
    words = array("I", data + b"\0" * (-len(data) % 4))
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _assemble(
    base: _Face,
    extra: _Face,
    glyphs: list[bytes],
    metrics: list[tuple[int, int]],
    char_to_glyph: dict[int, int],
    extra_name: str,
    factor: float,
) -> bytes:
    count = len(glyphs)
    offsets = [0]
    for glyph in glyphs:
        offsets.append(offsets[-1] + len(glyph))
    head = bytearray(base.table("head"))
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set last
    base_box = struct.unpack_from(">4h", head, 36)
    extra_box = [round(v * factor) for v in struct.unpack_from(">4h", extra.table("head"), 36)]
    box = (
        min(base_box[0], extra_box[0]),
        min(base_box[1], extra_box[1]),
        max(base_box[2], extra_box[2]),
        max(base_box[3], extra_box[3]),
    )
    struct.pack_into(">4h", head, 36, *box)
    struct.pack_into(">h", head, 50, 1)  # long offsets in 'loca'
    hhea = bytearray(base.table("hhea"))
    struct.pack_into(">H", hhea, 10, max(advance for advance, _lsb in metrics))
    struct.pack_into(">H", hhea, 34, count)
    maxp = bytearray(base.table("maxp")[:32])
    extra_maxp = extra.table("maxp")[:32]
    struct.pack_into(">H", maxp, 4, count)
    for at in range(6, 32, 2):  # the larger of each limit; no instructions any more
        mine, theirs = struct.unpack_from(">H", maxp, at)[0], struct.unpack_from(">H", extra_maxp, at)[0]
        struct.pack_into(">H", maxp, at, max(mine, theirs))
    struct.pack_into(">H", maxp, 26, 0)  # maxSizeOfInstructions
    post = bytearray(base.table("post")[:32])
    struct.pack_into(">I", post, 0, 0x00030000)  # no glyph names
    post[16:32] = bytes(16)
    tables = {
        "OS/2": base.table("OS/2"),
        "cmap": _cmap(char_to_glyph),
        "glyf": b"".join(glyphs),
        "head": bytes(head),
        "hhea": bytes(hhea),
        "hmtx": b"".join(struct.pack(">Hh", advance, lsb) for advance, lsb in metrics),
        "loca": struct.pack(f">{len(offsets)}I", *offsets),
        "maxp": bytes(maxp),
        "name": _name_table(extra_name),
        "post": bytes(post),
    }
    font, positions = _sfnt(tables)
    adjustment = (0xB1B0AFBA - _checksum(font)) & 0xFFFFFFFF
    head_at = positions["head"]
    return font[: head_at + 8] + struct.pack(">I", adjustment) + font[head_at + 12 :]


def _sfnt(tables: dict[str, bytes]) -> tuple[bytes, dict[str, int]]:
    """The font file, and where each table starts in it."""
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    search_range, selector = power * 16, power.bit_length() - 1
    header = struct.pack(">IHHHH", 0x00010000, count, search_range, selector, count * 16 - search_range)
    position = len(header) + 16 * count
    records, bodies, positions = [], [], {}
    for tag in tags:
        positions[tag] = position
        body = tables[tag]
        records.append(struct.pack(">4sIII", tag.encode("latin-1"), _checksum(body), position, len(body)))
        padded = body + b"\0" * (-len(body) % 4)
        bodies.append(padded)
        position += len(padded)
    return header + b"".join(records) + b"".join(bodies), positions


def _cmap(char_to_glyph: dict[int, int]) -> bytes:
    """A (3, 10) format 12 subtable: every character, in sequential groups."""
    groups: list[list[int]] = []
    for code in sorted(char_to_glyph):
        gid = char_to_glyph[code]
        last = groups[-1] if groups else None
        if last and code == last[1] + 1 and gid == last[2] + (code - last[0]):
            last[1] = code
        else:
            groups.append([code, code, gid])
    body = struct.pack(">HHIII", 12, 0, 16 + 12 * len(groups), 0, len(groups))
    body += b"".join(struct.pack(">III", *group) for group in groups)
    return struct.pack(">HHHHI", 0, 1, 3, 10, 12) + body


def _name_table(extra_name: str) -> bytes:
    names = {
        0: _COPYRIGHT.format(cjk=extra_name),
        1: FAMILY,
        2: "Regular",
        3: f"{POSTSCRIPT_NAME}; DejaVu Sans with {extra_name}",
        4: FAMILY,
        5: "Version 1.0",
        6: POSTSCRIPT_NAME,
        13: _LICENCE,
    }
    records, strings = [], b""
    for name_id, text in sorted(names.items()):
        encoded = text.encode("utf-16-be")
        records.append(struct.pack(">6H", 3, 1, 0x409, name_id, len(encoded), len(strings)))
        strings += encoded
    header = struct.pack(">3H", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(records) + strings
