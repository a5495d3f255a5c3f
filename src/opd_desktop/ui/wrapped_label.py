"""A word-wrapped label that lays its text out as few times as it can.

On every text change a QLabel works out its size hints by laying its whole
document out at several widths (its "ideal" width, one line, one word per
line), then Qt asks for its height at a given width many times in one layout
pass (the scroll area tries with and without its scroll bar, the layouts above
ask again), each a full layout: a few milliseconds for a long "Carried in".
Re-bound pages change many texts per switch. This label answers the hints from
its height for width, remembered per text and width, so flipping between
conversations lays each text out once per width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

_FORGET_ON = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)
_REMEMBERED = 64  # (text, width) pairs per label
IDEAL_CHARACTERS = 80  # the width a wrapped label asks for, in average characters (as QLabel does)
NARROWEST_CHARACTERS = 12


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, rich: bool = False) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _REMEMBERED:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        """The width it has once on screen (an ideal width before), and the height last laid
        out. The layouts place the label by its height for the width it gets; a hint at
        another width would only make them lay it out again at a width nobody sees."""
        if self.isVisible() and self.width() > 0:
            width = self.width()
        else:
            width = self.fontMetrics().averageCharWidth() * IDEAL_CHARACTERS + self._extra_width()
            width = min(width, self.maximumWidth())
        text = self.text()
        known = [height for (shown, _width), height in self._heights.items() if shown == text]
        return QSize(width, known[-1] if known else self._line_height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * NARROWEST_CHARACTERS + self._extra_width()
        return QSize(width, self._line_height() if not self.text() else min(self._line_height(), 1 << 20))

    def _extra_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * max(self.margin(), 0)

    def _line_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2 * max(self.margin(), 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET_ON:
            self._heights.clear()
        super().changeEvent(event)
