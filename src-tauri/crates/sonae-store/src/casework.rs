//! Reads and audited writes of the work inside a case (tasks, evidence and its files and custody,
//! meetings, decisions, measures, playbook revisions), and the evidence files themselves.
//!
//! Evidence files live in `<data dir>/evidence/<sha256>` (content-addressed: the same bytes are
//! stored once, a file's name is its hash). They are written to a temporary name and renamed, and
//! never overwritten or deleted; the row and the audit chain keep the hash, so `evidence_hash_now`
//! can tell whether the bytes still match. In an encrypted database the files are sealed with
//! the evidence key (`cipher`); their names stay the hash of the plain content.

use crate::audit::Table;
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::{bad, person_ref, time};
use crate::write::Writer;
use rusqlite::{Row, params};
use sonae_core::casework::*;
use sonae_core::clock::to_storage;
use sonae_core::playbook::{PlaybookRevision, PlaybookStep};
use sonae_core::*;
use std::io::Write as _;
use std::path::PathBuf;

fn ts(t: Timestamp) -> String {
    to_storage(t)
}

pub(crate) fn opt_time(table: &'static str, column: &'static str, id: &str, v: Option<String>) -> Result<Option<Timestamp>, StoreError> {
    v.map(|t| time(table, column, id, &t)).transpose()
}

pub(crate) fn code<T>(table: &'static str, column: &'static str, id: &str, v: &str, parse: fn(&str) -> Option<T>) -> Result<T, StoreError> {
    parse(v).ok_or_else(|| bad(table, column, id))
}

/// Reads every row of `sql` (bound to one text parameter) as a map of column name to value.
pub(crate) fn rows(store: &Store, sql: &str, param: &str) -> Result<Vec<Cols>, StoreError> {
    let mut stmt = store.conn.prepare_cached(sql)?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    let out = stmt
        .query_map([param], |r: &Row<'_>| {
            let mut v = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                v.push(r.get::<_, rusqlite::types::Value>(i)?);
            }
            Ok(Cols { names: names.clone(), values: v })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(out)
}

/// One row by column name.
pub(crate) struct Cols {
    names: Vec<String>,
    values: Vec<rusqlite::types::Value>,
}

impl Cols {
    pub(crate) fn get(&self, name: &str) -> &rusqlite::types::Value {
        let i = self.names.iter().position(|n| n == name).expect("column selected");
        &self.values[i]
    }
    pub(crate) fn text(&self, name: &str) -> String {
        match self.get(name) {
            rusqlite::types::Value::Text(s) => s.clone(),
            _ => String::new(),
        }
    }
    pub(crate) fn opt_text(&self, name: &str) -> Option<String> {
        match self.get(name) {
            rusqlite::types::Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
    pub(crate) fn int(&self, name: &str) -> Option<i64> {
        match self.get(name) {
            rusqlite::types::Value::Integer(i) => Some(*i),
            _ => None,
        }
    }
}

pub(crate) fn id_of<T>(table: &'static str, c: &Cols, parse: fn(&str) -> Option<T>) -> Result<T, StoreError> {
    let id = c.text("id");
    parse(&id).ok_or_else(|| bad(table, "id", &id))
}

fn task_from(c: &Cols) -> Result<Task, StoreError> {
    const T: &str = "case_task";
    let id = c.text("id");
    Ok(Task {
        id: id_of(T, c, TaskId::parse)?,
        case_id: code(T, "case_id", &id, &c.text("case_id"), CaseId::parse)?,
        list: code(T, "list", &id, &c.text("list"), TaskList::from_code)?,
        kind: code(T, "kind", &id, &c.text("kind"), TaskKind::from_code)?,
        title: c.text("title"),
        mandatory: c.int("mandatory") == Some(1),
        assignee: person_ref(T, "assignee_person_id", &id, c.opt_text("assignee_person_id"))?,
        due_at: opt_time(T, "due_at", &id, c.opt_text("due_at"))?,
        status: code(T, "status", &id, &c.text("status"), TaskStatus::from_code)?,
        note: c.text("note"),
        playbook_revision: c.int("playbook_revision").map(|r| r as u32),
        position: c.int("position").unwrap_or(0) as u32,
        created_at: time(T, "created_at", &id, &c.text("created_at"))?,
        closed_by: c.opt_text("closed_by"),
        closed_at: opt_time(T, "closed_at", &id, c.opt_text("closed_at"))?,
    })
}

impl Store {
    /// A case's tasks and recovery items, each list in order.
    pub fn tasks(&self, case: CaseId) -> Result<Vec<Task>, StoreError> {
        rows(self, "SELECT * FROM case_task WHERE case_id = ?1 ORDER BY list DESC, position, created_at, id", &case.to_string())?
            .iter()
            .map(task_from)
            .collect()
    }

    /// Every open task of every case (for the case list's counts and due times).
    pub fn open_tasks(&self) -> Result<Vec<Task>, StoreError> {
        rows(self, "SELECT * FROM case_task WHERE status = ?1", "open")?.iter().map(task_from).collect()
    }

    /// One task.
    pub fn task(&self, id: TaskId) -> Result<Option<Task>, StoreError> {
        rows(self, "SELECT * FROM case_task WHERE id = ?1", &id.to_string())?.first().map(task_from).transpose()
    }

    /// A case's evidence, oldest first.
    pub fn evidence(&self, case: CaseId) -> Result<Vec<Evidence>, StoreError> {
        const T: &str = "evidence";
        rows(self, "SELECT * FROM evidence WHERE case_id = ?1 ORDER BY collected_at, recorded_at, id", &case.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(Evidence {
                    id: id_of(T, c, EvidenceId::parse)?,
                    case_id: case,
                    description: c.text("description"),
                    source: code(T, "source", &id, &c.text("source"), EvidenceSource::from_code)?,
                    source_detail: c.text("source_detail"),
                    collected_by: c.text("collected_by"),
                    collected_at: time(T, "collected_at", &id, &c.text("collected_at"))?,
                    storage_place: c.text("storage_place"),
                    recorded_by: c.text("recorded_by"),
                    recorded_at: time(T, "recorded_at", &id, &c.text("recorded_at"))?,
                })
            })
            .collect()
    }

    /// The files of a case's evidence, in the order they were added.
    pub fn evidence_files(&self, case: CaseId) -> Result<Vec<EvidenceFile>, StoreError> {
        const T: &str = "evidence_file";
        rows(
            self,
            "SELECT f.* FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id WHERE e.case_id = ?1 ORDER BY f.added_at, f.id",
            &case.to_string(),
        )?
        .iter()
        .map(|c| {
            let id = c.text("id");
            Ok(EvidenceFile {
                id: id_of(T, c, EvidenceFileId::parse)?,
                evidence_id: code(T, "evidence_id", &id, &c.text("evidence_id"), EvidenceId::parse)?,
                file_name: c.text("file_name"),
                sha256: c.text("sha256"),
                size: c.int("size").unwrap_or(0) as u64,
                added_by: c.text("added_by"),
                added_at: time(T, "added_at", &id, &c.text("added_at"))?,
            })
        })
        .collect()
    }

    /// The custody transfers of a case's evidence, in time order.
    pub fn custody(&self, case: CaseId) -> Result<Vec<CustodyTransfer>, StoreError> {
        const T: &str = "custody_transfer";
        rows(
            self,
            "SELECT t.* FROM custody_transfer t JOIN evidence e ON e.id = t.evidence_id WHERE e.case_id = ?1
             ORDER BY t.at, t.recorded_at, t.id",
            &case.to_string(),
        )?
        .iter()
        .map(|c| {
            let id = c.text("id");
            Ok(CustodyTransfer {
                id: id_of(T, c, CustodyId::parse)?,
                evidence_id: code(T, "evidence_id", &id, &c.text("evidence_id"), EvidenceId::parse)?,
                from: c.text("from_holder"),
                to: c.text("to_holder"),
                at: time(T, "at", &id, &c.text("at"))?,
                purpose: c.text("purpose"),
                recorded_by: c.text("recorded_by"),
                recorded_at: time(T, "recorded_at", &id, &c.text("recorded_at"))?,
            })
        })
        .collect()
    }

    /// A case's meetings, in time order.
    pub fn meetings(&self, case: CaseId) -> Result<Vec<Meeting>, StoreError> {
        const T: &str = "meeting";
        rows(self, "SELECT * FROM meeting WHERE case_id = ?1 ORDER BY held_at, id", &case.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(Meeting {
                    id: id_of(T, c, MeetingId::parse)?,
                    case_id: case,
                    held_at: time(T, "held_at", &id, &c.text("held_at"))?,
                    participants: c.text("participants"),
                    agenda: c.text("agenda"),
                    notes: c.text("notes"),
                    recorded_by: c.text("recorded_by"),
                    recorded_at: time(T, "recorded_at", &id, &c.text("recorded_at"))?,
                })
            })
            .collect()
    }

    /// A case's decisions, in the order they were proposed.
    pub fn decisions(&self, case: CaseId) -> Result<Vec<Decision>, StoreError> {
        const T: &str = "decision";
        rows(self, "SELECT * FROM decision WHERE case_id = ?1 ORDER BY proposed_at, id", &case.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(Decision {
                    id: id_of(T, c, DecisionId::parse)?,
                    case_id: case,
                    meeting_id: match c.opt_text("meeting_id") {
                        None => None,
                        Some(m) => Some(MeetingId::parse(&m).ok_or_else(|| bad(T, "meeting_id", &id))?),
                    },
                    text: c.text("text"),
                    proposed_by: c.text("proposed_by"),
                    proposed_at: time(T, "proposed_at", &id, &c.text("proposed_at"))?,
                    status: code(T, "status", &id, &c.text("status"), DecisionStatus::from_code)?,
                    decided_by: c.opt_text("decided_by"),
                    decided_at: opt_time(T, "decided_at", &id, c.opt_text("decided_at"))?,
                    decision_note: c.text("decision_note"),
                })
            })
            .collect()
    }

    /// A case's measures, in the order they were recorded.
    pub fn measures(&self, case: CaseId) -> Result<Vec<Measure>, StoreError> {
        const T: &str = "measure";
        rows(self, "SELECT * FROM measure WHERE case_id = ?1 ORDER BY created_at, id", &case.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(Measure {
                    id: id_of(T, c, MeasureId::parse)?,
                    case_id: case,
                    text: c.text("text"),
                    status: code(T, "status", &id, &c.text("status"), MeasureStatus::from_code)?,
                    owner: c.text("owner"),
                    due_on: match c.opt_text("due_on") {
                        None => None,
                        Some(d) => Some(chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| bad(T, "due_on", &id))?),
                    },
                    created_at: time(T, "created_at", &id, &c.text("created_at"))?,
                    updated_at: time(T, "updated_at", &id, &c.text("updated_at"))?,
                })
            })
            .collect()
    }

    /// Every saved revision of a category's playbook, newest first (the built-in revision 0 is not stored).
    pub fn playbook_revisions(&self, category: Category) -> Result<Vec<PlaybookRevision>, StoreError> {
        const T: &str = "playbook_revision";
        rows(self, "SELECT * FROM playbook_revision WHERE category = ?1 ORDER BY revision DESC", category.as_code())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                let steps: Vec<serde_json::Value> = serde_json::from_str(&c.text("steps_json")).map_err(|_| bad(T, "steps_json", &id))?;
                let steps = steps
                    .iter()
                    .map(|s| {
                        Some(PlaybookStep {
                            kind: TaskKind::from_code(s.get("kind")?.as_str()?)?,
                            title: s.get("title")?.as_str()?.to_owned(),
                            mandatory: s.get("mandatory")?.as_bool()?,
                            due_hours: s.get("dueHours").and_then(|h| h.as_u64()).map(|h| h as u32),
                        })
                    })
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| bad(T, "steps_json", &id))?;
                Ok(PlaybookRevision {
                    id: id_of(T, c, PlaybookRevisionId::parse)?,
                    category,
                    revision: c.int("revision").unwrap_or(0) as u32,
                    steps,
                    note: c.text("note"),
                    saved_by: c.text("saved_by"),
                    saved_at: time(T, "saved_at", &id, &c.text("saved_at"))?,
                })
            })
            .collect()
    }

    /// Where evidence files are kept: `evidence/` beside the database file.
    pub fn evidence_dir(&self) -> PathBuf {
        self.path().parent().map_or_else(|| PathBuf::from("evidence"), |p| p.join("evidence"))
    }

    /// Stores `bytes` content-addressed and answers their SHA-256 (of the plain bytes). In an
    /// encrypted database the file holds them sealed (`cipher`). An existing file with that name
    /// is left alone (same content by definition, or tampered with — which the re-check reports).
    pub fn put_evidence_bytes(&self, bytes: &[u8]) -> Result<String, StoreError> {
        let sha = sha256_hex(bytes);
        let target = self.evidence_dir().join(&sha);
        if !target.exists() {
            match &self.evidence_key {
                Some(key) => write_new(&target, &key.seal(bytes))?,
                None => write_new(&target, bytes)?,
            }
        }
        Ok(sha)
    }

    /// The plain content of the stored file named `sha`; `None` when it is missing. A sealed file
    /// that does not open (changed bytes, or no key) is `Some` of nothing that matches: the caller
    /// compares hashes, so it is reported as changed, never as missing.
    pub fn evidence_bytes(&self, sha: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if !is_sha256_hex(sha) {
            return Ok(None);
        }
        match std::fs::read(self.evidence_dir().join(sha)) {
            Ok(stored) if crate::cipher::is_sealed(&stored) => {
                Ok(Some(self.evidence_key.as_ref().and_then(|k| k.open(&stored)).unwrap_or_default()))
            }
            Ok(plain) => Ok(Some(plain)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The SHA-256 of the stored file named `sha` as it is now (of its plain content); `None`
    /// when it is missing.
    pub fn evidence_hash_now(&self, sha: &str) -> Result<Option<String>, StoreError> {
        Ok(self.evidence_bytes(sha)?.map(|bytes| sha256_hex(&bytes)))
    }

    /// Seals every plain evidence file whose content still matches its name (after the database
    /// was encrypted): written to a temporary name and renamed over the plain file. Files that do
    /// not match their name are left as they are for the re-check to report. Answers how many
    /// files were sealed.
    pub fn seal_plain_evidence_files(&self) -> Result<usize, StoreError> {
        let Some(key) = &self.evidence_key else {
            return Err(StoreError::NotEncrypted { path: self.path().to_owned() });
        };
        let dir = self.evidence_dir();
        let mut sealed = 0;
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e.into()),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !is_sha256_hex(&name) {
                continue;
            }
            let bytes = std::fs::read(entry.path())?;
            if crate::cipher::is_sealed(&bytes) || sha256_hex(&bytes) != name {
                continue;
            }
            let tmp = dir.join(format!(".{name}.sealing"));
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&key.seal(&bytes))?;
            f.sync_all()?;
            drop(f);
            std::fs::rename(&tmp, entry.path())?;
            sealed += 1;
        }
        Ok(sealed)
    }
}

/// Writes `bytes` to `target` through a temporary name and a rename (never a half file).
fn write_new(target: &std::path::Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = target.parent().unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.partial"));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, target)?;
    Ok(())
}

impl Writer<'_> {
    /// Inserts or replaces a task.
    pub fn put_task(&mut self, t: &Task) -> Result<(), StoreError> {
        let id = t.id.to_string();
        let p = params![
            id,
            t.case_id.to_string(),
            t.list.as_code(),
            t.kind.as_code(),
            t.title,
            t.mandatory,
            t.assignee.map(|a| a.to_string()),
            t.due_at.map(ts),
            t.status.as_code(),
            t.note,
            t.playbook_revision,
            t.position,
            ts(t.created_at),
            t.closed_by,
            t.closed_at.map(ts)
        ];
        self.upsert(
            Table::CaseTask,
            &id,
            "INSERT INTO case_task (id, case_id, list, kind, title, mandatory, assignee_person_id, due_at, status, note,
                 playbook_revision, position, created_at, closed_by, closed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            "UPDATE case_task SET case_id = ?2, list = ?3, kind = ?4, title = ?5, mandatory = ?6, assignee_person_id = ?7,
                 due_at = ?8, status = ?9, note = ?10, playbook_revision = ?11, position = ?12, created_at = ?13,
                 closed_by = ?14, closed_at = ?15
             WHERE id = ?1",
            p,
        )
    }

    pub fn insert_evidence(&mut self, e: &Evidence) -> Result<(), StoreError> {
        let id = e.id.to_string();
        self.audited(
            Table::Evidence,
            &id,
            "insert",
            "INSERT INTO evidence (id, case_id, description, source, source_detail, collected_by, collected_at, storage_place,
                 recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                e.case_id.to_string(),
                e.description,
                e.source.as_code(),
                e.source_detail,
                e.collected_by,
                ts(e.collected_at),
                e.storage_place,
                e.recorded_by,
                ts(e.recorded_at)
            ],
        )
    }

    pub fn insert_evidence_file(&mut self, f: &EvidenceFile) -> Result<(), StoreError> {
        let id = f.id.to_string();
        self.audited(
            Table::EvidenceFile,
            &id,
            "insert",
            "INSERT INTO evidence_file (id, evidence_id, file_name, sha256, size, added_by, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, f.evidence_id.to_string(), f.file_name, f.sha256, f.size as i64, f.added_by, ts(f.added_at)],
        )
    }

    pub fn insert_custody(&mut self, c: &CustodyTransfer) -> Result<(), StoreError> {
        let id = c.id.to_string();
        self.audited(
            Table::CustodyTransfer,
            &id,
            "insert",
            "INSERT INTO custody_transfer (id, evidence_id, from_holder, to_holder, at, purpose, recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, c.evidence_id.to_string(), c.from, c.to, ts(c.at), c.purpose, c.recorded_by, ts(c.recorded_at)],
        )
    }

    pub fn insert_meeting(&mut self, m: &Meeting) -> Result<(), StoreError> {
        let id = m.id.to_string();
        self.audited(
            Table::Meeting,
            &id,
            "insert",
            "INSERT INTO meeting (id, case_id, held_at, participants, agenda, notes, recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, m.case_id.to_string(), ts(m.held_at), m.participants, m.agenda, m.notes, m.recorded_by, ts(m.recorded_at)],
        )
    }

    /// Inserts or replaces a decision.
    pub fn put_decision(&mut self, d: &Decision) -> Result<(), StoreError> {
        let id = d.id.to_string();
        let p = params![
            id,
            d.case_id.to_string(),
            d.meeting_id.map(|m| m.to_string()),
            d.text,
            d.proposed_by,
            ts(d.proposed_at),
            d.status.as_code(),
            d.decided_by,
            d.decided_at.map(ts),
            d.decision_note
        ];
        self.upsert(
            Table::Decision,
            &id,
            "INSERT INTO decision (id, case_id, meeting_id, text, proposed_by, proposed_at, status, decided_by, decided_at, decision_note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            "UPDATE decision SET case_id = ?2, meeting_id = ?3, text = ?4, proposed_by = ?5, proposed_at = ?6, status = ?7,
                 decided_by = ?8, decided_at = ?9, decision_note = ?10
             WHERE id = ?1",
            p,
        )
    }

    /// Inserts or replaces a measure.
    pub fn put_measure(&mut self, m: &Measure) -> Result<(), StoreError> {
        let id = m.id.to_string();
        let p = params![
            id,
            m.case_id.to_string(),
            m.text,
            m.status.as_code(),
            m.owner,
            m.due_on.map(|d| d.format("%Y-%m-%d").to_string()),
            ts(m.created_at),
            ts(m.updated_at)
        ];
        self.upsert(
            Table::Measure,
            &id,
            "INSERT INTO measure (id, case_id, text, status, owner, due_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE measure SET case_id = ?2, text = ?3, status = ?4, owner = ?5, due_on = ?6, created_at = ?7, updated_at = ?8
             WHERE id = ?1",
            p,
        )
    }

    pub fn insert_playbook_revision(&mut self, r: &PlaybookRevision) -> Result<(), StoreError> {
        let id = r.id.to_string();
        let steps: Vec<serde_json::Value> = r
            .steps
            .iter()
            .map(|s| serde_json::json!({"kind": s.kind.as_code(), "title": s.title, "mandatory": s.mandatory, "dueHours": s.due_hours}))
            .collect();
        self.audited(
            Table::PlaybookRevision,
            &id,
            "insert",
            "INSERT INTO playbook_revision (id, category, revision, steps_json, note, saved_by, saved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, r.category.as_code(), r.revision, serde_json::Value::Array(steps).to_string(), r.note, r.saved_by, ts(r.saved_at)],
        )
    }
}

impl Store {
    /// The reports a case was opened from.
    pub fn report_ids_of_case(&self, case: CaseId) -> Result<Vec<ReportId>, StoreError> {
        rows(self, "SELECT id FROM incident_report WHERE case_id = ?1 ORDER BY id", &case.to_string())?
            .iter()
            .map(|c| id_of("incident_report", c, ReportId::parse))
            .collect()
    }
}

/// The facts a case's obligations are assessed from: 知った日 and the facts as JSON (the API's
/// `ObligationFactsDto`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFactsRow {
    pub case_id: CaseId,
    pub known_on: chrono::NaiveDate,
    pub facts_json: String,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

fn notification_from(c: &Cols) -> Result<sonae_core::notification::Notification, StoreError> {
    use sonae_core::notification::{Notification, NotificationState, Stage};
    use sonae_core::obligations::{Basis, Destination};
    const T: &str = "notification";
    let id = c.text("id");
    Ok(Notification {
        case_id: code(T, "case_id", &id, &c.text("case_id"), CaseId::parse)?,
        destination: code(T, "destination", &id, &c.text("destination"), Destination::from_code)?,
        basis: code(T, "basis", &id, &c.text("basis"), Basis::from_code)?,
        stage: code(T, "stage", &id, &c.text("stage"), Stage::from_code)?,
        state: code(T, "state", &id, &c.text("state"), NotificationState::from_code)?,
        reason: c.text("reason"),
        sent_at: opt_time(T, "sent_at", &id, c.opt_text("sent_at"))?,
        method: c.text("method"),
        document: c.text("document"),
        note: c.text("note"),
        updated_by: c.text("updated_by"),
        updated_at: time(T, "updated_at", &id, &c.text("updated_at"))?,
    })
}

impl Store {
    /// The stored facts of a case, if any were entered.
    pub fn case_facts(&self, case: CaseId) -> Result<Option<CaseFactsRow>, StoreError> {
        const T: &str = "case_facts";
        rows(self, "SELECT * FROM case_facts WHERE id = ?1", &case.to_string())?
            .first()
            .map(|c| {
                let id = c.text("id");
                Ok(CaseFactsRow {
                    case_id: case,
                    known_on: chrono::NaiveDate::parse_from_str(&c.text("known_on"), "%Y-%m-%d").map_err(|_| bad(T, "known_on", &id))?,
                    facts_json: c.text("facts_json"),
                    updated_by: c.text("updated_by"),
                    updated_at: time(T, "updated_at", &id, &c.text("updated_at"))?,
                })
            })
            .transpose()
    }

    /// A case's tracked notifications (`None`: every case's).
    pub fn notifications(&self, case: Option<CaseId>) -> Result<Vec<sonae_core::notification::Notification>, StoreError> {
        let found = match case {
            Some(c) => rows(self, "SELECT * FROM notification WHERE case_id = ?1 ORDER BY id", &c.to_string())?,
            None => rows(self, "SELECT * FROM notification WHERE ?1 = ?1 ORDER BY id", "")?,
        };
        found.iter().map(notification_from).collect()
    }
}

impl Writer<'_> {
    /// Inserts or replaces a case's facts.
    pub fn put_case_facts(&mut self, f: &CaseFactsRow) -> Result<(), StoreError> {
        let id = f.case_id.to_string();
        let p = params![id, f.known_on.format("%Y-%m-%d").to_string(), f.facts_json, f.updated_by, ts(f.updated_at)];
        self.upsert(
            Table::CaseFacts,
            &id,
            "INSERT INTO case_facts (id, known_on, facts_json, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            "UPDATE case_facts SET known_on = ?2, facts_json = ?3, updated_by = ?4, updated_at = ?5 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or replaces a tracked notification (its id is the case id and its key).
    pub fn put_notification(&mut self, n: &sonae_core::notification::Notification) -> Result<(), StoreError> {
        let id = format!("{}:{}", n.case_id, n.key());
        let p = params![
            id,
            n.case_id.to_string(),
            n.destination.as_code(),
            n.basis.as_code(),
            n.stage.as_code(),
            n.state.as_code(),
            n.reason,
            n.sent_at.map(ts),
            n.method,
            n.document,
            n.note,
            n.updated_by,
            ts(n.updated_at)
        ];
        self.upsert(
            Table::Notification,
            &id,
            "INSERT INTO notification (id, case_id, destination, basis, stage, state, reason, sent_at, method, document, note, updated_by,
                 updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            "UPDATE notification SET case_id = ?2, destination = ?3, basis = ?4, stage = ?5, state = ?6, reason = ?7, sent_at = ?8,
                 method = ?9, document = ?10, note = ?11, updated_by = ?12, updated_at = ?13
             WHERE id = ?1",
            p,
        )
    }
}

impl Store {
    /// The links from and to a case, oldest first.
    pub fn case_links(&self, case: CaseId) -> Result<Vec<CaseLink>, StoreError> {
        const T: &str = "case_link";
        let id = case.to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, other_case_id, kind, note, created_by, created_at FROM case_link
             WHERE case_id = ?1 OR other_case_id = ?1 ORDER BY created_at, id",
        )?;
        let raw = stmt
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(|(id, a, b, kind, note, by, at)| {
                Ok(CaseLink {
                    id: CaseLinkId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    case_id: CaseId::parse(&a).ok_or_else(|| bad(T, "case_id", &id))?,
                    other_case_id: CaseId::parse(&b).ok_or_else(|| bad(T, "other_case_id", &id))?,
                    kind: LinkKind::from_code(&kind).ok_or_else(|| bad(T, "kind", &id))?,
                    note,
                    created_by: by,
                    created_at: time(T, "created_at", &id, &at)?,
                })
            })
            .collect()
    }
}

impl Writer<'_> {
    pub fn insert_case_link(&mut self, l: &CaseLink) -> Result<(), StoreError> {
        let id = l.id.to_string();
        self.audited(
            Table::CaseLink,
            &id,
            "insert",
            "INSERT INTO case_link (id, case_id, other_case_id, kind, note, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, l.case_id.to_string(), l.other_case_id.to_string(), l.kind.as_code(), l.note, l.created_by, ts(l.created_at)],
        )
    }
}

/// An evidence file as stored, read without interpreting anything (for `check`, which must
/// report a tampered row rather than fail on it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFileRaw {
    pub receipt_no: String,
    pub evidence_id: String,
    pub file_id: String,
    pub file_name: String,
    pub sha256: String,
}

impl Store {
    /// Every evidence file with its case's 受付番号, as raw text.
    pub fn evidence_files_raw(&self) -> Result<Vec<EvidenceFileRaw>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT coalesce(c.receipt_no, ''), f.evidence_id, f.id, f.file_name, f.sha256
             FROM evidence_file f LEFT JOIN evidence e ON e.id = f.evidence_id LEFT JOIN incident_case c ON c.id = e.case_id
             ORDER BY c.receipt_no, f.added_at, f.id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(EvidenceFileRaw {
                    receipt_no: r.get(0)?,
                    evidence_id: r.get(1)?,
                    file_id: r.get(2)?,
                    file_name: r.get(3)?,
                    sha256: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

/// Marks the start and end of a match inside a search snippet.
pub const HIT_START: char = '\u{2}';
/// See [`HIT_START`].
pub const HIT_END: char = '\u{3}';

impl Store {
    /// Cases whose text (title, triage, report, timeline, tasks, evidence) contains `query`, most
    /// relevant first, each with a snippet whose match is wrapped in [`HIT_START`] / [`HIT_END`].
    /// Three or more characters use the FTS5 trigram index; shorter queries scan the same text
    /// with LIKE (a trigram index cannot answer them).
    pub fn search_cases_text(&self, query: &str) -> Result<Vec<(CaseId, String)>, StoreError> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let found: Vec<(String, String)> = if q.chars().count() >= 3 {
            let phrase = format!("\"{}\"", q.replace('"', "\"\""));
            let mut stmt = self.conn.prepare_cached(
                "SELECT case_id, snippet(search_index, 3, char(2), char(3), '…', 16) FROM search_index
                 WHERE search_index MATCH ?1 ORDER BY rank LIMIT 5000",
            )?;
            stmt.query_map([phrase], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?
        } else {
            let like = format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
            let mut stmt = self.conn.prepare_cached("SELECT case_id, body FROM search_index WHERE body LIKE ?1 ESCAPE '\\' LIMIT 5000")?;
            let rows: Vec<(String, String)> = stmt.query_map([like], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            rows.into_iter().map(|(id, body)| (id, snippet_around(&body, q))).collect()
        };
        let mut out: Vec<(CaseId, String)> = Vec::new();
        for (id, snippet) in found {
            let Some(id) = CaseId::parse(&id) else { continue };
            if !out.iter().any(|(c, _)| *c == id) {
                out.push((id, snippet));
            }
        }
        Ok(out)
    }
}

/// About 16 characters either side of the first match, the match marked.
pub(crate) fn snippet_around(body: &str, q: &str) -> String {
    let chars: Vec<char> = body.chars().collect();
    let needle: Vec<char> = q.chars().collect();
    let lower = |c: &char| c.to_lowercase().collect::<String>();
    let at = (0..=chars.len().saturating_sub(needle.len()))
        .find(|&i| chars[i..i + needle.len()].iter().map(lower).eq(needle.iter().map(lower)))
        .unwrap_or(0);
    let start = at.saturating_sub(16);
    let end = (at + needle.len() + 16).min(chars.len());
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.extend(&chars[start..at]);
    s.push(HIT_START);
    s.extend(&chars[at..(at + needle.len()).min(chars.len())]);
    s.push(HIT_END);
    s.extend(&chars[(at + needle.len()).min(chars.len())..end]);
    if end < chars.len() {
        s.push('…');
    }
    s
}
