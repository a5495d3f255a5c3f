"""The dialog to add or edit a direct report. Validation is the service's:
a refused value is explained inline and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from opd_desktop.core.models import Report
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import reports
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.forms import load_form


class ReportDialog(QDialog):
    def __init__(
        self, store: Store, report: Report | None = None, parent: QWidget | None = None, actions=None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actions = actions or parent.actions  # the main window's action path
        self.report = report
        self.saved_report: Report | None = None
        self.ui = load_form("report_dialog", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.ui)
        self.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Edit report")
            if report
            else QCoreApplication.translate("ReportDialog", "Add a direct report")
        )
        self.resize(460, 250)
        self.ui.errorLabel.hide()
        theme.colour_text(self.ui.errorLabel, theme.Role.DANGER)
        if report:
            self.ui.nameEdit.setText(report.name)
            self.ui.roleEdit.setText(report.role)
            self.ui.teamEdit.setText(report.team)
            self.ui.startEdit.setText(report.start_date.isoformat() if report.start_date else "")
        buttons: QDialogButtonBox = self.ui.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def _fields(self) -> dict[str, QLineEdit]:
        return {
            "name": self.ui.nameEdit,
            "role": self.ui.roleEdit,
            "team": self.ui.teamEdit,
            "start date": self.ui.startEdit,
        }

    def show_error(self, message: str, field: str | None = None) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        for name, edit in self._fields().items():
            theme.mark_invalid(edit, name == field)
        if field in self._fields():
            self._fields()[field].setFocus()

    def save(self) -> None:
        values = {
            "name": self.ui.nameEdit.text(),
            "role": self.ui.roleEdit.text(),
            "team": self.ui.teamEdit.text(),
            "start_date": self.ui.startEdit.text().strip() or None,
        }
        if self.report is None:
            outcome = self.actions.run(lambda: reports.add_report(self.store, **values), on_error=self.refuse)
        else:
            report_id = self.report.id
            outcome = self.actions.run(
                lambda: reports.edit_report(
                    self.store, report_id, **{**values, "start_date": values["start_date"] or ""}
                ),
                on_error=self.refuse,
            )
        if outcome:
            self.saved_report = outcome.value
            self.accept()

    def refuse(self, error: OpdError) -> None:
        self.show_error(str(error), error.field if isinstance(error, ValidationError) else None)
