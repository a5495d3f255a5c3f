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
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.metric_rules import fmt
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


NOTHING_CARRIED = QT_TRANSLATE_NOOP("CarriedIn", "Nothing is carried in from earlier conversations.")


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
        Section(
            QT_TRANSLATE_NOOP("CarriedIn", "Open action items"),
            [_action(i, today, manager, first_name) for i in carried.action_items],
        ),
        Section(
            QT_TRANSLATE_NOOP("CarriedIn", "Ideas waiting to be closed with the employee")
            if manager
            else QT_TRANSLATE_NOOP("CarriedIn", "Your ideas and senior management's answers"),
            [
                Entry(
                    QT_TRANSLATE_NOOP("CarriedIn", "{idea} — {status}, {days} days").format(
                        idea=idea.text, status=IDEA_STATUS_LABELS[idea.status], days=idea.waiting_days(today)
                    ),
                    lines=(Line(QT_TRANSLATE_NOOP("CarriedIn", "Feedback"), idea.feedback),)
                    if idea.feedback
                    else (),
                    tone=Role.SUCCESS if idea.feedback else None,
                )
                for idea in carried.ideas
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("CarriedIn", "Leadership feedback to take up")
            if manager
            else QT_TRANSLATE_NOOP("CarriedIn", "Feedback on my leadership, as I asked"),
            [_feedback(f, manager) for f in carried.leadership_feedback],
        ),
        Section(
            QT_TRANSLATE_NOOP("CarriedIn", "Your leadership commitments to report on")
            if manager
            else QT_TRANSLATE_NOOP("CarriedIn", "What I committed to as your manager"),
            [Entry(f.commitments) for f in carried.leadership_commitments],
        ),
    ]
    for recap in carried.recaps:
        entries = recap_entries(recap, reader, guides)
        sections.append(
            Section(
                recap.heading,
                entries,
                QT_TRANSLATE_NOOP("CarriedIn", "No notes were taken.") if manager else "",
            )
        )
    for title_manager, title_employee, values, fields in (
        (
            QT_TRANSLATE_NOOP("CarriedIn", "From the Organization page"),
            QT_TRANSLATE_NOOP("CarriedIn", "The organization"),
            carried.organization,
            ORGANIZATION_FIELDS,
        ),
        (
            QT_TRANSLATE_NOOP("CarriedIn", "From the Department page"),
            QT_TRANSLATE_NOOP("CarriedIn", "Our department"),
            carried.department,
            DEPARTMENT_FIELDS,
        ),
    ):
        if values:
            sections.append(
                Section(
                    title_manager if manager else title_employee,
                    [Entry(values[key], label=label) for key, label in fields if values.get(key, "").strip()],
                    QT_TRANSLATE_NOOP("CarriedIn", "Nothing written yet; fill it in on the team overview.")
                    if manager
                    else "",
                )
            )
    if carried.profile:
        sections.append(
            Section(
                QT_TRANSLATE_NOOP("CarriedIn", "What you know about them (profile)")
                if manager
                else QT_TRANSLATE_NOOP("CarriedIn", "What we have learned about you"),
                _profile(carried),
            )
        )
    if carried.plan is not None:
        sections.append(_plan(carried, today, manager))
    if carried.metrics:
        sections.append(_metrics(carried, today, manager))
    return CarriedContent(reader, carried.guide.carry_in.note if manager else "", sections)


def owner_word(owner: str, manager_reads: bool, first_name: str = "") -> str:
    """Who does it, said to the reader: "you" for the reader's own items, the
    employee's first name (or "your manager") for the other side's."""
    if (owner == "manager") == manager_reads:
        return QT_TRANSLATE_NOOP("CarriedIn", "you")
    if manager_reads:
        return first_name or QT_TRANSLATE_NOOP("CarriedIn", "the employee")
    return QT_TRANSLATE_NOOP("CarriedIn", "your manager")


def _action(item, today: dt.date, manager_reads: bool, first_name: str) -> Entry:
    who = owner_word(item.owner.value, manager_reads, first_name)
    late = item.overdue(today)
    if item.due_date:
        template = (
            QT_TRANSLATE_NOOP("CarriedIn", "{text} — {who}, due {date} (overdue)")
            if late
            else QT_TRANSLATE_NOOP("CarriedIn", "{text} — {who}, due {date}")
        )
    else:
        template = QT_TRANSLATE_NOOP("CarriedIn", "{text} — {who}")
    text = template.format(
        text=item.text, who=who, date=short_day(item.due_date, today) if item.due_date else ""
    )
    return Entry(text, tone=Role.DANGER if late else None)


def _feedback(f, manager: bool) -> Entry:
    lines = []
    if f.employee_said:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP("CarriedIn", "They said")
                if manager
                else QT_TRANSLATE_NOOP("CarriedIn", "You said"),
                f.employee_said,
            )
        )
    if manager and f.manager_response.strip():  # your reflection is yours (the registry says so)
        lines.append(
            Line(QT_TRANSLATE_NOOP("CarriedIn", "Your reflection"), f.manager_response, private=True)
        )
    elif f.manager_response.strip() and for_employee("leadership_feedback", "manager_response"):
        lines.append(Line(QT_TRANSLATE_NOOP("CarriedIn", "My reflection"), f.manager_response))
    asked = (
        QT_TRANSLATE_NOOP("CarriedIn", "You asked: {request}").format(request=f.request)
        if manager
        else f.request
    )
    return Entry(asked, lines=tuple(lines))


def note_title(key: str, guide: Guide) -> str:
    if key == GENERAL_KEY:
        return QT_TRANSLATE_NOOP("CarriedIn", "General notes")
    if key == TOGETHER_KEY:
        return QT_TRANSLATE_NOOP("CarriedIn", "Notes we took together")
    titles = {i.key: i.title for i in guide.agenda}
    return titles.get(key, key.replace("_", " ").capitalize())


def wrap_up_parts(conversation: Conversation) -> list[tuple[str, str, bool]]:
    """The Wrap-up texts of a conversation as (label, text, private), each asked of the registry."""
    parts = [
        (
            QT_TRANSLATE_NOOP("CarriedIn", "Recap"),
            conversation.recap,
            not for_employee("conversations", "recap"),
        ),
        (
            QT_TRANSLATE_NOOP("CarriedIn", "Agreed next steps"),
            conversation.next_steps,
            not for_employee("conversations", "next_steps", conversation.next_steps_private),
        ),
        (
            QT_TRANSLATE_NOOP("CarriedIn", "Your summary"),
            conversation.summary,
            not for_employee("conversations", "summary"),
        ),
        (
            QT_TRANSLATE_NOOP("CarriedIn", "Why it was skipped"),
            conversation.skip_reason,
            not for_employee("conversations", "skip_reason"),
        ),
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
                text = QT_TRANSLATE_NOOP("CarriedIn", "{role} — learned: {learned}").format(
                    role=text, learned=entry.learned
                )
        grouped.setdefault(KIND_LABELS[entry.kind], []).append(text)
    return [Entry("; ".join(items), label=label) for label, items in grouped.items()]


def _plan(carried: CarriedIn, today: dt.date, manager: bool) -> Section:
    plan = carried.plan
    assert plan is not None
    entries = []
    for goal in plan.goals:
        late = sum(1 for a in goal.actions if a.status.value == "open" and a.due_date and a.due_date < today)
        template = (
            QT_TRANSLATE_NOOP("CarriedIn", "{goal} — {percent}% done ({late} overdue)")
            if late
            else QT_TRANSLATE_NOOP("CarriedIn", "{goal} — {percent}% done")
        )
        entries.append(
            Entry(
                template.format(goal=goal.title, percent=round(goal.progress * 100), late=late),
                tone=Role.DANGER if late else None,
            )
        )
    values = {
        "version": plan.version,
        "status": PLAN_STATUS_LABELS[plan.status],
        "percent": round(plan.progress * 100),
    }
    if plan.period_start and plan.period_end:
        title = QT_TRANSLATE_NOOP(
            "CarriedIn", "Development plan, version {version} ({status}, {start} to {end}) — {percent}% done"
        ).format(start=short_day(plan.period_start, today), end=short_day(plan.period_end, today), **values)
    else:
        title = QT_TRANSLATE_NOOP(
            "CarriedIn", "Development plan, version {version} ({status}) — {percent}% done"
        ).format(**values)
    return Section(title, entries, QT_TRANSLATE_NOOP("CarriedIn", "No goals yet.") if manager else "")


def _metrics(carried: CarriedIn, today: dt.date, manager: bool) -> Section:
    """Each agreed metric's last value (as of the conversation's day), and what to bring."""
    entries = []
    for metric, last in carried.metrics:
        if last is None:
            text = (
                QT_TRANSLATE_NOOP("CarriedIn", "no value yet — bring the baseline")
                if manager
                else QT_TRANSLATE_NOOP("CarriedIn", "no value yet")
            )
        else:
            template = (
                QT_TRANSLATE_NOOP("CarriedIn", "last {value} {unit} on {date}")
                if metric.unit
                else QT_TRANSLATE_NOOP("CarriedIn", "last {value} on {date}")
            )
            text = template.format(
                value=fmt(last.value), unit=metric.unit, date=short_day(last.measured_on, today)
            )
        lines = (
            (Line(QT_TRANSLATE_NOOP("CarriedIn", "How it is measured"), metric.description),)
            if metric.description
            else ()
        )
        entries.append(Entry(text, label=metric.name, lines=lines))
    title = (
        QT_TRANSLATE_NOOP("CarriedIn", "Agreed metrics: the last values, and what to bring")
        if manager
        else QT_TRANSLATE_NOOP("CarriedIn", "Agreed metrics: the last values")
    )
    return Section(title, entries)


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
    "metrics": (Topic.METRICS,),
}


def topics_shown(guide: Guide) -> frozenset[Topic]:
    """The topics a conversation's "Carried in" shows, from what its guide carries in."""
    topics = {topic for kind in guide.carry_in.kinds for topic in _KIND_TOPICS.get(kind, ())}
    if guide.carry_in.recap or guide.number is None:  # a check-in recaps the one before it
        topics |= {Topic.NOTES, Topic.CONVERSATIONS}
    return frozenset(topics)
