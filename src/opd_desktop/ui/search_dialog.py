"""Search (Ctrl+K): type, the newest matches appear as you type (each word as
a prefix, accents ignored), Up/Down choose, Enter opens the place with the
match shown. The query runs in the service; nothing here knows SQL."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import OpdError
from opd_desktop.services.search import Hit, search
from opd_desktop.store.database import Store
from opd_desktop.ui.i18n import english_plural, error_text
from opd_desktop.ui.widgets import mute

TYPING_PAUSE_MS = 120
RESULTS = 50


def hit_html(hit: Hit, palette: QPalette) -> str:
    """Person, place and date on the first line; the snippet with the matched
    words highlighted on the second."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    mark = palette.color(QPalette.ColorRole.Highlight).name()
    mark_text = palette.color(QPalette.ColorRole.HighlightedText).name()
    snippet = "".join(
        f"<span style='background:{mark}; color:{mark_text}; font-weight:bold'>{html.escape(part)}</span>"
        if hit_part
        else html.escape(part)
        for part, hit_part in hit.snippet.segments
    )
    date = hit.when.strftime("%d %b %Y") if hit.when else ""
    return (
        f"\u200e<b>\u2068{html.escape(hit.person)}\u2069</b> · {html.escape(hit.place)}"
        f" <span style='color:{muted}'>· {date}</span><br>\u200e{snippet}"
    )


class SearchField(QLineEdit):
    """Up/Down move through the results while the cursor stays in the field."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    open_requested = Signal(object)  # the chosen Hit

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hits: list[Hit] = []
        self.setWindowTitle(QCoreApplication.translate("SearchDialog", "Search"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.field = SearchField()
        self.field.setPlaceholderText(
            QCoreApplication.translate(
                "SearchDialog",
                "Search notes, recaps, action items, ideas, profiles and plans (accents optional)",
            )
        )
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field)
        self.status = QLabel(QCoreApplication.translate("SearchDialog", "Type a word or the start of one."))
        mute(self.status)
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a stable width
        self.results.itemActivated.connect(lambda _item: self.open_current())
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.moved.connect(self.move)

    def run(self) -> None:
        self.timer.stop()
        text = self.field.text()
        self.results.clear()
        self.hits = []
        if not text.strip():
            self.status.setText(
                QCoreApplication.translate("SearchDialog", "Type a word or the start of one.")
            )
            return
        try:
            self.hits = search(self.store, text, limit=RESULTS)
        except OpdError as exc:
            self.status.setText(error_text(exc))
            return
        if not self.hits:
            self.status.setText(QCoreApplication.translate("SearchDialog", "No matches."))
            return
        count = len(self.hits)
        if count == RESULTS:
            text = QCoreApplication.translate(
                "SearchDialog",
                "%n match(es), newest first (the newest shown). Enter opens the selected one.",
                "",
                count,
            )
        else:
            text = QCoreApplication.translate(
                "SearchDialog", "%n match(es), newest first. Enter opens the selected one.", "", count
            )
        self.status.setText(english_plural(text, count))
        palette = self.palette()
        for hit in self.hits:
            item = QListWidgetItem()
            label = QLabel(hit_html(hit, palette))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
            width = max(200, self.results.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width)))
        self.results.setCurrentRow(0)

    def move(self, step: int) -> None:
        if not self.hits:
            return
        row = max(0, min(len(self.hits) - 1, self.results.currentRow() + step))
        self.results.setCurrentRow(row)

    def current_hit(self) -> Hit | None:
        if self.timer.isActive():  # Enter right after typing: search first
            self.run()
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.open_requested.emit(hit)
