"""The agenda of a conversation for the employee, and the manager's prep brief
(the same agenda plus private preparation, the notes so far and the recaps).
Private notes never reach the employee's copy."""

from __future__ import annotations

import datetime as dt

from opd_desktop.core.guides import SERIES_LENGTH, GuideSet, default_guides
from opd_desktop.core.metric_rules import fmt
from opd_desktop.core.models import IDEA_STATUS_LABELS
from opd_desktop.core.organization import DEPARTMENT_FIELDS, ORGANIZATION_FIELDS
from opd_desktop.services import notes, reports
from opd_desktop.services.carry_forward import CarriedIn, carried_in
from opd_desktop.services.conversations import get_conversation
from opd_desktop.services.documents.layout import Built, DocumentInfo, Writer
from opd_desktop.services.documents.text import isolate
from opd_desktop.services.profile import KIND_LABELS
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
    today = dt.date.today()
    sections = []
    if carried.action_items:
        sections.append(
            (
                "Open action items",
                [
                    f"{isolate(i.text)} — {i.owner.value}"
                    + (f", due {i.due_date.isoformat()}" if i.due_date else "")
                    + (" (overdue)" if i.overdue(today) else "")
                    for i in carried.action_items
                ],
            )
        )
    if carried.ideas:
        sections.append(
            (
                "Your ideas and senior management's answers",
                [
                    f"{i.text} — {IDEA_STATUS_LABELS[i.status].lower()}"
                    + (f": {i.feedback}" if i.feedback else "")
                    for i in carried.ideas
                ],
            )
        )
    if carried.leadership_feedback:
        sections.append(
            (
                "Feedback on my leadership, as I asked",
                [
                    isolate(f.request)
                    + (f" — you said: {isolate(f.employee_said)}" if f.employee_said else "")
                    for f in carried.leadership_feedback
                ],
            )
        )
    if carried.leadership_commitments:
        sections.append(
            ("What I committed to as your manager", [f.commitments for f in carried.leadership_commitments])
        )
    if carried.plan is not None and carried.plan.goals:
        sections.append(
            (
                f"Development plan (version {carried.plan.version}, {carried.plan.status})",
                [f"{g.title} — {round(g.progress * 100)}% of actions done" for g in carried.plan.goals],
            )
        )
    if carried.metrics:
        sections.append(
            (
                "Agreed metrics: the last values",
                [
                    f"{m.name}: "
                    + (f"{fmt(v.value)} on {v.measured_on.isoformat()}" if v else "no value yet")
                    for m, v in carried.metrics
                ],
            )
        )
    if (
        not sections
        and not carried.recaps
        and not any(carried.organization.values())
        and not any(carried.department.values())
        and not carried.profile
    ):
        return
    writer.heading("Carried in from earlier conversations")
    if brief and carried.guide.carry_in.note:
        writer.add(carried.guide.carry_in.note, "muted")
    for title, rows in sections:
        writer.heading(title, 3)
        writer.bullets(rows)
    for scope, values, fields in (
        ("The organization", carried.organization, ORGANIZATION_FIELDS),
        ("Our department", carried.department, DEPARTMENT_FIELDS),
    ):
        if any(values.values()):
            writer.heading(scope, 3)
            for key, label in fields:
                writer.labelled(label, values.get(key, ""))
    if carried.profile:
        writer.heading("What we have learned about you", 3)
        grouped: dict[str, list[str]] = {}
        for entry in carried.profile:
            text = (
                f"{entry.rank}. {entry.text}" if entry.kind == "clifton_theme" and entry.rank else entry.text
            )
            grouped.setdefault(KIND_LABELS[entry.kind], []).append(text)
        for label, items in grouped.items():
            writer.labelled(label, "; ".join(items))
    for recap in carried.recaps:
        shared = {k: n for k, n in recap.notes.items() if not n.private and n.body.strip()}
        if not shared:
            continue
        writer.heading(f"Recap of conversation {recap.number}: {recap.title}", 3)
        titles = {i.key: i.title for i in guides.for_number(recap.number).agenda}
        for key, note in shared.items():
            writer.labelled(titles.get(key, key.replace("_", " ").capitalize()), note.body)
