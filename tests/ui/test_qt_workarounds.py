"""The guard against PySide6 6.12.0's leaked references to None and True."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from opd_desktop.ui.qt_workarounds import keep_singletons_alive


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12")
def test_the_singletons_are_far_from_zero_after_the_guard(qtbot) -> None:
    keep_singletons_alive()
    keep_singletons_alive()  # once only
    assert all(1 << 39 < sys.getrefcount(s) < 1 << 41 for s in (None, True, False))


def test_many_repaints_of_python_overrides_do_not_crash(qtbot) -> None:
    class Painted(QWidget):
        def paintEvent(self, event) -> None:  # a Python override, the case the binding leaks on
            return None

    keep_singletons_alive()
    widget = Painted()
    qtbot.addWidget(widget)
    widget.show()
    for _ in range(200):
        widget.repaint()
    assert widget.isVisible()
