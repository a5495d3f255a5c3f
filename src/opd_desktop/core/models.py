"""The domain's data types, as plain frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.series import SERIES_LENGTH
from opd_desktop.core.stages import Stage, Status


class Owner(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"


class ItemStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


ITEM_STATUS_LABELS = {
    ItemStatus.OPEN: QT_TRANSLATE_NOOP("ItemStatus", "Open"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP("ItemStatus", "Done"),
    ItemStatus.DROPPED: QT_TRANSLATE_NOOP("ItemStatus", "Dropped"),
}


def check_item_transition(current: ItemStatus, wanted: ItemStatus, what: str = "action") -> None:
    """Open items are closed as done or dropped; a closed one is reopened before
    it changes again (done straight to dropped makes no sense)."""
    if current == wanted or ItemStatus.OPEN in (current, wanted):
        return
    from opd_desktop.errors import ValidationError

    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This {what} is {value}; reopen it before marking it {value2}.").format(
            what=what, value=current.value, value2=wanted.value
        ),
        "status",
    )


class IdeaStatus(StrEnum):
    CAPTURED = "captured"
    TAKEN = "taken"  # taken to senior management
    ANSWERED = "answered"  # senior management's feedback received
    SHARED = "shared"  # feedback shared back with the employee
    DROPPED = "dropped"  # not taken further, with a reason
    MERGED = "merged"  # folded into another idea, which carries this employee's credit


IDEA_STATUS_LABELS = {
    IdeaStatus.CAPTURED: QT_TRANSLATE_NOOP("IdeaStatus", "Captured"),
    IdeaStatus.TAKEN: QT_TRANSLATE_NOOP("IdeaStatus", "With senior management"),
    IdeaStatus.ANSWERED: QT_TRANSLATE_NOOP("IdeaStatus", "Feedback received"),
    IdeaStatus.SHARED: QT_TRANSLATE_NOOP("IdeaStatus", "Shared back"),
    IdeaStatus.DROPPED: QT_TRANSLATE_NOOP("IdeaStatus", "Dropped"),
    IdeaStatus.MERGED: QT_TRANSLATE_NOOP("IdeaStatus", "Merged"),
}


class FeedbackStatus(StrEnum):
    REQUESTED = "requested"  # asked for in conversation 3
    ANSWERED = "answered"  # employee's feedback heard, commitments made
    CLOSED = "closed"  # the manager has closed the commitments


FEEDBACK_STATUS_LABELS = {
    FeedbackStatus.REQUESTED: QT_TRANSLATE_NOOP("FeedbackStatus", "Asked, not yet heard"),
    FeedbackStatus.ANSWERED: QT_TRANSLATE_NOOP("FeedbackStatus", "Commitments open"),
    FeedbackStatus.CLOSED: QT_TRANSLATE_NOOP("FeedbackStatus", "Closed"),
}


@dataclass(frozen=True)
class Report:
    id: int
    name: str
    role: str
    team: str
    start_date: dt.date | None
    archived: bool
    cadence_days: int | None = None  # days between conversations; None: the default
    added_on: dt.date | None = None


@dataclass(frozen=True)
class RosterEntry:
    report: Report
    stage: Stage
    open_items: int = 0  # open action items, shown in the roster's tooltip


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
