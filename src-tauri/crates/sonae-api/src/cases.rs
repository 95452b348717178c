//! Cases: the list, one case with its timeline, triage (000 §5.3(3)①), the workflow's moves
//! and the 第一報 to the CISO (②).
//!
//! Routine work needs [`Action::HandleCases`]; deciding (incident or not, closing, reopening) needs
//! [`Action::DecideCases`]. Every change writes a timeline line in the same transaction as the
//! change itself, so the audit chain and the timeline never disagree.

use crate::Ctx;
use crate::dto::*;
use crate::error::{ApiError, ErrorCode, fluent_id};
use sonae_core::clock::to_storage;
use sonae_core::workflow::{CaseFacts, Move, WorkflowError, moves_from, next_state};
use sonae_core::{Action, Case, CaseId, PersonId, TimelineEntry, TimelineEntryId, TimelineKind as CoreKind, Timestamp};
use sonae_i18n::{Lang, Localizer};

/// Every case, newest first.
pub fn list_cases(ctx: &mut Ctx<'_>) -> Result<Vec<CaseSummaryDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    Ok(ctx.store.cases()?.into_iter().map(Into::into).collect())
}

fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "error-not-found")
}

fn invalid(field: &str, message_id: &str) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, message_id).arg("fieldId", fluent_id("field", field));
    e.field = Some(field.to_owned());
    e
}

fn load(ctx: &Ctx<'_>, case_id: &str) -> Result<Case, ApiError> {
    let id = CaseId::parse(case_id).ok_or_else(not_found)?;
    ctx.store.case(id)?.ok_or_else(not_found)
}

/// Which permission a move needs.
fn permission(mv: Move) -> Action {
    match mv {
        Move::NotIncident | Move::JudgeIncident | Move::Close | Move::Reopen => Action::DecideCases,
        Move::StartTriage | Move::StartRecovery | Move::StartPrevention | Move::StepBack => Action::HandleCases,
    }
}

/// What the guards see. Tasks, the recovery checklist, root cause and measures arrive with the
/// rest of the CSIRT workflow; until then they count as not done, so closing lists them as missing.
fn facts(case: &Case, reason: &str) -> CaseFacts {
    CaseFacts {
        reason: reason.trim().to_owned(),
        triage_rationale: !case.triage.rationale.trim().is_empty(),
        severity: case.severity.is_some(),
        impact: !case.triage.impact.trim().is_empty(),
        handler: case.triage.handler.is_some(),
        open_mandatory_tasks: 0,
        recovery_verified: false,
        root_cause: false,
        measures: 0,
        ciso_informed: case.ciso_informed_at.is_some(),
    }
}

fn timeline_line(ctx: &Ctx<'_>, case: CaseId, kind: CoreKind, at: Timestamp, text: &str) -> Result<TimelineEntry, ApiError> {
    Ok(TimelineEntry::new(TimelineEntryId::new(ctx.ids), case, kind, at, ctx.clock.now(), &ctx.actor.label, text)?)
}

/// One case with its timeline and the moves it offers (CSIRT roles).
pub fn get_case(ctx: &mut Ctx<'_>, case_id: &str) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, case_id)?;
    let people = ctx.store.people()?;
    let name_of = |label: &str| -> String {
        label
            .strip_prefix("person:")
            .and_then(PersonId::parse)
            .and_then(|id| people.iter().find(|p| p.id == id))
            .map_or_else(|| label.to_owned(), |p| p.name.clone())
    };
    let timeline = ctx
        .store
        .timeline(case.id)?
        .into_iter()
        .map(|e| TimelineEntryDto {
            id: e.id.to_string(),
            kind: e.kind.into(),
            occurred_at: to_storage(e.occurred_at),
            recorded_at: to_storage(e.recorded_at),
            actor: name_of(&e.actor),
            text: e.text,
        })
        .collect();
    let f = facts(&case, "");
    let moves = moves_from(case.state)
        .into_iter()
        .map(|mv| MoveOptionDto {
            mv: mv.into(),
            permitted: ctx.actor.may(permission(mv)),
            missing: sonae_core::workflow::missing_for(mv, &f)
                .into_iter()
                .filter(|m| *m != sonae_core::workflow::Missing::Reason)
                .map(Into::into)
                .collect(),
        })
        .collect();
    let report_ids =
        ctx.store.reports(None)?.into_iter().filter(|r| r.report.case_id == Some(case.id)).map(|r| r.report.id.to_string()).collect();
    let handler = case.triage.handler;
    Ok(CaseDetailDto {
        is_incident: case.triage.is_incident,
        triage_rationale: case.triage.rationale.clone(),
        impact: case.triage.impact.clone(),
        handler_person_id: handler.map(|h| h.to_string()),
        handler_name: handler.and_then(|h| people.iter().find(|p| p.id == h)).map(|p| p.name.clone()),
        ciso_informed_at: case.ciso_informed_at.map(to_storage),
        timeline,
        moves,
        report_ids,
        ciso_report_due_at: None,
        tasks: vec![],
        evidence: vec![],
        meetings: vec![],
        decisions: vec![],
        root_cause: RootCauseDto { category: None, narrative: String::new(), ciso_instructions: String::new() },
        measures: vec![],
        playbook_revision: 0,
        permissions: CasePermissionsDto {
            handle: ctx.actor.may(Action::HandleCases),
            decide: ctx.actor.may(Action::DecideCases),
            approve_decisions: ctx.actor.may(Action::ApproveDecisions),
        },
        summary: case.into(),
    })
}

/// Saves the triage notes: incident or not, rationale, 影響範囲, 重要度, handler. No state change.
pub fn triage_case(ctx: &mut Ctx<'_>, input: TriageInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let mut case = load(ctx, &input.case_id)?;
    if !case.state.is_open() {
        return Err(ApiError::new(ErrorCode::Conflict, "error-case-closed"));
    }
    let text = |field: &str, v: &str, max: usize| -> Result<String, ApiError> {
        let v = v.trim();
        if v.chars().count() > max { Err(invalid(field, "error-field-too-long")) } else { Ok(v.to_owned()) }
    };
    let handler = match input.handler_person_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => {
            let id = PersonId::parse(s).ok_or_else(|| invalid("handlerPersonId", "error-choice-not-found"))?;
            if !ctx.store.people()?.iter().any(|p| p.id == id) {
                return Err(invalid("handlerPersonId", "error-choice-not-found"));
            }
            Some(id)
        }
    };
    case.triage.rationale = text("rationale", &input.rationale, 4000)?;
    case.triage.impact = text("impact", &input.impact, 4000)?;
    case.triage.is_incident = input.is_incident;
    case.triage.handler = handler;
    case.severity = input.severity.map(Into::into);
    let now = ctx.clock.now();
    case.updated_at = now;
    let l10n = Localizer::new(Lang::Ja);
    let entry = timeline_line(ctx, case.id, CoreKind::Decision, now, &l10n.msg("timeline-triage-updated", &[]))?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.update_case(&case)?;
        w.insert_timeline_entry(&entry)
    })?;
    get_case(ctx, &input.case_id)
}

/// Moves the case along the workflow. A move whose conditions are not met is refused with
/// `error-case-move-missing` and `args.missing` = the missing conditions' codes, comma-separated.
pub fn move_case(ctx: &mut Ctx<'_>, input: MoveCaseInput) -> Result<CaseDetailDto, ApiError> {
    let mv: Move = input.mv.into();
    ctx.actor.require(permission(mv))?;
    let mut case = load(ctx, &input.case_id)?;
    let from = case.state;
    let reason = input.reason.trim();
    if reason.chars().count() > 4000 {
        return Err(invalid("reason", "error-field-too-long"));
    }
    let to = next_state(from, mv, &facts(&case, reason)).map_err(|e| match e {
        WorkflowError::NotAllowed { .. } => ApiError::new(ErrorCode::Conflict, "error-case-move-not-allowed"),
        WorkflowError::Missing(missing) => {
            let codes: Vec<&str> = missing.iter().map(|m| m.as_code()).collect();
            let mut e = ApiError::new(ErrorCode::Validation, "error-case-move-missing").arg("missing", codes.join(","));
            if missing.contains(&sonae_core::workflow::Missing::Reason) {
                e.field = Some("reason".into());
                e.args.insert("fieldId".into(), "field-reason".into());
            }
            e
        }
    })?;
    let now = ctx.clock.now();
    case.state = to;
    case.updated_at = now;
    match mv {
        Move::JudgeIncident => case.triage.is_incident = Some(true),
        Move::NotIncident => case.triage.is_incident = Some(false),
        _ => {}
    }
    let l10n = Localizer::new(Lang::Ja);
    let label = |s: sonae_core::CaseState| l10n.msg(&format!("case-state-{}", s.as_code().replace('_', "-")), &[]);
    let text = if reason.is_empty() {
        l10n.msg("timeline-case-moved", &[("from", &label(from)), ("to", &label(to))])
    } else {
        l10n.msg("timeline-case-moved-reason", &[("from", &label(from)), ("to", &label(to)), ("reason", reason)])
    };
    let entry = timeline_line(ctx, case.id, CoreKind::Decision, now, &text)?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.update_case(&case)?;
        w.insert_timeline_entry(&entry)
    })?;
    get_case(ctx, &input.case_id)
}

/// Records the 第一報 to the CISO: when, and how / what was said.
pub fn record_ciso_report(ctx: &mut Ctx<'_>, input: CisoReportInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let mut case = load(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let at = sonae_core::report::parse_local_datetime(&input.at).ok_or_else(|| invalid("at", "error-datetime-format"))?;
    if at > now + chrono::Duration::minutes(1) {
        return Err(invalid("at", "error-datetime-future"));
    }
    let note = input.note.trim();
    if note.chars().count() > 2000 {
        return Err(invalid("note", "error-field-too-long"));
    }
    case.ciso_informed_at = Some(at);
    case.updated_at = now;
    let l10n = Localizer::new(Lang::Ja);
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let text = l10n.msg("timeline-ciso-informed", &[("ciso", &org.ciso_title), ("note", note)]);
    let entry = timeline_line(ctx, case.id, CoreKind::Communication, at, &text)?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.update_case(&case)?;
        w.insert_timeline_entry(&entry)
    })?;
    get_case(ctx, &input.case_id)
}
