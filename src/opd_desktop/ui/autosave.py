"""Autosave for text editors: no save button. A change is written a moment
after the last keystroke, on focus change and whenever `flush()` is called
(switching report or conversation, closing the window)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from opd_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)

DEBOUNCE_MS = 600  # well under the one second a crash may cost
MAX_DELAY_MS = 800  # continuous typing still saves at least this often
RETRY_MS = 3000

Editor = QPlainTextEdit | QLineEdit
SaveFn = Callable[[str], None]


class Autosaver(QObject):
    """Watches editors; each has a save function taking the whole text."""

    saved = Signal(str)  # the time of the save, for the status bar
    failed = Signal(str)  # a message the user can act on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._savers: dict[Editor, SaveFn] = {}
        self._dirty: set[Editor] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._unsaved_for = QElapsedTimer()  # since the oldest unsaved change

    def watch(self, editor: Editor, save: SaveFn) -> None:
        self._savers[editor] = save
        signal = editor.textChanged
        signal.connect(lambda *_args, editor=editor: self._changed(editor))
        editor.installEventFilter(self)
        editor.destroyed.connect(lambda *_args, editor=editor: self._forget(editor))

    def _forget(self, editor: Editor) -> None:
        self._savers.pop(editor, None)
        self._dirty.discard(editor)

    def _changed(self, editor: Editor) -> None:
        if editor in self._savers:
            self._dirty.add(editor)
            if not self._unsaved_for.isValid():
                self._unsaved_for.start()
            remaining = MAX_DELAY_MS - self._unsaved_for.elapsed()
            self._timer.start(max(0, min(DEBOUNCE_MS, remaining)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._dirty:
            self.flush()
        return False

    def stop(self) -> None:
        """Save nothing more (the database was refused): changes are dropped, not written."""
        self._timer.stop()
        self._dirty.clear()
        self._savers.clear()

    def discard(self, editor: Editor) -> None:
        """Forget an unsaved change of `editor` (it is about to show another note)."""
        self._dirty.discard(editor)

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Save every changed editor now; True when all saves succeeded."""
        self._timer.stop()
        self._unsaved_for.invalidate()
        ok = True
        wrote = bool(self._dirty)
        for editor in list(self._dirty):
            save = self._savers.get(editor)
            if save is None:
                continue
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            try:
                save(text)
            except Exception as exc:
                ok = False
                log.warning("autosave failed: %s", type(exc).__name__)
                self.failed.emit(error_text(exc))
                continue
            self._dirty.discard(editor)
        if ok and wrote:
            self.saved.emit(QTime.currentTime().toString("HH:mm:ss"))
        elif not ok:
            self._timer.start(RETRY_MS)  # the text stays in the editor; try again soon
        return ok
