"""Translation-ready text: every user-visible literal set on a widget goes
through tr()/QCoreApplication.translate, pyside6-lupdate extracts it, and a
pseudo-translation (brackets, 30 % longer) loads and fits the screens."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

UI = Path(__file__).resolve().parents[2] / "src" / "opd_desktop" / "ui"

TEXT_SETTERS = {
    "setText": 0,
    "setWindowTitle": 0,
    "setPlaceholderText": 0,
    "setToolTip": 0,
    "setTitle": 0,
    "setStatusTip": 0,
    "setWhatsThis": 0,
    "setAccessibleName": 0,
    "setAccessibleDescription": 0,
    "setSuffix": 0,
    "setPrefix": 0,
    "setLabelText": 0,
    "showMessage": 0,
    "addMenu": 0,
    "addItem": 0,
    "addTab": 1,
    "setHorizontalHeaderLabels": 0,
    "setHeaderLabels": 0,
}
TEXT_CONSTRUCTORS = {
    "QLabel": 0,
    "QPushButton": 0,
    "QCheckBox": 0,
    "QRadioButton": 0,
    "QGroupBox": 0,
    "QAction": 0,
    "QCommandLinkButton": 0,
    "QToolButton": 0,
    "heading": 0,
    "paragraph": 0,
    "rich": 0,
}
MESSAGE_BOXES = {"warning": (1, 2), "critical": (1, 2), "information": (1, 2), "question": (1, 2)}

# Files whose strings are not yet wrapped (the list only shrinks; see the README's Translations section).
NOT_YET_TRANSLATED: set[str] = set()


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in re.sub(r"<[^>]*>", "", text))


def _is_words(node: ast.AST) -> bool:
    """A literal a person would read: letters outside markup (an f-string with words is glued text)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _has_letters(str(v.value)) for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_letters(node.value)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_words(e) for e in node.elts)
    if isinstance(node, ast.IfExp):  # "Restore" if archived else "Archive"
        return _is_words(node.body) or _is_words(node.orelse)
    return False


def untranslated(path: Path) -> list[str]:
    """Lines of `path` that set a literal text on a widget without translating it."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        positions: tuple[int, ...] = ()
        if isinstance(func, ast.Attribute) and name in TEXT_SETTERS:
            positions = (TEXT_SETTERS[name],)
        elif name in TEXT_CONSTRUCTORS:
            positions = (TEXT_CONSTRUCTORS[name],)
        elif isinstance(func, ast.Attribute) and name in MESSAGE_BOXES:
            positions = MESSAGE_BOXES[name]
        for position in positions:
            if position < len(node.args) and _is_words(node.args[position]):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_no_user_visible_literal_escapes_translation() -> None:
    problems = []
    for path in sorted(UI.glob("*.py")):
        if path.name not in NOT_YET_TRANSLATED:
            problems += untranslated(path)
    assert not problems, "wrap these in tr()/QCoreApplication.translate:\n" + "\n".join(problems)


def test_the_check_catches_a_bare_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello')\n"
        "button.setText(f'Saved at {at}')\n"
        "ok = QLabel(self.tr('Hello'))\n"
        "ok2 = QCoreApplication.translate('X', 'Fine')\n",
        encoding="utf-8",
    )
    assert len(untranslated(sample)) == 2


def lupdate() -> str:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(tool).exists():
        pytest.skip("pyside6-lupdate is not installed")
    return tool


def test_lupdate_extracts_the_ui_strings(tmp_path: Path) -> None:
    catalogue = tmp_path / "opd_desktop.ts"
    forms = Path(__file__).resolve().parents[2] / "forms"
    sources = sorted(str(p) for p in UI.glob("*.py")) + sorted(str(p) for p in forms.glob("*.ui"))
    subprocess.run([lupdate(), *sources, "-ts", str(catalogue)], check=True, capture_output=True)
    messages = {m.findtext("source") for m in ElementTree.parse(catalogue).iter("message")}
    for expected in (
        "Preferences",
        "Welcome to OPD Desktop",
        "Keyboard shortcuts",
        "The method",
        "Team overview",
    ):
        assert expected in messages
    plurals = [m for m in ElementTree.parse(catalogue).iter("message") if m.get("numerus") == "yes"]
    assert plurals, "plurals are written with %n"


def _pseudo_module():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "pseudo_translation.py"
    spec = importlib.util.spec_from_file_location("pseudo_translation", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clipped(root) -> list[str]:
    """Buttons, check boxes and one-line labels narrower than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
            isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.pixmap()
        ):
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            problems.append(f"{type(widget).__name__} {widget.text()[:40]!r}: {widget.width()} < {needed}")
    return problems


def test_pseudo_translation_loads_and_fits(
    qtbot, tmp_path: Path, demo_store, window_factory, monkeypatch
) -> None:
    lupdate()
    from PySide6.QtWidgets import QApplication

    from opd_desktop.core.guides import default_guides
    from opd_desktop.services import reports
    from opd_desktop.ui.first_run import FirstRunDialog
    from opd_desktop.ui.i18n import install_translator
    from opd_desktop.ui.preferences_dialog import PreferencesDialog

    qm = _pseudo_module().build(tmp_path)
    monkeypatch.setenv("OPD_LANGUAGE", str(qm))
    app = QApplication.instance()
    translators = install_translator(app)
    assert translators, "the pseudo-translation loads"
    try:
        window = window_factory(demo_store)
        window.resize(1280, 800)
        assert window.menuBar().actions()[0].text().startswith("[")
        screens = [window]
        window.select_report(reports.list_reports(demo_store)[0].id)
        screens.append(window)
        first_run = FirstRunDialog(demo_store, default_guides(), window, window.actions)
        preferences = PreferencesDialog(demo_store, window, lambda: None)
        for dialog in (first_run, preferences):
            qtbot.addWidget(dialog)
            dialog.show()
            screens.append(dialog)
        assert first_run.windowTitle().startswith("[")
        problems = []
        for screen in screens:
            QApplication.processEvents()
            problems += clipped(screen)
        assert not problems, "\n".join(problems)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_plurals_read_right_without_a_translation() -> None:
    from PySide6.QtCore import QCoreApplication

    from opd_desktop.ui.i18n import english_plural

    for n, expected in ((1, "Import 1 person"), (3, "Import 3 people"), (0, "Import 0 people")):
        assert english_plural(QCoreApplication.translate("T", "Import %n person(s)", "", n), n) == expected
    assert english_plural(QCoreApplication.translate("T", "%n page(s)", "", 1), 1) == "1 page"
    assert english_plural(QCoreApplication.translate("T", "%n page(s)", "", 2), 2) == "2 pages"
