-- Sonae schema v7: Japanese full-text search over cases, reports, timeline lines, tasks and
-- evidence. An FTS5 index with the trigram tokenizer (finds any substring of 3 or more
-- characters; shorter queries fall back to LIKE over the same text). The index is derived data:
-- triggers keep it in step with the audited tables, it is not audited itself, and it can always
-- be rebuilt from them (`INSERT INTO search_index(search_index) VALUES ('rebuild')` does not
-- apply to a table with its own content; deleting its rows and re-running the backfill below does).

CREATE VIRTUAL TABLE search_index USING fts5(
    case_id UNINDEXED,
    source UNINDEXED,   -- case | report | timeline | task | evidence
    ref_id UNINDEXED,   -- the row's id
    body,
    tokenize = 'trigram'
);

INSERT INTO search_index (case_id, source, ref_id, body)
    SELECT id, 'case', id, title || ' ' || triage_rationale || ' ' || impact || ' ' || cause_narrative FROM incident_case;
INSERT INTO search_index (case_id, source, ref_id, body)
    SELECT case_id, 'report', id, summary || ' ' || reporter_name || ' ' || device || ' ' || actions_taken FROM incident_report WHERE case_id IS NOT NULL;
INSERT INTO search_index (case_id, source, ref_id, body) SELECT case_id, 'timeline', id, text FROM timeline_entry;
INSERT INTO search_index (case_id, source, ref_id, body) SELECT case_id, 'task', id, title || ' ' || note FROM case_task;
INSERT INTO search_index (case_id, source, ref_id, body)
    SELECT case_id, 'evidence', id, description || ' ' || source_detail || ' ' || storage_place FROM evidence;

CREATE TRIGGER search_case_ai AFTER INSERT ON incident_case BEGIN
    INSERT INTO search_index (case_id, source, ref_id, body)
        VALUES (new.id, 'case', new.id, new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;
CREATE TRIGGER search_case_au AFTER UPDATE ON incident_case BEGIN
    DELETE FROM search_index WHERE source = 'case' AND ref_id = old.id;
    INSERT INTO search_index (case_id, source, ref_id, body)
        VALUES (new.id, 'case', new.id, new.title || ' ' || new.triage_rationale || ' ' || new.impact || ' ' || new.cause_narrative);
END;

CREATE TRIGGER search_report_ai AFTER INSERT ON incident_report WHEN new.case_id IS NOT NULL BEGIN
    INSERT INTO search_index (case_id, source, ref_id, body)
        VALUES (new.case_id, 'report', new.id, new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken);
END;
CREATE TRIGGER search_report_au AFTER UPDATE ON incident_report BEGIN
    DELETE FROM search_index WHERE source = 'report' AND ref_id = old.id;
    INSERT INTO search_index (case_id, source, ref_id, body)
        SELECT new.case_id, 'report', new.id, new.summary || ' ' || new.reporter_name || ' ' || new.device || ' ' || new.actions_taken
        WHERE new.case_id IS NOT NULL;
END;

CREATE TRIGGER search_timeline_ai AFTER INSERT ON timeline_entry BEGIN
    INSERT INTO search_index (case_id, source, ref_id, body) VALUES (new.case_id, 'timeline', new.id, new.text);
END;

CREATE TRIGGER search_task_ai AFTER INSERT ON case_task BEGIN
    INSERT INTO search_index (case_id, source, ref_id, body) VALUES (new.case_id, 'task', new.id, new.title || ' ' || new.note);
END;
CREATE TRIGGER search_task_au AFTER UPDATE ON case_task BEGIN
    DELETE FROM search_index WHERE source = 'task' AND ref_id = old.id;
    INSERT INTO search_index (case_id, source, ref_id, body) VALUES (new.case_id, 'task', new.id, new.title || ' ' || new.note);
END;

CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence BEGIN
    INSERT INTO search_index (case_id, source, ref_id, body)
        VALUES (new.case_id, 'evidence', new.id, new.description || ' ' || new.source_detail || ' ' || new.storage_place);
END;
