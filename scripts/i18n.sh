#!/usr/bin/env bash
# Regenerate the translation catalogue from the UI sources (run after changing UI text).
# A translator opens resources/i18n/opd_desktop.ts in Qt Linguist (pyside6-linguist), saves it as
# opd_desktop_<lang>.ts, and `pyside6-lrelease` turns it into the .qm file the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p resources/i18n
# ui/ translates; core/, services/ and the errors mark text with QT_TRANSLATE_NOOP (core/i18n_marks.py).
mapfile -t sources < <(find src/opd_desktop -name "*.py" | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" forms/*.ui -ts resources/i18n/opd_desktop.ts -no-obsolete
for ts in resources/i18n/opd_desktop_*.ts; do
    [ -e "$ts" ] || continue
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
