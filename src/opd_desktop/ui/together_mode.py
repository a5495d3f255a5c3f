"""Switching the window into together mode and back.

While it is on, the window shows only the together view of one conversation:
the roster, the menus (and with them search, reminders and every other
person's name) are out of sight, the window title says "Together mode" and a
banner says it too. Other screens can ask `active` before showing anything
that names another person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from opd_desktop.ui.context import ScreenContext

if TYPE_CHECKING:
    from opd_desktop.ui.together_view import TogetherView

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+T"
TITLE = QT_TRANSLATE_NOOP("TogetherMode", "Together mode — OPD Desktop")


class TogetherMode(QObject):
    changed = Signal(bool)  # on or off

    def __init__(
        self,
        window: QMainWindow,
        context: ScreenContext,
        current_conversation: Callable[[], int | None],
        reopen: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.current_conversation = current_conversation
        self.reopen = reopen
        self.view: TogetherView | None = None
        self._main: QWidget | None = None
        self._title = ""
        self._disabled: list[QAction] = []
        self.action = QAction(QCoreApplication.translate("TogetherMode", "&Together mode"), window)
        self.action.setShortcut(SHORTCUT)
        self.action.setCheckable(True)
        self.action.setToolTip(
            QCoreApplication.translate(
                "TogetherMode", "Show only what the employee may see, for a shared screen"
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.toggle())
        window.addAction(self.action)  # the shortcut works while the menus are hidden

    @property
    def active(self) -> bool:
        return self.view is not None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, conversation_id: int | None = None) -> bool:
        conversation_id = conversation_id or self.current_conversation()
        if conversation_id is None:
            self.action.setChecked(False)
            self.context.on_error(
                QCoreApplication.translate(
                    "TogetherMode", "Open a conversation first; together mode shows that conversation."
                )
            )
            return False
        if not self.context.autosaver.flush():
            self.action.setChecked(False)
            return False
        from opd_desktop.ui.together_view import TogetherView  # imported when first used

        view = TogetherView(self.context, conversation_id)
        view.leave_requested.connect(self.leave)
        self._title = self.window.windowTitle()
        self._main = self.window.takeCentralWidget()
        if self._main is not None:
            self._main.hide()
            self._main.setParent(self.window)  # kept alive, out of sight
            self._main.hide()
        self.window.setCentralWidget(view)
        view.show()
        self.view = view
        self.window.menuBar().hide()
        self._disabled = [
            a
            for a in self.window.findChildren(QAction)
            if a is not self.action and a.isEnabled() and a.shortcut()
        ]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.setWindowTitle(QCoreApplication.translate("TogetherMode", TITLE))
        self.action.setChecked(True)
        view.setFocus()
        log.info("together mode on")
        self.changed.emit(True)
        return True

    def leave(self) -> None:
        if self.view is None:
            return
        self.context.autosaver.flush()
        self.view.stop()
        view = self.window.takeCentralWidget()
        self.view = None
        if self._main is not None:
            self.window.setCentralWidget(self._main)
            self._main.show()
        if view is not None:
            view.hide()
            view.deleteLater()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.window.menuBar().show()
        self.window.setWindowTitle(self._title)
        self.action.setChecked(False)
        self.reopen()  # the conversation screen reloads what was written together
        log.info("together mode off")
        self.changed.emit(False)
