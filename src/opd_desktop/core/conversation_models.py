"""A conversation and what comes out of it: its notes, action items, ideas and
leadership feedback (plain frozen dataclasses). Imported through
`core.models`, which makes them on first use (after the first paint)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import FeedbackStatus, IdeaStatus, ItemStatus, Owner
from opd_desktop.core.series import SERIES_LENGTH
from opd_desktop.core.stages import Status


@dataclass(frozen=True)
class Conversation:
    id: int
    report_id: int
    number: int | None
    status: Status
    scheduled_at: dt.datetime | None
    duration_minutes: int | None
    held_on: dt.date | None
    summary: str
    next_steps: str
    skip_reason: str
    held_at: dt.datetime | None = None  # when it was held (held_on is its date)
    updated_at: str = ""
    recap: str = ""  # written for the employee (shared)
    next_steps_private: bool = False  # next steps written before they were shared

    @property
    def is_checkin(self) -> bool:
        return self.number is None

    @property
    def label(self) -> str:
        if self.number is None:
            when = self.held_on or (self.scheduled_at.date() if self.scheduled_at else None)
            if when:
                return QT_TRANSLATE_NOOP("Conversation", "Check-in {date}").format(date=when.isoformat())
            return QT_TRANSLATE_NOOP("Conversation", "Check-in")
        return QT_TRANSLATE_NOOP("Conversation", "Conversation {number} of {total}").format(
            number=self.number, total=SERIES_LENGTH
        )


@dataclass(frozen=True)
class Note:
    conversation_id: int
    item_key: str
    body: str
    private: bool
    updated_at: str


@dataclass(frozen=True)
class ActionItem:
    id: int
    report_id: int
    conversation_id: int | None
    text: str
    owner: Owner
    due_date: dt.date | None
    status: ItemStatus
    created_at: str
    closed_at: str | None

    def overdue(self, today: dt.date) -> bool:
        return self.status == ItemStatus.OPEN and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class Idea:
    id: int
    report_id: int
    conversation_id: int | None
    text: str
    status: IdeaStatus
    taken_on: dt.date | None
    taken_to: str
    feedback: str
    feedback_on: dt.date | None
    shared_on: dt.date | None
    shared_in_conversation_id: int | None
    created_at: str
    outcome: str | None = None  # adopted / declined / parked, once answered
    drop_reason: str = ""
    merged_into_id: int | None = None

    @property
    def closed(self) -> bool:
        """Nothing more to do: shared back, dropped or merged into another idea."""
        return self.status in (IdeaStatus.SHARED, IdeaStatus.DROPPED, IdeaStatus.MERGED)

    def waiting_days(self, today: dt.date) -> int:
        """Days since the idea was captured, until it is shared back."""
        start = dt.date.fromisoformat(self.created_at[:10])
        end = self.shared_on or today
        return max(0, (end - start).days)


@dataclass(frozen=True)
class LeadershipFeedback:
    id: int
    report_id: int
    conversation_id: int | None
    request: str
    employee_said: str
    manager_response: str
    commitments: str
    status: FeedbackStatus
    created_at: str
    commitment_status: str = "open"  # open / kept / not_kept
    commitment_checked_on: dt.date | None = None
