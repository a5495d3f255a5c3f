"""Backup settings: the folder, daily and on-quit backups, the passphrase in the keyring.
(Imported when the dialog is first opened, not with the main window.)"""

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
    QVBoxLayout,
    QWidget,
)

from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.dialog_width import at_least
from opd_desktop.ui.i18n import error_text


class BackupSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from opd_desktop.services.backup import passphrase, schedule

        super().__init__(parent)
        self.store = store
        self.actions = parent.actions  # the main window's action path
        self.session_passphrase: str | None = None
        self.setWindowTitle(QCoreApplication.translate("BackupSettings", "Backup settings"))
        at_least(self, 520)  # wider when a translation needs it
        current = schedule.settings(store)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(current.folder))
        browse = QPushButton(QCoreApplication.translate("BackupSettings", "Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(QCoreApplication.translate("BackupSettingsDialog", "Backup folder"), folder_row)
        self.daily = QCheckBox(
            QCoreApplication.translate("BackupSettings", "Back up once a day while the app is open")
        )
        self.daily.setChecked(current.daily)
        self.on_quit = QCheckBox(QCoreApplication.translate("BackupSettings", "Back up when I close the app"))
        self.on_quit.setChecked(current.on_quit)
        form.addRow("", self.daily)
        form.addRow("", self.on_quit)
        self.keyring_ok = passphrase.keyring_available()
        has_secret = passphrase.stored(store.data_dir) is not None
        state = (
            QCoreApplication.translate("BackupSettingsDialog", "A passphrase is kept in your keyring.")
            if has_secret
            else QCoreApplication.translate("BackupSettingsDialog", "No passphrase is set yet.")
            if self.keyring_ok
            else QCoreApplication.translate(
                "BackupSettingsDialog",
                "No keyring is available: the passphrase is asked for when a backup runs, never stored.",
            )
        )
        self.passphrase_state = QLabel(state)
        self.passphrase_state.setWordWrap(True)
        form.addRow(QCoreApplication.translate("BackupSettingsDialog", "Passphrase"), self.passphrase_state)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setPlaceholderText(
            QCoreApplication.translate(
                "BackupSettings", "at least {MIN_LENGTH} characters; leave empty to keep"
            ).format(MIN_LENGTH=passphrase.MIN_LENGTH)
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("BackupSettingsDialog", "New passphrase"), self.new_passphrase)
        form.addRow(QCoreApplication.translate("BackupSettingsDialog", "Repeat it"), self.repeat)
        layout.addLayout(form)
        note = QLabel(
            QCoreApplication.translate(
                "BackupSettings",
                "Keep the passphrase somewhere safe: without it a backup cannot be restored, on this computer or another.",  # noqa: E501
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        theme.colour_text(self.error, theme.Role.DANGER)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("BackupSettingsDialog", "Backup folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        from opd_desktop.services.backup import passphrase, schedule

        secret = self.new_passphrase.text()
        folder, daily, on_quit = (
            Path(self.folder.text().strip()),
            self.daily.isChecked(),
            self.on_quit.isChecked(),
        )

        def save_all() -> None:
            if secret:
                passphrase.check_new(secret, self.repeat.text())
            schedule.save_settings(self.store, folder, daily, on_quit)
            if secret and not passphrase.store_passphrase(self.store.data_dir, secret):
                self.session_passphrase = secret  # remembered for this session only, in memory

        if self.actions.run(save_all, on_error=lambda exc: self.error.setText(error_text(exc))):
            self.accept()
