"""Cleaning text the user typed (or a file brought in) before it is stored.

Single-line fields (names, roles, teams, titles, metric names) lose every
C0/C1 control character and the bidi embedding, override and isolate controls
(a tab becomes a space first); a required line must keep at least one visible
character. Free text keeps its line breaks and tabs (and bidi controls) but
loses the other control characters. `for_terminal` makes any stored text safe
to print."""

from __future__ import annotations

import re
import unicodedata

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_LINE_LENGTH = 2000
MAX_NOTE_LENGTH = 2_000_000  # characters; a pasted megabyte of text fits

# Bidi embedding (LRE, RLE, PDF), override (LRO, RLO) and isolate (LRI, RLI, FSI, PDI) controls.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_BODY_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def strip_line_controls(value: str) -> str:
    """A tab becomes a space; other control characters and bidi controls go."""
    return _LINE_UNSAFE.sub("", value.replace("\t", " "))


def strip_body_controls(value: str) -> str:
    """Line breaks and tabs stay; other C0/C1 control characters go (bidi
    controls may be wanted in mixed-direction prose and stay)."""
    return _BODY_UNSAFE.sub("", value)


def for_terminal(value: str) -> str:
    """Text safe to print: control and bidi characters shown as visible escapes
    (for text stored before it was cleaned, or read from a file)."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def has_visible_character(value: str) -> bool:
    """At least one letter, digit, mark-bearing letter, punctuation or symbol:
    zero-width characters, spaces and marks alone do not count."""
    return any(unicodedata.category(char)[0] in "LNPS" for char in value)


def clean_line(
    value: str | None, field: str, *, required: bool = False, max_length: int = MAX_LINE_LENGTH
) -> str:
    """One line of text: NFC-normalized, controls stripped (see the module
    docstring), inner whitespace collapsed."""
    text = " ".join(strip_line_controls(unicodedata.normalize("NFC", value or "")).split())
    if required and not has_visible_character(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {field} is empty; please type a {field}.").format(field=field),
            field,
        )
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The {field} is {len:,} characters long; keep it under {max_length:,}."
            ).format(field=field, len=len(text), max_length=max_length),
            field,
        )
    return text


def clean_body(value: str | None, field: str = "note", *, max_length: int = MAX_NOTE_LENGTH) -> str:
    """Free text: NFC-normalized, line breaks kept, never cut short."""
    text = strip_body_controls(unicodedata.normalize("NFC", value or ""))
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {field} is {len:,} characters long, more than the {max_length:,} one field can hold. Split it into several notes.",  # noqa: E501
            ).format(field=field, len=len(text), max_length=max_length),
            field,
        )
    return text


def name_key(name: str) -> str:
    """How two names are compared for duplicates and searches."""
    return unicodedata.normalize("NFC", name).casefold()
