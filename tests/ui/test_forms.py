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


def test_a_compiled_form_records_its_ui_and_imports_only_the_qt_classes_it_uses() -> None:
    import importlib

    source = (forms.forms_dir() / "main_window.ui").read_bytes()
    if forms._compiled("main_window", source) is None:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_forms.py")], check=True)
    module = importlib.import_module("opd_desktop.ui.compiled_forms.main_window_ui")
    assert getattr(module, forms.FINGERPRINT) == forms.source_fingerprint(source)
    assert forms.source_fingerprint(source + b" ") != forms.source_fingerprint(source)
    names = vars(module)
    assert "QTableView" in names and "Qt" in names
    assert "QConicalGradient" not in names and "QFontDatabase" not in names


def test_the_generated_imports_are_cut_to_the_names_used() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from generate_forms import import_only_what_is_used
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    code = (
        "from PySide6.QtCore import (QCoreApplication, QDate,\n    QSize, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "import os\n\n"
        "class Ui_X(object):\n"
        "    def setupUi(self, X):\n"
        "        X.resize(QSize(1, 2)); X.setAlignment(Qt.AlignLeft)\n"
        "        QCoreApplication.translate('X', 'x', None)\n"
    )
    assert import_only_what_is_used(code).splitlines()[:3] == [
        "from PySide6.QtCore import QCoreApplication, QSize, Qt",
        "import os",
        "",
    ]
