"""The focused control wears a 2 px ring in the accent role, light and dark."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from opd_desktop.ui import theme
from opd_desktop.ui.focus_ring import RING_WIDTH, FocusRingStyle


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS draws its own focus ring")
@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("kind", [QPlainTextEdit, QPushButton])
def test_focus_ring_is_two_accent_pixels(qtbot, dark: bool, kind) -> None:
    app = QApplication.instance()
    style, palette, was_dark = app.style().name(), app.palette(), theme.is_dark()
    theme.apply(app, dark=dark)
    try:
        assert isinstance(app.style(), FocusRingStyle)
        root = QWidget()
        qtbot.addWidget(root)
        layout = QVBoxLayout(root)
        field = kind("Save") if kind is QPushButton else kind()
        layout.addWidget(field)
        layout.addWidget(QPushButton("Other"))
        root.show()
        root.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        image = field.grab().toImage()
        accent = theme.colour(theme.Role.ACCENT).rgb()
        middle = image.height() // 2
        for x in range(RING_WIDTH):
            assert image.pixelColor(x, middle).rgb() == accent, (x, image.pixelColor(x, middle).name())
    finally:  # the rest of the suite runs as before
        app.setStyle(style)
        app.setPalette(palette)
        theme._dark = was_dark
