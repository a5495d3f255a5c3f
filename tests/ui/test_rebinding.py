"""One conversation view, re-bound from conversation to conversation and from
report to report: what was typed is saved to the conversation it was typed
in before the view shows another one, one conversation's text never lands in
another's note, and nothing of the conversation before stays on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from opd_desktop.errors import OpdError
from opd_desktop.services import captures, conversations, notes, reports


def _open(window, store, report, number: int | None, tab: int | None = None):
    if number is None:
        conversation = next(c for c in conversations.journey(store, report.id) if c.number is None)
    else:
        conversation = conversations.series_conversation(store, report.id, number)
    window.select_report(report.id, conversation.id)
    view = window.report_page.view
    if tab is not None:
        view.tabs.setCurrentIndex(tab)
    return conversation, view


def _shown_text(view) -> str:
    """Every text on screen in the view: labels, editors, buttons."""
    parts = []
    for widget in view.findChildren(QLabel) + view.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(view):
            parts.append(widget.text() if isinstance(widget, QLabel) else widget.toPlainText())
    return "\n".join(parts)


def test_typed_text_is_saved_to_its_own_conversation_before_the_view_moves_on(
    qtbot, store, window_factory
) -> None:
    ana = reports.add_report(store, "Ana Lima")
    bea = reports.add_report(store, "Bea Żółć")
    window = window_factory(store)
    first, view = _open(window, store, ana, 4, tab=1)
    key = view.guide.agenda[0].key
    editor = view.item_editors[key]
    editor.setPlainText("ANAMARK only for Ana's fourth")
    view.prep_editor.setPlainText("ANAPREP going in")
    view.tabs.setCurrentIndex(1)

    second, again = _open(window, store, ana, 5)  # no waiting for the debounce
    assert again is view  # the same view, re-bound
    assert notes.get_note(store, first.id, key).body == "ANAMARK only for Ana's fourth"
    assert notes.get_note(store, first.id, notes.PREP_KEY).body == "ANAPREP going in"
    assert not window.autosaver.pending
    assert "ANAMARK" not in _shown_text(view) and "ANAPREP" not in view.prep_editor.toPlainText()
    assert notes.notes_for(store, second.id) == {}  # showing it wrote nothing

    third, _ = _open(window, store, bea, 4)
    assert view.item_editors[key] is editor  # same agenda: the same editor, re-bound
    assert editor.toPlainText() == "" and not editor.document().isUndoAvailable()
    editor.setPlainText("BEAMARK for Bea")
    window.autosaver.flush()
    assert notes.get_note(store, third.id, key).body == "BEAMARK for Bea"
    assert notes.get_note(store, first.id, key).body == "ANAMARK only for Ana's fourth"
    assert all("ANAMARK" not in n.body for n in notes.notes_for(store, third.id).values())


def test_a_failed_save_never_lands_in_the_next_conversation(
    qtbot, store, window_factory, monkeypatch, messages
) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    window = window_factory(store)
    first, view = _open(window, store, ana, 2, tab=1)
    key = view.guide.agenda[0].key
    view.item_editors[key].setPlainText("STUCK could not be saved")
    real_save = notes.save_note

    def refuse(*_args, **_kwargs):
        raise OpdError("The disk is full.")

    monkeypatch.setattr(notes, "save_note", refuse)
    second, _ = _open(window, store, bea, 2)
    monkeypatch.setattr(notes, "save_note", real_save)
    assert "Could not save" in window.statusBar().currentMessage()  # the failure was said
    assert view.conversation.id == second.id
    assert view.item_editors[key].toPlainText() == ""
    window.autosaver.flush()  # the retry finds nothing of Ana's pending
    qtbot.wait(10)
    assert notes.get_note(store, second.id, key) is None
    assert notes.get_note(store, first.id, key) is None


def test_each_note_keeps_its_own_audience_across_a_rebind(qtbot, store, window_factory) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Zoë")
    window = window_factory(store)
    first, view = _open(window, store, ana, 3, tab=1)
    key = view.guide.agenda[0].key
    view.item_editors[key].setPlainText("shared with Ana")
    view.audience_toggles[key].click()
    assert not notes.get_note(store, first.id, key).private

    second, _ = _open(window, store, bea, 3)
    toggle = view.audience_toggles[key]
    assert toggle.private and toggle.text() == "Only you"
    view.item_editors[key].setPlainText("kept to me")
    toggle.click()
    assert toggle.text() == "Shared with Zoë"
    window.autosaver.flush()
    assert not notes.get_note(store, second.id, key).private
    assert notes.get_note(store, second.id, key).body == "kept to me"
    assert notes.get_note(store, first.id, key).body == "shared with Ana"

    _open(window, store, ana, 3)
    assert view.audience_toggles[key].text() == "Shared with Ana"
    assert view.item_editors[key].toPlainText() == "shared with Ana"


def test_wrap_up_fields_follow_the_conversation(qtbot, store, window_factory) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    window = window_factory(store)
    first, view = _open(window, store, ana, 1, tab=2)
    view.wrap_up.summary.setPlainText("ANA summary")
    second, _ = _open(window, store, bea, 1)
    assert view.tabs.currentIndex() == 2  # the tab shown stays
    assert conversations.get_conversation(store, first.id).summary == "ANA summary"
    assert view.wrap_up.summary.toPlainText() == ""
    assert view.wrap_up.conversation.id == second.id
    view.wrap_up.summary.setPlainText("BEA summary")
    window.autosaver.flush()
    assert conversations.get_conversation(store, second.id).summary == "BEA summary"
    assert conversations.get_conversation(store, first.id).summary == "ANA summary"


def test_switching_report_leaves_nothing_of_the_one_before(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    zoe = reports.find_report(demo_store, "Zoë")
    lukasz = reports.find_report(demo_store, "Łukasz")
    _conversation, view = _open(window, demo_store, zoe, 7, tab=1)
    found = captures.captured_in(demo_store, view.conversation, view.guide)
    assert found, "the demo's conversation 7 has captured items"
    assert all(item.text in view.capture.list.text() for item in found)
    view.capture.text.setText("ZOECAPTURE typed, not captured")
    view.tabs.setCurrentIndex(0)
    area = view._content[0].area
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())

    _open(window, demo_store, lukasz, 3)
    page = window.report_page
    assert page.name_label.text().startswith("Łukasz")
    assert area.verticalScrollBar().value() == 0  # from the top
    shown = _shown_text(view)
    assert "Zoë" not in shown and "Łukasz" in shown
    for tab in range(3):
        view.tabs.setCurrentIndex(tab)
        assert "Zoë" not in _shown_text(view), tab
    assert view.capture.text.text() == ""
    assert all(item.text not in view.capture.list.text() for item in found)
    assert view.header.title.text().startswith("3 ·")


def test_a_section_follows_the_report_on_its_next_visit(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    zoe = reports.find_report(demo_store, "Zoë")
    lukasz = reports.find_report(demo_store, "Łukasz")
    page = window.report_page
    window.select_report(zoe.id)
    page.show_section(3)
    follow = page.section(3)
    page.show_section(1)
    profile = page.section(1)
    assert profile.report_id == zoe.id
    window.select_report(lukasz.id)
    assert page.current_section() == 0
    page.show_section(3)
    assert page.section(3) is follow and follow.report_id == lukasz.id  # re-bound in place
    assert all(panel.report_id == lukasz.id for panel in (follow.actions, follow.ideas, follow.feedback))
    page.show_section(1)
    assert page.section(1).report_id == lukasz.id  # built again for Łukasz
    QApplication.processEvents()


def test_keyboard_and_names_on_a_rebound_view(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    zoe = reports.find_report(demo_store, "Zoë")
    dmitry = reports.find_report(demo_store, "Дмитрий")
    _open(window, demo_store, zoe, 4)
    _open(window, demo_store, dmitry, 2)
    view = window.report_page.view
    window.show_tab(1)
    focused = QApplication.focusWidget()
    assert focused is next(iter(view.item_editors.values())) and focused.isVisible()
    assert view.header.title.accessibleName() == f"Conversation 2 of 7: {view.guide.title}"
    assert view.worksheet_button.text() == "Worksheet for Дмитрий…"
    for toggle in view.audience_toggles.values():
        assert toggle.accessibleName() == "Who may read this note"
        assert "Дмитрий" in toggle.toolTip() and "Дмитрий" in toggle.accessibleDescription()
        assert "Zoë" not in toggle.accessibleDescription()
    for item in view.guide.agenda:  # named after this conversation's items, not the ones before
        assert view.item_editors[item.key].accessibleName() == f"Notes on {item.title.lower()}"


def test_quick_capture_follows_the_conversation(qtbot, store, window_factory) -> None:
    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    window = window_factory(store)
    first, view = _open(window, store, ana, 4, tab=1)
    bar = view.capture
    bar.text.setText("ANA sends the survey")
    bar.capture()
    assert "ANA sends the survey" in bar.list.text()
    kinds_in_four = [bar.kind.itemText(i) for i in range(bar.kind.count())]

    second, _ = _open(window, store, bea, 4)
    assert view.capture is bar  # the same bar, re-bound
    assert "ANA sends the survey" not in bar.list.text() and bar.text.text() == ""
    QApplication.processEvents()  # new rows are shown on the next pass of the loop
    shown = [w.text() for w in bar.list.findChildren(QLabel) if w.isVisibleTo(bar.list)]
    assert shown and not any("ANA" in text for text in shown)  # the rows it replaced left the screen
    assert "Shared with Bea" in bar.tag.text.text()
    bar.text.setText("BEA books the room")
    bar.capture()
    assert any(c.text == "BEA books the room" for c in captures.captured_in(store, second, view.guide))
    assert not any(c.text == "BEA books the room" for c in captures.captured_in(store, first, view.guide))

    seventh, _ = _open(window, store, bea, 7)
    assert [bar.kind.itemText(i) for i in range(bar.kind.count())] == [
        o.label for o in captures.offered(view.guide)
    ]
    assert bar.conversation.id == seventh.id and kinds_in_four


def test_the_header_buttons_act_on_the_conversation_shown(qtbot, store, window_factory, monkeypatch) -> None:
    from opd_desktop.ui.conversation_view import ConversationView

    ana = reports.add_report(store, "Ana")
    bea = reports.add_report(store, "Bea")
    window = window_factory(store)
    _open(window, store, ana, 2)
    second, view = _open(window, store, bea, 2)
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(
        ConversationView, "export_document", lambda self, kind: asked.append((kind, self.conversation.id))
    )
    monkeypatch.setattr(
        ConversationView, "export_calendar", lambda self: asked.append(("ics", self.conversation.id))
    )
    for button in (view.agenda_button, view.brief_button, view.worksheet_button, view.calendar_button):
        button.click()
    assert asked == [
        ("agenda", second.id),
        ("brief", second.id),
        ("worksheet", second.id),
        ("ics", second.id),
    ]


def test_a_recorder_made_on_a_later_binding_is_reached_in_page_order(qtbot, store, window_factory) -> None:
    from opd_desktop.services import metrics

    zoe = reports.add_report(store, "Zoë")
    metrics.define_from_template(store, "engagement")
    window = window_factory(store)
    _open(window, store, zoe, 4, tab=0)  # no recorder on conversation 4's Prepare tab
    _conversation, view = _open(window, store, zoe, 1)  # conversation 1 records the baseline there
    _open(window, store, zoe, 4)
    _open(window, store, zoe, 1)  # the recorder re-bound: its fields made again
    (recorder,) = view.metric_recorders
    prepare = view._content[0]
    last_box = prepare.steps[len(view.guide.preparation) - 1].box
    order, widget = [], last_box
    for _ in range(200):
        widget = widget.nextInFocusChain()
        order.append(widget)
        if widget is prepare.prep_editor:
            break
    edit = next(iter(recorder.edits.values()))
    assert edit in order and prepare.import_button in order
    assert order.index(edit) < order.index(prepare.import_button) < order.index(prepare.prep_editor)


def test_a_metric_agreed_while_the_recorder_shows_gets_its_field_in_page_order(
    qtbot, store, window_factory
) -> None:
    """The recorder keeps its rows from one conversation to the next; a row made for a metric
    agreed meanwhile is reached by Tab where the recorder is, not at the end of the window."""
    from opd_desktop.services import metrics

    zoe = reports.add_report(store, "Zoë")
    metrics.define_from_template(store, "engagement")
    window = window_factory(store)
    _conversation, view = _open(window, store, zoe, 1, tab=0)
    (recorder,) = view.metric_recorders
    first_edit = next(iter(recorder.edits.values()))
    metrics.define_from_template(store, "enps", report_id=zoe.id)  # heard by the recorder
    qtbot.waitUntil(lambda: len(recorder.edits) == 2)
    assert next(iter(recorder.edits.values())) is first_edit  # the row kept, not made again
    prepare = view._content[0]
    order, widget = [], prepare.steps[len(view.guide.preparation) - 1].box
    for _ in range(200):
        widget = widget.nextInFocusChain()
        order.append(widget)
        if widget is prepare.prep_editor:
            break
    edits = list(recorder.edits.values())
    assert all(edit in order for edit in edits)
    assert order.index(edits[0]) < order.index(edits[1]) < order.index(prepare.import_button)
