"""Chips: a short word on a calm tint of its role (the role mixed into the
surface, 12 % light / 16 % dark), text in the role colour — 4.5:1 or better in
both themes (checked by the theme's pair test). Colours are read at paint
time, so a theme switch repaints them without a rebuild."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from opd_desktop.core.models import Conversation
from opd_desktop.core.stages import STATUS_LABELS
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.models import step_kind

KIND_ROLES = {
    "completed": theme.Role.SUCCESS,
    "held": theme.Role.ACCENT,
    "planned": theme.Role.ACCENT,
    "overdue": theme.Role.DANGER,
    "skipped": theme.Role.MUTED,
    "unscheduled": theme.Role.WARNING,
}


class Chip(QLabel):
    PAD_X, PAD_Y = 8, 2

    def __init__(self, text: str = "", role: theme.Role = theme.Role.MUTED, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.role = role
        self.on = theme.Role.SURFACE  # the surface it sits on
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(self.PAD_X, self.PAD_Y, self.PAD_X, self.PAD_Y)

    def set_role(self, role: theme.Role) -> None:
        self.role = role
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(self.text()) + 2 * self.PAD_X + 2, metrics.height() + 2 * self.PAD_Y
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.mixed(self.role, self.on))
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        painter.setPen(theme.colour(self.role))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class StatusChip(Chip):
    """A conversation's status in a word and its date, tinted by what it means."""

    def show_status(self, conversation: Conversation, detail: str = "") -> None:
        """The conversation's status in a word (Late for an overdue planned one), then `detail`."""
        kind = step_kind(conversation)
        if kind == "overdue":
            text = QCoreApplication.translate("StatusChip", "Late") + detail
        elif kind == "unscheduled":
            text = QCoreApplication.translate("StatusChip", "Needs a date")
        else:
            text = shown(STATUS_LABELS[conversation.status]) + detail
        self.role = KIND_ROLES[kind]
        self.setText(text)
        self.updateGeometry()
        self.update()
