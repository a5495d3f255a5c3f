"""What build.spec generates, checked without building: icons for every
platform, the Windows version resource and the macOS Info.plist entries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from opd_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bundle():
    spec = importlib.util.spec_from_file_location("bundle_support", ROOT / "scripts" / "bundle_support.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_reads_the_one_version(bundle) -> None:
    assert bundle.project_version() == __version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("3.4.5.6.7", (3, 4, 5, 6))],
)
def test_windows_gets_four_numbers(bundle, version: str, numbers: tuple[int, ...]) -> None:
    assert bundle.version_tuple(version) == numbers


def test_the_windows_version_resource_parses_and_carries_the_version(bundle, tmp_path: Path) -> None:
    path = bundle.windows_version_file("1.2.3", tmp_path / "version.txt")

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    namespace = {name: record(name) for name in (*names, "VarFileInfo", "VarStruct")}
    text = path.read_text(encoding="utf-8")
    resource = eval(text.split("\n", 1)[1], namespace)  # the format PyInstaller reads
    fixed = resource[2]["ffi"][2]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 2, 3, 0)
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('ProductName', 'OPD Desktop')" in text


def test_the_mac_bundle_is_high_dpi_and_versioned(bundle) -> None:
    plist = bundle.info_plist("1.2.3")
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"


def test_icons_are_rendered_for_every_platform(bundle, tmp_path: Path) -> None:
    from PIL import Image

    made = bundle.make_icons(tmp_path)
    for size in bundle.PNG_SIZES:
        with Image.open(made["png_dir"] / f"opd-desktop-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(made["ico"]) as ico:
        assert {(s, s) for s in bundle.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(made["icns"]) as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]
    assert not list(ROOT.joinpath("resources", "icons").glob("*.png")), "PNGs are generated, not committed"
