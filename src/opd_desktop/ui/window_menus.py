"""The main window's menu bar: File, Backup, Edit, View (with Theme), the data
moves (File and Report) and Help, each entry with its shortcut. The texts are
marked here and translated in the main window's context when the menus are built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from opd_desktop.ui import shortcuts, theme

if TYPE_CHECKING:
    from opd_desktop.ui.main_window import MainWindow

SEPARATOR = None
Entry = tuple[str, object, Callable] | None  # (marked text, shortcut, slot), or a separator

THEME_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&System"),
    QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
)
TAB_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "Prepare tab"),
    QT_TRANSLATE_NOOP("MainWindow", "Conduct tab"),
    QT_TRANSLATE_NOOP("MainWindow", "Wrap-up tab"),
)


def translated(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_action(window: MainWindow, menu: QMenu, text: str, shortcut, slot: Callable) -> QAction:
    """An entry of `menu` with the translation of `text` that calls `slot`."""
    action = QAction(translated(text), window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _fill(window: MainWindow, menu: QMenu, entries: list[Entry]) -> None:
    for entry in entries:
        if entry is SEPARATOR:
            menu.addSeparator()
        else:
            add_action(window, menu, *entry)


def build_menus(window: MainWindow, *, data_moves: bool = True) -> None:
    """Every menu; `data_moves=False` leaves the data moves to `install_data_menus`
    (the app's start adds them one turn after the first paint)."""
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _fill(w, file_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "&New report…"), QKeySequence.StandardKey.New, w.add_report),
        (QT_TRANSLATE_NOOP("MainWindow", "&Edit report…"), "Ctrl+E", w.edit_report),
        SEPARATOR,
        (QT_TRANSLATE_NOOP("MainWindow", "&Print…"), QKeySequence.StandardKey.Print, w.print_current),
        SEPARATOR,
        (QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, w.close),
    ])  # fmt: skip
    backup_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Backup"))
    _fill(w, backup_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "Back up &now"), "Ctrl+B", lambda: w.backups.backup_now()),
        (QT_TRANSLATE_NOOP("MainWindow", "&Restore…"), None, w.backups.choose_restore),
        SEPARATOR,
        (QT_TRANSLATE_NOOP("MainWindow", "Backup &settings…"), None, w.backups.settings_dialog),
    ])  # fmt: skip
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _fill(w, edit_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "&Undo"), QKeySequence.StandardKey.Undo,
         lambda: w._editor_call("undo")),
        (QT_TRANSLATE_NOOP("MainWindow", "&Redo"), QKeySequence.StandardKey.Redo,
         lambda: w._editor_call("redo")),
    ])  # fmt: skip
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    _fill(w, view_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "Team &overview"), shortcuts.team_overview_key(), w.show_home),
        (QT_TRANSLATE_NOOP("MainWindow", "&Filter reports"), QKeySequence.StandardKey.Find, w.focus_filter),
        (QT_TRANSLATE_NOOP("MainWindow", "&Next report"), "Alt+Down", lambda: w.move_report(1)),
        (QT_TRANSLATE_NOOP("MainWindow", "&Previous report"), "Alt+Up", lambda: w.move_report(-1)),
        SEPARATOR,
    ])  # fmt: skip
    build_theme_menu(w, view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme")))
    view_menu.addSeparator()
    view_menu.addAction(w.together.action)
    _fill(w, view_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "Next conversation"), "Ctrl+PgDown",
         lambda: w.report_page.move_conversation(1)),
        (QT_TRANSLATE_NOOP("MainWindow", "Previous conversation"), "Ctrl+PgUp",
         lambda: w.report_page.move_conversation(-1)),
        *[(text, f"Ctrl+{i + 1}", lambda _=False, i=i: w.show_tab(i)) for i, text in enumerate(TAB_TEXTS)],
        (QT_TRANSLATE_NOOP("MainWindow", "&Quick capture"), shortcuts.QUICK_CAPTURE_KEY, w.quick_capture),
    ])  # fmt: skip
    preferences = add_action(
        w, edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Pre&ferences…"), None, w.show_preferences
    )
    preferences.setShortcuts(shortcuts.preferences_keys())
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.file_menu = file_menu
    if data_moves:
        install_data_menus(w)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    w.help_menu = help_menu
    _fill(w, help_menu, [
        (QT_TRANSLATE_NOOP("MainWindow", "The &method"), None, w.show_method),
        (QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), None, w.show_shortcuts),
        SEPARATOR,
        (QT_TRANSLATE_NOOP("MainWindow", "&About OPD Desktop"), None, w.show_about),
    ])  # fmt: skip


def install_data_menus(window: MainWindow) -> None:
    """File → Import team…, Export everything…, Import a handed-over report… and the
    Report menu (kept before Help)."""
    from opd_desktop.ui.data_menus import DataMenus

    bar = window.menuBar()
    before = list(bar.actions())
    window.data_menus = DataMenus(window)
    window.data_menus.install(bar, window.file_menu)
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        for added in [a for a in bar.actions() if a not in before]:
            bar.insertAction(help_menu.menuAction(), added)  # moved before Help


def build_theme_menu(window: MainWindow, menu: QMenu) -> None:
    """View → Theme: System, Light or Dark, one checked; remembered by the window."""
    from PySide6.QtGui import QActionGroup

    group = QActionGroup(window)
    group.setExclusive(True)
    window.theme_actions = {}
    for name, text in zip(theme.MODES, THEME_TEXTS, strict=True):
        action = QAction(translated(text), window, checkable=True)
        action.triggered.connect(lambda _=False, n=name: window.set_theme(n))
        group.addAction(action)
        menu.addAction(action)
        window.theme_actions[name] = action
    window.theme_actions[theme.mode()].setChecked(True)
    theme.notifier().changed.connect(window._theme_changed)
