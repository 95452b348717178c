-- Sonae schema v6: the facts the obligations of a case are assessed from, with its 知った日 (fixed once
-- set, regulatory.md §4), and the notification tracker (one row per submission: PPC 速報 and 確報,
-- 本人通知, 総務省, 都道府県, police …). Rows are never deleted.

CREATE TABLE case_facts (
    id         TEXT PRIMARY KEY NOT NULL REFERENCES incident_case (id),
    known_on   TEXT NOT NULL,
    facts_json TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- id = '<case id>:<destination>:<basis>:<stage>'.
CREATE TABLE notification (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES incident_case (id),
    destination TEXT NOT NULL,
    basis       TEXT NOT NULL,
    stage       TEXT NOT NULL CHECK (stage IN ('preliminary', 'final', 'single')),
    state       TEXT NOT NULL CHECK (state IN ('pending', 'not_required', 'draft', 'sent', 'acknowledged', 'supplemented')),
    reason      TEXT NOT NULL,
    sent_at     TEXT,
    method      TEXT NOT NULL,
    document    TEXT NOT NULL,
    note        TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX notification_case ON notification (case_id);
