"""Who may read each piece of text: the one audience registry.

Every text column of the schema is named here with its audience. Documents
and screens ask this module whether a column may be shown to the employee;
they never decide it themselves. A test compares the registry with the live
schema, so a text column added later cannot slip through unclassified.

- PRIVATE: only the manager (notes to self, reflections, the own summary).
- SHARED: written for the employee (recap, plan, action items, ideas …).
- BY_ROW: each row carries a flag column that says private (1) or shared (0);
  new rows are private unless the field's default says otherwise.
- DATA: keys, statuses, dates and settings — not words written about anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP


class Audience(StrEnum):
    PRIVATE = "private"
    SHARED = "shared"
    BY_ROW = "by_row"
    DATA = "data"


@dataclass(frozen=True)
class Field:
    table: str
    column: str
    audience: Audience
    flag: str | None = None  # BY_ROW: the column holding 1 (private) or 0 (shared)
    meaning: str = ""


PRIVATE_LABEL = QT_TRANSLATE_NOOP("Audience", "Only you")
SHARED_LABEL = QT_TRANSLATE_NOOP("Audience", "Shared with {first}")
SHARED_WITH_EMPLOYEE = QT_TRANSLATE_NOOP("Audience", "Shared with the employee")
PRIVATE_ICON = "\U0001f512"  # a closed lock
SHARED_ICON = "\U0001f465"  # two people


def _data(table: str, *columns: str) -> list[Field]:
    return [Field(table, column, Audience.DATA) for column in columns]


_STAMPS = ("created_at", "updated_at")

FIELDS: tuple[Field, ...] = tuple(
    [
        *_data("meta", "key", "value"),
        Field("reports", "name", Audience.SHARED, meaning="the employee's own name"),
        Field("reports", "role", Audience.SHARED),
        Field("reports", "team", Audience.SHARED),
        *_data("reports", "start_date", "archived_at", "cadence_days", *_STAMPS),
        *_data("conversations", "status", "scheduled_at", "held_on", "held_at", *_STAMPS),
        Field("conversations", "summary", Audience.PRIVATE, meaning="Wrap-up: your summary"),
        Field(
            "conversations",
            "next_steps",
            Audience.BY_ROW,
            flag="next_steps_private",
            meaning="Wrap-up: agreed next steps (private only if written before sharing existed)",
        ),
        Field("conversations", "recap", Audience.SHARED, meaning="Wrap-up: the recap for the employee"),
        Field("conversations", "skip_reason", Audience.PRIVATE),
        *_data("notes", "item_key", "updated_at"),
        Field("notes", "body", Audience.BY_ROW, flag="private", meaning="prepare and conduct notes"),
        Field("action_items", "text", Audience.SHARED),
        *_data("action_items", "owner", "due_date", "status", "created_at", "closed_at"),
        Field("ideas", "text", Audience.SHARED),
        Field("ideas", "taken_to", Audience.SHARED),
        Field("ideas", "feedback", Audience.SHARED, meaning="senior management's answer"),
        *_data("ideas", "status", "taken_on", "feedback_on", "shared_on", "created_at", "closed_at"),
        Field("leadership_feedback", "request", Audience.SHARED),
        Field("leadership_feedback", "employee_said", Audience.SHARED),
        Field("leadership_feedback", "manager_response", Audience.PRIVATE, meaning="your reflection"),
        Field("leadership_feedback", "commitments", Audience.SHARED),
        *_data("leadership_feedback", "status", "created_at", "closed_at"),
        Field("profile_entries", "text", Audience.SHARED),
        Field("profile_entries", "detail", Audience.SHARED),
        Field("profile_entries", "learned", Audience.SHARED),
        *_data("profile_entries", "kind", "start_date", "end_date", *_STAMPS),
        *_data("organization", "field", "updated_at"),
        Field("organization", "body", Audience.SHARED),
        *_data("department", "field", "updated_at"),
        Field("department", "body", Audience.SHARED),
        Field("plans", "employee_commitments", Audience.SHARED),
        Field("plans", "manager_commitments", Audience.SHARED),
        Field("plans", "snapshot", Audience.SHARED, meaning="the finalized plan as agreed"),
        *_data("plans", "status", "period_start", "period_end", "next_review", "finalized_at", *_STAMPS),
        Field("plan_goals", "title", Audience.SHARED),
        Field("plan_goals", "why", Audience.SHARED),
        Field("plan_goals", "success_measure", Audience.SHARED),
        *_data("plan_goals", "target_date", "proposed_by", "created_at"),
        Field("plan_actions", "text", Audience.SHARED),
        Field("plan_actions", "support_needed", Audience.SHARED),
        *_data("plan_actions", "owner", "due_date", "status", "proposed_by", "created_at"),
        Field("metric_definitions", "name", Audience.SHARED),
        Field("metric_definitions", "unit", Audience.SHARED),
        Field("metric_definitions", "description", Audience.SHARED),
        *_data("metric_definitions", "created_at"),
        Field("metric_values", "note", Audience.PRIVATE, meaning="your note on a measurement"),
        *_data("metric_values", "measured_on", "created_at"),
        # the program's return (issue 14): states, dates and kinds; the drop reason is the manager's
        *_data("metric_definitions", "template", "agreed_on", "team_key"),
        *_data("metric_values", "replaced_at", "deleted_at"),
        *_data("ideas", "outcome"),
        Field("ideas", "drop_reason", Audience.PRIVATE, meaning="why you did not take the idea further"),
        *_data("leadership_feedback", "commitment_status", "commitment_checked_on"),
        *_data("plan_goals", "outcome", "outcome_on"),
        *_data("reports", "archive_reason", "left_on"),
    ]
)

# Tables that hold no prose of their own (the full-text index's shadows; `notes_fts`
# is the notes index a file from before migration 6 still has).
IGNORED_TABLE_PREFIXES = ("notes_fts", "search_index", "sqlite_", "_sqlite_migrations")

_BY_KEY = {(f.table, f.column): f for f in FIELDS}

# Notes whose item key fixes the audience whatever the flag says.
ALWAYS_PRIVATE_NOTE_KEYS = frozenset({"prep", "checklist"})
ALWAYS_SHARED_NOTE_KEYS = frozenset(
    {
        "summary_employee",
        "summary_manager",
        "summary_agreement",
        "together",
    }  # together: typed in together mode
)


class UnclassifiedColumn(LookupError):
    """A text column that the registry does not name (a programming error)."""


def field(table: str, column: str) -> Field:
    try:
        return _BY_KEY[(table, column)]
    except KeyError:
        raise UnclassifiedColumn(
            f"{table}.{column} has no audience; add it to core/audience.py before showing it."
        ) from None


def audience(table: str, column: str) -> Audience:
    return field(table, column).audience


def for_employee(table: str, column: str, row_private: bool | int | None = None) -> bool:
    """May this text appear where the employee reads it? Private unless shown otherwise."""
    found = field(table, column)
    if found.audience == Audience.SHARED:
        return True
    if found.audience == Audience.BY_ROW:
        return row_private is not None and not bool(row_private)
    return False


def note_is_private(item_key: str, private_flag: bool | int) -> bool:
    """A note's audience: some keys are fixed (your preparation, the series summary)."""
    if item_key in ALWAYS_PRIVATE_NOTE_KEYS:
        return True
    if item_key in ALWAYS_SHARED_NOTE_KEYS:
        return False
    return bool(private_flag)


def columns(kind: Audience) -> list[Field]:
    return [f for f in FIELDS if f.audience == kind]


def label(private: bool, first_name: str) -> str:
    """The words shown with a field: 'Only you' or 'Shared with Zoë'."""
    if private:
        return PRIVATE_LABEL
    return SHARED_LABEL.format(first=first_name) if first_name else SHARED_WITH_EMPLOYEE


def marker(private: bool, first_name: str) -> str:
    """Icon and words together, never colour alone."""
    return f"{PRIVATE_ICON if private else SHARED_ICON} {label(private, first_name)}"


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else full_name
