"""One version (pyproject), the same app id everywhere, a changelog and
metainfo that know the version, and `--version` on both programs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

import opd_desktop
from opd_desktop import APP_ID, DISTRIBUTION, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_the_version_comes_from_pyproject_through_the_package_metadata() -> None:
    assert __version__ == _pyproject_version() == metadata.version(DISTRIBUTION)
    assert f'"{__version__}"' not in (ROOT / "src" / "opd_desktop" / "__init__.py").read_text()


def test_the_quick_dist_info_read_agrees_with_importlib_metadata() -> None:
    assert opd_desktop._version_from_dist_info() == opd_desktop._version_from_importlib()


def test_the_dist_info_on_the_path_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    info = tmp_path / "opd_desktop-9.8.7.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: opd-desktop\nVersion: 9.8.7\n\nVersion: no\n"
    )
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path)])
    assert opd_desktop._version_from_dist_info() == "9.8.7"


def _not_installed(name: str) -> str:
    raise metadata.PackageNotFoundError(name)


def test_without_installed_metadata_a_checkout_reads_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opd_desktop, "_version_from_dist_info", lambda: None)
    monkeypatch.setattr(metadata, "version", _not_installed)
    assert opd_desktop._read_version() == _pyproject_version()


def test_without_metadata_or_pyproject_the_version_says_unknown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(opd_desktop, "_version_from_dist_info", lambda: None)
    monkeypatch.setattr(metadata, "version", _not_installed)
    fake_package = tmp_path / "src" / "opd_desktop" / "__init__.py"
    monkeypatch.setattr(opd_desktop, "__file__", str(fake_package))
    assert opd_desktop._read_version() == opd_desktop.UNKNOWN_VERSION


@pytest.mark.slow
@pytest.mark.parametrize("module", ["opd_desktop", "opd_desktop.cli"])
def test_both_programs_print_the_version(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", module, "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"opd-desktop {__version__}\n"


def test_the_app_id_is_the_same_in_the_desktop_entry_metainfo_and_build() -> None:
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    bundle_support = (ROOT / "scripts" / "bundle_support.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in bundle_support


def test_the_newest_release_in_the_metainfo_and_changelog_is_the_version() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    releases = component.find("releases").findall("release")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+)", changelog, flags=re.MULTILINE)
    assert headings[0] == "Unreleased"
    assert headings[1] == releases[0].get("version") == __version__
    released = re.search(
        rf"^## {re.escape(__version__)} — (\d{{4}}-\d{{2}}-\d{{2}})", changelog, re.MULTILINE
    )
    assert released and released.group(1) == releases[0].get("date")


def _tool(name: str) -> str:
    from shutil import which

    found = which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: scripts/setup.sh test installs it")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
