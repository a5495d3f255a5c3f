"""Qt item models for the roster and a report's journey. They hold plain
dataclasses from the services and can be tested without a window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from opd_desktop.core.folding import fold
from opd_desktop.core.guides import GuideSet
from opd_desktop.core.models import Conversation, RosterEntry
from opd_desktop.core.stages import STATUS_LABELS, Status
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import english_plural

ReportIdRole = Qt.ItemDataRole.UserRole + 1
ConversationIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
NEEDS_A_DATE = "needs a date"

Index = QModelIndex | QPersistentModelIndex


def format_when(
    value: dt.datetime | dt.date | None, today: dt.date | None = None, *, compact: bool = False
) -> str:
    """A date (and time) as a person reads it; `compact` drops the time and
    the year when it is this year."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    today = today or dt.date.today()
    if day == today:
        label = "Today"
    elif day == today + dt.timedelta(days=1):
        label = "Tomorrow"
    elif compact and day.year == today.year:
        label = day.strftime("%a %d %b")
    else:
        label = day.strftime("%a %d %b %Y")
    if isinstance(value, dt.datetime) and not compact:
        label += value.strftime(" %H:%M")
    return label


class RosterModel(QAbstractTableModel):
    NAME, ROLE, STAGE, NEXT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterModel", "Name"),
        QT_TRANSLATE_NOOP("RosterModel", "Role"),
        QT_TRANSLATE_NOOP("RosterModel", "Stage"),
        QT_TRANSLATE_NOOP("RosterModel", "Next"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []

    def set_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RosterEntry:
        return self._entries[row]

    def row_of(self, report_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.report.id == report_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ReportIdRole:
            return entry.report.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return entry.report.name + (" (archived)" if entry.report.archived else "")
            if column == self.ROLE:
                return entry.report.role
            if column == self.STAGE:
                return entry.stage.label
            if column == self.NEXT:
                if entry.stage.needs_date:
                    return NEEDS_A_DATE
                mark = "⚠ " if entry.stage.overdue else ""
                return mark + format_when(entry.stage.next_date, compact=True)
        if role == SortRole:
            if column == self.NEXT:
                if entry.stage.needs_date:
                    return "0000"  # needs a date sorts first
                return entry.stage.next_date.isoformat() if entry.stage.next_date else "9999"
            if column == self.STAGE:
                return entry.stage.next_number or 99
            if column == self.ROLE:
                return entry.report.role.casefold()
            return entry.report.name.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.report.name, entry.report.role, entry.report.team]
            if entry.stage.overdue:
                parts.append("The planned conversation is overdue.")
            if entry.stage.needs_date:
                parts.append(
                    "Nothing is scheduled and the cadence has run out: schedule the next conversation."
                )
            if entry.open_items:
                parts.append(
                    english_plural(
                        QCoreApplication.translate(
                            "RosterModel", "%n open action item(s)", "", entry.open_items
                        ),
                        entry.open_items,
                    )
                )
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (entry.stage.overdue or entry.stage.needs_date) and column == self.NEXT:
                return QBrush(theme.colour(theme.Role.DANGER))
            if entry.report.archived:
                return QBrush(theme.colour(theme.Role.MUTED))
        if role == Qt.ItemDataRole.UserRole:
            # what the filter matches on, folded: "zoe" finds Zoë, "lukasz" finds Łukasz
            return fold(" ".join((entry.report.name, entry.report.role, entry.report.team)))
        return None


class JourneyModel(QAbstractListModel):
    """The seven conversations then the check-ins, with status and date."""

    def __init__(self, guides: GuideSet, parent: Any = None) -> None:
        super().__init__(parent)
        self._guides = guides
        self._conversations: list[Conversation] = []

    def set_conversations(self, conversations: list[Conversation]) -> None:
        self.beginResetModel()
        self._conversations = list(conversations)
        self.endResetModel()

    def conversation(self, row: int) -> Conversation:
        return self._conversations[row]

    def row_of(self, conversation_id: int) -> int | None:
        for row, conversation in enumerate(self._conversations):
            if conversation.id == conversation_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conversations)

    def title(self, conversation: Conversation) -> str:
        guide = self._guides.for_number(conversation.number)
        return f"{conversation.number}. {guide.short_title}" if conversation.number else "Check-in"

    def subtitle(self, conversation: Conversation) -> str:
        status = STATUS_LABELS[conversation.status]
        if conversation.status in (Status.HELD, Status.COMPLETED) and conversation.held_on:
            return f"{status} · {format_when(conversation.held_on, compact=True)}"
        if conversation.status == Status.PLANNED:
            when = format_when(conversation.scheduled_at, compact=True)
            return f"Planned · {when}" if when else "Not scheduled"
        return status

    def is_overdue(self, conversation: Conversation) -> bool:
        return (
            conversation.status == Status.PLANNED
            and conversation.scheduled_at is not None
            and conversation.scheduled_at < dt.datetime.now()
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conversation = self._conversations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.title(conversation)}\n{self.subtitle(conversation)}"
        if role == ConversationIdRole:
            return conversation.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._guides.for_number(conversation.number).title
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(conversation):
                return QBrush(theme.colour(theme.Role.DANGER))
            if conversation.status == Status.SKIPPED:
                return QBrush(theme.colour(theme.Role.MUTED))
        return None
