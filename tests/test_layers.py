"""The layers of DESIGN.md hold: core/ and store/ never import Qt, and
services/ stays plain Python too."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "opd_desktop"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["core", "store", "services"])
def test_layer_never_imports_qt(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"the {layer} layer has no modules"
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in _imported_modules(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("opd_desktop.ui")
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", ["core", "store"])
def test_layer_does_not_reach_up(layer: str) -> None:
    above = {
        "core": ("opd_desktop.store", "opd_desktop.services"),
        "store": ("opd_desktop.services",),
    }
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imported_modules(path)
        if name.startswith(above[layer])
    ]
    assert offenders == []


def test_importing_lower_layers_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import opd_desktop.core.guides, opd_desktop.core.stages, opd_desktop.store.database\n"
        "import opd_desktop.services.demo, opd_desktop.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
