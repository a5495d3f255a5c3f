"""A read-only table filled from rows of text, with the row's object kept
for the buttons that act on the selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from opd_desktop.ui import theme


class RowTable(QTableWidget):
    def __init__(self, headers: tuple[str, ...], short: tuple[int, ...] = ()) -> None:
        """`short` columns (owner, dates, status) fit their content; the others share the width."""
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.ResizeToContents if column in short else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        self._objects: list[Any] = []
        self.empty_text = ""  # said in the table when it has no rows
        self._full_minimum = 0
        self._selection_buttons: list = []
        self.itemSelectionChanged.connect(self._update_buttons)

    def needs_selection(self, *buttons) -> None:
        """These buttons act on the selected row: enabled only while one is selected."""
        self._selection_buttons.extend(buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        for button in self._selection_buttons:
            button.setEnabled(on)

    def _show_empty(self, empty: bool) -> None:
        """An empty table is short and says what will appear (no big blank box)."""
        if not self._full_minimum:
            self._full_minimum = max(self.minimumHeight(), 1)
        if empty and self.empty_text:
            line = self.fontMetrics().lineSpacing()
            height = self.horizontalHeader().sizeHint().height() + 3 * line
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
        else:
            self.setMaximumHeight(16777215)
            self.setMinimumHeight(self._full_minimum)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.rowCount() == 0 and self.empty_text:
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())
            painter.setPen(theme.colour(theme.Role.MUTED))
            painter.drawText(
                self.viewport().rect().adjusted(12, 0, -12, 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()

    def fill(self, rows: list[tuple[Any, list[str], set[int]]]) -> None:
        """Each row: the object it stands for, its cells, the columns to flag red."""
        selected = self.selected()
        self.setRowCount(len(rows))
        self._objects = [obj for obj, _cells, _late in rows]
        for row, (_obj, cells, late) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem("\u200e" + text if text else "")
                item.setData(Qt.ItemDataRole.ToolTipRole, text)
                if column in late:
                    item.setForeground(QBrush(theme.colour(theme.Role.DANGER)))
                self.setItem(row, column, item)
        if selected is not None and selected in self._objects:
            self.selectRow(self._objects.index(selected))
        self._show_empty(not rows)
        self._update_buttons()

    def selected(self) -> Any | None:
        row = self.currentRow()
        return (
            self._objects[row]
            if 0 <= row < len(self._objects) and self.selectionModel().hasSelection()
            else None
        )
