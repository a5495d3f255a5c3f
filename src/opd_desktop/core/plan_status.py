"""A development plan's status and the moves allowed between them.

draft → final (finalized in conversation 7) → superseded (when a revision or
the next plan is finalized). A final plan is never edited: a revision is a new
draft version, and the final one stays in force until that draft is final."""

from __future__ import annotations

from enum import StrEnum

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError


class PlanStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SUPERSEDED = "superseded"


PLAN_STATUS_LABELS: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanStatus", "Draft"),
    PlanStatus.FINAL: QT_TRANSLATE_NOOP("PlanStatus", "Final"),
    PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("PlanStatus", "Replaced by a later version"),
}

PLAN_TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.FINAL}),
    PlanStatus.FINAL: frozenset({PlanStatus.SUPERSEDED}),
    PlanStatus.SUPERSEDED: frozenset(),
}


def can_move(current: PlanStatus | str, wanted: PlanStatus | str) -> bool:
    return PlanStatus(wanted) in PLAN_TRANSITIONS[PlanStatus(current)]


def check_plan_transition(current: PlanStatus | str, wanted: PlanStatus | str, version: int) -> None:
    if not can_move(current, wanted):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Version {version} of the plan is {value}; it cannot become {value2}."
            ).format(version=version, value=PlanStatus(current).value, value2=PlanStatus(wanted).value),
            "status",
        )


def is_editable(status: PlanStatus | str) -> bool:
    """Only a draft's goals, actions, period and commitments can change."""
    return PlanStatus(status) == PlanStatus.DRAFT


def can_revise(status: PlanStatus | str) -> bool:
    """A final plan can be revised (a new draft version) or followed by the next plan."""
    return PlanStatus(status) == PlanStatus.FINAL


def progress_recordable(status: PlanStatus | str) -> bool:
    """Actions of a draft or final plan can be marked done; a superseded plan is history."""
    return PlanStatus(status) != PlanStatus.SUPERSEDED
