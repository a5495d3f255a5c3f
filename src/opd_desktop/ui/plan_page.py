"""The development plan: started in conversation 5, built in 6, finalized in 7
for three to six months. Goals with their actions, mutual commitments,
progress, and the versions kept when a final plan is revised."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.audience import first_name, for_employee
from opd_desktop.core.changes import Topic
from opd_desktop.core.models import ItemStatus
from opd_desktop.core.plan_status import PLAN_STATUS_LABELS, can_revise, is_editable, progress_recordable
from opd_desktop.services import outcomes, plans, profile
from opd_desktop.services.plans import PeriodNeedsConfirmation, Plan, PlanAction, PlanGoal
from opd_desktop.services.reports import get_report
from opd_desktop.ui import theme
from opd_desktop.ui.audience_widgets import AudienceTag
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.date_field import DateField
from opd_desktop.ui.dates import short_date
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import error_text, shown
from opd_desktop.ui.plan_dialogs import action_dialog, goal_dialog
from opd_desktop.ui.plan_tree import fill_plan_tree, goals_tree
from opd_desktop.ui.widgets import gather_after, heading, note_editor, paragraph, read_only, scroll_page


class PlanPage(QWidget):
    def __init__(self, context: ScreenContext, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.report_id = report_id
        self.plan: Plan | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, layout = scroll_page()
        outer.addWidget(area)

        top = QHBoxLayout()
        self.title = heading(QCoreApplication.translate("PlanPage", "Development plan"), 13)
        top.addWidget(self.title, 1)
        first = first_name(get_report(self.store, report_id).name)
        self.first_name = first
        top.addWidget(AudienceTag(not for_employee("plan_goals", "title"), first))  # the plan is theirs too
        self.versions = QComboBox()
        self.versions.setToolTip(
            QCoreApplication.translate("PlanPage", "Earlier versions stay readable after a revision")
        )
        self.versions.activated.connect(lambda _i: self._show_version(self.versions.currentData()))
        top.addWidget(self.versions)
        layout.addLayout(top)
        self.summary = paragraph("", muted=True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setFormat(QCoreApplication.translate("PlanPage", "%p% of actions done"))
        layout.addWidget(self.progress)

        actions = QHBoxLayout()
        self.start_button = QPushButton(QCoreApplication.translate("PlanPage", "Start the plan"))
        self.finalize_button = QPushButton(QCoreApplication.translate("PlanPage", "Finalize…"))
        self.revise_button = QPushButton(QCoreApplication.translate("PlanPage", "Revise (new version)"))
        self.next_button = QPushButton(QCoreApplication.translate("PlanPage", "Start the next plan"))
        self.pdf_button = QPushButton(QCoreApplication.translate("PlanPage", "Plan PDF…"))
        self.pdf_button.setToolTip(
            QCoreApplication.translate(
                "PlanPage", "Goals, actions, commitments and signature lines (Ctrl+P to print)"
            )
        )
        for button, slot in (
            (self.start_button, self.start_plan),
            (self.finalize_button, self.finalize),
            (self.revise_button, self.revise),
            (self.next_button, self.start_next),
            (self.pdf_button, self.export_pdf),
        ):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        layout.addWidget(heading(QCoreApplication.translate("PlanPage", "Period and accountability"), 11))
        form = QFormLayout()
        self.start_edit = DateField()  # calendar popups; "No date" until set
        self.end_edit = DateField()
        self.review_edit = DateField()
        for edit in (self.start_edit, self.end_edit, self.review_edit):
            edit.setToolTip(QCoreApplication.translate("PlanPage", "Pick a date, or type it"))
            edit.setMaximumWidth(160)
        self.cadence = QSpinBox()
        self.cadence.setRange(7, 92)
        self.cadence.setSuffix(QCoreApplication.translate("PlanPage", " days"))
        self.cadence.setValue(14)
        self.terms_button = QPushButton(QCoreApplication.translate("PlanPage", "Save period"))
        self.terms_button.clicked.connect(self.save_terms)
        period_row = QHBoxLayout()
        for widget in (
            self.start_edit,
            paragraph(QCoreApplication.translate("PlanPage", "to")),
            self.end_edit,
        ):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        form.addRow(QCoreApplication.translate("PlanPage", "Period (3–6 months)"), period_row)
        form.addRow(QCoreApplication.translate("PlanPage", "Next review"), self.review_edit)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(self.terms_button)
        cadence_row.addStretch(1)
        form.addRow(QCoreApplication.translate("PlanPage", "Check-ins every"), cadence_row)
        layout.addLayout(form)
        commitments = QHBoxLayout()
        self.employee_commitments = note_editor(
            QCoreApplication.translate("PlanPage", "What the employee commits to"), height=80
        )
        self.manager_commitments = note_editor(
            QCoreApplication.translate("PlanPage", "What I commit to (support, time, introductions)"),
            height=80,
        )
        for label, editor in (
            (QCoreApplication.translate("PlanPage", "The employee commits to"), self.employee_commitments),
            (QCoreApplication.translate("PlanPage", "I commit to"), self.manager_commitments),
        ):
            column = QVBoxLayout()
            column.addWidget(paragraph(f"<b>{label}</b>"))
            column.addWidget(editor)
            commitments.addLayout(column)
        layout.addLayout(commitments)
        context.autosaver.watch(self.employee_commitments, lambda t: self._save_commitments(employee=t))
        context.autosaver.watch(self.manager_commitments, lambda t: self._save_commitments(manager=t))

        layout.addWidget(heading(QCoreApplication.translate("PlanPage", "Goals and actions"), 11))
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "PlanPage",
                    "Focus on development in the current job. Link each goal to a strength or aspiration.",
                ),
                muted=True,
            )
        )
        self.tree = goals_tree()
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show_details(current))
        layout.addWidget(self.tree)
        self.details = paragraph(
            QCoreApplication.translate(
                "PlanPage", "Select a goal or action to see why it matters and the support it needs."
            ),
            muted=True,
        )
        layout.addWidget(self.details)
        structure_row, progress_row = QHBoxLayout(), QHBoxLayout()
        progress_row.addWidget(paragraph(QCoreApplication.translate("PlanPage", "Selected action:")))
        self.edit_buttons = []
        for text, slot, structural in (
            (QCoreApplication.translate("PlanPage", "Add goal…"), self.add_goal, True),
            (QCoreApplication.translate("PlanPage", "Add action…"), self.add_action, True),
            (QCoreApplication.translate("PlanPage", "Edit…"), self.edit_selected, True),
            (QCoreApplication.translate("PlanPage", "Delete"), self.delete_selected, True),
            (
                QCoreApplication.translate("PlanPage", "Mark done"),
                lambda: self.set_status(ItemStatus.DONE),
                False,
            ),
            (
                QCoreApplication.translate("PlanPage", "Drop"),
                lambda: self.set_status(ItemStatus.DROPPED),
                False,
            ),
            (
                QCoreApplication.translate("PlanPage", "Reopen"),
                lambda: self.set_status(ItemStatus.OPEN),
                False,
            ),
            (QCoreApplication.translate("PlanPage", "Goal outcome…"), self.goal_outcome, False),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            (structure_row if structural else progress_row).addWidget(button)
            self.edit_buttons.append((button, structural))
        for row in (structure_row, progress_row):
            row.addStretch(1)
            layout.addLayout(row)
        self.body = gather_after(layout, actions)  # hidden while there is no plan
        layout.addStretch(1)
        theme.primary(self.start_button)
        self.refresh()
        # goals link to profile entries, so the plan shows both
        context.changes.subscribe(
            self, (Topic.PLANS, Topic.PROFILE), self.refresh, report_id=lambda: self.report_id
        )

    # Loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.plan = plans.current_plan(self.store, self.report_id)
        history = plans.history(self.store, self.report_id)
        self.versions.clear()
        for version in reversed(history):
            self.versions.addItem(
                QCoreApplication.translate("PlanPage", "Version {version} · {status}").format(
                    version=version.version, status=shown(PLAN_STATUS_LABELS[version.status])
                ),
                version.id,
            )
        self.versions.setVisible(len(history) > 1)
        self._show(self.plan, editable=self.plan is not None and is_editable(self.plan.status))

    def _show_version(self, plan_id: int | None) -> None:
        if plan_id is None:
            return
        shown = plans.get_plan(self.store, plan_id)
        current = self.plan is not None and shown.id == self.plan.id
        self._show(shown, editable=current and is_editable(shown.status), current=current)

    def _show(self, plan: Plan | None, editable: bool, current: bool = True) -> None:
        self.shown = plan
        has_plan = plan is not None
        self.start_button.setVisible(not has_plan)
        self.pdf_button.setEnabled(has_plan)
        self.finalize_button.setVisible(editable)
        self.revise_button.setVisible(current and has_plan and can_revise(plan.status))
        self.next_button.setVisible(
            current and has_plan and can_revise(plan.status) and plans.period_ended(plan)
        )
        for button, structural in self.edit_buttons:
            button.setEnabled(editable if structural else (has_plan and progress_recordable(plan.status)))
        # a final plan reads as text (read-only, no frames), not as greyed-out inputs
        for widget in (self.start_edit, self.end_edit, self.review_edit, self.cadence):
            read_only(widget, not editable)
        self.terms_button.setVisible(editable)
        self.body.setVisible(has_plan)
        self.progress.setVisible(has_plan)
        if plan is None:
            self.title.setText(QCoreApplication.translate("PlanPage", "Development plan"))
            self.summary.setText(
                QCoreApplication.translate(
                    "PlanPage",
                    "No plan yet. It is started in conversation 5, built in 6 and finalized in 7 for the next three to six months.",  # noqa: E501
                )
            )
            self.progress.setValue(0)
            self.tree.clear()
            return
        self.title.setText(
            QCoreApplication.translate("PlanPage", "Development plan — version {version}").format(
                version=plan.version
            )
        )
        self.summary.setText(self._summary_text(plan))
        self.progress.setValue(round(plan.progress * 100))
        self.start_edit.set_date(plan.period_start)
        self.end_edit.set_date(plan.period_end)
        self.review_edit.set_date(plan.next_review)
        self.cadence.setValue(plan.checkin_cadence_days or 14)
        for editor, text in (
            (self.employee_commitments, plan.employee_commitments),
            (self.manager_commitments, plan.manager_commitments),
        ):
            if editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
            read_only(editor, not editable)  # sized to its text when it reads as text
        self._fill_tree(plan)

    def _summary_text(self, plan: Plan) -> str:
        parts = [shown(PLAN_STATUS_LABELS[plan.status])]
        if plan.period_start and plan.period_end:
            months = plans.months_between(plan.period_start, plan.period_end)
            parts.append(
                QCoreApplication.translate("PlanPage", "{start} to {end} ({months} months)").format(
                    start=short_date(plan.period_start),
                    end=short_date(plan.period_end),
                    months=QLocale().toString(months, "f", 1),
                )
            )
        if plan.finalized_at:
            parts.append(
                QCoreApplication.translate("PlanPage", "finalized {date}").format(
                    date=short_date(dt.date.fromisoformat(plan.finalized_at[:10]))
                )
            )
        in_force = plans.in_force(self.store, self.report_id)
        if is_editable(plan.status) and in_force is not None:
            parts.append(
                QCoreApplication.translate(
                    "PlanPage", "version {version} stays in force until this one is finalized"
                ).format(version=in_force.version)
            )
        return " · ".join(parts)

    def _fill_tree(self, plan: Plan) -> None:
        fill_plan_tree(
            self.tree,
            plan,
            links={e.id: e.text for e in profile.entries(self.store, self.report_id)},
            results=outcomes.goal_outcomes(self.store, plan.id),
            first=self._first_name(),
        )

    def _first_name(self) -> str:
        from opd_desktop.services.documents.text import isolate

        return isolate(first_name(get_report(self.store, self.report_id).name))

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        text = item.data(1, Qt.ItemDataRole.UserRole) if item is not None else ""
        self.details.setText(
            text or QCoreApplication.translate("PlanPage", "Select a goal or action to see its details.")
        )

    def _selected(self) -> tuple[str, PlanGoal | PlanAction] | tuple[None, None]:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else (None, None)

    # Actions ---------------------------------------------------------------------

    def export_pdf(self):
        from opd_desktop.services.documents.plan_doc import build_plan
        from opd_desktop.services.reports import get_report
        from opd_desktop.ui.documents import preview
        from opd_desktop.ui.manager_name import ensure_manager_name

        if self.shown is None:
            return None
        self.context.autosaver.flush()
        ensure_manager_name(self, self.store, self.context.actions)
        plan_id = self.shown.id
        name = get_report(self.store, self.report_id).name
        return preview(
            self,
            QCoreApplication.translate("PlanPage", "Development plan v{version} · Employee's copy").format(
                version=self.shown.version
            ),
            QCoreApplication.translate("PlanPage", "Development plan {name}").format(name=name),
            lambda store: build_plan(store, self.report_id, plan_id),
            self.context.actions,
        )

    def start_plan(self) -> None:
        self.context.actions.run(lambda: plans.start_plan(self.store, self.report_id))

    def save_terms(self) -> None:
        if self.plan is None:
            return
        self.context.actions.run(
            lambda: plans.set_terms(
                self.store,
                self.plan.id,
                period_start=self.start_edit.value() or None,
                period_end=self.end_edit.value() or None,
                next_review=self.review_edit.value() or None,
                checkin_cadence_days=self.cadence.value(),
            )
        )

    def _save_commitments(self, **values: str) -> None:
        if self.plan is not None and is_editable(self.plan.status):
            plans.set_commitments(self.store, self.plan.id, **values)

    def finalize(self) -> None:
        if self.plan is None:
            return
        self.context.autosaver.flush()
        plan_id = self.plan.id
        questions: list[str] = []

        def ask_first(error) -> None:
            if isinstance(error, PeriodNeedsConfirmation):
                questions.append(error_text(error))
            else:
                self.context.on_error(error_text(error))

        if self.context.actions.run(lambda: plans.finalize(self.store, plan_id), on_error=ask_first):
            return
        if (
            questions
            and QMessageBox.question(
                self, QCoreApplication.translate("PlanPage", "Plan period"), questions[0]
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.context.actions.run(lambda: plans.finalize(self.store, plan_id, confirmed=True))

    def revise(self) -> None:
        self.context.actions.run(lambda: plans.revise(self.store, self.report_id))

    def start_next(self) -> None:
        self.context.actions.run(lambda: plans.start_next_plan(self.store, self.report_id))

    def _links(self) -> list[tuple[str, int | None]]:
        options: list[tuple[str, int | None]] = [(QCoreApplication.translate("PlanPage", "— none —"), None)]
        for entry in profile.entries(self.store, self.report_id):
            if entry.kind in plans.LINKABLE_KINDS:
                options.append((entry.text, entry.id))
        return options

    def _goals(self) -> list[tuple[str, int]]:
        return [(g.title, g.id) for g in (self.plan.goals if self.plan else [])]

    def add_goal(self) -> None:
        if self.plan is None:
            return
        plan_id = self.plan.id
        dialog = goal_dialog(self, QCoreApplication.translate("PlanPage", "Add a goal"), self._links())
        self.context.actions.form(
            dialog,
            lambda v: plans.add_goal(
                self.store,
                plan_id,
                v["goal"],
                v["why"],
                v["measure"],
                v["target date"] or None,
                v["link"],
            ),
        )

    def add_action(self) -> None:
        if self.plan is None:
            return
        if not self.plan.goals:
            self.context.on_error(
                QCoreApplication.translate("PlanPage", "Add a goal first; every action serves a goal.")
            )
            return
        kind, selected = self._selected()
        goal_id = selected.id if kind == "goal" else (selected.goal_id if kind == "action" else None)
        dialog = action_dialog(
            self, QCoreApplication.translate("PlanPage", "Add an action"), self._goals(), goal_id=goal_id
        )
        self.context.actions.form(
            dialog,
            lambda v: plans.add_action(
                self.store,
                v["goal"],
                v["action"],
                v["owner"],
                v["due date"] or None,
                v["support"],
            ),
        )

    def edit_selected(self) -> None:
        kind, selected = self._selected()
        if (
            kind is None
            or self.plan is None
            or not is_editable(self.plan.status)
            or self.shown is not self.plan
        ):
            return
        if kind == "goal":
            dialog = goal_dialog(
                self, QCoreApplication.translate("PlanPage", "Edit goal"), self._links(), selected
            )
            self.context.actions.form(
                dialog,
                lambda v: plans.update_goal(
                    self.store,
                    selected.id,
                    title=v["goal"],
                    why=v["why"],
                    success_measure=v["measure"],
                    target_date=v["target date"] or None,
                    profile_entry_id=v["link"],
                ),
            )
        else:
            dialog = action_dialog(
                self, QCoreApplication.translate("PlanPage", "Edit action"), self._goals(), selected
            )
            self.context.actions.form(
                dialog,
                lambda v: plans.update_action(
                    self.store,
                    selected.id,
                    text=v["action"],
                    owner=v["owner"],
                    due_date=v["due date"] or None,
                    support_needed=v["support"],
                ),
            )

    def delete_selected(self) -> None:
        kind, selected = self._selected()
        if kind is None:
            return
        question = (
            QCoreApplication.translate("PlanPage", "Delete the goal “{title}” and its actions?").format(
                title=selected.title
            )
            if kind == "goal"
            else QCoreApplication.translate("PlanPage", "Delete the action “{text}”?").format(
                text=selected.text
            )
        )
        if (
            QMessageBox.question(self, QCoreApplication.translate("PlanPage", "Delete"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        if kind == "goal":
            self.context.actions.run(lambda: plans.delete_goal(self.store, selected.id))
        else:
            self.context.actions.run(lambda: plans.delete_action(self.store, selected.id))

    def goal_outcome(self) -> None:
        """Achieved, partly or not: recorded at check-ins, counted on the dashboard."""
        kind, selected = self._selected()
        if kind != "goal":
            self.context.on_error(QCoreApplication.translate("PlanPage", "Select a goal in the list first."))
            return
        current = outcomes.goal_outcomes(self.store, self.shown.id).get(selected.id) if self.shown else None
        dialog = FormDialog(
            QCoreApplication.translate("PlanPage", "Goal outcome"), self, intro=selected.title
        )
        choices = [(QCoreApplication.translate("PlanPage", "Not decided yet"), None)] + [
            (shown(t), k) for k, t in outcomes.GOAL_OUTCOMES.items()
        ]
        dialog.add_combo("outcome", QCoreApplication.translate("PlanPage", "Outcome"), choices, current)
        self.context.actions.form(
            dialog, lambda v: outcomes.set_goal_outcome(self.store, selected.id, v["outcome"])
        )

    def set_status(self, status: ItemStatus) -> None:
        kind, selected = self._selected()
        if kind != "action":
            self.context.on_error(
                QCoreApplication.translate("PlanPage", "Select an action in the list first.")
            )
            return
        self.context.actions.run(lambda: plans.set_action_status(self.store, selected.id, status))
