"""The desktop app's entry point (`opd-desktop`)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence

from opd_desktop import APP_NAME
from opd_desktop.launch_options import LaunchOptions, parse
from opd_desktop.startup_gc import PausedCollection

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    collection = PausedCollection()  # resumed one turn after the first paint
    try:
        return _main(sys.argv[1:] if argv is None else argv, collection)
    finally:
        collection.resume()


def _main(argv: Sequence[str], collection: PausedCollection) -> int:
    args = parse(argv)
    check_only = args.smoke or args.self_test
    from opd_desktop.logging_setup import configure_logging

    log_path = configure_logging()
    from opd_desktop.errors import OpdError
    from opd_desktop.instance.claim import claim_folder
    from opd_desktop.paths import ensure_private_dir, resolve_data_dir

    try:
        data_dir = ensure_private_dir(resolve_data_dir(args.data_dir))
        claim = claim_folder(data_dir)  # before any window: a second start only hands over
    except OpdError as exc:
        return _refuse(str(exc), check_only)
    if claim.handed_over:
        print(f"OPD Desktop already has {data_dir} open; its window was brought to the front.")
        return 0
    if claim.lock is None:
        return _refuse(claim.problem, check_only)
    try:
        return _run(args, data_dir, log_path, collection)
    finally:
        claim.lock.release()


def _refuse(message: str, smoke: bool) -> int:
    log.warning("not opening the data folder: %s", message)
    print(f"opd-desktop: {message}", file=sys.stderr)
    if smoke or os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return 1  # nobody could click a message box away
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, APP_NAME, message)
    return 1


def _run(args: LaunchOptions, data_dir, log_path, collection: PausedCollection | None = None) -> int:
    """The app, holding the data folder's lock for as long as it runs (a
    restore from the Backup menu included)."""
    check_only = args.smoke or args.self_test
    from PySide6.QtWidgets import QApplication

    from opd_desktop.ui.pyside_import_scan import use_cheaper_scan

    use_cheaper_scan()  # before the app's own modules: PySide6 looks at each one as it is imported
    # Fusion from the start, named to Qt (no Python style before the first paint; see theme)
    app = QApplication.instance() or QApplication([*sys.argv[:1], "-style", "fusion"])
    from opd_desktop.ui.app_identity import apply_identity

    apply_identity(app, icon=False)  # the icon is drawn after the first paint
    from opd_desktop.ui.i18n import install_translator

    install_translator(app)  # the system locale's translation when there is one, else English

    from opd_desktop.errors import OpdError
    from opd_desktop.store.database import open_store

    try:
        store = open_store(data_dir, defer_check=True)
    except OpdError as exc:
        log.warning("could not open the store: %s", type(exc).__name__)
        if check_only:
            print(f"opd-desktop: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, str(exc))
        return 1

    from opd_desktop.ui import theme
    from opd_desktop.ui.error_reporting import install_exception_hook

    theme.apply(app, ring_style=False)  # the roles' palette; follows the system's light or dark scheme

    def finish_style() -> None:
        """One turn after the first paint: the focus-ring style, and the guard against
        PySide6 6.12.0's reference leak of None and True (neither is needed to paint)."""
        theme.install_ring_style(app)
        from opd_desktop.ui.qt_workarounds import keep_singletons_alive

        keep_singletons_alive()

    windows = WindowHost(
        app, data_dir, start_timers=not check_only, report=check_only, first_run=not check_only
    )

    def painted() -> None:
        """--smoke's first line: the window is on screen, painted with the roster."""
        window = windows.window
        if windows.refused:
            return
        if not args.self_test:
            print(f"smoke ok: main window shown with {window.roster_model.rowCount()} reports", flush=True)
        window.after_first_paint(filled)  # runs after the fill waiting behind this

    def filled() -> None:
        """The second line: stages and the team overview are in and painted.
        --self-test then builds an agenda PDF (fonts, shaping: the PDF stack)."""
        window = windows.window
        window.repaint()
        rows = window.roster_model.rowCount()
        if args.self_test:
            print(
                f"smoke ok: main window shown with {rows} reports; agenda PDF of "
                f"{_smoke_document(store)} pages built",
                flush=True,
            )
        else:
            print(f"filled: stages of {rows} reports and the team overview", flush=True)
        window.close()
        app.quit()

    # --smoke's first line comes at the first paint, before what waits for it; then the
    # accessible names: the windows on screen now, then every window and page as it is first shown
    def named() -> None:
        name_for_assistive_technology(app)

    windows.open(store, first=(painted, finish_style, named) if check_only else (finish_style, named))
    windows.window.warn_if_open_to_others()
    serving: list = []  # listen once the window is painted (QtNetwork loads off the start-up path)
    windows.window.after_first_paint(lambda: serving.append(_serve(data_dir, lambda: windows.window)))
    install_exception_hook(
        lambda: windows.window, lambda: windows.window.autosaver.flush(), str(log_path) if log_path else None
    )
    if collection is not None:  # after everything else waiting for the first paint (the fill included)
        from PySide6.QtCore import QTimer

        windows.window.after_first_paint(collection.resume)
        QTimer.singleShot(COLLECTION_PAUSED_AT_MOST_MS, collection.resume)  # a window not yet shown on screen
    code = app.exec()
    for server in serving:
        server.close()
    if check_only:
        windows.await_check()  # --smoke's answer includes the start-up check's
    current = windows.window
    if current is not None and not current.store_closed:
        current.store.close()
    return 1 if windows.refused else code


COLLECTION_PAUSED_AT_MOST_MS = 3000


def name_for_assistive_technology(app) -> None:
    """Accessible names for the windows on screen, and from now on for every window
    and page as it is first shown (`accessibility.install`). Installed one turn after
    the first paint: its application-wide event filter runs Python for every event
    of every widget, which cost the first window ~50 ms (3,000 events)."""
    from opd_desktop.ui.accessibility import install, name_widgets

    for window in app.topLevelWidgets():
        if window.isVisible():
            name_widgets(window)
    install(app)


class WindowHost:
    """Holds the one main window; after a restore, opens the data folder again in a new one.

    The start-up integrity check runs after the window's first paint (see
    `open_store(defer_check=True)`); until it has passed nothing is written,
    and when it fails the window says so and closes without writing."""

    CHECK_POLL_MS = 40

    def __init__(
        self, app, data_dir, *, start_timers: bool, report: bool = False, first_run: bool = False
    ) -> None:
        self.app = app
        self.data_dir = data_dir
        self.start_timers = start_timers  # daily backups and reminders (not in a smoke run)
        self.report = report  # --smoke/--self-test: a refusal goes to stderr, not a message box
        self.first_run = first_run  # a new data folder opens on the welcome
        self.window = None
        self.demo_window = None
        self.refused = False

    def open(self, store, message: str = "", first: Sequence[Callable[[], None]] = ()) -> None:
        """`first`: run in this order one turn after the first paint, before anything else waiting."""
        from opd_desktop.ui.main_window import MainWindow

        window = MainWindow(store, paint_first=True)
        window.backups.back_up_on_quit = self.start_timers
        window.reopen_requested.connect(lambda text: self.reopen(window, text))
        for callback in reversed(first):  # before show(): offscreen, the first paint can come within it
            window.after_first_paint(callback, first=True)
        window.show()
        window.after_first_paint(lambda: self._check_after_paint(window))
        window.after_first_paint(self._apply_icon)
        if self.start_timers:
            window.after_first_paint(window.backups.start)
            window.after_first_paint(lambda: window.rhythm.start())
            window.after_first_paint(lambda: warm_up(window.store))
        previous, self.window = self.window, window
        if previous is not None:
            previous.close()
            previous.deleteLater()
        if message:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(window, APP_NAME, message)
        elif self.first_run:
            self.first_run = False
            self.welcome(window)

    def welcome(self, window) -> None:
        """A new data folder: the welcome and its three steps, then the overview."""
        from PySide6.QtCore import QTimer

        from opd_desktop.services import preferences
        from opd_desktop.ui.first_run import FirstRunDialog

        if not preferences.needs_first_run(window.store):
            return
        dialog = FirstRunDialog(window.store, window.guides, window, window.actions)
        dialog.demo_requested.connect(lambda: QTimer.singleShot(0, lambda: self.open_demo(window)))
        dialog.open()  # window-modal, so the window behind is already usable when it closes
        self.first_run_dialog = dialog

    def open_demo(self, window) -> None:
        """The demo team in its own folder (locked like any data folder) and its own
        window; real data is never touched."""
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QMessageBox

        from opd_desktop.errors import OpdError
        from opd_desktop.instance.lock import FolderLock
        from opd_desktop.paths import ensure_private_dir
        from opd_desktop.services.demo import create_demo, is_demo
        from opd_desktop.store.database import open_store
        from opd_desktop.ui.first_run import demo_folder
        from opd_desktop.ui.main_window import MainWindow

        if self.demo_window is not None:
            self.demo_window.raise_()
            return
        folder = ensure_private_dir(demo_folder(window.store.data_dir))
        lock = FolderLock(folder)
        try:
            if not lock.try_acquire():
                raise OpdError(
                    QCoreApplication.translate("App", "The demo team is already open in another OPD Desktop.")
                )
            store = open_store(folder)
            if not is_demo(store):
                store.close()
                store = create_demo(folder)
        except (OpdError, OSError) as exc:
            lock.release()
            QMessageBox.warning(window, APP_NAME, str(exc))
            return
        demo = MainWindow(store)
        demo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        demo.setWindowTitle(QCoreApplication.translate("App", "OPD Desktop — demo team (invented people)"))

        def closed(_object=None) -> None:
            store.close()
            lock.release()
            self.demo_window = None

        demo.destroyed.connect(closed)
        demo.show()
        self.demo_window = demo

    def _apply_icon(self) -> None:
        from opd_desktop.ui.app_identity import apply_icon

        apply_icon(self.app)

    def _check_after_paint(self, window) -> None:
        check = window.store.check
        if check is None:
            return
        check.start()
        if self.report:
            return  # main() waits for it once the window is closed
        from PySide6.QtCore import QTimer

        def poll() -> None:
            if not check.finished:
                QTimer.singleShot(self.CHECK_POLL_MS, poll)
            elif check.error is not None and window is self.window and not window.store_closed:
                self._refuse(window, str(check.error))

        poll()

    def _refuse(self, window, message: str) -> None:
        """The start-up check failed: say so, and close without writing anything."""
        from PySide6.QtWidgets import QMessageBox

        self.refused = True
        log.warning("the start-up database check failed; closing without writing")
        window.refuse_writes()
        if self.report:
            print(f"opd-desktop: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(window, APP_NAME, message)
        window.close()
        self.app.quit()

    def await_check(self) -> None:
        """--smoke/--self-test: wait for the start-up check and report a failure."""
        window = self.window
        check = window.store.check if window is not None and not window.store_closed else None
        if check is None or self.refused:
            return
        from opd_desktop.errors import OpdError

        try:
            check.wait()
        except OpdError as exc:
            self.refused = True
            print(f"opd-desktop: {exc}", file=sys.stderr)

    def reopen(self, old_window, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from opd_desktop.errors import OpdError
        from opd_desktop.store.database import open_store

        try:
            reopened = open_store(self.data_dir)
        except OpdError as exc:
            QMessageBox.critical(old_window, APP_NAME, f"{message}\n\n{exc}")
            self.app.quit()
            return
        self.open(reopened, message)


def warm_up(store=None) -> None:
    """After the first paint: prepare what the first autosave and the first PDF
    preview need, so neither waits for it. On a worker thread: sqlite-utils,
    reportlab with the fonts, and a small document laid out once (reportlab
    compiles its patterns and caches its font metrics on the first one). On this
    thread, a moment later (Qt's PDF view and printing modules load here): the
    preview's modules, and, once the start-up check has passed, the store's
    first commit (see `Store.prepare_first_write`)."""
    import threading

    from PySide6.QtCore import QTimer

    names: list[str] = []
    if store is not None:
        from opd_desktop.services import reports

        names = [r.name for r in reports.list_reports(store, include_archived=True)]
    threading.Thread(target=_warm_up, args=(names,), name="opd-warm-up").start()

    def later() -> None:
        _warm_up_preview()
        if store is not None:
            _prepare_first_write(store)

    QTimer.singleShot(PREVIEW_WARM_UP_MS, later)


PREVIEW_WARM_UP_MS = 1000  # after the fill and the start-up check, before anyone asks for a document
CHECK_WAIT_MS = 200


def _prepare_first_write(store, tries: int = 50) -> None:
    """Once the start-up check has passed (polled on this thread: the store's
    connection belongs to it); never when it failed or the store was closed."""
    from PySide6.QtCore import QTimer

    check = store.check
    if check is not None and check.error is not None:
        return
    if check is not None and not check.finished:
        if tries:
            QTimer.singleShot(CHECK_WAIT_MS, lambda: _prepare_first_write(store, tries - 1))
        return
    try:
        store.prepare_first_write()
    except Exception as exc:  # only a head start (the store may be closed by now): the first autosave pays
        log.info("first-write warm-up stopped: %s", type(exc).__name__)


def _warm_up(names: list[str]) -> None:
    try:
        from opd_desktop.services.documents import fonts
        from opd_desktop.store.database import sqlite_utils_database

        sqlite_utils_database()  # the first write's (without numpy, which sqlite-utils would pull in)

        fonts.warm_up(names)
        import opd_desktop.services.documents.agenda
        import opd_desktop.services.documents.export
        import opd_desktop.services.documents.worksheet  # noqa: F401
    except Exception as exc:  # only a head start: whatever fails here fails again, visibly, when used
        log.info("warm-up stopped: %s", type(exc).__name__)


def _warm_up_preview() -> None:
    try:
        import opd_desktop.ui.documents  # noqa: F401  QtPdf, QtPdfWidgets, QtPrintSupport
    except Exception as exc:
        log.info("preview warm-up stopped: %s", type(exc).__name__)


def _serve(data_dir, current_window):
    """Answer second starts (bring the window to the front) and handed-over
    `opd` commands (apply them to the open store)."""
    from opd_desktop.ui.handed_over import run_handed_over
    from opd_desktop.ui.instance_server import InstanceServer

    def bring_to_front() -> None:
        window = current_window()
        if window is not None:
            window.bring_to_front()

    def run_command(argv: list[str], cwd: str) -> tuple[int, str, str]:
        window = current_window()
        if window is None or window.store_closed:
            return 1, "", "opd: OPD Desktop is reopening this data folder; try again in a moment.\n"
        return run_handed_over(
            window.store, argv, cwd, window.backups.app_passphrase, before=window.autosaver.flush
        )

    server = InstanceServer(data_dir, bring_to_front, run_command)
    server.listen()
    return server


def _smoke_document(store) -> int:
    """Build one agenda in memory: proves the PDF stack (fonts, shaping) is packaged."""
    from opd_desktop.services import reports
    from opd_desktop.services.documents.export import build_document

    found = reports.list_reports(store)
    return build_document(store, "agenda", found[0].id, 1).pages if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
