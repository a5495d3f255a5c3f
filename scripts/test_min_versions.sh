#!/usr/bin/env bash
# Install the DECLARED MINIMUM of every runtime dependency (a constraints file
# generated from pyproject.toml's floors) in a separate environment and run the
# store, backup and document tests there, so a floor can never lie again.
# Usage: bash scripts/test_min_versions.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${MIN_VENV:-.venv-min}"
constraints="$VENV/min-constraints.txt"

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$PYTHON" - "$constraints" <<'PY'
import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads(Path("pyproject.toml").read_text())["project"]
lines = []
for requirement in project["dependencies"]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*>=\s*([^,;\s]+)", requirement)
    if not match:
        sys.exit(f"no floor (>=) declared for {requirement!r}: every runtime dependency needs one")
    lines.append(f"{match.group(1)}=={match.group(2)}")
Path(sys.argv[1]).write_text("\n".join(lines) + "\n")
print("minimum versions:", ", ".join(lines))
PY
"$VENV/bin/python" -m pip install -q --upgrade pip
# The package's own floors are installed exactly; the test tools are not constrained.
"$VENV/bin/python" -m pip install -q -c "$constraints" -e . "pytest>=8" "pytest-qt>=4.4" "hypothesis>=6"
"$VENV/bin/python" - "$constraints" <<'PY'
import sys
from importlib.metadata import version
from pathlib import Path

from packaging.version import Version

wrong = []
for line in Path(sys.argv[1]).read_text().split():
    name, wanted = line.split("==")
    if Version(version(name)) != Version(wanted):
        wrong.append(f"{name} {version(name)} (wanted {wanted})")
if wrong:
    sys.exit("not at the declared minimum: " + ", ".join(wrong))
PY
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  tests/store tests/services/test_backup.py tests/services/test_backup_hostile.py \
  tests/e2e/test_restore_kill.py tests/services/test_documents.py "$@"
