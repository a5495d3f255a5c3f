"""The guide loader takes a language code; untranslated languages fall back to English."""

from __future__ import annotations

from opd_desktop.core.guides import default_guides
from opd_desktop.paths import guides_dir


def test_a_language_without_guides_falls_back_to_english() -> None:
    assert guides_dir("xx") == guides_dir() == guides_dir("en")
    english = default_guides()
    assert default_guides("en") is english
    assert default_guides("xx").conversations[0].title == english.conversations[0].title
