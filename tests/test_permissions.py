"""The app never changes the mode of a folder or file it did not create, and
what it creates is private (0700 folders, 0600 files) from the moment it
exists, whatever the umask. A data folder others can read is pointed out once."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from opd_desktop import cli
from opd_desktop.paths import ensure_private_dir
from opd_desktop.services import folder_privacy, reports
from opd_desktop.services.backup import schedule
from opd_desktop.services.backup.backups import create_backup, restore
from opd_desktop.store.database import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")

SECRET = "correct horse battery staple"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _permissive_umask():
    """A usual desktop umask: without care, new files would be 0644."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_an_existing_0755_folder_is_left_0755_by_every_command(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "X"
    folder.mkdir()
    os.chmod(folder, 0o755)
    assert cli.main(["reports", "--data-dir", str(folder)]) == 0
    assert cli.main(["add-report", "Zoë", "--data-dir", str(folder)]) == 0
    assert _mode(folder) == 0o755


def test_a_home_like_folder_and_its_files_keep_their_modes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, 0o751)
    notes = home / "notes.txt"
    notes.write_text("mine")
    os.chmod(notes, 0o644)
    store = open_store(home)
    store.close()
    assert _mode(home) == 0o751 and _mode(notes) == 0o644


def test_a_read_only_folder_and_database_are_never_made_writable(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "readonly"
    open_store(folder).close()
    database = folder / "opd.db"
    os.chmod(database, 0o400)
    os.chmod(folder, 0o500)
    try:
        code = cli.main(["reports", "--data-dir", str(folder)])
        if os.geteuid() != 0:  # root may write anyway; everyone else gets a clear refusal
            assert code == 1 and "not writable" in capsys.readouterr().err
        assert _mode(folder) == 0o500 and _mode(database) == 0o400
    finally:
        os.chmod(folder, 0o700)


def test_an_existing_database_keeps_the_mode_its_owner_chose(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    os.chmod(folder / "opd.db", 0o640)
    store = open_store(folder)
    reports.add_report(store, "Şükrü Öz")
    store.close()
    assert _mode(folder / "opd.db") == 0o640


def test_what_the_app_creates_is_private_from_birth(tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "new" / "nested" / "data"
    store = open_store(folder)
    reports.add_report(store, "张伟")
    for made in (tmp_path / "new", tmp_path / "new" / "nested", folder):
        assert _mode(made) == 0o700, made
    for name in ("opd.db", "opd.db-wal", "opd.db-shm"):
        assert _mode(folder / name) == 0o600, name

    from opd_desktop.ui.ui_state import UiState

    state = UiState(folder)
    assert _mode(state.path) == 0o600  # before Qt has written anything
    state.set("geometry", "x")
    state.sync()
    assert _mode(state.path) == 0o600

    schedule.save_settings(store, folder / "backups", daily=True, on_quit=True)
    info = schedule.run_backup(store, SECRET)
    assert _mode(folder / "backups") == 0o700 and _mode(info.path) == 0o600
    store.close()
    result = restore(folder, info.path, SECRET)
    assert _mode(folder / "pre-restore") == 0o700 and _mode(result.pre_restore_copy) == 0o600
    assert _mode(folder / "opd.db") == 0o600


def test_a_backup_folder_chosen_by_the_user_keeps_its_mode(store, tmp_path: Path) -> None:
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    os.chmod(shared, 0o755)
    schedule.save_settings(store, shared, daily=True, on_quit=False)
    schedule.run_backup(store, SECRET)
    create_backup(store, shared, SECRET)
    assert _mode(shared) == 0o755


def test_others_can_read_the_folder_said_once_on_stderr(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "open"
    folder.mkdir()
    os.chmod(folder, 0o755)
    assert cli.main(["add-report", "Zoë", "--data-dir", str(folder)]) == 0
    first = capsys.readouterr().err
    assert first.count("\n") == 1 and first.startswith("opd: warning: other users of this computer")
    assert f"chmod 700 '{folder}'" in first and "0755" in first
    assert cli.main(["add-report", "Łukasz", "--data-dir", str(folder)]) == 0
    assert capsys.readouterr().err == "", "once"
    os.chmod(folder, 0o700)
    assert cli.main(["add-report", "Ana", "--data-dir", str(folder)]) == 0
    assert capsys.readouterr().err == ""
    os.chmod(folder, 0o750)  # opened up again: said again
    assert cli.main(["add-report", "Bea", "--data-dir", str(folder)]) == 0
    assert "0750" in capsys.readouterr().err
    assert _mode(folder) == 0o750


def test_others_can_read_the_folder_said_in_the_status_bar(tmp_path: Path, qtbot) -> None:
    from opd_desktop.ui.main_window import MainWindow

    folder = tmp_path / "open"
    ensure_private_dir(folder)
    os.chmod(folder, 0o755)
    store = open_store(folder)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.warn_if_open_to_others()
    assert "Other users of this computer can open" in window.statusBar().currentMessage()
    assert "chmod 700" in window.statusBar().currentMessage()
    assert folder_privacy.warning_once(store) is None  # once
    window.close()
    store.close()
