"""WrappedLabel measures rich text on a document of its own: the heights must be
exactly QLabel's, or pages would clip or leave gaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
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
