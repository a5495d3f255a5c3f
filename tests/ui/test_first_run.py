"""The first run from an empty folder, and Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from opd_desktop.core.guides import default_guides
from opd_desktop.errors import ValidationError
from opd_desktop.services import organization, preferences, reports, settings
from opd_desktop.store.database import open_store
from opd_desktop.ui.first_run import FirstRunDialog, demo_folder


def test_first_run_from_an_empty_folder_reaches_a_usable_overview(
    qtbot, tmp_path, window_factory, answer_dialogs, monkeypatch
) -> None:
    store = open_store(tmp_path / "new")
    assert preferences.needs_first_run(store)
    window = window_factory(store)
    dialog = FirstRunDialog(store, default_guides(), window, window.actions)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "seven conversations" in dialog.pages.widget(0).findChildren(type(dialog.step_label))[1].text()
    dialog.next_button.click()  # Start
    assert dialog.pages.currentIndex() == dialog.NAME
    dialog.name.setText("Łukasz Żółć")
    dialog.next_button.click()
    assert settings.manager_name(store) == "Łukasz Żółć"
    assert dialog.pages.currentIndex() == dialog.TEAM

    from opd_desktop.ui.report_dialog import ReportDialog

    def add(self) -> int:  # the report dialog, filled as a person would
        self.ui.nameEdit.setText("Zoë Martin")
        self.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", add)
    dialog.add_person_button.click()
    assert dialog.team_list.count() == 1 and dialog.team_list.item(0).text() == "Zoë Martin"
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == dialog.ORGANIZATION
    dialog.organization_fields["mission"].setPlainText("Care for محمد's customers")
    dialog.organization_fields["priorities"].setPlainText("Fewer, better releases")
    dialog.next_button.click()  # Finish
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = organization.read(store, "organization")
    assert saved["mission"] == "Care for محمد's customers"
    assert saved["priorities"] == "Fewer, better releases"
    assert not preferences.needs_first_run(store)
    # the overview is usable: the new person is on the roster and opens from the keyboard
    QApplication.processEvents()
    assert window.roster_model.rowCount() == 1
    window.move_report(1)
    assert window.report_page.name_label.text() == "Zoë Martin"


def test_every_step_can_be_skipped(qtbot, store) -> None:
    dialog = FirstRunDialog(store, default_guides())
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    for _ in range(3):
        dialog.skip_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.manager_name(store) == "" and not reports.list_reports(store)
    assert preferences.first_run_done(store) and not preferences.needs_first_run(store)


def test_first_run_is_keyboard_operable(qtbot, store) -> None:
    dialog = FirstRunDialog(store, default_guides())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Start (the default button)
    assert dialog.pages.currentIndex() == dialog.NAME
    assert QApplication.focusWidget() is dialog.name
    for char in "Sam":
        QTest.keyClick(dialog.name, char)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # Next
    assert settings.manager_name(store) == "Sam"
    assert dialog.pages.currentIndex() == dialog.TEAM


def test_demo_link_asks_for_the_demo_in_its_own_folder(qtbot, store) -> None:
    dialog = FirstRunDialog(store, default_guides())
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    dialog.demo_requested.connect(lambda: asked.append(True))
    dialog.demo_link.click()
    assert asked == [True]
    folder = demo_folder(store.data_dir)
    assert folder != store.data_dir and store.data_dir not in folder.parents


def test_demo_opens_in_its_own_window_and_folder(qtbot, tmp_path, messages) -> None:
    from opd_desktop.app import WindowHost
    from opd_desktop.services.demo import is_demo

    real = open_store(tmp_path / "real")
    host = WindowHost(QApplication.instance(), str(tmp_path / "real"), start_timers=False)
    host.open(real)
    qtbot.addWidget(host.window)
    host.open_demo(host.window)
    demo_store = host.demo_window.store
    assert is_demo(demo_store) and demo_store.data_dir != real.data_dir
    assert reports.list_reports(demo_store) and not reports.list_reports(real)
    from opd_desktop.instance.lock import FolderLock

    assert not FolderLock(demo_store.data_dir).try_acquire()  # the demo folder is held while open
    host.demo_window.close()
    qtbot.waitUntil(lambda: host.demo_window is None)
    again = FolderLock(demo_store.data_dir)
    assert again.try_acquire()  # and let go when its window closes
    again.release()
    host.window.close()
    host.window.release_store()  # closes `real` and stops what waits for the first paint


def test_preferences_round_trip_and_refusals(store) -> None:
    import datetime as dt

    from opd_desktop.services import rhythm

    assert preferences.load(store) == preferences.DEFAULTS
    chosen = preferences.Preferences(
        manager_name="Şükrü Yılmaz",
        writing_lines=5,
        rhythm=rhythm.RhythmSettings(
            working_days=frozenset({0, 1, 3}),
            meeting_time=dt.time(9, 30),
            remind_day_before=False,
            remind_hour_before=True,
            remind_summary=False,
        ),
    )
    saved = preferences.save(store, chosen)
    assert saved == chosen
    assert preferences.load(store) == saved
    assert settings.manager_name(store) == "Şükrü Yılmaz"
    assert rhythm.load_settings(store) == chosen.rhythm  # the rhythm's own settings, not a copy
    for bad in (
        {"rhythm": rhythm.RhythmSettings(working_days=frozenset())},
        {"writing_lines": 40},
        {"writing_lines": settings.WRITING_LINES_RANGE[0] - 1},
    ):
        with pytest.raises(ValidationError):
            preferences.save(store, preferences.Preferences(**{**saved.__dict__, **bad}))
    assert preferences.load(store) == saved  # nothing half-written
    # the paper's own setting (issue 17), not a copy of it
    assert settings.writing_lines(store) == 5 and store.meta(settings.WRITING_LINES_KEY) == "5"
    assert store.meta("setting.agenda_writing_lines") is None and store.meta("setting.theme") is None


def test_preferences_dialog_saves_and_shows_a_refusal(qtbot, store, window_factory) -> None:
    from opd_desktop.services import rhythm
    from opd_desktop.ui.preferences_dialog import PreferencesDialog

    window = window_factory(store)
    dialog = PreferencesDialog(store, window, lambda: None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Дмитрий")
    dialog.writing_lines.setValue(6)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.hour_before.setChecked(False)
    dialog.same_time.setChecked(False)
    for box in dialog.days.values():
        box.setChecked(False)
    dialog._save()
    assert dialog.error.isVisibleTo(dialog) and "working day" in dialog.error.text()
    dialog.days[0].setChecked(True)
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    prefs = preferences.load(store)
    assert prefs.manager_name == "Дмитрий" and prefs.rhythm.working_days == frozenset({0})
    assert prefs.writing_lines == 6 and dialog.chosen_theme() == "light"
    assert not rhythm.load_settings(store).remind_hour_before
    assert rhythm.load_settings(store).meeting_time is not None


def test_preferences_theme_is_view_theme(qtbot, store, window_factory, monkeypatch) -> None:
    """One source of truth: the theme chosen in Preferences is View → Theme's (ui-state.ini)."""
    from opd_desktop.ui import theme
    from opd_desktop.ui.preferences_dialog import PreferencesDialog

    window = window_factory(store)
    # the mode only: repainting every widget of the session is test_theme_ui's job (and a palette
    # switch here, late in a long run, has crashed PySide6 6.12 on widgets earlier tests left behind)
    monkeypatch.setattr(theme, "_mode", theme.mode())
    monkeypatch.setattr(theme, "_dark", theme.is_dark())

    def set_mode_only(_app, dark=None) -> None:
        theme._mode = "system" if dark is None else ("dark" if dark else "light")

    monkeypatch.setattr(theme, "apply", set_mode_only)
    window.set_theme("dark")
    seen: list[str] = []

    def choose_light(dialog) -> int:
        seen.append(dialog.theme.currentData())  # opens on what View → Theme shows
        assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == list(theme.MODES)
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose_light)
    window.show_preferences()
    assert seen == ["dark"]
    assert theme.mode() == "light" and window.state.value("theme") == "light"
    assert window.theme_actions["light"].isChecked()
    assert store.meta("setting.theme") is None


def test_preferences_shortcut_opens_the_dialog(qtbot, store, window_factory, monkeypatch) -> None:
    from opd_desktop.ui import shortcuts
    from opd_desktop.ui.preferences_dialog import PreferencesDialog

    opened: list[bool] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(True) or 0)
    window = window_factory(store)
    action = next(a for a in window.findChildren(type(window.together.action)) if a.text() == "Pre&ferences…")
    assert action.shortcuts() == shortcuts.preferences_keys()
    action.trigger()
    assert opened == [True]


def test_the_app_opens_the_welcome_on_a_new_folder_only(qtbot, tmp_path, messages) -> None:
    from opd_desktop.app import WindowHost

    fresh = open_store(tmp_path / "fresh")
    host = WindowHost(QApplication.instance(), str(tmp_path / "fresh"), start_timers=False, first_run=True)
    host.open(fresh)
    qtbot.addWidget(host.window)
    dialog = host.first_run_dialog
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.next_button.click()
    for _ in range(3):
        dialog.skip_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: host.window._home is not None)  # the team pages follow the first paint
    assert host.window.ui.pages.currentWidget() is host.window.home
    host.window.close()
    fresh.close()

    again = open_store(tmp_path / "fresh")  # the welcome was seen: not again
    second = WindowHost(QApplication.instance(), str(tmp_path / "fresh"), start_timers=False, first_run=True)
    second.open(again)
    qtbot.addWidget(second.window)
    assert getattr(second, "first_run_dialog", None) is None
    second.window.close()
    again.close()


def test_the_team_step_imports_a_csv(qtbot, store, tmp_path, monkeypatch) -> None:
    from opd_desktop.ui.roster_import_dialog import RosterImportDialog

    roster = tmp_path / "team.csv"
    roster.write_text("Name;Role\nZoë Martin;Analyst\n张伟;Designer\n", encoding="utf-8")
    monkeypatch.setattr("opd_desktop.ui.roster_import_dialog.choose_roster_file", lambda _parent: roster)

    def press_import(self) -> int:
        self.import_button.click()
        return self.result()

    monkeypatch.setattr(RosterImportDialog, "exec", press_import)
    dialog = FirstRunDialog(store, default_guides())
    qtbot.addWidget(dialog)
    dialog.go(dialog.TEAM)
    dialog.import_button.click()
    names = {dialog.team_list.item(i).text() for i in range(dialog.team_list.count())}
    assert names == {"Zoë Martin", "张伟"}
