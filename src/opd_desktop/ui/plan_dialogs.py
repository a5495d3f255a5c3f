"""The development plan's two forms: a goal and an action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opd_desktop.services.plans import PlanAction, PlanGoal
from opd_desktop.ui.form_dialog import FormDialog


def goal_dialog(
    parent: QWidget, title: str, links: list[tuple[str, int | None]], goal: PlanGoal | None = None
) -> FormDialog:
    """Add or edit a goal: what, what it builds on (`links`: profile entries), why, measure, date."""
    dialog = FormDialog(title, parent)
    dialog.add_line(
        "goal",
        QCoreApplication.translate("PlanPage", "Goal"),
        goal.title if goal else "",
        QCoreApplication.translate("PlanPage", "What they will develop in the current job"),
    )
    dialog.add_combo(
        "link",
        QCoreApplication.translate("PlanPage", "Builds on"),
        links,
        goal.profile_entry_id if goal else None,
    )
    dialog.add_text("why", QCoreApplication.translate("PlanPage", "Why"), goal.why if goal else "")
    dialog.add_line(
        "measure",
        QCoreApplication.translate("PlanPage", "Success measure"),
        goal.success_measure if goal else "",
    )
    dialog.add_date(
        "target date",
        QCoreApplication.translate("PlanPage", "Target date"),
        goal.target_date if goal else None,
    )
    return dialog


def action_dialog(
    parent: QWidget,
    title: str,
    goals: list[tuple[str, int]],
    action: PlanAction | None = None,
    goal_id: int | None = None,
) -> FormDialog:
    """Add or edit an action of one of `goals` (title, id): owner, due date, support needed."""
    dialog = FormDialog(title, parent)
    dialog.add_combo(
        "goal",
        QCoreApplication.translate("PlanPage", "For goal"),
        goals,
        action.goal_id if action else goal_id,
    )
    dialog.add_line("action", QCoreApplication.translate("PlanPage", "Action"), action.text if action else "")
    dialog.add_combo(
        "owner",
        QCoreApplication.translate("PlanPage", "Owner"),
        [
            (QCoreApplication.translate("PlanPage", "Employee"), "employee"),
            (QCoreApplication.translate("PlanPage", "You"), "manager"),
        ],
        action.owner.value if action else "employee",
    )
    dialog.add_date(
        "due date", QCoreApplication.translate("PlanPage", "Due"), action.due_date if action else None
    )
    dialog.add_text(
        "support",
        QCoreApplication.translate("PlanPage", "Support needed from me"),
        action.support_needed if action else "",
    )
    return dialog
