"""Flows through the real main window, offscreen."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from opd_desktop.services import conversations, notes, reports
from opd_desktop.store.database import open_store
from opd_desktop.ui.report_dialog import ReportDialog


def _save_button(dialog: ReportDialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_create_a_report_through_the_dialog(qtbot, store, window_factory) -> None:
    window = window_factory(store)
    dialog = ReportDialog(store, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Lukasz")
    dialog.ui.nameEdit.setText("Łukasz Żółć")  # non-ASCII is set, not typed (keyClicks limitation)
    qtbot.keyClicks(dialog.ui.roleEdit, "Engineer")
    dialog.ui.startEdit.set_date(dt.date(2024, 5, 1))  # a calendar date field
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (report,) = reports.list_reports(store)
    assert (report.name, report.role, report.start_date.isoformat()) == (
        "Łukasz Żółć",
        "Engineer",
        "2024-05-01",
    )
    qtbot.waitUntil(lambda: window.roster_model.rowCount() == 1)


def test_bad_input_in_the_dialog_is_explained_inline(qtbot, store, window_factory) -> None:
    reports.add_report(store, "Zoë Martin")
    dialog = ReportDialog(store, parent=window_factory(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert "name is empty" in dialog.ui.errorLabel.text() and dialog.isVisible()
    dialog.ui.nameEdit.setText("zoë martin")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert "already on your team" in dialog.ui.errorLabel.text()
    dialog.ui.nameEdit.setText("Bea")
    dialog.ui.startEdit.set_text("01/02/2024")  # text that is no date reaches the service's check
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in dialog.ui.errorLabel.text()
    assert len(reports.list_reports(store)) == 1


def test_notes_typed_in_conversation_three_survive_closing_and_reopening(
    qtbot, data_dir, window_factory
) -> None:
    store = open_store(data_dir)
    report = reports.add_report(store, "Дмитрий Иванов")
    window = window_factory(store)
    third = conversations.series_conversation(store, report.id, 3)
    window.select_report(report.id, third.id)
    view = window.report_page.view
    assert view.conversation.id == third.id and view.guide.number == 3
    view.tabs.setCurrentIndex(1)
    editor = view.item_editors["manager_expectations"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Flag risks early. ")
    editor.insertPlainText("Zoë и Дмитрий agreed — محمد too. 张伟")
    qtbot.waitUntil(
        lambda: (
            (n := notes.get_note(store, third.id, "manager_expectations")) is not None
            and n.body.endswith("张伟")
        ),
        timeout=3000,
    )
    assert window.save_label.text().startswith("Saved at")
    view.prep_editor.setPlainText("Private: ask about workload")
    window.close()  # flushes the prep note on close
    store.close()

    reopened = open_store(data_dir)
    again = window_factory(reopened)
    assert again.report_page.view is not None  # last selection restored
    assert again.report_page.view.conversation.id == third.id
    restored = again.report_page.view.item_editors["manager_expectations"].toPlainText()
    assert restored == "Flag risks early. Zoë и Дмитрий agreed — محمد too. 张伟"
    assert again.report_page.view.prep_editor.toPlainText() == "Private: ask about workload"
    assert notes.get_note(reopened, third.id, notes.PREP_KEY).private
    again.close()
    reopened.close()


def test_switching_report_saves_at_once(qtbot, store, window_factory) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    window = window_factory(store)
    window.select_report(ana.id)
    view = window.report_page.view
    view.tabs.setCurrentIndex(1)
    first_key = view.guide.agenda[0].key
    view.item_editors[first_key].setPlainText("typed just now")
    typed_in = view.conversation.id
    window.select_report(bea.id)  # no waiting for the debounce
    assert notes.get_note(store, typed_in, first_key).body == "typed just now"
    # the same view now shows Bea's conversation: her note is empty, Ana's text stayed Ana's
    assert window.report_page.view is view and view.conversation.report_id == bea.id
    assert view.item_editors[first_key].toPlainText() == ""
    assert notes.get_note(store, view.conversation.id, first_key) is None


def test_a_one_megabyte_paste_is_saved_whole(qtbot, store, window_factory) -> None:
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    view = window.report_page.view
    big = ("Zoë " * 262_144)[:1_048_576]
    key = view.guide.agenda[1].key
    view.item_editors[key].setPlainText(big)
    assert window.autosaver.flush()
    assert notes.get_note(store, view.conversation.id, key).body == big


def test_status_buttons_move_the_stage_and_the_roster(qtbot, store, window_factory) -> None:
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    wrap = window.report_page.view.wrap_up
    qtbot.mouseClick(wrap.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.roster_model.entry(0).stage.label == "2 of 7")
    assert window.report_page.view.conversation.status.value == "held"
    qtbot.mouseClick(wrap.complete_button, Qt.MouseButton.LeftButton)
    assert window.report_page.view.conversation.status.value == "completed"


def test_quick_capture_adds_an_action_item_that_later_conversations_carry(
    qtbot, store, window_factory
) -> None:
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    capture = window.report_page.view.capture
    capture.text.setText("Share onboarding notes with Łukasz")
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    assert "Share onboarding notes" in capture.list.text()
    second = conversations.series_conversation(store, report.id, 2)
    window.select_report(report.id, second.id)
    assert "Share onboarding notes with Łukasz" in window.report_page.view.carried_label.text()


def test_filter_and_keyboard_navigation(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.focus_filter()
    window.ui.filterEdit.setText("platform")
    assert window.proxy.rowCount() == 2
    window.ui.filterEdit.clear()
    window.move_report(1)
    first = window.selected_report_id()
    window.move_report(1)
    assert window.selected_report_id() != first
    window.show_tab(2)
    assert window.report_page.view.tabs.currentIndex() == 2


def test_archive_and_show_archived(qtbot, store, window_factory, messages, answer_dialogs) -> None:
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    answer_dialogs.append({"archive reason": "moved_manager"})
    window.toggle_archive()
    qtbot.waitUntil(lambda: window.roster_model.rowCount() == 0)
    window.ui.showArchivedCheck.setChecked(True)
    assert window.roster_model.entry(0).report.archived
    assert window.roster_model.index(0, 0).data() == "Ana (archived)"
    from opd_desktop.services import outcomes

    assert outcomes.archive_reason(store, report.id)[0] == "moved_manager"


def test_an_unexpected_error_is_logged_and_shown_plainly(
    qtbot, store, window_factory, messages, caplog
) -> None:
    import sys

    from opd_desktop.ui.error_reporting import install_exception_hook

    window = window_factory(store)
    previous = sys.excepthook
    install_exception_hook(lambda: window, window.autosaver.flush, "/tmp/log")
    try:
        with caplog.at_level(logging.ERROR):
            try:
                raise RuntimeError("boom")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert any("Everything you typed has been saved" in m for m in messages)
    assert "unexpected error" in caplog.text


def test_window_geometry_and_splitters_are_restored(qtbot, data_dir, window_factory) -> None:
    store = open_store(data_dir)
    window = window_factory(store)
    window.resize(1100, 540)  # the offscreen screen is 800 px wide; Qt keeps the window's minimum
    window.ui.splitter.setSizes([420, 680])
    chosen_size, chosen_split = window.size(), window.ui.splitter.sizes()[0]
    assert chosen_size.height() == 540
    window.close()
    again = window_factory(store)
    assert again.size() == chosen_size
    assert abs(again.ui.splitter.sizes()[0] - chosen_split) <= 2
    store.close()


def test_a_locked_database_keeps_the_text_and_saves_once_free(qtbot, data_dir, window_factory) -> None:
    import sqlite3

    store = open_store(data_dir)
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    view = window.report_page.view
    key = view.guide.agenda[0].key
    other = sqlite3.connect(data_dir / "opd.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    view.item_editors[key].setPlainText("Zoë's first note")
    assert not window.autosaver.flush()
    assert "Not saved" in window.save_label.text()
    assert "busy" in window.statusBar().currentMessage()
    assert view.item_editors[key].toPlainText() == "Zoë's first note"
    other.execute("ROLLBACK")
    other.close()
    assert window.autosaver.flush()
    assert notes.get_note(store, view.conversation.id, key).body == "Zoë's first note"
    window.close()
    store.close()
