#!/usr/bin/env bash
# Check what Orca would get from OPD Desktop on Linux: start a virtual X display, a D-Bus session
# and the AT-SPI bus, open the app on a demo team with accessibility on, then walk its
# accessibility tree over AT-SPI (scripts/atspi_walk.py) and print every control's role and name.
# Needs: xvfb, at-spi2-core, python3-pyatspi (apt-get install xvfb at-spi2-core python3-pyatspi).
# Not a CI test: it depends on system services; run it by hand after accessibility changes.
# Usage: bash scripts/atspi_check.sh [OUT_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/dev/stdout}"
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb dbus at-spi2-core python3-pyatspi" >&2; exit 1; }
done
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || { echo "missing pyatspi: apt-get install python3-pyatspi" >&2; exit 1; }
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
.venv/bin/opd demo --data-dir "$data/demo" >/dev/null
export OPD_DATA_DIR="$data/demo" DATA="$data" OUT="$out"
dbus-run-session -- bash -c '
    set -u
    display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    bus=$!
    sleep 2
    DISPLAY="$display" QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
        .venv/bin/opd-desktop --data-dir "$OPD_DATA_DIR" >"$DATA/app.log" 2>&1 &
    app=$!
    sleep 6
    status=0
    DISPLAY="$display" /usr/bin/python3 scripts/atspi_walk.py "Zoë Martin" >"$OUT" || status=$?
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
    kill "$bus" "$xvfb" 2>/dev/null
    exit "$status"
'
