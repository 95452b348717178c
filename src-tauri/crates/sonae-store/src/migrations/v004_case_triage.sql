-- Sonae schema v4: triage of a case (000 §5.3(3)①) and the 第一報 to the CISO (②).

ALTER TABLE incident_case ADD COLUMN is_incident INTEGER CHECK (is_incident IS NULL OR is_incident IN (0, 1));
ALTER TABLE incident_case ADD COLUMN triage_rationale TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_case ADD COLUMN impact TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_case ADD COLUMN handler_person_id TEXT REFERENCES person (id);
ALTER TABLE incident_case ADD COLUMN ciso_informed_at TEXT;
