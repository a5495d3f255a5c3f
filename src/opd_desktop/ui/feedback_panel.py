"""Feedback the manager asked for on their own leadership: requested in
conversation 3, heard and answered in 4, commitments followed up in the
check-ins until the manager closes them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from opd_desktop.core.audience import for_employee, label
from opd_desktop.core.changes import Topic
from opd_desktop.core.models import FEEDBACK_STATUS_LABELS, FeedbackStatus
from opd_desktop.services import followthrough, outcomes
from opd_desktop.services.outcomes import COMMITMENT_STATUSES
from opd_desktop.ui.context import ScreenContext
from opd_desktop.ui.form_dialog import FormDialog
from opd_desktop.ui.i18n import shown
from opd_desktop.ui.tables import RowTable
from opd_desktop.ui.widgets import heading


class LeadershipFeedbackPanel(QWidget):
    def __init__(self, context: ScreenContext, report_id: int) -> None:
        super().__init__()
        self.context = context
        self.report_id = report_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(QCoreApplication.translate("FeedbackPanel", "Feedback on my leadership"), 11)
        )
        self.table = RowTable(
            (
                QCoreApplication.translate("LeadershipFeedbackPanel", "I asked"),
                QCoreApplication.translate("LeadershipFeedbackPanel", "They said"),
                QCoreApplication.translate("LeadershipFeedbackPanel", "My response"),
                QCoreApplication.translate("LeadershipFeedbackPanel", "I committed to"),
                QCoreApplication.translate("LeadershipFeedbackPanel", "Status"),
                QCoreApplication.translate("LeadershipFeedbackPanel", "Kept?"),
            ),
            short=(4, 5),
        )
        self.table.setMinimumHeight(130)
        self.table.empty_text = (
            "When you ask how you could lead better, the question and the answer appear here."
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.ask_button = QPushButton(QCoreApplication.translate("FeedbackPanel", "Ask for feedback…"))
        self.answer_button = QPushButton(QCoreApplication.translate("FeedbackPanel", "Record their answer…"))
        self.close_button = QPushButton(QCoreApplication.translate("FeedbackPanel", "Close commitments"))
        self.kept_button = QPushButton(QCoreApplication.translate("FeedbackPanel", "Kept or not…"))
        self.kept_button.setToolTip(
            QCoreApplication.translate(
                "FeedbackPanel", "Whether you kept what you committed to (counted on the dashboard)"
            )
        )
        for button, slot in (
            (self.ask_button, self.ask),
            (self.answer_button, self.answer),
            (self.kept_button, self.mark_kept),
            (self.close_button, self.close_commitments),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()
        context.changes.subscribe(
            self, (Topic.LEADERSHIP_FEEDBACK,), self.refresh, report_id=lambda: self.report_id
        )

    def refresh(self) -> None:
        rows = [
            (
                f,
                [
                    f.request,
                    f.employee_said,
                    f.manager_response,
                    f.commitments,
                    shown(FEEDBACK_STATUS_LABELS[f.status]),
                    shown(COMMITMENT_STATUSES[f.commitment_status]) if f.commitments.strip() else "",
                ],
                set(),
            )
            for f in followthrough.leadership_feedback(self.context.store, self.report_id)
        ]
        self.table.fill(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.selected()
        self.answer_button.setEnabled(selected is not None and selected.status != FeedbackStatus.CLOSED)
        self.close_button.setEnabled(selected is not None and selected.status == FeedbackStatus.ANSWERED)
        self.kept_button.setEnabled(selected is not None and bool(selected.commitments.strip()))

    def ask(self) -> None:
        dialog = FormDialog(
            QCoreApplication.translate("LeadershipFeedbackPanel", "Ask for feedback on my leadership"), self
        )
        dialog.add_text(
            "request",
            QCoreApplication.translate("LeadershipFeedbackPanel", "What I asked"),
            "What could I do to lead you and the team better?",
        )
        self.context.actions.form(
            dialog,
            lambda v: followthrough.request_leadership_feedback(
                self.context.store, self.report_id, v["request"]
            ),
        )

    def answer(self) -> None:
        selected = self.table.selected()
        if selected is None:
            return
        dialog = FormDialog(
            QCoreApplication.translate("LeadershipFeedbackPanel", "Their feedback and my response"),
            self,
            intro=QCoreApplication.translate("LeadershipFeedbackPanel", "I asked: {request}").format(
                request=selected.request
            ),
        )
        dialog.add_text(
            "employee_said",
            QCoreApplication.translate("LeadershipFeedbackPanel", "They said · {audience}").format(
                audience=_says("employee_said")
            ),
            selected.employee_said,
            height=80,
        )
        dialog.add_text(
            "response",
            QCoreApplication.translate("LeadershipFeedbackPanel", "My response · {audience}").format(
                audience=_says("manager_response")
            ),
            selected.manager_response,
        )
        dialog.add_text(
            "commitments",
            QCoreApplication.translate("LeadershipFeedbackPanel", "I commit to · {audience}").format(
                audience=_says("commitments")
            ),
            selected.commitments,
        )
        self.context.actions.form(
            dialog,
            lambda v: followthrough.record_leadership_feedback(
                self.context.store,
                selected.id,
                employee_said=v["employee_said"],
                manager_response=v["response"],
                commitments=v["commitments"],
            ),
        )

    def mark_kept(self) -> None:
        selected = self.table.selected()
        if selected is None:
            return
        dialog = FormDialog(
            QCoreApplication.translate("LeadershipFeedbackPanel", "Did I keep my commitment?"),
            self,
            intro=selected.commitments,
        )
        dialog.add_combo(
            "status",
            QCoreApplication.translate("LeadershipFeedbackPanel", "Status"),
            [(shown(t), k) for k, t in COMMITMENT_STATUSES.items()],
            selected.commitment_status,
        )
        self.context.actions.form(
            dialog, lambda v: outcomes.set_commitment_status(self.context.store, selected.id, v["status"])
        )

    def close_commitments(self) -> None:
        selected = self.table.selected()
        if selected is None:
            return
        self.context.actions.run(
            lambda: followthrough.close_leadership_feedback(self.context.store, selected.id)
        )


def _says(column: str) -> str:
    """The audience of a leadership-feedback field, in words."""
    return shown(label(not for_employee("leadership_feedback", column), ""))
