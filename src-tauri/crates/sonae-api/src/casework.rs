//! The work inside a case: tasks and the recovery checklist, free timeline entries, evidence with
//! content-addressed files and custody, 緊急対策会議 and decisions, root cause and measures, the
//! case list with filters, and playbooks (事故対応手順書).
//!
//! Every change writes its timeline line in the same transaction, so the audit chain and the
//! timeline never disagree, and answers with the whole case ([`crate::get_case`]).

use crate::Ctx;
use crate::cases::{invalid, load, not_found, timeline_line};
use crate::dto::*;
use crate::error::{ApiError, ErrorCode};
use base64::Engine as _;
use sonae_core::casework::{self as cw, DecideError};
use sonae_core::clock::to_storage;
use sonae_core::playbook::{self, PlaybookRevision, PlaybookStep};
use sonae_core::report::parse_local_datetime;
use sonae_core::{
    Action, Case, CaseId, CaseLinkId, CustodyId, DecisionId, DomainError, EvidenceFileId, EvidenceId, MeasureId, MeetingId, PersonId,
    PlaybookRevisionId, TaskId, TimelineKind as CoreKind, Timestamp,
};
use sonae_i18n::{Lang, Localizer};

/// The largest evidence file accepted through the app (bytes).
pub const MAX_EVIDENCE_FILE: usize = 50 * 1024 * 1024;

fn domain(e: DomainError) -> ApiError {
    match e {
        DomainError::Invalid { field, message_id } => invalid(field, message_id),
    }
}

fn ja() -> &'static Localizer {
    Localizer::shared(Lang::Ja)
}

/// Loads a case that may still be worked on.
fn open_case(ctx: &Ctx<'_>, case_id: &str) -> Result<Case, ApiError> {
    let case = load(ctx, case_id)?;
    if !case.state.is_open() {
        return Err(ApiError::new(ErrorCode::Conflict, "error-case-closed"));
    }
    Ok(case)
}

fn when(field: &str, value: &str, now: Timestamp) -> Result<Timestamp, ApiError> {
    let at = parse_local_datetime(value.trim()).ok_or_else(|| invalid(field, "error-datetime-format"))?;
    if at > now + chrono::Duration::minutes(1) {
        return Err(invalid(field, "error-datetime-future"));
    }
    Ok(at)
}

fn person(ctx: &Ctx<'_>, field: &str, value: Option<&str>) -> Result<Option<PersonId>, ApiError> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => {
            let id = PersonId::parse(s).ok_or_else(|| invalid(field, "error-choice-not-found"))?;
            if ctx.store.people()?.iter().any(|p| p.id == id) { Ok(Some(id)) } else { Err(invalid(field, "error-choice-not-found")) }
        }
    }
}

/// Writes a change and its timeline line (`text`, happened `at`) in one transaction, so the audit
/// chain and the timeline never disagree.
fn record(
    ctx: &mut Ctx<'_>,
    case: CaseId,
    kind: CoreKind,
    at: Timestamp,
    text: &str,
    change: impl FnOnce(&mut sonae_store::Writer<'_>) -> Result<(), sonae_store::StoreError>,
) -> Result<(), ApiError> {
    let entry = timeline_line(ctx, case, kind, at, text)?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| {
        change(w)?;
        w.insert_timeline_entry(&entry)
    })?;
    Ok(())
}

fn kind_label(l10n: &Localizer, prefix: &str, code: &str) -> String {
    l10n.msg(&format!("{prefix}-{}", code.replace('_', "-")), &[])
}

/// Adds a free timeline entry: an observation, decision or communication, with its own time.
pub fn add_timeline_entry(ctx: &mut Ctx<'_>, input: TimelineEntryInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let kind: CoreKind = input.kind.into();
    if kind == CoreKind::Action {
        return Err(invalid("kind", "error-invalid-choice"));
    }
    let at = when("occurredAt", &input.occurred_at, now)?;
    let entry = timeline_line(ctx, case.id, kind, at, &input.text)?;
    ctx.store.write(&ctx.actor.label, now, |w| w.insert_timeline_entry(&entry))?;
    crate::get_case(ctx, &input.case_id)
}

/// Adds a task or recovery item, or edits one (title, kind, mandatory, assignee, due).
pub fn save_task(ctx: &mut Ctx<'_>, input: TaskInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let kind: cw::TaskKind = input.kind.into();
    let list: cw::TaskList = input.list.into();
    if kind == cw::TaskKind::CisoReport {
        return Err(invalid("kind", "error-invalid-choice"));
    }
    let assignee = person(ctx, "assigneePersonId", input.assignee_person_id.as_deref())?;
    let due_at = match input.due_at.trim() {
        "" => None,
        s => Some(parse_local_datetime(s).ok_or_else(|| invalid("dueAt", "error-datetime-format"))?),
    };
    let tasks = ctx.store.tasks(case.id)?;
    let l10n = ja();
    let (task, text) = match input.task_id.as_deref().filter(|s| !s.is_empty()) {
        None => {
            let position = tasks.iter().filter(|t| t.list == list).map(|t| t.position + 1).max().unwrap_or(0);
            let mut t =
                cw::Task::new(TaskId::new(ctx.ids), case.id, list, kind, &input.title, input.mandatory, position, now).map_err(domain)?;
            t.assignee = assignee;
            t.due_at = due_at;
            let text = l10n.msg("timeline-task-added", &[("title", &t.title), ("list", &kind_label(l10n, "task-list", list.as_code()))]);
            (t, text)
        }
        Some(id) => {
            let id = TaskId::parse(id).ok_or_else(not_found)?;
            let mut t = tasks.into_iter().find(|t| t.id == id).ok_or_else(not_found)?;
            if t.kind == cw::TaskKind::CisoReport && kind != cw::TaskKind::CisoReport {
                return Err(invalid("kind", "error-invalid-choice"));
            }
            let fresh = cw::Task::new(t.id, case.id, list, kind, &input.title, input.mandatory, t.position, now).map_err(domain)?;
            t.title = fresh.title;
            t.kind = if t.kind == cw::TaskKind::CisoReport { t.kind } else { kind };
            t.list = list;
            t.mandatory = input.mandatory;
            t.assignee = assignee;
            t.due_at = due_at;
            let text = l10n.msg("timeline-task-edited", &[("title", &t.title)]);
            (t, text)
        }
    };
    record(ctx, case.id, CoreKind::Action, now, &text, |w| w.put_task(&task))?;
    crate::get_case(ctx, &input.case_id)
}

/// Marks a task done, waived (a reason is required) or open again.
pub fn set_task_status(ctx: &mut Ctx<'_>, input: TaskStatusInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let id = TaskId::parse(&input.task_id).ok_or_else(not_found)?;
    let mut task = ctx.store.tasks(case.id)?.into_iter().find(|t| t.id == id).ok_or_else(not_found)?;
    let status: cw::TaskStatus = input.status.into();
    task.set_status(status, &input.note, &ctx.actor.label, now).map_err(domain)?;
    let l10n = ja();
    let text = match status {
        cw::TaskStatus::Done if task.note.is_empty() => l10n.msg("timeline-task-done", &[("title", &task.title)]),
        cw::TaskStatus::Done => l10n.msg("timeline-task-done-note", &[("title", &task.title), ("note", &task.note)]),
        cw::TaskStatus::Waived => l10n.msg("timeline-task-waived", &[("title", &task.title), ("reason", &task.note)]),
        cw::TaskStatus::Open => l10n.msg("timeline-task-reopened", &[("title", &task.title)]),
    };
    record(ctx, case.id, CoreKind::Action, now, &text, |w| w.put_task(&task))?;
    crate::get_case(ctx, &input.case_id)
}

/// Records an item of evidence.
pub fn add_evidence(ctx: &mut Ctx<'_>, input: EvidenceInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let collected_at = parse_local_datetime(input.collected_at.trim()).ok_or_else(|| invalid("collectedAt", "error-datetime-format"))?;
    let e = cw::Evidence::new(
        EvidenceId::new(ctx.ids),
        case.id,
        &input.description,
        input.source.into(),
        &input.source_detail,
        &input.collected_by,
        collected_at,
        &input.storage_place,
        &ctx.actor.label,
        now,
    )
    .map_err(domain)?;
    let text = ja().msg("timeline-evidence-added", &[("description", &e.description), ("place", &e.storage_place)]);
    record(ctx, case.id, CoreKind::Action, collected_at, &text, |w| w.insert_evidence(&e))?;
    crate::get_case(ctx, &input.case_id)
}

/// The item of evidence `evidence_id` of `case`.
fn evidence_of(ctx: &Ctx<'_>, case: CaseId, evidence_id: &str) -> Result<cw::Evidence, ApiError> {
    let id = EvidenceId::parse(evidence_id).ok_or_else(not_found)?;
    ctx.store.evidence(case)?.into_iter().find(|e| e.id == id).ok_or_else(not_found)
}

/// The file name as shown: the last path component, trimmed.
fn clean_file_name(name: &str) -> Result<String, ApiError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    if base.is_empty() || base == "." || base == ".." {
        return Err(invalid("fileName", "error-field-required"));
    }
    if base.chars().count() > 255 || base.chars().any(char::is_control) {
        return Err(invalid("fileName", "error-evidence-file-name"));
    }
    Ok(base.to_owned())
}

/// Attaches a file: the bytes are stored content-addressed (before the row is written: a failed
/// write leaves at most an unreferenced file, never a row without its file).
pub fn attach_evidence_file(ctx: &mut Ctx<'_>, input: EvidenceFileInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let evidence = evidence_of(ctx, case.id, &input.evidence_id)?;
    let file_name = clean_file_name(&input.file_name)?;
    if input.content_base64.len() > MAX_EVIDENCE_FILE / 3 * 4 + 8 {
        return Err(invalid("file", "error-evidence-file-too-large").arg("maxMb", (MAX_EVIDENCE_FILE / 1024 / 1024).to_string()));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(input.content_base64.trim())
        .map_err(|_| invalid("file", "error-evidence-file-unreadable"))?;
    if bytes.is_empty() {
        return Err(invalid("file", "error-evidence-file-empty"));
    }
    if bytes.len() > MAX_EVIDENCE_FILE {
        return Err(invalid("file", "error-evidence-file-too-large").arg("maxMb", (MAX_EVIDENCE_FILE / 1024 / 1024).to_string()));
    }
    let now = ctx.clock.now();
    let sha256 = ctx.store.put_evidence_bytes(&bytes)?;
    let file = cw::EvidenceFile {
        id: EvidenceFileId::new(ctx.ids),
        evidence_id: evidence.id,
        file_name,
        sha256,
        size: bytes.len() as u64,
        added_by: ctx.actor.label.clone(),
        added_at: now,
    };
    let text = ja().msg(
        "timeline-evidence-file-attached",
        &[("description", &evidence.description), ("file", &file.file_name), ("sha256", &file.sha256)],
    );
    record(ctx, case.id, CoreKind::Action, now, &text, |w| w.insert_evidence_file(&file))?;
    crate::get_case(ctx, &input.case_id)
}

/// Records a chain-of-custody transfer.
pub fn transfer_custody(ctx: &mut Ctx<'_>, input: CustodyInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let evidence = evidence_of(ctx, case.id, &input.evidence_id)?;
    let now = ctx.clock.now();
    let at = parse_local_datetime(input.at.trim()).ok_or_else(|| invalid("at", "error-datetime-format"))?;
    let last_at = ctx.store.custody(case.id)?.into_iter().filter(|c| c.evidence_id == evidence.id).map(|c| c.at).max();
    if at < evidence.collected_at || last_at.is_some_and(|l| at < l) {
        return Err(invalid("at", "error-custody-before-previous"));
    }
    let t =
        cw::CustodyTransfer::new(CustodyId::new(ctx.ids), evidence.id, &input.from, &input.to, at, &input.purpose, &ctx.actor.label, now)
            .map_err(domain)?;
    let text = ja().msg(
        "timeline-custody-transferred",
        &[("description", &evidence.description), ("from", &t.from), ("to", &t.to), ("purpose", &t.purpose)],
    );
    record(ctx, case.id, CoreKind::Action, at, &text, |w| w.insert_custody(&t))?;
    crate::get_case(ctx, &input.case_id)
}

/// Re-hashes every evidence file of the case and lists those whose bytes no longer match (or are
/// missing). The result is written to the timeline.
pub fn recheck_evidence(ctx: &mut Ctx<'_>, case_id: &str) -> Result<EvidenceCheckDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, case_id)?;
    let now = ctx.clock.now();
    let files = ctx.store.evidence_files(case.id)?;
    let mut mismatches = Vec::new();
    for f in &files {
        let actual = ctx.store.evidence_hash_now(&f.sha256)?;
        if actual.as_deref() != Some(f.sha256.as_str()) {
            mismatches.push(EvidenceMismatchDto {
                evidence_id: f.evidence_id.to_string(),
                file_id: f.id.to_string(),
                file_name: f.file_name.clone(),
                expected: f.sha256.clone(),
                actual,
            });
        }
    }
    let l10n = ja();
    let checked = files.len().to_string();
    let text = if mismatches.is_empty() {
        l10n.msg("timeline-evidence-rechecked", &[("count", &checked)])
    } else {
        let names: Vec<&str> = mismatches.iter().map(|m| m.file_name.as_str()).collect();
        l10n.msg(
            "timeline-evidence-recheck-failed",
            &[("count", &checked), ("bad", &mismatches.len().to_string()), ("files", &names.join("、"))],
        )
    };
    let entry = timeline_line(ctx, case.id, CoreKind::Action, now, &text)?;
    ctx.store.write(&ctx.actor.label, now, |w| w.insert_timeline_entry(&entry))?;
    Ok(EvidenceCheckDto { checked: files.len() as u32, mismatches, checked_at: to_storage(now) })
}

/// Records a meeting (緊急対策会議, 004 第6条).
pub fn hold_meeting(ctx: &mut Ctx<'_>, input: MeetingInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let held_at = parse_local_datetime(input.held_at.trim()).ok_or_else(|| invalid("heldAt", "error-datetime-format"))?;
    let m = cw::Meeting::new(
        MeetingId::new(ctx.ids),
        case.id,
        held_at,
        &input.participants,
        &input.agenda,
        &input.notes,
        &ctx.actor.label,
        now,
    )
    .map_err(domain)?;
    let participants = m.participants.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("、");
    let text = ja().msg("timeline-meeting-held", &[("agenda", &m.agenda), ("participants", &participants)]);
    record(ctx, case.id, CoreKind::Communication, held_at, &text, |w| w.insert_meeting(&m))?;
    crate::get_case(ctx, &input.case_id)
}

/// Proposes a decision, to be approved or rejected by someone else.
pub fn propose_decision(ctx: &mut Ctx<'_>, input: ProposeDecisionInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let meeting = match input.meeting_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(m) => {
            let id = MeetingId::parse(m).ok_or_else(|| invalid("meetingId", "error-choice-not-found"))?;
            if !ctx.store.meetings(case.id)?.iter().any(|x| x.id == id) {
                return Err(invalid("meetingId", "error-choice-not-found"));
            }
            Some(id)
        }
    };
    let now = ctx.clock.now();
    let d = cw::Decision::propose(DecisionId::new(ctx.ids), case.id, meeting, &input.text, &ctx.actor.label, now).map_err(domain)?;
    let text = ja().msg("timeline-decision-proposed", &[("text", &d.text)]);
    record(ctx, case.id, CoreKind::Decision, now, &text, |w| w.put_decision(&d))?;
    crate::get_case(ctx, &input.case_id)
}

/// Approves or rejects a decision. The proposer may not (separation of duties, 000 §1(5)).
pub fn decide_decision(ctx: &mut Ctx<'_>, input: DecideInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::ApproveDecisions)?;
    let case = open_case(ctx, &input.case_id)?;
    let id = DecisionId::parse(&input.decision_id).ok_or_else(not_found)?;
    let mut d = ctx.store.decisions(case.id)?.into_iter().find(|d| d.id == id).ok_or_else(not_found)?;
    let note = input.note.trim();
    if note.chars().count() > 2000 {
        return Err(invalid("note", "error-field-too-long"));
    }
    let now = ctx.clock.now();
    d.decide(input.approve, note, &ctx.actor.label, now).map_err(|e| match e {
        DecideError::OwnProposal => ApiError::new(ErrorCode::Forbidden, "error-decision-own-proposal"),
        DecideError::AlreadyDecided => ApiError::new(ErrorCode::Conflict, "error-decision-already-decided"),
    })?;
    let l10n = ja();
    let id = if input.approve { "timeline-decision-approved" } else { "timeline-decision-rejected" };
    let text = l10n.msg(id, &[("text", &d.text), ("note", note)]);
    record(ctx, case.id, CoreKind::Decision, now, &text, |w| w.put_decision(&d))?;
    crate::get_case(ctx, &input.case_id)
}

/// Saves the root cause and the CISO's instructions (000 §5.3(3)④⑤).
pub fn save_root_cause(ctx: &mut Ctx<'_>, input: RootCauseInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let mut case = open_case(ctx, &input.case_id)?;
    let bounded = |field: &str, v: &str| -> Result<String, ApiError> {
        let v = v.trim();
        if v.chars().count() > 4000 { Err(invalid(field, "error-field-too-long")) } else { Ok(v.to_owned()) }
    };
    case.root_cause = cw::RootCause {
        category: input.category.map(Into::into),
        narrative: bounded("narrative", &input.narrative)?,
        ciso_instructions: bounded("cisoInstructions", &input.ciso_instructions)?,
    };
    let now = ctx.clock.now();
    case.updated_at = now;
    let l10n = ja();
    let category = case.root_cause.category.map_or_else(String::new, |c| kind_label(l10n, "cause-category", c.as_code()));
    let text = l10n.msg("timeline-root-cause-saved", &[("category", &category)]);
    record(ctx, case.id, CoreKind::Decision, now, &text, |w| w.update_case(&case))?;
    crate::get_case(ctx, &input.case_id)
}

/// Adds or edits a recurrence-prevention measure (実施済み / 実施予定, owner, due date).
pub fn save_measure(ctx: &mut Ctx<'_>, input: MeasureInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = open_case(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let due_on = match input.due_on.trim() {
        "" => None,
        s => Some(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| invalid("dueOn", "error-date-format"))?),
    };
    let (id, created_at) = match input.measure_id.as_deref().filter(|s| !s.is_empty()) {
        None => (MeasureId::new(ctx.ids), now),
        Some(m) => {
            let id = MeasureId::parse(m).ok_or_else(not_found)?;
            let old = ctx.store.measures(case.id)?.into_iter().find(|x| x.id == id).ok_or_else(not_found)?;
            (old.id, old.created_at)
        }
    };
    let m = cw::Measure::new(id, case.id, &input.text, input.status.into(), &input.owner, due_on, created_at, now).map_err(domain)?;
    let l10n = ja();
    let text = l10n.msg(
        "timeline-measure-saved",
        &[("status", &kind_label(l10n, "measure-status", m.status.as_code())), ("text", &m.text), ("owner", &m.owner)],
    );
    record(ctx, case.id, CoreKind::Decision, now, &text, |w| w.put_measure(&m))?;
    crate::get_case(ctx, &input.case_id)
}

/// Links the case to another by its 受付番号, as a duplicate or a related case.
pub fn link_case(ctx: &mut Ctx<'_>, input: LinkCaseInput) -> Result<CaseDetailDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, &input.case_id)?;
    let wanted = input.other_receipt_no.trim();
    if wanted.is_empty() {
        return Err(invalid("otherReceiptNo", "error-field-required"));
    }
    let other = match ctx.store.case_id_by_receipt(wanted)?.as_deref().and_then(CaseId::parse) {
        Some(id) => ctx.store.case(id)?,
        None => None,
    }
    .ok_or_else(|| invalid("otherReceiptNo", "error-link-unknown"))?;
    if ctx.store.case_links(case.id)?.iter().any(|l| l.case_id == other.id || l.other_case_id == other.id) {
        return Err(invalid("otherReceiptNo", "error-link-exists"));
    }
    let now = ctx.clock.now();
    let kind: cw::LinkKind = input.kind.into();
    let link = cw::CaseLink::new(CaseLinkId::new(ctx.ids), case.id, other.id, kind, &input.note, &ctx.actor.label, now).map_err(domain)?;
    let l10n = ja();
    let text =
        l10n.msg("timeline-case-linked", &[("receipt", &other.receipt_no), ("kind", &kind_label(l10n, "link-kind", kind.as_code()))]);
    let back =
        l10n.msg("timeline-case-linked-from", &[("receipt", &case.receipt_no), ("kind", &kind_label(l10n, "link-kind", kind.as_code()))]);
    let entry = timeline_line(ctx, case.id, CoreKind::Decision, now, &text)?;
    let entry_other = timeline_line(ctx, other.id, CoreKind::Decision, now, &back)?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.insert_case_link(&link)?;
        w.insert_timeline_entry(&entry)?;
        w.insert_timeline_entry(&entry_other)
    })?;
    crate::get_case(ctx, &input.case_id)
}

// ---- 重要度 labels ----

fn severity_key(s: sonae_core::Severity) -> String {
    format!("severity-label:{}", s.as_code())
}

/// The organization's names for the four 重要度 levels, lowest first (empty: the standard label).
pub fn severity_labels(ctx: &mut Ctx<'_>) -> Result<Vec<SeverityLabelDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    sonae_core::Severity::ALL
        .iter()
        .map(|s| Ok(SeverityLabelDto { severity: (*s).into(), label: ctx.store.setting(&severity_key(*s))?.unwrap_or_default() }))
        .collect()
}

/// Renames 重要度 levels (管理者). Empty restores the standard label; labels must differ.
pub fn save_severity_labels(ctx: &mut Ctx<'_>, input: Vec<SeverityLabelDto>) -> Result<Vec<SeverityLabelDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let mut seen: Vec<String> = Vec::new();
    let mut writes = Vec::new();
    for l in &input {
        let label = l.label.trim();
        if label.chars().count() > 20 {
            return Err(invalid("label", "error-field-too-long").arg("severity", format!("{:?}", l.severity).to_lowercase()));
        }
        if !label.is_empty() {
            if seen.iter().any(|x| x == label) {
                return Err(invalid("label", "error-duplicate"));
            }
            seen.push(label.to_owned());
        }
        writes.push((severity_key(l.severity.into()), label.to_owned()));
    }
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| {
        for (k, v) in &writes {
            w.put_setting(k, v)?;
        }
        Ok(())
    })?;
    severity_labels(ctx)
}

// ---- playbooks ----

fn built_in_dto(category: sonae_core::Category) -> PlaybookDto {
    let l10n = ja();
    PlaybookDto {
        category: category.into(),
        revision: 0,
        steps: playbook::built_in(category)
            .iter()
            .map(|s| PlaybookStepDto {
                kind: s.kind.into(),
                title: l10n.msg(s.message_id, &[]),
                mandatory: s.mandatory,
                due_hours: s.due_hours,
            })
            .collect(),
        note: String::new(),
        saved_by: None,
        saved_at: None,
        built_in: true,
    }
}

fn revision_dto(ctx: &Ctx<'_>, r: PlaybookRevision) -> Result<PlaybookDto, ApiError> {
    Ok(PlaybookDto {
        category: r.category.into(),
        revision: r.revision,
        steps: r
            .steps
            .into_iter()
            .map(|s| PlaybookStepDto { kind: s.kind.into(), title: s.title, mandatory: s.mandatory, due_hours: s.due_hours })
            .collect(),
        note: r.note,
        saved_by: Some(crate::cases::actor_name(ctx, &r.saved_by)?),
        saved_at: Some(to_storage(r.saved_at)),
        built_in: false,
    })
}

/// The steps a case of `category` gets now, with the revision they come from (Japanese titles).
pub(crate) fn current_steps(ctx: &Ctx<'_>, category: sonae_core::Category) -> Result<(u32, Vec<PlaybookStep>), ApiError> {
    match ctx.store.playbook_revisions(category)?.into_iter().next() {
        Some(r) => Ok((r.revision, r.steps)),
        None => {
            let l10n = ja();
            let steps = playbook::built_in(category)
                .iter()
                .map(|s| PlaybookStep { kind: s.kind, title: l10n.msg(s.message_id, &[]), mandatory: s.mandatory, due_hours: s.due_hours })
                .collect();
            Ok((0, steps))
        }
    }
}

/// The current playbook of every category.
pub fn list_playbooks(ctx: &mut Ctx<'_>) -> Result<Vec<PlaybookDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let mut out = Vec::new();
    for c in sonae_core::Category::ALL {
        match ctx.store.playbook_revisions(*c)?.into_iter().next() {
            Some(r) => out.push(revision_dto(ctx, r)?),
            None => out.push(built_in_dto(*c)),
        }
    }
    Ok(out)
}

/// Every revision of a category's playbook, newest first, ending with the built-in one.
pub fn playbook_history(ctx: &mut Ctx<'_>, category: Category) -> Result<Vec<PlaybookDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let c: sonae_core::Category = category.into();
    let mut out = Vec::new();
    for r in ctx.store.playbook_revisions(c)? {
        out.push(revision_dto(ctx, r)?);
    }
    out.push(built_in_dto(c));
    Ok(out)
}

/// Saves a new revision of a category's playbook. A step's error names it with `args.index`
/// (0-based) and `field` = `title` / `dueHours` / `kind`.
pub fn save_playbook(ctx: &mut Ctx<'_>, input: PlaybookInput) -> Result<Vec<PlaybookDto>, ApiError> {
    ctx.actor.require(Action::EditPlaybooks)?;
    let category: sonae_core::Category = input.category.into();
    let revision = ctx.store.playbook_revisions(category)?.first().map_or(1, |r| r.revision + 1);
    let now = ctx.clock.now();
    let steps = input
        .steps
        .into_iter()
        .map(|s| PlaybookStep { kind: s.kind.into(), title: s.title, mandatory: s.mandatory, due_hours: s.due_hours })
        .collect();
    let r = PlaybookRevision::new(PlaybookRevisionId::new(ctx.ids), category, revision, steps, &input.note, &ctx.actor.label, now)
        .map_err(|(index, e)| {
            let mut err = domain(e);
            if let Some(i) = index {
                err = err.arg("index", i.to_string()).arg("row", (i + 1).to_string());
            }
            err
        })?;
    ctx.store.write(&ctx.actor.label, now, |w| w.insert_playbook_revision(&r))?;
    playbook_history(ctx, input.category)
}

/// Creates, once per case, the tasks of judging it an incident: the 第一報 to the CISO (due after
/// the organization's target time), the category's playbook steps and the recovery checklist.
/// Answers the tasks and the timeline text to record.
pub(crate) fn tasks_for_incident(ctx: &Ctx<'_>, case: &Case, now: Timestamp) -> Result<(Vec<cw::Task>, Option<String>), ApiError> {
    let existing = ctx.store.tasks(case.id)?;
    let l10n = ja();
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let mut out = Vec::new();
    let mut position = existing.iter().filter(|t| t.list == cw::TaskList::Response).map(|t| t.position + 1).max().unwrap_or(0);
    if !existing.iter().any(|t| t.kind == cw::TaskKind::CisoReport) {
        let title = l10n.msg("task-ciso-report", &[("ciso", &org.ciso_title)]);
        let mut t =
            cw::Task::new(TaskId::new(ctx.ids), case.id, cw::TaskList::Response, cw::TaskKind::CisoReport, &title, true, position, now)
                .map_err(domain)?;
        position += 1;
        t.due_at = Some(now + chrono::Duration::minutes(i64::from(org.settings.ciso_report_target_minutes)));
        if case.ciso_informed_at.is_some() {
            t.set_status(cw::TaskStatus::Done, "", &ctx.actor.label, now).map_err(domain)?;
        }
        out.push(t);
    }
    let mut applied = None;
    if !existing.iter().any(|t| t.playbook_revision.is_some()) {
        let (revision, steps) = current_steps(ctx, case.category)?;
        for s in &steps {
            let mut t = cw::Task::new(TaskId::new(ctx.ids), case.id, cw::TaskList::Response, s.kind, &s.title, s.mandatory, position, now)
                .map_err(domain)?;
            position += 1;
            t.due_at = s.due_hours.map(|h| now + chrono::Duration::hours(i64::from(h)));
            t.playbook_revision = Some(revision);
            out.push(t);
        }
        let category = kind_label(l10n, "category", case.category.as_code());
        applied = Some(l10n.msg(
            "timeline-playbook-applied",
            &[("category", &category), ("revision", &revision.to_string()), ("count", &steps.len().to_string())],
        ));
    }
    if !existing.iter().any(|t| t.list == cw::TaskList::Recovery) {
        for (i, id) in playbook::RECOVERY_CHECKS.iter().enumerate() {
            out.push(
                cw::Task::new(
                    TaskId::new(ctx.ids),
                    case.id,
                    cw::TaskList::Recovery,
                    cw::TaskKind::RecoveryCheck,
                    &l10n.msg(id, &[]),
                    true,
                    i as u32,
                    now,
                )
                .map_err(domain)?,
            );
        }
    }
    Ok((out, applied))
}
