"""Numbered schema migrations.

Each migration runs in its own transaction (sqlite-utils `Migrations`) and ends
by setting `PRAGMA user_version` to its number, so the version moves with the
schema or not at all. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration is due
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

from opd_desktop.store.schema_1 import SCHEMA_1
from opd_desktop.store.search_index_sql import (
    M004_CONVERSATION_DATE,
    M004_SOURCES,
    SEARCH_INDEX_SQL,
    m004_entry,
    m004_folded,
    m004_rowid,
    m004_search_backfill,
)

MIGRATION_SET = "opd"


def _run_script(db: Database, script: str) -> None:
    """Run a multi-statement script inside the current transaction
    (`executescript` would commit it)."""
    statements = [s.strip() for s in _split_statements(script) if s.strip()]
    for statement in statements:
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    import sqlite3

    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current)
            current = ""
    if current.strip():
        statements.append(current)
    return statements


def _m001_initial_schema(db: Database) -> None:
    _run_script(db, SCHEMA_1)


def _m002_audience(db: Database) -> None:
    """Every word has an audience (issue 9). Notes become private by default;
    text written under the old default (shared) is read the safe way: private.
    Agreed next steps are shared from now on, except those already written.
    Conversations get the recap written for the employee."""
    _run_script(
        db,
        """
        ALTER TABLE conversations ADD COLUMN recap TEXT NOT NULL DEFAULT '';
        ALTER TABLE conversations ADD COLUMN next_steps_private INTEGER NOT NULL DEFAULT 0
            CHECK (next_steps_private IN (0, 1));
        UPDATE conversations SET next_steps_private = 1 WHERE trim(next_steps) != '';
        UPDATE notes SET private = 1 WHERE private = 0
            AND item_key NOT IN ('summary_employee', 'summary_manager', 'summary_agreement');
        """,
    )


def _m003_proposed_by(db: Database) -> None:
    """Who proposed a plan goal or action: the manager, or the employee through
    their draft-plan worksheet (shown as such on the plan page and PDF)."""
    for table in ("plan_goals", "plan_actions"):
        db.execute(
            f"ALTER TABLE {table} ADD COLUMN proposed_by TEXT NOT NULL DEFAULT 'manager' "
            "CHECK (proposed_by IN ('manager', 'employee'))"
        )


# Migration 4 (the rhythm): a cadence per report, the time a conversation was
# held, and one full-text index over everything the manager may look for (its
# sources and triggers are written out in store/search_index_sql.py).
def _m004_rhythm(db: Database) -> None:
    db.execute(
        "ALTER TABLE reports ADD COLUMN cadence_days INTEGER "
        "CHECK (cadence_days IS NULL OR cadence_days BETWEEN 7 AND 92)"
    )
    db.execute("ALTER TABLE conversations ADD COLUMN held_at TEXT")
    db.execute(
        "UPDATE conversations SET held_at = held_on || ' ' "
        "|| coalesce(nullif(substr(scheduled_at, 12, 5), ''), '09:00') WHERE held_on IS NOT NULL"
    )
    # Contentless: the words are indexed, the text is not stored a second time.
    # Prefix indexes of 1-8 characters let a word being typed be read lazily.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(folded, report, content='', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8')"
    )
    for statement in m004_search_backfill():
        db.execute(statement)
    for kind, table, text, date, report, condition in M004_SOURCES:
        values = (kind, text, date, report, condition)
        add_new = m004_entry(*values, "new", delete=False)
        remove_old = m004_entry(*values, "old", delete=True)
        db.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add_new} END")
        db.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {remove_old} {add_new} END"
        )
        db.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {remove_old} END")

    # A note's entry depends on its conversation (date, report), a goal's on its plan: when the
    # conversation's date changes the notes move with it, and before a conversation or a plan is
    # deleted their children's entries go (the children's own triggers then find no parent).
    def notes_of(conversation: str, *, delete: bool) -> str:
        date = M004_CONVERSATION_DATE.format(r=conversation)
        command = "'delete', " if delete else ""
        columns = "search_index, rowid, folded, report" if delete else "rowid, folded, report"
        return (
            f"INSERT INTO search_index({columns}) SELECT {command}{m004_rowid(1, date, 'n')}, "
            f"{m004_folded('n.body')}, 'r' || {conversation}.report_id FROM notes n "
            f"WHERE n.conversation_id = {conversation}.id AND n.item_key != 'checklist' "
            "AND length(trim(n.body)) > 0;"
        )

    old_date = M004_CONVERSATION_DATE.format(r="old")
    new_date = M004_CONVERSATION_DATE.format(r="new")
    db.execute(
        f"CREATE TRIGGER conversations_search_notes_au AFTER UPDATE ON conversations "
        f"WHEN {old_date} IS NOT {new_date} BEGIN {notes_of('old', delete=True)} "
        f"{notes_of('new', delete=False)} END"
    )
    db.execute(
        "CREATE TRIGGER conversations_search_notes_bd BEFORE DELETE ON conversations "
        f"BEGIN {notes_of('old', delete=True)} END"
    )
    goal = M004_SOURCES[-1]
    goals_of_plan = m004_entry(
        goal[0],
        goal[2],
        goal[3],
        goal[4],
        "1",
        "g",
        delete=True,
        source="plan_goals g",
        where="g.plan_id = old.id",
    )
    db.execute(f"CREATE TRIGGER plans_search_goals_bd BEFORE DELETE ON plans BEGIN {goals_of_plan} END")


_SCHEMA_5 = """
CREATE TABLE metric_definitions_v5 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    higher_is_better INTEGER NOT NULL DEFAULT 1,
    report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
    target REAL,
    template TEXT NOT NULL DEFAULT '',
    agreed_in INTEGER CHECK (agreed_in BETWEEN 1 AND 7),
    agreed_on TEXT,
    -- a team metric's folded name (NULL for a report's own): unique, and how a handed-over
    -- record finds the receiving team's metric of the same name; kept by the triggers below
    team_key TEXT UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE metric_values_v5 (
    id INTEGER PRIMARY KEY,
    metric_id INTEGER NOT NULL REFERENCES metric_definitions_v5(id) ON DELETE CASCADE,
    report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    corrects_id INTEGER REFERENCES metric_values_v5(id) ON DELETE SET NULL,
    replaced_at TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE ideas_v5 (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status TEXT NOT NULL DEFAULT 'captured'
        CHECK (status IN ('captured', 'taken', 'answered', 'shared', 'dropped', 'merged')),
    taken_on TEXT,
    taken_to TEXT NOT NULL DEFAULT '',
    feedback TEXT NOT NULL DEFAULT '',
    feedback_on TEXT,
    outcome TEXT CHECK (outcome IN ('adopted', 'declined', 'parked')),
    shared_on TEXT,
    shared_in_conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    drop_reason TEXT NOT NULL DEFAULT '',
    merged_into_id INTEGER REFERENCES ideas_v5(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
);

ALTER TABLE reports ADD COLUMN archive_reason TEXT
    CHECK (archive_reason IN ('left_company', 'moved_manager', 'other'));
ALTER TABLE reports ADD COLUMN left_on TEXT;

ALTER TABLE leadership_feedback ADD COLUMN commitment_status TEXT NOT NULL DEFAULT 'open'
    CHECK (commitment_status IN ('open', 'kept', 'not_kept'));
ALTER TABLE leadership_feedback ADD COLUMN commitment_checked_on TEXT;

ALTER TABLE plan_goals ADD COLUMN outcome TEXT
    CHECK (outcome IN ('achieved', 'partly', 'not_achieved'));
ALTER TABLE plan_goals ADD COLUMN outcome_on TEXT;

-- the secret behind the metrics export's pseudonyms, made once so an export never writes
INSERT INTO meta(key, value) VALUES ('export_pseudonym_secret', lower(hex(randomblob(32))))
    ON CONFLICT(key) DO NOTHING;
"""


_SCHEMA_5_AFTER = """
DROP TABLE metric_values;
DROP TABLE metric_definitions;
DROP TABLE ideas;
ALTER TABLE metric_definitions_v5 RENAME TO metric_definitions;
ALTER TABLE metric_values_v5 RENAME TO metric_values;
ALTER TABLE ideas_v5 RENAME TO ideas;
"""

_SCHEMA_5_INDEXES = """
UPDATE metric_definitions SET name = name || ' (' || id || ')'
    WHERE id NOT IN (SELECT min(id) FROM metric_definitions GROUP BY coalesce(report_id, 0), lower(name));
UPDATE metric_definitions SET team_key = lower(name) WHERE report_id IS NULL;
CREATE TRIGGER metric_definitions_team_key_ai AFTER INSERT ON metric_definitions BEGIN
    UPDATE metric_definitions SET team_key = CASE WHEN new.report_id IS NULL THEN lower(new.name) END
        WHERE id = new.id;
END;
CREATE TRIGGER metric_definitions_team_key_au AFTER UPDATE OF name, report_id ON metric_definitions BEGIN
    UPDATE metric_definitions SET team_key = CASE WHEN new.report_id IS NULL THEN lower(new.name) END
        WHERE id = new.id;
END;
CREATE UNIQUE INDEX IF NOT EXISTS metric_definitions_name
    ON metric_definitions(coalesce(report_id, 0), lower(name));
CREATE INDEX IF NOT EXISTS metric_values_lookup ON metric_values(metric_id, report_id, measured_on);
CREATE INDEX IF NOT EXISTS ideas_report ON ideas(report_id, status);
"""


def _copy_rows(db: Database, old: str, new: str) -> None:
    """Copy every row of `old` into its rebuilt `new`, keeping any column an
    earlier migration added that the new definition does not name."""

    def columns(table: str) -> list[tuple]:
        return db.execute(f"PRAGMA table_info({table})").fetchall()

    known = {row[1] for row in columns(new)}
    for _cid, name, kind, notnull, default, _pk in columns(old):
        if name not in known:
            clause = f"{name} {kind}"
            if default is not None:
                clause += f" DEFAULT {default}"
                if notnull:
                    clause += " NOT NULL"
            db.execute(f"ALTER TABLE {new} ADD COLUMN {clause}")
    shared = ", ".join(row[1] for row in columns(old))
    db.execute(f"INSERT INTO {new}({shared}) SELECT {shared} FROM {old}")


def _m005_metrics_and_outcomes(db: Database) -> None:
    """Metrics per report or for the team, with targets, templates and value
    history; ideas that can be dropped, merged and answered with an outcome;
    why a report was archived; commitment and goal outcomes. Tables whose
    constraints change are rebuilt (SQLite cannot alter a CHECK or UNIQUE)."""
    rebuilt = ("metric_definitions", "metric_values", "ideas")
    # indexes and triggers other migrations put on these tables (the search index's, say)
    # go with the old tables; they are made again on the new ones
    marks = ", ".join("?" * len(rebuilt))
    kept = [
        sql
        for (sql,) in db.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type",
            list(rebuilt),
        ).fetchall()
    ]
    _run_script(db, _SCHEMA_5)
    for table in rebuilt:
        _copy_rows(db, table, f"{table}_v5")
    _run_script(db, _SCHEMA_5_AFTER)
    for sql in kept:
        db.execute(sql)
    _run_script(db, _SCHEMA_5_INDEXES)


# Migration 6: one full-text index (see SEARCH_INDEX_SQL for the prefix lengths).
def _m006_one_search_index(db: Database) -> None:
    for trigger in ("notes_ai", "notes_ad", "notes_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS notes_fts")
    # The triggers of migration 4 name the index, not its definition: they write to the new one.
    db.execute("DROP TABLE search_index")
    db.execute(SEARCH_INDEX_SQL)
    for statement in m004_search_backfill():
        db.execute(statement)
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


# The ordered list of migrations. The schema version is its length.
MIGRATION_STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("m001_initial_schema", _m001_initial_schema),
    ("m002_audience", _m002_audience),
    ("m003_proposed_by", _m003_proposed_by),
    ("m004_rhythm", _m004_rhythm),
    ("m005_metrics_and_outcomes", _m005_metrics_and_outcomes),
    ("m006_one_search_index", _m006_one_search_index),
]
SCHEMA_VERSION = len(MIGRATION_STEPS)


def build_migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for number, (name, step) in enumerate(MIGRATION_STEPS, start=1):

        def apply(db: Database, step: Callable[[Database], None] = step, number: int = number):
            step(db)
            db.execute(f"PRAGMA user_version = {number}")

        apply.__name__ = name
        migrations(name=name)(apply)
    return migrations
