"""Automatic backups: where they go, when they are due, how many are kept
(7 daily, 8 weekly, 12 monthly) and what the window says about them.

Retention only prunes what it made: automatic backups are named
`opd-backup-<folder id>-<YYYYmmdd-HHMMSS>.opdbackup` (the id of this data
folder, also in the manifest), and only files with this folder's id are ever
deleted. Manual backups (`opd backup -o …`), other data folders' backups and
any other file in the backup folder are left alone."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from opd_desktop.core.changes import Topic
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError
from opd_desktop.services.backup.names import FOLDER_ID_KEY, SUFFIX
from opd_desktop.store.database import Store

if TYPE_CHECKING:  # the backup stack is imported when a backup runs, not to read the settings
    from opd_desktop.services.backup.backups import BackupInfo

log = logging.getLogger(__name__)

DEFAULT_FOLDER = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 8, 12
STALE_AFTER = dt.timedelta(days=7)
DAILY_EVERY = dt.timedelta(hours=24)
_NAME = re.compile(r"opd-backup-(?:([0-9a-f]{16})-)?(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")

# meta keys
FOLDER, DAILY, ON_QUIT = "backup_folder", "backup_daily", "backup_on_quit"
LAST_AT, LAST_PATH, LAST_ERROR = "backup_last_at", "backup_last_path", "backup_last_error"


@dataclass(frozen=True)
class Settings:
    folder: Path
    daily: bool
    on_quit: bool


def settings(store: Store) -> Settings:
    folder = store.meta(FOLDER) or str(store.data_dir / DEFAULT_FOLDER)
    return Settings(Path(folder), store.meta(DAILY, "1") == "1", store.meta(ON_QUIT, "1") == "1")


def save_settings(store: Store, folder: Path, daily: bool, on_quit: bool) -> None:
    from opd_desktop.paths import ensure_private_dir

    ensure_private_dir(Path(folder).expanduser())
    with store.write(Topic.BACKUP):
        store.set_meta(FOLDER, str(Path(folder).expanduser().resolve()))
        store.set_meta(DAILY, "1" if daily else "0")
        store.set_meta(ON_QUIT, "1" if on_quit else "0")


@dataclass(frozen=True)
class Status:
    last_at: dt.datetime | None
    last_path: str
    error: str
    check_error: str = ""  # the database check that runs with each backup

    def message(self, now: dt.datetime | None = None) -> str:
        now = now or dt.datetime.now(dt.UTC)
        if self.check_error:  # short: the status bar has little room; 'opd check' tells the rest
            return QT_TRANSLATE_NOOP("BackupStatus", "Database check failed — run 'opd check'")
        if self.error:
            return QT_TRANSLATE_NOOP("BackupStatus", "Backup failed: {error}").format(error=self.error)
        if self.last_at is None:
            return QT_TRANSLATE_NOOP("BackupStatus", "No backup yet")
        age = now - self.last_at
        when = self.last_at.astimezone().strftime("%d %b %H:%M")
        if age > STALE_AFTER:
            return QT_TRANSLATE_NOOP(
                "BackupStatus", "Last backup {days} days ago ({when}) — make one now"
            ).format(days=age.days, when=when)
        return QT_TRANSLATE_NOOP("BackupStatus", "Last backup {when}").format(when=when)

    def needs_attention(self, now: dt.datetime | None = None) -> bool:
        now = now or dt.datetime.now(dt.UTC)
        return (
            bool(self.error or self.check_error) or self.last_at is None or now - self.last_at > STALE_AFTER
        )


def status(store: Store) -> Status:
    from opd_desktop.services.checks import last_failure

    last = store.meta(LAST_AT)
    return Status(
        dt.datetime.fromisoformat(last) if last else None,
        store.meta(LAST_PATH) or "",
        store.meta(LAST_ERROR) or "",
        last_failure(store),
    )


def is_due(store: Store, now: dt.datetime | None = None) -> bool:
    current = settings(store)
    last = status(store).last_at
    return current.daily and (last is None or (now or dt.datetime.now(dt.UTC)) - last >= DAILY_EVERY)


def due_on_quit(store: Store) -> bool:
    """A backup on quit is due when it is enabled and the data changed in this
    session (or no good backup exists yet). Decided without the keyring."""
    if not settings(store).on_quit:
        return False
    changed = bool(store.written - {Topic.BACKUP, Topic.SETTINGS})
    current = status(store)
    return changed or current.last_at is None or bool(current.error)


def record_success(store: Store, info: BackupInfo) -> None:
    from opd_desktop.services.checks import check_and_record

    check_and_record(store)  # every backup also runs the full database check
    with store.write(Topic.BACKUP):
        store.set_meta(LAST_AT, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        store.set_meta(LAST_PATH, str(info.path))
        store.set_meta(LAST_ERROR, "")


def record_failure(store: Store, message: str) -> None:
    store.set_meta(LAST_ERROR, message)


def passphrase_for(store: Store) -> str | None:
    from opd_desktop.services.backup import passphrase as secrets

    return secrets.stored(store.data_dir) or secrets.from_environment()


def folder_id(store: Store) -> str:
    """This data folder's id (made on first use): it marks the automatic
    backups that this folder's retention may prune."""
    found = store.meta(FOLDER_ID_KEY)
    if found:
        return found
    made = uuid.uuid4().hex[:16]
    store.set_meta(FOLDER_ID_KEY, made)
    return made


def automatic_name(folder_key: str, now: dt.datetime | None = None) -> str:
    return f"opd-backup-{folder_key}-{(now or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def run_backup(store: Store, passphrase: str | None = None) -> BackupInfo:
    """One automatic backup into the configured folder, verified, then this
    folder's old automatic backups pruned."""
    secret = passphrase or passphrase_for(store)
    if not secret:
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No backup passphrase is set. Set one in Backup settings (or OPD_BACKUP_PASSPHRASE).",
            )
        )
    folder = settings(store).folder
    from opd_desktop.paths import ensure_private_dir
    from opd_desktop.services.backup.backups import create_backup

    key = folder_id(store)
    try:
        ensure_private_dir(folder)
        info = create_backup(store, folder / automatic_name(key), secret, kind="automatic")
    except OpdError as exc:
        record_failure(store, str(exc))
        raise
    record_success(store, info)
    prune(folder, key, keep=info.path)
    return info


def backup_time(path: Path) -> dt.datetime | None:
    match = _NAME.search(path.name)
    return dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S") if match else None


def backup_folder_id(path: Path) -> str | None:
    """The data folder id in an automatic backup's name; None for any other file."""
    match = _NAME.search(path.name)
    return match.group(1) if match else None


def to_keep(times: list[dt.datetime]) -> set[dt.datetime]:
    """Grandfather-father-son: the newest backup of each of the last 7 days,
    8 weeks and 12 months that have backups."""
    keep: set[dt.datetime] = set()
    ordered = sorted(times, reverse=True)
    for count, bucket in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen = []
        for moment in ordered:
            key = bucket(moment)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(moment)
    return keep


def prune(folder: Path, folder_key: str, keep: Path | None = None) -> list[Path]:
    """Delete this data folder's automatic backups that the retention rule no
    longer keeps; returns them. Nothing else in `folder` is ever touched."""
    if not folder_key:
        return []
    files = {
        backup_time(p): p
        for p in folder.glob(f"opd-backup-{folder_key}-*{SUFFIX}")
        if backup_folder_id(p) == folder_key and p.is_file() and not p.is_symlink()
    }
    kept = to_keep(list(files))
    removed = []
    for moment, path in files.items():
        if moment not in kept and path != keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("retention removed %d automatic backups of this data folder", len(removed))
    return removed
