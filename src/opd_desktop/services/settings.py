"""Settings kept in the database's `meta` table: for now the manager's name,
which employee-facing documents print in their footer."""

from __future__ import annotations

import os

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


def employee_footer(store: Store, employee: str) -> str:
    """The footer of every document the employee may read."""
    return f"For {employee} and {manager_name(store) or NEUTRAL_MANAGER}"
