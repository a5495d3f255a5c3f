"""The life of an employee's idea, as one state machine.

captured → taken to senior management → answered with an outcome (adopted,
declined with the reason, or parked) → shared back with the employee.
Before it is taken, an idea can be dropped (with a reason) or merged into
another idea, which then carries every employee's credit.
"""

from __future__ import annotations

from enum import StrEnum

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.core.models import IdeaStatus
from opd_desktop.errors import ValidationError


class IdeaOutcome(StrEnum):
    ADOPTED = "adopted"
    DECLINED = "declined"
    PARKED = "parked"


OUTCOME_LABELS = {
    IdeaOutcome.ADOPTED: QT_TRANSLATE_NOOP("IdeaOutcome", "Adopted"),
    IdeaOutcome.DECLINED: QT_TRANSLATE_NOOP("IdeaOutcome", "Declined"),
    IdeaOutcome.PARKED: QT_TRANSLATE_NOOP("IdeaOutcome", "Parked"),
}

IDEA_STEPS: dict[IdeaStatus, frozenset[IdeaStatus]] = {
    IdeaStatus.CAPTURED: frozenset({IdeaStatus.TAKEN, IdeaStatus.DROPPED, IdeaStatus.MERGED}),
    IdeaStatus.TAKEN: frozenset({IdeaStatus.ANSWERED}),
    IdeaStatus.ANSWERED: frozenset({IdeaStatus.SHARED}),
    IdeaStatus.SHARED: frozenset(),
    IdeaStatus.DROPPED: frozenset(),
    IdeaStatus.MERGED: frozenset(),
}

# Ideas that still need the manager: waiting to be taken, answered or shared back.
OPEN_STATUSES = frozenset({IdeaStatus.CAPTURED, IdeaStatus.TAKEN, IdeaStatus.ANSWERED})

IDEA_STATUS_WORDS = {
    IdeaStatus.CAPTURED: "captured",
    IdeaStatus.TAKEN: "taken to senior management",
    IdeaStatus.ANSWERED: "answered",
    IdeaStatus.SHARED: "shared back with the employee",
    IdeaStatus.DROPPED: "dropped",
    IdeaStatus.MERGED: "merged into another idea",
}

_STEP_NAMES = {
    IdeaStatus.TAKEN: "take it to senior management",
    IdeaStatus.ANSWERED: "record senior management's answer",
    IdeaStatus.SHARED: "share the answer back with the employee",
    IdeaStatus.DROPPED: "drop it",
    IdeaStatus.MERGED: "merge it into another idea",
}


def next_steps(status: IdeaStatus) -> list[IdeaStatus]:
    order = [IdeaStatus.TAKEN, IdeaStatus.ANSWERED, IdeaStatus.SHARED, IdeaStatus.DROPPED, IdeaStatus.MERGED]
    return [s for s in order if s in IDEA_STEPS[status]]


def check_idea_step(current: IdeaStatus, wanted: IdeaStatus) -> None:
    """Refuse a step the state machine does not allow, saying what can be done instead."""
    if wanted in IDEA_STEPS[current]:
        return
    if wanted == current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This idea is already {value}.").format(
                value=IDEA_STATUS_WORDS[current]
            ),
            "status",
        )
    allowed = next_steps(current)
    if allowed:
        hint = f" The next step is to {_STEP_NAMES[allowed[0]]}"
        if len(allowed) > 1:
            hint += ", or to " + " or ".join(_STEP_NAMES[s] for s in allowed[1:])
        hint += "."
    elif current == IdeaStatus.SHARED:
        hint = " It is already shared back; nothing more to do."
    else:
        hint = f" It is {current.value}; nothing more can happen to it."
    if wanted in (IdeaStatus.DROPPED, IdeaStatus.MERGED) and current in OPEN_STATUSES:
        hint = " Only an idea not yet taken to senior management can be dropped or merged." + hint
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This idea is {value}; it cannot be {value2}.{hint}").format(
            value=current.value, value2=wanted.value, hint=hint
        ),
        "status",
    )


def parse_outcome(value: str) -> IdeaOutcome:
    try:
        return IdeaOutcome(value.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not an outcome; use adopted, declined or parked.").format(
                value=repr(value)
            ),
            "outcome",
        ) from None


def check_merge(source_id: int, source: IdeaStatus, target_id: int, target: IdeaStatus) -> None:
    check_idea_step(source, IdeaStatus.MERGED)
    if source_id == target_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An idea cannot be merged into itself; name another idea."), "merge"
        )
    if target in (IdeaStatus.DROPPED, IdeaStatus.MERGED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Idea {target_id} is {value}; merge into an idea that is still going."
            ).format(target_id=target_id, value=target.value),
            "merge",
        )
