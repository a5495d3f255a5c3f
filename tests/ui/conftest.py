from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record message boxes instead of blocking on them."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def window_factory(qtbot, messages):
    from PySide6.QtWidgets import QApplication

    from opd_desktop.ui.accessibility import install as install_accessible_names
    from opd_desktop.ui.main_window import MainWindow

    created = []

    def make(store):
        window = MainWindow(store)
        qtbot.addWidget(window)
        install_accessible_names(QApplication.instance())  # as app.main() does
        window.show()
        created.append(window)
        return window

    yield make


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch):
    """Fill each FormDialog that opens with the next dict of values and press Save.
    Returns the list to append answers to, and records refusals shown inline."""
    from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

    from opd_desktop.ui.date_field import DateField
    from opd_desktop.ui.form_dialog import FormDialog

    class Answers(list):
        refusals: list[str]

    answers = Answers()
    answers.refusals = []
    refusals = answers.refusals

    def fake_exec(self: FormDialog) -> int:
        values = answers.pop(0)
        for key, value in values.items():
            widget = self.fields[key]
            if isinstance(widget, DateField):
                widget.set_text(value)  # as ISO text; a non-date is kept for the service to refuse
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
        self._save()
        if self.result() != QDialog.DialogCode.Accepted:
            refusals.append(self.error.text())
            return QDialog.DialogCode.Rejected
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return answers


class NameAnswers(list):
    asked: int = 0


@pytest.fixture(autouse=True)
def manager_name_answers(monkeypatch: pytest.MonkeyPatch) -> NameAnswers:
    """The manager-name dialog answers from this list (cancelled when it is empty)."""
    answers = NameAnswers()

    def answer(_parent):
        answers.asked += 1
        return answers.pop(0) if answers else None

    monkeypatch.setattr("opd_desktop.ui.manager_name.ask_manager_name", answer)
    return answers
