"""A running app that types into conversation 3's notes, one character every
TYPING_INTERVAL_MS, printing each step; the kill test ends it with SIGKILL.

Usage: python typing_app.py DATA_DIR TEXT
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from opd_desktop.services import conversations, reports
from opd_desktop.store.database import open_store
from opd_desktop.ui.main_window import MainWindow

TYPING_INTERVAL_MS = 40
FIELD = "manager_expectations"


def main() -> None:
    data_dir, text = sys.argv[1], sys.argv[2]
    app = QApplication([])
    store = open_store(data_dir)
    report = reports.list_reports(store)[0]
    third = conversations.series_conversation(store, report.id, 3)
    window = MainWindow(store)
    window.show()
    window.select_report(report.id, third.id)
    editor = window.report_page.view.item_editors[FIELD]
    window.report_page.view.tabs.setCurrentIndex(1)
    editor.setFocus()
    position = 0

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            print(f"done {time.time():.3f}", flush=True)
            return
        char = text[position]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        position += 1
        print(f"typed {position} {time.time():.3f}", flush=True)
        QTimer.singleShot(TYPING_INTERVAL_MS, type_next)

    QTimer.singleShot(100, type_next)
    app.exec()


if __name__ == "__main__":
    main()
