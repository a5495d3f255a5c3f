"""Backups in the window: Back up now, Restore…, Backup settings…, the status
in the status bar, a daily backup in the background and one on quit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opd_desktop.errors import OpdError
from opd_desktop.store.database import Store
from opd_desktop.ui import theme
from opd_desktop.ui.context import ScreenContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # look for a due daily backup every hour


def confirm_verb(parent: QWidget | None, title: str, text: str, verb: str, *, danger: bool = True) -> bool:
    """A question answered by a verb button ("Restore", "Delete permanently") or Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    act = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is act


class BackupController(QObject):
    """Back up now (on a worker, with progress), the daily backup (on a worker,
    silently), the backup on quit, and Restore…. All of it through the action path
    and services' `schedule.run_backup` / `backups.restore_image`."""

    status_changed = Signal(str, bool)  # message, needs attention
    # Emitted once a restore is over (restored or not): the message to show on reopening, and the
    # services' RestoreResult (None when nothing was restored). The data folder is to be reopened.
    restore_finished = Signal(str, object)

    def __init__(
        self, context: ScreenContext, parent_widget: QWidget, release_store: Callable[[], None]
    ) -> None:
        super().__init__(parent_widget)
        self.store = context.store
        self.actions = context.actions
        self.parent_widget = parent_widget
        self.release_store = release_store  # closes the store before a restore replaces it
        self.session_passphrase: str | None = None  # in memory only, when no keyring works
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        self.publish()
        self.timer.start()
        QTimer.singleShot(5000, self.run_if_due)  # after start-up settles

    # Status ------------------------------------------------------------------

    def publish(self) -> None:
        from opd_desktop.services.backup import schedule

        current = schedule.status(self.store)
        self.status_changed.emit(current.message(), current.needs_attention())

    # Passphrase --------------------------------------------------------------

    def passphrase(self, *, ask: bool, new: bool = False) -> str | None:
        """The passphrase at hand (keyring or this session), else asked for when `ask`:
        twice, with the settings' rules, when it will make a `new` backup."""
        from opd_desktop.services.backup import schedule
        from opd_desktop.ui.passphrase_dialog import PassphraseDialog

        found = schedule.passphrase_for(self.store) or self.session_passphrase
        if found or not ask:
            return found
        dialog = PassphraseDialog(self.parent_widget, new=new)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.value:
            self.session_passphrase = dialog.value
            return dialog.value
        return None

    def app_passphrase(self) -> tuple[str, str] | None:
        """The passphrase a handed-over `opd backup` uses, and where it comes from."""
        from opd_desktop.services.backup import passphrase as secrets

        stored = secrets.stored(self.store.data_dir)
        if stored:
            return stored, "kept in the keyring"
        if self.session_passphrase:
            return self.session_passphrase, "the one it holds for this session"
        from_environment = secrets.from_environment()
        if from_environment:
            return from_environment, f"from {secrets.ENV_VAR} in the app's environment"
        return None

    # Backups -----------------------------------------------------------------

    def run_if_due(self) -> None:
        from opd_desktop.services.backup import schedule

        if not self.running and schedule.is_due(self.store) and self.passphrase(ask=False):
            self.backup_now(background=True)

    def backup_now(self, background: bool = False) -> None:
        """One backup (services' run_backup: verified, recorded, pruned) on a worker thread.
        In the background nothing is shown; a failure shows in the status bar."""
        from opd_desktop.services.backup import schedule

        secret = self.passphrase(ask=not background, new=True)
        if not secret:
            if not background:
                self.settings_dialog()
            return
        if self.running:
            return
        self.running = True

        def failed(error: OpdError) -> None:
            if not background:
                QMessageBox.warning(
                    self.parent_widget, QCoreApplication.translate("BackupUi", "Backup failed"), str(error)
                )

        self.actions.run_slow(
            lambda store: schedule.run_backup(store, secret),
            label="Backing up…",
            background=background,
            on_error=failed,
            on_done=self._done,
        )

    def _done(self, _outcome) -> None:
        self.running = False

    def on_quit(self) -> None:
        """A last backup when the window closes (if enabled and a passphrase is at hand).
        Closing must never fail because of it."""
        from opd_desktop.services.backup import schedule

        try:
            if not (schedule.settings(self.store).on_quit and not self.running):
                return
            secret = self.passphrase(ask=False)
            if secret:
                schedule.run_backup(self.store, secret)
        except Exception as exc:
            log.warning("backup on quit skipped: %s", type(exc).__name__)

    # Restore -----------------------------------------------------------------

    def choose_restore(self) -> None:
        from opd_desktop.services.backup import schedule

        folder = schedule.settings(self.store).folder  # where the backups are made
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            "Restore a backup",
            str(folder if folder.is_dir() else self.store.data_dir),
            "OPD Desktop backups (*.opdbackup)",
        )
        if path:
            self.restore_from(Path(path))

    def _read(self, path: Path) -> tuple[object, bytes] | None:
        """Decrypt the backup once (on a worker), asking again for a wrong passphrase."""
        from opd_desktop.services.backup.backups import read_backup
        from opd_desktop.services.backup.errors import WrongPassphraseError

        secret = self.passphrase(ask=True)
        while secret:
            refused: list[OpdError] = []
            outcome = self.actions.run_slow(
                lambda secret=secret: read_backup(path, secret),
                label="Reading the backup…",
                uses_store=False,
                on_error=refused.append,
            )
            if outcome:
                return outcome.value
            if refused and isinstance(refused[0], WrongPassphraseError):
                text, ok = QInputDialog.getText(
                    self.parent_widget,
                    "Backup passphrase",
                    "Wrong passphrase. The passphrase this backup was made with:",
                    QLineEdit.EchoMode.Password,
                )
                secret = text if ok and text else None
                continue
            if refused:
                QMessageBox.warning(
                    self.parent_widget,
                    QCoreApplication.translate("BackupUi", "Cannot restore"),
                    str(refused[0]),
                )
            return None
        return None

    def restore_from(self, path: Path, confirm: Callable[[str], bool] | None = None) -> bool:
        """Show what the backup holds, ask, then replace the data with it (on a worker).
        `restore_finished` is emitted once that is over."""
        from opd_desktop.services.backup.backups import restore_image

        read = self._read(path)
        if read is None:
            return False
        manifest, image = read
        question = (
            f"This backup was {manifest.describe()}.\n\nReplace all current data with it? "
            "The current data is kept as a copy in the data folder's pre-restore folder."
        )
        ask = confirm or (lambda text: confirm_verb(self.parent_widget, "Restore backup", text, "Restore"))
        if not ask(question):
            return False
        data_dir = self.store.data_dir
        self.timer.stop()  # nothing may touch the store from here on
        self.release_store()
        refused: list[OpdError] = []
        outcome = self.actions.run_slow(
            lambda: restore_image(data_dir, manifest, image),
            label="Restoring the backup…",
            uses_store=False,
            on_error=refused.append,
        )
        if outcome:
            result = outcome.value
            kept = (
                f" The previous data is kept in {result.pre_restore_copy}." if result.pre_restore_copy else ""
            )
            self.restore_finished.emit(f"Restored the backup {result.manifest.describe()}.{kept}", result)
        else:
            reason = f" {refused[0]}" if refused else ""
            self.restore_finished.emit(f"The backup was not restored:{reason} Your data is unchanged.", None)
        return True

    # Settings ------------------------------------------------------------------

    def settings_dialog(self) -> None:
        dialog = BackupSettingsDialog(self.store, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session_passphrase:
            self.session_passphrase = dialog.session_passphrase


class BackupSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from opd_desktop.services.backup import passphrase, schedule

        super().__init__(parent)
        self.store = store
        self.actions = parent.actions  # the main window's action path
        self.session_passphrase: str | None = None
        self.setWindowTitle(QCoreApplication.translate("BackupUi", "Backup settings"))
        self.setMinimumWidth(520)
        current = schedule.settings(store)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(current.folder))
        browse = QPushButton(QCoreApplication.translate("BackupUi", "Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow("Backup folder", folder_row)
        self.daily = QCheckBox(
            QCoreApplication.translate("BackupUi", "Back up once a day while the app is open")
        )
        self.daily.setChecked(current.daily)
        self.on_quit = QCheckBox(QCoreApplication.translate("BackupUi", "Back up when I close the app"))
        self.on_quit.setChecked(current.on_quit)
        form.addRow("", self.daily)
        form.addRow("", self.on_quit)
        self.keyring_ok = passphrase.keyring_available()
        has_secret = passphrase.stored(store.data_dir) is not None
        state = (
            "A passphrase is kept in your keyring."
            if has_secret
            else "No passphrase is set yet."
            if self.keyring_ok
            else "No keyring is available: the passphrase is asked for when a backup runs, never stored."
        )
        self.passphrase_state = QLabel(state)
        self.passphrase_state.setWordWrap(True)
        form.addRow("Passphrase", self.passphrase_state)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setPlaceholderText(
            QCoreApplication.translate(
                "BackupUi", "at least {MIN_LENGTH} characters; leave empty to keep"
            ).format(MIN_LENGTH=passphrase.MIN_LENGTH)
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("New passphrase", self.new_passphrase)
        form.addRow("Repeat it", self.repeat)
        layout.addLayout(form)
        note = QLabel(
            QCoreApplication.translate(
                "BackupUi",
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
        folder = QFileDialog.getExistingDirectory(self, "Backup folder", self.folder.text())
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

        if self.actions.run(save_all, on_error=lambda exc: self.error.setText(str(exc))):
            self.accept()
