"""The main window's first appearance: its first size on this screen, a
restored geometry brought back inside it, and callbacks run one event-loop
turn after the first paint (what the first screen does not show waits for it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QMainWindow

PREFERRED_SIZE = QSize(1440, 900)


def first_size(available: QSize) -> QSize:
    """The first window size: the preferred size, shrunk to the screen's available
    area (without panels and docks) so the status bar is never off-screen."""
    return QSize(
        min(PREFERRED_SIZE.width(), available.width()), min(PREFERRED_SIZE.height(), available.height())
    )


def fit_to_screen(window: QMainWindow) -> None:
    """A restored geometry from a larger screen is brought back inside this one."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not area.contains(window.frameGeometry().topLeft()):
        window.move(area.topLeft())


class GuidesOnFirstUse:
    """Stands for `default_guides()` until something reads it: the guides (eight
    TOML files, ~25 ms) are parsed when the team pages or a report first need
    them, after the first paint, not on the way to it."""

    __slots__ = ()

    def __getattr__(self, name: str):
        from opd_desktop.core.guides import default_guides

        return getattr(default_guides(), name)

    def __repr__(self) -> str:
        return "GuidesOnFirstUse()"


class FirstPaint(QObject):
    """Runs callbacks one event-loop turn after the window's first paint."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.callbacks: list[Callable[[], None]] = []
        self.painted = False
        window.installEventFilter(self)

    def _run(self, callback: Callable[[], None]) -> None:
        if not getattr(self.window, "store_closed", False):  # released meanwhile: nothing to read
            callback()

    def add(self, callback: Callable[[], None], *, first: bool = False) -> None:
        if self.painted:
            QTimer.singleShot(0, lambda: self._run(callback))
        elif first:
            self.callbacks.insert(0, callback)
        else:
            self.callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            for callback in self.callbacks:
                QTimer.singleShot(0, lambda c=callback: self._run(c))
            self.callbacks.clear()
        return False
