"""The document warm-up lays out a small document with the body fonts, so the
first real document does not wait for reportlab; it writes nothing."""

from __future__ import annotations

from opd_desktop.services.documents import fonts


def test_warm_up_registers_the_body_fonts_and_builds_in_memory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    fonts.warm_up(["Zoë Dvořák", "Łukasz Żółć"])
    from reportlab.pdfbase import pdfmetrics

    assert fonts.BODY in pdfmetrics.getRegisteredFontNames()
    assert list(tmp_path.iterdir()) == []
