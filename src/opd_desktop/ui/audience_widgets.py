"""Showing and switching who may read a field: a small icon plus words
("Only you" / "Shared with Zoë"), never colour alone.

`NoteAudience` binds one note editor to its audience. The save function reads
the audience at the moment it saves, and a switch first flushes the autosaver,
so text typed before the switch is saved under the audience shown while it
was typed; only then does the note change audience."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from opd_desktop.core.audience import label
from opd_desktop.services import notes
from opd_desktop.store.database import Store
from opd_desktop.ui.actions import Actions
from opd_desktop.ui.autosave import Autosaver
from opd_desktop.ui.i18n import shown

log = logging.getLogger(__name__)

ICON_SIZE = 14


def audience_icon(private: bool, widget: QWidget | None = None) -> QIcon:
    """A lock for 'only you', two people for 'shared', drawn in the text colour."""
    colour = (widget.palette() if widget else QPalette()).color(QPalette.ColorRole.WindowText)
    scale = 3
    size = ICON_SIZE * scale
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.6 * scale)
    painter.setPen(pen)
    s = float(size)
    if private:
        painter.drawArc(QRectF(s * 0.3, s * 0.08, s * 0.4, s * 0.5), 0, 180 * 16)
        painter.drawLine(QPointF(s * 0.3, s * 0.33), QPointF(s * 0.3, s * 0.45))
        painter.drawLine(QPointF(s * 0.7, s * 0.33), QPointF(s * 0.7, s * 0.45))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(s * 0.2, s * 0.45, s * 0.6, s * 0.45), s * 0.06, s * 0.06)
    else:
        for cx in (0.34, 0.68):
            painter.drawEllipse(QPointF(s * cx, s * 0.3), s * 0.13, s * 0.13)
            painter.drawArc(QRectF(s * (cx - 0.22), s * 0.5, s * 0.44, s * 0.5), 0, 180 * 16)
    painter.end()
    return QIcon(pixmap)


class AudienceTag(QWidget):
    """A fixed audience, shown next to a field's title."""

    def __init__(self, private: bool, first_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel()
        self.text = QLabel()
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.first_name = first_name
        self.set_private(private)

    def set_private(self, private: bool) -> None:
        self.private = private
        self.icon.setPixmap(audience_icon(private, self).pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        self.text.setText(shown(label(private, self.first_name)))
        self.setToolTip(
            QCoreApplication.translate(
                "AudienceWidgets", "Only you see this; it never appears on the employee's copy."
            )
            if private
            else QCoreApplication.translate(
                "AudienceWidgets", "Written for {first_name}: it appears on their copy of the documents."
            ).format(first_name=self.first_name)
        )


class AudienceToggle(QPushButton):
    """A per-note switch; checked means shared with the employee."""

    switched = Signal(bool)  # shared

    def __init__(self, private: bool, first_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = first_name
        self.setCheckable(True)
        self.setFlat(False)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setAccessibleName(QCoreApplication.translate("AudienceWidgets", "Who may read this note"))
        self.show_private(private)
        self.toggled.connect(self._toggled)

    @property
    def private(self) -> bool:
        return not self.isChecked()

    def show_private(self, private: bool) -> None:
        self.blockSignals(True)
        self.setChecked(not private)
        self.blockSignals(False)
        self._paint()

    def _paint(self) -> None:
        private = self.private
        self.setIcon(audience_icon(private, self))
        self.setText(shown(label(private, self.first_name)))
        self.setToolTip(
            QCoreApplication.translate(
                "AudienceWidgets", "Only you see this note. Click to share it with {first_name}."
            ).format(first_name=self.first_name)
            if private
            else QCoreApplication.translate(
                "AudienceWidgets",
                "{first_name} sees this note on their agenda. Click to keep it to yourself.",
            ).format(first_name=self.first_name)
        )

    def _toggled(self, checked: bool) -> None:
        self._paint()
        self.switched.emit(checked)


class NoteAudience:
    """One note editor with its audience: saves under the audience shown, and
    switches audience only after what was typed so far is saved."""

    def __init__(
        self,
        store: Store,
        autosaver: Autosaver,
        conversation_id: int,
        key: str,
        editor: QPlainTextEdit,
        private: bool,
        actions: Actions,
        toggle: AudienceToggle | None = None,
    ) -> None:
        self.store = store
        self.autosaver = autosaver
        self.conversation_id = conversation_id
        self.key = key
        self.editor = editor
        self.private = private
        self.actions = actions
        self.toggle = toggle
        self.listeners: list[Callable[[bool], None]] = []
        autosaver.watch(editor, self._save)
        if toggle is not None:
            toggle.switched.connect(lambda shared: self.set_private(not shared))

    def _save(self, text: str) -> None:
        notes.save_note(self.store, self.conversation_id, self.key, text, private=self.private)

    def set_private(self, private: bool) -> None:
        if private == self.private:
            return
        if not self.autosaver.flush():  # what was typed is saved under the old audience first
            if self.toggle is not None:
                self.toggle.show_private(self.private)
            return
        if not self.actions.run(
            lambda: notes.set_shared(self.store, self.conversation_id, self.key, not private)
        ):
            if self.toggle is not None:
                self.toggle.show_private(self.private)
            return
        self.private = private
        if self.toggle is not None:
            self.toggle.show_private(private)
        for listener in self.listeners:
            listener(private)
