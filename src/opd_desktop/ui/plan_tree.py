"""The development plan as a tree: each goal (bold, with its progress or
outcome) over its actions (owner, due date, status; overdue in the danger
colour), what the employee proposed marked as theirs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from opd_desktop.core.models import ITEM_STATUS_LABELS, ItemStatus, Owner
from opd_desktop.services import outcomes
from opd_desktop.services.plans import Plan, PlanGoal
from opd_desktop.ui import theme
from opd_desktop.ui.dates import short_date
from opd_desktop.ui.i18n import shown

COLUMNS = (
    QT_TRANSLATE_NOOP("PlanPage", "Goal / action"),
    QT_TRANSLATE_NOOP("PlanPage", "Owner"),
    QT_TRANSLATE_NOOP("PlanPage", "Due"),
    QT_TRANSLATE_NOOP("PlanPage", "Status"),
)


def goals_tree() -> QTreeWidget:
    """The empty tree: the goal or action, then its columns sized to their contents."""
    tree = QTreeWidget()
    tree.setColumnCount(len(COLUMNS))
    tree.setHeaderLabels([QCoreApplication.translate("PlanPage", c) for c in COLUMNS])
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumHeight(240)
    tree.setWordWrap(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(COLUMNS)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _proposed(item, who: str) -> str:
    """A goal's or action's text, marked when the employee proposed it (draft-plan worksheet)."""
    text = getattr(item, "title", None) or item.text
    if item.proposed_by != Owner.EMPLOYEE:
        return text
    return QCoreApplication.translate("PlanPage", "{text}  · proposed by {who}").format(text=text, who=who)


def _goal_progress(goal: PlanGoal, outcome: str | None) -> str:
    percent = round(goal.progress * 100)
    if not outcome:
        return QCoreApplication.translate("PlanPage", "{percent}% done").format(percent=percent)
    return QCoreApplication.translate("PlanPage", "{percent}% done · {outcome}").format(
        percent=percent, outcome=shown(outcomes.GOAL_OUTCOMES[outcome])
    )


def fill_plan_tree(
    tree: QTreeWidget, plan: Plan, links: dict[int, str], results: dict[int, str], first: str
) -> None:
    """`links`: profile entries a goal may build on; `results`: goal outcomes; `first`: the employee."""
    tree.clear()
    today = dt.date.today()
    for goal in plan.goals:
        why = goal.why or ""
        if goal.profile_entry_id in links:
            why = f"{links[goal.profile_entry_id]} — {why}" if why else links[goal.profile_entry_id]
        goal_item = QTreeWidgetItem(
            [
                _proposed(goal, first),
                "",
                short_date(goal.target_date),
                _goal_progress(goal, results.get(goal.id)),
            ]
        )
        font = goal_item.font(0)
        font.setBold(True)
        goal_item.setFont(0, font)
        goal_item.setData(0, Qt.ItemDataRole.UserRole, ("goal", goal))
        details = [
            QCoreApplication.translate("PlanPage", "Why: {why}").format(why=why) if why else "",
            QCoreApplication.translate("PlanPage", "Success measure: {measure}").format(
                measure=goal.success_measure
            )
            if goal.success_measure
            else "",
        ]
        goal_item.setData(1, Qt.ItemDataRole.UserRole, " · ".join(d for d in details if d))
        goal_item.setToolTip(0, "\n".join(d for d in details if d) or goal.title)
        for action in goal.actions:
            item = QTreeWidgetItem(
                [
                    _proposed(action, first),
                    QCoreApplication.translate("PlanPage", "You")
                    if action.owner.value == "manager"
                    else first,
                    short_date(action.due_date),
                    shown(ITEM_STATUS_LABELS[action.status]),
                ]
            )
            support = (
                QCoreApplication.translate("PlanPage", "Support needed: {support}").format(
                    support=action.support_needed
                )
                if action.support_needed
                else ""
            )
            item.setData(1, Qt.ItemDataRole.UserRole, support)
            item.setToolTip(0, support or action.text)
            item.setData(0, Qt.ItemDataRole.UserRole, ("action", action))
            if action.status == ItemStatus.OPEN and action.due_date and action.due_date < today:
                item.setForeground(2, QBrush(theme.colour(theme.Role.DANGER)))
            goal_item.addChild(item)
        tree.addTopLevelItem(goal_item)
        goal_item.setExpanded(True)
