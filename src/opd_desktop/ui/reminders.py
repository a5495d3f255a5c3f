"""Reminders while the app runs: a desktop notification the day before and
an hour before each conversation, and a one-line summary at start. Where the
desktop has a system tray they go through `QSystemTrayIcon.showMessage`;
where it has none (GNOME without an extension, for example) an in-app banner
shows them instead. Each kind can be turned off in the settings; nothing is
shown while the controller is suppressed (together mode)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from opd_desktop.core.reminders import due_reminders
from opd_desktop.services import rhythm
from opd_desktop.store.database import Store
from opd_desktop.ui.accessibility import announce
from opd_desktop.ui.i18n import english_plural, shown

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
SHOW_FOR_MS = 15_000


class ReminderBanner(QFrame):
    """The in-app stand-in for a desktop notification: one line at the top of
    the window, with a button to open the conversation and one to dismiss."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )  # one line, not half the window
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        row.addWidget(self.label, 1)
        self.open_button = QPushButton(QCoreApplication.translate("Reminders", "Open"))
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        close = QPushButton(QCoreApplication.translate("Reminders", "Dismiss"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.conversation_id: int | None = None
        self.hide()

    def show_message(self, title: str, message: str, conversation_id: int | None = None) -> None:
        self.label.setText(f"<b>{title}</b> — {message}" if message else f"<b>{title}</b>")
        self.conversation_id = conversation_id
        self.open_button.setVisible(conversation_id is not None)
        self.show()

    def _open(self) -> None:
        if self.conversation_id is not None:
            self.open_requested.emit(self.conversation_id)
        self.hide()


class ReminderController(QObject):
    """Checks once a minute which reminders are due and shows each once."""

    shown = Signal(str, str)  # title, message (for tests and the status bar)

    def __init__(
        self,
        store: Store,
        banner: ReminderBanner,
        parent: QObject | None = None,
        *,
        tray_available: bool | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.banner = banner
        self.clock = clock
        self.suppressed = False
        self._shown_keys: set[str] = set()
        self._tray_available = tray_available  # None: ask the desktop when the reminders start
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def _make_tray(self) -> None:
        """A tray icon where the desktop has a system tray (asked once, after
        the first paint: the question can cost a round trip to the desktop)."""
        available = self._tray_available
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        if available and self.tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(QCoreApplication.translate("Reminders", "OPD Desktop"))
        self._tray_available = bool(available)

    def start(self) -> None:
        """The summary line, then the first check; then once a minute."""
        self._make_tray()
        if self.tray is not None and not self.suppressed:
            self.tray.show()
        self.show_summary()
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def set_suppressed(self, suppressed: bool) -> None:
        """Together mode: no reminder is shown, and the banner is hidden."""
        self.suppressed = suppressed
        if suppressed:
            self.banner.hide()
            if self.tray is not None:
                self.tray.hide()
        elif self.tray is not None and self.timer.isActive():
            self.tray.show()

    def notify(self, title: str, message: str, conversation_id: int | None = None) -> None:
        if self.suppressed:
            return
        if self.tray is not None:
            if not self.tray.isVisible():
                self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS)
        else:
            self.banner.show_message(title, message, conversation_id)
        announce(self.banner.label, f"{title}: {message}" if message else title)  # for screen readers
        self.shown.emit(title, message)

    def show_summary(self) -> None:
        try:
            if self.suppressed or not rhythm.load_settings(self.store).remind_summary:
                return
            agenda = rhythm.agenda(self.store, self.clock())
        except Exception:  # a reminder must never take the app down
            log.exception("could not build the start summary")
            return
        self.notify(
            QCoreApplication.translate("ReminderController", "OPD Desktop"),
            summary_words(len(agenda.today), len(agenda.needs_date), len(agenda.overdue)),
        )

    def check(self) -> None:
        if self.suppressed:
            return
        now = self.clock()
        try:
            settings = rhythm.load_settings(self.store)
            if not (settings.remind_day_before or settings.remind_hour_before):
                return
            planned = rhythm.reminder_candidates(self.store, now)
        except Exception:  # a reminder must never take the app down
            log.exception("could not read the planned conversations for reminders")
            return
        for reminder in due_reminders(
            planned,
            now,
            self._shown_keys,
            day_before=settings.remind_day_before,
            hour_before=settings.remind_hour_before,
        ):
            self._shown_keys.add(reminder.key)
            title, message = reminder_words(reminder, now)
            self.notify(title, message, reminder.conversation_id)


def summary_words(today: int, needs_date: int, overdue: int = 0) -> str:
    """The start summary (core.reminders.start_summary) in the reader's language:
    "2 conversations today, 1 overdue, 1 report needs a date." """

    def plural(source: str, n: int) -> str:
        return english_plural(QCoreApplication.translate("ReminderController", source, "", n), n)

    if overdue:
        return QCoreApplication.translate("ReminderController", "{today}, {overdue}, {needs}.").format(
            today=plural("%n conversation(s) today", today),
            overdue=plural("%n overdue", overdue),
            needs=plural("%n report(s) need(s) a date", needs_date),
        )
    return QCoreApplication.translate("ReminderController", "{today}, {needs}.").format(
        today=plural("%n conversation(s) today", today),
        needs=plural("%n report(s) need(s) a date", needs_date),
    )


def reminder_words(reminder, now) -> tuple[str, str]:
    """A reminder's title and message (core.reminders words them in English) in the reader's language."""
    from opd_desktop.core.reminders import HOUR_BEFORE

    if reminder.starts is None:
        return reminder.title, reminder.message
    at = f"{reminder.starts:%H:%M}"
    if reminder.kind == HOUR_BEFORE:
        title = english_plural(
            QCoreApplication.translate("ReminderController", "In %n minute(s)", "", reminder.minutes),
            reminder.minutes,
        )
    elif reminder.starts.date() == now.date():
        title = QCoreApplication.translate("ReminderController", "Today at {time}").format(time=at)
    else:
        title = QCoreApplication.translate("ReminderController", "Tomorrow at {time}").format(time=at)
    message = QCoreApplication.translate(
        "ReminderController", "{conversation} with {person} at {time}"
    ).format(conversation=shown(reminder.conversation_title), person=reminder.person, time=at)
    return title, message
