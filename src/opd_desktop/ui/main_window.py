"""The main window: roster on the left, team overview or a report's journey
and conversation on the right. Changes go through services; the window
refreshes from the store's change notifications."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from opd_desktop.core.changes import Topic
from opd_desktop.core.folding import fold
from opd_desktop.errors import OpdError
from opd_desktop.services import reports
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.actions import Actions
from opd_desktop.ui.autosave import Autosaver
from opd_desktop.ui.backup_ui import BackupController
from opd_desktop.ui.changes import ChangeBus
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.first_paint import PREFERRED_SIZE, FirstPaint, GuidesOnFirstUse, first_size, fit_to_screen
from opd_desktop.ui.forms import load_form
from opd_desktop.ui.models import ReportIdRole, RosterModel
from opd_desktop.ui.roster_panel import ROSTER_TOPICS, RosterProxy, set_up_roster
from opd_desktop.ui.together_mode import TogetherMode
from opd_desktop.ui.ui_state import UiState
from opd_desktop.ui.window_menus import build_menus, install_data_menus

__all__ = ["PREFERRED_SIZE", "ROSTER_TOPICS", "MainWindow", "RosterProxy", "first_size", "fit_to_screen"]

if TYPE_CHECKING:
    from opd_desktop.core.guides import GuideSet
    from opd_desktop.ui.report_page import ReportPage
    from opd_desktop.ui.rhythm_ui import RhythmController
    from opd_desktop.ui.team_page import TeamPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    reopen_requested = Signal(str)  # after a restore: open the data folder again, then show this message

    def __init__(self, store: Store, guides: GuideSet | None = None, *, paint_first: bool = False) -> None:
        """`paint_first` (the app's start): the first paint shows the roster's names;
        stages and the team overview are read one event-loop turn after it."""
        super().__init__()
        self.paint_first = paint_first
        self.store = store
        self.store_closed = False
        self.refused = False  # the start-up check failed: nothing is written
        self.guides = guides or GuidesOnFirstUse()  # read after the first paint, when first needed
        self.state = UiState(store.data_dir)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "OPD Desktop"))
        self.resize(first_size(self.screen().availableGeometry().size()))
        self.ui = load_form("main_window", self)
        self.setCentralWidget(self.ui)
        self.autosaver = Autosaver(self)
        self.save_label = QLabel(QCoreApplication.translate("MainWindow", "All changes saved"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)

        self.first_paint = FirstPaint(self)
        self.roster_model = RosterModel(self)
        view = self.ui.rosterView
        self.proxy = set_up_roster(view, self.roster_model, self)
        self.ui.rosterPanel.setMinimumWidth(240)  # 240–280 wide leaves room for the journey at 1280
        view.selectionModel().currentRowChanged.connect(self._on_roster_row)

        self.changes = ChangeBus(store, self)
        self.actions = Actions(store, self.changes, self, self.show_error, self.autosaver.flush)
        context = ScreenContext(
            store, self.guides, self.autosaver, self.show_error, self.actions, self.changes
        )
        self.context = context
        self.changes.subscribe(self.ui.rosterView, ROSTER_TOPICS, self._reload_roster)
        self._report_page: ReportPage | None = None  # built when a report is first opened
        self._home: TeamPage | None = None
        pages = self.ui.pages
        for old in (self.ui.homePage, self.ui.reportPage):
            pages.removeWidget(old)
            old.deleteLater()
        # The app's start paints the roster first: the team pages come one turn later
        # (the fill), in the place this empty page keeps for them.
        self._waiting_for_home: QWidget | None = QWidget() if paint_first else None
        if self._waiting_for_home is not None:
            pages.addWidget(self._waiting_for_home)
        else:
            self._build_home()

        self.ui.filterEdit.textChanged.connect(lambda text: self.proxy.setFilterFixedString(fold(text)))
        self.ui.homeButton.clicked.connect(self.show_home)
        self.ui.addButton.clicked.connect(self.add_report)
        self.ui.editButton.clicked.connect(self.edit_report)
        self.ui.archiveButton.clicked.connect(self.toggle_archive)
        self.ui.showArchivedCheck.toggled.connect(self._reload_roster)
        self.backups = BackupController(context, self, self.release_store)
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.backups.status_changed.connect(self._show_backup_status)
        self.backups.restore_finished.connect(self.restore_finished)
        if paint_first:  # the status bar's backup line is not part of the first paint
            self.after_first_paint(self.backups.publish)
        else:
            self.backups.publish()
        self.changes.subscribe(self.backup_label, (Topic.BACKUP, Topic.SETTINGS), self.backups.publish)
        self.together = TogetherMode(
            self, context, self._open_conversation_id, lambda: self.report_page.reload_conversation()
        )
        self.rhythm: RhythmController | None = None  # search, calendar, reminders
        build_menus(self, data_moves=not paint_first)
        if paint_first:  # what the first screen does not show: one turn after it
            self.after_first_paint(self._complete_menus)
        else:
            self._complete_menus(data_moves=False)
        self._restore_state()

    @property
    def home(self) -> TeamPage:
        """The team pages (overview, items, ideas, organization, return)."""
        if self._home is None:
            self._build_home()
        return self._home

    def _build_home(self) -> None:
        from opd_desktop.ui.team_page import TeamPage

        home = TeamPage(self.context)
        home.report_requested.connect(self.select_report)
        home.overview.add_requested.connect(self.add_report)
        home.conversation_requested.connect(self.select_report)
        self._home = home
        pages = self.ui.pages
        pages.addWidget(home)
        waiting, self._waiting_for_home = self._waiting_for_home, None
        if waiting is not None:
            if pages.currentWidget() is waiting:
                pages.setCurrentWidget(home)  # shown: the overview reads the team now
            pages.removeWidget(waiting)
            waiting.deleteLater()

    def _complete_menus(self, *, data_moves: bool = True) -> None:
        """The data moves (File, Report) and the rhythm (search, calendar, reminders)."""
        from opd_desktop.ui.rhythm_ui import RhythmController

        if data_moves:
            install_data_menus(self)
        self.rhythm = RhythmController(self)
        self.together.changed.connect(self.rhythm.set_suppressed)  # hidden while together mode is on

    @property
    def report_page(self) -> ReportPage:
        """A report's page, built (and its modules imported) the first time it is needed."""
        if self._report_page is None:
            from opd_desktop.ui.report_page import ReportPage

            page = ReportPage(self.context)
            page.report_removed.connect(self.show_home)
            page.conversation_opened.connect(lambda cid: self.state.set("last_conversation", cid))
            page.together_requested.connect(self.together.toggle)
            inner = self.state.value("report_splitter")
            if inner is not None:
                page.splitter.restoreState(inner)
            self.ui.pages.addWidget(page)
            self._report_page = page
        return self._report_page

    def after_first_paint(self, callback: Callable[[], None], *, first: bool = False) -> None:
        """Run `callback` one event-loop turn after the window was first painted
        (`first`: before the callbacks already waiting, such as the fill)."""
        self.first_paint.add(callback, first=first)

    # Menus (built by window_menus) ----------------------------------------------

    def quick_capture(self) -> None:
        """Ctrl+J: the open conversation's quick capture bar (under its Conduct tab)."""
        if self.report_page.view is not None and self.ui.pages.currentWidget() is self.report_page:
            self.report_page.show_section(0)
            self.report_page.view.focus_capture()

    def show_preferences(self) -> None:
        from opd_desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.store, self, self.backups.settings_dialog)
        if dialog.exec() and dialog.saved is not None:
            self.set_theme(dialog.chosen_theme())  # one source of truth: ui-state.ini, as View → Theme

    def show_method(self) -> None:
        from opd_desktop.ui.help_dialogs import MethodDialog

        MethodDialog(self.guides, self).exec()

    def show_shortcuts(self) -> None:
        from opd_desktop.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def set_theme(self, name: str) -> None:
        """View → Theme: System, Light or Dark, live; remembered for the next start."""
        from PySide6.QtWidgets import QApplication

        theme.set_mode(QApplication.instance(), name)
        self.theme_actions[theme.mode()].setChecked(True)
        self.state.set("theme", theme.mode())

    def _theme_changed(self, _dark: bool) -> None:
        """Rich text carries its colours: every page renders again in the new scheme."""
        if self.store_closed or self.changes.closed:  # closed, or replaced after a restore
            return
        self.changes.refresh_all()
        self.backups.publish()
        for widget in self.findChildren(QWidget):
            refresh = getattr(widget, "theme_changed", None)
            if callable(refresh):
                refresh()
        self.ui.rosterView.viewport().update()

    def show_about(self) -> None:
        from opd_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.store.data_dir, self).exec()

    def _open_conversation_id(self) -> int | None:
        if self._report_page is None:
            return None
        view = self.report_page.view
        if view is None or self.ui.pages.currentWidget() is not self.report_page:
            return None
        return view.conversation.id

    def _editor_call(self, method: str) -> None:
        widget = self.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # Roster -------------------------------------------------------------------

    def _reload_roster(self) -> None:
        if self.store_closed:  # a refresh queued just before a restore closed the store
            return
        selected = self.selected_report_id()
        entries = reports.list_roster(self.store, include_archived=self.ui.showArchivedCheck.isChecked())
        self.roster_model.set_entries(entries)
        if selected is not None:
            self._select_row(selected)

    def selected_report_id(self) -> int | None:
        index = self.ui.rosterView.currentIndex()
        return index.data(ReportIdRole) if index.isValid() else None

    def _select_row(self, report_id: int) -> bool:
        row = self.roster_model.row_of(report_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.roster_model.index(row, 0))
        if not proxy_index.isValid():
            return False
        view = self.ui.rosterView
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(proxy_index)
        view.selectionModel().blockSignals(False)
        return True

    def select_report(self, report_id: int, conversation_id: int | None = None) -> None:
        if self.roster_model.row_of(report_id) is None:
            self.ui.showArchivedCheck.setChecked(True)
        self.ui.filterEdit.clear()
        self._select_row(report_id)
        self._open_report(report_id, conversation_id)

    def _on_roster_row(self, current, _previous) -> None:
        if current.isValid():
            self._open_report(current.data(ReportIdRole))

    def _open_report(self, report_id: int, conversation_id: int | None = None) -> None:
        self.autosaver.flush()
        self.ui.pages.setCurrentWidget(self.report_page)
        self.report_page.show_report(report_id, conversation_id)
        self.state.set("last_report", report_id)
        self._update_buttons()

    def show_home(self) -> None:
        self.autosaver.flush()
        self.ui.rosterView.clearSelection()
        self.ui.rosterView.setCurrentIndex(self.proxy.index(-1, -1))
        self.ui.pages.setCurrentWidget(self._home if self._home is not None else self._waiting_for_home)
        self.state.set("last_report", "")
        self._update_buttons()

    def move_report(self, step: int) -> None:
        view = self.ui.rosterView
        row = view.currentIndex().row() + step if view.currentIndex().isValid() else 0
        if 0 <= row < self.proxy.rowCount():
            view.setCurrentIndex(self.proxy.index(row, 0))

    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def show_tab(self, index: int) -> None:
        if self._report_page is None:
            return
        if self.report_page.view is not None and self.ui.pages.currentWidget() is self.report_page:
            self.report_page.view.focus_tab(index)

    def _update_buttons(self) -> None:
        report_id = self.selected_report_id()
        self.ui.editButton.setEnabled(report_id is not None)
        self.ui.archiveButton.setEnabled(report_id is not None)
        if report_id is not None:
            archived = self.roster_model.entry(self.roster_model.row_of(report_id)).report.archived
            self.ui.archiveButton.setText(
                QCoreApplication.translate("MainWindow", "Restore")
                if archived
                else QCoreApplication.translate("MainWindow", "Archive")
            )

    # Actions --------------------------------------------------------------------

    def add_report(self) -> None:
        from opd_desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.store, parent=self)
        if dialog.exec() and dialog.saved_report:
            self.select_report(dialog.saved_report.id)

    def edit_report(self) -> None:
        report_id = self.selected_report_id()
        if report_id is None:
            return
        from opd_desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.store, reports.get_report(self.store, report_id), parent=self)
        dialog.exec()

    def toggle_archive(self) -> None:
        report_id = self.selected_report_id()
        if report_id is None:
            return
        report = reports.get_report(self.store, report_id)
        if report.archived:
            self.actions.run(lambda: reports.restore_report(self.store, report_id))
            self._update_buttons()
            return
        self.autosaver.flush()
        from opd_desktop.ui.archive_dialog import ask_and_archive

        if ask_and_archive(self, self.store, self.actions, report):
            self.show_home()

    def print_current(self):
        """Ctrl+P: preview the document of what is on screen, then print it."""
        page = self._report_page
        if page is None or self.ui.pages.currentWidget() is not page or page.report_id is None:
            self.show_error(
                QCoreApplication.translate(
                    "MainWindow",
                    "Choose a report first: Ctrl+P prints the agenda of the open conversation "
                    "or the development plan.",
                )
            )
            return None
        if page.current_section() == 2:
            dialog = page.section(2).export_pdf()
        elif page.view is not None:
            dialog = page.view.export_document("agenda")  # i18n: not shown
        else:
            return None
        if dialog is not None:
            QTimer.singleShot(0, dialog.print_pages)
        return dialog

    def bring_to_front(self) -> None:
        """A second `opd-desktop` on this data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    def warn_if_open_to_others(self) -> None:
        """Once per folder mode: say in the status bar that others can read the folder."""
        from opd_desktop.services import folder_privacy

        try:
            message = folder_privacy.warning_once(self.store)
        except OpdError:
            return
        if message:
            self.statusBar().showMessage(f"⚠ {message[0].upper()}{message[1:]}")

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "OPD Desktop"), message)

    def _saved(self, at: str) -> None:
        self.save_label.setText(QCoreApplication.translate("MainWindow", "Saved at {at}").format(at=at))
        _announce(self.save_label, self.save_label.text())

    def _save_failed(self, message: str) -> None:
        retrying = QCoreApplication.translate("MainWindow", "Not saved — retrying")
        self.save_label.setText(theme.span(retrying, theme.Role.DANGER))
        problem = QCoreApplication.translate("MainWindow", "Could not save: {message}").format(
            message=message
        )
        self.statusBar().showMessage(problem, 10000)
        _announce(
            self.save_label,
            QCoreApplication.translate(
                "MainWindow", "Not saved — retrying. Could not save: {message}"
            ).format(message=message),
        )

    # State ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        chosen = self.state.value("theme")
        if chosen in theme.MODES and chosen != theme.mode():
            self.set_theme(chosen)
        geometry = self.state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)
        splitter = self.state.value("splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([300, max(600, self.width() - 300)])
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        if self.paint_first:
            self.ui.showArchivedCheck.blockSignals(True)
        self.ui.showArchivedCheck.setChecked(self.state.value("show_archived", "false") == "true")
        self.ui.showArchivedCheck.blockSignals(False)
        if self.paint_first:
            archived = self.ui.showArchivedCheck.isChecked()
            self.roster_model.set_reports(reports.list_reports(self.store, include_archived=archived))
            self.after_first_paint(self._fill_after_first_paint)
        else:
            self._reload_roster()
        last = self.state.int_value("last_report")
        if last is not None and self.roster_model.row_of(last) is not None:
            conversation = self.state.int_value("last_conversation")
            if self.paint_first:  # the window first, then the report it was left on
                self._select_row(last)
                self.after_first_paint(lambda: self.select_report(last, conversation))
            else:
                self.select_report(last, conversation)
        else:
            self.show_home()

    def _fill_after_first_paint(self) -> None:
        if self.store_closed:
            return
        self._reload_roster()
        self._update_buttons()
        if self._home is None:
            self._build_home()  # on screen: the overview fills as it is shown
        else:
            self.home.overview.fill_held()

    def save_state(self) -> None:
        self.state.set("geometry", self.saveGeometry())
        self.state.set("splitter", self.ui.splitter.saveState())
        if self._report_page is not None:
            self.state.set("report_splitter", self._report_page.splitter.saveState())
        self.state.set("show_archived", "true" if self.ui.showArchivedCheck.isChecked() else "false")
        self.state.sync()

    def _show_backup_status(self, message: str, attention: bool) -> None:
        import html

        self.backup_label.setText(
            theme.span(f"⚠ {html.escape(message)}", theme.Role.DANGER) if attention else message
        )
        _announce(self.backup_label, message)

    def release_store(self) -> None:
        """Before a restore: save what was typed, stop listening, close the database."""
        self.autosaver.flush()
        self.save_state()
        self.changes.close()
        if self.rhythm is not None:
            self.rhythm.reminders.stop()
        self.store.close()
        self.store_closed = True

    def restore_finished(self, message: str, _result: object) -> None:
        """The restore is over (done or refused): ask to be reopened on the data folder."""
        self.reopen_requested.emit(message)

    def refuse_writes(self) -> None:
        """The start-up check found the database damaged: from now on nothing is
        saved (typed text included) and closing writes nothing but the window's layout."""
        self.refused = True
        self.autosaver.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store_closed:  # replaced after a restore
            return event.accept()
        if self.refused:
            self.save_state()
            self.changes.close()
            return event.accept()
        if not self.autosaver.flush():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Not saved"),
                QCoreApplication.translate(
                    "MainWindow", "Your latest changes could not be saved. Close anyway and lose them?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.save_state()
        if self.rhythm is not None:
            self.rhythm.reminders.stop()
        self.backups.on_quit()  # on a worker: the window closes now
        self.changes.close()
        event.accept()


def _announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology about a status change (the accessibility module
    loads after the first paint, not on the way to it)."""
    from opd_desktop.ui.accessibility import announce

    announce(widget, text)
