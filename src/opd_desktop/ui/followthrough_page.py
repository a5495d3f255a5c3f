"""The follow-through between conversations, for one report or the whole
team: action items and the ideas taken to senior management."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.audience import first_name
from opd_desktop.core.changes import Topic
from opd_desktop.core.ideas import OUTCOME_LABELS, IdeaOutcome
from opd_desktop.core.models import (
    IDEA_STATUS_LABELS,
    ITEM_STATUS_LABELS,
    ActionItem,
    Idea,
    IdeaStatus,
    ItemStatus,
)
from opd_desktop.services import conversations, followthrough, ideas, reports
from opd_desktop.services.reports import get_report
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.dates import short_date
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import english_plural, shown
from opd_desktop.ui.tables import RowTable
from opd_desktop.ui.widgets import heading


def _names(context: ScreenContext) -> dict[int, str]:
    return {r.id: r.name for r in reports.list_reports(context.store, include_archived=True)}


class _Panel(QWidget):
    def __init__(self, context: ScreenContext, report_id: int | None, title: str) -> None:
        super().__init__()
        self.context = context
        self.report_id = report_id
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(title, 11), 1)
        self.filter = QComboBox()
        top.addWidget(QLabel(QCoreApplication.translate("FollowthroughPage", "Show")))
        top.addWidget(self.filter)
        self.layout_.addLayout(top)
        self.buttons = QHBoxLayout()

    def button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def follow(self, *topics: Topic) -> None:
        """Refresh when one of `topics` changes for this report (for anyone on the team pages)."""
        self.context.changes.subscribe(self, topics, self.refresh, report_id=lambda: self.report_id)

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ActionItemsPanel(_Panel):
    """Open items are carried into every later conversation until closed."""

    def __init__(self, context: ScreenContext, report_id: int | None = None) -> None:
        super().__init__(context, report_id, QCoreApplication.translate("ActionItemsPanel", "Action items"))
        for text, data in (
            (QCoreApplication.translate("ActionItemsPanel", "Open"), "open"),
            (QCoreApplication.translate("ActionItemsPanel", "Overdue"), "overdue"),
            (QCoreApplication.translate("ActionItemsPanel", "All"), "all"),
        ):
            self.filter.addItem(text, data)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        headers = (
            QCoreApplication.translate("ActionItemsPanel", "Action"),
            QCoreApplication.translate("ActionItemsPanel", "Owner"),
            QCoreApplication.translate("ActionItemsPanel", "Due"),
            QCoreApplication.translate("ActionItemsPanel", "Status"),
            QCoreApplication.translate("ActionItemsPanel", "Raised in"),
        )
        short = (1, 2, 3, 4)
        if report_id is None:
            headers, short = (
                (QCoreApplication.translate("ActionItemsPanel", "Person"), *headers),
                (0, 2, 3, 4, 5),
            )
        self.table = RowTable(headers, short)
        self.table.setMinimumHeight(180)
        self.layout_.addWidget(self.table, 1)
        self.table.empty_text = (
            "Action items agreed in a conversation appear here until they are done or dropped."
        )
        if report_id is not None:
            self.button(QCoreApplication.translate("ActionItemsPanel", "Add…"), self.add)
        self.table.needs_selection(
            self.button(QCoreApplication.translate("ActionItemsPanel", "Edit…"), self.edit),
            self.button(
                QCoreApplication.translate("ActionItemsPanel", "Mark done"),
                lambda: self.set_status(ItemStatus.DONE),
            ),
            self.button(
                QCoreApplication.translate("ActionItemsPanel", "Drop"),
                lambda: self.set_status(ItemStatus.DROPPED),
            ),
            self.button(
                QCoreApplication.translate("ActionItemsPanel", "Reopen"),
                lambda: self.set_status(ItemStatus.OPEN),
            ),
        )
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.refresh()
        # names (team view) and "raised in" labels come from reports and conversations
        self.follow(Topic.ACTION_ITEMS, Topic.REPORTS, Topic.CONVERSATIONS)

    def owner_word(self, item: ActionItem, names: dict[int, str]) -> str:
        """ "You" for your items, the employee's first name for theirs."""
        if item.owner.value == "manager":
            return "You"
        name = names.get(item.report_id) or get_report(self.context.store, item.report_id).name
        return first_name(name)

    def items(self) -> list[ActionItem]:
        mode = self.filter.currentData()
        found = followthrough.action_items(self.context.store, self.report_id, open_only=mode != "all")
        if mode == "overdue":
            today = dt.date.today()
            found = [i for i in found if i.overdue(today)]
        return found

    def refresh(self) -> None:
        names = _names(self.context) if self.report_id is None else {}
        labels = _conversation_labels(self.context, self.report_id)
        today = dt.date.today()
        rows = []
        for item in self.items():
            cells = [
                item.text,
                self.owner_word(item, names),
                short_date(item.due_date),
                shown(ITEM_STATUS_LABELS[item.status]),
                labels.get(item.conversation_id, ""),
            ]
            late = {2} if item.overdue(today) else set()
            if self.report_id is None:
                cells.insert(0, names.get(item.report_id, ""))
                late = {c + 1 for c in late}
            rows.append((item, cells, late))
        self.table.fill(rows)

    def add(self) -> None:
        dialog = FormDialog(QCoreApplication.translate("ActionItemsPanel", "Add an action item"), self)
        dialog.add_line("action item", QCoreApplication.translate("ActionItemsPanel", "Action"))
        dialog.add_combo(
            "owner",
            QCoreApplication.translate("ActionItemsPanel", "Owner"),
            [("Employee", "employee"), ("You", "manager")],
        )
        dialog.add_date("due date", QCoreApplication.translate("ActionItemsPanel", "Due"))
        self.context.actions.form(
            dialog,
            lambda v: followthrough.add_action_item(
                self.context.store,
                self.report_id,
                v["action item"],
                v["owner"],
                v["due date"] or None,
            ),
        )

    def edit(self) -> None:
        item = self.table.selected()
        if item is None:
            self.context.on_error(
                QCoreApplication.translate("ActionItemsPanel", "Select an action item in the list first.")
            )
            return
        dialog = FormDialog(QCoreApplication.translate("ActionItemsPanel", "Edit the action item"), self)
        dialog.add_line("action item", QCoreApplication.translate("ActionItemsPanel", "Action"), item.text)
        dialog.add_combo(
            "owner",
            QCoreApplication.translate("ActionItemsPanel", "Owner"),
            [("Employee", "employee"), ("You", "manager")],
            item.owner.value,
        )
        dialog.add_date("due date", QCoreApplication.translate("ActionItemsPanel", "Due"), item.due_date)
        self.context.actions.form(
            dialog,
            lambda v: followthrough.update_action_item(
                self.context.store, item.id, text=v["action item"], owner=v["owner"], due_date=v["due date"]
            ),
        )

    def set_status(self, status: ItemStatus) -> None:
        item = self.table.selected()
        if item is None:
            self.context.on_error(
                QCoreApplication.translate("ActionItemsPanel", "Select an action item in the list first.")
            )
            return
        self.context.actions.run(lambda: followthrough.set_action_status(self.context.store, item.id, status))


def _conversation_labels(context: ScreenContext, report_id: int | None) -> dict[int, str]:
    return {cid: shown(text) for cid, text in conversations.labels(context.store, report_id).items()}


def _idea_status(idea: Idea) -> str:
    text = shown(IDEA_STATUS_LABELS[idea.status])
    if idea.outcome:
        text = QCoreApplication.translate("IdeasPanel", "{status} · {outcome}").format(
            status=text, outcome=shown(OUTCOME_LABELS[IdeaOutcome(idea.outcome)])
        )
    if idea.merged_into_id:
        text = QCoreApplication.translate("IdeasPanel", "{status} into #{idea}").format(
            status=text, idea=idea.merged_into_id
        )
    return text


class IdeasPanel(_Panel):
    """The employee's ideas: captured → taken to senior management → feedback
    received → shared back. The next step is one button."""

    NEXT_STEP: ClassVar[dict[IdeaStatus, str]] = {
        IdeaStatus.CAPTURED: QT_TRANSLATE_NOOP("IdeasPanel", "Take to senior management…"),
        IdeaStatus.TAKEN: QT_TRANSLATE_NOOP("IdeasPanel", "Record their feedback…"),
        IdeaStatus.ANSWERED: QT_TRANSLATE_NOOP("IdeasPanel", "Share back with the employee…"),
    }

    def __init__(self, context: ScreenContext, report_id: int | None = None) -> None:
        super().__init__(
            context, report_id, QCoreApplication.translate("IdeasPanel", "Ideas for senior management")
        )
        self.filter.addItem(QCoreApplication.translate("FollowthroughPage", "Not yet shared back"), "waiting")
        for status in IdeaStatus:
            self.filter.addItem(shown(IDEA_STATUS_LABELS[status]), status.value)
        self.filter.addItem(QCoreApplication.translate("FollowthroughPage", "All"), "all")
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        headers = (
            QCoreApplication.translate("IdeasPanel", "Idea"),
            QCoreApplication.translate("IdeasPanel", "Status"),
            QCoreApplication.translate("IdeasPanel", "Waiting"),
            QCoreApplication.translate("IdeasPanel", "Taken to"),
            QCoreApplication.translate("IdeasPanel", "Feedback"),
        )
        short = (1, 2)
        if report_id is None:
            headers, short = (QCoreApplication.translate("IdeasPanel", "Person"), *headers), (0, 2, 3)
        self.table = RowTable(headers, short)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.layout_.addWidget(self.table, 1)
        if report_id is not None:
            self.button(QCoreApplication.translate("IdeasPanel", "Add…"), self.add)
        self.next_button = self.button(QCoreApplication.translate("IdeasPanel", "Next step…"), self.next_step)
        self.drop_button = self.button(QCoreApplication.translate("IdeasPanel", "Drop…"), self.drop)
        self.merge_button = self.button(QCoreApplication.translate("IdeasPanel", "Merge into…"), self.merge)
        self.table.needs_selection(self.next_button)
        self.table.empty_text = "Ideas captured in a conversation appear here until you share the answer."
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.refresh()
        self.follow(Topic.IDEAS, Topic.REPORTS)

    def ideas(self) -> list[Idea]:
        mode = self.filter.currentData()
        found = followthrough.ideas(self.context.store, self.report_id)
        if mode == "waiting":
            return [i for i in found if not i.closed]
        if mode == "all":
            return found
        return [i for i in found if i.status.value == mode]

    def refresh(self) -> None:
        names = _names(self.context) if self.report_id is None else {}
        today = dt.date.today()
        rows = []
        for idea in self.ideas():
            waited = idea.waiting_days(today)
            cells = [
                idea.text,
                _idea_status(idea),
                english_plural(QCoreApplication.translate("IdeasPanel", "%n day(s)", "", waited), waited),
                idea.taken_to + (f" ({idea.taken_on})" if idea.taken_on else ""),
                idea.feedback,
            ]
            late = {2} if not idea.closed and waited > 30 else set()
            if self.report_id is None:
                cells.insert(0, names.get(idea.report_id, ""))
                late = {c + 1 for c in late}
            rows.append((idea, cells, late))
        self.table.fill(rows)
        self._update_button()

    def _update_button(self) -> None:
        idea = self.table.selected()
        label = self.NEXT_STEP.get(idea.status) if idea else None
        self.next_button.setText(
            QCoreApplication.translate("IdeasPanel", label)
            if label
            else QCoreApplication.translate("IdeasPanel", "Next step…")
        )
        self.next_button.setEnabled(idea is not None and label is not None)
        before_taken = idea is not None and idea.status == IdeaStatus.CAPTURED
        self.drop_button.setEnabled(before_taken)
        self.merge_button.setEnabled(before_taken)

    def add(self) -> None:
        dialog = FormDialog(QCoreApplication.translate("IdeasPanel", "Add an idea"), self)
        dialog.add_text("idea", QCoreApplication.translate("IdeasPanel", "Idea"), height=90)
        self.context.actions.form(
            dialog, lambda v: followthrough.capture_idea(self.context.store, self.report_id, v["idea"])
        )

    def next_step(self) -> None:
        idea = self.table.selected()
        if idea is None:
            return
        store = self.context.store
        today = dt.date.today()
        dialog = FormDialog(self.NEXT_STEP.get(idea.status, "").rstrip("…"), self, intro=idea.text)
        if idea.status == IdeaStatus.CAPTURED:
            dialog.add_line(
                "name of who you took it to",
                QCoreApplication.translate("IdeasPanel", "Taken to"),
                "",
                QCoreApplication.translate("IdeasPanel", "Who in senior management"),
            )
            dialog.add_date("date", QCoreApplication.translate("IdeasPanel", "On"), today, optional=False)
            save = lambda v: followthrough.take_idea_to_management(  # noqa: E731
                store, idea.id, v["date"], v["name of who you took it to"]
            )
        elif idea.status == IdeaStatus.TAKEN:
            dialog.add_combo(
                "outcome",
                QCoreApplication.translate("IdeasPanel", "Outcome"),
                [(shown(OUTCOME_LABELS[o]), o.value) for o in IdeaOutcome],
            )
            dialog.add_text(
                "feedback",
                QCoreApplication.translate("IdeasPanel", "What they said (the reason, if declined)"),
                height=90,
            )
            dialog.add_date("date", QCoreApplication.translate("IdeasPanel", "On"), today, optional=False)
            save = lambda v: ideas.answer(store, idea.id, v["outcome"], v["feedback"], v["date"])  # noqa: E731
        elif idea.status == IdeaStatus.ANSWERED:
            dialog.add_date(
                "date", QCoreApplication.translate("IdeasPanel", "Shared on"), today, optional=False
            )
            save = lambda v: followthrough.share_idea_back(store, idea.id, v["date"])  # noqa: E731
        else:
            return
        self.context.actions.form(dialog, save)

    def drop(self) -> None:
        idea = self.table.selected()
        if idea is None:
            return
        dialog = FormDialog(QCoreApplication.translate("IdeasPanel", "Drop the idea"), self, intro=idea.text)
        dialog.add_line(
            "reason",
            QCoreApplication.translate("IdeasPanel", "Why"),
            "",
            QCoreApplication.translate("IdeasPanel", "e.g. already covered by the newsletter"),
        )
        self.context.actions.form(dialog, lambda v: ideas.drop(self.context.store, idea.id, v["reason"]))

    def merge(self) -> None:
        """Fold this idea into another one; the other keeps this employee's credit."""
        idea = self.table.selected()
        if idea is None:
            return
        names = _names(self.context)
        targets = [
            (f"#{other.id} {names.get(other.report_id, '')}: {other.text[:60]}", other.id)
            for other in followthrough.ideas(self.context.store)
            if other.id != idea.id and not other.closed
        ]
        if not targets:
            self.context.on_error(
                QCoreApplication.translate(
                    "IdeasPanel", "There is no other open idea to merge this one into."
                )
            )
            return
        dialog = FormDialog(
            QCoreApplication.translate("IdeasPanel", "Merge into another idea"),
            self,
            intro=QCoreApplication.translate(
                "IdeasPanel", "{idea}\n\nThe idea you choose keeps this employee's credit."
            ).format(idea=idea.text),
        )
        dialog.add_combo("into", QCoreApplication.translate("IdeasPanel", "Merge into"), targets)
        self.context.actions.form(dialog, lambda v: ideas.merge(self.context.store, idea.id, v["into"]))
