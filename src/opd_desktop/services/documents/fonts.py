"""The fonts embedded in every PDF: DejaVu Sans (shipped with the app) for
Latin, Greek, Cyrillic, Arabic and Hebrew, and a system CJK font when one is
installed, for Chinese, Japanese and Korean."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from opd_desktop.paths import fonts_dir

log = logging.getLogger(__name__)

BODY = "OPD-Sans"
BOLD = "OPD-Sans-Bold"
ITALIC = "OPD-Sans-Oblique"
CJK = "OPD-CJK"

CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


_REGISTERING = threading.RLock()  # the warm-up after the first paint may be registering them


def register() -> dict[str, set[int]]:
    """Register the fonts once (the CJK one too, when installed); returns each
    font's set of code points."""
    with _REGISTERING:
        coverage = dict(register_body())
        cjk = register_cjk()
        if cjk is not None:
            coverage[CJK] = cjk
        return coverage


def register_body() -> dict[str, set[int]]:
    """Register DejaVu Sans (regular, bold, oblique) once; returns their code points."""
    with _REGISTERING:
        return _register_body()


def register_cjk() -> set[int] | None:
    """Register the installed CJK font once, when first needed (it is large: a
    document without Chinese, Japanese or Korean text never loads it); returns
    its code points, or None when there is none."""
    with _REGISTERING:
        return _register_cjk()


@cache
def _register_body() -> dict[str, set[int]]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    coverage: dict[str, set[int]] = {}
    for name, file in (
        (BODY, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        coverage[name] = set(font.face.charToGlyph)
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD)
    return coverage


def warm_up(names: Sequence[str] = ()) -> None:
    """Register the body fonts and lay out a small document once, so the first
    real one does not pay for reportlab's imports, its compiled patterns and
    its font metrics (the app calls this on a worker after its first paint).
    The CJK font, large, only when one of `names` (the team's) needs it."""
    from opd_desktop.services.documents.layout import DocumentInfo, Writer

    body = register_body()[BODY]
    if any(ord(c) not in body for name in names for c in name if not c.isspace()):
        register_cjk()
    writer = Writer(DocumentInfo("Agenda", "Zoë Łukasz"))
    writer.title("Conversation", "Warm-up", "Nothing is written anywhere")
    writer.heading("Agenda")
    writer.add("Plain text, <b>bold</b> & a “quote”.")
    writer.bullets(["One point", "Another point"])
    writer.labelled("Label", "Text beside a label")
    writer.table(["Who", "What"], [["You", "A line in a table"]], [120, 240])
    writer.writing_space(2)
    writer.build()


def cjk_font_path() -> Path | None:
    return next((Path(p) for p in CJK_CANDIDATES if Path(p).is_file()), None)


@cache
def _register_cjk() -> set[int] | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    cjk = cjk_font_path()
    if cjk is None:
        return None
    try:
        font = TTFont(CJK, str(cjk), subfontIndex=0)
        pdfmetrics.registerFont(font)
        return set(font.face.charToGlyph)
    except Exception as exc:
        log.warning("CJK font %s not usable: %s", cjk.name, type(exc).__name__)
        return None


def _cjk_has(code: int) -> bool:
    coverage = register_cjk()
    return coverage is not None and code in coverage


def chooser():
    """A FontChooser for one document (it collects that document's missing characters)."""
    from opd_desktop.services.documents.text import FontChooser

    coverage = register_body()
    order: list = [(BODY, coverage[BODY].__contains__)]
    if cjk_font_path() is not None:  # loaded on the first character only it can draw
        order.append((CJK, _cjk_has))
    return FontChooser(order)
