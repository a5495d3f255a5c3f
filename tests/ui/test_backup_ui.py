"""Backups from the window: settings, Back up now, status, restore and reopen."""

from __future__ import annotations

from pathlib import Path

from opd_desktop.services import reports
from opd_desktop.services.backup import passphrase, schedule
from opd_desktop.store.database import open_store
from opd_desktop.ui.backup_ui import BackupSettingsDialog

SECRET = "correct horse battery staple"


def test_settings_then_back_up_now_then_restore(
    qtbot, data_dir, tmp_path: Path, window_factory, memory_keyring, messages
) -> None:
    store = open_store(data_dir)
    reports.add_report(store, "Zoë before the backup")
    window = window_factory(store)
    dialog = BackupSettingsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "backups"))
    dialog.new_passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.save()
    assert "at least 10 characters" in dialog.error.text()
    dialog.new_passphrase.setText(SECRET)
    dialog.repeat.setText(SECRET)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert passphrase.stored(data_dir) == SECRET

    window.backups.backup_now()
    status = schedule.status(store)
    assert status.error == "" and Path(status.last_path).exists()
    window.backups.publish()
    assert window.backup_label.text().startswith("Last backup")

    reports.add_report(store, "Added after the backup")
    reopened: list[str] = []
    window.reopen_requested.connect(reopened.append)
    questions: list[str] = []
    assert window.backups.restore_from(
        Path(status.last_path), confirm=lambda text: questions.append(text) or True
    )
    assert (
        "1 report," in questions[0] and "Replace all current data" in questions[0]
    )  # manifest shown first (a real plural now)
    assert reopened and reopened[0].startswith("Restored the backup")
    assert window.store_closed
    again = open_store(data_dir)
    assert {r.name for r in reports.list_reports(again)} == {"Zoë before the backup"}
    again.close()


def test_without_a_keyring_the_passphrase_is_asked_and_never_stored(
    qtbot, store, tmp_path: Path, window_factory, no_keyring, monkeypatch
) -> None:
    from opd_desktop.ui.passphrase_dialog import PassphraseDialog

    asked: list[str] = []

    def answer(dialog: PassphraseDialog) -> int:
        asked.append("asked")
        assert dialog.new  # a passphrase for a new backup: typed twice
        dialog.first.setText(SECRET)
        dialog.repeat.setText(SECRET)
        dialog.check()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    schedule.save_settings(store, tmp_path / "bk", daily=True, on_quit=True)
    window = window_factory(store)
    window.backups.backup_now()
    assert asked == ["asked"] and schedule.status(store).error == ""
    window.backups.backup_now()  # remembered in memory for the session
    assert asked == ["asked"]
    assert not any(SECRET.encode() in p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())


def test_a_failed_backup_is_shown_as_a_warning(
    qtbot, store, window_factory, memory_keyring, messages, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    passphrase.store_passphrase(store.data_dir, SECRET)
    store.set_meta(schedule.FOLDER, str(blocker / "inside"))
    window = window_factory(store)
    window.backups.backup_now()
    assert messages and "Choose a folder you can write to" in messages[-1]
    window.backups.publish()
    assert "⚠" in window.backup_label.text()


def test_a_failed_database_check_during_a_backup_shows_in_the_status_bar(
    qtbot, demo_store, tmp_path: Path, window_factory, memory_keyring
) -> None:
    passphrase.store_passphrase(demo_store.data_dir, SECRET)
    schedule.save_settings(demo_store, tmp_path / "backups", daily=True, on_quit=False)
    window = window_factory(demo_store)
    demo_store.execute("DELETE FROM search_index_data WHERE id > 10")  # the search index loses entries
    window.backups.backup_now()  # the same path the daily backup takes, in the foreground
    assert "⚠ Database check failed" in window.backup_label.text()
    from opd_desktop.services import checks

    checks.rebuild_search_index(demo_store)
    window.backups.backup_now()
    assert window.backup_label.text().startswith("Last backup")


def test_a_first_time_passphrase_is_typed_twice_with_the_settings_rules(qtbot) -> None:
    from opd_desktop.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    assert dialog.repeat.isVisibleTo(dialog)
    dialog.first.setText("short")
    dialog.repeat.setText("short")
    dialog.check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "at least 10 characters" in dialog.error.text()
    dialog.first.setText(SECRET)
    dialog.repeat.setText(SECRET + " typo")
    dialog.check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "differ" in dialog.error.text()
    dialog.repeat.setText(SECRET)
    dialog.check()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.value == SECRET


def test_reading_a_backup_asks_once_and_restore_answers_with_verbs(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from opd_desktop.ui.backup_ui import confirm_verb
    from opd_desktop.ui.passphrase_dialog import PassphraseDialog

    reading = PassphraseDialog(new=False)
    qtbot.addWidget(reading)
    assert not reading.repeat.isVisibleTo(reading)
    seen: list[list[str]] = []

    def click(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()])
        restore = next(b for b in box.buttons() if b.text() == "Restore")
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    assert confirm_verb(None, "Restore backup", "Replace all current data?", "Restore")
    assert "Restore" in seen[0] and "Cancel" in [t.replace("&", "") for t in seen[0]]
    assert not any(t.replace("&", "") in ("Yes", "No") for t in seen[0])
