"""Where things live: the private data folder, the log folder and the packaged
resources (guides, fonts, forms), from a source checkout, a wheel or a
PyInstaller bundle alike."""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
from pathlib import Path

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import DataDirError

log = logging.getLogger(__name__)

APP_DIR_NAME = "opd-desktop"
DATA_DIR_ENV = "OPD_DATA_DIR"
DATABASE_NAME = "opd.db"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit override, else `OPD_DATA_DIR`, else the
    platform's user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_DIR_NAME, appauthor=False)


def ensure_private_dir(path: Path) -> Path:
    """Make sure `path` is a folder this user can write. Missing folders (and
    missing parents) are created 0700 from the moment they exist; a folder that
    already exists keeps its mode: the app never re-permissions what it did not
    create. Raises `DataDirError` with a plain explanation when that fails."""
    path = Path(path)
    try:
        _make_dirs_private(path)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DataDirError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk is full (cannot create {path}); nothing was changed. Free some space on that disk, then try again.",  # noqa: E501
                ).format(path=path)
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise DataDirError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Permission denied: cannot use the folder {path}. Nothing was changed. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.",  # noqa: E501
                ).format(path=path)
            ) from exc
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot use the data folder {path}: {value}. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.",  # noqa: E501
            ).format(path=path, value=exc.strerror or exc)
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Permission denied: the data folder {path} is not writable. Nothing was changed. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.",  # noqa: E501
            ).format(path=path)
        )
    return path


def _make_dirs_private(path: Path) -> None:
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)  # the umask can only take bits away
        except FileExistsError:
            if not folder.is_dir():
                raise


def create_private_file(path: Path) -> bool:
    """Create `path` as an empty file readable by its owner only (0600 from
    birth). An existing file is left as it is, mode included. Returns whether
    the file was created."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private_file(path: Path) -> None:
    """Restrict a file the app itself created to its owner (0600). Never call
    it on a file the app did not create."""
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)


def _bundle_root() -> Path | None:
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else None


def _packaged_dir(name: str) -> Path:
    """A data folder (`resources` or `forms`) wherever this copy of the app
    keeps it: inside a PyInstaller bundle, inside the installed package (wheel)
    or at the top of a source checkout."""
    candidates: list[Path] = []
    bundle = _bundle_root()
    if bundle is not None:
        candidates.append(bundle / name)
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / name)
    candidates.append(package_dir.parent.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"The app's {name} folder is missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall OPD Desktop."
    )


def resources_dir() -> Path:
    return _packaged_dir("resources")


def forms_dir() -> Path:
    return _packaged_dir("forms")


def guides_dir(language: str = "en") -> Path:
    """The guides in `language` (resources/guides/<code>/) when translated, else English."""
    base = resources_dir() / "guides"
    translated = base / language
    return translated if language != "en" and translated.is_dir() else base


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
