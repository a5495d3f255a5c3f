"""Report → Delete permanently…: the person's name typed to confirm, then what
happened to the copies beside the database and which backups still hold them,
with the offer to delete those backups now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.core.models import Report
from opd_desktop.services import purge
from opd_desktop.services.text import name_key
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.actions import actions_for
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import english_plural, error_text, shown
from opd_desktop.ui.widgets import bullets, dialog_layout, heading, paragraph, rich


class PurgeDialog(QDialog):
    def __init__(self, store: Store, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report = report
        self.result: purge.PurgeResult | None = None
        layout = dialog_layout(
            self,
            title=QCoreApplication.translate("PurgeDialog", "Delete {name} permanently").format(
                name=report.name
            ),
            question=QCoreApplication.translate("PurgeDialog", "Delete {name} permanently?").format(
                name=report.name
            ),
            intro=QCoreApplication.translate(
                "PurgeDialog",
                "This removes {name} and everything about them from this computer: every conversation, private and shared note, the profile, the plan and its versions, the follow-through and the metrics. It cannot be undone. If you may need the record again, archive them instead, or hand it over first (Report → Hand over…).",  # noqa: E501
            ).format(name=report.name),
            min_width=520,  # wider when a translation needs it
        )
        prompt = QLabel(
            QCoreApplication.translate("PurgeDialog", "&Type {name} to confirm:").format(name=report.name)
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(report.name)
        prompt.setBuddy(self.name_edit)
        layout.addWidget(prompt)
        layout.addWidget(self.name_edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            QCoreApplication.translate("PurgeDialog", "&Delete permanently"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.delete_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.delete)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._typed)
        self.name_edit.setFocus()

    def _typed(self, text: str) -> None:
        self.delete_button.setEnabled(name_key(" ".join(text.split())) == name_key(self.report.name))

    def delete(self) -> None:
        if not self.delete_button.isEnabled():
            return
        typed = self.name_edit.text()
        report_id = self.report.id
        outcome = actions_for(self, self.store).run_slow(  # compacting the file takes seconds on large data
            lambda store: purge.purge_report(store, report_id, typed),
            label=QCoreApplication.translate(
                "PurgeDialog", "Deleting permanently and compacting the database…"
            ),
            on_error=self._refused,
        )
        if outcome:
            self.result = outcome.value
            self.accept()

    def _refused(self, error) -> None:
        self.error.setText(error_text(error))
        self.error.show()


class PurgeResultDialog(QDialog):
    """What the purge did, and the backups that still hold the person."""

    def __init__(self, result: purge.PurgeResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.deleted_backups = 0
        self.setWindowTitle(QCoreApplication.translate("PurgeDialog", "Deleted permanently"))
        at_least(self, 600)  # wider when a translation needs it
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(shown(result.summary()), 13))
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "PurgeDialog", "Their words are gone from the database files; the database was compacted."
                )
            )
        )
        if result.copies:
            layout.addWidget(
                paragraph(QCoreApplication.translate("PurgeDialog", "Copies kept beside the database:"))
            )
            layout.addWidget(rich(bullets([shown(c.describe()) for c in result.copies])))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        if result.backups:
            layout.addWidget(
                paragraph(
                    english_plural(
                        QCoreApplication.translate(
                            "PurgeDialog",
                            "%n backup(s) made while {name} was on your team still hold them (they are encrypted; the list comes from their dates):",  # noqa: E501
                            "",
                            len(result.backups),
                        ),
                        len(result.backups),
                    ).format(name=result.name)
                )
            )
            layout.addWidget(rich(bullets([shown(h.describe()) for h in result.backups])))
            layout.addWidget(
                paragraph(
                    QCoreApplication.translate(
                        "PurgeDialog",
                        "Deleting them also deletes the rest of your data as it was then. Make a new backup afterwards (Backup → Back up now).",  # noqa: E501
                    ),
                    muted=True,
                )
            )
            self.delete_backups_button = self.buttons.addButton(
                english_plural(
                    QCoreApplication.translate(
                        "PurgeResultDialog", "Delete these %n backup(s)", "", len(result.backups)
                    ),
                    len(result.backups),
                ),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.delete_backups_button.clicked.connect(self.delete_backups)
        else:
            layout.addWidget(
                paragraph(
                    QCoreApplication.translate("PurgeDialog", "No backup in your backup folder holds them.")
                )
            )
        layout.addWidget(self.buttons)

    def delete_backups(self) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PurgeDialog", "Delete backups"),
            english_plural(
                QCoreApplication.translate(
                    "PurgeDialog", "Delete %n backup file(s) for good?", "", len(self.result.backups)
                ),
                len(self.result.backups),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.deleted_backups = len(purge.delete_backups([h.path for h in self.result.backups]))
        self.delete_backups_button.setEnabled(False)
        self.delete_backups_button.setText(
            english_plural(
                QCoreApplication.translate("PurgeDialog", "Deleted %n backup(s)", "", self.deleted_backups),
                self.deleted_backups,
            )
        )
