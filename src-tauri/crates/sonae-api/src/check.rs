//! Verifying the audit chain and the database's integrity.

use crate::Ctx;
use crate::dto::{AuditProblemDto, AuditReportDto, CheckReportDto, EvidenceMismatchDto};
use crate::error::ApiError;
use sonae_core::Action;
use sonae_store::AuditProblem;
use std::collections::BTreeMap;

fn problem_dto(p: AuditProblem) -> AuditProblemDto {
    let seq = p.seq();
    let (message_id, args): (&str, Vec<(&str, String)>) = match p {
        AuditProblem::SequenceGap { expected, found } => {
            ("audit-sequence-gap", vec![("expected", expected.to_string()), ("found", found.to_string())])
        }
        AuditProblem::BrokenLink { seq } => ("audit-broken-link", vec![("seq", seq.to_string())]),
        AuditProblem::HashMismatch { seq } => ("audit-hash-mismatch", vec![("seq", seq.to_string())]),
        AuditProblem::RowChanged { seq, table, id } => ("audit-row-changed", vec![("seq", seq.to_string()), ("table", table), ("id", id)]),
        AuditProblem::RowMissing { seq, table, id } => ("audit-row-missing", vec![("seq", seq.to_string()), ("table", table), ("id", id)]),
        AuditProblem::RowUnaudited { table, id } => ("audit-row-unaudited", vec![("table", table), ("id", id)]),
    };
    let args: BTreeMap<String, String> = args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    AuditProblemDto { seq, message_id: message_id.to_owned(), args }
}

/// Re-computes the audit chain and compares every data row with its last recorded content.
pub fn verify_audit(ctx: &mut Ctx<'_>) -> Result<AuditReportDto, ApiError> {
    ctx.actor.require(Action::VerifyAudit)?;
    let report = ctx.store.verify_audit()?;
    Ok(AuditReportDto { entries: report.entries, problems: report.problems.into_iter().map(problem_dto).collect() })
}

/// SQLite's integrity and foreign-key checks, [`verify_audit`], and every evidence file
/// re-hashed against the SHA-256 its row records. Reads only.
pub fn check(ctx: &mut Ctx<'_>) -> Result<CheckReportDto, ApiError> {
    ctx.actor.require(Action::VerifyAudit)?;
    let integrity_problems = ctx.store.integrity_problems()?;
    let audit = verify_audit(ctx)?;
    let files = ctx.store.evidence_files_raw()?;
    let mut evidence_problems = Vec::new();
    for f in &files {
        let actual = ctx.store.evidence_hash_now(&f.sha256)?;
        if actual.as_deref() != Some(f.sha256.as_str()) {
            evidence_problems.push(EvidenceMismatchDto {
                evidence_id: f.evidence_id.clone(),
                file_id: f.file_id.clone(),
                file_name: format!("{} {}", f.receipt_no, f.file_name),
                expected: f.sha256.clone(),
                actual,
            });
        }
    }
    let evidence_files = files.len() as u32;
    Ok(CheckReportDto { integrity_problems, audit, evidence_files, evidence_problems })
}
