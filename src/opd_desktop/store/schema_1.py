"""The schema as migration 1 created it (never edited: later migrations change it)."""

SCHEMA_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    number INTEGER CHECK (number BETWEEN 1 AND 7),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'held', 'completed', 'skipped')),
    scheduled_at TEXT,
    duration_minutes INTEGER,
    held_on TEXT,
    summary TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    skip_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX conversations_series ON conversations(report_id, number)
    WHERE number IS NOT NULL;
CREATE INDEX conversations_report ON conversations(report_id, scheduled_at);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    updated_at TEXT NOT NULL,
    UNIQUE (conversation_id, item_key)
);

CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, content='notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL CHECK (owner IN ('employee', 'manager')),
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    created_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX action_items_report ON action_items(report_id, status);

CREATE TABLE ideas (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status TEXT NOT NULL DEFAULT 'captured'
        CHECK (status IN ('captured', 'taken', 'answered', 'shared')),
    taken_on TEXT,
    taken_to TEXT NOT NULL DEFAULT '',
    feedback TEXT NOT NULL DEFAULT '',
    feedback_on TEXT,
    shared_on TEXT,
    shared_in_conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX ideas_report ON ideas(report_id, status);

CREATE TABLE leadership_feedback (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    request TEXT NOT NULL DEFAULT '',
    employee_said TEXT NOT NULL DEFAULT '',
    manager_response TEXT NOT NULL DEFAULT '',
    commitments TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested', 'answered', 'closed')),
    created_at TEXT NOT NULL,
    closed_at TEXT
);

CREATE TABLE profile_entries (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN (
        'clifton_theme', 'strength', 'preference', 'aspiration', 'value', 'career')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    rank INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX profile_entries_report ON profile_entries(report_id, kind, rank);

CREATE TABLE organization (
    field TEXT PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

CREATE TABLE department (
    field TEXT PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'superseded')),
    period_start TEXT,
    period_end TEXT,
    employee_commitments TEXT NOT NULL DEFAULT '',
    manager_commitments TEXT NOT NULL DEFAULT '',
    checkin_cadence_days INTEGER,
    next_review TEXT,
    based_on_plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
    finalized_at TEXT,
    snapshot TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (report_id, version)
);

CREATE TABLE plan_goals (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why TEXT NOT NULL DEFAULT '',
    profile_entry_id INTEGER REFERENCES profile_entries(id) ON DELETE SET NULL,
    success_measure TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE plan_actions (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES plan_goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL CHECK (owner IN ('employee', 'manager')),
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    support_needed TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE metric_definitions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    higher_is_better INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE metric_values (
    id INTEGER PRIMARY KEY,
    metric_id INTEGER NOT NULL REFERENCES metric_definitions(id) ON DELETE CASCADE,
    report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX metric_values_lookup ON metric_values(metric_id, report_id, measured_on);
"""
