"""What a conversation carries in from earlier ones.

Open items belong to the report, not to the next conversation in line, so
nothing is lost when a conversation is skipped or rescheduled: every later
conversation sees what is still open. For a conversation already held, the
view is as it was on that day (open then, even if closed since).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from opd_desktop.core.guides import Guide, GuideSet, default_guides
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import (
    ActionItem,
    Conversation,
    FeedbackStatus,
    Idea,
    IdeaStatus,
    ItemStatus,
    LeadershipFeedback,
    Note,
)
from opd_desktop.core.stages import DONE
from opd_desktop.services import followthrough, metrics, organization, plans, profile
from opd_desktop.services.conversations import get_conversation, series_conversation
from opd_desktop.services.metrics import MetricDefinition, MetricValue
from opd_desktop.services.notes import notes_for
from opd_desktop.services.plans import Plan
from opd_desktop.services.profile import ProfileEntry
from opd_desktop.store.database import Store


@dataclass(frozen=True)
class Recap:
    number: int | None  # None: a check-in
    title: str
    conversation: Conversation
    notes: dict[str, Note]

    @property
    def heading(self) -> str:
        if self.number is None:
            when = self.conversation.held_on or (
                self.conversation.scheduled_at.date() if self.conversation.scheduled_at else None
            )
            if when:
                return QT_TRANSLATE_NOOP("CarriedIn", "Recap of the check-in {date}").format(
                    date=when.isoformat()
                )
            return QT_TRANSLATE_NOOP("CarriedIn", "Recap of the check-in")
        return QT_TRANSLATE_NOOP("CarriedIn", "Recap of conversation {number}: {title}").format(
            number=self.number, title=self.title
        )


@dataclass(frozen=True)
class CarriedIn:
    conversation: Conversation
    guide: Guide
    action_items: list[ActionItem] = field(default_factory=list)
    ideas: list[Idea] = field(default_factory=list)
    leadership_feedback: list[LeadershipFeedback] = field(default_factory=list)
    leadership_commitments: list[LeadershipFeedback] = field(default_factory=list)
    recaps: list[Recap] = field(default_factory=list)
    organization: dict[str, str] = field(default_factory=dict)
    department: dict[str, str] = field(default_factory=dict)
    profile: list[ProfileEntry] = field(default_factory=list)
    plan: Plan | None = None
    # each agreed metric with its last value (as of the conversation's day): what to bring
    metrics: list[tuple[MetricDefinition, MetricValue | None]] = field(default_factory=list)


def _as_of(conversation: Conversation) -> dt.date | None:
    """The day the view is taken: the day it was held, or None for 'now'."""
    return conversation.held_on if conversation.status in DONE else None


def _created_by(stamp: str, day: dt.date | None) -> bool:
    return day is None or dt.date.fromisoformat(stamp[:10]) <= day


def _still_open_on(closed: str | dt.date | None, day: dt.date | None, open_now: bool) -> bool:
    if day is None:
        return open_now
    if closed is None:
        return True
    closed_day = closed if isinstance(closed, dt.date) else dt.date.fromisoformat(closed[:10])
    return closed_day >= day


def carried_in(store: Store, conversation_id: int, guides: GuideSet | None = None) -> CarriedIn:
    conversation = get_conversation(store, conversation_id)
    guide = (guides or default_guides()).for_number(conversation.number)
    day = _as_of(conversation)
    report_id = conversation.report_id

    def not_from_here(origin: int | None) -> bool:
        return origin != conversation.id

    items = [
        item
        for item in followthrough.action_items(store, report_id)
        if not_from_here(item.conversation_id)
        and _created_by(item.created_at, day)
        and _still_open_on(item.closed_at, day, item.status == ItemStatus.OPEN)
    ]
    waiting = [
        idea
        for idea in followthrough.ideas(store, report_id)
        if not_from_here(idea.conversation_id)
        and idea.status not in (IdeaStatus.DROPPED, IdeaStatus.MERGED)
        and _created_by(idea.created_at, day)
        and (
            idea.shared_in_conversation_id == conversation.id
            or _still_open_on(idea.shared_on, day, idea.status != IdeaStatus.SHARED)
        )
    ]
    feedback = [
        f
        for f in followthrough.leadership_feedback(store, report_id)
        if not_from_here(f.conversation_id) and _created_by(f.created_at, day)
    ]
    kinds = set(guide.carry_in.kinds)
    return CarriedIn(
        conversation=conversation,
        guide=guide,
        action_items=items if "open_action_items" in kinds else [],
        ideas=waiting if "ideas_awaiting_feedback" in kinds else [],
        leadership_feedback=[f for f in feedback if f.status != FeedbackStatus.CLOSED]
        if "leadership_feedback" in kinds
        else [],
        leadership_commitments=[
            f for f in feedback if f.status == FeedbackStatus.ANSWERED and f.commitments.strip()
        ]
        if "leadership_commitments" in kinds
        else [],
        recaps=[
            _recap(store, report_id, number, guides or default_guides()) for number in guide.carry_in.recap
        ]
        + _checkin_recap(store, conversation, guides or default_guides()),
        organization=organization.read(store, "organization") if "organization" in kinds else {},
        department=organization.read(store, "department") if "department" in kinds else {},
        profile=_profile(store, report_id, kinds),
        plan=plans.current_plan(store, report_id) if "plan" in kinds else None,
        metrics=_metrics(store, report_id, day) if "metrics" in kinds else [],
    )


def _metrics(
    store: Store, report_id: int, day: dt.date | None
) -> list[tuple[MetricDefinition, MetricValue | None]]:
    found = []
    for metric, _latest in metrics.latest_values(store, report_id):
        current = metrics.current_values(store, metric.id, report_id)
        if day is not None:
            current = [v for v in current if v.measured_on <= day]
        found.append((metric, current[-1] if current else None))
    return found


def _profile(store: Store, report_id: int, kinds: set[str]) -> list[ProfileEntry]:
    if "profile" in kinds:
        return profile.entries(store, report_id)
    if "career_history" in kinds:
        return profile.entries(store, report_id, "career")
    return []


def _checkin_recap(store: Store, conversation: Conversation, guides: GuideSet) -> list[Recap]:
    """A check-in takes up the conversation held just before it (conversation 7 or
    the previous check-in)."""
    if not conversation.is_checkin:
        return []
    from opd_desktop.services.conversations import journey

    path = journey(store, conversation.report_id)
    earlier = path[: next(i for i, c in enumerate(path) if c.id == conversation.id)]
    held = [c for c in earlier if c.status in DONE]
    if not held:
        return []
    previous = held[-1]
    return [
        Recap(
            number=previous.number,
            title=guides.for_number(previous.number).title,
            conversation=previous,
            notes=notes_for(store, previous.id),
        )
    ]


def _recap(store: Store, report_id: int, number: int, guides: GuideSet) -> Recap:
    earlier = series_conversation(store, report_id, number)
    return Recap(
        number=number,
        title=guides.for_number(number).title,
        conversation=earlier,
        notes=notes_for(store, earlier.id),
    )
