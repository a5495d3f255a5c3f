"""A small dialog built from fields, for the many short forms (a goal, an
action, a career step, an idea's next step). Show it with
`context.actions.form(dialog, save)`: Save runs the service as an action; a
refused value is explained inline and the dialog stays open with everything typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.ui import theme
from opd_desktop.ui.date_field import DateField
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import error_text


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        at_least(self, 480)  # wider when a translation needs it
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}
        self.on_save: Callable[[dict[str, Any]], bool] | None = None  # set by Actions.form

    def add_line(self, key: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        return self._add(key, label, edit)

    def add_date(
        self, key: str, label: str, value: dt.date | None = None, optional: bool = True
    ) -> DateField:
        """A date with a calendar popup; an optional one can say "No date"."""
        return self._add(key, label, DateField(value, optional))

    def add_text(self, key: str, label: str, text: str = "", height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return self._add(key, label, edit)

    def add_combo(
        self, key: str, label: str, options: list[tuple[str, Any]], current: Any = None
    ) -> QComboBox:
        combo = QComboBox()
        for text, data in options:
            combo.addItem(text, data)
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
        return self._add(key, label, combo)

    def _add(self, key: str, label: str, widget):
        self.fields[key] = widget
        self.form.addRow(label, widget)
        if len(self.fields) == 1:
            widget.setFocus()
        return widget

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, DateField):
                result[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                result[key] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                result[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                result[key] = widget.currentData()
        return result

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        for key, widget in self.fields.items():
            theme.mark_invalid(widget, key == field)

    def refuse(self, error: OpdError) -> None:
        """Explain a refused value inline, marking its field when it names one."""
        field = error.field if isinstance(error, ValidationError) and error.field in self.fields else None
        self.show_error(error_text(error), field)

    def _save(self) -> None:
        if self.on_save is None or self.on_save(self.values()):
            self.accept()
