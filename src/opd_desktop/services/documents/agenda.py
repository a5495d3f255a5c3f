"""The agenda of a conversation for the employee, and the manager's prep brief
(the same agenda plus private preparation, the notes so far and the recaps).

What may be shown is asked of the audience registry (`core.audience`): the
employee's copy carries only shared text — the recap written for them, agreed
next steps, shared notes and the shared follow-through — never a private note."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.audience import first_name
from opd_desktop.core.guides import SERIES_LENGTH, GuideSet, default_guides
from opd_desktop.core.models import Conversation
from opd_desktop.services import notes, reports
from opd_desktop.services.carried_content import (
    HIDDEN_NOTE_KEYS,
    Entry,
    Reader,
    carried_content,
    note_title,
    wrap_up_parts,
)
from opd_desktop.services.carry_forward import CarriedIn, carried_in
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.documents.layout import FOR_YOU_ONLY, Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.services.settings import employee_footer, writing_lines
from opd_desktop.store.database import Store

WHO = {"employee": "You", "manager": "Your manager", "both": "Both of us"}
WHO_BRIEF = {"employee": "Employee", "manager": "You", "both": "Both"}


def build_agenda(
    store: Store, conversation_id: int, *, brief: bool = False, guides: GuideSet | None = None
) -> Built:
    """The employee's agenda (only shared text) or, with `brief`, the manager's
    prep brief (everything, each private part marked as yours)."""
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
            confidential=FOR_YOU_ONLY if brief else employee_footer(store, report.name),
            date=when.date() if when else None,
            banner=FOR_YOU_ONLY if brief else "",
        )
    )
    subtitle = isolate(report.name)
    if when:
        subtitle += f" · {when:%A %d %B %Y, %H:%M}"
    subtitle += f" · {conversation.duration_minutes or guide.duration_minutes} minutes"
    writer.title(f"{kind} · {label}", guide.title, subtitle)
    if brief:
        writer.add(f"{FOR_YOU_ONLY}. {YOURS_MARK} marks what only you have seen.", "kicker")
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

    saved = notes.notes_for(store, conversation_id, include_private=brief)
    if brief:
        prep = saved.get(notes.PREP_KEY)
        writer.heading("Your preparation")
        writer.add(
            prep.body if prep and prep.body.strip() else "No preparation notes yet.",
            "body" if prep and prep.body.strip() else "muted",
        )
    _carried_in(writer, carried, guides, brief, first_name(report.name))

    writer.heading("Agenda")
    agenda_keys = {item.key for item in guide.agenda}
    lines = writing_lines(store)
    for item in guide.agenda:
        with writer.kept():  # the item, its prompts and its ruled lines on one page
            writer.heading(f"{item.title} · {item.minutes} min", 3)
            if brief and item.guidance:
                writer.add(item.guidance, "muted")
            writer.bullets(item.prompts)
            note = saved.get(item.key)
            if note and note.body.strip():
                writer.labelled(_mark("Notes so far", note.private, brief), note.body)
            elif not brief:
                writer.writing_space(lines)
    extra = [
        n for k, n in saved.items() if k not in agenda_keys and k not in HIDDEN_NOTE_KEYS and n.body.strip()
    ]
    if extra:
        writer.heading("Other notes", 3)
        for note in extra:
            writer.labelled(_mark(note_title(note.item_key, guide), note.private, brief), note.body)
    with writer.kept():
        writer.heading("Closing")
        writer.bullets(guide.wrap_up)
        if brief:
            _own_wrap_up(writer, conversation)
        else:
            writer.writing_space(max(3, lines // 2))
    return writer.build()


YOURS_MARK = "[only you]"


def _mark(label: str, private: bool, brief: bool) -> str:
    """In the brief, a private part says so; the employee's copy never has one."""
    return f"{label} {YOURS_MARK}" if brief and private else label


def _own_wrap_up(writer: Writer, conversation: Conversation) -> None:
    parts = wrap_up_parts(conversation)
    if parts:
        writer.heading("This conversation so far", 3)
        for title, text, private in parts:
            writer.labelled(_mark(title, private, True), text)


def _carried_in(writer: Writer, carried: CarriedIn, guides: GuideSet, brief: bool, employee: str) -> None:
    """The same content model as the Prepare tab's "Carried in", for the reader of this copy:
    the brief marks each private part as yours; the agenda has none."""
    reader = Reader.MANAGER if brief else Reader.EMPLOYEE
    content = carried_content(carried, reader, guides=guides, first_name=employee)
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
                writer.labelled(_mark(entry.label, bool(entry.private), brief), _entry_text(entry, brief))
        else:
            writer.bullets([_entry_text(entry, brief) for entry in section.entries])


def _entry_text(entry: Entry, brief: bool) -> str:
    lines = [
        f"{_mark(line.label, line.private, brief).lower()}: {isolate(line.text)}" for line in entry.lines
    ]
    return " — ".join([isolate(entry.text), *lines])
