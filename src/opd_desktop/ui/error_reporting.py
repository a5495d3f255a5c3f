"""Unexpected exceptions: logged with their traceback to the log file, shown
to the user as a plain message. Typed text has been saved before the message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def install_exception_hook(
    parent: Callable[[], QWidget | None], before_message: Callable[[], None], log_path: str | None
) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            before_message()
        except Exception:
            log.exception("saving before the error message failed")
        where = f"\n\nDetails were written to {log_path}." if log_path else ""
        QMessageBox.warning(
            parent(),
            "Something went wrong",
            "OPD Desktop hit an unexpected problem and stopped that action. "
            "Everything you typed has been saved." + where,
        )

    sys.excepthook = hook
