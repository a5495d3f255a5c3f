"""One path for actions, one way to refresh: pages subscribe to the topics they
show; slow actions run on a worker while the window stays responsive."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from opd_desktop.core.changes import UNSHOWN_TOPICS, Changes, Topic
from opd_desktop.services import conversations, followthrough, notes, reports
from opd_desktop.services.backup import passphrase, schedule

SERVICES = Path(__file__).resolve().parents[2] / "src" / "opd_desktop" / "services"
SECRET = "correct horse battery staple"


def _subscription(window, widget):
    return next(s for s in window.changes.subscriptions if s.widget is widget)


def test_done_in_follow_through_updates_overview_roster_and_carried_in(qtbot, store, window_factory) -> None:
    ana = reports.add_report(store, "Ana Łukasiewicz")
    first = conversations.series_conversation(store, ana.id, 1)
    followthrough.add_action_item(store, ana.id, "Book the training room", "manager", None, first.id)
    window = window_factory(store)
    window.show_home()
    assert "Open action items (1)" in window.home.overview.body.text()
    roster_tip = lambda: window.roster_model.data(window.roster_model.index(0, 0), 3)  # noqa: E731 ToolTipRole
    assert "1 open action item" in roster_tip()

    second = conversations.series_conversation(store, ana.id, 2)
    window.select_report(ana.id, second.id)
    view = window.report_page.view
    assert "Book the training room" in view.carried_label.text()
    counts = {
        name: _subscription(window, widget).refreshes
        for name, widget in (
            ("overview", window.home.overview),
            ("roster", window.ui.rosterView),
            ("carried", view.carried_label),
        )
    }

    page = window.report_page.section(3)
    window.report_page.show_section(3)
    page.actions.table.selectRow(0)
    page.actions.set_status(followthrough.ItemStatus.DONE)  # Follow-through knows no other screen

    assert "open action item" not in roster_tip()  # the roster is on screen: updated at once
    assert "Book the training room" in view.carried_label.text()  # hidden: not refreshed yet…
    window.report_page.show_section(0)
    assert "Book the training room" not in view.carried_label.text()  # …but as soon as it is shown
    window.show_home()
    assert "Open action items (0)" in window.home.overview.body.text()
    assert _subscription(window, window.home.overview).refreshes == counts["overview"] + 1
    assert _subscription(window, window.ui.rosterView).refreshes == counts["roster"] + 1
    assert _subscription(window, view.carried_label).refreshes == counts["carried"] + 1


def _published_topics() -> set[Topic]:
    """Every Topic member the services name (they publish through Store.write)."""
    found: set[Topic] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Topic"
            ):
                found.add(Topic[node.attr])
    return found | {Topic.SETTINGS}  # Store.set_meta's own topic


def _visit_every_page(window, store) -> set[Topic]:
    """Show every page; returns the topics the pages subscribed to on the way (the conversation
    view is re-bound from one conversation to the next: what it shows follows its guide)."""
    handled: set[Topic] = set()
    window.show_home()
    for index in range(window.home.tabs.count()):
        window.home.tabs.setCurrentIndex(index)
    report = reports.list_reports(store)[0]
    window.select_report(report.id)
    for section in (1, 2, 3):
        window.report_page.show_section(section)
    for conversation in conversations.journey(store, report.id):
        window.select_report(report.id, conversation.id)
        view = window.report_page.view
        for tab in range(3):
            view.ensure_tab(tab)
        handled |= window.changes.topics_handled()
    return handled


def test_every_published_topic_is_shown_by_a_page(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    handled = _visit_every_page(window, demo_store)
    published = _published_topics()
    assert published == set(Topic)  # the enum has no topic nobody publishes
    assert published - handled == set(UNSHOWN_TOPICS)  # only what is listed in core/ as not on screen


def test_a_page_does_not_refresh_on_a_topic_it_does_not_show(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    _visit_every_page(window, demo_store)
    window.report_page.show_section(0)
    window.report_page.view.tabs.setCurrentIndex(0)
    for subscription in list(window.changes.subscriptions):
        for topic in set(Topic) - subscription.topics:
            before = subscription.refreshes, subscription.stale
            demo_store.notify(Changes.of(topic))
            window.changes.flush()
            assert (subscription.refreshes, subscription.stale) == before, (subscription.widget, topic)
    carried = _subscription(window, window.report_page.view.carried_label)
    before = carried.refreshes
    demo_store.notify(Changes.of(Topic.ACTION_ITEMS))
    window.changes.flush()
    assert carried.refreshes == before + 1  # and it does on one it shows
    other = reports.list_reports(demo_store)[-1].id
    assert other != window.report_page.view.conversation.report_id
    demo_store.notify(Changes.of(Topic.ACTION_ITEMS, report_id=other))
    window.changes.flush()
    assert carried.refreshes == before + 1  # another report's items are not its business


def test_a_slow_backup_leaves_the_window_responsive(
    qtbot, store, tmp_path: Path, window_factory, memory_keyring, messages
) -> None:
    report = reports.add_report(store, "Zoë")
    big = "Zoë's notes, over and over. " * 40_000  # ~1 MB per note: a large data folder
    for number in range(1, 8):
        conversation = conversations.series_conversation(store, report.id, number)
        notes.save_note(store, conversation.id, "notes", big + str(number))
    passphrase.store_passphrase(store.data_dir, SECRET)
    schedule.save_settings(store, tmp_path / "backups", daily=False, on_quit=False)
    window = window_factory(store)
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(window.actions.busy))
    timer.start()
    window.backups.backup_now()  # returns when the backup is done
    timer.stop()
    assert any(ticks)  # the timer kept firing while the backup ran on its worker
    status = schedule.status(store)
    assert status.error == "" and Path(status.last_path).exists()
    assert window.backup_label.text().startswith("Last backup")  # published through the topics


def test_restore_finished_carries_the_result_after_the_restore(
    qtbot, data_dir, window_factory, memory_keyring, messages
) -> None:
    from opd_desktop.store.database import open_store

    store = open_store(data_dir)
    reports.add_report(store, "Zoë before the backup")
    passphrase.store_passphrase(data_dir, SECRET)
    info = schedule.run_backup(store, SECRET)
    reports.add_report(store, "Added after the backup")
    window = window_factory(store)
    heard: list[tuple[str, object, set[str]]] = []

    def on_finished(message: str, result: object) -> None:
        again = open_store(data_dir)  # by now the restore has happened
        heard.append((message, result, {r.name for r in reports.list_reports(again)}))
        again.close()

    window.backups.restore_finished.connect(on_finished)
    assert window.backups.restore_from(info.path, confirm=lambda _text: True)
    ((message, result, names),) = heard
    assert message.startswith("Restored the backup") and result.manifest.counts["reports"] == 1
    assert names == {"Zoë before the backup"}


def test_an_unexpected_error_in_an_action_is_logged_and_apologised_for(
    qtbot, store, window_factory, messages, caplog
) -> None:
    window = window_factory(store)

    def broken() -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR):
        outcome = window.actions.run(broken)
        slow = window.actions.run_slow(lambda _store: broken(), label="Working…")
    assert not outcome and not slow
    assert len(messages) == 2 and all("Everything you typed has been saved" in m for m in messages)
    assert not any("Traceback" in m or "boom" in m for m in messages)
    assert caplog.text.count("unexpected error in an action") == 2 and "boom" in caplog.text


@pytest.mark.parametrize("dark", [False, True])
def test_the_theme_palette_is_built_from_the_roles(qtbot, dark: bool) -> None:
    from PySide6.QtGui import QPalette

    from opd_desktop.core.theme import ROLES, Role
    from opd_desktop.ui import theme

    built = theme.palette(dark)
    assert built.color(QPalette.ColorRole.Base).name().upper() == ROLES[Role.SURFACE].value(dark)
    assert built.color(QPalette.ColorRole.Text).name().upper() == ROLES[Role.TEXT].value(dark)
    assert built.color(QPalette.ColorRole.Highlight).name().upper() == ROLES[Role.ACCENT].value(dark)


def test_a_slow_action_shows_progress_and_the_window_keeps_working(
    qtbot, store, window_factory, monkeypatch
) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from opd_desktop.ui import actions

    monkeypatch.setattr(actions, "PROGRESS_AFTER_MS", 0)
    window = window_factory(store)
    release = threading.Event()
    seen: list[bool] = []

    def look() -> None:  # runs on the UI thread while the worker waits
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        seen.append(bool(dialogs) and "Counting" in dialogs[0].labelText())
        if seen[-1] or len(seen) > 200:
            release.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)

    def job(worker_store) -> int:
        assert worker_store is not store  # its own connection, opened on the worker thread
        release.wait(30)
        return worker_store.execute("SELECT count(*) FROM reports").fetchone()[0]

    outcome = window.actions.run_slow(job, label="Counting the reports…")
    timer.stop()
    assert outcome and outcome.value == 0
    assert any(seen)  # the progress was on screen while the work ran
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
