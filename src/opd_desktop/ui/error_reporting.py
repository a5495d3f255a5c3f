"""Unexpected exceptions: logged with their traceback to the log file, shown
to the user as a short, plain apology (never a traceback). Typed text has been
saved before the message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

APOLOGY_TITLE = QT_TRANSLATE_NOOP("ErrorReporting", "Something went wrong")
APOLOGY = QT_TRANSLATE_NOOP(
    "ErrorReporting",
    "OPD Desktop hit an unexpected problem and stopped that action. Everything you typed has been saved.",
)
APOLOGY_WITH_LOG = QT_TRANSLATE_NOOP(
    "ErrorReporting",
    "OPD Desktop hit an unexpected problem and stopped that action. Everything you typed has been saved."
    "\n\nDetails were written to {log}.",
)

_log_path: str | None = None


def apologise(parent: QWidget | None, before_message: Callable[[], None] | None = None) -> None:
    """Save what was typed, then tell the user plainly; the details are in the log."""
    if before_message is not None:
        try:
            before_message()
        except Exception:
            log.exception("saving before the error message failed")
    title = QCoreApplication.translate("ErrorReporting", APOLOGY_TITLE)
    if _log_path:
        text = QCoreApplication.translate("ErrorReporting", APOLOGY_WITH_LOG).format(log=_log_path)
    else:
        text = QCoreApplication.translate("ErrorReporting", APOLOGY)
    from PySide6.QtWidgets import QMessageBox  # when needed: not on the way to the first window

    QMessageBox.warning(parent, title, text)


def install_exception_hook(
    parent: Callable[[], QWidget | None], before_message: Callable[[], None], log_path: str | None
) -> None:
    global _log_path
    _log_path = log_path

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        apologise(parent(), before_message)

    sys.excepthook = hook
