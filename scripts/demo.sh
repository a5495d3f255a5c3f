#!/usr/bin/env bash
# Set up OPD Desktop and open it on a demo team kept in .demo-data/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/opd demo --data-dir .demo-data
exec .venv/bin/opd-desktop --data-dir .demo-data "$@"
