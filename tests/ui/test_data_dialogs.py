"""The data-move screens, offscreen: import preview, handover, delete
permanently, and the menu entries in the main window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from opd_desktop.services import handover, notes, purge, reports
from opd_desktop.services.conversations import series_conversation
from opd_desktop.ui.handover_dialog import HandoverDialog
from opd_desktop.ui.purge_dialog import PurgeDialog, PurgeResultDialog
from opd_desktop.ui.roster_import_dialog import RosterImportDialog

ROSTER = (
    "Name;Role;Team;Start date\n"
    "Zoë Dvořák;Analyst;Insights;2024-03-14\n"
    "Łukasz Żółć;Engineer;Platform;2023-01-09\n"
    "Şükrü Öz;Analyst;Customers;2022-11-30\n"
    "Дмитрий Иванов;QA Lead;Platform;2021-06-01\n"
    "محمد الأحمد;Support;Customers;2020-02-17\n"
    "张伟;Designer;Insights;2019-09-02\n"
)
PRIVATE_MARKER = "PRIVATE-UI-MARKER-5e1"


def tree_texts(dialog: RosterImportDialog) -> list[str]:
    found = []
    for i in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(i)
        found.append(group.text(0))
        found += [" | ".join(group.child(j).text(c) for c in range(5)) for j in range(group.childCount())]
    return found


def test_import_preview_then_import(qtbot, store, tmp_path: Path) -> None:
    reports.add_report(store, "张伟")
    path = tmp_path / "team.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog = RosterImportDialog(store, path)
    qtbot.addWidget(dialog)
    texts = tree_texts(dialog)
    assert "To add (5)" in texts and "Already on your team — skipped (1)" in texts
    assert any("Zoë Dvořák | Analyst | Insights | 2024-03-14" in t for t in texts)
    assert any("Line 7: 张伟 — already on your team" in t for t in texts)
    assert reports.list_reports(store)[0].name == "张伟"  # nothing written by the preview
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 5 people"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.added == 5
    assert len(reports.list_reports(store)) == 6


def test_import_preview_with_invalid_rows_cannot_import(qtbot, store, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Start date\nZoë Dvořák,03/04/2024\n,2024-01-01\n", encoding="utf-8")
    dialog = RosterImportDialog(store, path)
    qtbot.addWidget(dialog)
    texts = tree_texts(dialog)
    assert any(t.startswith("\u200eLine 2: the start date '03/04/2024' could be") for t in texts)
    assert any("Line 3: The name is empty" in t for t in texts)
    assert not dialog.import_button.isEnabled()
    assert "nobody will be imported" in dialog.error.text()
    dialog.load(tmp_path / "absent.csv")
    assert "no file" in dialog.error.text() and not dialog.import_button.isEnabled()
    assert reports.list_reports(store) == []


def test_handover_dialog_leaves_private_notes_out_unless_ticked(qtbot, demo_store, tmp_path: Path) -> None:
    zoe = reports.find_report(demo_store, "Zoë")
    first = series_conversation(demo_store, zoe.id, 1)
    notes.save_note(demo_store, first.id, "prep", PRIVATE_MARKER, private=True)
    dialog = HandoverDialog(demo_store, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.private_check.isChecked() and dialog.private_warning.isHidden()
    assert "Your private notes stay out" in dialog.contents.text()
    dialog.path_edit.setText(str(tmp_path / "zoe.opdhandover"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.written is not None
    assert PRIVATE_MARKER not in dialog.written.path.read_text(encoding="utf-8")

    again = HandoverDialog(demo_store, zoe)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.private_check, Qt.MouseButton.LeftButton)
    assert again.private_check.isChecked() and again.private_warning.isVisible()
    assert "includes your private notes" in again.contents.text()
    again.path_edit.setText(str(tmp_path / "zoe-private.opdhandover"))
    again.write()
    assert PRIVATE_MARKER in again.written.path.read_text(encoding="utf-8")
    assert json.loads(again.written.path.read_text(encoding="utf-8"))["contents"]["private_notes_included"]


def test_handover_dialog_encrypts_and_checks_the_passphrase(qtbot, demo_store, tmp_path: Path) -> None:
    zhang = reports.find_report(demo_store, "张伟")
    dialog = HandoverDialog(demo_store, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.passphrase.isEnabled()
    dialog.encrypt_check.setChecked(True)
    assert dialog.passphrase.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "zhang.opdhandover"))
    dialog.passphrase.setText("短い")
    dialog.write()
    assert "at least 10 characters" in dialog.error.text() and dialog.written is None
    dialog.passphrase.setText("a long passphrase for 张伟")
    dialog.repeat.setText("a long passphrase for 张伟")
    dialog.write()
    assert dialog.written is not None and handover.is_encrypted(dialog.written.path)


def test_delete_permanently_needs_the_typed_name(qtbot, demo_store) -> None:
    shukru = reports.find_report(demo_store, "Şükrü")
    dialog = PurgeDialog(demo_store, shukru)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.delete_button.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    dialog.name_edit.setText("Şükrü")
    assert not dialog.delete_button.isEnabled()
    dialog.name_edit.setText("şükrü yılmaz ")
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.name == "Şükrü Yılmaz"
    assert all(r.name != "Şükrü Yılmaz" for r in reports.list_reports(demo_store, include_archived=True))
    # done on a worker's own connection, the file is compacted all the same: the name is gone from it
    for suffix in ("", "-wal"):
        path = Path(f"{demo_store.path}{suffix}")
        assert not path.exists() or "Şükrü".encode() not in path.read_bytes()


def test_purge_result_offers_to_delete_the_backups(qtbot, demo_store, monkeypatch) -> None:
    zoe = reports.find_report(demo_store, "Zoë")
    folder = demo_store.data_dir / "backups"
    folder.mkdir()
    backup = folder / "opd-backup-20991231-235959.opdbackup"
    backup.write_bytes(b"encrypted")
    result = purge.purge_report(demo_store, zoe.id, zoe.name)
    dialog = PurgeResultDialog(result)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.delete_backups_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted_backups == 1 and not backup.exists()


def test_menu_entries_and_flows_in_the_main_window(
    qtbot, demo_store, window_factory, tmp_path: Path, monkeypatch
) -> None:
    window = window_factory(demo_store)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}
    file_entries = [a.text().replace("&", "") for a in menus["File"].actions()]
    assert {"Import team…", "Export everything…", "Import a handed-over report…"} <= set(file_entries)
    assert file_entries.index("Import team…") < file_entries.index("Quit")
    report_entries = [a.text().replace("&", "") for a in menus["Report"].actions()]
    assert "Hand over to another manager…" in report_entries and "Delete permanently…" in report_entries

    exported = window.data_menus.export_everything(tmp_path / "all.json")
    assert exported is not None and exported.stat().st_mode & 0o777 == 0o600

    dmitry = reports.find_report(demo_store, "Дмитрий")
    handed = handover.export_report(demo_store, dmitry.id, tmp_path / "d.opdhandover")
    answers = iter([("Дмитрий Соколов-Петров", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    new_id = window.data_menus.import_handover(handed.path)
    assert reports.get_report(demo_store, new_id).name == "Дмитрий Соколов-Петров"
    assert window.selected_report_id() == new_id

    dialog = window.data_menus.delete_permanently(new_id, show=False)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Дмитрий Соколов-Петров")
    dialog.delete()
    assert dialog.result is not None


def test_delete_permanently_from_the_window_goes_home_and_shows_the_backups(
    qtbot, demo_store, window_factory, monkeypatch
) -> None:
    window = window_factory(demo_store)
    zhang = reports.find_report(demo_store, "张伟")
    window.select_report(zhang.id)
    shown = []

    def confirm(dialog: PurgeDialog) -> int:
        dialog.name_edit.setText("张伟")
        dialog.delete()
        return dialog.result is not None

    monkeypatch.setattr(PurgeDialog, "exec", confirm)
    monkeypatch.setattr(PurgeResultDialog, "exec", lambda dialog: shown.append(dialog.result) or 0)
    window.data_menus.delete_permanently()
    assert shown and shown[0].name == "张伟"
    assert window.ui.pages.currentWidget() is window.home
    qtbot.waitUntil(lambda: window.roster_model.row_of(zhang.id) is None)
