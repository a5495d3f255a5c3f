"""Qt item models for the roster and a report's journey. They hold plain
dataclasses from the services and can be tested without a window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

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
from opd_desktop.core.models import Report, RosterEntry
from opd_desktop.core.stages import STATUS_LABELS, Stage, Status
from opd_desktop.ui import theme
from opd_desktop.ui.i18n import english_plural, shown

if TYPE_CHECKING:
    from opd_desktop.core.guides import GuideSet  # the guides are read after the first paint
    from opd_desktop.core.models import Conversation  # made on first use (core.models)

ReportIdRole = Qt.ItemDataRole.UserRole + 1
ConversationIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
StepRole = Qt.ItemDataRole.UserRole + 4  # the journey step's status kind (stepper)
StepTextRole = Qt.ItemDataRole.UserRole + 5  # (number, short title, status word with date)
RoleTextRole = Qt.ItemDataRole.UserRole + 6  # the roster's second line (role)
StageTextRole = Qt.ItemDataRole.UserRole + 7  # the roster's stage under the next date
LateRole = Qt.ItemDataRole.UserRole + 8  # the next conversation is past its date
NextShortRole = Qt.ItemDataRole.UserRole + 9  # the next date, short ("25 Nov"), for the roster

STEP_WORDS = {
    "completed": QT_TRANSLATE_NOOP("JourneyModel", "Done"),
    "held": QT_TRANSLATE_NOOP("JourneyModel", "Held"),
    "planned": QT_TRANSLATE_NOOP("JourneyModel", "Planned"),
    "overdue": QT_TRANSLATE_NOOP("JourneyModel", "Late"),
    "skipped": QT_TRANSLATE_NOOP("JourneyModel", "Skipped"),
    "unscheduled": QT_TRANSLATE_NOOP("JourneyModel", "Needs a date"),
}


def step_word(kind: str) -> str:
    """The journey step's status word (see STEP_WORDS), translated."""
    return QCoreApplication.translate("JourneyModel", STEP_WORDS[kind])


def step_kind(conversation: Conversation, now: dt.datetime | None = None) -> str:
    """completed, held, planned, overdue, skipped or unscheduled (needs a date)."""
    now = now or dt.datetime.now()
    if conversation.status == Status.COMPLETED:
        return "completed"
    if conversation.status == Status.HELD:
        return "held"
    if conversation.status == Status.SKIPPED:
        return "skipped"
    if conversation.scheduled_at is None:
        return "unscheduled"
    return "overdue" if conversation.scheduled_at < now else "planned"


NEEDS_A_DATE = QT_TRANSLATE_NOOP("RosterModel", "needs a date")

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
        label = QCoreApplication.translate("Dates", "Today")
    elif day == today + dt.timedelta(days=1):
        label = QCoreApplication.translate("Dates", "Tomorrow")
    elif compact and day.year == today.year:
        label = day.strftime("%a %d %b")
    else:
        label = day.strftime("%a %d %b %Y")
    if isinstance(value, dt.datetime) and not compact:
        label += value.strftime(" %H:%M")
    return label


# A roster entry whose stage is not read yet (the first paint shows names; stages follow).
NOT_READ_YET = Stage(done=(), skipped=(), next_number=None, checkins_held=0, next_date=None, overdue=False)


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
        self._rows: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)

    def set_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self._entries = self._sorted(list(entries))
        self._rows = {entry.report.id: row for row, entry in enumerate(self._entries)}
        self.endResetModel()

    def set_reports(self, found: list[Report]) -> None:
        """Names first: the stages are filled in by a later `set_entries`."""
        self.set_entries([RosterEntry(report, NOT_READ_YET) for report in found])

    @staticmethod
    def _next_short(stage: Stage) -> str:
        from opd_desktop.ui.dates import short_date

        if stage.needs_date:
            return QCoreApplication.translate("RosterModel", NEEDS_A_DATE)
        when = short_date(stage.next_date)
        return f"⚠ {when}" if stage.overdue and when else when

    def next_texts(self) -> set[str]:
        """Every text the Next column shows (the date and, under it, the stage): what its width fits."""
        texts: set[str] = set()
        seen: set[tuple] = set()
        for entry in self._entries:
            stage = entry.stage
            if stage is NOT_READ_YET:
                continue
            texts.add(shown(stage.label))
            key = (stage.needs_date, stage.overdue, stage.next_date.date() if stage.next_date else None)
            if key not in seen:  # one date text per day, not per report
                seen.add(key)
                texts.add(self._next_short(stage))
        return texts

    def entry(self, row: int) -> RosterEntry:
        return self._entries[row]

    def row_of(self, report_id: int) -> int | None:
        return self._rows.get(report_id)

    def sort_key(self, entry: RosterEntry, column: int) -> Any:
        if column == self.NEXT:
            if entry.stage.needs_date:
                return "0000"  # needs a date sorts first
            return entry.stage.next_date.isoformat() if entry.stage.next_date else "9999"
        if column == self.STAGE:
            return entry.stage.next_number or 99
        if column == self.ROLE:
            return entry.report.role.casefold()
        return entry.report.name.casefold()

    def _sorted(self, entries: list[RosterEntry]) -> list[RosterEntry]:
        column, order = self._sort
        by_name = sorted(entries, key=lambda e: e.report.name.casefold())  # ties keep name order
        return sorted(
            by_name,
            key=lambda e: self.sort_key(e, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on keys computed once per entry (the view's header calls this through the proxy)."""
        self._sort = (column if 0 <= column < len(self.HEADERS) else self.NAME, order)
        self.layoutAboutToBeChanged.emit()
        old = {entry.report.id: row for row, entry in enumerate(self._entries)}
        self._entries = self._sorted(self._entries)
        self._rows = {entry.report.id: row for row, entry in enumerate(self._entries)}
        moved_from = [
            self.index(old[e.report.id], c) for e in self._entries for c in range(len(self.HEADERS))
        ]
        moved_to = [self.index(r, c) for r in range(len(self._entries)) for c in range(len(self.HEADERS))]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

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
        if role == RoleTextRole:
            return " · ".join(x for x in (entry.report.role, entry.report.team) if x)
        if role == StageTextRole:
            return "" if entry.stage is NOT_READ_YET else shown(entry.stage.label)
        if role == LateRole:
            return entry.stage.overdue
        if role == NextShortRole:
            return self._next_short(entry.stage)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                if entry.report.archived:
                    return QCoreApplication.translate("RosterModel", "{name} (archived)").format(
                        name=entry.report.name
                    )
                return entry.report.name
            if column == self.ROLE:
                return entry.report.role
            if entry.stage is NOT_READ_YET and column in (self.STAGE, self.NEXT):
                return ""
            if column == self.STAGE:
                return shown(entry.stage.label)
            if column == self.NEXT:
                if entry.stage.needs_date:
                    return QCoreApplication.translate("RosterModel", NEEDS_A_DATE)
                mark = "⚠ " if entry.stage.overdue else ""
                return mark + format_when(entry.stage.next_date, compact=True)
        if role == SortRole:
            return self.sort_key(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.report.name, entry.report.role, entry.report.team]
            if entry.stage.overdue:
                parts.append(
                    QCoreApplication.translate("RosterModel", "The planned conversation is overdue.")
                )
            if entry.stage.needs_date:
                parts.append(
                    QCoreApplication.translate(
                        "RosterModel",
                        "Nothing is scheduled and the cadence has run out: schedule the next conversation.",
                    )
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
        self._steps: dict[int, tuple[str, tuple[str, str, str]]] = {}  # row → kind and texts, as painted

    def set_conversations(self, conversations: list[Conversation]) -> None:
        self.beginResetModel()
        self._conversations = list(conversations)
        self._steps.clear()
        self.endResetModel()

    def _step(self, row: int) -> tuple[str, tuple[str, str, str]]:
        """A step's kind and texts, worked out once per load: the stepper paints every step
        on each switch and asks for both."""
        found = self._steps.get(row)
        if found is None:
            conversation = self._conversations[row]
            found = self._steps[row] = (step_kind(conversation), self.step_text(conversation))
        return found

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
        if not conversation.number:
            return QCoreApplication.translate("JourneyModel", "Check-in")
        guide = self._guides.for_number(conversation.number)
        return QCoreApplication.translate("JourneyModel", "{number}. {title}").format(
            number=conversation.number, title=guide.short_title
        )

    def subtitle(self, conversation: Conversation) -> str:
        status = shown(STATUS_LABELS[conversation.status])
        if conversation.status in (Status.HELD, Status.COMPLETED) and conversation.held_on:
            return QCoreApplication.translate("JourneyModel", "{status} · {date}").format(
                status=status, date=format_when(conversation.held_on, compact=True)
            )
        if conversation.status == Status.PLANNED:
            when = format_when(conversation.scheduled_at, compact=True)
            if not when:
                return QCoreApplication.translate("JourneyModel", "Not scheduled")
            return QCoreApplication.translate("JourneyModel", "Planned · {date}").format(date=when)
        return status

    def step_text(self, conversation: Conversation) -> tuple[str, str, str]:
        from opd_desktop.ui.dates import short_date

        kind = step_kind(conversation)
        when = conversation.held_on if kind in ("completed", "held") else conversation.scheduled_at
        if conversation.number:
            number, title = str(conversation.number), self._guides.for_number(conversation.number).short_title
        else:
            number, title = "↻", QCoreApplication.translate("JourneyModel", "Check-in")
        word = step_word(kind)
        if not when:
            return number, title, word
        return (
            number,
            title,
            QCoreApplication.translate("JourneyModel", "{status} · {date}").format(
                status=word, date=short_date(when)
            ),
        )

    def tooltip(self, conversation: Conversation) -> str:
        from opd_desktop.ui.dates import long_date, relative

        kind = step_kind(conversation)
        title = self._guides.for_number(conversation.number).title
        if kind == "completed":
            status = QCoreApplication.translate("JourneyModel", "Done on {date}").format(
                date=long_date(conversation.held_on)
            )
        elif kind == "held":
            status = QCoreApplication.translate("JourneyModel", "Held on {date}").format(
                date=long_date(conversation.held_on)
            )
        elif kind == "planned":
            status = QCoreApplication.translate("JourneyModel", "Planned for {date} ({relative})").format(
                date=long_date(conversation.scheduled_at), relative=relative(conversation.scheduled_at)
            )
        elif kind == "overdue":
            status = QCoreApplication.translate("JourneyModel", "Planned for {date}, not yet held").format(
                date=long_date(conversation.scheduled_at)
            )
        elif kind == "skipped" and conversation.skip_reason:
            status = QCoreApplication.translate("JourneyModel", "Skipped: {reason}").format(
                reason=conversation.skip_reason
            )
        else:
            status = step_word(kind)
        return f"{title}\n{status}"

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
        if role == StepRole:
            return self._step(index.row())[0]
        if role == StepTextRole:
            return self._step(index.row())[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(conversation)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(conversation):
                return QBrush(theme.colour(theme.Role.DANGER))
            if conversation.status == Status.SKIPPED:
                return QBrush(theme.colour(theme.Role.MUTED))
        return None
