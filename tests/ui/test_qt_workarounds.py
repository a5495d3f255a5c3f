"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Python
override Qt calls and to True on every emit of a Python signal; without the
guard the interpreter aborts after a few thousand. Run in a subprocess, since
the failure is an abort of the whole process."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
from opd_desktop.ui.qt_workarounds import keep_singletons_alive

app = QApplication([])
if sys.argv[1] == "guarded":
    keep_singletons_alive()

class Painted(QWidget):
    def paintEvent(self, event):
        pass

class Emitter(QObject):
    changed = Signal(bool)

widget = Painted()
widget.resize(40, 40)
emitter = Emitter()
emitter.changed.connect(lambda value: None)
for _ in range(20000):
    widget.repaint()
    emitter.changed.emit(True)
print("survived")
"""


def test_many_repaints_and_emits_do_not_abort_the_app() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "guarded"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
