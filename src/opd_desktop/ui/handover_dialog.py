"""Report → Hand over to another manager…: what goes into the file, private
notes left out unless the manager ticks them in (with a warning), optional
encryption with a passphrase, and where the file goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from opd_desktop.core.models import Report
from opd_desktop.errors import OpdError
from opd_desktop.services import handover
from opd_desktop.services.schema_map import ROOT_TABLE
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.counts_text import describe_counts
from opd_desktop.ui.i18n import error_text
from opd_desktop.ui.widgets import dialog_layout, paragraph


def handover_filter() -> str:
    """The file dialogs' filter: handover files first, then every file."""
    return QCoreApplication.translate("HandoverDialog", "Handover files (*{suffix});;All files (*)").format(
        suffix=handover.SUFFIX
    )


def default_file_name(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "report"
    return f"{safe}{handover.SUFFIX}"


class HandoverDialog(QDialog):
    def __init__(self, store: Store, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report = report
        self.written: handover.HandoverFile | None = None
        layout = dialog_layout(
            self,
            title=QCoreApplication.translate("HandoverDialog", "Hand over {name}").format(name=report.name),
            question=QCoreApplication.translate(
                "HandoverDialog", "Hand over {name} to another manager"
            ).format(name=report.name),
            intro=QCoreApplication.translate(
                "HandoverDialog",
                "This writes {name}'s record into one file: the journey, shared notes and recaps, profile, development plan with its versions, follow-through and metrics. Their new manager imports it into their own OPD Desktop (File → Import a handed-over report…), next to their team. Nothing here changes.",  # noqa: E501
            ).format(name=report.name),
            min_width=560,  # wider when a translation needs it
        )
        self.contents = paragraph("", muted=True)
        layout.addWidget(self.contents)

        self.private_check = QCheckBox(
            QCoreApplication.translate(
                "HandoverDialog", "Include my &private notes (preparation, conversation summaries)"
            )
        )
        self.private_check.toggled.connect(self._refresh)
        layout.addWidget(self.private_check)
        self.private_warning = paragraph(
            QCoreApplication.translate(
                "HandoverDialog",
                "Warning: the new manager will be able to read everything you wrote for yourself about {name}. Leave this off unless they should.",  # noqa: E501
            ).format(name=report.name)
        )
        theme.colour_text(self.private_warning, theme.Role.DANGER)
        self.private_warning.hide()
        layout.addWidget(self.private_warning)

        self.encrypt_check = QCheckBox(
            QCoreApplication.translate("HandoverDialog", "&Encrypt the file with a passphrase")
        )
        self.encrypt_check.toggled.connect(self._refresh)
        layout.addWidget(self.encrypt_check)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("HandoverDialog", "Pass&phrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("HandoverDialog", "&Again:"), self.repeat)
        layout.addLayout(form)
        self.passphrase_hint = paragraph(
            QCoreApplication.translate(
                "HandoverDialog",
                "Tell the new manager the passphrase another way than the file (in person or by phone).",
            ),
            muted=True,
        )
        layout.addWidget(self.passphrase_hint)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(Path.home() / default_file_name(report.name)))
        browse = QPushButton(QCoreApplication.translate("HandoverDialog", "C&hoose…"))
        browse.clicked.connect(self.choose_path)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(QCoreApplication.translate("HandoverDialog", "&File:"))
        file_label.setBuddy(self.path_edit)
        row.insertWidget(0, file_label)
        layout.addLayout(row)

        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            QCoreApplication.translate("HandoverDialog", "&Write file"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.write_button.setDefault(True)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()

    def _refresh(self) -> None:
        include = self.private_check.isChecked()
        self.private_warning.setVisible(include)
        encrypt = self.encrypt_check.isChecked()
        for widget in (self.passphrase, self.repeat, self.passphrase_hint):
            widget.setEnabled(encrypt)
        outcome = actions_for(self, self.store).run(
            lambda: handover.build_document(self.store, self.report.id, include_private=include),
            on_error=lambda exc: self.contents.setText(error_text(exc)),
        )
        if outcome:
            counts = describe_counts(outcome.value["contents"]["counts"], skip=(ROOT_TABLE,))
            self.contents.setText(
                QCoreApplication.translate(
                    "HandoverDialog", "The file will hold {counts}. It includes your private notes."
                ).format(counts=counts)
                if include
                else QCoreApplication.translate(
                    "HandoverDialog", "The file will hold {counts}. Your private notes stay out."
                ).format(counts=counts)
            )
        self.adjustSize()

    def choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("HandoverDialog", "Hand over to a file"),
            self.path_edit.text(),
            handover_filter(),
        )
        if name:
            self.path_edit.setText(name)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def write(self) -> None:
        from opd_desktop.services.backup import passphrase as secrets

        encrypt, secret, repeat = self.encrypt_check.isChecked(), self.passphrase.text(), self.repeat.text()
        path, include = self.path_edit.text().strip(), self.private_check.isChecked()
        report_id = self.report.id

        def write_file(store):
            if encrypt:
                secrets.check_new(secret, repeat)
            if not path:
                raise OpdError(
                    QCoreApplication.translate("HandoverDialog", "Choose where to write the file.")
                )
            return handover.export_report(
                store, report_id, Path(path), include_private=include, passphrase=secret if encrypt else None
            )

        # encrypting takes a moment (the passphrase is stretched): on a worker, with progress
        outcome = actions_for(self, self.store).run_slow(
            write_file,
            label=QCoreApplication.translate("HandoverDialog", "Writing the handover file…"),
            on_error=lambda exc: self.show_error(error_text(exc)),
        )
        if outcome:
            self.written = outcome.value
            self.accept()
