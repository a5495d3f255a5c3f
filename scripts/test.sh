#!/usr/bin/env bash
# Set up OPD Desktop with its test tools and run the whole suite (lint too).
# Fails when pytest collects no test, instead of passing on nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests benchmarks scripts
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest ran no test: failing loudly." >&2
  exit 1
fi
exit "$status"
