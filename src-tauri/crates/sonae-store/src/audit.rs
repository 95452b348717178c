//! The audit log: appending chained entries and verifying chain and data against each other.

use crate::error::StoreError;
use crate::open::Store;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use sonae_core::audit::{AuditFields, GENESIS_HASH, entry_hash, redact};

/// Columns whose values the audit log records only as a hash of the value.
const SECRET_COLUMNS: &[&str] = &["password_hash"];
use std::collections::BTreeMap;

/// A table covered by the audit chain. Every table of the schema but `audit_log` is one
/// (a test in this crate fails when a new table is not listed here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    Setting,
    Organization,
    Department,
    Person,
    PersonRole,
    IncidentCase,
    IncidentReport,
    TimelineEntry,
    ClassificationLevel,
    InfoSystem,
    Contact,
    Account,
    ReportDraft,
    KnownDateCandidate,
    PlaybookRevision,
    CaseTask,
    Evidence,
    EvidenceFile,
    CustodyTransfer,
    Meeting,
    Decision,
    Measure,
    CaseLink,
    CaseFacts,
    Notification,
    Submission,
    DrillScenario,
    Drill,
    DrillParticipant,
    DrillInject,
    DrillLog,
    DrillAction,
    DrillCall,
    // training (v10) below
    TrainingPlan,
    TrainingSession,
    TrainingAttendance,
    MyNumberHandler,
    // exchange (v11) below
    TrustedKey,
}

impl Table {
    pub const ALL: &'static [Table] = &[
        Table::Setting,
        Table::Organization,
        Table::Department,
        Table::Person,
        Table::PersonRole,
        Table::IncidentCase,
        Table::IncidentReport,
        Table::TimelineEntry,
        Table::ClassificationLevel,
        Table::InfoSystem,
        Table::Contact,
        Table::Account,
        Table::ReportDraft,
        Table::KnownDateCandidate,
        Table::PlaybookRevision,
        Table::CaseTask,
        Table::Evidence,
        Table::EvidenceFile,
        Table::CustodyTransfer,
        Table::Meeting,
        Table::Decision,
        Table::Measure,
        Table::CaseLink,
        Table::CaseFacts,
        Table::Notification,
        Table::Submission,
        Table::DrillScenario,
        Table::Drill,
        Table::DrillParticipant,
        Table::DrillInject,
        Table::DrillLog,
        Table::DrillAction,
        Table::DrillCall,
        // training (v10) below
        Table::TrainingPlan,
        Table::TrainingSession,
        Table::TrainingAttendance,
        Table::MyNumberHandler,
        // exchange (v11) below
        Table::TrustedKey,
    ];

    /// The SQL table name (only ever these constants reach SQL text).
    pub fn name(self) -> &'static str {
        match self {
            Table::Setting => "setting",
            Table::Organization => "organization",
            Table::Department => "department",
            Table::Person => "person",
            Table::PersonRole => "person_role",
            Table::IncidentCase => "incident_case",
            Table::IncidentReport => "incident_report",
            Table::TimelineEntry => "timeline_entry",
            Table::ClassificationLevel => "classification_level",
            Table::InfoSystem => "info_system",
            Table::Contact => "contact",
            Table::Account => "account",
            Table::ReportDraft => "report_draft",
            Table::KnownDateCandidate => "known_date_candidate",
            Table::PlaybookRevision => "playbook_revision",
            Table::CaseTask => "case_task",
            Table::Evidence => "evidence",
            Table::EvidenceFile => "evidence_file",
            Table::CustodyTransfer => "custody_transfer",
            Table::Meeting => "meeting",
            Table::Decision => "decision",
            Table::Measure => "measure",
            Table::CaseLink => "case_link",
            Table::CaseFacts => "case_facts",
            Table::Notification => "notification",
            Table::Submission => "submission",
            Table::DrillScenario => "drill_scenario",
            Table::Drill => "drill",
            Table::DrillParticipant => "drill_participant",
            Table::DrillInject => "drill_inject",
            Table::DrillLog => "drill_log",
            Table::DrillAction => "drill_action",
            Table::DrillCall => "drill_call",
            // training (v10) below
            Table::TrainingPlan => "training_plan",
            Table::TrainingSession => "training_session",
            Table::TrainingAttendance => "training_attendance",
            Table::MyNumberHandler => "my_number_handler",
            // exchange (v11) below
            Table::TrustedKey => "trusted_key",
        }
    }
}

/// Canonical JSON of one row: columns sorted by name, blobs as hex. `None` if there is no row.
pub(crate) fn row_json(conn: &Connection, table: Table, id: &str) -> rusqlite::Result<Option<String>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT * FROM {} WHERE id = ?1", table.name()))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    stmt.query_row([id], |r| {
        let mut cols = BTreeMap::new();
        for (i, name) in names.iter().enumerate() {
            let v = match r.get_ref(i)? {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(n) => n.into(),
                ValueRef::Real(x) => x.into(),
                ValueRef::Text(t) if SECRET_COLUMNS.contains(&name.as_str()) => redact(&String::from_utf8_lossy(t)).into(),
                ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
                ValueRef::Blob(b) => format!("x'{}'", hex::encode(b)).into(),
            };
            cols.insert(name.as_str(), v);
        }
        let mut out = String::from("{");
        for (i, (k, v)) in cols.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&serde_json::Value::from(*k).to_string());
            out.push(':');
            out.push_str(&v.to_string());
        }
        out.push('}');
        Ok(out)
    })
    .optional()
}

/// Appends the entry for a change to `table`/`id` that has just been made in this transaction.
pub(crate) fn append(conn: &Connection, at: &str, actor: &str, action: &str, table: Table, id: &str) -> Result<(), StoreError> {
    let row = row_json(conn, table, id)?;
    let (last_seq, prev_hash) = conn
        .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .optional()?
        .unwrap_or((0, GENESIS_HASH.to_owned()));
    let seq = last_seq + 1;
    let fields = AuditFields { seq, at, actor, action, object_table: table.name(), object_id: id, row_json: row.as_deref() };
    let hash = entry_hash(&prev_hash, &fields);
    conn.prepare_cached(
        "INSERT INTO audit_log (seq, at, actor, action, object_table, object_id, row_json, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![seq, at, actor, action, table.name(), id, row, prev_hash, hash])?;
    Ok(())
}

/// One thing wrong with the audit chain or the data it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditProblem {
    /// Entry numbers are not consecutive: an entry was removed or inserted.
    SequenceGap { expected: i64, found: i64 },
    /// The entry's `prev_hash` is not the previous entry's hash.
    BrokenLink { seq: i64 },
    /// The entry's fields do not hash to its stored hash: the entry was edited.
    HashMismatch { seq: i64 },
    /// The data row differs from the content its latest entry recorded.
    RowChanged { seq: i64, table: String, id: String },
    /// The latest entry says the row exists, but it is gone.
    RowMissing { seq: i64, table: String, id: String },
    /// A data row that no entry records: written around the audit log.
    RowUnaudited { table: String, id: String },
}

impl AuditProblem {
    /// The audit entry the problem is found at, if there is one.
    pub fn seq(&self) -> Option<i64> {
        match self {
            AuditProblem::SequenceGap { found, .. } => Some(*found),
            AuditProblem::BrokenLink { seq }
            | AuditProblem::HashMismatch { seq }
            | AuditProblem::RowChanged { seq, .. }
            | AuditProblem::RowMissing { seq, .. } => Some(*seq),
            AuditProblem::RowUnaudited { .. } => None,
        }
    }
}

/// The result of [`Store::verify_audit`]: problems ordered by entry number, unaudited rows last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: i64,
    pub problems: Vec<AuditProblem>,
}

impl Store {
    /// Re-computes the whole chain and compares every data row with its latest recorded content.
    pub fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        verify(&self.conn)
    }
}

/// The audited tables that exist in this database (an older schema may lack some).
fn present_tables(conn: &Connection) -> Result<Vec<Table>, StoreError> {
    let mut out = Vec::new();
    for &t in Table::ALL {
        let n: i64 = conn
            .prepare_cached("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1")?
            .query_row([t.name()], |r| r.get(0))?;
        if n > 0 {
            out.push(t);
        }
    }
    Ok(out)
}

/// The rows a problem concerns, as `(table, id)`.
fn problem_row(p: &AuditProblem) -> Option<(String, String)> {
    match p {
        AuditProblem::RowChanged { table, id, .. }
        | AuditProblem::RowMissing { table, id, .. }
        | AuditProblem::RowUnaudited { table, id } => Some((table.clone(), id.clone())),
        _ => None,
    }
}

/// After a migration changed rows (new columns with their defaults), records each changed row's
/// new content as an `update` by `actor`, in the migration's transaction. Rows that did not
/// verify *before* the migration (`suspect`) are left as they are, so that a migration never
/// launders tampering: they still fail verification afterwards.
pub(crate) fn record_migrated_rows(
    conn: &Connection,
    at: &str,
    actor: &str,
    suspect: &std::collections::BTreeSet<(String, String)>,
) -> Result<(), StoreError> {
    for p in verify(conn)?.problems {
        if let AuditProblem::RowChanged { table, id, .. } = p {
            if suspect.contains(&(table.clone(), id.clone())) {
                continue;
            }
            if let Some(t) = Table::ALL.iter().find(|t| t.name() == table) {
                append(conn, at, actor, "update", *t, &id)?;
            }
        }
    }
    Ok(())
}

/// The rows that fail verification now.
pub(crate) fn suspect_rows(conn: &Connection) -> Result<std::collections::BTreeSet<(String, String)>, StoreError> {
    Ok(verify(conn)?.problems.iter().filter_map(problem_row).collect())
}

fn verify(conn: &Connection) -> Result<AuditReport, StoreError> {
    {
        let mut problems = Vec::new();
        // (table, id) -> (seq of the latest entry, recorded row)
        let mut latest: BTreeMap<(String, String), (i64, Option<String>)> = BTreeMap::new();
        let mut stmt = conn.prepare_cached(
            "SELECT seq, at, actor, action, object_table, object_id, row_json, prev_hash, hash FROM audit_log ORDER BY seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut expected_seq = 1;
        let mut prev = GENESIS_HASH.to_owned();
        let mut entries = 0;
        while let Some(r) = rows.next()? {
            entries += 1;
            let seq: i64 = r.get(0)?;
            let text = |i: usize| -> rusqlite::Result<String> {
                Ok(match r.get_ref(i)? {
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    ValueRef::Null => String::new(),
                    other => format!("{other:?}"),
                })
            };
            let (at, actor, action, table, id) = (text(1)?, text(2)?, text(3)?, text(4)?, text(5)?);
            let row: Option<String> = match r.get_ref(6)? {
                ValueRef::Null => None,
                _ => Some(text(6)?),
            };
            let (prev_hash, hash) = (text(7)?, text(8)?);
            if seq != expected_seq {
                problems.push(AuditProblem::SequenceGap { expected: expected_seq, found: seq });
            }
            if prev_hash != prev {
                problems.push(AuditProblem::BrokenLink { seq });
            }
            let fields = AuditFields {
                seq,
                at: &at,
                actor: &actor,
                action: &action,
                object_table: &table,
                object_id: &id,
                row_json: row.as_deref(),
            };
            if entry_hash(&prev_hash, &fields) != hash {
                problems.push(AuditProblem::HashMismatch { seq });
            }
            latest.insert((table, id), (seq, row));
            prev = hash;
            expected_seq = seq + 1;
        }

        let mut row_problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for t in present_tables(conn)? {
            let mut ids = conn.prepare(&format!("SELECT id FROM {} ORDER BY id", t.name()))?;
            let ids: Vec<String> = ids.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            for id in ids {
                let key = (t.name().to_owned(), id.clone());
                let current = row_json(conn, t, &id)?;
                match latest.get(&key) {
                    None => row_problems.push(AuditProblem::RowUnaudited { table: key.0.clone(), id }),
                    Some((seq, recorded)) if *recorded != current => {
                        row_problems.push(AuditProblem::RowChanged { seq: *seq, table: key.0.clone(), id })
                    }
                    Some(_) => {}
                }
                seen.insert(key);
            }
        }
        for ((table, id), (seq, recorded)) in &latest {
            if recorded.is_some() && !seen.contains(&(table.clone(), id.clone())) {
                row_problems.push(AuditProblem::RowMissing { seq: *seq, table: table.clone(), id: id.clone() });
            }
        }
        problems.extend(row_problems);
        problems.sort_by_key(|p| (p.seq().is_none(), p.seq()));
        Ok(AuditReport { entries, problems })
    }
}
