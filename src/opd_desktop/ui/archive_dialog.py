"""Archiving a report: asked why and when they left, so that the program's
return can count retention; their notes stay and "Show archived reports"
brings them back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opd_desktop.core.models import Report
from opd_desktop.services import outcomes
from opd_desktop.store.database import Store
from opd_desktop.ui.actions import Actions
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import shown


def ask_and_archive(parent: QWidget, store: Store, actions: Actions, report: Report) -> bool:
    """Archive `report` after asking why and when they left; False when cancelled or refused."""
    dialog = FormDialog(
        QCoreApplication.translate("MainWindow", "Archive report"),
        parent,
        intro=QCoreApplication.translate(
            "MainWindow",
            "Archive {name}? Their notes stay; you can restore them with "
            "“Show archived reports”. Why and when they left counts towards retention.",
        ).format(name=report.name),
    )
    dialog.add_combo(
        "archive reason",
        QCoreApplication.translate("MainWindow", "Why"),
        [(shown(t), k) for k, t in outcomes.ARCHIVE_REASONS.items()],
    )
    dialog.add_date(
        "date they left",
        QCoreApplication.translate("MainWindow", "Left on"),
        dt.date.today(),
        optional=False,
    )
    return actions.form(
        dialog, lambda v: outcomes.archive(store, report.id, v["archive reason"], v["date they left"])
    )
