#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into dist/opd-desktop/ (on Linux;
# build.spec also covers Windows and macOS, run on those systems), after
# validating the Linux desktop entry and AppStream metainfo. Then check the
# frozen app: both programs print the one version, the app starts offscreen
# on a demo data folder (--smoke: a real start, the window painted with the data,
# then exit; --self-test: that, plus an agenda PDF with its fonts, to prove the
# bundle holds the PDF stack), and the launcher it installs for a user is valid.
# Uploads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/python -m pip install -q -e '.[build]'

echo "Validating the desktop entry and the AppStream metainfo"
desktop-file-validate resources/linux/*.desktop
appstreamcli validate --no-net resources/linux/*.metainfo.xml

.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build.spec

expected="opd-desktop $(.venv/bin/python -c 'import opd_desktop; print(opd_desktop.__version__)')"
for program in opd-desktop opd; do
  printed=$("dist/opd-desktop/$program" --version)
  echo "dist/opd-desktop/$program --version: $printed"
  if [ "$printed" != "$expected" ]; then
    echo "expected '$expected'" >&2
    exit 1
  fi
done

smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
dist/opd-desktop/opd demo --data-dir "$smoke_dir/demo"
QT_QPA_PLATFORM=offscreen dist/opd-desktop/opd-desktop --data-dir "$smoke_dir/demo" --smoke
QT_QPA_PLATFORM=offscreen dist/opd-desktop/opd-desktop --data-dir "$smoke_dir/demo" --self-test
XDG_DATA_HOME="$smoke_dir/xdg" QT_QPA_PLATFORM=offscreen dist/opd-desktop/opd install-desktop-entry
desktop-file-validate "$smoke_dir"/xdg/applications/*.desktop
grep -q "^Exec=$PWD/dist/opd-desktop/opd-desktop$" "$smoke_dir"/xdg/applications/*.desktop
