"""WrappedLabel measures rich text on a document of its own: the heights must be
exactly QLabel's, or pages would clip or leave gaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from opd_desktop.ui.widgets import bullets
from opd_desktop.ui.wrapped_label import WrappedLabel

SAMPLES = [
    "",
    "One short line.",
    bullets(["Progress on the plan reviewed", "Open action items closed or carried forward " * 4]),
    "<p style='margin:8px 0 2px 0'><b>Open action items</b></p><ul style='margin-top:0'>"
    + "".join(f"<li>‎Item {n}: review the migration with Łukasz Żółć — Zoë, due 3 Oct</li>" for n in range(9))
    + "</ul>",
    "<p><i>Дмитрий Соколов</i> и محمد الأحمد — 张伟 说 " + "очень длинная строка " * 30 + "</p>",
    "<b>You:</b> Review the plan, the open action items and your leadership commitments. <i>(exercise)</i>",
]
WIDTHS = [1, 40, 120, 333, 640, 914, 1500]


def _plain_qlabel(text: str, font: QFont, margin: int) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setFont(font)
    label.setMargin(margin)
    label.setContentsMargins(3, 2, 5, 4) if margin else None
    label.setText(text)
    return label


@pytest.mark.parametrize("margin", [0, 6])
def test_rich_text_heights_match_qlabel(qtbot, margin):
    fonts = [QFont(), QFont()]
    fonts[1].setPointSizeF(fonts[0].pointSizeF() * 1.4)
    for font in fonts:
        for text in SAMPLES:
            ours = WrappedLabel(rich=True)
            qtbot.addWidget(ours)
            ours.setFont(font)
            ours.setMargin(margin)
            ours.setContentsMargins(3, 2, 5, 4) if margin else None
            ours.setText(text)
            theirs = _plain_qlabel(text, font, margin)
            qtbot.addWidget(theirs)
            for width in WIDTHS:
                assert ours.heightForWidth(width) == theirs.heightForWidth(width), (text[:40], width)


def test_new_text_and_font_are_measured_again(qtbot):
    label = WrappedLabel(rich=True)
    qtbot.addWidget(label)
    label.setText("<b>short</b>")
    short = label.heightForWidth(200)
    label.setText("<b>long</b> " + "word " * 200)
    assert label.heightForWidth(200) > short
    tall = label.heightForWidth(200)
    bigger = QFont(label.font())
    bigger.setPointSizeF(label.font().pointSizeF() * 2)
    label.setFont(bigger)
    assert label.heightForWidth(200) > tall


def _picture(label: QLabel):
    return label.grab().toImage()


@pytest.mark.parametrize("dark", [False, True])
def test_rich_text_draws_exactly_as_qlabel(qtbot, dark):
    """The label draws rich text from its own document: pixel for pixel what QLabel draws,
    in both themes, muted or not, with room to spare (centred as QLabel centres)."""
    from PySide6.QtWidgets import QApplication

    from opd_desktop.ui import theme
    from opd_desktop.ui.widgets import mute

    theme.apply(QApplication.instance(), dark=dark)
    try:
        for text in SAMPLES[1:]:
            for muted in (False, True):
                ours = WrappedLabel(rich=True)
                theirs = _plain_qlabel(text, ours.font(), 0)
                theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                for label in (ours, theirs):
                    qtbot.addWidget(label)
                    label.setText(text)
                    mute(label) if muted else None
                for size in ((420, ours.heightForWidth(420)), (300, ours.heightForWidth(300) + 37)):
                    ours.resize(*size)
                    theirs.resize(*size)
                    assert ours._paints_itself()
                    assert _picture(ours) == _picture(theirs), (text[:40], size, muted)
    finally:
        theme.apply(QApplication.instance(), dark=False)


def test_a_press_hands_painting_back_to_qlabel(qtbot):
    """Selecting needs QLabel's own layout: from a press until the selection is gone, QLabel paints."""
    label = WrappedLabel("<b>Carried in</b> " + "word " * 40, rich=True)
    qtbot.addWidget(label)
    label.resize(300, label.heightForWidth(300))
    label.show()
    qtbot.waitExposed(label)
    assert label._paints_itself()
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=label.rect().topLeft() + QPoint(2, 5))
    assert not label._paints_itself()
    qtbot.mouseMove(label, label.rect().center())
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert label.hasSelectedText() and not label._paints_itself()
    label.setSelection(0, 0)
    assert label._paints_itself()
