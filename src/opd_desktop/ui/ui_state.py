"""Window geometry, splitter sizes and the last selection, kept between runs
in a small private INI file in the data folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings

from opd_desktop.paths import create_private_file

FILE_NAME = "ui-state.ini"


class UiState:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        with contextlib.suppress(OSError):  # an unwritable folder: the state is simply not kept
            create_private_file(self.path)  # 0600 from birth; Qt keeps the mode when it rewrites it
        self.settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, key: str, default=None):
        return self.settings.value(key, default)

    def int_value(self, key: str) -> int | None:
        value = self.settings.value(key)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set(self, key: str, value) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
