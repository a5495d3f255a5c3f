"""Whether other users of the computer can look into the data folder, said
once per folder mode (the app never changes the mode of a folder it did not
create; it tells the owner how to)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from opd_desktop.store.database import Store

WARNED_MODE = "privacy_warned_mode"  # meta: the folder mode already warned about
OPEN_BITS = 0o077


def exposure(folder: Path) -> int | None:
    """The folder's mode when group or others have any access to it, else None."""
    if sys.platform == "win32":  # pragma: no cover - Windows has no mode bits to read
        return None
    try:
        mode = stat.S_IMODE(os.stat(folder).st_mode)
    except OSError:
        return None
    return mode if mode & OPEN_BITS else None


def message(folder: Path, mode: int) -> str:
    return (
        f"other users of this computer can open the data folder {folder} (mode {mode:04o}). "
        f"To keep it to yourself: chmod 700 '{folder}'"
    )


def warning_once(store: Store) -> str | None:
    """The warning the first time the folder is seen with this open mode;
    None when it is private or the owner was already told."""
    folder = store.data_dir
    mode = exposure(folder)
    if mode is None:
        if store.meta(WARNED_MODE):
            store.set_meta(WARNED_MODE, "")  # made private: warn again if it opens up later
        return None
    if store.meta(WARNED_MODE) == f"{mode:04o}":
        return None
    store.set_meta(WARNED_MODE, f"{mode:04o}")
    return message(folder, mode)
