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


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS keeps its native style")
@pytest.mark.parametrize("dark", [False, True])
def test_scroll_bars_are_drawn_flat_from_the_roles(qtbot, dark: bool) -> None:
    """The track in the surface role, the handle in the control-border role (3:1 on both
    surfaces), as the style draws every scroll bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollBar

    app = QApplication.instance()
    style, palette, was_dark = app.style().name(), app.palette(), theme.is_dark()
    theme.apply(app, dark=dark)
    try:
        bar = QScrollBar(Qt.Orientation.Vertical)
        qtbot.addWidget(bar)
        bar.setRange(0, 100)
        bar.setPageStep(100)  # the handle takes half the track
        bar.resize(16, 300)
        image = bar.grab().toImage()
        handle = app.style().subControlRect(
            app.style().ComplexControl.CC_ScrollBar,
            _slider_option(bar),
            app.style().SubControl.SC_ScrollBarSlider,
            bar,
        )
        surface = theme.colour(theme.Role.SURFACE).rgb()
        border = theme.colour(theme.Role.CONTROL_BORDER).rgb()
        assert image.pixelColor(handle.center()).rgb() == border
        below = handle.bottom() + (bar.height() - handle.bottom()) // 3
        assert image.pixelColor(handle.center().x(), below).rgb() == surface
    finally:
        app.setStyle(style)
        app.setPalette(palette)
        theme._dark = was_dark


def _slider_option(bar):
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.pageStep, option.singleStep = bar.pageStep(), bar.singleStep()
    option.subControls = QStyle.SubControl.SC_All
    return option
