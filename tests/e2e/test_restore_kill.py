"""A restore killed with SIGKILL at any step leaves a working database with
either the old or the new data."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from opd_desktop.services import reports
from opd_desktop.services.backup.backups import create_backup
from opd_desktop.store.database import open_store

pytestmark = pytest.mark.slow

HELPER = Path(__file__).with_name("restore_until.py")
SECRET = "correct horse battery staple"
STEPS = ("verified", "copied", "written", "side-files-removed", "swapped", "never")


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_at_any_step_leaves_old_or_new_data(tmp_path: Path, step: str) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    reports.add_report(store, "In the backup")
    backup = create_backup(store, tmp_path, SECRET).path
    reports.add_report(store, "Only in the current data")
    store.close()

    result = subprocess.run(
        [sys.executable, str(HELPER), str(data_dir), str(backup), SECRET, step],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if step == "never":
        assert result.returncode == 0 and "finished" in result.stdout
    else:
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert result.stdout.split()[-1] == step

    reopened = open_store(data_dir)  # opens: the start-up integrity check passes, nothing damaged
    names = {r.name for r in reports.list_reports(reopened)}
    reopened.close()
    old, new = {"In the backup", "Only in the current data"}, {"In the backup"}
    assert names in (old, new)
    if step in ("verified", "copied", "written", "side-files-removed"):
        assert names == old
    else:
        assert names == new
