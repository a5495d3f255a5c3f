"""A word-wrapped label that lays its text out as few times as it can.

On every text change a QLabel works out its size hints by laying its whole
document out at several widths (its "ideal" width, one line, one word per
line), then Qt asks for its height at a given width many times in one layout
pass (the scroll area tries with and without its scroll bar, the layouts above
ask again), each a full layout: a few milliseconds for a long "Carried in".
Re-bound pages change many texts per switch. This label answers the hints from
its height for width, remembered per text and width, so flipping between
conversations lays each text out once per width.

For rich text, QLabel's own height for width lays the document out twice (at
the width asked, then back at the width it had): about 2 ms for a long
"Carried in", four times what one layout costs, and a paint after a new text
lays it out once more. This label measures rich text on a document of its own,
set up as QLabel sets up its own (the label's font, no frame margin, word wrap),
laid out once at the width asked, and draws it from there too while nothing is
being selected; tests hold the heights and the pixels to QLabel's."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QStyleOption, QWidget

_FORGET_ON = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)
_REMEMBERED = 64  # (text, width) pairs per label
IDEAL_CHARACTERS = 80  # the width a wrapped label asks for, in average characters (as QLabel does)
NARROWEST_CHARACTERS = 12
_DOCUMENTS = 8  # rich texts kept laid out per label (a few reports' worth)
_PLAIN_INTERACTION = (
    Qt.TextInteractionFlag.NoTextInteraction,
    Qt.TextInteractionFlag.TextSelectableByMouse,
)


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, rich: bool = False) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}
        self._documents: dict[str, QTextDocument] = {}  # rich text measured and drawn, by text
        self._pressed = False  # a selection may be starting: QLabel paints (and selects) itself
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _REMEMBERED:
                self._heights.clear()
            rich = self.textFormat() == Qt.TextFormat.RichText and self.wordWrap() and key[0] != ""
            height = self._measure(width) if rich else super().heightForWidth(width)
            self._heights[key] = height
        return height

    def _measure(self, width: int) -> int:
        """The height QLabel's own height for width gives, from one layout at `width`."""
        margins = self.contentsMargins()
        extra = 2 * max(self.margin(), 0)
        document = self._laid_out(max(width - extra - margins.left() - margins.right(), 0))
        return math.ceil(document.size().height()) + extra + margins.top() + margins.bottom()

    def _laid_out(self, text_width: int) -> QTextDocument:
        """The label's rich text on a document of its own, laid out at `text_width`. The
        last few texts keep theirs: flipping back to a report shown a moment ago parses
        and lays out nothing again."""
        text = self.text()
        documents = self._documents
        document = documents.pop(text, None)
        if document is not None and not self._suits(document):
            document = None
        if document is None:
            if len(documents) >= _DOCUMENTS:
                documents.pop(next(iter(documents)))  # the one shown longest ago
            document = QTextDocument()
            document.setUndoRedoEnabled(False)
            document.setDocumentMargin(0)  # QLabel sets its root frame's margin to 0
            document.setDefaultFont(self.font())
            option = document.defaultTextOption()
            option.setAlignment(self.alignment())  # as QLabel sets up its own document
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            document.setDefaultTextOption(option)
            document.setHtml(text)
        documents[text] = document  # the most recent last
        if document.textWidth() != text_width:
            document.setTextWidth(text_width)
        return document

    def _suits(self, document: QTextDocument) -> bool:
        """Made with the label's font and alignment as they are now."""
        return document.defaultFont() == self.font() and (
            document.defaultTextOption().alignment() == self.alignment()
        )

    def _paints_itself(self) -> bool:
        """Rich text with nothing selected or being selected: drawn from the document the
        height was measured on (QLabel would parse and lay out its own copy first)."""
        return (
            bool(self._documents)
            and self.textFormat() == Qt.TextFormat.RichText
            and self.wordWrap()
            and self.isEnabled()
            and self.indent() < 0
            and not self._pressed
            and not self.hasSelectedText()
            and self.textInteractionFlags() in _PLAIN_INTERACTION
            and bool(self.text())
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._paints_itself():
            super().paintEvent(event)
            return
        margin = max(self.margin(), 0)
        area = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        document = self._laid_out(area.width())
        spare = area.height() - document.size().height()
        align = self.alignment()
        down = 0.0  # where QLabel puts its document, on whole pixels as it does
        if align & Qt.AlignmentFlag.AlignVCenter:
            down = max(spare / 2, 0)
        elif align & Qt.AlignmentFlag.AlignBottom:
            down = max(spare, 0)
        placed = QRectF(area.left(), area.top() + down, area.width(), area.height()).toAlignedRect()
        option = QStyleOption()
        option.initFrom(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = option.palette
        palette.setColor(QPalette.ColorRole.Text, palette.color(self.foregroundRole()))
        context.palette = palette
        painter = QPainter(self)
        painter.translate(placed.topLeft())
        painter.setClipRect(placed.translated(-placed.x(), -placed.y()))
        document.documentLayout().draw(painter, context)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Selecting starts on QLabel's own layout: paint that first, so the press lands where
        the text is drawn."""
        if self._paints_itself():
            self._pressed = True
            self.repaint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._pressed = False

    def contextMenuEvent(self, event) -> None:
        if self._paints_itself():
            self._pressed = True
            self.repaint()
        super().contextMenuEvent(event)
        self._pressed = False

    def sizeHint(self) -> QSize:
        """The width it has once on screen (an ideal width before), and the height last laid
        out. The layouts place the label by its height for the width it gets; a hint at
        another width would only make them lay it out again at a width nobody sees."""
        if self.isVisible() and self.width() > 0:
            width = self.width()
        else:
            width = self.fontMetrics().averageCharWidth() * IDEAL_CHARACTERS + self._extra_width()
            width = min(width, self.maximumWidth())
        text = self.text()
        known = [height for (shown, _width), height in self._heights.items() if shown == text]
        return QSize(width, known[-1] if known else self._line_height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * NARROWEST_CHARACTERS + self._extra_width()
        return QSize(width, self._line_height() if not self.text() else min(self._line_height(), 1 << 20))

    def _extra_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * max(self.margin(), 0)

    def _line_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2 * max(self.margin(), 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET_ON:
            self._heights.clear()
            self._documents.clear()
        super().changeEvent(event)
