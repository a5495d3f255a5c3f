"""A guard against a binding bug that crashes the app on Python 3.11.

PySide6 6.12.0 drops a reference to `None` each time Qt calls a Python
override of a virtual method (paintEvent, resizeEvent, …) and a reference to
`True` on every emit of a signal declared in Python (6.11.3 does not; measured
with scratch scripts, see the issue-14 report). On Python 3.12 and later these
objects are immortal and nothing happens; on 3.11 their counts run down and
the interpreter aborts ("none_dealloc: deallocating None"). pyqtgraph repaints
and emits constantly, so a dashboard reaches zero within minutes; the rest of
the app gets there more slowly. Until the binding is fixed (or excluded), the
three singletons are made effectively immortal the way Python 3.12 does it:
their counts are raised once, far out of reach."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40
_applied = False


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False (CPython 3.11 release builds only)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
    log.debug("raised the reference counts of None, True and False against the PySide6 6.12 leak")
