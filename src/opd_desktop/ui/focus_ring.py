"""A focus ring everyone can see: 2 px in the accent role (light and dark),
drawn by a proxy over the Fusion style around the widget that has the
keyboard focus. macOS keeps its own (system) focus ring."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QProxyStyle, QStyle, QTextEdit

RING_WIDTH = 2
FUSION_FRAME_WIDTH = 1  # Fusion's PM_DefaultFrameWidth


def accent():
    from opd_desktop.ui import theme

    return theme.colour(theme.Role.ACCENT)


class FocusRingStyle(QProxyStyle):
    """Fusion, with the focus rectangle and focused field frames drawn as a 2 px accent ring."""

    RINGED = (
        QStyle.PrimitiveElement.PE_FrameFocusRect,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,  # a push button's face (drawControl left to C++)
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_PanelLineEdit,
        QStyle.PrimitiveElement.PE_Frame,
    )

    def polish(self, target):
        """Room for the ring outside a text field's viewport: Fusion's frame is 1 px and the
        ring 2, so the viewport steps in one more pixel. (A `pixelMetric` override widening
        every frame would do the same, but Qt asks for metrics hundreds of times in each
        layout pass, and each question would cross into Python: 3 ms per page switch.)"""
        result = super().polish(target)
        if isinstance(target, QPlainTextEdit | QTextEdit) and target.frameShape() != QFrame.Shape.NoFrame:
            target.setViewportMargins(*[RING_WIDTH - FUSION_FRAME_WIDTH] * 4)
        return result

    def unpolish(self, target):
        if isinstance(target, QPlainTextEdit | QTextEdit):
            target.setViewportMargins(0, 0, 0, 0)
        return super().unpolish(target)

    BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element in self.BOXES:  # an unticked box stays visible on the dark surface (3:1)
            super().drawPrimitive(element, option, painter, widget)
            _outline(painter, option.rect, element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)
            return
        if element in self.RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
                super().drawPrimitive(element, option, painter, widget)
            _ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        if control == QStyle.ComplexControl.CC_ScrollBar:
            from opd_desktop.ui.scrollbar_paint import draw_scroll_bar  # when a scroll bar first paints

            draw_scroll_bar(self, option, painter, widget)  # flat, and a tenth of Fusion's cost
            return
        super().drawComplexControl(control, option, painter, widget)


def _outline(painter, rect: QRect, round_: bool) -> None:
    from opd_desktop.ui import theme

    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(theme.colour(theme.Role.CONTROL_BORDER), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)
    painter.restore()


def _ring(painter, rect: QRect) -> None:
    painter.save()
    pen = QPen(accent())
    pen.setWidth(RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


def style() -> FocusRingStyle:
    return FocusRingStyle("Fusion")
