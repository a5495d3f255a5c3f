"""Compile the Qt Designer forms (forms/*.ui) into Python with pyside6-uic,
into src/opd_desktop/ui/compiled_forms/ (never committed: .gitignore). Building
a form from compiled code takes about half of what QUiLoader takes at run time,
on the way to the first window. Each compiled form records the fingerprint of
the .ui it came from (`ui.forms.source_fingerprint`: size and CRC-32);
`ui/forms.load_form` uses it only while it matches, and loads the .ui with
QUiLoader otherwise (a checkout without this step, an edited form).

pyside6-uic imports some thirty Qt classes whatever the form uses (QConicalGradient,
QFontDatabase, QDateTime …); PySide6 creates each class on first access, ~10 ms
in all before the first window. The compiled code imports only the names it uses.

Run: .venv/bin/python scripts/generate_forms.py (scripts/setup.sh runs it)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
TARGET = ROOT / "src" / "opd_desktop" / "ui" / "compiled_forms"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    if not Path(found).exists():
        raise SystemExit("pyside6-uic is not installed (it comes with PySide6).")
    return found


def import_only_what_is_used(code: str) -> str:
    """The generated code with each `from PySide6… import (…)` cut down to the names it uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(tree.body):  # bottom-up: earlier line numbers stay valid
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
            statement = f"from {node.module} import {', '.join(kept)}\n" if kept else ""
            lines[node.lineno - 1 : node.end_lineno] = [statement]
    return "".join(lines)


def main() -> int:
    from opd_desktop.ui.forms import FINGERPRINT, source_fingerprint

    TARGET.mkdir(exist_ok=True)
    (TARGET / "__init__.py").write_text(
        '"""Forms compiled by scripts/generate_forms.py (not committed)."""\n', encoding="utf-8"
    )
    for form in sorted(FORMS.glob("*.ui")):
        code = subprocess.run(
            [uic(), str(form)], check=True, capture_output=True, text=True, encoding="utf-8"
        ).stdout
        fingerprint = source_fingerprint(form.read_bytes())
        target = TARGET / f"{form.stem}_ui.py"
        target.write_text(
            f"{import_only_what_is_used(code)}\n\n{FINGERPRINT} = {fingerprint!r}\n", encoding="utf-8"
        )
        print(f"compiled {form.name} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
