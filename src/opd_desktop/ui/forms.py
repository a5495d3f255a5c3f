"""Loading the Qt Designer forms in `forms/` at run time (QUiLoader), by
composition: the caller keeps the loaded widget tree as `self.ui`."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from opd_desktop.paths import forms_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {path} is missing; reinstall OPD Desktop.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {path} could not be loaded.")
    return widget
