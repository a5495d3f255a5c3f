"""Scaling TrueType glyph outlines ('glyf' records without hinting) by a factor,
so that glyphs from a font with other units per em (1000, 1024) can join a font
with 2048 (`font_merge`)."""

from __future__ import annotations

import struct

_ON_CURVE = 0x01
_X_SHORT = 0x02
_Y_SHORT = 0x04
_REPEAT = 0x08
_X_SAME_OR_POSITIVE = 0x10
_Y_SAME_OR_POSITIVE = 0x20
_OVERLAP_SIMPLE = 0x40

_ARGS_ARE_WORDS = 0x0001
_ARGS_ARE_XY = 0x0002
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_TWO_BY_TWO = 0x0080


def decode_simple(glyph: bytes) -> tuple[list[int], list[int], list[int], list[int]]:
    """A simple glyph's contour ends, point flags, and absolute x and y coordinates."""
    contours = struct.unpack_from(">h", glyph, 0)[0]
    ends = list(struct.unpack_from(f">{contours}H", glyph, 10))
    at = 10 + 2 * contours
    (instructions,) = struct.unpack_from(">H", glyph, at)
    at += 2 + instructions
    count = ends[-1] + 1 if ends else 0
    flags: list[int] = []
    while len(flags) < count:
        flag = glyph[at]
        at += 1
        repeat = 1
        if flag & _REPEAT:
            repeat += glyph[at]
            at += 1
        flags += [flag] * repeat
    flags = flags[:count]
    coordinates: list[list[int]] = []
    for short, same in ((_X_SHORT, _X_SAME_OR_POSITIVE), (_Y_SHORT, _Y_SAME_OR_POSITIVE)):
        values, value = [], 0
        for flag in flags:
            if flag & short:
                delta = glyph[at]
                at += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                value += struct.unpack_from(">h", glyph, at)[0]
                at += 2
            values.append(value)
        coordinates.append(values)
    return ends, flags, coordinates[0], coordinates[1]


def _encode_simple(ends: list[int], flags: list[int], xs: list[int], ys: list[int]) -> bytes:
    box = (min(xs), min(ys), max(xs), max(ys)) if xs else (0, 0, 0, 0)
    head = struct.pack(">h4h", len(ends), *box) + struct.pack(f">{len(ends)}H", *ends) + b"\0\0"
    out_flags: list[int] = []
    x_data, y_data = bytearray(), bytearray()
    previous_x = previous_y = 0
    for index, (flag, x, y) in enumerate(zip(flags, xs, ys, strict=True)):
        new = flag & _ON_CURVE | (flag & _OVERLAP_SIMPLE if index == 0 else 0)
        for value, previous, short, same, data in (
            (x, previous_x, _X_SHORT, _X_SAME_OR_POSITIVE, x_data),
            (y, previous_y, _Y_SHORT, _Y_SAME_OR_POSITIVE, y_data),
        ):
            delta = value - previous
            if delta == 0:
                new |= same
            elif -255 <= delta <= 255:
                new |= short | (same if delta > 0 else 0)
                data.append(abs(delta))
            else:
                data += struct.pack(">h", delta)
        previous_x, previous_y = x, y
        out_flags.append(new)
    flag_data = bytearray()
    index = 0
    while index < len(out_flags):
        run = 1
        while index + run < len(out_flags) and out_flags[index + run] == out_flags[index] and run < 256:
            run += 1
        if run > 1:
            flag_data += bytes((out_flags[index] | _REPEAT, run - 1))
        else:
            flag_data.append(out_flags[index])
        index += run
    return head + bytes(flag_data) + bytes(x_data) + bytes(y_data)


def _clamp(value: float) -> int:
    return max(-32768, min(32767, round(value)))


def scale_glyph(glyph: bytes, factor: float) -> bytes:
    """The glyph (without instructions) with every coordinate multiplied by `factor`."""
    if len(glyph) < 10 or factor == 1:
        return glyph
    contours = struct.unpack_from(">h", glyph, 0)[0]
    if contours >= 0:
        ends, flags, xs, ys = decode_simple(glyph)
        if not ends:
            return glyph
        out = _encode_simple(ends, flags, [_clamp(x * factor) for x in xs], [_clamp(y * factor) for y in ys])
    else:
        box = struct.unpack_from(">4h", glyph, 2)
        out = bytearray(struct.pack(">h4h", contours, *(_clamp(v * factor) for v in box)))
        at = 10
        while at + 4 <= len(glyph):
            flags, gid = struct.unpack_from(">HH", glyph, at)
            at += 4
            if flags & _ARGS_ARE_WORDS:
                args = struct.unpack_from(">hh" if flags & _ARGS_ARE_XY else ">HH", glyph, at)
                at += 4
            else:
                args = struct.unpack_from(">bb" if flags & _ARGS_ARE_XY else ">BB", glyph, at)
                at += 2
            size = 0
            if flags & _HAVE_SCALE:
                size = 2
            elif flags & _HAVE_XY_SCALE:
                size = 4
            elif flags & _HAVE_TWO_BY_TWO:
                size = 8
            transform = glyph[at : at + size]
            at += size
            if flags & _ARGS_ARE_XY:
                args = tuple(_clamp(v * factor) for v in args)
                out += struct.pack(">HHhh", flags | _ARGS_ARE_WORDS, gid, *args)
            else:  # point numbers: unchanged
                out += struct.pack(">HH", flags | _ARGS_ARE_WORDS, gid) + struct.pack(">HH", *args)
            out += transform
            if not flags & _MORE_COMPONENTS:
                break
        out = bytes(out)
    return out + b"\0" * (-len(out) % 4)
