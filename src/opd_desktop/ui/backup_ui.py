"""Backups in the window: Back up now, Restore…, Backup settings…, the status
in the status bar, a daily backup in the background and one on quit."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from opd_desktop.errors import OpdError
from opd_desktop.store.database import Store
from opd_desktop.ui.i18n import error_text, shown

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from opd_desktop.ui.context import ScreenContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # look for a due daily backup every hour


def confirm_verb(parent: QWidget | None, title: str, text: str, verb: str, *, danger: bool = True) -> bool:
    """A question answered by a verb button ("Restore", "Delete permanently") or Cancel."""
    from PySide6.QtWidgets import QMessageBox

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
        self.back_up_on_quit = True  # off for --smoke and --self-test: they only look
        self.quit_worker: threading.Thread | None = None
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
        self.status_changed.emit(shown(current.message()), current.needs_attention())

    # Passphrase --------------------------------------------------------------

    def passphrase(self, *, ask: bool, new: bool = False) -> str | None:
        """The passphrase at hand (keyring or this session), else asked for when `ask`:
        twice, with the settings' rules, when it will make a `new` backup."""
        from opd_desktop.services.backup import schedule
        from opd_desktop.ui.passphrase_dialog import PassphraseDialog

        found = schedule.passphrase_for(self.store) or self.session_passphrase
        if found or not ask:
            return found
        from PySide6.QtWidgets import QDialog

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
            return stored, "kept in the keyring"  # i18n: not shown (answers the opd command)
        if self.session_passphrase:
            return self.session_passphrase, "the one it holds for this session"  # i18n: not shown
        from_environment = secrets.from_environment()
        if from_environment:
            return from_environment, f"from {secrets.ENV_VAR} in the app's environment"  # i18n: not shown
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
            from PySide6.QtWidgets import QMessageBox

            if not background:
                QMessageBox.warning(
                    self.parent_widget,
                    QCoreApplication.translate("BackupUi", "Backup failed"),
                    error_text(error),
                )

        if background:  # its progress: the status bar says so until it is done
            self.status_changed.emit(QCoreApplication.translate("BackupController", "Backing up…"), False)
        self.actions.run_slow(
            lambda store: schedule.run_backup(store, secret),
            label=QCoreApplication.translate("BackupController", "Backing up…"),
            background=background,
            on_error=failed,
            on_done=self._done,
        )

    def _done(self, _outcome) -> None:
        self.running = False
        self.publish()

    def on_quit(self) -> threading.Thread | None:
        """A last backup when the window closes, if enabled and due (the data changed in
        this session): on a worker thread with its own connection, so the window closes
        at once; the process ends when it is done. The keyring is asked only then, on
        that thread. Closing never fails because of it. Returns the thread, if any."""
        from opd_desktop.services.backup import schedule

        try:
            if not self.back_up_on_quit or self.running or not schedule.due_on_quit(self.store):
                return None
        except Exception as exc:
            log.warning("backup on quit skipped: %s", type(exc).__name__)
            return None
        session_secret = self.session_passphrase
        self.status_changed.emit(
            QCoreApplication.translate("BackupController", "Backing up before closing…"), False
        )
        worker = threading.Thread(
            target=_backup_on_quit, args=(self.store, session_secret), name="opd-backup-on-quit"
        )
        worker.start()
        self.quit_worker = worker
        return worker

    # Restore -----------------------------------------------------------------

    def choose_restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from opd_desktop.services.backup import schedule

        folder = schedule.settings(self.store).folder  # where the backups are made
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("BackupController", "Restore a backup"),
            str(folder if folder.is_dir() else self.store.data_dir),
            QCoreApplication.translate("BackupController", "OPD Desktop backups (*.opdbackup)"),
        )
        if path:
            self.restore_from(Path(path))

    def _read(self, path: Path) -> tuple[object, bytes] | None:
        """Decrypt the backup once (on a worker), asking again for a wrong passphrase."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        from opd_desktop.services.backup.backups import read_backup
        from opd_desktop.services.backup.errors import WrongPassphraseError

        secret = self.passphrase(ask=True)
        while secret:
            refused: list[OpdError] = []
            outcome = self.actions.run_slow(
                lambda secret=secret: read_backup(path, secret),
                label=QCoreApplication.translate("BackupController", "Reading the backup…"),
                uses_store=False,
                on_error=refused.append,
            )
            if outcome:
                return outcome.value
            if refused and isinstance(refused[0], WrongPassphraseError):
                text, ok = QInputDialog.getText(
                    self.parent_widget,
                    QCoreApplication.translate("BackupController", "Backup passphrase"),
                    QCoreApplication.translate(
                        "BackupController", "Wrong passphrase. The passphrase this backup was made with:"
                    ),
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
        question = QCoreApplication.translate(
            "BackupController",
            "This backup was {made}.\n\nReplace all current data with it? "
            "The current data is kept as a copy in the data folder's pre-restore folder.",
        ).format(made=describe_manifest(manifest))
        ask = confirm or (
            lambda text: confirm_verb(
                self.parent_widget,
                QCoreApplication.translate("BackupController", "Restore backup"),
                text,
                QCoreApplication.translate("BackupController", "Restore"),
            )
        )
        if not ask(question):
            return False
        data_dir = self.store.data_dir
        self.timer.stop()  # nothing may touch the store from here on
        self.release_store()
        refused: list[OpdError] = []
        outcome = self.actions.run_slow(
            lambda: restore_image(data_dir, manifest, image),
            label=QCoreApplication.translate("BackupController", "Restoring the backup…"),
            uses_store=False,
            on_error=refused.append,
        )
        if outcome:
            result = outcome.value
            made = describe_manifest(result.manifest)
            message = (
                QCoreApplication.translate(
                    "BackupController", "Restored the backup {made}. The previous data is kept in {folder}."
                ).format(made=made, folder=result.pre_restore_copy)
                if result.pre_restore_copy
                else QCoreApplication.translate("BackupController", "Restored the backup {made}.").format(
                    made=made
                )
            )
            self.restore_finished.emit(message, result)
        else:
            message = (
                QCoreApplication.translate(
                    "BackupController", "The backup was not restored: {reason} Your data is unchanged."
                ).format(reason=error_text(refused[0]))
                if refused
                else QCoreApplication.translate(
                    "BackupController", "The backup was not restored. Your data is unchanged."
                )
            )
            self.restore_finished.emit(message, None)
        return True

    # Settings ------------------------------------------------------------------

    def settings_dialog(self) -> None:
        from opd_desktop.ui.backup_settings import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.store, self.parent_widget)
        if dialog.exec() and dialog.session_passphrase:
            self.session_passphrase = dialog.session_passphrase


def _backup_on_quit(store: Store, session_secret: str | None) -> None:
    from opd_desktop.services.backup import schedule

    own = None
    try:
        own = store.sibling()  # a connection belongs to the thread that opened it
        secret = session_secret or schedule.passphrase_for(own)
        if secret:
            schedule.run_backup(own, secret)
            log.info("backed up on quit")
    except Exception as exc:
        log.warning("backup on quit failed: %s", type(exc).__name__)
    finally:
        if own is not None:
            own.close()


def __getattr__(name: str):
    """`BackupSettingsDialog` lives in ui/backup_settings.py, imported when first asked for."""
    if name == "BackupSettingsDialog":
        from opd_desktop.ui.backup_settings import BackupSettingsDialog

        return BackupSettingsDialog
    raise AttributeError(name)


def describe_manifest(manifest) -> str:
    """'made 3 Mar 2026 14:05 by OPD Desktop 1.2: 4 reports, 20 conversations' in the reader's language."""
    from opd_desktop.ui.counts_text import describe_counts

    made = dt.datetime.fromisoformat(manifest.created_at).astimezone()
    return QCoreApplication.translate(
        "BackupController", "made {when} by OPD Desktop {version}: {counts}"
    ).format(
        when=QLocale().toString(made, "d MMM yyyy HH:mm"),
        version=manifest.app_version,
        counts=describe_counts(
            {
                k: n
                for k, n in manifest.counts.items()
                if k in ("reports", "conversations", "notes", "action_items", "ideas")
            }
        ),
    )
