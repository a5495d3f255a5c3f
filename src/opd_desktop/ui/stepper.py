"""The journey at a glance: the seven conversations, then the check-ins, as a
horizontal stepper. Each step says its status by a drawn mark and a word, with
colour as a third cue; the current step is larger and in the accent colour.
The view is a `QListView` over `JourneyModel`, so selection and keyboard work
as in any list (arrows move, Enter or a click opens)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from opd_desktop.ui import theme
from opd_desktop.ui.models import StepRole, StepTextRole

STEP_WIDTH = 104  # preferred; steps narrow down to MIN_STEP_WIDTH before the row scrolls
MIN_STEP_WIDTH = 78
RADIUS = 11
CURRENT_RADIUS = 14

# status → role (the third cue; the mark and the word come first)
STEP_ROLES = {
    "completed": theme.Role.SUCCESS,
    "held": theme.Role.ACCENT,
    "planned": theme.Role.ACCENT,
    "overdue": theme.Role.DANGER,
    "skipped": theme.Role.MUTED,
    "unscheduled": theme.Role.MUTED,
}


# (kind, number, current, first, last)
_Mark = tuple[str, str, bool, bool, bool]
_PICTURES = 64  # drawn marks remembered (a few looks × widths × themes; ~15 KB each)
MARK_HEIGHT = 2 * CURRENT_RADIUS + 8  # the band the mark and its connectors take; the text is below


class StepDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pictures: dict[tuple, QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        view = self.parent()
        width = getattr(view, "step_width", STEP_WIDTH)
        return QSize(width, 2 * CURRENT_RADIUS + 8 + 2 * line + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        state = option.state
        row = index.row()
        kind = index.data(StepRole) or "unscheduled"  # i18n: not shown
        number, title, word = index.data(StepTextRole)
        current = bool(state & QStyle.StateFlag.State_Selected)
        mark: _Mark = (kind, number, current, row == 0, row == index.model().rowCount() - 1)
        rect: QRect = option.rect
        painter.drawPixmap(rect.topLeft(), self._mark_picture(painter, rect, option.font, mark))
        self._draw_text(painter, rect, option.font, kind, title, word, current)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(theme.colour(theme.Role.ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), 6, 6)
            painter.restore()

    def _mark_picture(self, painter: QPainter, rect: QRect, font: QFont, mark: _Mark) -> QPixmap:
        """The mark and its connectors, drawn once per look: switching report repaints every
        step, and the same few looks (a done step, a planned one …) come back."""
        ratio = painter.device().devicePixelRatioF()
        look = (theme.colour(theme.Role.SURFACE).rgba(), theme.colour(theme.Role.ACCENT).rgba())
        key = (mark, rect.width(), ratio, font.key(), look)
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) >= _PICTURES:
                self._pictures.clear()
            picture = QPixmap(round(rect.width() * ratio), round(MARK_HEIGHT * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(picture)
            _draw_mark(drawing, QRect(0, 0, rect.width(), MARK_HEIGHT), font, mark)
            drawing.end()
            self._pictures[key] = picture
        return picture

    @staticmethod
    def _draw_text(
        painter: QPainter, rect: QRect, font: QFont, kind: str, title: str, word: str, current: bool
    ) -> None:
        """The title and the status word with its date, under the mark."""
        text_top = rect.top() + MARK_HEIGHT
        metrics = QFontMetrics(font)
        line = metrics.height()
        title_font = QFont(font)
        title_font.setBold(current)
        painter.setFont(title_font)
        painter.setPen(theme.colour(theme.Role.ACCENT) if current else theme.colour(theme.Role.TEXT))
        title_rect = QRect(rect.left() + 2, text_top, rect.width() - 4, line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignHCenter,
            QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(font)
        role_colour = theme.colour(STEP_ROLES.get(kind, theme.Role.MUTED))
        painter.setPen(role_colour if kind in ("overdue", "completed") else theme.colour(theme.Role.MUTED))
        word_rect = QRect(rect.left() + 2, text_top + line, rect.width() - 4, line)
        if metrics.horizontalAdvance(word) > word_rect.width():
            word = word.split(" · ")[0]  # the status word first; its date stays in the tooltip
        painter.drawText(
            word_rect,
            Qt.AlignmentFlag.AlignHCenter,
            metrics.elidedText(word, Qt.TextElideMode.ElideRight, word_rect.width()),
        )


def _draw_mark(painter: QPainter, rect: QRect, font: QFont, mark: _Mark) -> None:
    kind, number, current, first, last = mark
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    role_colour = theme.colour(STEP_ROLES.get(kind, theme.Role.MUTED))
    accent = theme.colour(theme.Role.ACCENT)
    surface = theme.colour(theme.Role.SURFACE)
    centre = QPointF(rect.center().x() + 0.5, rect.top() + CURRENT_RADIUS + 4)
    radius = CURRENT_RADIUS if current else RADIUS
    # the connector to the neighbours, drawn under the mark
    painter.setPen(QPen(theme.colour(theme.Role.CONTROL_BORDER), 2))
    if not first:
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(centre.x() - radius - 3, centre.y()))
    if not last:
        painter.drawLine(QPointF(centre.x() + radius + 3, centre.y()), QPointF(rect.right() + 1, centre.y()))
    circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    mark_colour = accent if current and kind not in ("completed", "overdue") else role_colour
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    if kind in ("completed", "held"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark_colour)
        painter.drawEllipse(circle)
        painter.setPen(QPen(surface, 2))
        if kind == "completed":
            r = radius * 0.45
            painter.drawPolyline(
                [
                    QPointF(centre.x() - r, centre.y()),
                    QPointF(centre.x() - r * 0.25, centre.y() + r * 0.75),
                    QPointF(centre.x() + r, centre.y() - r * 0.7),
                ]
            )
        else:
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, number)
    else:
        painter.setBrush(surface)
        pen = QPen(mark_colour, 2)
        if kind in ("skipped", "unscheduled"):
            pen.setStyle(Qt.PenStyle.DashLine if kind == "skipped" else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawEllipse(circle)
        if kind == "planned":  # half filled: on the calendar, not yet held
            painter.setBrush(theme.mixed(STEP_ROLES["planned"]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(circle.adjusted(2, 2, -2, -2), 90 * 16, 180 * 16)
        painter.setPen(QPen(mark_colour, 2))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, number)
        if kind == "skipped":
            painter.drawLine(
                QPointF(circle.left() - 2, circle.bottom() + 1),
                QPointF(circle.right() + 2, circle.top() - 1),
            )


class JourneyStepper(QListView):
    """The journey as a stepper; `setModel(JourneyModel)`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setMouseTracking(True)
        line = QFontMetrics(self.font()).height()
        self.setFixedHeight(
            2 * CURRENT_RADIUS + 8 + 2 * line + 8 + self.horizontalScrollBar().sizeHint().height()
        )

    step_width = STEP_WIDTH

    def _fit_steps(self) -> None:
        """Every step fits the width when it can (down to MIN_STEP_WIDTH); else the row scrolls."""
        count = max(1, self.model().rowCount()) if self.model() is not None else 1
        width = max(MIN_STEP_WIDTH, min(STEP_WIDTH, self.viewport().width() // count))
        if width != self.step_width:
            self.step_width = width
            self.doItemsLayout()

    def resizeEvent(self, event) -> None:
        self._fit_steps()
        super().resizeEvent(event)

    def reset(self) -> None:
        super().reset()
        self._fit_steps()

    def scroll_to_current(self) -> None:
        if self.currentIndex().isValid():
            self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)
