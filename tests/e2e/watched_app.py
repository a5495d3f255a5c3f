"""The real desktop app (`opd_desktop.app.main`, lock, hand-over and all),
plus a watcher that prints what its window's roster shows each time the
roster model is reset: `roster <unix time> A | B`. A start that opens no
window prints no roster line.

Usage: python watched_app.py --data-dir DIR
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from opd_desktop import app as desktop
from opd_desktop.ui.main_window import MainWindow


def main() -> int:
    qapp = QApplication([])
    watched: set[int] = set()

    def report(window: MainWindow) -> None:
        if window.store_closed:
            return
        model = window.roster_model
        names = [model.entry(row).report.name for row in range(model.rowCount())]
        print(f"roster {time.time():.6f} {' | '.join(sorted(names))}", flush=True)

    def find_windows() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and id(widget) not in watched:
                watched.add(id(widget))
                widget.roster_model.modelReset.connect(lambda w=widget: report(w))
                report(widget)

    timer = QTimer()
    timer.timeout.connect(find_windows)
    timer.start(20)
    return desktop.main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
