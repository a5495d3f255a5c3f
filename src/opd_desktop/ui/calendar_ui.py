"""Saving a calendar file (.ics) from the window: every scheduled
conversation (File → Export calendar…) or the open one (its screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from opd_desktop.store.database import Store
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.i18n import english_plural, error_text


def save_calendar(
    parent: QWidget,
    store: Store,
    on_error,
    *,
    conversation_id: int | None = None,
    suggested_name: str = "opd-conversations.ics",
    path: str | None = None,
) -> Path | None:
    """Ask where (unless `path` is given), write atomically (0600), say how many events."""
    from opd_desktop.services.calendar_export import export_calendar

    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CalendarUi", "Export calendar"),
            str(Path.home() / suggested_name),
            QCoreApplication.translate("CalendarUi", "Calendar files (*.ics)"),
        )
        if not path:
            return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    target_path = Path(path)
    outcome = actions_for(parent, store).run(
        lambda: export_calendar(store, target_path, conversation_id=conversation_id),
        on_error=lambda exc: on_error(error_text(exc)),
    )
    if not outcome:
        return None
    target, count = outcome.value
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            english_plural(
                QCoreApplication.translate(
                    "CalendarUi",
                    "Wrote {name}: %n conversation(s). Import it into your calendar; importing again updates the same events.",  # noqa: E501
                    "",
                    count,
                ),
                count,
            ).format(name=target.name),
            10000,
        )
    return target
