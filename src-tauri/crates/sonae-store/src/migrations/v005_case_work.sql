-- Sonae schema v5: the work inside a case — tasks and the recovery checklist, playbook revisions,
-- evidence with content-addressed files and custody, meetings and decisions, root cause and
-- recurrence-prevention measures (000 §5.3(3)③–⑤, 004 第6条, 第69条–第71条).

ALTER TABLE incident_case ADD COLUMN cause_category TEXT;
ALTER TABLE incident_case ADD COLUMN cause_narrative TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_case ADD COLUMN ciso_instructions TEXT NOT NULL DEFAULT '';

-- An organization's own revision of a category's playbook (revision 0, the built-in one, is not
-- stored). Never updated or deleted.
CREATE TABLE playbook_revision (
    id         TEXT PRIMARY KEY NOT NULL,
    category   TEXT NOT NULL,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    steps_json TEXT NOT NULL,
    note       TEXT NOT NULL,
    saved_by   TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    UNIQUE (category, revision)
) STRICT;

CREATE TABLE case_task (
    id                 TEXT PRIMARY KEY NOT NULL,
    case_id            TEXT NOT NULL REFERENCES incident_case (id),
    list               TEXT NOT NULL CHECK (list IN ('response', 'recovery')),
    kind               TEXT NOT NULL,
    title              TEXT NOT NULL,
    mandatory          INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
    assignee_person_id TEXT REFERENCES person (id),
    due_at             TEXT,
    status             TEXT NOT NULL CHECK (status IN ('open', 'done', 'waived')),
    note               TEXT NOT NULL,
    playbook_revision  INTEGER,
    position           INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    closed_by          TEXT,
    closed_at          TEXT
) STRICT;
CREATE INDEX case_task_case ON case_task (case_id, list, position);

CREATE TABLE evidence (
    id            TEXT PRIMARY KEY NOT NULL,
    case_id       TEXT NOT NULL REFERENCES incident_case (id),
    description   TEXT NOT NULL,
    source        TEXT NOT NULL,
    source_detail TEXT NOT NULL,
    collected_by  TEXT NOT NULL,
    collected_at  TEXT NOT NULL,
    storage_place TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_case ON evidence (case_id);

-- The bytes live in <data dir>/evidence/<sha256>; this row and the audit chain keep the hash.
CREATE TABLE evidence_file (
    id          TEXT PRIMARY KEY NOT NULL,
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_file_evidence ON evidence_file (evidence_id);

CREATE TABLE custody_transfer (
    id          TEXT PRIMARY KEY NOT NULL,
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    from_holder TEXT NOT NULL,
    to_holder   TEXT NOT NULL,
    at          TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX custody_transfer_evidence ON custody_transfer (evidence_id, at);

CREATE TABLE meeting (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES incident_case (id),
    held_at      TEXT NOT NULL,
    participants TEXT NOT NULL,
    agenda       TEXT NOT NULL,
    notes        TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_case ON meeting (case_id);

CREATE TABLE decision (
    id            TEXT PRIMARY KEY NOT NULL,
    case_id       TEXT NOT NULL REFERENCES incident_case (id),
    meeting_id    TEXT REFERENCES meeting (id),
    text          TEXT NOT NULL,
    proposed_by   TEXT NOT NULL,
    proposed_at   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
    decided_by    TEXT,
    decided_at    TEXT,
    decision_note TEXT NOT NULL,
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
) STRICT;
CREATE INDEX decision_case ON decision (case_id);

CREATE TABLE measure (
    id         TEXT PRIMARY KEY NOT NULL,
    case_id    TEXT NOT NULL REFERENCES incident_case (id),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('done', 'planned')),
    owner      TEXT NOT NULL,
    due_on     TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX measure_case ON measure (case_id);

-- A case marked as a duplicate of, or related to, another (000 §5.3(3)①). Links are kept forever.
CREATE TABLE case_link (
    id            TEXT PRIMARY KEY NOT NULL,
    case_id       TEXT NOT NULL REFERENCES incident_case (id),
    other_case_id TEXT NOT NULL REFERENCES incident_case (id),
    kind          TEXT NOT NULL CHECK (kind IN ('duplicate', 'related')),
    note          TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    CHECK (case_id <> other_case_id),
    UNIQUE (case_id, other_case_id)
) STRICT;
CREATE INDEX case_link_other ON case_link (other_case_id);
