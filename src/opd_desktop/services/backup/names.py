"""How backup files are named: light enough to import for the status bar."""

from __future__ import annotations

import datetime as dt

SUFFIX = ".opdbackup"
FOLDER_ID_KEY = "folder_id"  # meta: this data folder's id, in automatic backups' names and manifests


def backup_name(now: dt.datetime | None = None) -> str:
    return f"opd-backup-{(now or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
