"""What the employee sees, on screen: the audience switch on a Conduct note,
Wrap-up's fields, and together mode."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget

from opd_desktop.services import conversations, notes, reports


def _pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


def _open(window, store, name: str, number: int, tab: int = 1):
    report = reports.find_report(store, name)
    conversation = conversations.series_conversation(store, report.id, number)
    window.select_report(report.id, conversation.id)
    view = window.report_page.view
    view.tabs.setCurrentIndex(tab)
    return report, conversation, view


def test_the_audience_switch_decides_what_the_agenda_preview_shows(
    qtbot, demo_store, window_factory, manager_name_answers
) -> None:
    window = window_factory(demo_store)
    _report, conversation, view = _open(window, demo_store, "Zoë", 4)
    editor = view.item_editors["job_changes"]
    toggle = view.audience_toggles["job_changes"]
    assert toggle.text() == "Only you" and not toggle.icon().isNull()
    editor.setPlainText("TOGGLEMARK the reorg worries her")

    manager_name_answers.append("Sam Rivera")
    dialog = view.export_document("agenda")
    qtbot.addWidget(dialog)
    first = _pdf_text(dialog.built.data)
    assert "TOGGLEMARK" not in first and "Employee's copy" in dialog.windowTitle()
    assert "For Zoë Martin and Sam Rivera" in first and manager_name_answers.asked == 1

    toggle.click()
    assert toggle.text() == "Shared with Zoë"
    assert not notes.get_note(demo_store, conversation.id, "job_changes").private
    dialog = view.export_document("agenda")
    qtbot.addWidget(dialog)
    assert "TOGGLEMARK" in _pdf_text(dialog.built.data)

    toggle.click()  # back to private: gone from the next export
    dialog = view.export_document("agenda")
    qtbot.addWidget(dialog)
    assert "TOGGLEMARK" not in _pdf_text(dialog.built.data)
    brief = view.export_document("brief")
    qtbot.addWidget(brief)
    assert "TOGGLEMARK" in _pdf_text(brief.built.data) and "prep brief" in brief.windowTitle()
    assert manager_name_answers.asked == 1  # asked once, then kept


def test_text_typed_around_a_switch_keeps_the_audience_it_was_typed_under(
    qtbot, demo_store, window_factory
) -> None:
    window = window_factory(demo_store)
    _report, conversation, view = _open(window, demo_store, "Zoë", 4)
    writes: list[tuple[str, bool]] = []

    def record(_topics) -> None:
        note = notes.get_note(demo_store, conversation.id, "deliverables_priorities")
        if note is not None:
            writes.append((note.body, note.private))

    demo_store.subscribe(record)
    editor = view.item_editors["deliverables_priorities"]
    toggle = view.audience_toggles["deliverables_priorities"]
    toggle.click()  # shared
    editor.setPlainText("We agreed on two priorities.")  # typed while 'Shared' shows
    toggle.click()  # switch to private before the autosave fired
    assert writes[-1] == ("We agreed on two priorities.", True)
    assert ("We agreed on two priorities.", False) in writes  # saved as shared first, then switched
    editor.setPlainText("We agreed on two priorities.\nPRIVATESENTENCE she looked exhausted")
    view.autosaver.flush()
    assert all(private for body, private in writes if "PRIVATESENTENCE" in body)
    demo_store.unsubscribe(record)


def test_wrap_up_fields_show_their_audience(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    _report, conversation, view = _open(window, demo_store, "Дмитрий", 3, tab=2)
    fields = view.wrap_up.fields
    assert fields.recap_tag.text.text() == "Shared with Дмитрий"
    assert fields.summary_tag.text.text() == "Only you"
    assert fields.next_steps_tag.text.text() == "Shared with Дмитрий"
    view.wrap_up.recap.setPlainText("We agreed to flag risks in the stand-up.")
    view.autosaver.flush()
    assert conversations.get_conversation(demo_store, conversation.id).recap.startswith("We agreed")


def test_legacy_next_steps_stay_private_until_shared(qtbot, demo_store, window_factory) -> None:
    dmitri = reports.find_report(demo_store, "Дмитрий")
    third = conversations.series_conversation(demo_store, dmitri.id, 3)
    conversations.save_wrap_up(demo_store, third.id, next_steps="OLDSTEPS", next_steps_private=True)
    window = window_factory(demo_store)
    _report, _conversation, view = _open(window, demo_store, "Дмитрий", 3, tab=2)
    fields = view.wrap_up.fields
    assert fields.next_steps_tag.text.text() == "Only you" and fields.share_next_steps.isVisibleTo(view)
    fields.share_next_steps.click()
    assert not conversations.get_conversation(demo_store, third.id).next_steps_private
    assert fields.next_steps_tag.text.text() == "Shared with Дмитрий"


def _visible_text(root: QWidget) -> str:
    """Every piece of text a person could read on screen right now."""
    parts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            parts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QPlainTextEdit):
            parts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model
                columns = 1
            for row in range(model.rowCount()):
                for column in range(columns):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def test_together_mode_shows_only_what_the_employee_may_see(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    report, conversation, view = _open(window, demo_store, "Zoë", 4)
    view.item_editors["recognition"].setPlainText("PRIVMARK candid note on recognition")
    view.prep_editor.setPlainText("PRIVMARK prep")
    view.wrap_up.summary.setPlainText("PRIVMARK my own summary")
    view.autosaver.flush()
    others = [r.name for r in reports.list_reports(demo_store) if r.id != report.id]
    before = _visible_text(window)
    assert any(name in before for name in others)  # the roster shows the team before

    view.together_button.click()
    together = window.together.view
    assert together is not None and window.together.active
    assert "Together mode" in window.windowTitle() and "Together mode" in together.banner.text()
    shown = _visible_text(window)
    assert "PRIVMARK" not in shown
    for name in others:
        assert name not in shown and name.split()[0] not in shown, name
    assert "We talked about the department" in shown  # the recap written in conversation 3
    assert "recognition" not in together.editors  # the item with a private note has no editor here

    together.editors[notes.TOGETHER_KEY].setPlainText("TOGETHERMARK we agreed on focus mornings")
    together.editors["job_metrics"].setPlainText("METRICMARK two numbers we both watch")
    start = together.timer_label.text()
    together.start_button.click()
    assert together.start_button.text() == "Pause"
    together.next_button.click()
    assert together.timer_label.text() != start and together.timer.index == 1

    window.together.action.trigger()  # the shortcut's action: back to the full view
    assert not window.together.active and "Together mode" not in window.windowTitle()
    saved = notes.notes_for(demo_store, conversation.id)
    assert not saved[notes.TOGETHER_KEY].private and "TOGETHERMARK" in saved[notes.TOGETHER_KEY].body
    assert not saved["job_metrics"].private
    assert saved["recognition"].private and saved["recognition"].body.startswith("PRIVMARK")
    rebuilt = window.report_page.view
    assert rebuilt.item_editors["job_metrics"].toPlainText().startswith("METRICMARK")
    assert rebuilt.audience_toggles["job_metrics"].text() == "Shared with Zoë"
    assert "TOGETHERMARK" in rebuilt.item_editors[notes.TOGETHER_KEY].toPlainText()
    assert any(name in _visible_text(window) for name in others)


def test_together_mode_needs_an_open_conversation(qtbot, demo_store, window_factory, messages) -> None:
    window = window_factory(demo_store)
    window.show_home()
    window.together.action.trigger()
    assert not window.together.active and messages
    assert window.together.action.shortcut().toString() == "Ctrl+Shift+T"
