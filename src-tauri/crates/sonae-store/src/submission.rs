//! Documents recorded as submitted (schema v8): the exact PDF bytes, immutable once written
//! (triggers refuse UPDATE and DELETE), listed without their bytes.

use crate::audit::Table;
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::time;
use crate::write::Writer;
use rusqlite::params;
use sonae_core::clock::to_storage;
use sonae_core::{CaseId, Timestamp};

/// One recorded version (without its bytes; [`Store::submission_pdf`] reads them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRow {
    pub id: String,
    pub case_id: CaseId,
    /// The document kind (`ppc-appi` …).
    pub kind: String,
    /// PPC report kind (`preliminary` …), for PPC reports.
    pub ppc_kind: Option<String>,
    /// The tracker row (`destination:basis:stage`), if any.
    pub notification_key: Option<String>,
    /// The version this one follows (追完, a corrected copy).
    pub supersedes: Option<String>,
    pub file_name: String,
    pub sha256: String,
    pub size: u64,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

impl Store {
    /// A case's recorded versions, oldest first.
    pub fn submissions(&self, case: CaseId) -> Result<Vec<SubmissionRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, kind, ppc_kind, notification_key, supersedes, file_name, sha256, size, recorded_by, recorded_at
             FROM submission WHERE case_id = ?1 ORDER BY recorded_at, id",
        )?;
        let raw = stmt
            .query_map([case.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, i64>(8)?,
                    r.get::<_, String>(9)?,
                    r.get::<_, String>(10)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(|(id, kind, ppc_kind, notification_key, supersedes, file_name, sha256, size, recorded_by, recorded_at)| {
                Ok(SubmissionRow {
                    recorded_at: time("submission", "recorded_at", &id, &recorded_at)?,
                    id,
                    case_id: case,
                    kind,
                    ppc_kind,
                    notification_key,
                    supersedes,
                    file_name,
                    sha256,
                    size: u64::try_from(size).unwrap_or(0),
                    recorded_by,
                })
            })
            .collect()
    }

    /// The exact bytes of a recorded version.
    pub fn submission_pdf(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        use rusqlite::OptionalExtension as _;
        Ok(self.conn.prepare_cached("SELECT pdf FROM submission WHERE id = ?1")?.query_row([id], |r| r.get(0)).optional()?)
    }
}

impl Writer<'_> {
    /// Records a version as submitted. It can never be changed or deleted afterwards.
    pub fn insert_submission(&mut self, s: &SubmissionRow, pdf: &[u8]) -> Result<(), StoreError> {
        self.audited(
            Table::Submission,
            &s.id,
            "insert",
            "INSERT INTO submission (id, case_id, kind, ppc_kind, notification_key, supersedes, file_name, sha256, size, pdf,
                 recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                s.id,
                s.case_id.to_string(),
                s.kind,
                s.ppc_kind,
                s.notification_key,
                s.supersedes,
                s.file_name,
                s.sha256,
                i64::try_from(s.size).unwrap_or(i64::MAX),
                pdf,
                s.recorded_by,
                to_storage(s.recorded_at)
            ],
        )
    }
}
