"""A date field with a calendar popup, in the locale's short date format. An
optional date has a first value that reads "No date" (the field's minimum).
`value()` is the ISO text the services take ("" for no date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1900, 1, 1)


def display_format() -> str:
    """The locale's short date format with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class DateField(QDateEdit):
    def __init__(
        self, value: dt.date | None = None, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format())
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(QCoreApplication.translate("DateField", "No date"))
        self.raw: str | None = None  # text given as text (see set_text), until the date is changed
        self.dateChanged.connect(self._changed)
        self.set_date(value)

    def _start_today(self) -> None:
        """Opening the calendar of an empty date starts it at today, not at the "No date" minimum."""
        if self.optional and self.date() == NO_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event) -> None:
        self._start_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self._start_today()
        super().keyPressEvent(event)

    def _changed(self, _date: QDate) -> None:
        self.raw = None

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))
        self.raw = None

    def set_text(self, text: str) -> None:
        """Set from ISO text; text that is no date is kept as given, for the service to refuse."""
        text = text.strip()
        if not text:
            self.set_date(None)
            return
        try:
            self.set_date(dt.date.fromisoformat(text))
        except ValueError:
            self.raw = text

    def date_value(self) -> dt.date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def value(self) -> str:
        if self.raw is not None:
            return self.raw
        day = self.date_value()
        return day.isoformat() if day else ""
