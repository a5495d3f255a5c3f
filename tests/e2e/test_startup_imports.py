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
    """--smoke is a real start and nothing more: no PDF, no keyring, no backup stack."""
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    result = _python("-X", "importtime", "-m", "opd_desktop", "--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "smoke ok: main window shown with 7 reports",  # at the first paint
        "filled: stages of 7 reports and the team overview",  # one turn later
    ]
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    for module in ("reportlab", "keyring", "cryptography", "logging.handlers", "sqlite_utils"):
        assert module not in imported, module
    assert "opd_desktop.services.backup.backups" not in imported


def test_the_app_self_test_builds_an_agenda_with_its_fonts(tmp_path: Path) -> None:
    """--self-test (what scripts/build.sh runs on the frozen bundle): the start, then the PDF stack."""
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    result = _python("-m", "opd_desktop", "--data-dir", str(data), "--self-test")
    assert result.returncode == 0, result.stderr
    assert "smoke ok: main window shown with 7 reports; agenda PDF of" in result.stdout


def test_damage_only_the_full_check_finds_is_refused_after_the_first_paint(tmp_path: Path) -> None:
    """The start-up integrity check runs after the first paint, and still refuses: the app
    exits 1 with the plain message and the file is left exactly as it was (WAL included)."""
    import hashlib

    from tests.store.test_hostile_environment import _drop_index_entries

    data = tmp_path / "data"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    _drop_index_entries(data / "opd.db")

    def digest() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data.glob("opd.db*"))}

    before = digest()
    result = _python("-m", "opd_desktop", "--data-dir", str(data), "--smoke")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "missing from index" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest() == before


def test_a_damaged_database_gets_a_plain_message_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "opd.db").write_bytes(b"garbage" * 500)
    result = _python("-m", "opd_desktop", "--data-dir", str(data), "--smoke")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_what_the_first_paint_does_without(tmp_path: Path) -> None:
    """Until the smoke line (the first paint), none of what the first screen does not
    need: the guides and their TOML reader, a conversation's dataclasses, a hash
    library, the network and SVG modules, the accessible names (one turn later)."""
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-u", "-X", "importtime", "-m", "opd_desktop", "--data-dir", str(data), "--smoke"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
    before_paint = result.stdout.split("smoke ok: main window shown with 7 reports")[0]
    imported = {line.split("|")[-1].strip() for line in before_paint.splitlines() if "|" in line}
    assert "opd_desktop.ui.main_window" in imported  # the window was built before the line
    for module in (
        "opd_desktop.core.guides",
        "tomllib",
        "opd_desktop.core.conversation_models",
        "hashlib",
        "PySide6.QtNetwork",
        "PySide6.QtSvg",
        "opd_desktop.ui.accessibility",
        *(() if sys.platform == "darwin" else ("opd_desktop.ui.focus_ring",)),  # one turn later
    ):
        assert module not in imported, module


PAUSED = """
import gc, sys
from opd_desktop import app
seen = []
named = app.name_for_assistive_technology
app.name_for_assistive_technology = lambda qapp: (seen.append(gc.isenabled()), named(qapp))
code = app.main(sys.argv[1:])
print("collector during the first paint's turn:", "on" if seen[0] else "paused")
print("collector after start-up:", "on" if gc.isenabled() else "off")
raise SystemExit(code)
"""


def test_the_cycle_collector_is_paused_until_after_the_first_paint(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    result = _python("-c", PAUSED, "--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "collector during the first paint's turn: paused" in result.stdout
    assert "collector after start-up: on" in result.stdout


STYLED = """
import sys
from opd_desktop import app
from opd_desktop.ui import qt_workarounds
seen = []
named = app.name_for_assistive_technology
app.name_for_assistive_technology = lambda qapp: (
    seen.append((type(qapp.style()).__name__, qapp.style().baseStyle().name(), qt_workarounds._applied)),
    named(qapp),
)
code = app.main(sys.argv[1:])
print("style one turn after the first paint:", *seen[0])
raise SystemExit(code)
"""


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS keeps its native style")
def test_the_focus_ring_style_and_the_leak_guard_follow_the_first_paint(tmp_path: Path) -> None:
    """The first frame is painted on plain Fusion; before anything else waiting for it (the
    accessible names, the fill), the window gets the focus-ring style and the guard against
    PySide6's reference leak."""
    data = tmp_path / "demo"
    assert _python("-m", "opd_desktop.cli", "demo", "--data-dir", str(data)).returncode == 0
    result = _python("-c", STYLED, "--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    guard = "True" if sys.version_info < (3, 12) and sys.implementation.name == "cpython" else "False"
    assert f"style one turn after the first paint: FocusRingStyle fusion {guard}" in result.stdout
