"""Render the data-move dialogs (import preview, handover, purge) from the demo
data to PNG, to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_data_screens.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from opd_desktop.services import purge, reports
from opd_desktop.services.demo import create_demo
from opd_desktop.ui.handover_dialog import HandoverDialog
from opd_desktop.ui.main_window import MainWindow
from opd_desktop.ui.purge_dialog import PurgeDialog, PurgeResultDialog
from opd_desktop.ui.roster_import_dialog import RosterImportDialog

ROSTER = (
    "\ufeffFirst name;Last name;Job title;Department;Hire date;Email\n"
    "Zoë;Dvořák;Data Analyst;Insights;14/03/2024;zoe@example.com\n"
    "Łukasz;Żółć;Software Engineer;Platform;2023-01-09;lz@example.com\n"
    "Şükrü;Öz;Sales Analyst;Customers;30.11.2022;so@example.com\n"
    "Дмитрий;Иванов;QA Lead;Platform;2021-06-01;di@example.com\n"
    "محمد;الأحمد;Customer Success;Customers;2020-02-17;m@example.com\n"
    "伟;张;Product Designer;Insights;2019-09-02;zw@example.com\n"
)
BAD_ROWS = "Name,Role,Start date\nZoë Dvořák,Analyst,03/04/2024\n,Engineer,2023-01-09\nŞükrü Öz,Analyst\n"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo")
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()

        def shot(name: str, widget) -> None:
            widget.show()
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            widget.close()

        good = Path(tmp) / "team.csv"
        good.write_text(ROSTER, encoding="utf-8")
        shot("20-import-team-preview", RosterImportDialog(store, good, window))
        bad = Path(tmp) / "bad.csv"
        bad.write_text(BAD_ROWS, encoding="utf-8")
        shot("21-import-team-invalid-rows", RosterImportDialog(store, bad, window))
        dmitry = reports.find_report(store, "Дмитрий")
        dialog = HandoverDialog(store, dmitry, window)
        shot("22-handover", dialog)
        dialog = HandoverDialog(store, dmitry, window)
        dialog.private_check.setChecked(True)
        dialog.encrypt_check.setChecked(True)
        shot("23-handover-private-encrypted", dialog)
        purge_dialog = PurgeDialog(store, dmitry, window)
        purge_dialog.name_edit.setText("Дмитрий Соколов")
        shot("24-delete-permanently", purge_dialog)
        folder = store.data_dir / "backups"
        folder.mkdir()
        for stamp in ("20261101-090000", "20261127-090000"):
            (folder / f"opd-backup-{stamp}.opdbackup").write_bytes(b"x")
        result = purge.purge_report(store, dmitry.id, dmitry.name)
        shot("25-deleted-result", PurgeResultDialog(result, window))
        window.menuBar().actions()[0].menu().popup(window.mapToGlobal(window.rect().topLeft()))
        store.close()


if __name__ == "__main__":
    main()
