"""The domain's data types, as plain frozen dataclasses.

The roster's (a report, its entry) and the statuses are defined here; a
conversation and what comes out of it (notes, action items, ideas, leadership
feedback) in `core/conversation_models.py`, read from here as before but made
on first use: a frozen dataclass costs ~0.7 ms to create (its methods are
compiled at import), and the first window needs none of those five."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.stages import Stage

if TYPE_CHECKING:
    from opd_desktop.core.conversation_models import ActionItem as ActionItem
    from opd_desktop.core.conversation_models import Conversation as Conversation
    from opd_desktop.core.conversation_models import Idea as Idea
    from opd_desktop.core.conversation_models import LeadershipFeedback as LeadershipFeedback
    from opd_desktop.core.conversation_models import Note as Note

MADE_ON_FIRST_USE = frozenset({"Conversation", "Note", "ActionItem", "Idea", "LeadershipFeedback"})


def __getattr__(name: str) -> object:
    """`from opd_desktop.core.models import Conversation` (and the other four) as before."""
    if name in MADE_ON_FIRST_USE:
        from opd_desktop.core import conversation_models

        value = getattr(conversation_models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
