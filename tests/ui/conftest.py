from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record message boxes instead of blocking on them."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def window_factory(qtbot, messages):
    from opd_desktop.ui.main_window import MainWindow

    created = []

    def make(store):
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
