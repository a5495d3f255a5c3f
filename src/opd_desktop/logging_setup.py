"""Logging to a private file in the platform's log folder. Log records carry
ids, counts and timings, never the text of notes."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from opd_desktop.paths import PRIVATE_FILE_MODE, ensure_private_dir, log_dir

LOG_FILE_NAME = "opd-desktop.log"
MAX_BYTES, KEEP = 1_000_000, 3


class RotatingLog(logging.FileHandler):
    """A log file that moves to .1 (then .2, .3) once it would pass `max_bytes`:
    what logging.handlers.RotatingFileHandler does, without importing that module
    (and the socket, pickle and queue modules behind it) on every start."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.keep = max_bytes, keep

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if (
                self.stream is not None
                and self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes
            ):
                self.rollover()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def rollover(self) -> None:
        self.close()
        base = Path(self.baseFilename)
        for number in range(self.keep - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                os.replace(older, base.with_name(f"{base.name}.{number + 1}"))
        if base.exists():
            os.replace(base, base.with_name(f"{base.name}.1"))
        self.stream = self._open()

    def _open(self):
        """Every log file (the rotated ones too) is 0600 from the moment it exists."""
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send log records to a rotating file; returns its path, or None when the
    log folder cannot be written (the app still runs). Calling it again for
    the same file adds nothing (the app runs handed-over commands through the
    CLI's own entry point)."""
    root = logging.getLogger()
    try:
        target_dir = ensure_private_dir(folder or Path(os.environ.get("OPD_LOG_DIR") or log_dir()))
        path = target_dir / LOG_FILE_NAME
        for existing in root.handlers:
            if getattr(existing, "baseFilename", None) == os.path.abspath(path):
                return path
        handler = RotatingLog(path)
    except Exception:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
    return path
