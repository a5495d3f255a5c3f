"""Which stored text is for the manager alone, for the files that leave the
manager's hands (the handover file), asked of the audience registry in
`core/audience.py` (the one place that decides; this module only applies it
to whole rows as the schema stores them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from opd_desktop.core import audience
from opd_desktop.core.audience import Audience, UnclassifiedColumn


def is_private(table: str, column: str, row: Mapping[str, Any]) -> bool:
    """True when the text in `column` of this `row` of `table` is for the manager alone.
    A text column the registry does not know is treated the safe way: private."""
    try:
        found = audience.field(table, column)
    except UnclassifiedColumn:
        return isinstance(row.get(column), str)
    if found.audience == Audience.PRIVATE:
        return True
    if found.audience == Audience.BY_ROW:
        if table == "notes" and column == "body":
            return audience.note_is_private(str(row.get("item_key", "")), row.get(found.flag or "private", 1))
        return bool(row.get(found.flag or "", 1))
    return False


def _prose(table: str, column: str) -> bool:
    try:
        return audience.field(table, column).audience != Audience.DATA
    except UnclassifiedColumn:
        return False


def private_by_row(table: str, row: Mapping[str, Any]) -> bool:
    """A row whose own flag makes all its words private (a private note): it is
    left out whole rather than kept empty."""
    prose = [column for column in row if _prose(table, column)]
    by_row = [c for c in prose if audience.field(table, c).audience == Audience.BY_ROW]
    return bool(by_row) and all(is_private(table, c, row) for c in prose)
