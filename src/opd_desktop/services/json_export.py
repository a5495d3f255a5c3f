"""The full export: every table's content in one documented, versioned JSON
file (docs/export-format.md), and its import into an empty data folder.

The export walks the live schema, so tables and columns added by later
migrations are carried without changes here. An import first rebuilds the
data in memory at the schema version the file names, brings it up to this
version with the ordinary migrations, checks it, and only then writes it into
the data folder in one transaction."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from opd_desktop import __version__
from opd_desktop.core.changes import topics_of_tables
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError
from opd_desktop.services import data_file
from opd_desktop.services.files import write_atomic
from opd_desktop.services.schema_map import SchemaMap, quote, read_schema, select_rows
from opd_desktop.store.database import Store, open_store
from opd_desktop.store.migrations import MIGRATION_STEPS, SCHEMA_VERSION, build_migrations

log = logging.getLogger(__name__)

FORMAT = "opd-desktop-export"
FORMAT_VERSION = 1
WHAT = "an OPD Desktop export"
META_TABLE = "meta"
# Settings that describe this computer or this copy of the data, not the data itself.
LOCAL_META_KEYS = frozenset(
    {"app_version", "created_at", "backup_folder", "backup_last_at", "backup_last_path", "backup_last_error"}
    # the data folder's own id (its automatic backups' names) and what it was warned about
    | {"folder_id", "privacy_warned_mode"}
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]

    def summary(self) -> str:
        people = self.counts.get("reports", 0)
        rows = sum(self.counts.values())
        return f"{people} report{'s' if people != 1 else ''}, {rows:,} rows in {len(self.counts)} tables"


def _portable(table: str, row: dict) -> bool:
    return not (table == META_TABLE and row.get("key") in LOCAL_META_KEYS)


def export_document(store: Store) -> dict:
    """Every table of the live schema, rows in key order."""
    schema = read_schema(store.conn)
    tables: dict[str, list[dict]] = {}
    for table in schema.ordered():
        rows = [r for r in select_rows(store.conn, table) if _portable(table.name, r)]
        tables[table.name] = [{k: data_file.encode_value(v) for k, v in r.items()} for r in rows]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "schema_version": store.conn.execute("PRAGMA user_version").fetchone()[0],
        "contents": (
            "Everything this OPD Desktop data folder holds, private notes included. "
            "Keep this file as safe as the data folder itself."
        ),
        "tables": tables,
    }


def export_json(store: Store, target: Path) -> ExportResult:
    document = export_document(store)
    path = write_atomic(Path(target), data_file.dumps(document))
    log.info("full export written (%d tables)", len(document["tables"]))
    return ExportResult(path, {name: len(rows) for name, rows in document["tables"].items()})


# Import ---------------------------------------------------------------------------


def read_document(path: Path) -> dict:
    name = Path(path).name
    document = data_file.parse_json(data_file.read_bytes(path, WHAT), name, WHAT)
    data_file.check_header(document, name, kind=FORMAT, what=WHAT, version=FORMAT_VERSION)
    data_file.check_schema_version(document, name, SCHEMA_VERSION)
    if not isinstance(document.get("tables"), dict):
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", '{name} has no "tables" object; it is damaged.').format(name=name)
        )
    return document


def staged_database(document: dict, name: str) -> sqlite3.Connection:
    """The document's data in an in-memory database at this version's schema."""
    from sqlite_utils import Database

    version = document["schema_version"]
    conn = sqlite3.connect(":memory:", isolation_level=None)  # foreign keys checked once, below
    db = Database(conn)
    migrations = build_migrations()
    if version < SCHEMA_VERSION:
        migrations.apply(db, stop_before=MIGRATION_STEPS[version][0])
    else:
        migrations.apply(db)
        # Nothing migrates this copy further: its triggers (the full-text index) would only
        # do work that the data folder's own triggers do again when the rows are copied.
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {quote(trigger)}")
    schema = read_schema(conn)
    try:
        conn.execute("BEGIN")
        _insert_document(conn, schema, document["tables"], name)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        raise
    if version < SCHEMA_VERSION:
        migrations.apply(db)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        conn.close()
        table, rowid = problems[0][0], problems[0][1]
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is inconsistent: row {rowid} of {table} points at a row that is not in the file.",
            ).format(name=name, rowid=rowid, table=table)
        )
    return conn


def _insert_document(conn: sqlite3.Connection, schema: SchemaMap, tables: dict, name: str) -> None:
    unknown = sorted(set(tables) - set(schema.tables))
    if unknown:
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} has tables this version does not know ({join}); it is damaged."
            ).format(name=name, join=", ".join(unknown))
        )
    for table in schema.ordered():
        rows = tables.get(table.name, [])
        if not isinstance(rows, list):
            raise OpdError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: the {name2} table is not a list of rows; the file is damaged."
                ).format(name=name, name2=table.name)
            )
        verb = "INSERT OR REPLACE" if table.name == META_TABLE else "INSERT"
        batch: list[list] = []
        batch_columns: tuple[str, ...] = ()
        first = 1
        for number, row in enumerate(rows, start=1):
            where = f"{name}: row {number} of {table.name}"
            if not isinstance(row, dict):
                raise OpdError(
                    QT_TRANSLATE_NOOP("Errors", "{where} is not an object; the file is damaged.").format(
                        where=where
                    )
                )
            columns = tuple(row)
            if columns != batch_columns:
                _insert_batch(conn, verb, table.name, batch_columns, batch, name, first)
                extra = sorted(set(columns) - set(table.columns))
                if extra:
                    raise OpdError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{where} has columns this version does not know ({join})."
                        ).format(where=where, join=", ".join(extra))
                    )
                batch, batch_columns, first = [], columns, number
            batch.append([data_file.decode_value(row[c], where) for c in columns])
        _insert_batch(conn, verb, table.name, batch_columns, batch, name, first)


def _insert_batch(
    conn: sqlite3.Connection,
    verb: str,
    table: str,
    columns: tuple[str, ...],
    rows: list[list],
    name: str,
    first: int,
) -> None:
    """Rows with the same columns in one executemany; a refused row is named by its number."""
    if not rows:
        return
    sql = (
        f"{verb} INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    conn.execute("SAVEPOINT batch")
    try:
        conn.executemany(sql, rows)
    except sqlite3.DatabaseError:
        conn.execute("ROLLBACK TO batch")
        for offset, values in enumerate(rows):  # find the row the database refuses
            try:
                conn.execute(sql, values)
            except sqlite3.DatabaseError as exc:
                raise OpdError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name}: row {value} of {table} is refused by the database ({exc}); nothing was imported.",  # noqa: E501
                    ).format(name=name, value=first + offset, table=table, exc=exc)
                ) from None
    finally:
        conn.execute("RELEASE batch")


@dataclass(frozen=True)
class ImportResult:
    data_dir: Path
    counts: dict[str, int]

    def summary(self) -> str:
        people = self.counts.get("reports", 0)
        return f"{people} report{'s' if people != 1 else ''}, {sum(self.counts.values()):,} rows"


def check_empty(store: Store) -> None:
    schema = read_schema(store.conn)
    for table in schema.ordered():
        if table.name == META_TABLE:
            continue
        if store.execute(f"SELECT 1 FROM {quote(table.name)} LIMIT 1").fetchone():
            count = store.execute("SELECT count(*) FROM reports").fetchone()[0]
            raise OpdError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder {data_dir} already holds data ({count} reports). A full export is imported only into an empty data folder: name a new one with --data-dir.",  # noqa: E501
                ).format(data_dir=store.data_dir, count=count)
            )


def import_json(data_dir: Path | str | None, path: Path) -> ImportResult:
    """Recreate the exported data in an empty data folder, in one transaction."""
    name = Path(path).name
    store = open_store(data_dir)
    try:
        check_empty(store)  # before reading a large file
        staged = staged_database(read_document(path), name)
        try:
            counts = copy_all(staged, store)
        finally:
            staged.close()
        folder = store.data_dir
    finally:
        store.close()
    log.info("full export imported (%d rows)", sum(counts.values()))
    return ImportResult(folder, counts)


def copy_all(source: sqlite3.Connection, store: Store) -> dict[str, int]:
    schema = read_schema(store.conn)
    counts: dict[str, int] = {}
    with store.write(*topics_of_tables(schema.tables)):
        store.execute("PRAGMA defer_foreign_keys = ON")
        for table in schema.ordered():
            rows = select_rows(source, table)
            verb = "INSERT OR REPLACE" if table.name == META_TABLE else "INSERT"
            columns = ", ".join(quote(c) for c in table.columns)
            store.conn.executemany(
                f"{verb} INTO {quote(table.name)} ({columns}) VALUES ({', '.join('?' * len(table.columns))})",
                [tuple(r[c] for c in table.columns) for r in rows if _portable(table.name, r)],
            )
            counts[table.name] = len(rows)
    return counts
