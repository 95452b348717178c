-- Sonae schema v1: organization, people and roles, reports, cases, timeline, audit log.
-- Every table but audit_log has a TEXT primary key `id` and is covered by the audit chain.

CREATE TABLE setting (
    id    TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organization (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('municipality', 'partial_affairs_association', 'assembly')),
    prefecture TEXT NOT NULL,
    head_title TEXT NOT NULL,
    ciso_title TEXT NOT NULL
) STRICT;

CREATE TABLE department (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    short_name TEXT NOT NULL
) STRICT;

CREATE TABLE person (
    id            TEXT PRIMARY KEY NOT NULL,
    department_id TEXT REFERENCES department (id),
    name          TEXT NOT NULL,
    name_kana     TEXT NOT NULL,
    title         TEXT NOT NULL
) STRICT;

-- One row per (person, role); id = '<person id>:<role code>'.
CREATE TABLE person_role (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    role      TEXT NOT NULL,
    UNIQUE (person_id, role)
) STRICT;

CREATE TABLE incident_case (
    id         TEXT PRIMARY KEY NOT NULL,
    receipt_no TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    category   TEXT NOT NULL,
    state      TEXT NOT NULL,
    severity   TEXT,
    drill      INTEGER NOT NULL CHECK (drill IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE incident_report (
    id                 TEXT PRIMARY KEY NOT NULL,
    case_id            TEXT REFERENCES incident_case (id),
    source             TEXT NOT NULL,
    reporter_person_id TEXT REFERENCES person (id),
    reporter_name      TEXT NOT NULL,
    reporter_contact   TEXT NOT NULL,
    department_id      TEXT REFERENCES department (id),
    category           TEXT NOT NULL,
    summary            TEXT NOT NULL,
    noticed_at         TEXT,
    occurred_at        TEXT,
    submitted_at       TEXT NOT NULL,
    drill              INTEGER NOT NULL CHECK (drill IN (0, 1))
) STRICT;
CREATE INDEX incident_report_case ON incident_report (case_id);

CREATE TABLE timeline_entry (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES incident_case (id),
    kind        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    text        TEXT NOT NULL
) STRICT;
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, occurred_at);

-- Append-only. hash = SHA-256 chain over prev_hash and every other column (sonae_core::audit).
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    object_table TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    row_json     TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_object ON audit_log (object_table, object_id, seq);
