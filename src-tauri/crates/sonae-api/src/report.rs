//! The staff report (職員報告): drafts saved on every step and blur, submission that opens a case
//! in 受付 with a 受付番号, the receipt with whom to call, and "my reports".
//!
//! Visibility: a person sees the drafts they own and the reports they entered or filed; CSIRT
//! roles ([`Action::ViewAllCases`]) see every report. Enforced here, not in the UI.

use crate::Ctx;
use crate::dto::*;
use crate::error::{ApiError, ErrorCode, fluent_id};
use sonae_core::clock::to_storage;
use sonae_core::report::{FormIssue, FormRefs, REPORT_STEPS};
use sonae_core::setup::{ContactKind as CoreContactKind, receipt_number, receipt_period};
use sonae_core::{
    Action, Case, CaseId, Category as CoreCategory, DomainError, PersonId, ReportForm, ReportId, Role, TimelineEntry, TimelineEntryId,
    TimelineKind,
};
use sonae_i18n::{Lang, Localizer};
use sonae_store::{DraftStatus, ReportDraftRow, ReportRow};
use uuid::Uuid;

/// The setting key of an organization's guidance for one category.
fn guidance_key(category: CoreCategory) -> String {
    format!("guidance:{}", category.as_code())
}

/// The setting key of the last 受付番号 sequence number of a period.
fn receipt_seq_key(period: &str) -> String {
    format!("receipt-seq:{period}")
}

fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "error-not-found")
}

/// The acting person; reports are always somebody's.
fn me(ctx: &Ctx<'_>) -> Result<PersonId, ApiError> {
    ctx.actor.require(Action::FileReport)?;
    ctx.actor.person_id().ok_or_else(|| ApiError::new(ErrorCode::Forbidden, "error-report-needs-person"))
}

fn refs(ctx: &Ctx<'_>) -> Result<FormRefs, ApiError> {
    Ok(FormRefs {
        departments: ctx.store.departments()?.into_iter().map(|d| d.id).collect(),
        systems: ctx.store.systems()?.into_iter().map(|s| s.id).collect(),
        class_levels: ctx.store.classification()?.map(|(_, levels)| levels.into_iter().map(|l| l.id).collect()).unwrap_or_default(),
    })
}

fn issue_dto(i: FormIssue) -> FieldIssueDto {
    let DomainError::Invalid { field, message_id } = i.error;
    FieldIssueDto { step: i.step, field: field.to_owned(), message_id: message_id.to_owned(), field_id: fluent_id("field", field) }
}

fn draft_dto(row: &ReportDraftRow, issues: Vec<FieldIssueDto>) -> Result<ReportDraftDto, ApiError> {
    let form: ReportFormDto = serde_json::from_str(&row.form_json)
        .map_err(|_| ApiError::new(ErrorCode::Storage, "error-bad-value").arg("table", "report_draft").arg("column", "form_json"))?;
    Ok(ReportDraftDto {
        id: row.id.to_string(),
        step: row.step,
        form,
        created_at: to_storage(row.created_at),
        updated_at: to_storage(row.updated_at),
        issues,
    })
}

/// The draft `id` if `owner` owns it and it is still open.
fn own_open_draft(ctx: &Ctx<'_>, owner: PersonId, id: &str) -> Result<ReportDraftRow, ApiError> {
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    let row = ctx.store.report_draft(id)?.filter(|d| d.owner == owner).ok_or_else(not_found)?;
    if row.status != DraftStatus::Open {
        return Err(ApiError::new(ErrorCode::Conflict, "error-draft-closed"));
    }
    Ok(row)
}

/// Everything the wizard offers, and the reporter's own details to prefill.
pub fn report_options(ctx: &mut Ctx<'_>) -> Result<ReportOptionsDto, ApiError> {
    let person_id = me(ctx)?;
    let departments = ctx.store.departments()?;
    let dept_name =
        |id: Option<sonae_core::DepartmentId>| id.and_then(|id| departments.iter().find(|d| d.id == id)).map(|d| d.name.clone());
    let people = ctx.store.people()?;
    let person = people.iter().find(|p| p.id == person_id).ok_or_else(not_found)?;
    let guidance = report_options_guidance(ctx)?;
    Ok(ReportOptionsDto {
        departments: departments
            .iter()
            .map(|d| OptionDto {
                id: d.id.to_string(),
                label: d.name.clone(),
                group: None,
                description: String::new(),
                network_segment: None,
            })
            .collect(),
        systems: ctx
            .store
            .systems()?
            .into_iter()
            .map(|s| OptionDto {
                id: s.id.to_string(),
                label: s.name,
                group: dept_name(s.department_id),
                description: s.contractor,
                network_segment: Some(s.segment.into()),
            })
            .collect(),
        class_levels: ctx
            .store
            .classification()?
            .map(|(_, levels)| levels)
            .unwrap_or_default()
            .into_iter()
            .map(|l| OptionDto {
                id: l.id.to_string(),
                label: format!("{} {}", l.code, l.label),
                group: Some(l.axis.as_code().to_owned()),
                description: l.description,
                network_segment: None,
            })
            .collect(),
        guidance,
        me: ReporterDto {
            name: person.name.clone(),
            department_id: person.department_id.map(|d| d.to_string()),
            phone: person.contact.office_phone.clone(),
            email: person.contact.email.clone(),
        },
    })
}

/// Saves the form as typed (a new draft when `draftId` is null) and lists what is still wrong.
/// Never refuses a form for its content: drafts hold whatever was typed.
pub fn save_report_draft(ctx: &mut Ctx<'_>, input: SaveDraftInput) -> Result<ReportDraftDto, ApiError> {
    let owner = me(ctx)?;
    if !(1..=REPORT_STEPS).contains(&input.step) {
        let mut e = ApiError::new(ErrorCode::Validation, "error-out-of-range").arg("fieldId", "field-step");
        e.field = Some("step".into());
        return Err(e);
    }
    let now = ctx.clock.now();
    let form_json = serde_json::to_string(&input.form).map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))?;
    let row = match input.draft_id.as_deref() {
        Some(id) => {
            let current = own_open_draft(ctx, owner, id)?;
            ReportDraftRow { step: input.step, form_json, updated_at: now, ..current }
        }
        None => ReportDraftRow {
            id: ctx.ids.new_uuid(),
            owner,
            step: input.step,
            form_json,
            status: DraftStatus::Open,
            report_id: None,
            created_at: now,
            updated_at: now,
        },
    };
    let unchanged = ctx.store.report_draft(row.id)?.is_some_and(|r| r.form_json == row.form_json && r.step == row.step);
    if !unchanged {
        ctx.store.write(&ctx.actor.label, now, |w| w.put_report_draft(&row))?;
    }
    let form: ReportForm = input.form.into();
    let issues = form.issues(now, &refs(ctx)?).into_iter().map(issue_dto).collect();
    let saved = ctx.store.report_draft(row.id)?.ok_or_else(not_found)?;
    draft_dto(&saved, issues)
}

/// The signed-in person's open drafts, most recent first: offered for resuming after a restart.
pub fn open_report_drafts(ctx: &mut Ctx<'_>) -> Result<Vec<ReportDraftDto>, ApiError> {
    let owner = me(ctx)?;
    let now = ctx.clock.now();
    let refs = refs(ctx)?;
    ctx.store
        .open_drafts_of(owner)?
        .iter()
        .map(|row| {
            let form: ReportFormDto = serde_json::from_str(&row.form_json).unwrap_or_default();
            let issues = ReportForm::from(form).issues(now, &refs).into_iter().map(issue_dto).collect();
            draft_dto(row, issues)
        })
        .collect()
}

/// Sets a draft aside. Its text is kept (status `discarded`), never deleted.
pub fn discard_report_draft(ctx: &mut Ctx<'_>, draft_id: &str) -> Result<(), ApiError> {
    let owner = me(ctx)?;
    let row = own_open_draft(ctx, owner, draft_id)?;
    let now = ctx.clock.now();
    let row = ReportDraftRow { status: DraftStatus::Discarded, updated_at: now, ..row };
    ctx.store.write(&ctx.actor.label, now, |w| w.put_report_draft(&row))?;
    Ok(())
}

/// Files the report: opens a case in 受付 with the next 受付番号, records the "noticed" time as
/// the first candidate for 知った日, and answers with the receipt. The form is saved to the draft
/// first, so a refused submission loses nothing; the refusal names the first field at fault.
pub fn submit_report(ctx: &mut Ctx<'_>, input: SubmitReportInput) -> Result<ReportReceiptDto, ApiError> {
    let owner = me(ctx)?;
    let draft =
        save_report_draft(ctx, SaveDraftInput { draft_id: Some(input.draft_id.clone()), step: REPORT_STEPS, form: input.form.clone() })?;
    let now = ctx.clock.now();
    let form: ReportForm = input.form.into();
    let checked = form.check(now, &refs(ctx)?).map_err(|issues| {
        let first = issue_dto(issues.into_iter().next().expect("check fails with at least one issue"));
        let mut e = ApiError::new(ErrorCode::Validation, &first.message_id).arg("fieldId", &first.field_id).arg("step", first.step);
        e.field = Some(first.field);
        e
    })?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let format = org.settings.receipt_format;
    let ids = ctx.ids;
    let case_id = CaseId::new(ids);
    let report = checked.into_report(ReportId::new(ids), case_id, owner, now);
    let l10n = Localizer::shared(Lang::Ja);
    let source_label = l10n.msg(&fluent_id("report-origin", &camel(report.source.as_code())), &[]);
    let draft_row = own_open_draft(ctx, owner, &draft.id)?;
    let candidate_id = ids.new_uuid();
    let entry_id = TimelineEntryId::new(ids);
    let case_title = report.case_title();
    let receipt_no = ctx.store.write(&ctx.actor.label, now, |w| {
        let receipt_no = take_receipt_no(w, &format, now)?;
        let case = Case::open(case_id, receipt_no.clone(), &case_title, report.category, report.drill, now)
            .map_err(|_| sonae_store::StoreError::Conflict { what: "case title" })?;
        w.insert_case(&case)?;
        w.insert_report(&report)?;
        if let Some(noticed) = report.noticed_at {
            w.insert_known_date_candidate(candidate_id, case_id, noticed, "reporter_noticed", now)?;
        }
        let text = l10n
            .msg("timeline-report-received", &[("source", &source_label), ("reporter", &report.reporter_name), ("receipt", &receipt_no)]);
        let entry = TimelineEntry::new(entry_id, case_id, TimelineKind::Action, now, now, &ctx.actor.label, &text)
            .map_err(|_| sonae_store::StoreError::Conflict { what: "timeline text" })?;
        w.insert_timeline_entry(&entry)?;
        w.put_report_draft(&ReportDraftRow { status: DraftStatus::Submitted, report_id: Some(report.id), updated_at: now, ..draft_row })?;
        Ok(receipt_no)
    })?;
    Ok(ReportReceiptDto {
        receipt_no,
        report_id: report.id.to_string(),
        case_id: case_id.to_string(),
        category: report.category.into(),
        submitted_at: to_storage(now),
        noticed_at: report.noticed_at.map(to_storage).unwrap_or_default(),
        contacts: csirt_contacts(ctx)?,
    })
}

/// Takes the next free 受付番号 of `now`'s counting period, inside the write transaction (so two
/// submissions never get the same one). A staff report imported from a bundle is numbered the same way.
pub(crate) fn take_receipt_no(
    w: &mut sonae_store::Writer<'_>,
    format: &str,
    now: sonae_core::Timestamp,
) -> Result<String, sonae_store::StoreError> {
    let key = receipt_seq_key(&receipt_period(format, now));
    let mut seq = w.setting(&key)?.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0) + 1;
    while w.receipt_taken(&receipt_number(format, now, seq))? {
        seq += 1;
    }
    w.put_setting(&key, &seq.to_string())?;
    Ok(receipt_number(format, now, seq))
}

/// `lost_stolen` → `lostStolen`, so that [`fluent_id`] gives `report-source-lost-stolen`.
pub(crate) fn camel(code: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in code.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Whom a reporter calls: the CSIRT (lead first) and the internal 緊急連絡網 entries.
fn csirt_contacts(ctx: &Ctx<'_>) -> Result<Vec<CallDto>, ApiError> {
    let departments = ctx.store.departments()?;
    let rank = |roles: &[Role]| [Role::CsirtLead, Role::ChiefSecurityOfficer, Role::CsirtMember].iter().position(|r| roles.contains(r));
    let mut people: Vec<_> = ctx.store.people()?.into_iter().filter_map(|p| rank(&p.roles).map(|r| (r, p))).collect();
    people.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name_kana.cmp(&b.1.name_kana)));
    let mut out: Vec<CallDto> = people
        .into_iter()
        .map(|(_, p)| CallDto {
            person_id: Some(p.id.to_string()),
            kind: ContactKind::Internal,
            department_name: p.department_id.and_then(|d| departments.iter().find(|x| x.id == d)).map(|d| d.name.clone()),
            name: p.name,
            title: p.title,
            phone: p.contact.office_phone,
            mobile_phone: p.contact.mobile_phone,
            after_hours: p.contact.after_hours,
            email: p.contact.email,
        })
        .collect();
    out.extend(ctx.store.contacts()?.into_iter().filter(|c| c.kind == CoreContactKind::Internal).map(|c| CallDto {
        person_id: None,
        kind: ContactKind::Internal,
        name: c.organization,
        title: c.section,
        department_name: None,
        phone: c.phone,
        mobile_phone: String::new(),
        after_hours: c.after_hours_phone,
        email: c.email,
    }));
    Ok(out)
}

fn summary(r: ReportRow) -> ReportSummaryDto {
    let title = r.report.case_title();
    ReportSummaryDto {
        report_id: r.report.id.to_string(),
        case_id: r.report.case_id.map(|c| c.to_string()),
        receipt_no: r.receipt_no,
        case_state: r.case_state.map(Into::into),
        category: r.report.category.into(),
        title,
        source: r.report.source.as_code().to_owned(),
        reporter_name: r.report.reporter_name,
        submitted_at: to_storage(r.report.submitted_at),
    }
}

/// The reports the signed-in person entered or filed, newest first, with their case's state.
pub fn my_reports(ctx: &mut Ctx<'_>) -> Result<Vec<ReportSummaryDto>, ApiError> {
    let person = me(ctx)?;
    Ok(ctx.store.reports(Some(person))?.into_iter().map(summary).collect())
}

/// Every report (CSIRT roles).
pub fn all_reports(ctx: &mut Ctx<'_>) -> Result<Vec<ReportSummaryDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    Ok(ctx.store.reports(None)?.into_iter().map(summary).collect())
}

/// One report as filed, with its receipt: for the reporter who filed it, or a CSIRT role.
pub fn get_report(ctx: &mut Ctx<'_>, report_id: &str) -> Result<ReportDto, ApiError> {
    ctx.actor.require(Action::FileReport)?;
    let id = ReportId::parse(report_id).ok_or_else(not_found)?;
    let row = ctx.store.report(id)?.ok_or_else(not_found)?;
    let person = ctx.actor.person_id();
    let own = person.is_some() && (row.report.details.entered_by == person || row.report.reporter_person_id == person);
    if !own && !ctx.actor.may(Action::ViewAllCases) {
        // Not "forbidden": whether someone else's report exists is not the reporter's business.
        return Err(not_found());
    }
    let form = form_of(&row);
    Ok(ReportDto { summary: summary(row), form })
}

/// The report as the form it was filed with (for showing it back).
fn form_of(row: &ReportRow) -> ReportFormDto {
    use sonae_core::report::to_local_datetime;
    let r = &row.report;
    let d = &r.details;
    ReportFormDto {
        source: r.source.as_code().into(),
        symptoms: d.symptoms.iter().map(|s| s.as_code().to_owned()).collect(),
        category: r.category.as_code().into(),
        what_happened: r.summary.clone(),
        noticed_at: r.noticed_at.map(to_local_datetime).unwrap_or_default(),
        occurred_at: r.occurred_at.map(to_local_datetime).unwrap_or_default(),
        occurred_note: d.occurred_note.clone(),
        department_id: r.department_id.map(|x| x.to_string()).unwrap_or_default(),
        device: d.device.clone(),
        system_id: d.system_id.map(|x| x.to_string()).unwrap_or_default(),
        network_segment: d.network_segment.map(|s| s.as_code().to_owned()).unwrap_or_default(),
        class_level_id: d.class_level_id.map(|x| x.to_string()).unwrap_or_default(),
        personal_info: d.personal_info.map(|s| s.as_code().to_owned()).unwrap_or_default(),
        my_number: d.my_number.map(|s| s.as_code().to_owned()).unwrap_or_default(),
        max_persons: d.max_persons.map(|n| n.to_string()).unwrap_or_default(),
        medium: d.medium.map(|s| s.as_code().to_owned()).unwrap_or_default(),
        actions_taken: d.actions_taken.clone(),
        reporter_name: r.reporter_name.clone(),
        reporter_phone: r.reporter_contact.clone(),
        reporter_email: d.reporter_email.clone(),
        reporter_reachability: d.reporter_reachability.clone(),
        relay_org: d.relay_org.clone(),
        relay_channel: d.relay_channel.map(|s| s.as_code().to_owned()).unwrap_or_default(),
        relay_received_at: d.relay_received_at.map(to_local_datetime).unwrap_or_default(),
    }
}

/// Replaces the organization's first-response guidance for one category (管理者). Empty steps
/// restore the default text. Each step is one line of at most 200 characters, at most 10 steps.
pub fn save_guidance(ctx: &mut Ctx<'_>, input: GuidanceDto) -> Result<Vec<GuidanceDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let steps: Vec<String> = input.steps.iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
    let invalid = |message_id: &str| {
        let mut e = ApiError::new(ErrorCode::Validation, message_id).arg("fieldId", "field-guidance-steps");
        e.field = Some("steps".into());
        e
    };
    if steps.len() > 10 {
        return Err(invalid("error-too-many-steps"));
    }
    if steps.iter().any(|s| s.chars().count() > 200 || s.contains('\n')) {
        return Err(invalid("error-field-too-long"));
    }
    let category: CoreCategory = input.category.into();
    let json = serde_json::to_string(&steps).map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_setting(&guidance_key(category), &json))?;
    report_options_guidance(ctx)
}

fn report_options_guidance(ctx: &Ctx<'_>) -> Result<Vec<GuidanceDto>, ApiError> {
    let mut out = Vec::new();
    for c in CoreCategory::ALL {
        if let Some(json) = ctx.store.setting(&guidance_key(*c))? {
            let steps: Vec<String> = serde_json::from_str(&json).unwrap_or_default();
            if !steps.is_empty() {
                out.push(GuidanceDto { category: (*c).into(), steps });
            }
        }
    }
    Ok(out)
}

/// The organization's rewritten guidance (everyone: the wizard shows it).
pub fn list_guidance(ctx: &mut Ctx<'_>) -> Result<Vec<GuidanceDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    report_options_guidance(ctx)
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_become_fluent_ids() {
        assert_eq!(crate::fluent_id("report-origin", &super::camel("resident")), "report-origin-resident");
        assert_eq!(crate::fluent_id("category", &super::camel("loss_theft")), "category-loss-theft");
    }
}
