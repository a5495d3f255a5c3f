"""Settings kept in the database's `meta` table: for now the manager's name,
which employee-facing documents print in their footer."""

from __future__ import annotations

import os

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.services.text import clean_line
from opd_desktop.store.database import Store

MANAGER_NAME_KEY = "setting.manager_name"
MANAGER_NAME_ENV = "OPD_MANAGER_NAME"  # for the command line, when no name is saved yet
NEUTRAL_MANAGER = "their manager"


def manager_name(store: Store) -> str:
    """The saved name, else OPD_MANAGER_NAME, else '' (not asked yet)."""
    saved = (store.meta(MANAGER_NAME_KEY) or "").strip()
    return saved or clean_line(os.environ.get(MANAGER_NAME_ENV, ""), "manager's name")


def set_manager_name(store: Store, name: str) -> str:
    cleaned = clean_line(name, "manager's name", required=True)
    store.set_meta(MANAGER_NAME_KEY, cleaned)
    return cleaned


WRITING_LINES_KEY = "setting.writing_lines"
DEFAULT_WRITING_LINES = 6  # ruled lines per agenda item on paper, to write on by hand
WRITING_LINES_RANGE = (2, 20)


def writing_lines(store: Store) -> int:
    """Ruled lines under each agenda item on the paper agenda (default 6)."""
    low, high = WRITING_LINES_RANGE
    try:
        saved = int(store.meta(WRITING_LINES_KEY) or DEFAULT_WRITING_LINES)
    except ValueError:
        saved = DEFAULT_WRITING_LINES
    return min(high, max(low, saved))


def set_writing_lines(store: Store, lines: int) -> int:
    from opd_desktop.errors import ValidationError

    low, high = WRITING_LINES_RANGE
    if not low <= int(lines) <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose between {low} and {high} lines of writing space per item."
            ).format(low=low, high=high),
            "writing lines",
        )
    store.set_meta(WRITING_LINES_KEY, str(int(lines)))
    return int(lines)


def employee_footer(store: Store, employee: str) -> str:
    """The footer of every document the employee may read."""
    return f"For {employee} and {manager_name(store) or NEUTRAL_MANAGER}"
