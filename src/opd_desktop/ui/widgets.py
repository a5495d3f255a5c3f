"""Small building blocks shared by the screens."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.ui import theme

NOTE_MIN_HEIGHT = 90


def heading(text: str, size: int = 13, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ElidedLabel(QLabel):
    """One line of plain text that shrinks with its column: elided with "…" when
    it does not fit, and then its tooltip says it in full."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(80, super().minimumSizeHint().width()), super().minimumSizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()
        full = shown != self.text()
        if full != bool(self.toolTip()) and not self.property("own_tooltip"):
            self.setToolTip(self.text() if full else "")


def scaled_heading(text: str, factor: float, parent: QWidget | None = None) -> QLabel:
    """A heading sized from the application font (STYLE.md's type scale:
    section 1.15, page 1.4, a person's name 1.7), semibold, on one line; elided
    (full text in its tooltip) when its column is too narrow."""
    label = ElidedLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def paragraph(text: str, muted: bool = False, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        mute(label)
    return label


def mute(widget: QWidget, italic: bool = False) -> None:
    """Muted (and optionally italic) text through the palette: no style sheet,
    which would make Qt re-polish the widget tree on every screen change."""
    theme.colour_text(widget, theme.Role.MUTED)
    if italic:
        font = widget.font()
        font.setItalic(True)
        widget.setFont(font)


def rich(markup: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(markup, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


LTR_MARK = "\u200e"  # keeps a list row left-to-right when it starts with Arabic or Hebrew


def bullets(items: list[str] | tuple[str, ...], escape: bool = True) -> str:
    """A rich-text list; rows stay left-to-right whatever script they start with."""
    if not items:
        return ""
    return (
        "<ul style='margin-top:2px; margin-bottom:2px;'>"
        + "".join(f"<li>{LTR_MARK}{html.escape(item) if escape else item}</li>" for item in items)
        + "</ul>"
    )


def note_editor(placeholder: str, parent: QWidget | None = None, height: int = 120) -> QPlainTextEdit:
    editor = QPlainTextEdit(parent)
    editor.setPlaceholderText(placeholder)
    editor.setMinimumHeight(NOTE_MIN_HEIGHT)
    editor.setFixedHeight(height)
    editor.setTabChangesFocus(True)
    return editor


def scroll_page(parent: QWidget | None = None) -> tuple[QScrollArea, QVBoxLayout]:
    """A scrollable page; returns the area and the layout to fill."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(24, 12, 24, 16)  # lined up with the headers above (page margin 24)
    layout.setSpacing(10)
    area.setWidget(inner)
    return area, layout


def _paint_placeholder(view, text: str) -> None:
    """One muted sentence in an empty list or table: what will appear there."""
    painter = QPainter(view.viewport())
    painter.setPen(theme.colour(theme.Role.MUTED))
    painter.drawText(
        view.viewport().rect().adjusted(12, 0, -12, 0),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        text,
    )
    painter.end()


class PlaceholderList(QListWidget):
    """A list that says what will appear in it while it is empty."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            _paint_placeholder(self, self.placeholder)


class PlaceholderTable(QTableWidget):
    """A table that says what will appear in it while it is empty."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.rowCount() == 0 and self.placeholder:
            _paint_placeholder(self, self.placeholder)


def enable_with_selection(view, *buttons) -> None:
    """Buttons that act on the selected row are enabled only while a row is selected."""

    def update() -> None:
        try:
            on = view.selectionModel() is not None and view.selectionModel().hasSelection()
            for button in buttons:
                button.setEnabled(on)
        except RuntimeError:  # the view is being deleted
            pass

    view.itemSelectionChanged.connect(update)
    view.model().modelReset.connect(update)
    view.model().rowsRemoved.connect(update)
    update()


def gather_after(layout: QVBoxLayout, marker) -> QWidget:
    """Move everything added to `layout` after the `marker` item into one widget
    (so a page can hide its body at once)."""
    index = next(i for i in range(layout.count()) if layout.itemAt(i).layout() is marker) + 1
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    while layout.count() > index:
        item = layout.takeAt(index)
        if item.widget() is not None:
            inner.addWidget(item.widget())
        elif item.layout() is not None:
            child = item.layout()
            child.setParent(None)
            inner.addLayout(child)
    layout.addWidget(body)
    return body


def read_only(widget: QWidget, on: bool) -> None:
    """Read-only without the greyed look: the text stays in the text colour and the frame goes."""
    widget.setEnabled(True)
    if isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(on)
        widget.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.NoButtons if on else QAbstractSpinBox.ButtonSymbols.UpDownArrows
        )
        widget.setFrame(not on)
    elif isinstance(widget, QLineEdit):
        widget.setReadOnly(on)
        widget.setFrame(not on)
    elif isinstance(widget, QPlainTextEdit):
        widget.setReadOnly(on)
        widget.setFrameShape(QFrame.Shape.NoFrame if on else QFrame.Shape.StyledPanel)
        lines = max(2, round(widget.document().size().height()))
        widget.setFixedHeight(lines * widget.fontMetrics().lineSpacing() + 12 if on else 80)
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus if on else Qt.FocusPolicy.StrongFocus)


def dialog_layout(dialog: QWidget, title: str, question: str, intro: str, min_width: int) -> QVBoxLayout:
    """A dialog's frame: its window title, at least `min_width` wide (wider when a
    translation needs it), a heading that asks or says what it does, and the
    paragraph that explains it. Returns the layout for the rest."""
    from opd_desktop.ui.dialog_width import at_least

    dialog.setWindowTitle(title)
    at_least(dialog, min_width)
    layout = QVBoxLayout(dialog)
    layout.setSpacing(10)
    layout.addWidget(heading(question, 13))
    layout.addWidget(paragraph(intro))
    return layout
