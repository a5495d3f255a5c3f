"""Window geometry, splitter sizes and the last selection, kept between runs
in a small private INI file in the data folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from opd_desktop.paths import create_private_file

FILE_NAME = "ui-state.ini"
WRITE_AFTER_MS = 2000  # the last selection is written once the user pauses, not on every switch


class UiState:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        with contextlib.suppress(OSError):  # an unwritable folder: the state is simply not kept
            create_private_file(self.path)  # 0600 from birth; Qt keeps the mode when it rewrites it
        self.settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._pending: dict[str, object] = {}  # set, not yet handed to QSettings (which writes the file)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_AFTER_MS)
        self._timer.timeout.connect(self._write)

    def value(self, key: str, default=None):
        if key in self._pending:
            return self._pending[key]
        return self.settings.value(key, default)

    def int_value(self, key: str) -> int | None:
        value = self.value(key)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set(self, key: str, value) -> None:
        """Kept now, written a moment later (QSettings rewrites the whole file on the next loop
        turn, which took ~18 ms of every report switch) or at `sync()`."""
        self._pending[key] = value
        self._timer.start()

    def _write(self) -> None:
        pending, self._pending = self._pending, {}
        for key, value in pending.items():
            self.settings.setValue(key, value)

    def sync(self) -> None:
        self._timer.stop()
        self._write()
        self.settings.sync()
