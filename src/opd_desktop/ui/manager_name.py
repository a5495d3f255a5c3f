"""The manager's name for the footer of employee documents ("For Zoë and
Sam"): asked the first time a document needs it, then kept in the settings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from opd_desktop.services import settings
from opd_desktop.store.database import Store
from opd_desktop.ui.actions import Actions

log = logging.getLogger(__name__)


def ask_manager_name(parent: QWidget) -> str | None:
    """The small dialog; None when it is cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ManagerName", "Your name on the employee's copy"),
        QCoreApplication.translate(
            "ManagerName",
            "Documents for your team end with “For {employee} and {you}”.\n"
            "Your name as your team knows it (asked once; the documents say 'their manager' without it):",
        ),
    )
    return text if ok else None


def ensure_manager_name(parent: QWidget, store: Store, actions: Actions) -> None:
    """Ask for the name if none is saved yet; a cancel leaves the neutral footer."""
    if settings.manager_name(store):
        return
    name = ask_manager_name(parent)
    if name and name.strip():
        actions.run(lambda: settings.set_manager_name(store, name))
