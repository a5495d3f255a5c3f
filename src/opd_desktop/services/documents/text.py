"""Getting any script onto a PDF page: right-to-left text (Arabic, Hebrew) is
shaped and put in visual order; each character is drawn with a font that has
it, and characters no available font has are reported, never silently lost."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def has_rtl(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in RTL_RANGES)


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter outside bidi isolates is Arabic or Hebrew: such
    a paragraph is set flush right. (A sentence that starts with an isolated
    name is the surrounding language's sentence.)"""
    depth = 0
    for char in text:
        if char == "\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0 and char.isalpha():
            return any(lo <= ord(char) <= hi for lo, hi in RTL_RANGES)
    return False


def isolate(text: str) -> str:
    """Mark user text inside a composed sentence as a bidi isolate, so an Arabic
    or Hebrew name cannot pull the numbers and words around it into its run."""
    return f"\u2068{text}\u2069" if has_rtl(text) else text


def visual_order(text: str, base: str = "L") -> str:
    """Arabic letters joined into their contextual forms and the line put in the
    order it is drawn left to right (one line at a time)."""
    if not has_rtl(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    # base "L": a left-to-right sentence with Arabic or Hebrew inside; "R": a right-to-left paragraph
    return "\n".join(get_display(arabic_reshaper.reshape(line), base_dir=base) for line in text.split("\n"))


def wrap_logical(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """Break one line of text into lines no wider than `width`, in logical
    order. Right-to-left text is wrapped before it is put in visual order, so
    that a long Arabic or Hebrew paragraph keeps its lines in reading order."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


@dataclass
class FontChooser:
    """Chooses, character by character, the first font that can draw it."""

    fonts: list[tuple[str, Callable[[int], bool]]]  # (font name, has glyph for code point)
    missing: set[str] = field(default_factory=set)

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        for name, has in self.fonts:
            if has(code):
                return name
        return None

    def markup(self, text: str, wrap: Callable[[str], list[str]] | None = None) -> str:
        """reportlab paragraph markup for `text`: escaped, shaped, with <font>
        runs where a fallback font is needed. Unknown characters become a
        visible placeholder and are remembered in `missing`. With `wrap`, text
        containing right-to-left script is broken into lines first."""
        text = unicodedata.normalize("NFC", text)
        if wrap is not None and has_rtl(text):
            text = "\n".join(part for line in text.split("\n") for part in wrap(line))
        out: list[str] = []
        default = self.fonts[0][0]
        run_font: str | None = None
        run: list[str] = []

        def flush() -> None:
            if not run:
                return
            chunk = html.escape("".join(run), quote=False).replace("\n", "<br/>")
            out.append(chunk if run_font == default else f'<font name="{run_font}">{chunk}</font>')
            run.clear()

        base = "R" if starts_right_to_left(text) else "L"
        for line_index, line in enumerate(visual_order(text, base).split("\n")):
            if line_index:
                flush()
                out.append("<br/>")
            for char in line:
                if char in "\t":
                    char = " "
                font = default if char.isspace() else self.font_for(char)
                if font is None:
                    if unicodedata.category(char) in ("Cf", "Mn", "Cc"):
                        continue  # invisible marks: nothing to draw
                    self.missing.add(char)
                    font, char = default, "\u25a1"
                if font != run_font:
                    flush()
                    run_font = font
                run.append(char)
        flush()
        return "".join(out)

    def missing_report(self) -> str:
        if not self.missing:
            return ""
        sample = "".join(sorted(self.missing))[:40]
        return (
            f"{len(self.missing)} character(s) could not be shown because no installed font has them "
            f"(shown as □): {sample}. Install a font such as Noto Sans CJK and export again."
        )
