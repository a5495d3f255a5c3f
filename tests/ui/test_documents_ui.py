"""Export, preview, print and worksheet import from the screens."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtPrintSupport import QPrinter

from opd_desktop.services import conversations, profile, reports
from opd_desktop.ui.documents import PreviewDialog, print_document


def test_agenda_preview_saves_and_prints_the_same_pages(
    qtbot, demo_store, window_factory, tmp_path: Path
) -> None:
    window = window_factory(demo_store)
    dmitri = reports.find_report(demo_store, "Дмитрий")
    window.select_report(dmitri.id, conversations.series_conversation(demo_store, dmitri.id, 4).id)
    dialog = window.report_page.view.export_document("agenda")
    qtbot.addWidget(dialog)
    pages = dialog.built.pages
    assert dialog.document.pageCount() == pages >= 2
    saved = dialog.save(str(tmp_path / "agenda Дмитрий"))
    assert saved.name == "agenda Дмитрий.pdf"
    assert "Дмитрий Соколов" in PdfReader(saved).pages[0].extract_text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(dialog.document, printer) == pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_ctrl_p_previews_the_open_agenda_or_plan_then_prints(
    qtbot, demo_store, window_factory, monkeypatch
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(PreviewDialog, "print_pages", lambda self: printed.append(self.windowTitle()))
    window = window_factory(demo_store)
    zoe = reports.find_report(demo_store, "Zoë")
    window.select_report(zoe.id)
    dialog = window.print_current()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert "Agenda" in printed[0]
    window.report_page.show_section(2)
    plan_dialog = window.print_current()
    qtbot.addWidget(plan_dialog)
    qtbot.waitUntil(lambda: len(printed) == 2)
    assert "Development plan" in printed[1] and plan_dialog.built.pages >= 1


def test_worksheet_goes_out_and_comes_back_into_the_profile(
    qtbot, store, window_factory, tmp_path: Path, messages
) -> None:
    report = reports.add_report(store, "Zoë Dvořák")
    window = window_factory(store)
    first = conversations.series_conversation(store, report.id, 1)
    window.select_report(report.id, first.id)
    view = window.report_page.view
    dialog = view.export_document("worksheet")
    qtbot.addWidget(dialog)
    sent = dialog.save(str(tmp_path / "worksheet.pdf"))
    writer = PdfWriter(clone_from=PdfReader(sent))
    writer.update_page_form_field_values(
        writer.pages[0], {"opd_aspirations": "Lead a small team"}, auto_regenerate=False
    )
    returned = tmp_path / "returned.pdf"
    with returned.open("wb") as handle:
        writer.write(handle)
    view.import_worksheet(str(returned))
    assert [e.text for e in profile.entries(store, report.id, "aspiration")] == ["Lead a small team"]
    assert "Imported 1 aspiration" in messages[-1]
    other = reports.add_report(store, "Bea")
    window.select_report(other.id, conversations.series_conversation(store, other.id, 1).id)
    window.report_page.view.import_worksheet(str(returned))
    assert "made for Zoë Dvořák, not for Bea" in messages[-1]


def test_plan_pdf_from_the_plan_page(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    zoe = reports.find_report(demo_store, "Zoë")
    window.select_report(zoe.id)
    window.report_page.show_section(2)
    dialog = window.report_page.section(2).export_pdf()
    qtbot.addWidget(dialog)
    text = PdfReader(io.BytesIO(dialog.built.data)).pages[0].extract_text()
    assert "Development plan for Zoë Martin" in text


def test_every_conversation_with_pre_work_offers_its_worksheet(
    qtbot, store, window_factory, tmp_path: Path, messages
) -> None:
    from opd_desktop.services import notes

    report = reports.add_report(store, "Дмитрий Соколов")
    window = window_factory(store)
    for number in range(1, 8):
        conversation = conversations.series_conversation(store, report.id, number)
        window.select_report(report.id, conversation.id)
        view = window.report_page.view
        assert view.worksheet_button.text() == "Worksheet for Дмитрий…"
        assert view.worksheet_button.parentWidget().isVisibleTo(view)
        view.ensure_tab(0)
        assert view.import_button.text() == "Import Дмитрий’s worksheet…"
    fourth = conversations.series_conversation(store, report.id, 4)
    window.select_report(report.id, fourth.id)
    view = window.report_page.view
    dialog = view.export_document("worksheet")
    qtbot.addWidget(dialog)
    sent = dialog.save(str(tmp_path / "worksheet 4.pdf"))
    writer = PdfWriter(clone_from=PdfReader(sent))
    writer.update_page_form_field_values(
        writer.pages[0], {"opd_changes": "محمد: новая система 张伟"}, auto_regenerate=False
    )
    returned = tmp_path / "returned.pdf"
    with returned.open("wb") as handle:
        writer.write(handle)
    view.ensure_tab(1)  # the Conduct tab is open while the worksheet comes in
    view.item_editors["deliverables_priorities"].setPlainText("Typed just now")
    view.import_worksheet(str(returned))
    assert "Imported 1 note" in messages[-1]
    assert notes.get_note(store, fourth.id, "deliverables_priorities").body == "Typed just now"  # saved first
    shown = view.item_editors["job_changes"].toPlainText()
    assert "محمد: новая система 张伟" in shown and not view.autosaver.pending
    assert not view.note_audiences["job_changes"].private  # the switch shows it shared
    view.item_editors["job_changes"].appendPlainText("More typing after the import")
    view.autosaver.flush()
    note = notes.get_note(store, fourth.id, "job_changes")
    assert "محمد: новая система 张伟" in note.body and "More typing" in note.body and not note.private
    second = conversations.series_conversation(store, report.id, 2)
    window.select_report(report.id, second.id)
    window.report_page.view.import_worksheet(str(returned))
    assert "is the worksheet for conversation 4, not for conversation 2" in messages[-1]


def test_the_plan_page_marks_what_the_employee_proposed(qtbot, store, window_factory) -> None:
    from opd_desktop.core.models import Owner
    from opd_desktop.services import plans

    report = reports.add_report(store, "محمد الأحمد")
    plan = plans.start_plan(store, report.id)
    mine = plans.add_goal(store, plan.id, "Run the retrospective")
    plans.add_action(store, mine.id, "Book the room", Owner.MANAGER)
    theirs = plans.add_goal(store, plan.id, "Learn SQL", proposed_by=Owner.EMPLOYEE)
    plans.add_action(store, theirs.id, "Take the course", proposed_by=Owner.EMPLOYEE)
    window = window_factory(store)
    window.select_report(report.id)
    window.report_page.show_section(2)
    tree = window.report_page.section(2).tree
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.text(0) == "Run the retrospective" and first.child(0).text(0) == "Book the room"
    assert second.text(0) == "Learn SQL  · proposed by \u2068محمد\u2069"
    assert second.child(0).text(0).endswith("proposed by \u2068محمد\u2069")
