"""Writing files so that a crash never leaves one half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that `path` is either the old file or the new
    one: a temporary file in the same folder, flushed, then renamed. 0600."""
    return write_atomic_stream(path, lambda handle: handle.write(data))


def write_atomic_stream(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """`write_atomic` for content written piece by piece: `write(handle)` fills the
    temporary file, which is then flushed and renamed over `path`. 0600."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "The folder {folder} does not exist; choose an existing folder."
            ).format(folder=folder)
        )
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write in {folder}: {value}. Choose another folder.").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if not isinstance(exc, OSError):
            raise
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise OpdError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk is full (no room to write {name} in {folder}); nothing was changed (the previous file is unchanged). Free some space on that disk, then try again.",  # noqa: E501
                ).format(name=target.name, folder=folder)
            ) from exc
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not write {target}: {value}. The previous file is unchanged."
            ).format(target=target, value=exc.strerror or exc)
        ) from exc
    fsync_dir(folder)
    return target
