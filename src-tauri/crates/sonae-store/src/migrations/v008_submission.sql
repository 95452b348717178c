-- Sonae schema v8: documents recorded as submitted (issue 7). The exact PDF bytes sent to a
-- regulator or the CISO, with their SHA-256, tied to the case and — when there is one — to the
-- tracker's row. A row is never changed or deleted: a later version (追完, a corrected copy) is
-- a new row that names the one it follows.

CREATE TABLE submission (
    id               TEXT PRIMARY KEY NOT NULL,
    case_id          TEXT NOT NULL REFERENCES incident_case (id),
    kind             TEXT NOT NULL,
    ppc_kind         TEXT,
    notification_key TEXT,
    supersedes       TEXT REFERENCES submission (id),
    file_name        TEXT NOT NULL,
    sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
    size             INTEGER NOT NULL CHECK (size = length(pdf)),
    pdf              BLOB NOT NULL,
    recorded_by      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL
) STRICT;
CREATE INDEX submission_case ON submission (case_id);

CREATE TRIGGER submission_immutable_update BEFORE UPDATE ON submission
BEGIN
    SELECT RAISE(ABORT, 'submission rows are immutable');
END;
CREATE TRIGGER submission_immutable_delete BEFORE DELETE ON submission
BEGIN
    SELECT RAISE(ABORT, 'submission rows are immutable');
END;
