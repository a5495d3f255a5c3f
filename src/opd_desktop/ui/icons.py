"""The app's one icon set: simple line icons drawn with QPainter on a 24-unit
grid (2-unit strokes, round caps), coloured from a theme role and drawn again
after a theme switch. Drawn here rather than loaded from an icon font or SVG
files: nothing to ship or license, nothing to import at start-up, and every
icon takes any role colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from opd_desktop.ui import theme


def _calendar(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 5, 18, 16), 2, 2)
    p.drawLine(QPointF(3, 10), QPointF(21, 10))
    p.drawLine(QPointF(8, 3), QPointF(8, 7))
    p.drawLine(QPointF(16, 3), QPointF(16, 7))


def _document(p: QPainter) -> None:
    path = QPainterPath(QPointF(14, 2))
    path.lineTo(6, 2)
    path.quadTo(4, 2, 4, 4)
    path.lineTo(4, 20)
    path.quadTo(4, 22, 6, 22)
    path.lineTo(18, 22)
    path.quadTo(20, 22, 20, 20)
    path.lineTo(20, 8)
    path.closeSubpath()
    p.drawPath(path)
    p.drawPolyline([QPointF(14, 2), QPointF(14, 8), QPointF(20, 8)])
    p.drawLine(QPointF(8, 13), QPointF(16, 13))
    p.drawLine(QPointF(8, 17), QPointF(14, 17))


def _people(p: QPainter) -> None:
    p.drawEllipse(QRectF(5, 4, 7, 7))
    p.drawArc(QRectF(2, 14, 13, 12), 0, 180 * 16)
    p.drawArc(QRectF(13, 5, 6, 6), -90 * 16, 180 * 16)
    p.drawArc(QRectF(13, 14, 9, 12), 0, 90 * 16)


def _check(p: QPainter) -> None:
    p.drawEllipse(QRectF(2.5, 2.5, 19, 19))
    p.drawPolyline([QPointF(8, 12), QPointF(11, 15), QPointF(16, 9)])


def _alert(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 3))
    path.lineTo(22, 20)
    path.lineTo(2, 20)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(12, 9), QPointF(12, 14))
    p.drawPoint(QPointF(12, 17))


def _clock(p: QPainter) -> None:
    p.drawEllipse(QRectF(2.5, 2.5, 19, 19))
    p.drawPolyline([QPointF(12, 7), QPointF(12, 12), QPointF(15, 14)])


def _bulb(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(9, 17)
    path.cubicTo(9, 14, 5, 12.5, 5, 9)
    path.cubicTo(5, 5, 8.5, 2, 12, 2)
    path.cubicTo(15.5, 2, 19, 5, 19, 9)
    path.cubicTo(19, 12.5, 15, 14, 15, 17)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(9.5, 20), QPointF(14.5, 20))
    p.drawLine(QPointF(10.5, 22.5), QPointF(13.5, 22.5))


def _list(p: QPainter) -> None:
    for y in (6, 12, 18):
        p.drawPoint(QPointF(4, y))
        p.drawLine(QPointF(8, y), QPointF(21, y))


def _inbox(p: QPainter) -> None:
    path = QPainterPath(QPointF(2, 13))
    path.lineTo(7, 13)
    path.lineTo(9, 16)
    path.lineTo(15, 16)
    path.lineTo(17, 13)
    path.lineTo(22, 13)
    p.drawPath(path)
    outline = QPainterPath(QPointF(2, 13))
    outline.lineTo(5.5, 5)
    outline.lineTo(18.5, 5)
    outline.lineTo(22, 13)
    outline.lineTo(22, 19)
    outline.quadTo(22, 21, 20, 21)
    outline.lineTo(4, 21)
    outline.quadTo(2, 21, 2, 19)
    outline.closeSubpath()
    p.drawPath(outline)


def _person(p: QPainter) -> None:
    p.drawEllipse(QRectF(8, 3, 8, 8))
    p.drawArc(QRectF(4, 14, 16, 14), 0, 180 * 16)


def _printer(p: QPainter) -> None:
    p.drawPolyline([QPointF(6, 9), QPointF(6, 2), QPointF(18, 2), QPointF(18, 9)])
    p.drawRoundedRect(QRectF(2, 9, 20, 9), 2, 2)
    p.drawRect(QRectF(6, 14, 12, 8))


ICONS: dict[str, Callable[[QPainter], None]] = {
    "calendar": _calendar,
    "document": _document,
    "people": _people,
    "check": _check,
    "alert": _alert,
    "clock": _clock,
    "idea": _bulb,
    "list": _list,
    "inbox": _inbox,
    "person": _person,
    "print": _printer,
}


def pixmap(name: str, role: theme.Role = theme.Role.TEXT, size: int = 16) -> QPixmap:
    """The icon drawn at `size` logical pixels in the role's colour."""
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    image = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    pen = QPen(theme.colour(role), 2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ICONS[name](painter)
    painter.end()
    return image


def icon(name: str, role: theme.Role = theme.Role.TEXT, size: int = 16) -> QIcon:
    result = QIcon(pixmap(name, role, size))
    result.addPixmap(pixmap(name, theme.Role.MUTED, size), QIcon.Mode.Disabled)
    return result


def set_icon(widget: QAbstractButton | QLabel, name: str, role: theme.Role = theme.Role.TEXT, size: int = 16):
    """Give a button or label the icon, and draw it again after a theme switch."""
    theme.on_switch(widget, "icon", lambda: set_icon(widget, name, role, size))
    if isinstance(widget, QLabel):
        widget.setPixmap(pixmap(name, role, size))
    else:
        widget.setIcon(icon(name, role, size))
        widget.setIconSize(QSize(size, size))
    return widget
