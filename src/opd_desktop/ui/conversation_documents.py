"""A conversation's documents from its view: the agenda, prep brief and
worksheet previews, the calendar file, and importing a filled-in worksheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from opd_desktop.services.reports import get_report

if TYPE_CHECKING:
    from opd_desktop.ui.conversation_view import ConversationView

translate = QCoreApplication.translate


def _preview_title(kind: str, label: str) -> str:
    """Preview titles say whose copy it is."""
    if kind == "agenda":
        return translate("ConversationDocuments", "Agenda · Employee's copy — {what}").format(what=label)
    if kind == "brief":
        return translate("ConversationDocuments", "Your prep brief · for you only — {what}").format(
            what=label
        )
    return translate("ConversationDocuments", "Worksheet · Employee's copy — {what}").format(what=label)


def _file_name(kind: str, label: str, name: str) -> str:
    if kind == "agenda":
        return translate("ConversationDocuments", "Agenda {what} {name}").format(what=label, name=name)
    if kind == "brief":
        return translate("ConversationDocuments", "Prep brief {what} {name}").format(what=label, name=name)
    return translate("ConversationDocuments", "Worksheet {what} {name}").format(what=label, name=name)


def _label(number: int | None) -> str:
    if not number:
        return translate("ConversationDocuments", "check-in")
    return translate("ConversationDocuments", "conversation {number}").format(number=number)


def export_document(view: ConversationView, kind: str):
    """Preview the agenda, prep brief or worksheet of the conversation shown (then save or print)."""
    from opd_desktop.services.documents.agenda import build_agenda
    from opd_desktop.services.documents.worksheet import build_worksheet
    from opd_desktop.ui.documents import preview
    from opd_desktop.ui.manager_name import ensure_manager_name

    context = view.context
    context.autosaver.flush()
    if kind != "brief":
        ensure_manager_name(view, context.store, context.actions)
    conversation, guides = view.conversation, context.guides
    name = get_report(context.store, conversation.report_id).name
    label = _label(conversation.number)
    builders = {
        "agenda": lambda store: build_agenda(store, conversation.id, guides=guides),
        "brief": lambda store: build_agenda(store, conversation.id, brief=True, guides=guides),
        "worksheet": lambda store: build_worksheet(
            store, conversation.report_id, conversation.number, guides, conversation_id=conversation.id
        ),
    }
    return preview(
        view, _preview_title(kind, label), _file_name(kind, label, name), builders[kind], context.actions
    )


def export_calendar(view: ConversationView, path: str | None = None):
    """Save the conversation shown as a calendar event (.ics)."""
    from opd_desktop.ui.calendar_ui import save_calendar

    conversation = view.conversation
    if conversation.number:
        name = translate("ConversationDocuments", "opd-conversation-{number}.ics").format(
            number=conversation.number
        )
    else:
        name = translate("ConversationDocuments", "opd-check-in.ics")
    return save_calendar(
        view, view.context.store, view.context.on_error, conversation_id=conversation.id,
        suggested_name=name, path=path,
    )  # fmt: skip


def import_worksheet(view: ConversationView, path: str | None = None) -> None:
    """Read a filled-in worksheet into the conversation shown; the editors follow."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from opd_desktop.services.documents.worksheet import import_worksheet as read_worksheet

    context = view.context
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            view,
            translate("ConversationDocuments", "Import a filled-in worksheet"),
            "",
            translate("ConversationDocuments", "PDF documents (*.pdf)"),
        )
        if not path:
            return
    report_id, conversation_id = view.conversation.report_id, view.conversation.id
    context.autosaver.flush()  # what was typed is saved first; the import adds to it
    outcome = context.actions.run_slow(
        lambda store: read_worksheet(
            store, report_id, Path(path), context.guides, expected_conversation_id=conversation_id
        ),
        label=translate("ConversationDocuments", "Importing the worksheet…"),
    )
    if outcome:
        view.worksheet_result = outcome.value.summary
        view.show_imported()
        QMessageBox.information(
            view, translate("ConversationDocuments", "Worksheet imported"), outcome.value.summary
        )
