-- Sonae schema v13: full-text rows are queued in the transaction and indexed once, at its end
-- (issue 10).
--
-- FTS5 writes its in-memory pending terms to disk at every statement savepoint, and SQLite opens
-- one for every statement with a trigger or foreign key inside a transaction — so with v12's
-- triggers each inserted row became a segment of its own, merged again and again: in a
-- transaction of 2,000 cases (14,000 rows) most of the time went to FTS5 merges. The triggers now
-- write the row into `search_index_pending` (an ordinary table, same rowid rule as v12), and
-- `Store::write` and the migrations move the queue into `search_index` with one statement just
-- before they commit. Between transactions the queue is empty. A changed text still removes the
-- old row from the index at once (and from the queue, when it was written in this transaction).

CREATE TABLE search_index_pending (
    id INTEGER PRIMARY KEY,   -- the row's rowid in search_index
    case_id TEXT NOT NULL,
    source TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    body TEXT NOT NULL
);

DROP TRIGGER search_case_ai;
DROP TRIGGER search_case_au;
DROP TRIGGER search_report_ai;
DROP TRIGGER search_report_au;
DROP TRIGGER search_timeline_ai;
DROP TRIGGER search_task_ai;
DROP TRIGGER search_task_au;
DROP TRIGGER search_evidence_ai;

CREATE TRIGGER search_case_ai AFTER INSERT ON incident_case BEGIN
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        VALUES ((new.rowid << 32) | (new.rowid & 536870911), new.id, 'case', new.id,
                new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;
-- Moving a case along the workflow changes no text: the index is left alone.
CREATE TRIGGER search_case_au AFTER UPDATE ON incident_case
WHEN old.title IS NOT new.title OR old.triage_rationale IS NOT new.triage_rationale OR old.impact IS NOT new.impact
  OR old.cause_narrative IS NOT new.cause_narrative BEGIN
    DELETE FROM search_index WHERE rowid = ((old.rowid << 32) | (old.rowid & 536870911));
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        VALUES ((new.rowid << 32) | (new.rowid & 536870911), new.id, 'case', new.id,
                new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;

CREATE TRIGGER search_report_ai AFTER INSERT ON incident_report WHEN new.case_id IS NOT NULL BEGIN
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (1 << 29) | (new.rowid & 536870911), new.case_id, 'report', new.id,
               new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken
        FROM incident_case c WHERE c.id = new.case_id;
END;
CREATE TRIGGER search_report_au AFTER UPDATE ON incident_report BEGIN
    DELETE FROM search_index
        WHERE rowid = (SELECT (c.rowid << 32) | (1 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    DELETE FROM search_index_pending
        WHERE id = (SELECT (c.rowid << 32) | (1 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (1 << 29) | (new.rowid & 536870911), new.case_id, 'report', new.id,
               new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_timeline_ai AFTER INSERT ON timeline_entry BEGIN
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (2 << 29) | (new.rowid & 536870911), new.case_id, 'timeline', new.id, new.text
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_task_ai AFTER INSERT ON case_task BEGIN
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (3 << 29) | (new.rowid & 536870911), new.case_id, 'task', new.id, new.title || ' ' || new.note
        FROM incident_case c WHERE c.id = new.case_id;
END;
-- Closing a task changes its note (and so its text) at most once; a status change alone is
-- left alone.
CREATE TRIGGER search_task_au AFTER UPDATE ON case_task
WHEN old.title IS NOT new.title OR old.note IS NOT new.note OR old.case_id IS NOT new.case_id BEGIN
    DELETE FROM search_index
        WHERE rowid = (SELECT (c.rowid << 32) | (3 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    DELETE FROM search_index_pending
        WHERE id = (SELECT (c.rowid << 32) | (3 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (3 << 29) | (new.rowid & 536870911), new.case_id, 'task', new.id, new.title || ' ' || new.note
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence BEGIN
    INSERT OR REPLACE INTO search_index_pending (id, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (4 << 29) | (new.rowid & 536870911), new.case_id, 'evidence', new.id,
               new.description || ' ' || new.source_detail || ' ' || new.storage_place
        FROM incident_case c WHERE c.id = new.case_id;
END;
