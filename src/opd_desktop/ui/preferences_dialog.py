"""Preferences (Ctrl+, / Cmd+,): every setting the manager can change, in one
place. Values go through `services.preferences`; backup settings open the
existing backup settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import OpdError
from opd_desktop.services import preferences, rhythm, settings
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.accessibility import name_widgets
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import mute


def weekday_names() -> tuple[str, ...]:
    """Monday … Sunday, short, in the interface's language (from the locale, no catalogue needed)."""
    locale = QLocale()
    return tuple(locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8))


def theme_names() -> dict[str, str]:
    return {
        "system": QCoreApplication.translate("Preferences", "Follow the system"),
        "light": QCoreApplication.translate("Preferences", "Light"),
        "dark": QCoreApplication.translate("Preferences", "Dark"),
    }


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, open_backup_settings=None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved: preferences.Preferences | None = None
        self.setWindowTitle(QCoreApplication.translate("Preferences", "Preferences"))
        at_least(self, 560)  # wider when a translation needs it
        current = preferences.load(store)
        layout = QVBoxLayout(self)

        you = QGroupBox(QCoreApplication.translate("Preferences", "You"))
        you_form = QFormLayout(you)
        self.name = QLineEdit(current.manager_name)
        self.name.setPlaceholderText(QCoreApplication.translate("Preferences", "As your team knows you"))
        self.name.setAccessibleDescription(
            QCoreApplication.translate("Preferences", "Printed on every document your team receives.")
        )
        you_form.addRow(QCoreApplication.translate("Preferences", "Your &name"), self.name)
        layout.addWidget(you)

        schedule = QGroupBox(QCoreApplication.translate("Preferences", "Scheduling and reminders"))
        schedule_form = QFormLayout(schedule)
        days_row = QHBoxLayout()
        self.days: dict[int, QCheckBox] = {}  # Monday is 0, as the rhythm counts
        for number, label in enumerate(weekday_names()):
            box = QCheckBox(label)
            box.setChecked(number in current.rhythm.working_days)
            self.days[number] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        days_label = QLabel(QCoreApplication.translate("Preferences", "Working days"))
        schedule_form.addRow(days_label, days_row)
        chosen = current.rhythm.meeting_time
        self.same_time = QCheckBox(
            QCoreApplication.translate("Preferences", "The time of the last conversation")
        )
        self.same_time.setChecked(chosen is None)
        self.time = QTimeEdit(QTime(chosen.hour, chosen.minute) if chosen else QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(chosen is not None)
        self.time.setAccessibleName(QCoreApplication.translate("Preferences", "Usual meeting time"))
        self.same_time.toggled.connect(lambda on: self.time.setEnabled(not on))
        time_row = QHBoxLayout()
        time_row.addWidget(self.time)
        time_row.addWidget(self.same_time, 1)
        schedule_form.addRow(QCoreApplication.translate("Preferences", "Usual meeting &time"), time_row)
        self.day_before = QCheckBox(QCoreApplication.translate("Preferences", "Remind me the &day before"))
        self.day_before.setChecked(current.rhythm.remind_day_before)
        self.hour_before = QCheckBox(QCoreApplication.translate("Preferences", "Remind me an &hour before"))
        self.hour_before.setChecked(current.rhythm.remind_hour_before)
        self.summary = QCheckBox(
            QCoreApplication.translate(
                "Preferences", "A one-line &summary of what is due when the app starts"
            )
        )
        self.summary.setChecked(current.rhythm.remind_summary)
        schedule_form.addRow(QCoreApplication.translate("Preferences", "Reminders"), self.day_before)
        schedule_form.addRow("", self.hour_before)
        schedule_form.addRow("", self.summary)
        cadence = QLabel(
            QCoreApplication.translate(
                "Preferences",
                "How often you meet each person is set per person: File → Cadence of this report…",
            )
        )
        cadence.setWordWrap(True)
        mute(cadence)
        schedule_form.addRow("", cadence)
        layout.addWidget(schedule)

        look = QGroupBox(QCoreApplication.translate("Preferences", "Screen and paper"))
        look_form = QFormLayout(look)
        self.theme = QComboBox()
        for key, label in theme_names().items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(theme.mode()))  # ui-state.ini, as View → Theme
        look_form.addRow(QCoreApplication.translate("Preferences", "T&heme"), self.theme)
        self.writing_lines = QSpinBox()
        self.writing_lines.setRange(*settings.WRITING_LINES_RANGE)  # setting.writing_lines, as paper reads it
        self.writing_lines.setValue(current.writing_lines)
        self.writing_lines.setSuffix(QCoreApplication.translate("Preferences", " lines"))
        self.writing_lines.setAccessibleDescription(
            QCoreApplication.translate(
                "Preferences", "Ruled lines printed under each agenda item, for notes by hand."
            )
        )
        look_form.addRow(
            QCoreApplication.translate("Preferences", "&Writing space on agendas"), self.writing_lines
        )
        layout.addWidget(look)

        backup_row = QHBoxLayout()
        self.backup_button = QPushButton(QCoreApplication.translate("Preferences", "&Backup settings…"))
        self.backup_button.setEnabled(open_backup_settings is not None)
        if open_backup_settings is not None:
            self.backup_button.clicked.connect(open_backup_settings)
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        layout.addLayout(backup_row)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        theme.colour_text(self.error, theme.Role.DANGER)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_widgets(self)

    def chosen(self) -> preferences.Preferences:
        return preferences.Preferences(
            manager_name=self.name.text(),
            writing_lines=self.writing_lines.value(),
            rhythm=rhythm.RhythmSettings(
                working_days=frozenset(number for number, box in self.days.items() if box.isChecked()),
                meeting_time=None if self.same_time.isChecked() else self.time.time().toPython(),
                remind_day_before=self.day_before.isChecked(),
                remind_hour_before=self.hour_before.isChecked(),
                remind_summary=self.summary.isChecked(),
            ),
        )

    def chosen_theme(self) -> str:
        """System, light or dark: applied and remembered by the window (ui-state.ini), not the data."""
        return self.theme.currentData()

    def _save(self) -> None:
        try:
            self.saved = preferences.save(self.store, self.chosen())
        except OpdError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
