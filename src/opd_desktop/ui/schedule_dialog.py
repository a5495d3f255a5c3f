"""Scheduling from the overview's "Needs a date": one dialog with the
suggested date (last held + cadence, on a working day at the usual time);
a refusal is shown inline and nothing changes."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.services import reports, rhythm
from opd_desktop.store.database import Store
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import mute, paragraph


class ScheduleDialog(QDialog):
    def __init__(self, store: Store, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self.scheduled = None
        entry = reports.roster_entry(store, report_id)
        self.number: int | str = entry.stage.next_number or "checkin"
        if entry.stage.next_number:
            title = QCoreApplication.translate("ScheduleDialog", "Schedule conversation {number}").format(
                number=entry.stage.next_number
            )
        else:
            title = QCoreApplication.translate("ScheduleDialog", "Schedule the next check-in")
        self.setWindowTitle(title)
        at_least(self, 440)  # wider when a translation needs it
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                (
                    QCoreApplication.translate(
                        "ScheduleDialog", "<b>{name}</b>: schedule conversation {number}."
                    )
                    if entry.stage.next_number
                    else QCoreApplication.translate(
                        "ScheduleDialog", "<b>{name}</b>: schedule the next check-in."
                    )
                ).format(name=html.escape(entry.report.name), number=entry.stage.next_number)
            )
        )
        suggestion = rhythm.suggest_next_date(store, report_id)
        hint = paragraph(
            QCoreApplication.translate(
                "ScheduleDialog",
                "Suggested from the last conversation held, the cadence, your working days and usual time.",
            ),
            muted=True,
        )
        layout.addWidget(hint)
        self.when = QDateTimeEdit(QDateTime(suggestion))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        layout.addWidget(self.when)
        self.error = QLabel()
        self.error.setWordWrap(True)
        mute(self.error)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("ScheduleDialog", "Schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        when: dt.datetime = self.when.dateTime().toPython()
        outcome = actions_for(self, self.store).run(
            lambda: rhythm.schedule_by_number(self.store, self.report_id, self.number, when),
            on_error=self._refused,
        )
        if outcome:
            self.scheduled = outcome.value
            self.accept()

    def _refused(self, error) -> None:
        self.error.setText(error_text(error))
        self.error.show()


def schedule_next(store: Store, report_id: int, parent: QWidget | None = None) -> bool:
    dialog = ScheduleDialog(store, report_id, parent)
    return bool(dialog.exec())
