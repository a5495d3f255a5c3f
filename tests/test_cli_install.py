"""`opd install-desktop-entry`: the launcher and icons land in the user's XDG
data folder, start this installation, are valid, and go away with --remove."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from opd_desktop import APP_ID, cli, cli_install

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG launchers are Linux's")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_installs_the_launcher_and_icons_for_this_installation(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QImage

    assert cli.main(["install-desktop-entry"]) == 0
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    values = _entry_values(entry)
    command = cli_install.launch_command()
    assert values["Exec"] == " ".join(cli_install.exec_argument(part) for part in command)
    assert values["TryExec"] == command[0]
    assert Path(command[0]).is_file()
    assert values["Icon"] == APP_ID and values["Name"] == "OPD Desktop"
    icons = data_home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes().startswith(b"<?xml")
    for size in cli_install.PNG_SIZES:
        image = QImage(str(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert str(entry) in capsys.readouterr().out
    validator = shutil.which("desktop-file-validate")
    if validator:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_installing_again_replaces_and_remove_takes_everything_away(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["install-desktop-entry"]) == 0
    assert cli.main(["install-desktop-entry"]) == 0
    installed = sorted(p for p in data_home.rglob("*") if p.is_file())
    assert len(installed) == 2 + len(cli_install.PNG_SIZES)
    assert not [p for p in installed if p.name.endswith(".tmp")]
    capsys.readouterr()
    assert cli.main(["install-desktop-entry", "--remove"]) == 0
    assert "Removed" in capsys.readouterr().out
    assert not [p for p in data_home.rglob("*") if p.is_file()]
    assert cli.main(["install-desktop-entry", "--remove"]) == 0
    assert "No OPD Desktop launcher" in capsys.readouterr().out


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli_install.xdg_data_home() == tmp_path / ".local" / "share"


def test_the_frozen_folder_launches_its_own_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "dist" / "opd-desktop"
    folder.mkdir(parents=True)
    for name in ("opd", "opd-desktop"):
        (folder / name).write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "opd"))
    assert cli_install.launch_command() == [str(folder / "opd-desktop")]


def test_without_the_script_it_runs_the_package_with_this_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python3"))
    assert cli_install.launch_command() == [str(tmp_path / "bin" / "python3"), "-m", "opd_desktop"]


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/opt/opd/opd-desktop", "/opt/opd/opd-desktop"),
        ("/home/zoë/My Apps/opd-desktop", '"/home/zoë/My Apps/opd-desktop"'),
        ("/tmp/100%/opd", "/tmp/100%%/opd"),
        ('/tmp/a"b$c/opd', '"/tmp/a\\\\"b\\\\$c/opd"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_asks(argument: str, written: str) -> None:
    assert cli_install.exec_argument(argument) == written


def test_an_entry_for_a_path_with_spaces_validates(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed")
    template = (cli_install.resources_dir() / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(cli_install.desktop_entry(template, ["/home/Zoë Dvořák/opd $1/opd-desktop"]))
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_an_unwritable_place_gets_one_clear_line(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_home.parent.mkdir(exist_ok=True)
    data_home.write_text("a file where a folder should be")
    assert cli.main(["install-desktop-entry"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("opd: Cannot write the launcher under") and error.count("\n") == 1


def test_other_systems_are_told_what_to_do_instead(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_install.sys, "platform", "darwin")
    assert cli.main(["install-desktop-entry"]) == 1
    assert "Applications" in capsys.readouterr().err
