"""The rhythm in the window: reminders (tray or banner), the overview's
Today / Needs a date, scheduling from it, held times, search that opens the
right place, the accent-insensitive roster filter, together-mode suppression."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QSystemTrayIcon

from opd_desktop.services import conversations, notes, reports, rhythm
from opd_desktop.ui.reminders import ReminderBanner, ReminderController
from opd_desktop.ui.schedule_dialog import ScheduleDialog

NOW = dt.datetime.combine(dt.date.today(), dt.time(9, 0))


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QSystemTrayIcon.showMessage observed instead of reaching the desktop."""
    calls: list[tuple[str, str]] = []

    def record(self, title, message, *args, **kwargs):
        calls.append((title, message))

    monkeypatch.setattr(QSystemTrayIcon, "showMessage", record)
    return calls


def _team(store):
    ana = reports.add_report(store, "Zoë Dvořák")
    bea = reports.add_report(store, "Łukasz Żółć")
    conversations.schedule(
        store, conversations.series_conversation(store, ana.id, 1).id, NOW + dt.timedelta(hours=5)
    )
    conversations.hold(
        store, conversations.series_conversation(store, bea.id, 1).id, NOW - dt.timedelta(days=30)
    )
    return ana, bea


def test_reminders_go_through_the_system_tray_when_there_is_one(qtbot, store, shown_messages) -> None:
    _team(store)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    clock = [NOW]
    controller = ReminderController(store, banner, tray_available=True, clock=lambda: clock[0])
    controller.start()
    assert shown_messages[0] == ("OPD Desktop", "1 conversation today, 1 report needs a date.")
    assert shown_messages[1][0] == "Today at 14:00" and "Zoë Dvořák" in shown_messages[1][1]
    controller.check()
    assert len(shown_messages) == 2  # each reminder once
    clock[0] = NOW + dt.timedelta(hours=4, minutes=30)
    controller.check()
    assert shown_messages[2] == ("In 30 minutes", "Conversation 1: Partnering with Zoë Dvořák at 14:00")
    assert not banner.isVisible()
    controller.stop()


def test_without_a_tray_an_in_app_banner_shows_the_reminder(qtbot, store, shown_messages) -> None:
    _team(store)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.hide()
    controller = ReminderController(store, banner, tray_available=False, clock=lambda: NOW)
    heard: list[tuple[str, str]] = []
    controller.shown.connect(lambda title, message: heard.append((title, message)))
    controller.check()
    assert shown_messages == [] and heard and banner.isVisibleTo(banner.parentWidget() or banner)
    assert "Zoë Dvořák" in banner.label.text() and banner.open_button.isVisibleTo(banner)


def test_the_banner_opens_the_conversation_it_reminds_of(qtbot, store, window_factory) -> None:
    ana, _bea = _team(store)
    window = window_factory(store)
    window.show_home()
    first = conversations.series_conversation(store, ana.id, 1)
    window.rhythm.reminders.tray = None
    window.rhythm.reminders.notify("In 45 minutes", "Conversation 1 with Zoë", first.id)
    assert window.rhythm.banner.isVisible()
    qtbot.mouseClick(window.rhythm.banner.open_button, Qt.MouseButton.LeftButton)
    assert not window.rhythm.banner.isVisible() and window.report_page.view.conversation.id == first.id


def test_each_kind_of_reminder_can_be_turned_off(qtbot, store, shown_messages) -> None:
    _team(store)
    rhythm.save_settings(
        store, rhythm.RhythmSettings(remind_day_before=False, remind_hour_before=True, remind_summary=False)
    )
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    controller = ReminderController(store, banner, tray_available=True, clock=lambda: NOW)
    controller.start()
    assert shown_messages == []  # no summary, no day-before
    controller.clock = lambda: NOW + dt.timedelta(hours=4, minutes=30)
    controller.check()
    assert [title for title, _ in shown_messages] == ["In 30 minutes"]
    controller.stop()


def test_together_mode_suppresses_reminders_and_search(qtbot, store, window_factory, shown_messages) -> None:
    _team(store)
    window = window_factory(store)
    window.rhythm.set_suppressed(True)
    window.rhythm.reminders.tray = None
    window.rhythm.reminders.clock = lambda: NOW
    window.rhythm.reminders.start()
    assert not window.rhythm.banner.isVisible() and shown_messages == []
    assert not window.rhythm.search_action.isEnabled() and window.rhythm.open_search() is None
    window.rhythm.set_suppressed(False)
    window.rhythm.reminders.check()
    assert window.rhythm.banner.isVisible()
    window.rhythm.reminders.stop()


def test_entering_together_mode_suppresses_them(qtbot, store, window_factory, shown_messages) -> None:
    ana, _bea = _team(store)
    window = window_factory(store)
    first = conversations.series_conversation(store, ana.id, 1)
    window.select_report(ana.id, first.id)
    dialog = window.rhythm.open_search()
    assert window.together.enter(first.id)
    assert window.rhythm.suppressed and not dialog.isVisible()
    window.rhythm.reminders.tray = QSystemTrayIcon()
    window.rhythm.reminders.clock = lambda: NOW
    window.rhythm.reminders.check()
    window.rhythm.reminders.show_summary()
    assert shown_messages == []
    window.together.leave()
    assert not window.rhythm.suppressed and window.rhythm.search_action.isEnabled()
    window.rhythm.reminders.check()
    assert shown_messages and "Zoë Dvořák" in shown_messages[0][1]


def test_the_overview_leads_with_today_and_needs_a_date(qtbot, store, window_factory) -> None:
    _team(store)
    window = window_factory(store)
    window.show_home()
    text = window.home.overview.body.text()  # the cards, in order
    order = [
        text.index(h) for h in ("Today (1)", "This week (0)", "Overdue (", "Needs a date (1)", "Who is where")
    ]
    assert order == sorted(order)
    cards = window.home.overview.body
    # one action per row: the agenda under Today, scheduling under Needs a date
    assert [b.text() for b in cards.card("Today").actions] == ["Agenda"]
    assert [b.text() for b in cards.card("Needs a date").actions] == ["Schedule…"]
    assert "last conversation 30 days ago" in text
    roster = {window.roster_model.entry(r).report.name: r for r in range(window.roster_model.rowCount())}
    next_cell = window.roster_model.index(roster["Łukasz Żółć"], window.roster_model.NEXT)
    assert next_cell.data() == "needs a date"


def test_open_agenda_from_today_opens_that_conversation(qtbot, store, window_factory) -> None:
    ana, _bea = _team(store)
    window = window_factory(store)
    window.show_home()
    first = conversations.series_conversation(store, ana.id, 1)
    window.home.overview._open(f"conversation:{ana.id}:{first.id}")
    assert window.report_page.view.conversation.id == first.id


def test_scheduling_from_needs_a_date_suggests_and_checks(qtbot, store) -> None:
    _ana, bea = _team(store)
    dialog = ScheduleDialog(store, bea.id)
    qtbot.addWidget(dialog)
    suggested = dialog.when.dateTime().toPython()
    assert suggested.weekday() < 5 and suggested > dt.datetime.now()
    dialog.when.setDateTime(QDateTime(NOW - dt.timedelta(days=40)))
    dialog.save()
    assert "cannot come before conversation 1" in dialog.error.text() and dialog.scheduled is None
    assert conversations.series_conversation(store, bea.id, 2).scheduled_at is None
    dialog.when.setDateTime(QDateTime(suggested))
    dialog.save()
    assert conversations.series_conversation(store, bea.id, 2).scheduled_at == suggested
    assert not reports.roster_entry(store, bea.id).stage.needs_date


def test_mark_held_records_the_time_chosen_and_it_can_be_corrected(qtbot, store, window_factory) -> None:
    report = reports.add_report(store, "Ana")
    window = window_factory(store)
    window.select_report(report.id)
    wrap = window.report_page.view.wrap_up
    last_week = (dt.datetime.now() - dt.timedelta(days=6)).replace(
        hour=14, minute=30, second=0, microsecond=0
    )
    wrap.held_time.when.setDateTime(QDateTime(last_week))
    qtbot.mouseClick(wrap.hold_button, Qt.MouseButton.LeftButton)
    first = conversations.series_conversation(store, report.id, 1)
    assert first.held_at == last_week
    assert wrap.held_time.correct_button.isVisibleTo(wrap)
    wrap.held_time.when.setDateTime(QDateTime(last_week + dt.timedelta(hours=1)))
    qtbot.mouseClick(wrap.held_time.correct_button, Qt.MouseButton.LeftButton)
    assert conversations.series_conversation(store, report.id, 1).held_at == last_week + dt.timedelta(hours=1)
    future = QDateTime(dt.datetime.now() + dt.timedelta(days=2))
    wrap.held_time.when.setDateTime(future)
    assert wrap.held_time.value() <= dt.datetime.now()  # the field stops at now


def test_ctrl_k_search_finds_accents_and_enter_opens_the_note_with_the_match_selected(
    qtbot, store, window_factory
) -> None:
    _ana, bea = _team(store)
    first = conversations.series_conversation(store, bea.id, 1)
    body = "Long opening.\n" * 30 + "Then Zoë asked about the migration clinic."
    notes.save_note(store, first.id, "strengths", body)
    window = window_factory(store)
    assert window.rhythm.search_action.shortcut().toString() == "Ctrl+K"
    window.rhythm.search_action.trigger()
    dialog = window.rhythm.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, "zoe clin")
    dialog.run()
    assert len(dialog.hits) == 1 and dialog.hits[0].person == "Łukasz Żółć"
    assert "clinic" in dialog.results.itemWidget(dialog.results.item(0)).text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    view = window.report_page.view
    assert view.conversation.id == first.id and view.tabs.currentIndex() == 1
    editor = view.item_editors["strengths"]
    assert editor.textCursor().selectedText() == "Zoë"
    assert editor.hasFocus() or not window.isActiveWindow()


def test_search_for_a_profile_entry_opens_the_profile_page(qtbot, store, window_factory) -> None:
    from opd_desktop.services import profile

    ana, _bea = _team(store)
    profile.add_entry(store, ana.id, "aspiration", "Lead the Łódź office one day")
    window = window_factory(store)
    dialog = window.rhythm.open_search()
    dialog.field.setText("lodz")
    dialog.run()
    dialog.open_current()
    assert window.report_page.report_id == ana.id and window.report_page.current_section() == 1


def test_hostile_and_empty_searches_say_so_inline(qtbot, store, window_factory) -> None:
    _team(store)
    window = window_factory(store)
    dialog = window.rhythm.open_search()
    for typed in ('"', "AND OR", "*", "NEAR("):
        dialog.field.setText(typed)
        dialog.run()
        assert dialog.status.text() == "No matches."
    dialog.field.setText("   ")
    dialog.run()
    assert "Type a word" in dialog.status.text()


def test_the_roster_filter_ignores_accents(qtbot, store, window_factory) -> None:
    _team(store)
    window = window_factory(store)
    window.ui.filterEdit.setText("lukasz zolc")
    assert window.proxy.rowCount() == 1
    window.ui.filterEdit.setText("ZOE")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data().startswith("Zoë")
