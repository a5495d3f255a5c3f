"""Scroll bars drawn flat from the palette's roles: a plain track, a rounded
handle in the control-border role (3:1 on both surfaces, like an input's
border), darker under the pointer or while dragged, and small chevrons in the
step buttons. Fusion's own scroll bar, with its gradients, takes about 1.5 ms
to paint, and a switch of report repaints one or two of them (the page's
length changes); this one takes a tenth of that. Geometry and behaviour stay
Fusion's: only the painting is ours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionSlider, QWidget

SubControl = QStyle.SubControl
ColourRole = QPalette.ColorRole
HANDLE_INSET = 3  # px between the handle and the track's long edges
CHEVRON = 3.0  # half the chevron's width, px


def draw_scroll_bar(
    style: QStyle, option: QStyleOptionSlider, painter: QPainter, widget: QWidget | None
) -> None:
    palette = option.palette
    state = option.state
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    horizontal = option.orientation == Qt.Orientation.Horizontal
    painter.save()
    painter.fillRect(option.rect, palette.color(ColourRole.Window))
    border = palette.color(ColourRole.Midlight)  # the decorative border role: the track's edge
    painter.setPen(QPen(border, 1))
    edge = option.rect
    if horizontal:
        painter.drawLine(edge.topLeft(), edge.topRight())
    else:
        painter.drawLine(edge.topLeft(), edge.bottomLeft())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    active = option.activeSubControls
    hovered = bool(state & QStyle.StateFlag.State_MouseOver)
    pressed = bool(state & QStyle.StateFlag.State_Sunken)
    if option.maximum > option.minimum:
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, SubControl.SC_ScrollBarSlider, widget
        )
        lively = bool(active & SubControl.SC_ScrollBarSlider) and (hovered or pressed)
        colour = palette.color(
            ColourRole.PlaceholderText if lively else ColourRole.Mid if enabled else ColourRole.Midlight
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        shape = _inset(QRectF(handle), horizontal)
        radius = min(shape.width(), shape.height()) / 2
        painter.drawRoundedRect(shape, radius, radius)
    arrow = palette.color(ColourRole.PlaceholderText if enabled else ColourRole.Midlight)
    painter.setPen(
        QPen(arrow, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for sub, forward in ((SubControl.SC_ScrollBarSubLine, False), (SubControl.SC_ScrollBarAddLine, True)):
        button = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, sub, widget)
        if button.isValid() and not button.isEmpty():
            _chevron(painter, button, horizontal, forward)
    painter.restore()


def _inset(handle: QRectF, horizontal: bool) -> QRectF:
    if horizontal:
        return handle.adjusted(1, HANDLE_INSET, -1, -HANDLE_INSET + 1)
    return handle.adjusted(HANDLE_INSET, 1, -HANDLE_INSET + 1, -1)


def _chevron(painter: QPainter, button: QRect, horizontal: bool, forward: bool) -> None:
    centre = QRectF(button).center()
    x, y, d = centre.x(), centre.y(), CHEVRON
    sign = 1 if forward else -1
    if horizontal:
        points = [
            QPointF(x - sign * d / 2, y - d),
            QPointF(x + sign * d / 2, y),
            QPointF(x - sign * d / 2, y + d),
        ]
    else:
        points = [
            QPointF(x - d, y - sign * d / 2),
            QPointF(x, y + sign * d / 2),
            QPointF(x + d, y - sign * d / 2),
        ]
    painter.drawPolyline(points)
