#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into dist/opd-desktop/, then start
# the built app offscreen on a demo data folder (--smoke opens the main window,
# loads the data and exits).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/python -m pip install -q -e '.[build]'
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build.spec
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
.venv/bin/opd demo --data-dir "$smoke_dir/demo"
QT_QPA_PLATFORM=offscreen dist/opd-desktop/opd-desktop --data-dir "$smoke_dir/demo" --smoke
