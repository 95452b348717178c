-- Sonae schema v3: the staff report wizard — drafts, the full report, 受付番号 format,
-- candidates for 知った日.

ALTER TABLE organization ADD COLUMN receipt_format TEXT NOT NULL DEFAULT '{年}-{n}';

-- What a report says beyond v1 (see sonae_core::report::ReportDetails).
ALTER TABLE incident_report ADD COLUMN symptoms TEXT NOT NULL DEFAULT '';            -- codes, comma-separated
ALTER TABLE incident_report ADD COLUMN occurred_note TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN system_id TEXT REFERENCES info_system (id);
ALTER TABLE incident_report ADD COLUMN network_segment TEXT;
ALTER TABLE incident_report ADD COLUMN class_level_id TEXT REFERENCES classification_level (id);
ALTER TABLE incident_report ADD COLUMN personal_info TEXT;                           -- yes / no / unknown
ALTER TABLE incident_report ADD COLUMN my_number TEXT;
ALTER TABLE incident_report ADD COLUMN max_persons INTEGER CHECK (max_persons IS NULL OR max_persons >= 0);
ALTER TABLE incident_report ADD COLUMN medium TEXT;
ALTER TABLE incident_report ADD COLUMN actions_taken TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN reporter_email TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN reporter_reachability TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN relay_org TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_report ADD COLUMN relay_channel TEXT;
ALTER TABLE incident_report ADD COLUMN relay_received_at TEXT;
ALTER TABLE incident_report ADD COLUMN entered_by_person_id TEXT REFERENCES person (id);
CREATE INDEX incident_report_entered_by ON incident_report (entered_by_person_id);

-- A report being written. Saved on every step change and field blur; never deleted: a submitted
-- draft points at its report, a discarded one keeps its text.
CREATE TABLE report_draft (
    id              TEXT PRIMARY KEY NOT NULL,
    owner_person_id TEXT NOT NULL REFERENCES person (id),
    step            INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    form_json       TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'discarded')),
    report_id       TEXT REFERENCES incident_report (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX report_draft_owner ON report_draft (owner_person_id, status);

-- Candidates for 知った日 (the day the organization knew; regulatory.md §4). The CSIRT confirms one
-- later; the first comes from the reporter's "noticed" time.
CREATE TABLE known_date_candidate (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES incident_case (id),
    at          TEXT NOT NULL,
    basis       TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX known_date_candidate_case ON known_date_candidate (case_id);
