"""Start-up benchmark: process start to the main window painted with data,
on the demo data and on the large generated data, next to a bare PySide6
window measured in the same run; then switching report and opening a
conversation in a running window. Prints figures; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.processEvents(); w.grab()
print(time.time())
"""

APP = """
import time, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from opd_desktop.store.database import open_store
from opd_desktop.ui.main_window import MainWindow
store = open_store(sys.argv[1])
w = MainWindow(store); w.resize(1280, 800); w.show()
app.processEvents(); w.grab()
print(time.time())
"""


def _startup(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    samples = []
    for _ in range(RUNS):
        began = time.time()
        out = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]) - began)
    return statistics.median(samples)


def _in_process(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opd_desktop.services import reports
    from opd_desktop.store.database import open_store
    from opd_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = open_store(folder)
    window = MainWindow(store)
    window.show()
    app.processEvents()
    ids = [r.id for r in reports.list_reports(store)][:20]
    switches = []
    for report_id in ids:
        began = time.perf_counter()
        window.select_report(report_id)
        app.processEvents()
        switches.append(time.perf_counter() - began)
    opens = []
    journey = window.report_page.journey_model
    for row in range(min(7, journey.rowCount())):
        began = time.perf_counter()
        window.report_page.select_conversation(journey.conversation(row).id)
        app.processEvents()
        opens.append(time.perf_counter() - began)
    print(
        f"  switch report (incl. opening its conversation): median "
        f"{statistics.median(switches) * 1000:.1f} ms, max {max(switches) * 1000:.1f} ms"
    )
    print(
        f"  open a conversation: median {statistics.median(opens) * 1000:.1f} ms, "
        f"max {max(opens) * 1000:.1f} ms"
    )
    window.close()
    store.close()


def main() -> None:
    from benchmarks.large_data import build
    from opd_desktop.services.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        create_demo(demo).close()
        large = build(Path(tmp) / "large")
        bare = _startup(BARE)
        print(f"bare PySide6 window, painted:        {bare * 1000:7.0f} ms (median of {RUNS})")
        for label, folder in (("demo data", demo), ("large data", large)):
            took = _startup(APP, str(folder))
            print(f"OPD main window with {label:<11} {took * 1000:7.0f} ms  = {took / bare:.2f}× bare")
        for label, folder in (("demo data", demo), ("large data", large)):
            print(f"in a running window, {label}:")
            _in_process(folder)


if __name__ == "__main__":
    main()
