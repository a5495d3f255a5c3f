"""Asking for a backup passphrase. A new one (the first backup of a session
without a keyring) is typed twice and follows the same rules as the backup
settings (`passphrase.check_new`), so a typo is found now, not at restore time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import ValidationError
from opd_desktop.ui import theme
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import error_text


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, new: bool, message: str = "") -> None:
        from opd_desktop.services.backup import passphrase

        super().__init__(parent)
        self.new = new
        self.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Backup passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            message
            or (
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "No keyring is available to remember the backup passphrase, so it is kept in memory "
                    "until you quit. Keep it somewhere safe: without it a backup cannot be restored.",
                )
                if new
                else QCoreApplication.translate(
                    "PassphraseDialog", "The passphrase this backup was made with:"
                )
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            self.first.setPlaceholderText(
                QCoreApplication.translate("PassphraseDialog", "at least {MIN_LENGTH} characters").format(
                    MIN_LENGTH=passphrase.MIN_LENGTH
                )
            )
        form.addRow(QCoreApplication.translate("PassphraseDialog", "&Passphrase"), self.first)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(QCoreApplication.translate("PassphraseDialog", "&Repeat"), self.repeat)
        else:
            self.repeat.hide()
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("PassphraseDialog", "Use passphrase")
            if new
            else QCoreApplication.translate("PassphraseDialog", "Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        at_least(self, 420)  # wider when a translation needs it

    @property
    def value(self) -> str:
        return self.first.text()

    def check(self) -> None:
        from opd_desktop.services.backup import passphrase

        try:
            if self.new:
                passphrase.check_new(self.first.text(), self.repeat.text())
            elif not self.first.text():
                raise ValidationError(
                    QCoreApplication.translate("PassphraseDialog", "Type the passphrase, or cancel."),
                    "passphrase",
                )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            theme.mark_invalid(self.first, True)
            return
        self.accept()
