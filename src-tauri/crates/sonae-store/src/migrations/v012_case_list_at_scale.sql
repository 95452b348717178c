-- Sonae schema v12: the case list and search at 100,000 cases (issue 10).
--
-- 1. Indexes for the case list's filters and orders (newest / oldest, state, 重要度, category,
--    担当者) and partial indexes over open tasks (overdue, next due), so a page is a range scan
--    with LIMIT/OFFSET instead of reading every case.
-- 2. The full-text index of v7 rebuilt with rowids that name the case: the rowid of a row is
--    (case rowid << 32) | (source << 29) | (source row's rowid & 0x1FFFFFFF), source 0 case,
--    1 report, 2 timeline, 3 task, 4 evidence. A search then finds the cases from the FTS doclist
--    alone (rowid >> 32) without reading 100,000s of stored rows, a case's own best hit is a rowid
--    range, and the update triggers delete one row by rowid instead of scanning the whole index
--    for `ref_id`. Rowids of these tables are kept by SQLite's VACUUM (each has an index, so the
--    copy keeps them: `tests/store.rs` vacuums and searches). Limits: 2^31 cases, 2^29 rows per
--    source table. The index stays derived data: not audited, rebuildable from the tables.

-- Each covers every list filter (and `drill`, for the home screen's counts), so counting and
-- skipping to a page never reads a row.
CREATE INDEX incident_case_created ON incident_case (created_at, receipt_no, state, severity, category, handler_person_id, drill);
CREATE INDEX incident_case_state ON incident_case (state, created_at, receipt_no, severity, category, handler_person_id, drill);
CREATE INDEX incident_case_severity ON incident_case (severity, created_at, receipt_no, state, category, handler_person_id, drill);
CREATE INDEX incident_case_category ON incident_case (category, created_at, receipt_no, state, severity, handler_person_id, drill);
CREATE INDEX incident_case_handler ON incident_case (handler_person_id, created_at, receipt_no, state, severity, category, drill);
CREATE INDEX case_task_open_case ON case_task (case_id, due_at) WHERE status = 'open';
CREATE INDEX case_task_open_due ON case_task (due_at, case_id) WHERE status = 'open';

DROP TRIGGER search_case_ai;
DROP TRIGGER search_case_au;
DROP TRIGGER search_report_ai;
DROP TRIGGER search_report_au;
DROP TRIGGER search_timeline_ai;
DROP TRIGGER search_task_ai;
DROP TRIGGER search_task_au;
DROP TRIGGER search_evidence_ai;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    case_id UNINDEXED,
    source UNINDEXED,   -- case | report | timeline | task | evidence
    ref_id UNINDEXED,   -- the row's id
    body,
    tokenize = 'trigram'
);

INSERT INTO search_index (rowid, case_id, source, ref_id, body)
    SELECT (c.rowid << 32) | (c.rowid & 536870911), c.id, 'case', c.id,
           c.title || ' ' || c.triage_rationale || ' ' || c.impact || ' ' || c.cause_narrative
    FROM incident_case c;
INSERT INTO search_index (rowid, case_id, source, ref_id, body)
    SELECT (c.rowid << 32) | (1 << 29) | (r.rowid & 536870911), r.case_id, 'report', r.id,
           r.summary || ' ' || r.reporter_name || ' ' || r.device || ' ' || r.actions_taken
    FROM incident_report r JOIN incident_case c ON c.id = r.case_id;
INSERT INTO search_index (rowid, case_id, source, ref_id, body)
    SELECT (c.rowid << 32) | (2 << 29) | (t.rowid & 536870911), t.case_id, 'timeline', t.id, t.text
    FROM timeline_entry t JOIN incident_case c ON c.id = t.case_id;
INSERT INTO search_index (rowid, case_id, source, ref_id, body)
    SELECT (c.rowid << 32) | (3 << 29) | (k.rowid & 536870911), k.case_id, 'task', k.id, k.title || ' ' || k.note
    FROM case_task k JOIN incident_case c ON c.id = k.case_id;
INSERT INTO search_index (rowid, case_id, source, ref_id, body)
    SELECT (c.rowid << 32) | (4 << 29) | (e.rowid & 536870911), e.case_id, 'evidence', e.id,
           e.description || ' ' || e.source_detail || ' ' || e.storage_place
    FROM evidence e JOIN incident_case c ON c.id = e.case_id;

CREATE TRIGGER search_case_ai AFTER INSERT ON incident_case BEGIN
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        VALUES ((new.rowid << 32) | (new.rowid & 536870911), new.id, 'case', new.id,
                new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;
-- Moving a case along the workflow changes no text: the index is left alone.
CREATE TRIGGER search_case_au AFTER UPDATE ON incident_case
WHEN old.title IS NOT new.title OR old.triage_rationale IS NOT new.triage_rationale OR old.impact IS NOT new.impact
  OR old.cause_narrative IS NOT new.cause_narrative BEGIN
    DELETE FROM search_index WHERE rowid = ((old.rowid << 32) | (old.rowid & 536870911));
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        VALUES ((new.rowid << 32) | (new.rowid & 536870911), new.id, 'case', new.id,
                new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;

CREATE TRIGGER search_report_ai AFTER INSERT ON incident_report WHEN new.case_id IS NOT NULL BEGIN
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (1 << 29) | (new.rowid & 536870911), new.case_id, 'report', new.id,
               new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken
        FROM incident_case c WHERE c.id = new.case_id;
END;
CREATE TRIGGER search_report_au AFTER UPDATE ON incident_report BEGIN
    DELETE FROM search_index
        WHERE rowid = (SELECT (c.rowid << 32) | (1 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (1 << 29) | (new.rowid & 536870911), new.case_id, 'report', new.id,
               new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_timeline_ai AFTER INSERT ON timeline_entry BEGIN
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (2 << 29) | (new.rowid & 536870911), new.case_id, 'timeline', new.id, new.text
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_task_ai AFTER INSERT ON case_task BEGIN
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (3 << 29) | (new.rowid & 536870911), new.case_id, 'task', new.id, new.title || ' ' || new.note
        FROM incident_case c WHERE c.id = new.case_id;
END;
-- Closing a task changes its note (and so its text) at most once; a status change alone is
-- left alone.
CREATE TRIGGER search_task_au AFTER UPDATE ON case_task
WHEN old.title IS NOT new.title OR old.note IS NOT new.note OR old.case_id IS NOT new.case_id BEGIN
    DELETE FROM search_index
        WHERE rowid = (SELECT (c.rowid << 32) | (3 << 29) | (old.rowid & 536870911) FROM incident_case c WHERE c.id = old.case_id);
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (3 << 29) | (new.rowid & 536870911), new.case_id, 'task', new.id, new.title || ' ' || new.note
        FROM incident_case c WHERE c.id = new.case_id;
END;

CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence BEGIN
    INSERT INTO search_index (rowid, case_id, source, ref_id, body)
        SELECT (c.rowid << 32) | (4 << 29) | (new.rowid & 536870911), new.case_id, 'evidence', new.id,
               new.description || ' ' || new.source_detail || ' ' || new.storage_place
        FROM incident_case c WHERE c.id = new.case_id;
END;
