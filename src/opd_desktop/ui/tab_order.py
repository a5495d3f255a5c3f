"""Keyboard order for widgets added to a page after it was built: Qt puts a new
widget at the end of the window's focus chain; a page that fills a slot later
moves the slot's widgets back to where they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def place_before(container: QWidget, anchor: QWidget) -> None:
    """Tab reaches `container`'s focusable widgets just before `anchor`, in their own order."""
    widgets = [w for w in container.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not widgets:
        return
    previous = anchor.previousInFocusChain()
    while previous in widgets and previous is not anchor:  # start before the block, wherever it is
        previous = previous.previousInFocusChain()
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    QWidget.setTabOrder(previous, anchor)
