"""The "Carried in" section as plain data, built once and rendered twice: as
rich text on the Prepare tab (and in together mode) and as paragraphs in the
agenda and the prep brief. The screen and the paper cannot disagree.

The reader decides the words and what is left out: the manager (the Prepare tab,
the prep brief) sees everything, each part with its own audience marked; the
employee (the agenda, together mode) sees only what the audience registry
(`core.audience`) says is shared. A recap is a section of (label, text) entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from opd_desktop.core.audience import for_employee
from opd_desktop.core.changes import Topic
from opd_desktop.core.dates import short_day, short_month
from opd_desktop.core.guides import Guide, GuideSet, default_guides
from opd_desktop.core.models import IDEA_STATUS_LABELS, Conversation
from opd_desktop.core.organization import DEPARTMENT_FIELDS, ORGANIZATION_FIELDS
from opd_desktop.core.plan_status import PLAN_STATUS_LABELS
from opd_desktop.core.theme import Role
from opd_desktop.services.carry_forward import CarriedIn, Recap
from opd_desktop.services.notes import GENERAL_KEY, PREP_KEY, TOGETHER_KEY
from opd_desktop.services.profile import KIND_LABELS

CHECKLIST_KEY = "checklist"  # the Prepare tab's ticked steps
HIDDEN_NOTE_KEYS = frozenset({PREP_KEY, CHECKLIST_KEY})  # never part of a recap


class Reader(StrEnum):
    MANAGER = "manager"  # the Prepare tab and the prep brief: everything, audiences marked
    EMPLOYEE = "employee"  # the agenda and together mode: shared text only


@dataclass(frozen=True)
class Line:
    """A line under an entry: an answer, what they said, your reflection."""

    label: str
    text: str
    private: bool = False


@dataclass(frozen=True)
class Entry:
    text: str
    label: str = ""  # "Mission: …", "Recap: …"
    lines: tuple[Line, ...] = ()
    tone: Role | None = None  # a third cue after the words: DANGER for overdue, SUCCESS for an answer
    private: bool | None = None  # the part's own audience, where it has one (recap parts)


@dataclass(frozen=True)
class Section:
    title: str
    entries: list[Entry] = field(default_factory=list)
    empty: str = ""  # shown when there are no entries; a section without either is left out

    @property
    def shown(self) -> bool:
        return bool(self.entries or self.empty)


@dataclass(frozen=True)
class CarriedContent:
    reader: Reader
    note: str  # the guide's note to the manager (manager only)
    sections: list[Section]

    @property
    def shown_sections(self) -> list[Section]:
        return [s for s in self.sections if s.shown]


NOTHING_CARRIED = "Nothing is carried in from earlier conversations."


def carried_content(
    carried: CarriedIn,
    reader: Reader,
    today: dt.date | None = None,
    guides: GuideSet | None = None,
    first_name: str = "",
) -> CarriedContent:
    """`first_name` is the employee's, for the manager's copy ("— Zoë, due 4 Nov")."""
    today = today or dt.date.today()
    guides = guides or default_guides()
    manager = reader == Reader.MANAGER
    sections = [
        Section("Open action items", [_action(i, today, manager, first_name) for i in carried.action_items]),
        Section(
            "Ideas waiting to be closed with the employee"
            if manager
            else "Your ideas and senior management's answers",
            [
                Entry(
                    f"{idea.text} — {IDEA_STATUS_LABELS[idea.status]}, {idea.waiting_days(today)} days",
                    lines=(Line("Feedback", idea.feedback),) if idea.feedback else (),
                    tone=Role.SUCCESS if idea.feedback else None,
                )
                for idea in carried.ideas
            ],
        ),
        Section(
            "Leadership feedback to take up" if manager else "Feedback on my leadership, as I asked",
            [_feedback(f, manager) for f in carried.leadership_feedback],
        ),
        Section(
            "Your leadership commitments to report on" if manager else "What I committed to as your manager",
            [Entry(f.commitments) for f in carried.leadership_commitments],
        ),
    ]
    for recap in carried.recaps:
        entries = recap_entries(recap, reader, guides)
        sections.append(Section(recap.heading, entries, "No notes were taken." if manager else ""))
    for title_manager, title_employee, values, fields in (
        ("From the Organization page", "The organization", carried.organization, ORGANIZATION_FIELDS),
        ("From the Department page", "Our department", carried.department, DEPARTMENT_FIELDS),
    ):
        if values:
            sections.append(
                Section(
                    title_manager if manager else title_employee,
                    [Entry(values[key], label=label) for key, label in fields if values.get(key, "").strip()],
                    "Nothing written yet; fill it in on the team overview." if manager else "",
                )
            )
    if carried.profile:
        sections.append(
            Section(
                "What you know about them (profile)" if manager else "What we have learned about you",
                _profile(carried),
            )
        )
    if carried.plan is not None:
        sections.append(_plan(carried, today, manager))
    return CarriedContent(reader, carried.guide.carry_in.note if manager else "", sections)


def owner_word(owner: str, manager_reads: bool, first_name: str = "") -> str:
    """Who does it, said to the reader: "you" for the reader's own items, the
    employee's first name (or "your manager") for the other side's."""
    if (owner == "manager") == manager_reads:
        return "you"
    if manager_reads:
        return first_name or "the employee"
    return "your manager"


def _action(item, today: dt.date, manager_reads: bool, first_name: str) -> Entry:
    text = f"{item.text} — {owner_word(item.owner.value, manager_reads, first_name)}"
    if item.due_date:
        text += f", due {short_day(item.due_date, today)}"
    late = item.overdue(today)
    return Entry(text + (" (overdue)" if late else ""), tone=Role.DANGER if late else None)


def _feedback(f, manager: bool) -> Entry:
    lines = []
    if f.employee_said:
        lines.append(Line("They said" if manager else "You said", f.employee_said))
    if manager and f.manager_response.strip():  # your reflection is yours (the registry says so)
        lines.append(Line("Your reflection", f.manager_response, private=True))
    elif f.manager_response.strip() and for_employee("leadership_feedback", "manager_response"):
        lines.append(Line("My reflection", f.manager_response))
    return Entry(f"You asked: {f.request}" if manager else f.request, lines=tuple(lines))


def note_title(key: str, guide: Guide) -> str:
    if key == GENERAL_KEY:
        return "General notes"
    if key == TOGETHER_KEY:
        return "Notes we took together"
    titles = {i.key: i.title for i in guide.agenda}
    return titles.get(key, key.replace("_", " ").capitalize())


def wrap_up_parts(conversation: Conversation) -> list[tuple[str, str, bool]]:
    """The Wrap-up texts of a conversation as (label, text, private), each asked of the registry."""
    parts = [
        ("Recap", conversation.recap, not for_employee("conversations", "recap")),
        (
            "Agreed next steps",
            conversation.next_steps,
            not for_employee("conversations", "next_steps", conversation.next_steps_private),
        ),
        ("Your summary", conversation.summary, not for_employee("conversations", "summary")),
        ("Why it was skipped", conversation.skip_reason, not for_employee("conversations", "skip_reason")),
    ]
    return [(label, text, private) for label, text, private in parts if text.strip()]


def recap_entries(recap: Recap, reader: Reader, guides: GuideSet) -> list[Entry]:
    """The recap of an earlier conversation: its Wrap-up texts, then its notes."""
    guide = guides.for_number(recap.number)
    parts = wrap_up_parts(recap.conversation)
    for key, note in recap.notes.items():
        if key in HIDDEN_NOTE_KEYS or not note.body.strip():
            continue
        parts.append((note_title(key, guide), note.body, not for_employee("notes", "body", note.private)))
    return [
        Entry(text.strip(), label=label, private=private)
        for label, text, private in parts
        if reader == Reader.MANAGER or not private
    ]


def _profile(carried: CarriedIn) -> list[Entry]:
    grouped: dict[str, list[str]] = {}
    for entry in carried.profile:
        text = entry.text
        if entry.kind == "clifton_theme" and entry.rank:
            text = f"{entry.rank}. {text}"
        if entry.kind == "career":
            span = " – ".join(short_month(d) for d in (entry.start_date, entry.end_date) if d)
            text = f"{text} ({span})" if span else text
            if entry.learned:
                text += f" — learned: {entry.learned}"
        grouped.setdefault(KIND_LABELS[entry.kind], []).append(text)
    return [Entry("; ".join(items), label=label) for label, items in grouped.items()]


def _plan(carried: CarriedIn, today: dt.date, manager: bool) -> Section:
    plan = carried.plan
    assert plan is not None
    period = ""
    if plan.period_start and plan.period_end:
        period = f", {short_day(plan.period_start, today)} to {short_day(plan.period_end, today)}"
    entries = []
    for goal in plan.goals:
        late = sum(1 for a in goal.actions if a.status.value == "open" and a.due_date and a.due_date < today)
        entries.append(
            Entry(
                f"{goal.title} — {round(goal.progress * 100)}% done" + (f" ({late} overdue)" if late else ""),
                tone=Role.DANGER if late else None,
            )
        )
    status = PLAN_STATUS_LABELS[plan.status].lower()
    title = (
        f"Development plan, version {plan.version} ({status}{period}) — {round(plan.progress * 100)}% done"
    )
    return Section(title, entries, "No goals yet." if manager else "")


_KIND_TOPICS: dict[str, tuple[Topic, ...]] = {
    "open_action_items": (Topic.ACTION_ITEMS,),
    "ideas_awaiting_feedback": (Topic.IDEAS,),
    "leadership_feedback": (Topic.LEADERSHIP_FEEDBACK,),
    "leadership_commitments": (Topic.LEADERSHIP_FEEDBACK,),
    "profile": (Topic.PROFILE,),
    "career_history": (Topic.PROFILE,),
    "plan": (Topic.PLANS,),
    "organization": (Topic.ORGANIZATION,),
    "department": (Topic.DEPARTMENT,),
}


def topics_shown(guide: Guide) -> frozenset[Topic]:
    """The topics a conversation's "Carried in" shows, from what its guide carries in."""
    topics = {topic for kind in guide.carry_in.kinds for topic in _KIND_TOPICS.get(kind, ())}
    if guide.carry_in.recap or guide.number is None:  # a check-in recaps the one before it
        topics |= {Topic.NOTES, Topic.CONVERSATIONS}
    return frozenset(topics)
