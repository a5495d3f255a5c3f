"""The agenda of a conversation for the employee, and the manager's prep brief
(the same agenda plus private preparation, the notes so far and the recaps).
Private notes never reach the employee's copy."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.guides import SERIES_LENGTH, GuideSet, default_guides
from opd_desktop.services import notes, reports
from opd_desktop.services.carried_content import Audience, Entry, carried_content
from opd_desktop.services.carry_forward import CarriedIn, carried_in
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.store.database import Store

WHO = {"employee": "You", "manager": "Your manager", "both": "Both of us"}
WHO_BRIEF = {"employee": "Employee", "manager": "You", "both": "Both"}


def build_agenda(
    store: Store, conversation_id: int, *, brief: bool = False, guides: GuideSet | None = None
) -> Built:
    guides = guides or default_guides()
    conversation = get_conversation(store, conversation_id)
    report = reports.get_report(store, conversation.report_id)
    guide = guides.for_number(conversation.number)
    carried = carried_in(store, conversation_id, guides)
    kind = "Prep brief" if brief else "Agenda"
    label = f"Conversation {conversation.number} of {SERIES_LENGTH}" if conversation.number else "Check-in"
    when = conversation.scheduled_at or (
        dt.datetime.combine(conversation.held_on, dt.time(9)) if conversation.held_on else None
    )
    writer = Writer(
        DocumentInfo(
            title=f"{kind} — {label}",
            person=report.name,
            confidential="Confidential — the manager's private preparation" if brief else "Confidential",
            date=when.date() if when else None,
        )
    )
    subtitle = isolate(report.name)
    if when:
        subtitle += f" · {when:%A %d %B %Y, %H:%M}"
    subtitle += f" · {conversation.duration_minutes or guide.duration_minutes} minutes"
    writer.title(f"{kind} · {label}", guide.title, subtitle)
    writer.add(guide.purpose)
    writer.heading("What we want to achieve")
    writer.bullets(guide.outcomes)

    writer.heading("Before we meet")
    who = WHO_BRIEF if brief else WHO
    steps = [
        f"{who[step.who]}: {step.task}" + (" (optional)" if step.optional else "")
        for step in guide.preparation
        if brief or step.who != "manager"
    ]
    writer.bullets(steps)

    if brief:
        saved = notes.notes_for(store, conversation_id)
        prep = saved.get(notes.PREP_KEY)
        writer.heading("Your private preparation")
        writer.add(
            prep.body if prep and prep.body.strip() else "No private notes yet.",
            "body" if prep and prep.body.strip() else "muted",
        )
    _carried_in(writer, carried, guides, brief)

    writer.heading("Agenda")
    saved = notes.notes_for(store, conversation_id, include_private=False) if brief else {}
    for item in guide.agenda:
        writer.heading(f"{item.title} · {item.minutes} min", 3)
        if brief and item.guidance:
            writer.add(item.guidance, "muted")
        writer.bullets(item.prompts)
        note = saved.get(item.key)
        if note and note.body.strip():
            writer.labelled("Notes so far", note.body)
        elif not brief:
            writer.writing_space(4)
    writer.heading("Closing")
    writer.bullets(guide.wrap_up)
    if not brief:
        writer.writing_space(3)
    return writer.build()


def _carried_in(writer: Writer, carried: CarriedIn, guides: GuideSet, brief: bool) -> None:
    """The same content model as the Prepare tab's "Carried in", for the reader of this copy."""
    content = carried_content(carried, Audience.MANAGER if brief else Audience.EMPLOYEE, guides=guides)
    sections = content.shown_sections
    if not sections:
        return
    writer.heading("Carried in from earlier conversations")
    if content.note:
        writer.add(content.note, "muted")
    for section in sections:
        writer.heading(section.title, 3)
        if not section.entries:
            writer.add(section.empty, "muted")
        elif any(entry.label for entry in section.entries):
            for entry in section.entries:
                writer.labelled(entry.label, _entry_text(entry))
        else:
            writer.bullets([_entry_text(entry) for entry in section.entries])


def _entry_text(entry: Entry) -> str:
    return isolate(entry.text) + (f" — {isolate(entry.detail)}" if entry.detail else "")
