"""Which stored text is for the manager alone, as files that leave the
manager's hands (the handover file) need to know it.

`is_private` is the single place that decides; when the app's audience
registry grows (every field with its audience), this function asks it instead
of the small table below, and every caller follows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Columns whose text is the manager's own, whatever the row: the conversation
# summary (the manager's account of it), the reason a conversation was skipped
# and the remarks on a metric's measurement.
PRIVATE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("conversations", "summary"),
        ("conversations", "skip_reason"),
        ("metric_values", "note"),
    }
)
PRIVATE_FLAG = "private"  # a row marked private (notes) is private in all its text


def is_private(table: str, column: str, row: Mapping[str, Any]) -> bool:
    """True when the text in `column` of this `row` of `table` is for the manager alone."""
    if (table, column) in PRIVATE_COLUMNS:
        return True
    return bool(row.get(PRIVATE_FLAG)) and column != PRIVATE_FLAG and isinstance(row.get(column), str)
