"""`opd install-desktop-entry`: put OPD Desktop in the current user's
application launcher on Linux (XDG data folders), pointing at the copy of the
app that runs this command: the PyInstaller folder or the virtual environment.

It writes no data of the app: only the launcher (`applications/<id>.desktop`)
and the icon (`icons/hicolor/…/apps/<id>.svg|png`) under `$XDG_DATA_HOME`
(default `~/.local/share`). `--remove` takes them away again."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from opd_desktop import APP_ID
from opd_desktop.errors import OpdError
from opd_desktop.instance.forwarder import read_only
from opd_desktop.paths import resources_dir

log = logging.getLogger(__name__)

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Characters that make the Desktop Entry spec ask for a quoted Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def xdg_data_home() -> Path:
    """`$XDG_DATA_HOME` when it is an absolute path (the spec ignores relative
    ones), else `~/.local/share`."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How to start this installation of the app: the frozen folder's
    `opd-desktop`, the environment's `opd-desktop` script next to its Python,
    or `python -m opd_desktop`."""
    executable = Path(sys.executable).absolute()  # not resolved: a venv's python is a symlink
    app = executable.parent / ("opd-desktop.exe" if os.name == "nt" else "opd-desktop")
    if app.is_file():  # the frozen folder's app next to its `opd`, or the environment's script
        return [str(app)]
    if getattr(sys, "frozen", False):
        return [str(executable)]
    return [str(executable), "-m", "opd_desktop"]


def exec_argument(arg: str) -> str:
    """One argument of an Exec line, quoted and escaped as the Desktop Entry
    spec asks (quoting rules first, then the string escape of backslashes)."""
    arg = arg.replace("%", "%%")
    if not _RESERVED.intersection(arg):
        return arg
    quoted = "".join("\\" + char if char in '"`$\\' else char for char in arg)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def desktop_entry(template: str, command: list[str]) -> str:
    """The packaged desktop entry with its Exec (and TryExec) pointing at `command`."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + " ".join(exec_argument(part) for part in command))
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def entry_paths(data_home: Path) -> dict[str, Path]:
    icons = data_home / "icons" / "hicolor"
    paths = {
        "entry": data_home / "applications" / f"{APP_ID}.desktop",
        "svg": icons / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in PNG_SIZES:
        paths[f"png{size}"] = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return paths


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename: a launcher is never half-written.
    Launchers and icons hold no data of the app, so they get ordinary permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from opd_desktop.ui.app_identity import render_icon

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_icon(size).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def install(data_home: Path, command: list[str]) -> dict[str, Path]:
    linux = resources_dir() / "linux"
    paths = entry_paths(data_home)
    template = (linux / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    svg = (resources_dir() / "icons" / "opd-desktop.svg").read_bytes()
    try:
        for size in PNG_SIZES:
            _write(paths[f"png{size}"], _png(size))
        _write(paths["svg"], svg)
        _write(paths["entry"], desktop_entry(template, command).encode("utf-8"))
    except OSError as exc:
        raise OpdError(
            f"Cannot write the launcher under {data_home}: {exc.strerror or exc}. "
            "Check that the folder is yours and writable, or set XDG_DATA_HOME."
        ) from exc
    _touch(data_home / "icons" / "hicolor")
    return paths


def _touch(folder: Path) -> None:
    """Icon caches notice new icons by the theme folder's modification time."""
    try:
        os.utime(folder)
    except OSError:
        log.debug("could not touch the icon theme folder")


def remove(data_home: Path) -> list[Path]:
    removed = []
    for path in entry_paths(data_home).values():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise OpdError(f"Cannot remove {path}: {exc.strerror or exc}.") from exc
        removed.append(path)
    return removed


def install_desktop_entry(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        raise OpdError(
            "install-desktop-entry is for Linux desktops. On macOS move 'OPD Desktop.app' to "
            "Applications; on Windows pin dist\\opd-desktop\\opd-desktop.exe to the Start menu."
        )
    data_home = xdg_data_home()
    if args.remove:
        removed = remove(data_home)
        print(
            f"Removed the OPD Desktop launcher and icons ({len(removed)} files) from {data_home}."
            if removed
            else f"No OPD Desktop launcher was installed in {data_home}."
        )
        return 0
    command = launch_command()
    paths = install(data_home, command)
    print(f"Installed the launcher {paths['entry']}")
    print(f"  it starts: {' '.join(command)}")
    print(f"  icon: {paths['svg']} (and PNG sizes {PNG_SIZES[0]}–{PNG_SIZES[-1]})")
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    parser = commands.add_parser(
        "install-desktop-entry",
        help="add OPD Desktop to your application launcher (Linux)",
        description="Install the launcher and icon for the current user under XDG_DATA_HOME "
        "(default ~/.local/share), starting this installation of the app.",
    )
    parser.add_argument("--remove", action="store_true", help="remove the launcher and icons instead")
    parser.set_defaults(data_dir=None)  # it touches no data folder
    read_only(parser)  # so it runs here, never handed to an open app
    return {"install-desktop-entry": install_desktop_entry}
