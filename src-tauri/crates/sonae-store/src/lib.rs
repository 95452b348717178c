//! Sonae's SQLite store.
//!
//! One database file per installation. [`Store`] opens it (creating or migrating it when asked),
//! writes through [`Writer`] so that every change to data appends a hash-chained audit entry in
//! the same transaction, and answers the queries the use cases need.
//!
//! Architecture invariant: a file this crate cannot read, or one written by a newer Sonae, is
//! never deleted, rewritten or "repaired". Opening fails loudly and the file keeps its bytes.

mod audit;
mod casework;
pub mod cipher;
mod drill;
mod error;
mod exchange;
mod migrate;
mod open;
mod queries;
mod stats;
mod submission;
mod training;
mod write;

pub use audit::{AuditProblem, AuditReport, Table};
pub use casework::{CaseFactsRow, EvidenceFileRaw};
pub use drill::{DrillActionRow, DrillCallRow, DrillInjectRow, DrillLogRow, DrillScenarioRow};
pub use error::StoreError;
pub use exchange::{CASE_TABLES, ImportOutcome, REFERENCE_TABLES, REPORT_TABLES, RawRow, RawValue, TrustedKeyRow};
pub use migrate::{LATEST_VERSION, MIGRATIONS, Migration, SONAE_APPLICATION_ID};
pub use open::{DB_FILE_NAME, OpenMode, Store, default_data_dir};
pub use queries::{AccountRow, CaseListQuery, CaseListRow, CaseOrder, CasePage, DraftStatus, ReportDraftRow, ReportRow};
pub use stats::{CisoWait, CisoWaitRow, PlannedDrillRow, RowHistory, StatsCaseRow};
pub use submission::SubmissionRow;
pub use write::Writer;
