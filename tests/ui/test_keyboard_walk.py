"""The whole journey from the keyboard alone: no mouse event anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from opd_desktop.services import captures, notes
from opd_desktop.ui.documents import PreviewDialog
from opd_desktop.ui.shortcuts import MAC_RESERVED, portable_keys, team_overview_key

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, key_code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, key_code, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def tab_until(qtbot, reached, limit: int = 60) -> None:
    for _ in range(limit):
        if reached(QApplication.focusWidget()):
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus is on {QApplication.focusWidget()!r}")


def test_keyboard_only_walk(qtbot, demo_store, window_factory, monkeypatch) -> None:
    printed: list[str] = []
    monkeypatch.setattr(PreviewDialog, "print_pages", lambda self: printed.append(self.windowTitle()))
    window = window_factory(demo_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.report_page

    key(qtbot, Qt.Key.Key_F, CTRL)  # filter the roster
    assert QApplication.focusWidget() is window.ui.filterEdit
    type_text("Zo")
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next report: the first shown
    assert page.report_id is not None and page.name_label.text().startswith("Zoë")

    buttons = page.section_buttons
    # the header's sections are one exclusive group: Tab reaches the shown one, arrows move
    tab_until(qtbot, lambda w: w is buttons.button(0))
    assert page.current_section() == 0  # arriving on the sections changes nothing yet
    for expected in (1, 2, 3):  # arrows: Profile, Plan, Follow-through
        key(qtbot, Qt.Key.Key_Right)
        assert QApplication.focusWidget() is buttons.button(expected)
        assert page.current_section() == expected
        assert page.right.currentWidget() is page.section(expected)
        assert buttons.checkedId() == expected  # one section shown and marked at a time

    key(qtbot, Qt.Key.Key_Left)
    assert page.current_section() == 2
    key(qtbot, Qt.Key.Key_Return)  # Enter on the shown section keeps it
    assert page.current_section() == 2

    tab_until(qtbot, lambda w: w is page.journey_view)
    key(qtbot, Qt.Key.Key_Return)  # back to the current conversation
    assert page.current_section() == 0
    assert buttons.checkedId() == 0

    key(qtbot, Qt.Key.Key_2, CTRL)  # Conduct: the cursor in the first note
    view = page.view
    assert view.tabs.currentIndex() == 1
    first_note = next(iter(view.item_editors.values()))
    assert QApplication.focusWidget() is first_note
    type_text("Talked about the roadmap")
    window.autosaver.flush()
    first_key = next(iter(view.item_editors))
    assert "Talked about the roadmap" in notes.notes_for(demo_store, view.conversation.id)[first_key].body

    key(qtbot, Qt.Key.Key_J, CTRL)  # quick capture
    assert QApplication.focusWidget() is view.capture.text
    type_text("Send the survey results")
    key(qtbot, Qt.Key.Key_Return)
    found = captures.captured_in(demo_store, view.conversation, view.guide)
    assert any(c.text == "Send the survey results" for c in found)

    key(qtbot, Qt.Key.Key_3, CTRL)  # Wrap-up
    assert view.tabs.currentIndex() == 2
    assert view.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())

    key(qtbot, Qt.Key.Key_P, CTRL)  # print preview of the agenda
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert "Agenda" in printed[0]
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]
    assert previews
    for dialog in previews:
        dialog.close()


def test_space_and_enter_open_a_section(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    page = window.report_page
    window.move_report(1)
    buttons = page.section_buttons
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons.buttons())
    QTest.keyClick(buttons.button(1), Qt.Key.Key_Space)
    assert page.current_section() == 1
    QTest.keyClick(buttons.button(3), Qt.Key.Key_Space)
    assert page.current_section() == 3
    QTest.keyClick(buttons.button(1), Qt.Key.Key_Return)
    assert page.current_section() == 1
    QTest.keyClick(page.journey_view, Qt.Key.Key_Space)  # the current conversation again
    assert page.current_section() == 0
    QTest.keyClick(buttons.button(2), Qt.Key.Key_Enter)  # Enter on a section
    assert page.current_section() == 2
    QTest.keyClick(page.journey_view, Qt.Key.Key_Return)
    assert page.current_section() == 0


def test_ctrl_2_lands_on_a_visible_note(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.move_report(1)
    window.show_tab(1)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPlainTextEdit) and focused.isVisible()


def test_no_shortcut_takes_a_macos_system_key(qtbot, store, window_factory) -> None:
    window = window_factory(store)
    used = portable_keys(window)
    overview = team_overview_key("darwin")
    assert overview not in MAC_RESERVED
    # on macOS the overview moves off Cmd+H; nothing else uses Cmd+H, Cmd+M or Cmd+Q (but Quit)
    for reserved in MAC_RESERVED:
        users = [name for name in used.get(reserved, []) if name != "Team overview"]
        assert users in ([], ["Quit"]), (reserved, users)


def test_no_two_actions_share_a_shortcut(qtbot, store, window_factory) -> None:
    window = window_factory(store)
    shared = {key: names for key, names in portable_keys(window).items() if len(set(names)) > 1}
    assert not shared, shared
