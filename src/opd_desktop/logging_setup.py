"""Logging to a private file in the platform's log folder. Log records carry
ids, counts and timings, never the text of notes."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from opd_desktop.paths import ensure_private_dir, log_dir

LOG_FILE_NAME = "opd-desktop.log"


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send log records to a rotating file; returns its path, or None when the
    log folder cannot be written (the app still runs)."""
    try:
        target_dir = ensure_private_dir(folder or Path(os.environ.get("OPD_LOG_DIR") or log_dir()))
        path = target_dir / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        path.chmod(0o600)
    except Exception:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return path
