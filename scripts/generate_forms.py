"""Compile the Qt Designer forms (forms/*.ui) into Python with pyside6-uic,
into src/opd_desktop/ui/compiled_forms/ (never committed: .gitignore). Building
a form from compiled code takes about half of what QUiLoader takes at run time,
on the way to the first window. Each compiled form records the SHA-256 of the
.ui it came from; `ui/forms.load_form` uses it only while it matches, and loads
the .ui with QUiLoader otherwise (a checkout without this step, an edited form).

Run: .venv/bin/python scripts/generate_forms.py (scripts/setup.sh runs it)."""

from __future__ import annotations

import hashlib
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


def main() -> int:
    TARGET.mkdir(exist_ok=True)
    (TARGET / "__init__.py").write_text(
        '"""Forms compiled by scripts/generate_forms.py (not committed)."""\n', encoding="utf-8"
    )
    for form in sorted(FORMS.glob("*.ui")):
        code = subprocess.run(
            [uic(), str(form)], check=True, capture_output=True, text=True, encoding="utf-8"
        ).stdout
        digest = hashlib.sha256(form.read_bytes()).hexdigest()
        target = TARGET / f"{form.stem}_ui.py"
        target.write_text(f"{code}\n\nSOURCE_SHA256 = {digest!r}\n", encoding="utf-8")
        print(f"compiled {form.name} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
