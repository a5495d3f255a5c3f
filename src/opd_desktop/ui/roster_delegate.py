"""The roster's name cell: an avatar (the first letter of the first name, a
colour from the name over the theme's roles), the name on the first line and
the role, muted, on the second. A name too long for the column is elided and
its tooltip says it in full."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from opd_desktop.ui import theme
from opd_desktop.ui.models import LateRole, NextShortRole, RoleTextRole, StageTextRole

AVATAR_ROLES = (
    theme.Role.ACCENT,
    theme.Role.SUCCESS,
    theme.Role.WARNING,
    theme.Role.DANGER,
    theme.Role.MUTED,
)
AVATAR = 28


def avatar_role(name: str) -> theme.Role:
    return AVATAR_ROLES[zlib.crc32(name.encode("utf-8")) % len(AVATAR_ROLES)]


def paint_avatar(painter: QPainter, rect: QRectF, name: str, font: QFont) -> None:
    """A filled circle in a role colour with the first letter in the surface colour
    (every role meets 4.5:1 against the surface, so the letter reads)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.colour(avatar_role(name)))
    painter.drawEllipse(rect)
    letter = (name.strip()[:1] or "?").upper()
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(theme.colour(theme.Role.SURFACE))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    painter.restore()


class RosterNameDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(160, max(AVATAR, 2 * line) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        name = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and hover background as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        top = rect.top() + (rect.height() - AVATAR) / 2
        paint_avatar(painter, QRectF(rect.left() + 6, top, AVATAR, AVATAR), name, option.font)
        text_left = rect.left() + 6 + AVATAR + 8
        width = rect.right() - text_left - 4
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        first = rect.top() + (rect.height() - 2 * line) // 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        text_colour = option.palette.highlightedText().color() if selected else theme.colour(theme.Role.TEXT)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(text_left, first, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(text_colour if selected else theme.colour(theme.Role.MUTED))
        painter.drawText(
            QRect(text_left, first + line, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(index.data(RoleTextRole) or "", Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class RosterNextDelegate(QStyledItemDelegate):
    """The next conversation's date on the first line (danger and "late" when it is
    past), the stage ("4 of 7", "Check-ins") muted on the second, right-aligned."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        texts = (index.data(NextShortRole) or "", index.data(StageTextRole) or "")
        return QSize(max(metrics.horizontalAdvance(t) for t in texts) + 16, 2 * metrics.height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        when = index.data(NextShortRole) or ""
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect.adjusted(4, 0, -8, 0)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        first = rect.top() + (rect.height() - 2 * line) // 2
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(option.font)
        late = bool(index.data(LateRole))
        if selected:
            painter.setPen(option.palette.highlightedText().color())
        else:
            painter.setPen(theme.colour(theme.Role.DANGER if late else theme.Role.TEXT))
        painter.drawText(QRect(rect.left(), first, rect.width(), line), align, when)
        if not selected:
            painter.setPen(theme.colour(theme.Role.MUTED))
        painter.drawText(
            QRect(rect.left(), first + line, rect.width(), line), align, index.data(StageTextRole) or ""
        )
        painter.restore()
