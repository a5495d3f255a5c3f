"""Where a report stands in the seven conversations: the rules, without storage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.series import SERIES_LENGTH
from opd_desktop.errors import ValidationError

if TYPE_CHECKING:
    from opd_desktop.core.models import Conversation


class Status(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    COMPLETED = "completed"
    SKIPPED = "skipped"


DONE = frozenset({Status.HELD, Status.COMPLETED})
SETTLED = DONE | {Status.SKIPPED}

# Which status changes make sense; anything else gets a clear refusal.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.PLANNED: frozenset({Status.HELD, Status.COMPLETED, Status.SKIPPED}),
    Status.HELD: frozenset({Status.COMPLETED, Status.PLANNED}),
    Status.COMPLETED: frozenset({Status.HELD}),
    Status.SKIPPED: frozenset({Status.PLANNED}),
}

STATUS_LABELS = {
    Status.PLANNED: QT_TRANSLATE_NOOP("ConversationStatus", "Planned"),
    Status.HELD: QT_TRANSLATE_NOOP("ConversationStatus", "Held"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("ConversationStatus", "Completed"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("ConversationStatus", "Skipped"),
}


def check_transition(current: Status, wanted: Status, label: str) -> None:
    if wanted == current:
        return
    if wanted not in TRANSITIONS[current]:
        raise ValidationError(_REFUSED_TRANSITION[current].format(label=label, wanted=wanted.value), "status")


# One whole sentence per current status (the hint belongs to it), never glued from pieces.
_REFUSED_TRANSITION = {
    Status.PLANNED: QT_TRANSLATE_NOOP(
        "Errors", "{label} is planned; it cannot be marked {wanted}. Hold, complete or skip it."
    ),
    Status.HELD: QT_TRANSLATE_NOOP(
        "Errors", "{label} is held; it cannot be marked {wanted}. Complete it, or reopen it as planned."
    ),
    Status.COMPLETED: QT_TRANSLATE_NOOP(
        "Errors",
        "{label} is completed; it cannot be marked {wanted}. Reopen it as held first if you need to change it.",  # noqa: E501
    ),
    Status.SKIPPED: QT_TRANSLATE_NOOP(
        "Errors", "{label} is skipped; it cannot be marked {wanted}. Plan it again first."
    ),
}


@dataclass(frozen=True)
class ConversationState:
    """What the stage rules need to know about one conversation."""

    number: int | None  # 1–7, or None for a check-in
    status: Status
    scheduled_at: dt.datetime | None
    held_on: dt.date | None
    held_at: dt.datetime | None = None


@dataclass(frozen=True)
class Stage:
    done: tuple[int, ...]  # series numbers held or completed
    skipped: tuple[int, ...]
    next_number: int | None  # next series conversation, None once the series is through
    checkins_held: int
    next_date: dt.datetime | None
    overdue: bool
    last_held: dt.datetime | None = None  # the last conversation actually held
    due_on: dt.date | None = None  # last held + cadence
    needs_date: bool = False  # nothing scheduled and the cadence has run out (see core/rhythm.py)

    @property
    def series_finished(self) -> bool:
        return self.next_number is None

    @property
    def label(self) -> str:
        if self.next_number is None:
            if self.checkins_held == 0:
                return QT_TRANSLATE_NOOP("Stage", "Check-ins")
            return QT_TRANSLATE_NOOP("Stage", "Check-ins ({count})").format(count=self.checkins_held)
        return QT_TRANSLATE_NOOP("Stage", "{number} of {total}").format(
            number=self.next_number, total=SERIES_LENGTH
        )


def held_moment(state: ConversationState) -> dt.datetime | None:
    """When a held conversation took place (its date at 09:00 when only the date is known)."""
    if state.status not in DONE:
        return None
    if state.held_at is not None:
        return state.held_at
    return dt.datetime.combine(state.held_on, dt.time(9)) if state.held_on else None


def compute_stage(
    states: Iterable[ConversationState],
    now: dt.datetime,
    checkins_held_elsewhere: int = 0,
    *,
    last_held_elsewhere: dt.datetime | None = None,
    cadence_days: int | None = None,
    checkin_cadence_days: int | None = None,
    added_on: dt.date | None = None,
) -> Stage:
    """The report's stage: done and skipped series conversations, the next one,
    and the next scheduled date (overdue when it is in the past and not held).
    `checkins_held_elsewhere` counts held check-ins not passed in `states`, and
    `last_held_elsewhere` is the latest of their times. Whether the report
    needs a date follows the rhythm's rules (core/rhythm.py)."""
    from opd_desktop.core import rhythm

    states = list(states)
    series: dict[int, ConversationState] = {}
    checkins: list[ConversationState] = []
    for state in states:
        if state.number is None:
            checkins.append(state)
        else:
            series[state.number] = state
    done = tuple(n for n in sorted(series) if series[n].status in DONE)
    skipped = tuple(n for n in sorted(series) if series[n].status == Status.SKIPPED)
    pending = [n for n in range(1, SERIES_LENGTH + 1) if n not in series or series[n].status not in SETTLED]
    next_number = pending[0] if pending else None
    upcoming = [
        s.scheduled_at
        for s in (*series.values(), *checkins)
        if s.status == Status.PLANNED and s.scheduled_at is not None
    ]
    next_date = min(upcoming) if upcoming else None
    held = [m for m in map(held_moment, states) if m is not None]
    if last_held_elsewhere is not None:
        held.append(last_held_elsewhere)
    cadence = rhythm.effective_cadence(cadence_days, checkin_cadence_days, next_number is None)
    attention = rhythm.attention(
        last_held=max(held) if held else None,
        next_scheduled=next_date,
        cadence_days=cadence,
        added_on=added_on,
        today=now.date(),
    )
    return Stage(
        done=done,
        skipped=skipped,
        next_number=next_number,
        checkins_held=checkins_held_elsewhere + sum(1 for c in checkins if c.status in DONE),
        next_date=next_date,
        overdue=next_date is not None and next_date < now,
        last_held=attention.last_held,
        due_on=attention.due_on,
        needs_date=attention.needs_date,
    )


def check_checkin_allowed(series_numbers_settled: Sequence[int]) -> None:
    if SERIES_LENGTH not in series_numbers_settled:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Check-ins follow the seven conversations; hold conversation 7 first."
            ),
            "checkin",
        )


def checkin_choice(journey: Sequence[Conversation]) -> Conversation | None:
    """The check-in to show or print: the next planned one, else the latest."""
    checkins = [c for c in journey if c.number is None]
    planned = [c for c in checkins if c.status == Status.PLANNED]
    return planned[0] if planned else (checkins[-1] if checkins else None)


def next_conversation(journey: Sequence[Conversation], next_number: int | None) -> Conversation | None:
    """What comes next in a report's journey: the series conversation its stage
    points at (`Stage.next_number`); after the series, the check-in to show;
    else the last conversation there is."""
    if next_number is not None:
        found = next((c for c in journey if c.number == next_number), None)
        if found is not None:
            return found
    return checkin_choice(journey) or (journey[-1] if journey else None)


def next_number_after(number: int | None) -> int | None:
    """The series conversation that follows `number`; None after 7 or a check-in (check-ins follow)."""
    return number + 1 if number is not None and number < SERIES_LENGTH else None
