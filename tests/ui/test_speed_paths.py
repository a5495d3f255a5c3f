"""The paths made faster keep what they protect: the start-up check after the
first paint still refuses before anything is written, the one-KDF streamed
backup still verifies and restores, the quit backup runs on a worker and only
when due, log rotation without logging.handlers, the roster sorted on its keys,
the CJK font loaded only for text that needs it."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest

from opd_desktop.core.changes import Topic
from opd_desktop.services import notes, reports
from opd_desktop.services.backup import file_format, passphrase, schedule
from opd_desktop.services.backup.backups import create_backup, restore, verify_backup
from opd_desktop.store.database import open_store
from opd_desktop.store.errors import DamagedDatabaseError

SECRET = "correct horse battery staple"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("opd.db*"))}


def test_a_deferred_check_refuses_every_write_and_leaves_the_file_as_it_was(data_dir: Path) -> None:
    from tests.store.test_hostile_environment import _drop_index_entries

    store = open_store(data_dir)
    reports.add_report(store, "Zoë Dvořák")
    store.close()
    _drop_index_entries(data_dir / "opd.db")
    before = _digests(data_dir)
    deferred = open_store(data_dir, defer_check=True)  # only the cheap checks so far
    assert [r.name for r in reports.list_reports(deferred)]  # reading is fine
    with pytest.raises(DamagedDatabaseError, match="missing from index"):
        reports.add_report(deferred, "Łukasz Żółć")  # a write waits for the check, which fails
    deferred.close()
    assert _digests(data_dir) == before


def test_a_deferred_check_that_passes_lets_writes_through(data_dir: Path) -> None:
    open_store(data_dir).close()
    deferred = open_store(data_dir, defer_check=True)
    assert deferred.check is not None and not deferred.check.finished
    reports.add_report(deferred, "Şükrü")
    assert deferred.check.passed
    deferred.close()
    assert [r.name for r in reports.list_reports(open_store(data_dir))] == ["Şükrü"]


def test_closing_before_the_check_has_run_writes_nothing(data_dir: Path) -> None:
    store = open_store(data_dir)
    reports.add_report(store, "Дмитрий")
    store.close()
    before = _digests(data_dir)
    open_store(data_dir, defer_check=True).close()
    assert _digests(data_dir) == before


def test_a_backup_runs_one_kdf_and_restores(store, tmp_path: Path, monkeypatch) -> None:
    for name in ("Zoë Martin", "محمد", "张伟"):
        report = reports.add_report(store, name)
    conversation = store.execute("SELECT id FROM conversations WHERE report_id = ?", [report.id]).fetchone()
    if conversation:
        notes.save_note(store, conversation[0], "opening", "streamed " * 5000)
    runs = []
    derive = file_format.derive_key
    monkeypatch.setattr(file_format, "derive_key", lambda *a: runs.append(1) or derive(*a))
    info = create_backup(store, tmp_path, SECRET, chunk_size=4096)
    assert len(runs) == 1
    assert verify_backup(info.path, SECRET).image_sha256 == info.manifest.image_sha256
    restore(tmp_path / "restored", info.path, SECRET)
    again = open_store(tmp_path / "restored")
    assert sorted(r.name for r in reports.list_reports(again)) == sorted(["Zoë Martin", "محمد", "张伟"])
    again.close()


def test_a_backup_while_another_reader_holds_the_log_is_serialized_and_still_verifies(
    store, tmp_path: Path
) -> None:
    reports.add_report(store, "Zoë Reader")
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM reports").fetchone()  # the log cannot be emptied now
    reports.add_report(store, "Łukasz Writer")
    try:
        info = create_backup(store, tmp_path, SECRET)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert verify_backup(info.path, SECRET).counts["reports"] == 2


def test_the_quit_backup_is_due_only_after_changes_and_asks_no_keyring_otherwise(
    store, tmp_path: Path, memory_keyring
) -> None:
    schedule.save_settings(store, tmp_path / "bk", daily=True, on_quit=True)
    passphrase.store_passphrase(store.data_dir, SECRET)
    schedule.run_backup(store)
    fresh = open_store(store.data_dir)
    assert not schedule.due_on_quit(fresh)  # nothing changed in this session
    with fresh.write(Topic.SETTINGS):
        pass
    assert not schedule.due_on_quit(fresh)  # settings alone are not data
    reports.add_report(fresh, "Zoë Quit")
    assert schedule.due_on_quit(fresh)
    fresh.close()


def test_closing_the_window_backs_up_on_a_worker(
    qtbot, store, tmp_path: Path, memory_keyring, messages
) -> None:
    from opd_desktop.ui.main_window import MainWindow

    schedule.save_settings(store, tmp_path / "bk", daily=True, on_quit=True)
    passphrase.store_passphrase(store.data_dir, SECRET)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    reports.add_report(store, "Zoë Closing")
    window.close()
    assert not window.isVisible()  # closed without waiting for the backup
    worker = window.backups.quit_worker
    assert worker is not None
    worker.join(60)
    assert list((tmp_path / "bk").glob("*.opdbackup"))
    assert schedule.status(store).last_at is not None


def test_the_log_rotates_without_logging_handlers(tmp_path: Path) -> None:
    from opd_desktop.logging_setup import RotatingLog

    handler = RotatingLog(tmp_path / "app.log", max_bytes=200, keep=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(100):
        handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, f"line {number:03d}", None, None))
    handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.log", "app.log.1", "app.log.2"]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    assert "line 099" in (tmp_path / "app.log").read_text()
    assert (tmp_path / "app.log").stat().st_mode & 0o777 == 0o600


def test_the_roster_sorts_on_its_keys_through_the_header(qtbot, store) -> None:
    from PySide6.QtCore import Qt

    from opd_desktop.ui.main_window import RosterProxy
    from opd_desktop.ui.models import RosterModel

    for name, role in (("Zoë", "b"), ("Ana", "c"), ("Łukasz", "a")):
        reports.add_report(store, name, role=role)
    model = RosterModel()
    model.set_entries(reports.list_roster(store))
    proxy = RosterProxy()
    proxy.setSourceModel(model)
    proxy.sort(RosterModel.ROLE, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert names == ["Łukasz", "Zoë", "Ana"]
    proxy.sort(RosterModel.NAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["Łukasz", "Zoë", "Ana"]
    model.set_entries(reports.list_roster(store))  # a reload keeps the order chosen
    assert [model.entry(row).report.name for row in range(3)] == ["Łukasz", "Zoë", "Ana"]
    assert model.row_of(model.entry(0).report.id) == 0


def test_the_cjk_font_waits_for_text_that_needs_it() -> None:
    from opd_desktop.services.documents import fonts

    chooser = fonts.chooser()
    assert chooser.font_for("Ż") == fonts.BODY
    if fonts.cjk_font_path() is not None:
        assert chooser.font_for("张") == fonts.CJK
        assert fonts.CJK in fonts.register()


def test_paint_first_shows_names_then_fills_stages_the_overview_and_the_last_report(
    qtbot, store, messages
) -> None:
    from opd_desktop.services import followthrough
    from opd_desktop.ui.main_window import MainWindow
    from opd_desktop.ui.models import RosterModel

    ana = reports.add_report(store, "Ana Łukasiewicz")
    followthrough.add_action_item(store, ana.id, "Book the training room", "manager", None, None)
    window = MainWindow(store, paint_first=True)
    qtbot.addWidget(window)
    assert window.roster_model.rowCount() == 1
    assert window.roster_model.index(0, RosterModel.STAGE).data() == ""  # names first
    assert window.home.overview.body.text() == ""
    window.show()
    qtbot.waitUntil(lambda: window.roster_model.index(0, RosterModel.STAGE).data() == "1 of 7")
    qtbot.waitUntil(lambda: "Open action items (1)" in window.home.overview.body.text())

    window.select_report(ana.id)
    window.close()
    again = MainWindow(store, paint_first=True)  # left on Ana's page: reopened there after the paint
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ui.pages.currentWidget() is again._report_page)
    assert again.report_page.report_id == ana.id
