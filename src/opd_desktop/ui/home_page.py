"""The team overview as cards: Today, This week, Overdue, Needs a date, Ideas
waiting and Open action items. Each card takes its section from the team
overview service; a section the service does not provide yet is derived from
what it does provide, or left out."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from opd_desktop.core.changes import Topic
from opd_desktop.core.models import IDEA_STATUS_LABELS, RosterEntry
from opd_desktop.services.rhythm import needs_date_reason
from opd_desktop.services.team import Overview, overview
from opd_desktop.ui import theme
from opd_desktop.ui.cards import MAX_ROWS, Card, EmptyState
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.dates import days_late, long_date, short_date, time_of
from opd_desktop.ui.i18n import english_plural, shown
from opd_desktop.ui.widgets import mute, scaled_heading, scroll_page

# who is where, what is due (cadences come from plans, working days from the settings), items, ideas
OVERVIEW_TOPICS = (
    Topic.REPORTS,
    Topic.CONVERSATIONS,
    Topic.ACTION_ITEMS,
    Topic.IDEAS,
    Topic.PLANS,
    Topic.SETTINGS,
)
CARD_WIDTH = 360  # a card's comfortable width: the grid has as many columns as fit


def _e(text: str) -> str:
    return html.escape(text)


def _plural(text: str, n: int) -> str:
    return english_plural(QCoreApplication.translate("HomePage", text, "", n), n)


def _section(data: Overview, name: str, fallback):
    """A section of the overview: the service's own when it has one (issue 13
    adds "today" and "needs_a_date"), else derived from what it has."""
    found = getattr(data, name, None)
    return list(found) if found is not None else fallback()


def _at(when: dt.datetime | None) -> str:
    if not when:
        return ""
    return QCoreApplication.translate("HomePage", "{date}, {time}").format(
        date=short_date(when), time=time_of(when)
    )


def _what(entry: RosterEntry) -> str:
    if entry.stage.series_finished:
        return QCoreApplication.translate("HomePage", "Check-in")
    return QCoreApplication.translate("HomePage", "Conversation {stage}").format(
        stage=shown(entry.stage.label)
    )


class CardGrid(QWidget):
    """The cards, flowed into as many columns as the width allows; each column a
    stack, so a short card leaves no hole under it."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.stacks = [QVBoxLayout() for _ in range(3)]
        for column, stack in enumerate(self.stacks):
            stack.setSpacing(16)
            self.grid.addLayout(stack, 0, column)
        self.cards: list[Card] = []
        self.columns = 0

    def _take_all(self) -> None:
        for stack in self.stacks:
            while stack.count():
                stack.takeAt(0)  # the layout item only: the cards stay

    def set_cards(self, cards: list[Card]) -> None:
        self._take_all()
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = cards
        self.columns = 0
        self._flow()

    def _flow(self) -> None:
        columns = max(1, min(3, (self.width() + 16) // (CARD_WIDTH + 16)))
        if columns == self.columns:
            return
        self.columns = columns
        self._take_all()
        for index, card in enumerate(self.cards):
            self.stacks[index % columns].addWidget(card)
        for column, stack in enumerate(self.stacks):
            stack.addStretch(1)
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._flow()

    def card(self, title: str) -> Card:
        return next(c for c in self.cards if c.title == title)

    def text(self) -> str:
        return "\n".join(card.text() for card in self.cards)


class HomePage(QWidget):
    report_requested = Signal(int)
    conversation_requested = Signal(int, int)  # report, conversation: "Agenda" under Today

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = context.store
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(16)
        outer.addWidget(area)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(
            scaled_heading(QCoreApplication.translate("HomePage", "Your team"), 1.4),
            0,
            Qt.AlignmentFlag.AlignBaseline,
        )
        self.summary = QLabel()
        mute(self.summary)
        title_row.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(title_row)
        self.empty = EmptyState(
            QCoreApplication.translate(
                "HomePage",
                "Your team appears here: who you meet today and this week, what is overdue, "
                "and what waits for an answer.",
            ),
            QCoreApplication.translate("HomePage", "Add a person…"),
            "people",
        )
        self.add_requested = self.empty.button.clicked
        layout.addWidget(self.empty)
        self.body = CardGrid()
        layout.addWidget(self.body)
        self.empty.hide()  # neither says anything before the first refresh has read the team
        self.body.hide()
        layout.addStretch(1)
        self.hold_first_refresh = False  # the window's first paint comes before the overview
        self.waiting = False  # a refresh was held back: `refresh()` fills it in
        self.subscription = context.changes.subscribe(self, OVERVIEW_TOPICS, self.refresh, stale=True)

    def refresh(self) -> None:
        if self.hold_first_refresh:
            self.hold_first_refresh, self.waiting = False, True
            self.subscription.stale = True  # still to be filled: `fill_held()`, or when next shown
            return
        self.waiting = False
        data = overview(self.store)
        today = dt.date.today()
        people = len(data.roster)
        self.summary.setText(_plural("%n person(s) · {date}", people).format(date=long_date(today)))
        self.empty.setVisible(people == 0)
        self.body.setVisible(people > 0)
        cards = build_cards(data, today, self._open_conversation, self._schedule) if people else []
        for card in cards:
            card.report_requested.connect(self.report_requested)
        self.body.set_cards(cards)

    def _open_conversation(self, report_id: int, conversation_id: int) -> None:
        self.conversation_requested.emit(report_id, conversation_id)

    def _schedule(self, report_id: int) -> None:
        from opd_desktop.ui.schedule_dialog import schedule_next  # the rhythm's dialog

        schedule_next(self.store, report_id, self)  # the page follows its topics

    def fill_held(self) -> None:
        """After the window's first paint: fill in the refresh held back, if on screen
        (else it happens when the overview is next shown)."""
        self.hold_first_refresh = False
        if self.waiting and self.isVisible():
            self.subscription.stale = False
            self.refresh()

    def _open(self, link: str) -> None:
        """Links as the rich-text overview had them: report:ID, conversation:REPORT:ID, schedule:REPORT."""
        if link.startswith("report:"):
            self.report_requested.emit(int(link.split(":", 1)[1]))
        elif link.startswith("conversation:"):
            _kind, report_id, conversation_id = link.split(":")
            self.conversation_requested.emit(int(report_id), int(conversation_id))
        elif link.startswith("schedule:"):
            self._schedule(int(link.split(":", 1)[1]))


def build_cards(data: Overview, today: dt.date, open_conversation=None, schedule=None) -> list[Card]:
    """The overview's six cards from the service's sections: the rhythm's Today,
    This week, Overdue and Needs a date when the service has them, else derived."""
    agenda = getattr(data, "agenda", None)
    cards = []
    if agenda is not None:
        due_today = [(u.entry, u.conversation) for u in agenda.today]
        later = [(u.entry, u.conversation) for u in agenda.this_week]
        late = [(u.entry, u.conversation) for u in agenda.overdue]
        unscheduled = list(agenda.needs_date)
    else:
        in_week = [(e, None) for e in data.due_this_week]
        due_today = [p for p in in_week if p[0].stage.next_date and p[0].stage.next_date.date() == today]
        later = [p for p in in_week if p not in due_today]
        late = [(e, None) for e in data.overdue_conversations]
        def undated() -> list:
            return [e for e in data.roster if e.stage.next_date is None]

        unscheduled = _section(data, "needs_a_date", undated)  # i18n: not shown

    def agenda_action(entry: RosterEntry, conversation):
        if conversation is None or open_conversation is None:
            return None
        return (
            QCoreApplication.translate("HomePage", "Agenda"),
            lambda: open_conversation(entry.report.id, conversation.id),
        )

    card = Card(QCoreApplication.translate("HomePage", "Today"), "clock", theme.Role.ACCENT)
    for entry, conversation in due_today:
        when = conversation.scheduled_at if conversation else entry.stage.next_date
        card.add_row(
            entry.report.id,
            entry.report.name,
            _what(entry),
            time_of(when) if when else "",
            action=agenda_action(entry, conversation),
        )
    _finish(card, len(due_today), QCoreApplication.translate("HomePage", "No conversation today."))
    cards.append(card)

    card = Card(QCoreApplication.translate("HomePage", "This week"), "calendar", theme.Role.ACCENT)
    for entry, conversation in later:
        when = conversation.scheduled_at if conversation else entry.stage.next_date
        card.add_row(entry.report.id, entry.report.name, _what(entry), _at(when))
    _finish(
        card, len(later), QCoreApplication.translate("HomePage", "Nothing planned in the next seven days.")
    )
    cards.append(card)

    card = Card(QCoreApplication.translate("HomePage", "Overdue"), "alert", theme.Role.DANGER)
    for entry, conversation in late:
        when = conversation.scheduled_at if conversation else entry.stage.next_date
        card.add_row(
            entry.report.id,
            entry.report.name,
            QCoreApplication.translate("HomePage", "{what} · planned {date}").format(
                what=_what(entry), date=short_date(when)
            ),
            _plural("%n d late", days_late(when, today)),
            theme.Role.DANGER,
        )
    for name, item in data.overdue_items[: max(0, MAX_ROWS - len(late))]:
        card.add_row(
            item.report_id,
            name,
            QCoreApplication.translate("HomePage", "{item} · {owner}").format(
                item=item.text, owner=_owner(item, name)
            ),
            _plural("%n d", days_late(item.due_date, today)),
            theme.Role.DANGER,
        )
    _finish(
        card,
        len(late) + len(data.overdue_items),
        QCoreApplication.translate("HomePage", "Nothing is overdue."),
    )
    cards.append(card)

    card = Card(QCoreApplication.translate("HomePage", "Needs a date"), "calendar", theme.Role.WARNING)
    schedule_text = QCoreApplication.translate("HomePage", "Schedule…")
    for entry in unscheduled:
        card.add_row(
            entry.report.id,
            entry.report.name,
            QCoreApplication.translate("HomePage", "{what} · {reason}").format(
                what=_what(entry), reason=shown(needs_date_reason(entry, today))
            ),
            action=(schedule_text, lambda rid=entry.report.id: schedule(rid)) if schedule else None,
        )
    _finish(
        card,
        len(unscheduled),
        QCoreApplication.translate("HomePage", "Everyone has a next conversation on the calendar."),
    )
    cards.append(card)

    card = Card(QCoreApplication.translate("HomePage", "Ideas waiting"), "idea", theme.Role.ACCENT)
    for name, idea in data.ideas_waiting:
        card.add_row(
            idea.report_id,
            name,
            QCoreApplication.translate("HomePage", "{idea} · {status}").format(
                idea=idea.text, status=shown(IDEA_STATUS_LABELS[idea.status])
            ),
            _plural("%n d", idea.waiting_days(today)),
        )
    _finish(
        card,
        len(data.ideas_waiting),
        QCoreApplication.translate("HomePage", "No idea is waiting for senior management."),
    )
    cards.append(card)

    per_person: dict[str, list] = {}
    for name, item in data.open_items:
        per_person.setdefault(name, []).append(item)
    card = Card(QCoreApplication.translate("HomePage", "Open action items"), "list", theme.Role.ACCENT)
    for name, found in sorted(per_person.items(), key=lambda pair: -len(pair[1])):
        overdue_count = sum(i.overdue(today) for i in found)
        first = found[0].text
        text = _plural("{item} and %n more", len(found) - 1).format(item=first) if len(found) > 1 else first
        card.add_row(
            found[0].report_id,
            name,
            text,
            _plural("%n overdue", overdue_count) if overdue_count else _plural("%n open", len(found)),
            theme.Role.DANGER if overdue_count else None,
        )
    card.set_count(len(data.open_items))
    if not per_person:
        card.set_empty(QCoreApplication.translate("HomePage", "No open action items."))
    else:
        card.add_more(len(per_person) - MAX_ROWS)
    cards.append(card)
    cards.append(_who_is_where(data))
    return cards


NAMES_PER_STAGE = 6


def _who_is_where(data: Overview) -> Card:
    """One line per stage with the people at it: a pipeline that stays short for any team."""
    groups: dict[str, list[str]] = {}
    order: dict[str, int] = {}
    checkins = QCoreApplication.translate("HomePage", "Check-ins")
    for entry in data.roster:
        label = checkins if entry.stage.series_finished else shown(entry.stage.label)
        groups.setdefault(label, []).append(entry.report.name)
        order[label] = entry.stage.next_number or 99
    card = Card(QCoreApplication.translate("HomePage", "Who is where"), "people", theme.Role.ACCENT)
    for label in sorted(groups, key=lambda name: order[name]):
        people = groups[label]
        names = ", ".join(f"\u2068{n}\u2069" for n in people[:NAMES_PER_STAGE])
        hidden = len(people) - NAMES_PER_STAGE
        more = QCoreApplication.translate("HomePage", " +{count}").format(count=hidden) if hidden > 0 else ""
        card.add_text_row(label, names + more)
    card.set_count(len(data.roster))
    return card


def _owner(item, name: str) -> str:
    from opd_desktop.core.audience import first_name

    return (
        QCoreApplication.translate("HomePage", "you") if item.owner.value == "manager" else first_name(name)
    )


def _finish(card: Card, count: int, empty: str) -> None:
    card.set_count(count)
    if count == 0:
        card.set_empty(empty)
    else:
        card.add_more(count - len(card.rows))
