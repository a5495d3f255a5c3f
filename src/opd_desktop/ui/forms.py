"""Loading the Qt Designer forms in `forms/` (the single source of the static
screens), by composition: the caller keeps the loaded widget tree as `self.ui`,
its named children as attributes. A form compiled by scripts/generate_forms.py
(setup and the build run it; never committed) is built from its code while it
matches its .ui (its size and CRC-32: a cheap check that any edit changes, no
hash library on the way to the first window), which is about twice as fast;
otherwise the .ui is loaded at run time with QUiLoader."""

from __future__ import annotations

import importlib
import logging
import zlib

from PySide6.QtWidgets import QWidget

from opd_desktop.paths import forms_dir

log = logging.getLogger(__name__)

FINGERPRINT = "SOURCE_FINGERPRINT"  # what scripts/generate_forms.py writes into each compiled form


def source_fingerprint(source: bytes) -> str:
    """The .ui file a compiled form came from: its size and CRC-32 ("3639:76f54e54")."""
    return f"{len(source)}:{zlib.crc32(source):08x}"


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = forms_dir() / f"{name}.ui"
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise FileNotFoundError(f"The form {path} is missing; reinstall OPD Desktop.") from exc
    compiled = _compiled(name, source)
    if compiled is not None:
        widget = QWidget(parent)
        ui = compiled()
        ui.setupUi(widget)
        for attribute, value in vars(ui).items():  # as QUiLoader names them: widget.rosterView …
            if not hasattr(widget, attribute):  # … never over a method (a layout called "layout")
                setattr(widget, attribute, value)
        return widget
    return _load_ui(path, parent)


def _compiled(name: str, source: bytes):
    """The compiled form's Ui class when it was compiled from exactly this .ui, else None."""
    try:
        module = importlib.import_module(f"opd_desktop.ui.compiled_forms.{name}_ui")
    except ImportError:
        return None
    if getattr(module, FINGERPRINT, None) != source_fingerprint(source):
        log.info("the compiled form %s is older than its .ui: loading the .ui", name)
        return None
    return next((value for key, value in vars(module).items() if key.startswith("Ui_")), None)


def _load_ui(path, parent: QWidget | None) -> QWidget:
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader

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
