"""Settings of the rhythm: working days, the usual meeting time, and which
reminders to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.rhythm import WEEKDAY_NAMES
from opd_desktop.services import rhythm
from opd_desktop.store.database import Store
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import mute, paragraph


class RhythmSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(QCoreApplication.translate("RhythmSettingsDialog", "Schedule and reminders"))
        settings = rhythm.load_settings(store)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        days = QWidget()
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: list[QCheckBox] = []
        for index, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(name[:3])
            box.setToolTip(name)
            box.setChecked(index in settings.working_days)
            grid.addWidget(box, 0, index)
            self.day_boxes.append(box)
        form.addRow(QCoreApplication.translate("RhythmSettingsDialog", "Working days"), days)
        self.same_time = QCheckBox(
            QCoreApplication.translate("RhythmSettingsDialog", "The time of the last conversation")
        )
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        chosen = settings.meeting_time
        self.same_time.setChecked(chosen is None)
        self.time.setTime(QTime(chosen.hour, chosen.minute) if chosen else QTime(10, 0))
        self.time.setEnabled(chosen is not None)
        self.same_time.toggled.connect(lambda on: self.time.setEnabled(not on))
        form.addRow(QCoreApplication.translate("RhythmSettingsDialog", "Usual meeting time"), self.same_time)
        form.addRow("", self.time)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "RhythmSettingsDialog", "Suggested dates fall on a working day at this time."
                ),
                muted=True,
            )
        )
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("RhythmSettingsDialog", "<b>Reminders while the app is open</b>")
            )
        )
        self.day_before = QCheckBox(
            QCoreApplication.translate("RhythmSettingsDialog", "The day before each conversation")
        )
        self.day_before.setChecked(settings.remind_day_before)
        self.hour_before = QCheckBox(QCoreApplication.translate("RhythmSettingsDialog", "An hour before"))
        self.hour_before.setChecked(settings.remind_hour_before)
        self.summary = QCheckBox(
            QCoreApplication.translate("RhythmSettingsDialog", "A one-line summary when the app starts")
        )
        self.summary.setChecked(settings.remind_summary)
        for box in (self.day_before, self.hour_before, self.summary):
            layout.addWidget(box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        mute(self.error)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        days = frozenset(i for i, box in enumerate(self.day_boxes) if box.isChecked())
        time = None if self.same_time.isChecked() else self.time.time().toPython()
        chosen = rhythm.RhythmSettings(
            working_days=days,
            meeting_time=time,
            remind_day_before=self.day_before.isChecked(),
            remind_hour_before=self.hour_before.isChecked(),
            remind_summary=self.summary.isChecked(),
        )
        if actions_for(self, self.store).run(
            lambda: rhythm.save_settings(self.store, chosen), on_error=self._refused
        ):
            self.accept()

    def _refused(self, error) -> None:
        self.error.setText(error_text(error))
        self.error.show()
