"""The rhythm in the main window, installed by one call: Search (Ctrl+K) and
opening a result where it was written, File → Export calendar…, the schedule
and reminder settings, a report's cadence, and the reminders with their
in-app banner.

Together mode (the employee looking at the screen) calls
`set_suppressed(True)`: reminders and search stay hidden until it is turned
off again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMenu, QPlainTextEdit, QScrollArea, QWidget

from opd_desktop.core import folding
from opd_desktop.errors import OpdError
from opd_desktop.services.search import CONVERSATION_SECTION, Hit
from opd_desktop.ui.reminders import ReminderBanner, ReminderController

if TYPE_CHECKING:
    from opd_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

START_REMINDERS_AFTER_MS = 1500  # after the first paint


def _menu(window: MainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _before(menu: QMenu, text: str) -> QAction | None:
    return next((a for a in menu.actions() if a.text().replace("&", "").startswith(text)), None)


class RhythmController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.suppressed = False
        self.dialog = None
        self.banner = ReminderBanner()
        window.ui.layout().insertWidget(0, self.banner)
        self.banner.open_requested.connect(self.open_conversation)
        self.reminders = ReminderController(self.store, self.banner, self)
        self._install_actions()

    def start(self) -> None:
        """Start the reminders shortly after the first paint (the app calls this;
        tests and the smoke run do not)."""
        QTimer.singleShot(START_REMINDERS_AFTER_MS, self, self._start_reminders)

    def _start_reminders(self) -> None:
        if not self.window.store_closed:
            self.reminders.start()

    def _install_actions(self) -> None:
        window = self.window
        self.search_action = QAction(QCoreApplication.translate("RhythmUi", "&Search…"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setToolTip(
            QCoreApplication.translate(
                "RhythmUi", "Find notes, recaps, action items, ideas, profiles and plans"
            )
        )
        self.search_action.triggered.connect(self.open_search)
        window.addAction(self.search_action)  # works even when the menu bar is hidden
        self.calendar_action = QAction(QCoreApplication.translate("RhythmUi", "Export &calendar…"), window)
        self.calendar_action.triggered.connect(self.export_calendar)
        self.settings_action = QAction(
            QCoreApplication.translate("RhythmUi", "Schedule and &reminders…"), window
        )
        self.settings_action.triggered.connect(self.edit_settings)
        self.cadence_action = QAction(
            QCoreApplication.translate("RhythmUi", "Ca&dence of this report…"), window
        )
        self.cadence_action.triggered.connect(self.edit_cadence)
        file_menu = _menu(window, "File")
        if file_menu is not None:
            anchor = _before(file_menu, "Print")
            for action in (self.calendar_action, self.settings_action, self.cadence_action):
                file_menu.insertAction(anchor, action)
            file_menu.insertSeparator(anchor)
        edit_menu = _menu(window, "Edit")
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.search_action)

    # Together mode --------------------------------------------------------------

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide reminders and search (together mode) or bring them back."""
        self.suppressed = suppressed
        self.reminders.set_suppressed(suppressed)
        self.search_action.setEnabled(not suppressed)
        if suppressed and self.dialog is not None:
            self.dialog.reject()

    # Search ---------------------------------------------------------------------

    def open_search(self):
        if self.suppressed:
            return None
        from opd_desktop.ui.search_dialog import SearchDialog

        self.window.autosaver.flush()  # what was just typed is findable
        if self.dialog is None:
            self.dialog = SearchDialog(self.store, self.window)
            self.dialog.open_requested.connect(self.open_hit)
        self.dialog.field.selectAll()
        self.dialog.field.setFocus()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_hit(self, hit: Hit) -> None:
        """Open the report's page where the hit was written, with the match shown."""
        window = self.window
        if hit.section == CONVERSATION_SECTION and hit.conversation_id is not None:
            window.select_report(hit.report_id, hit.conversation_id)
            view = window.report_page.view
            if view is None:
                return
            editor = self._editor_for(view, hit.field)
            if editor is not None:
                reveal(editor, hit.terms)
            return
        window.select_report(hit.report_id)
        window.report_page.show_section(hit.section)
        page = window.report_page.section(hit.section)
        reveal_in_page(page, hit.text)

    def _editor_for(self, view, field: str | None) -> QPlainTextEdit | None:
        from opd_desktop.services.notes import PREP_KEY

        if field in ("summary", "recap", "next_steps"):
            view.focus_tab(2)
            return getattr(view.wrap_up, field, None)
        if field == PREP_KEY:
            view.focus_tab(0)
            return view.prep_editor
        view.focus_tab(1)
        return view.item_editors.get(field or "")

    def open_conversation(self, conversation_id: int) -> None:
        from opd_desktop.services.conversations import get_conversation

        try:
            conversation = get_conversation(self.store, conversation_id)
        except OpdError:
            return
        self.window.select_report(conversation.report_id, conversation.id)

    # Calendar, settings, cadence ---------------------------------------------------

    def export_calendar(self):
        from opd_desktop.ui.calendar_ui import save_calendar

        return save_calendar(self.window, self.store, self.window.show_error)

    def edit_settings(self) -> None:
        from opd_desktop.ui.rhythm_settings_dialog import RhythmSettingsDialog

        RhythmSettingsDialog(self.store, self.window).exec()  # the overview follows the settings topic

    def edit_cadence(self) -> None:
        from opd_desktop.core.rhythm import DEFAULT_CADENCE_DAYS, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS
        from opd_desktop.services import reports

        report_id = self.window.selected_report_id()
        if report_id is None:
            self.window.show_error(
                QCoreApplication.translate(
                    "RhythmController", "Choose a report first: the cadence is set per report."
                )
            )
            return
        report = reports.get_report(self.store, report_id)
        days, ok = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("RhythmController", "Cadence"),
            QCoreApplication.translate(
                "RhythmController",
                "Days between {name}'s conversations (check-ins follow the cadence agreed in conversation 7):",  # noqa: E501
            ).format(name=report.name),
            report.cadence_days or DEFAULT_CADENCE_DAYS,
            MIN_CADENCE_DAYS,
            MAX_CADENCE_DAYS,
        )
        if ok:
            self.window.actions.run(lambda: reports.set_cadence(self.store, report_id, days))


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt (UTF-16) position."""
    return len(text[:index].encode("utf-16-le")) // 2


def reveal(editor: QPlainTextEdit, terms: list[str] | tuple[str, ...]) -> None:
    """Select the first match of the searched words in the editor, scroll it
    into view and focus it."""
    text = editor.toPlainText()
    spans = folding.match_spans(text, list(terms))
    start, end = spans[0] if spans else (0, 0)
    cursor = editor.textCursor()
    cursor.setPosition(_utf16(text, start))
    cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    _scroll_to(editor)
    editor.setFocus()


def _scroll_to(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 80)
            return
        parent = parent.parentWidget()


def reveal_in_page(page: QWidget, found_text: str) -> None:
    """On a profile, plan or follow-through page: select the row or scroll to
    the label that shows the text."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    needle = folding.fold(found_text.split(" — ")[0])[:60]
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models keep columnCount private
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            for column in range(max(1, columns)):
                index = model.index(row, column)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and needle and needle in folding.fold(value):
                    view.setCurrentIndex(index)
                    view.scrollTo(index)
                    _scroll_to(view)
                    view.setFocus()
                    return
    for label in page.findChildren(QLabel):
        if needle and needle in folding.fold(label.text()):
            _scroll_to(label)
            return
