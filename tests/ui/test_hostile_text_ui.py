"""The typing path: pasted control characters never reach the database, and a
failed autosave never writes the note's text into the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from opd_desktop.services import reports
from opd_desktop.ui.autosave import Autosaver
from opd_desktop.ui.report_dialog import ReportDialog


def _save(qtbot, dialog: ReportDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_pasted_name_with_controls_is_saved_clean(qtbot, store, window_factory) -> None:
    dialog = ReportDialog(store, parent=window_factory(store))
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Łukasz\x1b[2J\u202e Żółć\x07")  # what a paste puts in the field
    dialog.ui.roleEdit.setText("Team\tlead\u2066")
    _save(qtbot, dialog)
    (report,) = reports.list_reports(store)
    assert (report.name, report.role) == ("Łukasz[2J Żółć", "Team lead")


def test_a_name_of_zero_width_characters_is_refused_in_the_dialog(qtbot, store, window_factory) -> None:
    dialog = ReportDialog(store, parent=window_factory(store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("\u200b\u200d\u2060")
    _save(qtbot, dialog)
    assert "name is empty" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert reports.list_reports(store) == []


def test_a_failed_autosave_keeps_the_note_text_out_of_the_log(qtbot, caplog) -> None:
    secret = "SECRET-NOTE Дмитрий worries about his mother's health"
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    saver = Autosaver()
    failures: list[str] = []
    saver.failed.connect(failures.append)

    def failing_save(text: str) -> None:
        # an error that carries the text, as a constraint or encoding error can
        raise RuntimeError(f"could not store {text!r}")

    saver.watch(editor, failing_save)
    editor.setPlainText(secret)
    with caplog.at_level(logging.DEBUG):
        assert saver.flush() is False
    assert failures  # the user is told
    assert caplog.records  # and the failure is logged …
    for record in caplog.records:  # … without a word of the note
        logged = record.getMessage() + (
            logging.Formatter().formatException(record.exc_info) if record.exc_info else ""
        )
        assert "SECRET-NOTE" not in logged and "Дмитрий" not in logged
