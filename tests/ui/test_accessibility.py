"""Every interactive widget on every page has an accessible name — what a
screen reader says — equal to its visible label where it has one."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from opd_desktop.services import reports
from opd_desktop.ui.accessibility import is_interactive, name_widgets, plain, visible_label


def unnamed(root: QWidget) -> list[str]:
    """Problems under `root`: interactive widgets without a name, or named unlike their label."""
    QApplication.processEvents()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget) or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        # combo and spin boxes: on Linux Qt reports their value as the name and the label
        # through a relation; the accessible name set on the widget is what we control
        name = plain(widget.accessibleName() or (interface.text(QAccessible.Text.Name) if interface else ""))
        label = visible_label(widget)
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
        if not name:
            problems.append(f"{where}: no accessible name")
        elif label and name != label:
            problems.append(f"{where}: named {name!r} but labelled {label!r}")
    return problems


def pages_of(window, store) -> list[QWidget]:
    """Every page and tab of the main window, each shown once."""
    shown: list[QWidget] = []
    window.show_home()
    tabs = window.home.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shown.append(tabs.currentWidget())
    tabs.setCurrentIndex(0)
    shown.append(window)
    for person in reports.list_reports(store)[:2]:
        window.select_report(person.id)
        page = window.report_page
        for index in (1, 2, 3):
            page.show_section(index)
            shown.append(page.section(index))
        page.show_section(0)
        for tab in range(3):
            page.view.focus_tab(tab)
            shown.append(page.view)
    return shown


def test_together_mode_names_its_controls(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.select_report(reports.list_reports(demo_store)[0].id)
    assert window.together.enter()
    problems = unnamed(window.together.view)
    window.together.leave()
    assert not problems, "\n".join(problems)


def test_status_changes_are_announced(qtbot, store, window_factory, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    heard: list[tuple[object, str]] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: heard.append((event.object(), event.type()))),
    )
    window = window_factory(store)
    window.autosaver.saved.emit("10:42")
    window.autosaver.failed.emit("disk full")
    window._show_backup_status("Backup failed: the folder is missing", True)
    window.rhythm.reminders.notify("Conversation tomorrow", "Zoë Martin at 10:00")
    objects = [obj for obj, _type in heard]
    assert objects.count(window.save_label) == 2 and window.backup_label in objects
    assert window.rhythm.reminders.banner.label in objects


def test_every_page_names_its_controls(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    problems: list[str] = []
    for page in pages_of(window, demo_store):
        problems += unnamed(page)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_every_dialog_names_its_controls(qtbot, store, window_factory) -> None:
    from opd_desktop.core.guides import default_guides
    from opd_desktop.ui.backup_ui import BackupSettingsDialog
    from opd_desktop.ui.first_run import FirstRunDialog
    from opd_desktop.ui.help_dialogs import MethodDialog, ShortcutsDialog
    from opd_desktop.ui.preferences_dialog import PreferencesDialog
    from opd_desktop.ui.report_dialog import ReportDialog

    window = window_factory(store)
    first_run = FirstRunDialog(store, default_guides(), window, window.actions)
    dialogs = [
        PreferencesDialog(store, window, lambda: None),
        ReportDialog(store, parent=window),
        BackupSettingsDialog(store, window),
        ShortcutsDialog(window),
        MethodDialog(default_guides(), window),
    ]
    problems: list[str] = []
    for step in range(4):
        first_run.go(step)
        first_run.show()
        problems += unnamed(first_run)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += unnamed(dialog)
    first_run.close()
    assert not problems, "\n".join(problems)


def test_labels_become_buddies_and_unlabelled_fields_take_their_placeholder(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    form = QFormLayout()
    named = QLineEdit()
    form.addRow("Your &name:", named)
    layout.addLayout(form)
    above = QLabel("Team")
    below = QLineEdit()
    layout.addWidget(above)
    layout.addWidget(below)
    loose = QLineEdit()
    loose.setPlaceholderText("Type and press Enter to capture")
    layout.addWidget(loose)
    name_widgets(root)
    assert visible_label(named) == "Your name"
    assert above.buddy() is below
    assert loose.accessibleName() == "Type and press Enter to capture"
    assert unnamed(root) == []


def test_tooltips_become_descriptions(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.select_report(reports.list_reports(demo_store)[0].id)
    QApplication.processEvents()
    button = window.report_page.view.agenda_button
    assert button.accessibleDescription() == plain(button.toolTip()) != ""


def test_the_shortcuts_list_holds_every_menu_shortcut(qtbot, store, window_factory) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from opd_desktop.ui.help_dialogs import ShortcutsDialog

    window = window_factory(store)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.text():
                assert any(key.toString(QKeySequence.SequenceFormat.NativeText) in keys for keys in listed), (
                    action.text()
                )
    assert any("Ctrl+J" in keys for keys in listed) and any("Ctrl+," in keys for keys in listed)
