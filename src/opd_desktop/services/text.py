"""Cleaning text the user typed before it is stored."""

from __future__ import annotations

import unicodedata

from opd_desktop.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_LINE_LENGTH = 2000
MAX_NOTE_LENGTH = 2_000_000  # characters; a pasted megabyte of text fits


def clean_line(
    value: str | None, field: str, *, required: bool = False, max_length: int = MAX_LINE_LENGTH
) -> str:
    """One line of text: NFC-normalized, inner whitespace collapsed."""
    text = " ".join(unicodedata.normalize("NFC", value or "").split())
    if required and not text:
        raise ValidationError(f"The {field} is empty; please type a {field}.", field)
    if len(text) > max_length:
        raise ValidationError(
            f"The {field} is {len(text):,} characters long; keep it under {max_length:,}.", field
        )
    return text


def clean_body(value: str | None, field: str = "note", *, max_length: int = MAX_NOTE_LENGTH) -> str:
    """Free text: NFC-normalized, line breaks kept, never cut short."""
    text = unicodedata.normalize("NFC", value or "")
    if len(text) > max_length:
        raise ValidationError(
            f"The {field} is {len(text):,} characters long, more than the "
            f"{max_length:,} one field can hold. Split it into several notes.",
            field,
        )
    return text


def name_key(name: str) -> str:
    """How two names are compared for duplicates and searches."""
    return unicodedata.normalize("NFC", name).casefold()
