"""A dialog at least so wide, never narrower than its layout needs.

`setMinimumWidth(N)` on a dialog overrides the minimum its layout asks for, so a
longer translation (or a larger font) is cut at N pixels. `at_least(dialog, N)`
keeps N as a floor and widens the dialog to what the layout needs whenever it is
shown or its layout changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _WidthFloor(QObject):
    def __init__(self, dialog: QWidget, floor: int) -> None:
        super().__init__(dialog)
        self.floor = floor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget):
            layout = watched.layout()
            needed = layout.minimumSize().width() if layout is not None else 0
            wanted = max(self.floor, needed)
            if watched.minimumWidth() != wanted:
                watched.setMinimumWidth(wanted)
        return False


def at_least(dialog: QWidget, floor: int) -> None:
    """`dialog` is at least `floor` pixels wide, wider when its layout needs it."""
    dialog.setMinimumWidth(floor)
    dialog.installEventFilter(_WidthFloor(dialog, floor))
