"""One path for every user action (in the spirit of Anki's CollectionOp).

`actions.run(fn)` calls a service function and then lets the pages that show
what changed refresh themselves (through the change bus). `actions.run_slow(fn)`
does the same for work that can take longer than a frame — backups, restores,
imports, building a PDF — on a worker thread with its own SQLite connection,
while a progress indication shows and the window keeps painting and its timers
keep firing. Failures are reported one way: an `OpdError`'s message where the
user is looking; anything unexpected is logged with its traceback and answered
with a short apology, never a traceback dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from opd_desktop.core.changes import Changes
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.store.database import Store
from opd_desktop.ui.changes import ChangeBus
from opd_desktop.ui.error_reporting import apologise
from opd_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")
OnError = Callable[[OpdError], None]
PROGRESS_AFTER_MS = 300  # a progress dialog only for work that is not over at once


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an action came to: `ok` and its value (truthy when it succeeded)."""

    ok: bool
    value: Any = None

    def __bool__(self) -> bool:
        return self.ok


class _Job(QRunnable):
    """Runs on a worker thread; the result crosses back through a queued signal."""

    class Signals(QObject):
        finished = Signal()

    def __init__(self, fn: Callable[[Store | None], Any], store: Store | None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.store = store
        self.value: Any = None
        self.error: BaseException | None = None
        self.changes = Changes({})
        self.signals = self.Signals()

    def run(self) -> None:
        sibling: Store | None = None
        try:
            if self.store is not None:
                sibling = self.store.sibling()  # opened on this thread: sqlite3 wants that
                sibling.subscribe(self._heard)
            self.value = self.fn(sibling)
        except BaseException as exc:  # reported on the UI thread
            self.error = exc
        finally:
            if sibling is not None:
                sibling.conn.close()
            self.signals.finished.emit()

    def _heard(self, changes: Changes) -> None:
        self.changes = self.changes.merged(changes)


class Actions(QObject):
    def __init__(
        self,
        store: Store,
        bus: ChangeBus | None,
        window: QWidget,
        show_error: Callable[[str], None],
        before_message: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.store = store
        self.bus = bus
        self.window = window
        self.show_error = show_error
        self.before_message = before_message
        self.running: list[_Job] = []

    # Reporting ---------------------------------------------------------------

    def report(self, error: BaseException, on_error: OnError | None = None) -> None:
        if isinstance(error, OpdError):
            (on_error or (lambda exc: self.show_error(error_text(exc))))(error)
        else:
            log.error("unexpected error in an action", exc_info=(type(error), error, error.__traceback__))
            apologise(self.window, self.before_message)

    # Quick actions -------------------------------------------------------------

    def run(self, fn: Callable[[], T], *, on_error: OnError | None = None) -> Outcome[T]:
        """Call `fn` (a service call) now; report a failure; then refresh the pages it concerns."""
        try:
            value = fn()
        except Exception as exc:
            self.report(exc, on_error)
            self._flush()  # a partial failure may still have committed something
            return Outcome(False)
        self._flush()
        return Outcome(True, value)

    def _flush(self) -> None:
        if self.bus is not None:
            self.bus.flush()

    def form(self, dialog: Any, save: Callable[[dict[str, Any]], object]) -> bool:
        """Show a FormDialog; Save runs `save(values)` as an action. A refused
        value is explained inside the dialog, which stays open with what was typed."""

        def attempt(values: dict[str, Any]) -> bool:
            return self.run(lambda: save(values), on_error=dialog.refuse).ok

        dialog.on_save = attempt
        return dialog.exec() == QDialog.DialogCode.Accepted

    # Slow actions ------------------------------------------------------------

    def run_slow(
        self,
        fn: Callable[..., T],
        *,
        label: str,
        uses_store: bool = True,
        on_error: OnError | None = None,
        background: bool = False,
        on_done: Callable[[Outcome[T]], None] | None = None,
    ) -> Outcome[T] | None:
        """Run `fn` on a worker thread. `fn` gets its own store connection when
        `uses_store` (the changes it commits are published here when it is done).

        In the foreground the call returns the outcome once the work is over,
        after showing a progress dialog (the window keeps painting; its input
        waits). With `background=True` it returns None at once and `on_done` is
        called later with the outcome; nothing is shown."""
        job = _Job(fn if uses_store else (lambda _store: fn()), self.store if uses_store else None)
        self.running.append(job)
        if background:
            job.signals.finished.connect(lambda: self._finish(job, on_error, on_done))
            QThreadPool.globalInstance().start(job)
            return None
        loop = QEventLoop()
        job.signals.finished.connect(loop.quit)
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowTitle(QCoreApplication.translate("Actions", "OPD Desktop"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.setValue(0)  # starts the clock: it shows itself if the work is not over by then
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            QThreadPool.globalInstance().start(job)
            loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.reset()
            progress.deleteLater()
        return self._finish(job, on_error, on_done)

    def _finish(self, job: _Job, on_error: OnError | None, on_done) -> Outcome:
        if job in self.running:
            self.running.remove(job)
        if job.changes and not (self.bus is not None and self.bus.closed):
            self.store.notify(job.changes)
        if job.error is not None:
            if not isinstance(job.error, Exception):
                raise job.error
            self.report(job.error, on_error)
            outcome: Outcome = Outcome(False)
        else:
            outcome = Outcome(True, job.value)
        self._flush()
        if on_done is not None:
            on_done(outcome)
        return outcome

    @property
    def busy(self) -> bool:
        return bool(self.running)


def refusal_field(error: OpdError) -> str | None:
    return error.field if isinstance(error, ValidationError) else None


def actions_for(widget: QWidget, store: Store) -> Actions:
    """The main window's action path for a dialog (found through its parents); a dialog
    made on its own (in a test, say) gets one that reports to it and publishes through
    the store as usual."""
    parent: QWidget | None = widget
    while parent is not None:
        found = getattr(parent, "actions", None)
        if isinstance(found, Actions):
            return found
        parent = parent.parentWidget()
    from PySide6.QtWidgets import QMessageBox

    return Actions(
        store,
        None,
        widget,
        lambda message: QMessageBox.warning(
            widget, QCoreApplication.translate("Actions", "OPD Desktop"), message
        ),
        lambda: None,
    )
