"""The dialog to add or edit a direct report. Validation is the service's:
a refused value is explained inline and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from opd_desktop.core.models import Report
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import reports
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.date_field import DateField
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.forms import load_form
from opd_desktop.ui.i18n import error_text


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
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.ui)
        self.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Edit report")
            if report
            else QCoreApplication.translate("ReportDialog", "Add a direct report")
        )
        self._use_date_field()
        at_least(self, 460)  # wider when a translation needs it
        self.ui.errorLabel.hide()
        theme.colour_text(self.ui.errorLabel, theme.Role.DANGER)
        if report:
            self.ui.nameEdit.setText(report.name)
            self.ui.roleEdit.setText(report.role)
            self.ui.teamEdit.setText(report.team)
            self.ui.startEdit.set_date(report.start_date)
        buttons: QDialogButtonBox = self.ui.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def _use_date_field(self) -> None:
        """The start date with a calendar popup (the form file has a plain line edit)."""
        old = self.ui.startEdit
        field = DateField()
        field.setObjectName("startEdit")
        field.setToolTip(
            QCoreApplication.translate("ReportDialog", "When they started in this job (optional)")
        )
        self.ui.form.replaceWidget(old, field)
        self.ui.startLabel.setBuddy(field)
        old.hide()
        old.deleteLater()
        self.ui.startEdit = field
        spacer = self.ui.layout().itemAt(self.ui.layout().count() - 2)
        if spacer is not None and spacer.spacerItem() is not None:  # no gap under the fields
            self.ui.layout().removeItem(spacer)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(
                QCoreApplication.translate("ReportDialog", "Add")
                if self.report is None
                else QCoreApplication.translate("ReportDialog", "Save")
            )

    def _fields(self) -> dict[str, QWidget]:
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
            "start_date": self.ui.startEdit.value() or None,
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
        self.show_error(error_text(error), error.field if isinstance(error, ValidationError) else None)
