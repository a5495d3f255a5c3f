"""A guard against a binding bug that would crash the app on Python 3.11.

PySide6 6.12.0 drops one reference to `True` on every emit of a signal
declared in Python. On Python 3.12 and later `True` is immortal and nothing
happens; on 3.11 its reference count runs down and the interpreter aborts
("bool_dealloc: deallocating True or False"). pyqtgraph emits signals on
every resize and repaint, so a dashboard with a few charts reaches zero in
minutes. Until the binding is fixed, `True` is made effectively immortal
here the way Python 3.12 does it: its count is raised once, far out of reach."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40
_applied = False


def keep_true_alive() -> None:
    """Raise the reference count of `True` (CPython 3.11 release builds only)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(True)).value += _RESERVE
    _applied = True
    log.debug("raised the reference count of True against the signal-emit leak")
