"""Deleting a person for good: every row about them (found through the live
schema), the full-text index rebuilt, the WAL checkpointed and truncated and
the file compacted with `secure_delete` on, so their words are gone from the
bytes of `opd.db` and `opd.db-wal`. The copies the app keeps beside the
database are cleaned too, and the encrypted backups that still hold the person
are listed with the date retention will remove them."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop.core.changes import topics_of_tables
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import ValidationError
from opd_desktop.services import reports
from opd_desktop.services.schema_map import (
    ROOT_TABLE,
    SchemaMap,
    owned_row_ids,
    quote,
    read_schema,
)
from opd_desktop.services.text import name_key
from opd_desktop.store.database import MIGRATION_COPIES_DIR, Store

log = logging.getLogger(__name__)

SUGGEST_KEY = "purge_suggest_after_months"  # meta; 0 or absent: no suggestion
RETENTION_HORIZON_DAYS = 800


@dataclass(frozen=True)
class CopyOutcome:
    path: Path
    action: str  # "removed", "cleaned" or "still holds"
    detail: str

    def describe(self) -> str:
        return QT_TRANSLATE_NOOP("Purge", "{path}: {detail}").format(path=self.path, detail=self.detail)


@dataclass(frozen=True)
class BackupHolding:
    path: Path
    made_at: dt.datetime
    removed_on: dt.date | None  # None: retention will not remove it

    def describe(self) -> str:
        when = self.made_at.strftime("%Y-%m-%d %H:%M")
        if self.removed_on:
            return QT_TRANSLATE_NOOP(
                "Purge", "{when}  {file} — retention removes it around {removed}"
            ).format(when=when, file=self.path.name, removed=self.removed_on.isoformat())
        return QT_TRANSLATE_NOOP(
            "Purge", "{when}  {file} — automatic backups are off, so it stays until you delete it"
        ).format(when=when, file=self.path.name)


@dataclass
class PurgeResult:
    name: str
    rows: dict[str, int]
    copies: list[CopyOutcome] = field(default_factory=list)
    backups: list[BackupHolding] = field(default_factory=list)
    wal_left_bytes: int = 0

    def summary(self) -> str:
        return QT_TRANSLATE_NOOP("Purge", "Deleted {name} permanently ({rows:,} rows).").format(
            name=self.name, rows=sum(self.rows.values())
        )


def check_typed_name(report_name: str, typed: str) -> None:
    if name_key(" ".join(typed.split())) != name_key(report_name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The name typed does not match {report_name}; nothing was deleted. Type the name exactly.",
            ).format(report_name=report_name),
            "name",
        )


def purge_report(store: Store, report_id: int, typed_name: str) -> PurgeResult:
    """Delete the report and everything about them; `typed_name` must be their name."""
    report = reports.get_report(store, report_id)
    check_typed_name(report.name, typed_name)
    added = store.execute("SELECT created_at FROM reports WHERE id = ?", [report_id]).fetchone()[0]
    schema = read_schema(store.conn)
    previous = store.execute("PRAGMA secure_delete").fetchone()[0]
    store.execute("PRAGMA secure_delete = ON")
    try:
        with store.write(*topics_of_tables(schema.tables)):
            rows = delete_person(store.conn, schema, report_id)
        wal_left = compact(store.conn, store.path)
    finally:
        store.execute(f"PRAGMA secure_delete = {int(previous)}")
    log.info("purged one report (%d rows)", sum(rows.values()))
    result = PurgeResult(report.name, rows, wal_left_bytes=wal_left)
    result.copies = clean_copies(store.data_dir, report.name)
    result.backups = backups_holding(store, added)
    return result


def delete_person(conn: sqlite3.Connection, schema: SchemaMap, report_id: int) -> dict[str, int]:
    """Delete every owned row, children first, then rebuild the full-text indexes
    (an FTS5 delete leaves the old terms in its segments until they merge)."""
    owned = owned_row_ids(conn, schema, report_id)
    counts: dict[str, int] = {}
    for table in reversed(schema.owned_tables()):
        ids = owned.get(table.name, [])
        key = table.integer_key
        if not ids or key is None:
            continue
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            conn.execute(
                f"DELETE FROM {quote(table.name)} WHERE {quote(key)} IN ({','.join('?' * len(chunk))})", chunk
            )
        counts[table.name] = len(ids)
    for fts in schema.fts_tables:
        if fts == "search_index":  # contentless (migration 4): emptied and filled again
            from opd_desktop.store.search_index_sql import refill_search_index

            refill_search_index(conn)
            continue
        conn.execute(f"INSERT INTO {quote(fts)}({quote(fts)}) VALUES ('rebuild')")
    return counts


def compact(conn: sqlite3.Connection, path: Path) -> int:
    """Checkpoint and truncate the WAL, VACUUM, and again; returns the WAL's size after."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        log.warning("the WAL could not be truncated: another connection reads the database")
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


# Copies beside the database ----------------------------------------------------------


def copies_beside(data_dir: Path) -> list[Path]:
    from opd_desktop.services.backup.backups import PRE_RESTORE_DIR, RESTORING_NAME

    found: list[Path] = []
    for folder in (MIGRATION_COPIES_DIR, PRE_RESTORE_DIR):
        if (data_dir / folder).is_dir():
            found += sorted(p for p in (data_dir / folder).iterdir() if p.suffix == ".db" and p.is_file())
    leftover = data_dir / RESTORING_NAME
    if leftover.is_file():
        found.append(leftover)
    return found


def clean_copies(data_dir: Path, name: str) -> list[CopyOutcome]:
    """Remove the person from every copy that holds them: a copy holding nobody
    else is deleted, another is cleaned in place (other people's data stays)."""
    from opd_desktop.services.backup.backups import RESTORING_NAME

    outcomes = []
    for path in copies_beside(data_dir):
        try:
            outcome = _clean_copy(path, name, whole=path.name == RESTORING_NAME)
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not clean a database copy: %s", type(exc).__name__)
            outcome = CopyOutcome(
                path,
                "still holds",
                QT_TRANSLATE_NOOP(
                    "Purge", "could not be read or cleaned ({error}); it may still hold {name}"
                ).format(error=exc, name=name),
            )
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    for side in _side_files(path):
        side.unlink(missing_ok=True)


def _clean_copy(path: Path, name: str, *, whole: bool) -> CopyOutcome | None:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=1)
    try:
        schema = read_schema(conn)
        if ROOT_TABLE not in schema.tables:
            return None
        key = name_key(name)
        matches = [i for i, n in conn.execute("SELECT id, name FROM reports") if name_key(n) == key]
        if not matches:
            return None
        others = conn.execute("SELECT count(*) FROM reports").fetchone()[0] - len(matches)
        if whole or not others:
            conn.close()
            _remove(path)
            return CopyOutcome(
                path,
                "removed",
                QT_TRANSLATE_NOOP("Purge", "deleted (it held {name} and no one else's reports)").format(
                    name=name
                ),
            )
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN")
        for report_id in matches:
            delete_person(conn, schema, report_id)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        return CopyOutcome(
            path,
            "cleaned",
            QT_TRANSLATE_NOOP("Purge", "{name} removed; other reports it keeps: {others}").format(
                name=name, others=others
            ),
        )
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


# Backups -------------------------------------------------------------------------------


def backups_holding(store: Store, added_at: str, now: dt.datetime | None = None) -> list[BackupHolding]:
    """The automatic backups made since the person was added (by their file
    dates; the backups are encrypted), with the date retention removes each."""
    from opd_desktop.services.backup import schedule

    settings = schedule.settings(store)
    since = dt.datetime.fromisoformat(added_at)
    if since.tzinfo is not None:
        since = since.astimezone().replace(tzinfo=None)
    folder = settings.folder
    found = {}
    if folder.is_dir():
        for path in folder.glob(f"opd-backup-*{_suffix()}"):
            made = schedule.backup_time(path)
            if made is not None:
                found[made] = path
    moment = now or dt.datetime.now()
    removals = removal_dates(list(found), moment) if settings.daily else {}
    return [
        BackupHolding(found[t], t, removals.get(t))
        for t in sorted(found)
        if t >= since.replace(microsecond=0)
    ]


def _suffix() -> str:
    from opd_desktop.services.backup.backups import SUFFIX

    return SUFFIX


def removal_dates(times: list[dt.datetime], now: dt.datetime) -> dict[dt.datetime, dt.date | None]:
    """When the retention rule (pruning after each daily backup) removes each
    backup, if a backup is made every day from tomorrow on."""
    from opd_desktop.services.backup.schedule import to_keep

    pending = set(times)
    present = list(times)
    result: dict[dt.datetime, dt.date | None] = {}
    for step in range(1, RETENTION_HORIZON_DAYS):
        moment = now + dt.timedelta(days=step)
        present.append(moment)
        kept = to_keep(present)
        for gone in [t for t in pending if t not in kept]:
            result[gone] = moment.date()
            pending.discard(gone)
        present = [t for t in present if t in kept]
        if not pending:
            break
    result.update({t: None for t in pending})
    return result


def delete_backups(paths: list[Path]) -> list[Path]:
    deleted = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted.append(path)
    return deleted


# Suggestion setting --------------------------------------------------------------------


def suggest_after_months(store: Store) -> int:
    value = store.meta(SUGGEST_KEY, "0") or "0"
    return int(value) if value.isdigit() else 0


def set_suggest_after_months(store: Store, months: int) -> None:
    if not 0 <= months <= 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose between 1 and 120 months, or 0 to turn the suggestion off."),
            "months",
        )
    store.set_meta(SUGGEST_KEY, str(months))


def _months_before(moment: dt.datetime, months: int) -> dt.datetime:
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, 28)
    return moment.replace(year=year, month=month + 1, day=day)


def suggestions(store: Store, now: dt.datetime | None = None) -> list[tuple[str, int, dt.date]]:
    """(name, id, archived on) of reports archived longer than the setting; none when off."""
    months = suggest_after_months(store)
    if not months:
        return []
    cutoff = _months_before(now or dt.datetime.now(dt.UTC), months)
    found = []
    for report_id, name, archived_at in store.execute(
        "SELECT id, name, archived_at FROM reports WHERE archived_at IS NOT NULL ORDER BY archived_at"
    ):
        archived = dt.datetime.fromisoformat(archived_at)
        if archived.tzinfo is None:
            archived = archived.replace(tzinfo=dt.UTC)
        if archived < cutoff:
            found.append((name, report_id, archived.date()))
    return found
