"""The lock that makes one program at a time the writer of a data folder.

An OS file lock on `opd.lock` inside the folder (`fcntl.flock` on Linux and
macOS, `msvcrt.locking` on Windows). The operating system drops it when the
holder exits in any way, kill -9 included, so a stale lock never needs
cleaning up. The lock file itself stays; it holds nothing but the holder's
process id, for a person looking at the folder.

Plain Python, no Qt: the desktop app and the `opd` command use it alike.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from opd_desktop.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

LOCK_NAME = "opd.lock"


class FolderLock:
    """An exclusive, non-blocking lock on one data folder (by its real path).

    Locks are per open file: a second `FolderLock` on the same folder fails
    to acquire even within the same process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(os.path.realpath(data_dir))
        self.path = self.data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits. Raises OSError when
        the lock file cannot be created (an unwritable folder)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        try:
            locked = _lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        _write_pid(fd)
        log.info("holding the data folder lock (pid %s)", os.getpid())
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_locked(data_dir: Path) -> bool:
    """Whether some program holds the folder's lock right now (a snapshot)."""
    probe = FolderLock(data_dir)
    if not probe.path.exists():
        return False
    try:
        if probe.try_acquire():
            probe.release()
            return False
    except OSError:
        return False
    return True


def _write_pid(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform != "win32":  # on Windows the locked byte cannot be rewritten
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
