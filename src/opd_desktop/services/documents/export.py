"""Building a document by name; `write_atomic` (re-exported here) saves it
without ever leaving a half-written file."""

from __future__ import annotations

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.stages import checkin_choice
from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations
from opd_desktop.services.documents.layout import Built
from opd_desktop.services.files import write_atomic
from opd_desktop.store.database import Store

__all__ = ["KINDS", "build_document", "conversation_for", "write_atomic"]

KINDS = ("agenda", "brief", "plan", "summary", "worksheet")


def conversation_for(store: Store, report_id: int, number: str | int) -> int:
    """The conversation id for 1–7, or for `checkin` the next planned check-in
    (else the latest one)."""
    if str(number) == "checkin":
        chosen = checkin_choice(conversations.journey(store, report_id))
        if chosen is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no check-in yet; schedule one after conversation 7."),
                "number",
            )
        return chosen.id
    try:
        value = int(number)
    except (TypeError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{number} is not a conversation; use 1 to 7 or checkin.").format(
                number=repr(number)
            ),
            "number",
        ) from None
    return conversations.series_conversation(store, report_id, value).id


def build_document(store: Store, kind: str, report_id: int, number: str | int | None = None) -> Built:
    if kind in ("agenda", "brief"):
        from opd_desktop.services.documents.agenda import build_agenda

        return build_agenda(store, conversation_for(store, report_id, number or 1), brief=kind == "brief")
    if kind == "plan":
        from opd_desktop.services.documents.plan_doc import build_plan

        return build_plan(store, report_id)
    if kind == "summary":
        from opd_desktop.services.documents.summary_doc import build_summary

        return build_summary(store, report_id)
    if kind == "worksheet":
        from opd_desktop.services.documents.worksheet import build_worksheet

        return build_worksheet(store, report_id, number)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{kind} is not a document; choose one of {join}.").format(
            kind=repr(kind), join=", ".join(KINDS)
        ),
        "kind",
    )
