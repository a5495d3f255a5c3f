"""What the live database schema looks like, read from SQLite itself.

The full export, the handover file and the purge all walk every table the
schema has, so a column or table added by a later migration is carried (or
deleted) without anyone having to remember this module. Nothing here knows a
table by name except `reports`, the root of one person's record.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

ROOT_TABLE = "reports"
# Tables that belong to the machinery, not to the manager's data.
_INTERNAL_PREFIXES = ("sqlite_", "_sqlite_")


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str  # the parent table
    parent_column: str  # usually the parent's primary key
    not_null: bool


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    unique_columns: tuple[str, ...] = ()  # single columns with a UNIQUE constraint

    @property
    def integer_key(self) -> str | None:
        """The INTEGER PRIMARY KEY (rowid alias) if the table has one."""
        return self.primary_key[0] if len(self.primary_key) == 1 else None


@dataclass
class SchemaMap:
    tables: dict[str, Table]
    fts_tables: list[str] = field(default_factory=list)

    def ordered(self) -> list[Table]:
        """Every data table, parents before children (self-references ignored)."""
        done: list[str] = []
        pending = sorted(self.tables)
        while pending:
            progressed = False
            for name in list(pending):
                parents = {fk.table for fk in self.tables[name].foreign_keys if fk.table != name}
                if all(p in done or p not in self.tables for p in parents):
                    done.append(name)
                    pending.remove(name)
                    progressed = True
            if not progressed:  # a cycle: keep the remaining tables in name order
                done.extend(pending)
                break
        return [self.tables[n] for n in done]

    def owned_tables(self) -> list[Table]:
        """Tables whose rows belong to one report: the report table itself and
        every table with a foreign key that leads to it, in parent-first order."""
        owned: list[Table] = []
        names: set[str] = set()
        for table in self.ordered():
            if table.name == ROOT_TABLE or any(fk.table in names for fk in table.foreign_keys):
                owned.append(table)
                names.add(table.name)
        return owned


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote(name: str) -> str:
    """An identifier quoted for SQL (table and column names come from the schema)."""
    return _quote(name)


def read_schema(conn: sqlite3.Connection) -> SchemaMap:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    fts = [name for name, sql in rows if name in virtual and "USING FTS" in (sql or "").upper()]
    tables: dict[str, Table] = {}
    for name, _sql in rows:
        if name.startswith(_INTERNAL_PREFIXES) or name in virtual:
            continue
        if any(name.startswith(f"{v}_") for v in virtual):  # a virtual table's shadow tables
            continue
        info = conn.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
        columns = tuple(r[1] for r in info)
        not_null = {r[1] for r in info if r[3]}
        primary = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        keys = []
        for fk in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})").fetchall():
            _id, _seq, parent, column, parent_column = fk[:5]
            keys.append(ForeignKey(column, parent, parent_column or "id", column in not_null))
        unique = []
        for index in conn.execute(f"PRAGMA index_list({_quote(name)})").fetchall():
            if index[2] and index[3] == "u":  # unique, made by a UNIQUE constraint
                indexed = conn.execute(f"PRAGMA index_info({_quote(index[1])})").fetchall()
                if len(indexed) == 1:
                    unique.append(indexed[0][2])
        tables[name] = Table(name, columns, primary, tuple(keys), tuple(unique))
    return SchemaMap(tables, fts)


def owned_row_ids(conn: sqlite3.Connection, schema: SchemaMap, report_id: int) -> dict[str, list[int]]:
    """For every owned table, the ids (integer keys) of the rows that belong to
    this report: a row belongs when one of its foreign keys points at a row that
    belongs (the report row itself is the start)."""
    found: dict[str, list[int]] = {}
    for table in schema.owned_tables():
        key = table.integer_key
        if key is None:
            continue
        if table.name == ROOT_TABLE:
            found[table.name] = [report_id]
            continue
        ids: set[int] = set()
        for fk in table.foreign_keys:
            parents = found.get(fk.table)
            if fk.table == table.name or not parents:
                continue
            for chunk in _chunks(parents):
                marks = ",".join("?" * len(chunk))
                ids.update(
                    r[0]
                    for r in conn.execute(
                        f"SELECT {_quote(key)} FROM {_quote(table.name)} "
                        f"WHERE {_quote(fk.column)} IN ({marks})",
                        chunk,
                    )
                )
        found[table.name] = sorted(ids)
    return found


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def select_rows(conn: sqlite3.Connection, table: Table, ids: list[int] | None = None) -> list[dict]:
    """Rows of `table` as dicts in key order; only `ids` when given."""
    columns = ", ".join(_quote(c) for c in table.columns)
    order = ", ".join(_quote(c) for c in table.primary_key) or "rowid"
    sql = f"SELECT {columns} FROM {_quote(table.name)}"
    if ids is None:
        cursor = conn.execute(f"{sql} ORDER BY {order}")
        return [dict(zip(table.columns, r, strict=True)) for r in cursor.fetchall()]
    rows: list[dict] = []
    key = table.integer_key or "rowid"
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cursor = conn.execute(f"{sql} WHERE {_quote(key)} IN ({marks}) ORDER BY {order}", chunk)
        rows += [dict(zip(table.columns, r, strict=True)) for r in cursor.fetchall()]
    return rows
