"""The first window appears without the heavy libraries: reportlab, keyring,
and cryptography are imported only when a PDF, the keyring or a backup is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CODE = """
import sys
from opd_desktop.services.demo import create_demo
from pathlib import Path
store = create_demo(Path(sys.argv[1]))
from PySide6.QtWidgets import QApplication
app = QApplication([])
from opd_desktop.ui.main_window import MainWindow
window = MainWindow(store)
window.show()
app.processEvents()
heavy = sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'keyring', 'cryptography', 'pyqtgraph', 'numpy'})
print('heavy:', ','.join(heavy) or 'none')
"""


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120)


def test_opening_the_first_window_imports_no_heavy_library(tmp_path: Path) -> None:
    result = _python("-c", CODE, str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    assert "heavy: none" in result.stdout


def test_the_app_smoke_run_opens_and_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    result = _python("-m", "opd_desktop", "--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "smoke ok: main window shown with 7 reports; agenda PDF of" in result.stdout


def test_a_damaged_database_gets_a_plain_message_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "opd.db").write_bytes(b"garbage" * 500)
    result = _python("-m", "opd_desktop", "--data-dir", str(data), "--smoke")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
