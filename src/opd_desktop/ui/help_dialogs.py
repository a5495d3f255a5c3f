"""Help → Keyboard shortcuts (read from the window's actions) and
Help → The method (the seven conversations at a glance, from the guides)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.guides import GuideSet
from opd_desktop.ui.shortcuts import shortcuts_of


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.shortcuts = shortcuts_of(window)
        self.table = QTableWidget(len(self.shortcuts), 2)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "Keys")]
        )
        self.table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, shortcut in enumerate(self.shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.what))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.keys))
        layout.addWidget(self.table)
        layout.addWidget(_close_buttons(self))


def method_html(guides: GuideSet) -> str:
    """The program on one page: each conversation's title, purpose and length, then check-ins."""
    parts = [
        "<h2>{}</h2>".format(html.escape(QCoreApplication.translate("Help", "The method"))),
        "<p>{}</p>".format(
            html.escape(
                QCoreApplication.translate(
                    "Help",
                    "Seven conversations with each person, each building on the one before, "
                    "usually two to three weeks apart; then regular check-ins keep the plan alive.",
                )
            )
        ),
        "<ol>",
    ]
    for guide in guides.conversations:
        minutes = QCoreApplication.translate("Help", "about %n minutes", "", guide.duration_minutes)
        title, purpose = html.escape(guide.title), html.escape(guide.purpose)
        item = f"<b>{title}</b> — {html.escape(minutes)}<br>{purpose}"
        parts.append(f"<li style='margin-bottom:6px'>{item}</li>")
    parts.append("</ol>")
    checkin = guides.checkin
    parts.append(f"<p><b>{html.escape(checkin.title)}</b><br>{html.escape(checkin.purpose)}</p>")
    return "".join(parts)


class MethodDialog(QDialog):
    def __init__(self, guides: GuideSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "The method"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(QCoreApplication.translate("Help", "The method"))
        self.text.setHtml(method_html(guides))
        layout.addWidget(self.text)
        layout.addWidget(_close_buttons(self))
