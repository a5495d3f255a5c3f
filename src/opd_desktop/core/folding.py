"""Accent- and case-insensitive text: "zoe" finds "Zoë", "sukru" finds
"Şükrü", "lukasz" finds "Łukasz".

SQLite's FTS5 `unicode61` tokenizer (with `remove_diacritics 2`) folds case
and removes the accents that Unicode writes as a base letter plus a combining
mark (ë, ş, ü, ż, ó, ć, İ …). It cannot fold letters that are letters of their
own rather than accented ones: ł/Ł, ø/Ø, đ/Đ, ð, ħ, ŧ, ŀ, ı (dotless i), and
the ligatures ß, æ, œ, þ. `EXTRA_FOLDS` maps those; the search index stores a
folded copy of each text with them replaced (see migration 4), and queries are
folded the same way here, so both sides meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ASCII_WORD = re.compile(r"[a-z0-9]+")

# Letters unicode61 leaves alone (lower and upper case; the index folds both).
EXTRA_FOLDS: dict[str, str] = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "ħ": "h",
    "Ħ": "H",
    "ŧ": "t",
    "Ŧ": "T",
    "ŀ": "l",
    "Ŀ": "L",
    "ı": "i",
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
}


def fold_char(char: str) -> str:
    """One character folded: lower case, accents removed, EXTRA_FOLDS applied.
    May return "" (a lone combining mark) or several characters (ß → ss)."""
    if char in EXTRA_FOLDS:
        return EXTRA_FOLDS[char].lower()
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(EXTRA_FOLDS.get(c, c).lower() for c in kept)


def fold(text: str) -> str:
    """Text folded for comparison (roster filter, search queries)."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


def is_token_char(char: str) -> bool:
    """What unicode61 counts as part of a word: letters, digits (and private use)."""
    return char.isalnum() or unicodedata.category(char) == "Co"


def words(text: str) -> list[str]:
    """The folded words of `text`, split where unicode61 splits."""
    found: list[str] = []
    current: list[str] = []
    for char in fold(text):
        if is_token_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


MAX_QUERY_WORDS = 12


def query_terms(text: str) -> list[str]:
    """The distinct folded words of what the user typed (at most 12)."""
    return list(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS]


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word quoted
    (so `AND`, `OR`, `NEAR`, `"`, `*`, `:` and brackets are plain text, never
    syntax) and matched as a prefix, all words required. None when the text
    holds no word at all."""
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


@dataclass(frozen=True)
class Snippet:
    """A piece of the original text around the first match, as segments of
    (text, highlighted)."""

    segments: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(part for part, _ in self.segments)

    def marked(self, before: str = "[", after: str = "]") -> str:
        return "".join(f"{before}{part}{after}" if hit else part for part, hit in self.segments)


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where words of `text` start with one of the folded `terms`, as
    (start, end) offsets into the original text."""
    if not terms:
        return []
    if text.isascii():  # the common case, at C speed
        lowered = text.lower()
        return [
            (m.start(), m.end())
            for m in _ASCII_WORD.finditer(lowered)
            if any(m.group().startswith(term) for term in terms)
        ]
    spans: list[tuple[int, int]] = []
    start: int | None = None
    folded: list[str] = []
    for index, char in enumerate(text + " "):
        piece = fold_char(char) if index < len(text) else " "
        token = bool(piece) and all(is_token_char(c) for c in piece)
        if not piece and start is not None:  # a combining mark inside a word
            continue
        if token:
            if start is None:
                start, folded = index, []
            folded.append(piece)
        elif start is not None:
            word = "".join(folded)
            if any(word.startswith(term) for term in terms):
                spans.append((start, index))
            start = None
    return spans


def snippet(text: str, terms: list[str], width: int = 160) -> Snippet:
    """About `width` characters of `text` on one line, around the first
    match, with every match in it highlighted."""
    flat = " ".join(text.split())
    spans = match_spans(flat, terms)
    first = spans[0][0] if spans else 0
    begin = max(0, first - width // 3)
    if begin:
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < first else begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        space = flat.rfind(" ", begin, end)
        end = space if space > first else end
    segments: list[tuple[str, bool]] = []
    if begin:
        segments.append(("…", False))
    cursor = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        if start > cursor:
            segments.append((flat[cursor:start], False))
        segments.append((flat[start:stop], True))
        cursor = stop
    if cursor < end:
        segments.append((flat[cursor:end], False))
    if end < len(flat):
        segments.append(("…", False))
    return Snippet(tuple(segments))
