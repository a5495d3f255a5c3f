"""Backups in the window: Back up now, Restore…, Backup settings…, the status
in the status bar, a daily backup in the background and one on quit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
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

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # look for a due daily backup every hour


class _Worker(QRunnable):
    """Encrypts, writes and verifies off the UI thread (the snapshot itself is
    taken on the UI thread, where the database connection lives)."""

    class Signals(QObject):
        done = Signal(object)
        failed = Signal(str)

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self.job = job
        self.signals = self.Signals()

    def run(self) -> None:
        try:
            result = self.job()
        except OpdError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:
            log.exception("background backup failed")
            self.signals.failed.emit(f"unexpected error ({type(exc).__name__}); see the log")
        else:
            self.signals.done.emit(result)


class BackupController(QObject):
    status_changed = Signal(str, bool)  # message, needs attention
    restore_finished = Signal()  # the data folder holds restored data: reopen it

    def __init__(self, store: Store, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.store = store
        self.parent_widget = parent_widget
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

    def passphrase(self, *, ask: bool) -> str | None:
        from opd_desktop.services.backup import schedule

        found = schedule.passphrase_for(self.store) or self.session_passphrase
        if found or not ask:
            return found
        text, ok = QInputDialog.getText(
            self.parent_widget,
            "Backup passphrase",
            "The backup passphrase (no keyring is available to remember it):",
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self.session_passphrase = text
            return text
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
        from opd_desktop.services.backup import schedule
        from opd_desktop.services.backup.backups import encrypt_payload, write_backup
        from opd_desktop.services.backup.snapshot import make_payload

        secret = self.passphrase(ask=not background)
        if not secret:
            if not background:
                self.settings_dialog()
            return
        folder = schedule.settings(self.store).folder
        try:
            from opd_desktop.paths import ensure_private_dir

            ensure_private_dir(folder)
            key = schedule.folder_id(self.store)
            payload, manifest = make_payload(self.store, kind="automatic")
        except OpdError as exc:
            self._failed(str(exc), background)
            return
        target = folder / schedule.automatic_name(key)
        job = lambda: write_backup(target, encrypt_payload(payload, secret), manifest, secret)  # noqa: E731
        if not background:
            try:
                info = job()
            except OpdError as exc:
                self._failed(str(exc), background)
                return
            self._done(info)
            return
        self.running = True
        worker = _Worker(job)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(lambda message: self._failed(message, True))
        QThreadPool.globalInstance().start(worker)

    def _done(self, info) -> None:
        from opd_desktop.services.backup import schedule

        self.running = False
        schedule.record_success(self.store, info)
        schedule.prune(info.path.parent, info.manifest.folder_id, keep=info.path)
        self.publish()

    def _failed(self, message: str, background: bool) -> None:
        from opd_desktop.services.backup import schedule

        self.running = False
        schedule.record_failure(self.store, message)
        self.publish()
        if not background:
            QMessageBox.warning(self.parent_widget, "Backup failed", message)

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
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, "Restore a backup", "", "OPD Desktop backups (*.opdbackup)"
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path, confirm: Callable[[str], bool] | None = None) -> bool:
        from opd_desktop.services.backup.backups import read_backup
        from opd_desktop.services.backup.errors import WrongPassphraseError

        secret = self.passphrase(ask=True)
        while secret:
            try:
                manifest, _image = read_backup(path, secret)
                break
            except WrongPassphraseError:
                text, ok = QInputDialog.getText(
                    self.parent_widget,
                    "Backup passphrase",
                    "Wrong passphrase. The passphrase this backup was made with:",
                    QLineEdit.EchoMode.Password,
                )
                secret = text if ok and text else None
            except OpdError as exc:
                QMessageBox.warning(self.parent_widget, "Cannot restore", str(exc))
                return False
        if not secret:
            return False
        question = (
            f"This backup was {manifest.describe()}.\n\nReplace all current data with it? "
            "The current data is kept as a copy in the data folder's pre-restore folder."
        )
        ask = confirm or (
            lambda text: (
                QMessageBox.question(self.parent_widget, "Restore backup", text)
                == QMessageBox.StandardButton.Yes
            )
        )
        if not ask(question):
            return False
        self.pending_restore = (path, secret)
        self.restore_finished.emit()
        return True

    # Settings ------------------------------------------------------------------

    def settings_dialog(self) -> None:
        dialog = BackupSettingsDialog(self.store, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.session_passphrase:
                self.session_passphrase = dialog.session_passphrase
            self.publish()


class BackupSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from opd_desktop.services.backup import passphrase, schedule

        super().__init__(parent)
        self.store = store
        self.session_passphrase: str | None = None
        self.setWindowTitle("Backup settings")
        self.setMinimumWidth(520)
        current = schedule.settings(store)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(current.folder))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow("Backup folder", folder_row)
        self.daily = QCheckBox("Back up once a day while the app is open")
        self.daily.setChecked(current.daily)
        self.on_quit = QCheckBox("Back up when I close the app")
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
            f"at least {passphrase.MIN_LENGTH} characters; leave empty to keep"
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("New passphrase", self.new_passphrase)
        form.addRow("Repeat it", self.repeat)
        layout.addLayout(form)
        note = QLabel(
            "Keep the passphrase somewhere safe: without it a backup cannot be restored, "
            "on this computer or another."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
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

        try:
            secret = self.new_passphrase.text()
            if secret:
                passphrase.check_new(secret, self.repeat.text())
            schedule.save_settings(
                self.store, Path(self.folder.text().strip()), self.daily.isChecked(), self.on_quit.isChecked()
            )
            if secret and not passphrase.store_passphrase(self.store.data_dir, secret):
                self.session_passphrase = secret  # remembered for this session only, in memory
        except OpdError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
