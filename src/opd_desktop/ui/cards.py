"""Cards and rows for the overview pages: a card is a calm panel (surface_alt,
radius 10, padding 16) with a heading and its count, a short list of rows (an
avatar, a name that opens the person, a detail, a date or chip on the right),
or an empty state when there is nothing to list. Colours are read at paint
time, so a theme switch repaints cards without a rebuild."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.ui import theme
from opd_desktop.ui.chips import Chip
from opd_desktop.ui.icons import set_icon
from opd_desktop.ui.roster_delegate import paint_avatar
from opd_desktop.ui.widgets import ElidedLabel, mute, scaled_heading

MAX_ROWS = 6  # per card; the rest is counted ("and 4 more")


class Avatar(QWidget):
    def __init__(self, name: str, size: int = 24, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setFixedSize(size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_avatar(painter, QRectF(self.rect()), self.name, self.font())
        painter.end()


class Card(QWidget):
    """A titled panel; `add_row` fills it, `set_empty` says what will appear."""

    report_requested = Signal(int)

    def __init__(
        self, title: str, icon: str = "", role: theme.Role = theme.Role.MUTED, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.count = 0
        self.rows: list[str] = []  # plain text of each row (tests, accessibility)
        self.actions: list[QPushButton] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.heading = scaled_heading(title, 1.15)
        self.count_label = QLabel()
        mute(self.count_label)
        if icon:
            mark = QLabel()
            set_icon(mark, icon, role, 18)
            head.addWidget(mark)
        head.addWidget(self.heading)
        head.addWidget(self.count_label)
        head.addStretch(1)
        layout.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(2)
        layout.addLayout(self.body)
        self.danger = False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.colour(theme.Role.BORDER), 1))
        painter.setBrush(theme.colour(theme.Role.SURFACE_ALT))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.end()

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        self.actions = []

    def set_count(self, count: int) -> None:
        self.count = count
        self.count_label.setText(str(count))

    def add_row(
        self,
        report_id: int,
        name: str,
        detail: str = "",
        right: str = "",
        role: theme.Role | None = None,
        action: tuple[str, object] | None = None,
    ) -> None:
        """One row: avatar, the name (a button: opens the person), a muted detail and,
        on the right, a date (or a chip in `role` when it needs attention)."""
        if len(self.rows) >= MAX_ROWS:
            return
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        line.setSpacing(8)
        line.addWidget(Avatar(name), 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        button = QToolButton()
        button.setText(name)
        button.setAutoRaise(True)
        button.setToolTip(QCoreApplication.translate("Cards", "Open {name}").format(name=name))
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, rid=report_id: self.report_requested.emit(rid))
        texts.addWidget(button)
        if detail:
            detail_label = ElidedLabel(detail)
            mute(detail_label)
            detail_label.setContentsMargins(4, 0, 0, 0)
            texts.addWidget(detail_label)
        line.addLayout(texts, 1)
        if right:
            if role is None:
                label = QLabel(right)
                mute(label)
            else:
                label = Chip(right, role)
                label.on = theme.Role.SURFACE_ALT
            line.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        if action is not None:  # one action per row ("Agenda", "Schedule…")
            text, slot = action
            act = QPushButton(text)
            act.clicked.connect(slot)
            line.addWidget(act, 0, Qt.AlignmentFlag.AlignTop)
            self.actions.append(act)
        self.body.addWidget(row)
        self.rows.append(" · ".join(x for x in (name, detail, right) if x))

    def add_text_row(self, label: str, text: str) -> None:
        """A row without a person: a bold label and muted text beside it."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        line.setSpacing(12)
        head = QLabel(label)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setMinimumWidth(self.fontMetrics().horizontalAdvance("Check-ins  "))
        body = QLabel(text)
        body.setWordWrap(True)
        mute(body)
        line.addWidget(head, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(body, 1)
        self.body.addWidget(row)
        self.rows.append(f"{label} · {text}")

    def add_more(self, hidden: int) -> None:
        if hidden > 0:
            more = QLabel(QCoreApplication.translate("Cards", "and {hidden} more").format(hidden=hidden))
            mute(more)
            self.body.addWidget(more)

    def set_empty(self, sentence: str) -> None:
        """Nothing to list: one muted sentence that says what will appear here."""
        label = QLabel(sentence)
        label.setWordWrap(True)
        mute(label)
        self.body.addWidget(label)

    def text(self) -> str:
        return f"{self.title} ({self.count})\n" + "\n".join(self.rows)


class EmptyState(QWidget):
    """A whole page with nothing to show: a muted mark, one sentence, one primary action."""

    def __init__(
        self, sentence: str, action: str = "", icon: str = "inbox", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 32)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.mark = QLabel()
        set_icon(self.mark, icon, theme.Role.MUTED, 32)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.sentence)
        layout.addWidget(self.mark)
        layout.addWidget(self.sentence)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.setDefault(True)
            theme.primary(self.button)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)

    def sizeHint(self) -> QSize:
        return QSize(400, 240)
