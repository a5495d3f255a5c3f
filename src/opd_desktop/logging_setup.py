"""Logging to a private file in the platform's log folder. Log records carry
ids, counts and timings, never the text of notes."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from opd_desktop.paths import PRIVATE_FILE_MODE, ensure_private_dir, log_dir

LOG_FILE_NAME = "opd-desktop.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file (the rotated ones too) is 0600 from the moment it exists."""

    def _open(self):
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
        handler = _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except Exception:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
    return path
