//! Verifying the audit chain and the database's integrity.

use crate::Ctx;
use crate::dto::{AuditProblemDto, AuditReportDto, CheckReportDto};
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

/// SQLite's integrity and foreign-key checks plus [`verify_audit`].
pub fn check(ctx: &mut Ctx<'_>) -> Result<CheckReportDto, ApiError> {
    ctx.actor.require(Action::VerifyAudit)?;
    let integrity_problems = ctx.store.integrity_problems()?;
    let audit = verify_audit(ctx)?;
    Ok(CheckReportDto { integrity_problems, audit })
}
