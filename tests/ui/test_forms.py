"""A form compiled by scripts/generate_forms.py builds the same named widgets as
the .ui loaded at run time, and is used only while it matches its .ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from opd_desktop.ui import forms

ROOT = Path(__file__).resolve().parents[2]


def _named(widget: QWidget) -> dict[str, str]:
    return {
        child.objectName(): type(child).__name__
        for child in widget.findChildren(QWidget)
        if child.objectName()
    }


@pytest.mark.parametrize("name", ["main_window", "report_dialog"])
def test_compiled_and_loaded_forms_build_the_same_widgets(qtbot, name: str) -> None:
    if forms._compiled(name, (forms.forms_dir() / f"{name}.ui").read_bytes()) is None:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_forms.py")], check=True)
    holder = QWidget()  # as in the app, each form has a parent that owns it
    qtbot.addWidget(holder)
    compiled = forms.load_form(name, holder)
    loaded = forms._load_ui(forms.forms_dir() / f"{name}.ui", holder)
    assert _named(compiled) == _named(loaded)
    assert compiled.objectName() == loaded.objectName()
    for child in (c for c in _named(loaded) if not c.startswith("qt_")):  # Qt's own parts aside
        assert isinstance(getattr(compiled, child), QWidget)  # self.ui.rosterView …
    assert callable(compiled.layout) and callable(loaded.layout)  # the report dialog's layout is "layout"


def test_a_compiled_form_older_than_its_ui_is_not_used() -> None:
    assert forms._compiled("main_window", b"<ui>an edited form</ui>") is None
    assert forms._compiled("no_such_form", b"") is None
