"""A word-wrapped label that lays its text out once per width.

Qt asks a wrapped label for its height at a given width many times in one
layout pass (the scroll area tries with and without its scroll bar, the
layouts above ask again), and a rich-text label lays its whole document out
each time: about a millisecond for a long "Carried in". Re-bound pages change
a few texts per switch; this keeps each change to one layout per width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_FORGET_ON = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, rich: bool = False) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET_ON:
            self._heights.clear()
        super().changeEvent(event)
