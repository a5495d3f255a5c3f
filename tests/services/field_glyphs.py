"""What a form field's appearance really draws: the glyphs its text operators
show, looked up in the font embedded in the PDF. "pypdf reads the value back"
passes even when a viewer shows nothing; these checks fail then.

And what Poppler shows: a field rendered with `pdftoppm`, as grey pixels."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

from pypdf import PdfReader
from pypdf.generic import ContentStream

POPPLER = shutil.which("pdftoppm")


def widget(reader: PdfReader, name: str):
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/T") == name:
                return number, annotation
    raise KeyError(name)


class EmbeddedFont:
    """A Type0 (Identity-H) font's embedded TrueType file: glyph outlines and cmap."""

    def __init__(self, font) -> None:
        from reportlab.pdfbase.ttfonts import TTFontFile

        assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H", font
        descendant = font["/DescendantFonts"][0].get_object()
        assert descendant.get("/CIDToGIDMap", "/Identity") == "/Identity"
        data = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        self.face = TTFontFile(io.BytesIO(data))
        self.characters: dict[int, set[str]] = {}
        for code, gid in self.face.charToGlyph.items():
            self.characters.setdefault(gid, set()).add(chr(code))

    def has_outline(self, gid: int) -> bool:
        positions = self.face.glyphPos
        return gid + 1 < len(positions) and positions[gid + 1] > positions[gid]

    def covers(self, text: str) -> list[str]:
        """The characters of `text` without a drawable glyph in this font."""
        glyphs = self.face.charToGlyph
        return [
            ch
            for ch in text
            if not ch.isspace()
            and unicodedata.category(ch) not in ("Cc", "Cf")  # invisible: nothing to draw
            and not (ord(ch) in glyphs and self.has_outline(glyphs[ord(ch)]))
        ]


_PARSED: dict[int, EmbeddedFont] = {}


def embedded_font(font) -> EmbeddedFont:
    """The EmbeddedFont of a font dictionary, parsed once per PDF read."""
    file = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()["/FontFile2"]
    key = id(file.get_object())
    if key not in _PARSED:
        _PARSED.clear()  # one font at a time: a merged font is large
        _PARSED[key] = EmbeddedFont(font)
    return _PARSED[key]


def field_font(reader: PdfReader, name: str):
    """The font a field's default appearance names (for a viewer that draws the field)."""
    _page, annotation = widget(reader, name)
    font_name = str(annotation.get("/DA", reader.trailer["/Root"]["/AcroForm"]["/DA"])).split()[0]
    return reader.trailer["/Root"]["/AcroForm"]["/DR"]["/Font"][font_name].get_object()


def drawn(reader: PdfReader, name: str) -> tuple[str, list[int]]:
    """The characters a field's normal appearance draws (as the embedded font maps
    its glyphs), and the glyph ids it draws that have no outline (missing glyphs)."""
    _page, annotation = widget(reader, name)
    appearance = annotation["/AP"]["/N"].get_object()
    fonts = appearance.get("/Resources", {}).get("/Font", {})
    form_fonts = reader.trailer["/Root"]["/AcroForm"]["/DR"]["/Font"]
    font = None
    shown: list[str] = []
    empty: list[int] = []
    for operands, operator in ContentStream(appearance, reader).operations:
        if operator == b"Tf":
            resource = fonts.get(operands[0]) or form_fonts.get(operands[0])
            font = resource.get_object()
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            strings = operands[0] if operator == b"TJ" else operands[-1:]
            for string in strings:
                if isinstance(string, (int, float)):
                    continue
                raw = getattr(string, "original_bytes", None) or bytes(string)
                assert font is not None and font.get("/Subtype") == "/Type0", "text in a simple font"
                embedded = embedded_font(font)
                for at in range(0, len(raw) - 1, 2):
                    gid = int.from_bytes(raw[at : at + 2], "big")
                    characters = embedded.characters.get(gid, set())
                    if not embedded.has_outline(gid) and not all(c.isspace() for c in characters):
                        empty.append(gid)
                    shown.append(min(characters) if characters else "\ufffd")
    return "".join(shown), empty


def assert_drawn(reader: PdfReader, name: str, text: str) -> None:
    """The field's appearance draws every character of `text` with a glyph that
    has an outline (Arabic may be drawn in its presentation forms, right to left)."""
    shown, empty = drawn(reader, name)
    assert not empty, f"{name}: glyphs without outline {empty}"

    def letters(value: str) -> set[str]:
        return {
            c
            for c in unicodedata.normalize("NFKC", value)
            if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf")  # invisible
        }

    missing = letters(text) - letters(shown)
    assert not missing, f"{name} does not draw {sorted(missing)} of {text!r}: {shown!r}"


def field_pixels(pdf: bytes, reader: PdfReader, name: str, tmp_path) -> int:
    """How many dark pixels Poppler paints inside a field's box (after its border)."""
    number, annotation = widget(reader, name)
    x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
    height = float(reader.pages[number].mediabox.height)
    scale = 100 / 72
    path = tmp_path / "poppler.pdf"
    path.write_bytes(pdf)
    inset = 3  # points: leave the border out
    args = [
        POPPLER,
        "-gray",
        "-r",
        "100",
        "-f",
        str(number + 1),
        "-l",
        str(number + 1),
        "-x",
        str(int((x0 + inset) * scale)),
        "-y",
        str(int((height - y1 + inset) * scale)),
        "-W",
        str(int((x1 - x0 - 2 * inset) * scale)),
        "-H",
        str(int((y1 - y0 - 2 * inset) * scale)),
        "-singlefile",
        str(path),
        str(tmp_path / "field"),
    ]
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    image = (tmp_path / "field.pgm").read_bytes()
    header = image.split(maxsplit=4)  # P5, width, height, maxval, pixels
    pixels = header[4][-int(header[1]) * int(header[2]) :]
    return sum(1 for value in pixels if value < 128)
