"""Handing one report's record to another manager.

The outgoing manager writes one person's rows (every table that leads to the
report, read from the live schema) into a JSON file, without their private
text unless asked; the file may be encrypted with a passphrase in the backup
file format. The receiving manager imports it into their own data folder: the
rows get new ids next to their team, shared rows the record points at (metric
definitions) are matched by name, and nobody else's data is touched."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from opd_desktop import __version__
from opd_desktop.core.changes import Topic, topics_of_tables
from opd_desktop.core.dates import now_stamp
from opd_desktop.core.i18n_marks import QT_TRANSLATE_NOOP
from opd_desktop.errors import OpdError, ValidationError
from opd_desktop.services import data_file, reports
from opd_desktop.services.audience_rules import is_private, private_by_row
from opd_desktop.services.files import write_atomic
from opd_desktop.services.schema_map import (
    ROOT_TABLE,
    SchemaMap,
    owned_row_ids,
    quote,
    read_schema,
    select_rows,
)
from opd_desktop.services.text import MAX_NAME_LENGTH, clean_line, name_key
from opd_desktop.store.database import Store

log = logging.getLogger(__name__)

FORMAT = "opd-desktop-handover"
FORMAT_VERSION = 1
WHAT = "an OPD Desktop handover file"
SUFFIX = ".opdhandover"
TOPIC = Topic.REPORTS


class NameClashError(ValidationError):
    """The receiving team already has someone of that name."""

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is already on your team. Import the record under another name, for example: "
                'opd import report FILE --as "{name} (2)".',
            ).format(name=name),
            "name",
        )
        self.name = name


class PassphraseNeededError(OpdError):
    """The handover file is encrypted and no passphrase was given."""


@dataclass(frozen=True)
class HandoverFile:
    path: Path
    name: str
    counts: dict[str, int]
    private_included: bool
    encrypted: bool

    def describe(self) -> str:
        return describe_contents(self.name, self.counts, self.private_included)


def _plural(count: int, word: str) -> str:
    label = word.replace("_", " ")
    if count == 1 and label.endswith("s"):
        label = label[:-1]
    return f"{count} {label}"


def describe_counts(counts: dict[str, int]) -> str:
    parts = [_plural(n, t) for t, n in counts.items() if t != ROOT_TABLE and n]
    return ", ".join(parts) or "no conversations yet"


def describe_contents(name: str, counts: dict[str, int], private_included: bool) -> str:
    privacy = (
        "It INCLUDES the previous manager's private notes."
        if private_included
        else "The previous manager's private notes are not included."
    )
    return f"The record of {name}: {describe_counts(counts)}. {privacy}"


def _strip_private(table: str, rows: list[dict]) -> list[dict]:
    kept = []
    for row in rows:
        if private_by_row(table, row):
            continue  # a row marked private (a private note) stays out whole
        private = [column for column in row if is_private(table, column, row)]
        kept.append({**row, **{c: "" for c in private if isinstance(row[c], str)}})
    return kept


def build_document(store: Store, report_id: int, *, include_private: bool = False) -> dict:
    report = reports.get_report(store, report_id)
    schema = read_schema(store.conn)
    owned = owned_row_ids(store.conn, schema, report_id)
    tables: dict[str, list[dict]] = {}
    references: dict[str, set[int]] = {}
    for table in schema.owned_tables():
        if table.integer_key is None:
            continue
        rows = select_rows(store.conn, table, owned.get(table.name, []))
        if not include_private:
            rows = _strip_private(table.name, rows)
        tables[table.name] = rows
        for fk in table.foreign_keys:
            if fk.table not in schema.tables:
                continue
            # rows outside the record: a shared table's (a team metric), or a table only
            # partly this report's (metric definitions: its own and the team's)
            mine = set(owned.get(fk.table, []))
            outside = {r[fk.column] for r in rows if r[fk.column] is not None} - mine
            if not outside:
                continue
            if fk.table == table.name:  # e.g. an idea merged into someone else's: not theirs to carry
                for r in rows:
                    if r[fk.column] in outside:
                        r[fk.column] = None
                continue
            references.setdefault(fk.table, set()).update(outside)
    shared = {
        name: select_rows(store.conn, schema.tables[name], sorted(ids)) for name, ids in references.items()
    }
    counts = {name: len(rows) for name, rows in tables.items()}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "schema_version": store.conn.execute("PRAGMA user_version").fetchone()[0],
        "report_name": report.name,
        "contents": {
            "description": describe_contents(report.name, counts, include_private),
            "private_notes_included": include_private,
            "counts": counts,
        },
        "references": {n: [_encoded(r) for r in rows] for n, rows in shared.items()},
        "tables": {n: [_encoded(r) for r in rows] for n, rows in tables.items()},
    }


def _encoded(row: dict) -> dict:
    return {k: data_file.encode_value(v) for k, v in row.items()}


def export_report(
    store: Store,
    report_id: int,
    target: Path,
    *,
    include_private: bool = False,
    passphrase: str | None = None,
) -> HandoverFile:
    """Write one report's record to `target` (0600, atomically); encrypted with
    `passphrase` in the backup file format when one is given."""
    document = build_document(store, report_id, include_private=include_private)
    data = data_file.dumps(document)
    if passphrase is not None:
        from opd_desktop.services.backup import file_format

        data = file_format.encrypt(data, passphrase)
    path = write_atomic(Path(target), data)
    log.info("handover file written (private text %s)", "included" if include_private else "left out")
    return HandoverFile(
        path, document["report_name"], document["contents"]["counts"], include_private, passphrase is not None
    )


# Reading ---------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    from opd_desktop.services.backup import file_format

    try:
        with open(Path(path).expanduser(), "rb") as handle:
            return handle.read(len(file_format.MAGIC)) == file_format.MAGIC
    except OSError:
        return False


def read_document(path: Path, passphrase: str | None = None) -> dict:
    """The handover document in `path`, decrypted when it is encrypted."""
    from opd_desktop.services.backup import file_format

    name = Path(path).name
    data = data_file.read_bytes(path, WHAT)
    if data[: len(file_format.MAGIC)] == file_format.MAGIC:
        if not passphrase:
            raise PassphraseNeededError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is encrypted: give the passphrase the previous manager chose (OPD_HANDOVER_PASSPHRASE, or type it when asked).",  # noqa: E501
                ).format(name=name)
            )
        data = _decrypt(data, passphrase, name)
    document = data_file.parse_json(data, name, WHAT)
    data_file.check_header(document, name, kind=FORMAT, what=WHAT, version=FORMAT_VERSION)
    from opd_desktop.store.migrations import SCHEMA_VERSION

    data_file.check_schema_version(document, name, SCHEMA_VERSION)
    tables, refs = document.get("tables"), document.get("references", {})
    if not isinstance(tables, dict) or not isinstance(refs, dict):
        raise OpdError(
            QT_TRANSLATE_NOOP("Errors", '{name} has no "tables" object; it is damaged.').format(name=name)
        )
    people = tables.get(ROOT_TABLE)
    if not isinstance(people, list) or len(people) != 1 or not isinstance(people[0], dict):
        raise OpdError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} does not hold exactly one report's record; it is damaged."
            ).format(name=name)
        )
    return document


class HandoverFileError(OpdError):
    """An encrypted handover file that cannot be opened; exit codes as for backups."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _decrypt(data: bytes, passphrase: str, name: str) -> bytes:
    """The backup file format's decryption, with messages about a handover file."""
    from opd_desktop.services.backup import file_format
    from opd_desktop.services.backup.errors import (
        BackupError,
        DamagedBackupError,
        NewerBackupError,
        WrongPassphraseError,
    )

    try:
        return file_format.decrypt(data, passphrase)
    except WrongPassphraseError:
        raise HandoverFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Wrong passphrase for {name}: ask the previous manager for the passphrase they chose.",
            ).format(name=name),
            WrongPassphraseError.exit_code,
        ) from None
    except DamagedBackupError as exc:
        detail = str(exc).split("(", 1)[-1].split(")", 1)[0]
        raise HandoverFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is damaged ({detail}); ask the previous manager to write it again."
            ).format(name=name, detail=detail),
            DamagedBackupError.exit_code,
        ) from None
    except NewerBackupError:
        raise HandoverFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was encrypted by a newer version of OPD Desktop; install that version to import it.",
            ).format(name=name),
            NewerBackupError.exit_code,
        ) from None
    except BackupError as exc:
        raise HandoverFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be decrypted: {exc}").format(name=name, exc=exc), 1
        ) from None


@dataclass(frozen=True)
class Preview:
    name: str
    description: str
    private_included: bool
    clash: bool
    exported_at: str
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, for the reader's own wording


def preview(store: Store, path: Path, passphrase: str | None = None) -> Preview:
    document = read_document(path, passphrase)
    name = document["tables"][ROOT_TABLE][0].get("name", "")
    return Preview(
        name=str(name),
        description=str(document.get("contents", {}).get("description", "")),
        private_included=bool(document.get("contents", {}).get("private_notes_included")),
        clash=_name_taken(store, str(name)),
        exported_at=str(document.get("exported_at", "")),
        counts={str(k): int(v) for k, v in dict(document.get("contents", {}).get("counts", {})).items()},
    )


def _name_taken(store: Store, name: str) -> bool:
    key = name_key(name)
    return any(name_key(r.name) == key for r in reports.list_reports(store))


@dataclass(frozen=True)
class Imported:
    report_id: int
    name: str
    counts: dict[str, int]
    private_included: bool
    description: str


def import_report(
    store: Store, path: Path, *, new_name: str | None = None, passphrase: str | None = None
) -> Imported:
    """Add the record in `path` to this data folder's team, in one transaction."""
    from opd_desktop.services.json_export import staged_database

    name = Path(path).name
    document = read_document(path, passphrase)
    wanted = new_name if new_name is not None else str(document["tables"][ROOT_TABLE][0].get("name", ""))
    clean_name = clean_line(wanted, "name", required=True, max_length=MAX_NAME_LENGTH)
    staged = staged_database(
        {
            "schema_version": document["schema_version"],
            "tables": _joined(document["references"], document["tables"]),
        },
        name,
    )
    try:
        schema = read_schema(staged)
        with store.write(TOPIC, Topic.CONVERSATIONS, *topics_of_tables(schema.tables)):
            if _name_taken(store, clean_name):
                raise NameClashError(clean_name)
            counts, report_id = _insert_record(staged, schema, store, clean_name)
    finally:
        staged.close()
    contents = document.get("contents", {})
    log.info("handover file imported")
    return Imported(
        report_id,
        clean_name,
        counts,
        bool(contents.get("private_notes_included")),
        describe_contents(clean_name, counts, bool(contents.get("private_notes_included"))),
    )


def _insert_record(
    staged: sqlite3.Connection, schema: SchemaMap, store: Store, name: str
) -> tuple[dict[str, int], int]:
    owned_names = {t.name for t in schema.owned_tables()}
    new_ids: dict[str, dict[int, int]] = {}
    counts: dict[str, int] = {}
    stamp = now_stamp()
    for table in schema.ordered():
        rows = select_rows(staged, table)
        if not rows:
            continue
        ids = new_ids.setdefault(table.name, {})
        key = table.integer_key
        if table.name not in owned_names:
            for row in rows:  # a shared row the record points at
                ids[row[key]] = _match_or_insert(store, table, row, new_ids)
            continue
        if table.name != ROOT_TABLE:
            shared = [row for row in rows if not _points_into(row, table, owned_names)]
            for row in shared:  # a partly owned table's shared rows (the team's metrics)
                ids[row[key]] = _match_or_insert(store, table, row, new_ids)
            rows = [row for row in rows if _points_into(row, table, owned_names)]
        later: list[tuple[int, str, int]] = []  # self-references to rows not inserted yet
        for row in rows:
            values = dict(row)
            old_id = values.pop(key) if key else None
            for fk in table.foreign_keys:
                old = values.get(fk.column)
                if old is None:
                    continue
                if fk.table == table.name and old not in ids:
                    later.append((old_id, fk.column, old))
                    values[fk.column] = None
                    continue
                values[fk.column] = new_ids.get(fk.table, {}).get(old)
            if table.name == ROOT_TABLE:
                values.update(name=name, archived_at=None, updated_at=stamp)
            new_id = _insert(store, table.name, values)
            if old_id is not None:
                ids[old_id] = new_id
        for old_id, column, old_target in later:
            store.execute(
                f"UPDATE {quote(table.name)} SET {quote(column)} = ? WHERE {quote(key)} = ?",
                [ids.get(old_target), ids[old_id]],
            )
        counts[table.name] = len(rows)
    return counts, new_ids[ROOT_TABLE][next(iter(new_ids[ROOT_TABLE]))]


def _joined(references: dict[str, list], tables: dict[str, list]) -> dict[str, list]:
    """The file's shared and owned rows per table (a table can hold both)."""
    joined = {name: list(rows) for name, rows in references.items()}
    for name, rows in tables.items():
        joined[name] = joined.get(name, []) + list(rows)
    return joined


def _points_into(row: dict, table, owned_names: set[str]) -> bool:
    """Whether a row belongs to the record: one of its keys points at an owned table's row."""
    return any(
        row.get(fk.column) is not None and fk.table in owned_names and fk.table != table.name
        for fk in table.foreign_keys
    )


def _insert(store: Store, table: str, values: dict) -> int:
    columns = list(values)
    cursor = store.execute(
        f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [values[c] for c in columns],
    )
    return cursor.lastrowid


def _match_or_insert(store: Store, table, row: dict, new_ids: dict[str, dict[int, int]]) -> int:
    """The receiving folder's row equal to `row` by its unique column, else a new one."""
    key = table.integer_key
    for column in table.unique_columns:
        if row.get(column) is None:
            continue
        found = store.execute(
            f"SELECT {quote(key)} FROM {quote(table.name)} WHERE {quote(column)} = ?", [row[column]]
        ).fetchone()
        if found:
            return found[0]
    values = {c: v for c, v in row.items() if c != key}
    for fk in table.foreign_keys:
        if values.get(fk.column) is not None:
            values[fk.column] = new_ids.get(fk.table, {}).get(values[fk.column])
    return _insert(store, table.name, values)
