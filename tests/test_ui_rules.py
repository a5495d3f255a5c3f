"""Rules the ui/ layer keeps: no SQL (queries live in services/) and no colour
literals outside the theme module (colours are roles in core/theme.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "opd_desktop" / "ui"
FORMS = ROOT / "forms"
THEME_MODULE = UI / "theme.py"

# Case-sensitive on purpose: a button called "Delete permanently" or text that says
# "select one from the list" is fine; SQL keywords are written in capitals here.
SQL_PATTERNS = {
    "a query (.execute()": re.compile(r"\.execute\("),
    "SELECT … FROM": re.compile(r"\bSELECT\b[^;]{0,300}?\bFROM\b", re.S),
    "INSERT INTO": re.compile(r"\bINSERT\s+INTO\b"),
    "UPDATE … SET": re.compile(r"\bUPDATE\s+\w+\s+SET\b"),
    "DELETE FROM": re.compile(r"\bDELETE\s+FROM\b"),
}
SQL_MODULES = {"sqlite3", "sqlite_utils"}
HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def sql_problems(source: str) -> list[str]:
    problems = [name for name, pattern in SQL_PATTERNS.items() if pattern.search(source)]
    for node in ast.walk(ast.parse(source)):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        problems += [f"imports {n}" for n in names if n.split(".")[0] in SQL_MODULES]
    return problems


def hex_colours(source: str) -> list[str]:
    return HEX_COLOUR.findall(source)


def _ui_files() -> list[Path]:
    files = sorted(UI.rglob("*.py"))
    assert files
    return files


def test_no_sql_under_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in _ui_files()
        if (found := sql_problems(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_no_colour_literals_outside_the_theme_module() -> None:
    files = [p for p in _ui_files() if p != THEME_MODULE] + sorted(FORMS.glob("*.ui"))
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := hex_colours(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


@pytest.mark.parametrize(
    "source",
    [
        'rows = store.execute("SELECT 1")',
        "import sqlite3",
        "from sqlite_utils import Database",
        'sql = "SELECT id, name\\n FROM reports"',
        'q = "INSERT INTO notes VALUES (1)"',
        'q = "UPDATE plans SET status = 1"',
        'q = "DELETE FROM ideas"',
    ],
)
def test_the_sql_check_catches(source: str) -> None:
    assert sql_problems(source)


@pytest.mark.parametrize(
    "source",
    [
        'button = QPushButton("Delete permanently")',
        'label = "Select one from the list"',
        'text = "Update your settings"',
    ],
)
def test_the_sql_check_leaves_words_alone(source: str) -> None:
    assert sql_problems(source) == []


def test_the_colour_check_catches_literals() -> None:
    assert hex_colours("label.setStyleSheet('color: #b3261e')") == ["#b3261e"]
    assert hex_colours("QColor('#555')") == ["#555"]
    assert hex_colours("# 12 comments are fine") == []
