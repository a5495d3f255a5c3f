"""What each capture kind a guide declares does, as one registry.

The guides decide which kinds an agenda item captures; this module decides how:
a quick-capture option (one line, Enter) or a place on another screen. Every kind
in `core.guides.CAPTURE_KINDS` is either here or listed in
`core.guides.PENDING_CAPTURE_KINDS`; a pending kind shows nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from opd_desktop.core.changes import Topic
from opd_desktop.core.guides import PENDING_CAPTURE_KINDS, Guide
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import ActionItem, Conversation
from opd_desktop.services import followthrough, plans, profile
from opd_desktop.store.database import Store

CaptureFn = Callable[..., object]  # (store, conversation, text) — and due=… for action items


@dataclass(frozen=True)
class QuickOption:
    label: str
    kind: str  # the guide's capture kind that offers it
    capture: CaptureFn
    topic: Topic  # what the capture changes (and what the captured list shows)
    takes_due: bool = False  # an action item: captured with an optional due date


def _action_for(owner: str) -> CaptureFn:
    return lambda store, c, text, due=None: followthrough.add_action_item(
        store, c.report_id, text, owner, due or None, c.id
    )


def _profile_entry(kind: str) -> CaptureFn:
    return lambda store, c, text: profile.add_entry(store, c.report_id, kind, text, conversation_id=c.id)


def _plan_goal(store: Store, c: Conversation, text: str) -> object:
    """A goal for the development plan's draft, started here if there is none."""
    return plans.add_goal(store, plans.start_plan(store, c.report_id).id, text)


QUICK_OPTIONS: tuple[QuickOption, ...] = (
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Action item for the employee"),
        "action_items",
        _action_for("employee"),
        Topic.ACTION_ITEMS,
        True,
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Action item for me"),
        "action_items",
        _action_for("manager"),
        Topic.ACTION_ITEMS,
        True,
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Idea for senior management"),
        "ideas",
        lambda store, c, text: followthrough.capture_idea(store, c.report_id, text, c.id),
        Topic.IDEAS,
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Feedback request on my leadership"),
        "leadership_feedback",
        lambda store, c, text: followthrough.request_leadership_feedback(store, c.report_id, text, c.id),
        Topic.LEADERSHIP_FEEDBACK,
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Strength"), "strengths", _profile_entry("strength"), Topic.PROFILE
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Preference"),
        "preferences",
        _profile_entry("preference"),
        Topic.PROFILE,
    ),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Aspiration"),
        "aspirations",
        _profile_entry("aspiration"),
        Topic.PROFILE,
    ),
    QuickOption(QT_TRANSLATE_NOOP("CaptureKind", "Value"), "values", _profile_entry("value"), Topic.PROFILE),
    QuickOption(
        QT_TRANSLATE_NOOP("CaptureKind", "Development plan goal"), "plan_goals", _plan_goal, Topic.PLANS
    ),
)

# Kinds captured somewhere other than quick capture: where, in the manager's words.
ELSEWHERE: dict[str, str] = {
    "notes": "the agenda item's notes on the Conduct tab",
    "idea_feedback": "the idea's next step in Follow-through",
    "career_history": "career history on the Profile page",
    "plan_actions": "the actions of the Development plan",
    "commitments": "the commitments of the Development plan",
    "metrics": "the agreed metrics' values on the Conduct tab (and the report's Metrics page)",
}

ALWAYS_OFFERED = frozenset({"action_items"})  # any conversation can agree an action


def implemented_kinds() -> frozenset[str]:
    return frozenset({o.kind for o in QUICK_OPTIONS} | set(ELSEWHERE))


def declared_kinds(guide: Guide) -> frozenset[str]:
    return frozenset(kind for item in guide.agenda for kind in item.captures)


def offered(guide: Guide) -> list[QuickOption]:
    """The quick-capture options this conversation's guide asks for (pending kinds show nothing)."""
    kinds = (declared_kinds(guide) | ALWAYS_OFFERED) - PENDING_CAPTURE_KINDS
    return [option for option in QUICK_OPTIONS if option.kind in kinds]


def plan_goals_captured(guide: Guide) -> bool:
    """Whether this conversation works on the development plan (the guide says so)."""
    return bool({"plan_goals", "plan_actions"} & declared_kinds(guide))


@dataclass(frozen=True)
class Captured:
    kind: str  # "Action (employee)", "Idea", …
    text: str
    action_item: ActionItem | None = None  # an action item can be edited where it was captured


_PROFILE_KINDS = {
    "strength": QT_TRANSLATE_NOOP("CaptureKind", "Strength"),
    "preference": QT_TRANSLATE_NOOP("CaptureKind", "Preference"),
    "aspiration": QT_TRANSLATE_NOOP("CaptureKind", "Aspiration"),
    "value": QT_TRANSLATE_NOOP("CaptureKind", "Value"),
}


def captured_in(store: Store, conversation: Conversation, guide: Guide) -> list[Captured]:
    """What was captured in this conversation, oldest first by kind."""
    found: list[Captured] = []
    for item in followthrough.action_items(store, conversation.report_id):
        if item.conversation_id == conversation.id:
            found.append(Captured(f"Action ({item.owner.value})", item.text, item))
    for idea in followthrough.ideas(store, conversation.report_id):
        if idea.conversation_id == conversation.id:
            found.append(Captured(QT_TRANSLATE_NOOP("CaptureKind", "Idea"), idea.text))
    for feedback in followthrough.leadership_feedback(store, conversation.report_id):
        if feedback.conversation_id == conversation.id:
            found.append(Captured(QT_TRANSLATE_NOOP("CaptureKind", "Feedback request"), feedback.request))
    found += [
        Captured(_PROFILE_KINDS.get(entry.kind, entry.kind.capitalize()), entry.text)
        for entry in profile.entries_from_conversation(store, conversation.id)
    ]
    if "plan_goals" in declared_kinds(guide):
        plan = plans.current_plan(store, conversation.report_id)
        found += [
            Captured(QT_TRANSLATE_NOOP("CaptureKind", "Plan goal"), goal.title)
            for goal in (plan.goals if plan else [])
        ]
    return found


def topics_shown(guide: Guide) -> frozenset[Topic]:
    """The topics the captured list of this conversation shows."""
    return frozenset({o.topic for o in offered(guide)})
