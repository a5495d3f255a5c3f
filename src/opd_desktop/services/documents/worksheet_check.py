"""Checking a filled-in worksheet before anything of it is imported: the file is
this report's worksheet of a conversation that still exists, in this version's
format, with the questions the guide asks now; its answers are read and
cleaned (control characters removed, one entry per line where the destination
takes a list)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from opd_desktop.core.guides import GuideSet, Worksheet
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import Conversation, Report
from opd_desktop.errors import OpdError
from opd_desktop.services import conversations
from opd_desktop.services.documents.worksheet_read import (
    MAX_FIELD_CHARS,
    WorksheetError,
    clean_answer,
    printable,
    read,
)
from opd_desktop.store.database import Store

# Destinations where each line of an answer is one entry, cleaned as a single line.
ONE_PER_LINE = frozenset(
    {"ideas", "profile:preference", "profile:strength", "profile:aspiration", "profile:value", "plan:actions"}
)


@dataclass(frozen=True)
class CheckedWorksheet:
    conversation: Conversation
    sheet: Worksheet
    answers: dict[str, str]  # PDF field name without prefix → cleaned text
    cleaned_fields: list[str]


def check_worksheet(store: Store, report: Report, path: Path, guides: GuideSet) -> CheckedWorksheet:
    """Read the file and check, before anything is written, that it is this report's
    worksheet of a conversation that still exists, made by this version with the
    questions the guide asks now, every field there and no answer too long."""
    from opd_desktop.services.documents.worksheet import FIELD_PREFIX, FORMAT

    raw = read(path)
    name = printable(path.name)
    tag = raw.tag
    version = tag.get("format", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise WorksheetError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged: its label has no readable format number.").format(
                name=name
            )
        )
    if version < FORMAT:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was made by an earlier version of OPD Desktop; export a new worksheet and send that one.",  # noqa: E501
            ).format(name=name)
        )
    if version > FORMAT:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} was made by a newer version of OPD Desktop; update the app to import it."
            ).format(name=name)
        )
    report_id = tag.get("report_id")
    if not isinstance(report_id, int) or isinstance(report_id, bool):
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged: its label does not say whose worksheet it is."
            ).format(name=name)
        )
    if report_id != report.id:
        made_for = printable(tag.get("report_name") or "someone else", 60)
        if made_for == report.name:
            made_for, mine = f"{made_for} (id {report_id})", f"{report.name} (id {report.id})"
        else:
            mine = report.name
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} was made for {made_for}, not for {mine}. Import it for the right person."
            ).format(name=name, made_for=made_for, mine=mine)
        )
    number = tag.get("conversation")
    conversation_id = tag.get("conversation_id")
    if not (
        (
            number == "checkin"
            or (isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= 7)
        )
        and isinstance(conversation_id, int)
        and not isinstance(conversation_id, bool)
    ):
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged: its label does not say which conversation it is for."
            ).format(name=name)
        )
    try:
        conversation = conversations.get_conversation(store, conversation_id)
    except OpdError:
        conversation = None
    expected_number = None if number == "checkin" else number
    if conversation is None or conversation.report_id != report.id or conversation.number != expected_number:
        what = "check-in" if number == "checkin" else f"conversation {number}"
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} belongs to a {what} of {name2} that no longer exists; export a new worksheet.",
            ).format(name=name, what=what, name2=report.name)
        )
    sheet = guides.for_number(expected_number).worksheet
    label = "the check-in" if number == "checkin" else f"conversation {number}"
    if sheet is None or tag.get("fields") != sheet.fingerprint():
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is an older version of the worksheet for {label}; its questions have changed since. Export a new worksheet and send that one.",  # noqa: E501
            ).format(name=name, label=label)
        )
    expected = {FIELD_PREFIX + slot for slot, *_rest in sheet.slots()}
    present = set(raw.fields)
    if not present:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has no fillable fields left (it was probably printed and scanned, or flattened); type the answers into the app, or have the worksheet filled in on screen.",  # noqa: E501
            ).format(name=name)
        )
    extra = sorted(present - expected)
    if extra:
        shown = ", ".join(printable(e, 30) for e in extra[:3]) + (" …" if len(extra) > 3 else "")
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} has fields that do not belong on the worksheet for {label} ({shown})."
            ).format(name=name, label=label, shown=shown)
        )
    missing = sorted(expected - present)
    if missing:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} lacks fields of the worksheet for {label} ({join}); export a new worksheet."
            ).format(
                name=name, label=label, join=", ".join(m.removeprefix(FIELD_PREFIX) for m in missing[:3])
            )
        )
    answers: dict[str, str] = {}
    cleaned: list[str] = []
    labels = {slot: f.label for slot, _s, _i, f in sheet.slots()}
    fields_by_slot = {slot: f for slot, _s, _i, f in sheet.slots()}
    for full, value in raw.fields.items():
        key = full.removeprefix(FIELD_PREFIX)
        if len(value) > MAX_FIELD_CHARS:
            raise WorksheetError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name}: the answer to “{value}” is {len:,} characters long; a worksheet answer can hold up to {MAX_FIELD_CHARS:,}. Nothing was imported.",  # noqa: E501
                ).format(name=name, value=labels[key], len=len(value), MAX_FIELD_CHARS=MAX_FIELD_CHARS)
            )
        form_field = fields_by_slot[key]
        text, removed = clean_answer(
            value, one_per_line=form_field.lines == 1 or form_field.into in ONE_PER_LINE
        )
        if removed:
            cleaned.append(f"“{labels[key]}”")
        answers[key] = text.strip()
    return CheckedWorksheet(conversation, sheet, answers, cleaned)
