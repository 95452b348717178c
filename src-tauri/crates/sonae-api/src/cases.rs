//! Cases: the list, one case with its timeline, triage (000 §5.3(3)①), the workflow's moves
//! and the 第一報 to the CISO (②).
//!
//! Routine work needs [`Action::HandleCases`]; deciding (incident or not, closing, reopening) needs
//! [`Action::DecideCases`]. Every change writes a timeline line in the same transaction as the
//! change itself, so the audit chain and the timeline never disagree.

use crate::Ctx;
use crate::dto::*;
use crate::error::{ApiError, ErrorCode, fluent_id};
use sonae_core::casework as cw;
use sonae_core::clock::to_storage;
use sonae_core::workflow::{CaseFacts, Move, WorkflowError, moves_from, next_state};
use sonae_core::{Action, Case, CaseId, PersonId, TimelineEntry, TimelineEntryId, TimelineKind as CoreKind, Timestamp};
use sonae_i18n::{Lang, Localizer};
use sonae_store::{CaseListQuery, CaseOrder};

/// Every case, newest first.
pub fn list_cases(ctx: &mut Ctx<'_>) -> Result<Vec<CaseSummaryDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    Ok(ctx.store.cases()?.into_iter().map(Into::into).collect())
}

pub(crate) fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "error-not-found")
}

pub(crate) fn invalid(field: &str, message_id: &str) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, message_id).arg("fieldId", fluent_id("field", field));
    e.field = Some(field.to_owned());
    e
}

pub(crate) fn load(ctx: &Ctx<'_>, case_id: &str) -> Result<Case, ApiError> {
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

/// What the guards see: the case and its tasks and measures.
fn facts(ctx: &Ctx<'_>, case: &Case, reason: &str) -> Result<CaseFacts, ApiError> {
    let tasks = ctx.store.tasks(case.id)?;
    Ok(CaseFacts {
        reason: reason.trim().to_owned(),
        triage_rationale: !case.triage.rationale.trim().is_empty(),
        severity: case.severity.is_some(),
        impact: !case.triage.impact.trim().is_empty(),
        handler: case.triage.handler.is_some(),
        open_mandatory_tasks: cw::open_mandatory_tasks(&tasks),
        recovery_verified: cw::recovery_verified(&tasks),
        root_cause: case.root_cause.is_filled(),
        measures: ctx.store.measures(case.id)?.len() as u32,
        ciso_informed: case.ciso_informed_at.is_some(),
    })
}

/// A person's name for an actor label (`person:<uuid>`), or the label itself for system actors.
pub(crate) fn actor_name(ctx: &Ctx<'_>, label: &str) -> Result<String, ApiError> {
    let people = ctx.store.people()?;
    Ok(name_in(&people, label))
}

pub(crate) fn name_in(people: &[sonae_core::Person], label: &str) -> String {
    label
        .strip_prefix("person:")
        .and_then(PersonId::parse)
        .and_then(|id| people.iter().find(|p| p.id == id))
        .map_or_else(|| label.to_owned(), |p| p.name.clone())
}

pub(crate) fn timeline_line(ctx: &Ctx<'_>, case: CaseId, kind: CoreKind, at: Timestamp, text: &str) -> Result<TimelineEntry, ApiError> {
    Ok(TimelineEntry::new(TimelineEntryId::new(ctx.ids), case, kind, at, ctx.clock.now(), &ctx.actor.label, text)?)
}

/// One case with everything worked on it and the moves it offers (CSIRT roles).
pub fn get_case(ctx: &mut Ctx<'_>, case_id: &str) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, case_id)?;
    let now = ctx.clock.now();
    let people = ctx.store.people()?;
    let name_of = |label: &str| name_in(&people, label);
    let person_name = |id: PersonId| people.iter().find(|p| p.id == id).map(|p| p.name.clone());
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
    let f = facts(ctx, &case, "")?;
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
    let report_ids = ctx.store.report_ids_of_case(case.id)?.into_iter().map(|r| r.to_string()).collect();
    let tasks = ctx.store.tasks(case.id)?;
    let ciso_report_due_at = tasks.iter().find(|t| t.kind == cw::TaskKind::CisoReport).and_then(|t| t.due_at).map(to_storage);
    let tasks = tasks
        .into_iter()
        .map(|t| TaskDto {
            id: t.id.to_string(),
            overdue: t.is_overdue(now),
            list: t.list.into(),
            kind: t.kind.into(),
            title: t.title,
            mandatory: t.mandatory,
            assignee_person_id: t.assignee.map(|a| a.to_string()),
            assignee_name: t.assignee.and_then(person_name),
            due_at: t.due_at.map(to_storage),
            status: t.status.into(),
            note: t.note,
            playbook_revision: t.playbook_revision,
            closed_by: t.closed_by.as_deref().map(name_of),
            closed_at: t.closed_at.map(to_storage),
        })
        .collect();
    let files = ctx.store.evidence_files(case.id)?;
    let custody = ctx.store.custody(case.id)?;
    let evidence = ctx
        .store
        .evidence(case.id)?
        .into_iter()
        .map(|e| {
            let custody: Vec<CustodyDto> = custody
                .iter()
                .filter(|c| c.evidence_id == e.id)
                .map(|c| CustodyDto {
                    id: c.id.to_string(),
                    from: c.from.clone(),
                    to: c.to.clone(),
                    at: to_storage(c.at),
                    purpose: c.purpose.clone(),
                    recorded_by: name_of(&c.recorded_by),
                })
                .collect();
            EvidenceDto {
                id: e.id.to_string(),
                current_holder: custody.last().map_or_else(|| e.collected_by.clone(), |c| c.to.clone()),
                files: files
                    .iter()
                    .filter(|f| f.evidence_id == e.id)
                    .map(|f| EvidenceFileDto {
                        id: f.id.to_string(),
                        file_name: f.file_name.clone(),
                        sha256: f.sha256.clone(),
                        size: f.size,
                        added_by: name_of(&f.added_by),
                        added_at: to_storage(f.added_at),
                    })
                    .collect(),
                custody,
                description: e.description,
                source: e.source.into(),
                source_detail: e.source_detail,
                collected_by: e.collected_by,
                collected_at: to_storage(e.collected_at),
                storage_place: e.storage_place,
                recorded_by: name_of(&e.recorded_by),
            }
        })
        .collect();
    let meetings = ctx
        .store
        .meetings(case.id)?
        .into_iter()
        .map(|m| MeetingDto {
            id: m.id.to_string(),
            held_at: to_storage(m.held_at),
            participants: m.participants,
            agenda: m.agenda,
            notes: m.notes,
            recorded_by: name_of(&m.recorded_by),
        })
        .collect();
    let may_approve = ctx.actor.may(Action::ApproveDecisions);
    let decisions = ctx
        .store
        .decisions(case.id)?
        .into_iter()
        .map(|d| {
            let own = d.proposed_by == ctx.actor.label;
            DecisionDto {
                id: d.id.to_string(),
                meeting_id: d.meeting_id.map(|m| m.to_string()),
                can_decide: may_approve && !own && d.status == cw::DecisionStatus::Proposed && case.state.is_open(),
                own,
                text: d.text,
                proposed_by: name_of(&d.proposed_by),
                proposed_at: to_storage(d.proposed_at),
                status: d.status.into(),
                decided_by: d.decided_by.as_deref().map(name_of),
                decided_at: d.decided_at.map(to_storage),
                decision_note: d.decision_note,
            }
        })
        .collect();
    let measures = ctx
        .store
        .measures(case.id)?
        .into_iter()
        .map(|m| MeasureDto {
            id: m.id.to_string(),
            text: m.text,
            status: m.status.into(),
            owner: m.owner,
            due_on: m.due_on.map(|d| d.format("%Y-%m-%d").to_string()),
        })
        .collect();
    let (playbook_revision, _) = crate::casework::current_steps(ctx, case.category)?;
    let mut links = Vec::new();
    for l in ctx.store.case_links(case.id)? {
        let outgoing = l.case_id == case.id;
        let other_id = if outgoing { l.other_case_id } else { l.case_id };
        if let Some(other) = ctx.store.case(other_id)? {
            links.push(CaseLinkDto {
                other_case_id: other.id.to_string(),
                other_receipt_no: other.receipt_no,
                other_title: other.title,
                other_state: other.state.into(),
                kind: l.kind.into(),
                outgoing,
                note: l.note,
                created_by: name_of(&l.created_by),
                created_at: to_storage(l.created_at),
            });
        }
    }
    let handler = case.triage.handler;
    let rc = &case.root_cause;
    Ok(CaseDetailDto {
        is_incident: case.triage.is_incident,
        triage_rationale: case.triage.rationale.clone(),
        impact: case.triage.impact.clone(),
        handler_person_id: handler.map(|h| h.to_string()),
        handler_name: handler.and_then(person_name),
        ciso_informed_at: case.ciso_informed_at.map(to_storage),
        timeline,
        moves,
        report_ids,
        ciso_report_due_at,
        tasks,
        evidence,
        meetings,
        decisions,
        root_cause: RootCauseDto {
            category: rc.category.map(Into::into),
            narrative: rc.narrative.clone(),
            ciso_instructions: rc.ciso_instructions.clone(),
        },
        measures,
        playbook_revision,
        permissions: CasePermissionsDto {
            handle: ctx.actor.may(Action::HandleCases),
            decide: ctx.actor.may(Action::DecideCases),
            approve_decisions: may_approve,
        },
        links,
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
    let l10n = Localizer::shared(Lang::Ja);
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
    let to = next_state(from, mv, &facts(ctx, &case, reason)?).map_err(|e| match e {
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
    let l10n = Localizer::shared(Lang::Ja);
    let label = |s: sonae_core::CaseState| l10n.msg(&format!("case-state-{}", s.as_code().replace('_', "-")), &[]);
    let text = if reason.is_empty() {
        l10n.msg("timeline-case-moved", &[("from", &label(from)), ("to", &label(to))])
    } else {
        l10n.msg("timeline-case-moved-reason", &[("from", &label(from)), ("to", &label(to)), ("reason", reason)])
    };
    let entry = timeline_line(ctx, case.id, CoreKind::Decision, now, &text)?;
    let (tasks, applied) =
        if mv == Move::JudgeIncident { crate::casework::tasks_for_incident(ctx, &case, now)? } else { (Vec::new(), None) };
    let applied = applied.map(|t| timeline_line(ctx, case.id, CoreKind::Action, now, &t)).transpose()?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.update_case(&case)?;
        w.insert_timeline_entry(&entry)?;
        for t in &tasks {
            w.put_task(t)?;
        }
        if let Some(a) = &applied {
            w.insert_timeline_entry(a)?;
        }
        Ok(())
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
    let l10n = Localizer::shared(Lang::Ja);
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let text = l10n.msg("timeline-ciso-informed", &[("ciso", &org.ciso_title), ("note", note)]);
    let entry = timeline_line(ctx, case.id, CoreKind::Communication, at, &text)?;
    let mut done = Vec::new();
    for mut t in ctx.store.tasks(case.id)?.into_iter().filter(|t| t.kind == cw::TaskKind::CisoReport && t.status == cw::TaskStatus::Open) {
        t.set_status(cw::TaskStatus::Done, note, &ctx.actor.label, now).map_err(|e| match e {
            sonae_core::DomainError::Invalid { field, message_id } => invalid(field, message_id),
        })?;
        done.push(t);
    }
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.update_case(&case)?;
        w.insert_timeline_entry(&entry)?;
        for t in &done {
            w.put_task(t)?;
        }
        Ok(())
    })?;
    get_case(ctx, &input.case_id)
}

/// The case list for CSIRT roles: filtered, sorted and paged. Overdue = an open task past due.
/// Filtering, ordering, counting and paging happen in SQL (`Store::case_page`): only the page's
/// rows are read, so a page costs about the same at 100,000 cases as at 100.
pub fn search_cases(ctx: &mut Ctx<'_>, filter: CaseFilterInput) -> Result<CasePageDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    if filter.page_size == 0 || filter.page_size > 200 {
        return Err(invalid("pageSize", "error-out-of-range"));
    }
    let assignee = match filter.assignee_person_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(PersonId::parse(s).ok_or_else(|| invalid("assigneePersonId", "error-choice-not-found"))?),
    };
    let query = filter.query.as_deref().map(str::trim).filter(|q| !q.is_empty());
    if query.is_some_and(|q| q.chars().count() > 200) {
        return Err(invalid("query", "error-field-too-long"));
    }
    // A page past the end is an empty page, as before.
    let offset = filter.page.saturating_mul(filter.page_size);
    let page = ctx.store.case_page(&CaseListQuery {
        state: filter.state.map(Into::into),
        open_only: filter.open_only,
        severity: filter.severity.map(Into::into),
        category: filter.category.map(Into::into),
        handler: assignee,
        overdue_only: filter.overdue_only,
        text: query,
        order: match filter.sort {
            CaseSort::Newest => CaseOrder::Newest,
            CaseSort::Oldest => CaseOrder::Oldest,
            CaseSort::Severity => CaseOrder::Severity,
            CaseSort::NextDue => CaseOrder::NextDue,
        },
        offset,
        limit: filter.page_size,
        now: ctx.clock.now(),
    })?;
    let people = if page.rows.iter().any(|r| r.case.triage.handler.is_some()) { ctx.store.people()? } else { Vec::new() };
    let rows = page
        .rows
        .into_iter()
        .map(|r| CaseRowDto {
            snippet: r.snippet,
            handler_name: r.case.triage.handler.and_then(|h| people.iter().find(|p| p.id == h)).map(|p| p.name.clone()),
            open_tasks: r.open_tasks,
            overdue_tasks: r.overdue_tasks,
            next_due_at: r.next_due_at.map(to_storage),
            summary: r.case.into(),
        })
        .collect();
    Ok(CasePageDto { rows, total: page.total, page: filter.page, page_size: filter.page_size })
}
