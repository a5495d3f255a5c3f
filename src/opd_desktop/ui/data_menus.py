"""The manager's data moves in the window: File → Import team…, Export
everything…, Import a handed-over report…; Report → Hand over to another
manager…, Delete permanently…, and the setting that suggests deleting reports
archived long ago. Each action is a call on the window's action path (exports
and imports on a worker); the pages refresh from the change topics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMenuBar, QMessageBox

from opd_desktop.services import handover, purge, reports
from opd_desktop.ui.counts_text import describe_handover, export_summary
from opd_desktop.ui.handover_dialog import handover_filter
from opd_desktop.ui.i18n import english_plural

if TYPE_CHECKING:
    from opd_desktop.ui.main_window import MainWindow


class DataMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def store(self):
        return self.window.store

    @property
    def actions(self):
        return self.window.actions

    # Menus --------------------------------------------------------------------------

    def install(self, bar: QMenuBar, file_menu: QMenu) -> None:
        """File entries go before the first separator (after the report entries);
        the Report menu is found or added."""
        before = next((a for a in file_menu.actions() if a.isSeparator()), None)
        entries = [
            ("Import &team…", self.import_team),
            ("Import a &handed-over report…", self.import_handover),
            ("E&xport everything…", self.export_everything),
        ]
        separator = QAction(self)
        separator.setSeparator(True)
        file_menu.insertAction(before, separator)
        for text, slot in entries:
            file_menu.insertAction(before, self._action(text, slot))
        report_menu = next(
            (a.menu() for a in bar.actions() if a.menu() and a.text().replace("&", "") == "Report"), None
        )
        if report_menu is None:
            report_menu = bar.addMenu(QCoreApplication.translate("DataMenus", "&Report"))
        report_menu.addAction(
            self._action(
                QCoreApplication.translate("DataMenus", "&Hand over to another manager…"),
                lambda: self.hand_over(),
            )
        )
        report_menu.addAction(
            self._action(
                QCoreApplication.translate("DataMenus", "&Delete permanently…"),
                lambda: self.delete_permanently(),
            )
        )
        report_menu.addSeparator()
        report_menu.addAction(
            self._action(
                QCoreApplication.translate("DataMenus", "&Suggest deleting archived reports…"),
                self.suggestion_settings,
            )
        )
        self.show_suggestions()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _selected(self, report_id: int | None):
        report_id = report_id if report_id is not None else self.window.selected_report_id()
        if report_id is None:
            self.window.show_error(
                QCoreApplication.translate("DataMenus", "Choose a report in the list first.")
            )
            return None
        return reports.get_report(self.store, report_id)

    # File ---------------------------------------------------------------------------

    def import_team(self, path: Path | None = None):
        from opd_desktop.ui.roster_import_dialog import RosterImportDialog, choose_roster_file

        path = path or choose_roster_file(self.window)
        if path is None:
            return None
        dialog = RosterImportDialog(self.store, path, self.window)
        if dialog.exec() and dialog.added:
            self.window.statusBar().showMessage(
                english_plural(
                    QCoreApplication.translate(
                        "DataMenus", "Added %n person(s) to your team.", "", dialog.added
                    ),
                    dialog.added,
                ),
                10000,
            )
        return dialog

    def export_everything(self, path: Path | None = None) -> Path | None:
        from opd_desktop.services.json_export import export_json

        if path is None:
            suggested = Path.home() / f"opd-export-{dt.date.today():%Y%m%d}.json"
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("DataMenus", "Export everything"),
                str(suggested),
                QCoreApplication.translate("DataMenus", "JSON files (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        self.window.autosaver.flush()
        target = path
        outcome = self.actions.run_slow(
            lambda store: export_json(store, target),
            label=QCoreApplication.translate("DataMenus", "Exporting everything…"),
        )
        if not outcome:
            return None
        result = outcome.value
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("DataMenus", "Exported"),
            QCoreApplication.translate(
                "DataMenus",
                "Wrote {path} ({summary}).\n\nThe file holds your private notes as readable text: keep it as safe as the app's own data.",  # noqa: E501
            ).format(path=result.path, summary=export_summary(result.counts)),
        )
        return result.path

    def import_handover(self, path: Path | None = None, passphrase: str | None = None) -> int | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("DataMenus", "Import a handed-over report"),
                str(Path.home()),
                handover_filter(),
            )
            if not name:
                return None
            path = Path(name)
        encrypted = self.actions.run(lambda: handover.is_encrypted(path))
        if not encrypted:
            return None
        if encrypted.value and passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("DataMenus", "Encrypted handover file"),
                QCoreApplication.translate("DataMenus", "The passphrase the previous manager chose:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        secret = passphrase
        read = self.actions.run_slow(
            lambda store: handover.preview(store, path, secret),
            label=QCoreApplication.translate("DataMenus", "Reading the handover file…"),
        )
        if not read:
            return None
        seen = read.value
        new_name = None
        if seen.clash:
            new_name, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("DataMenus", "Name already on your team"),
                QCoreApplication.translate(
                    "DataMenus", "{name} is already on your team. Import the record under another name:"
                ).format(name=seen.name),
                text=f"{seen.name} (2)",
            )
            if not ok:
                return None
        elif (
            QMessageBox.question(
                self.window,
                QCoreApplication.translate("DataMenus", "Import a handed-over report"),
                QCoreApplication.translate("DataMenus", "{description}\n\nAdd them?").format(
                    description=describe_handover(seen.name, seen.counts, seen.private_included)
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        done = self.actions.run_slow(
            lambda store: handover.import_report(store, path, new_name=new_name, passphrase=secret),
            label=QCoreApplication.translate("DataMenus", "Importing the report…"),
        )
        if not done:
            return None
        imported = done.value
        self.window.select_report(imported.report_id)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("DataMenus", "Added {name} to your team.").format(name=imported.name),
            10000,
        )
        return imported.report_id

    # Report -------------------------------------------------------------------------

    def hand_over(self, report_id: int | None = None, *, show: bool = True):
        from opd_desktop.ui.handover_dialog import HandoverDialog

        report = self._selected(report_id)
        if report is None:
            return None
        self.window.autosaver.flush()
        dialog = HandoverDialog(self.store, report, self.window)
        if show and dialog.exec() and dialog.written is not None:
            self._after_handover(report, dialog.written)
        return dialog

    def _after_handover(self, report, written: handover.HandoverFile) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("DataMenus", "Handed over"))
        box.setText(
            QCoreApplication.translate("DataMenus", "Wrote {path}.\n\n{v1}").format(
                path=written.path,
                v1=describe_handover(written.name, written.counts, written.private_included),
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "DataMenus", "You may now archive {name} or delete them permanently."
            ).format(name=report.name)
        )
        archive = box.addButton(
            QCoreApplication.translate("DataMenus", "&Archive"), QMessageBox.ButtonRole.AcceptRole
        )
        delete = box.addButton(
            QCoreApplication.translate("DataMenus", "&Delete permanently…"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QCoreApplication.translate("DataMenus", "&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is archive and not report.archived:
            if self.actions.run(lambda: reports.archive_report(self.store, report.id)):
                self.window.show_home()
        elif box.clickedButton() is delete:
            self.delete_permanently(report.id)

    def delete_permanently(self, report_id: int | None = None, *, show: bool = True):
        from opd_desktop.ui.purge_dialog import PurgeDialog, PurgeResultDialog

        report = self._selected(report_id)
        if report is None:
            return None
        self.window.autosaver.flush()
        dialog = PurgeDialog(self.store, report, self.window)
        if not show:
            return dialog
        if not dialog.exec() or dialog.result is None:
            return dialog
        self.window.show_home()
        PurgeResultDialog(dialog.result, self.window).exec()
        return dialog

    def suggestion_settings(self) -> None:
        months, ok = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("DataMenus", "Suggest deleting archived reports"),
            QCoreApplication.translate(
                "DataMenus",
                "Suggest deleting reports archived longer than this many months (0: never suggest):",
            ),
            purge.suggest_after_months(self.store),
            0,
            120,
        )
        if ok and self.actions.run(lambda: purge.set_suggest_after_months(self.store, months)):
            self.show_suggestions()

    def show_suggestions(self) -> list[tuple[str, int, dt.date]]:
        """A status-bar note naming the reports archived longer than the setting."""
        found = purge.suggestions(self.store)
        if found:
            names = ", ".join(name for name, _id, _on in found[:3]) + ("…" if len(found) > 3 else "")
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "DataMenus",
                    "Archived for more than {months} months: {names}. Consider Report → Delete permanently…",
                ).format(months=purge.suggest_after_months(self.store), names=names),
                30000,
            )
        return found
