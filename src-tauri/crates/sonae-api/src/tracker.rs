//! A case's obligations (regulatory.md §1–§4, assessed by `sonae_core::obligations`) and the
//! notification tracker: one row per submission with its state, and the CSIRT deadlines view.
//!
//! 知った日 is taken once, on the first save of the facts, and never moves (regulatory.md §4);
//! later saves recompute the obligations with the old 知った日 and write a timeline line for
//! every obligation that changed, naming the facts that changed it.

use crate::Ctx;
use crate::cases::{invalid, load, not_found, timeline_line};
use crate::dto::*;
use crate::error::ApiError;
use chrono::NaiveDate;
use sonae_core::notification::{self as nt, Notification};
use sonae_core::obligations::{self as ob, Assessment, DestinationPolicy, Facts, ObligationDelta};
use sonae_core::{Action, Case, DomainError, Organization, TimelineKind, Timestamp};
use sonae_i18n::{Lang, Localizer};
use sonae_store::CaseFactsRow;

/// Today in Japan.
pub(crate) fn today(now: Timestamp) -> NaiveDate {
    now.with_timezone(&chrono_tz::Asia::Tokyo).date_naive()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The setting holding the organization's [`DestinationPolicyDto`] (absent: the defaults).
const POLICY_KEY: &str = "destination-policy";

fn authority_to_core(a: AuthorityPolicyDto) -> ob::AuthorityPolicy {
    let when = match a.when {
        ReportWhenDto::Always => ob::ReportWhen::Always,
        ReportWhenDto::Never => ob::ReportWhen::Never,
        ReportWhenDto::StatutoryReport => ob::ReportWhen::StatutoryReport,
        ReportWhenDto::SeverityAtLeast => ob::ReportWhen::SeverityAtLeast(a.severity.map_or(sonae_core::Severity::High, Into::into)),
    };
    ob::AuthorityPolicy { when, target_days: a.target_days }
}

fn authority_dto(a: ob::AuthorityPolicy) -> AuthorityPolicyDto {
    let (when, severity) = match a.when {
        ob::ReportWhen::Always => (ReportWhenDto::Always, None),
        ob::ReportWhen::Never => (ReportWhenDto::Never, None),
        ob::ReportWhen::StatutoryReport => (ReportWhenDto::StatutoryReport, None),
        ob::ReportWhen::SeverityAtLeast(s) => (ReportWhenDto::SeverityAtLeast, Some(s.into())),
    };
    AuthorityPolicyDto { when, severity, target_days: a.target_days }
}

fn policy_dto(p: &DestinationPolicy) -> DestinationPolicyDto {
    DestinationPolicyDto {
        soumu: authority_dto(p.soumu),
        prefecture: authority_dto(p.prefecture),
        police_on_malware: p.police_on_malware,
        ipa: p.ipa,
        jpcert: p.jpcert,
        publication: PublicationPolicyDto {
            immediate_from: p.publication.immediate_from.map(Into::into),
            immediate_when_statutory: p.publication.immediate_when_statutory,
            batch: p.publication.batch,
        },
        committee: p.committee,
    }
}

fn policy_from(org: &Organization, d: &DestinationPolicyDto) -> DestinationPolicy {
    DestinationPolicy {
        ciso_target_minutes: org.settings.ciso_report_target_minutes,
        soumu: authority_to_core(d.soumu),
        prefecture: authority_to_core(d.prefecture),
        police_on_malware: d.police_on_malware,
        ipa: d.ipa,
        jpcert: d.jpcert,
        publication: ob::PublicationPolicy {
            immediate_from: d.publication.immediate_from.map(Into::into),
            immediate_when_statutory: d.publication.immediate_when_statutory,
            batch: d.publication.batch,
        },
        committee: d.committee,
    }
}

/// The organization's policy: the stored setting, or the defaults from the seed policies.
fn org_policy(ctx: &Ctx<'_>, org: &Organization) -> Result<DestinationPolicy, ApiError> {
    let stored = ctx.store.setting(POLICY_KEY)?.and_then(|json| serde_json::from_str::<DestinationPolicyDto>(&json).ok());
    Ok(match stored {
        Some(d) => policy_from(org, &d),
        None => DestinationPolicy { ciso_target_minutes: org.settings.ciso_report_target_minutes, ..DestinationPolicy::default() },
    })
}

/// Whom the organization tells beyond the law, and when (everyone may read it).
pub fn destination_policy(ctx: &mut Ctx<'_>) -> Result<DestinationPolicyDto, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    Ok(policy_dto(&org_policy(ctx, &org)?))
}

/// Saves the organization's reporting policy (管理者). Open cases are assessed with it from now on.
pub fn save_destination_policy(ctx: &mut Ctx<'_>, input: DestinationPolicyDto) -> Result<DestinationPolicyDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    for (field, a) in [("soumu", input.soumu), ("prefecture", input.prefecture)] {
        if a.target_days.is_some_and(|d| d == 0 || d > 365) {
            return Err(invalid(&format!("{field}TargetDays"), "error-out-of-range"));
        }
        if a.when == ReportWhenDto::SeverityAtLeast && a.severity.is_none() {
            return Err(invalid(&format!("{field}Severity"), "error-field-required"));
        }
    }
    let json = serde_json::to_string(&input).map_err(|_| ApiError::new(crate::error::ErrorCode::Internal, "error-internal"))?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_setting(POLICY_KEY, &json))?;
    destination_policy(ctx)
}

fn core_facts(org: &Organization, case: &Case, known_on: NaiveDate, f: &ObligationFactsDto) -> Facts {
    let (pi, mn, c) = (&f.personal_info, &f.my_number, &f.crime);
    let mut facts = Facts::new(org.kind, known_on);
    facts.organization.ordinance_sensitive_defined = org.settings.ordinance_sensitive_info;
    facts.personal_info = ob::PersonalInfoFacts {
        involved: pi.involved,
        sensitive: pi.sensitive,
        financial_damage_risk: pi.financial_damage_risk,
        malicious_act: pi.malicious_act,
        ordinance_sensitive: pi.ordinance_sensitive,
        max_persons: pi.max_persons,
        highly_encrypted: pi.highly_encrypted,
        recovered_before_viewing: pi.recovered_before_viewing,
    };
    facts.my_number = ob::MyNumberFacts {
        involved: mn.involved,
        system: mn.system.into(),
        malicious_act: mn.malicious_act,
        publicly_viewable: mn.publicly_viewable,
        max_persons: mn.max_persons,
        highly_encrypted: mn.highly_encrypted,
        recovered_before_viewing: mn.recovered_before_viewing,
    };
    facts.crime = ob::CrimeFacts {
        unauthorized_access: c.unauthorized_access,
        ransomware: c.ransomware,
        malware: c.malware,
        theft: c.theft,
        insider: c.insider,
        other: c.other,
    };
    facts.contractor_involved = f.contractor_involved;
    facts.severity = case.severity;
    facts
}

/// The stored facts of a case, parsed.
fn stored(ctx: &Ctx<'_>, case: &Case) -> Result<Option<(CaseFactsRow, ObligationFactsDto)>, ApiError> {
    ctx.store.case_facts(case.id)?.map(parsed).transpose()
}

fn parsed(row: CaseFactsRow) -> Result<(CaseFactsRow, ObligationFactsDto), ApiError> {
    let dto: ObligationFactsDto = serde_json::from_str(&row.facts_json).map_err(|_| {
        ApiError::new(crate::error::ErrorCode::Storage, "error-bad-value").arg("table", "case_facts").arg("column", "facts_json")
    })?;
    Ok((row, dto))
}

fn row_dto(o: Option<&ob::Obligation>, n: &Notification, due: Option<NaiveDate>, today: NaiveDate) -> NotificationRowDto {
    NotificationRowDto {
        destination: n.destination.as_code().to_owned(),
        basis: n.basis.as_code().to_owned(),
        level: n.basis.level().as_code().to_owned(),
        stage: n.stage.into(),
        triggers: o.map(|o| o.triggers.iter().map(|t| t.as_code().to_owned()).collect()).unwrap_or_default(),
        due: due.map(ymd),
        final_days: o.filter(|_| n.stage == nt::Stage::Final).and_then(|o| o.final_days),
        target_minutes: o.and_then(|o| o.target_minutes),
        state: n.state.into(),
        reason: n.reason.clone(),
        sent_at: n.sent_at.map(sonae_core::clock::to_storage),
        method: n.method.clone(),
        document: n.document.clone(),
        note: n.note.clone(),
        owed: o.is_some(),
        due_status: if o.is_some() { nt::due_status(n.state, due, today).into() } else { DueStatus::Calm },
    }
}

/// The tracker rows of `case` under `assessment`: every owed submission (a stored row, or a new
/// one in 要否判断中), then stored rows no longer owed.
fn rows(
    case: &Case,
    assessment: Option<&Assessment>,
    stored: &[Notification],
    today: NaiveDate,
    actor: &str,
    now: Timestamp,
) -> Vec<(Notification, NotificationRowDto)> {
    let mut out = Vec::new();
    if let Some(a) = assessment {
        for o in &a.obligations {
            for (stage, due) in nt::stages_of(o) {
                let n = stored
                    .iter()
                    .find(|n| n.destination == o.destination && n.basis == o.basis && n.stage == stage)
                    .cloned()
                    .unwrap_or_else(|| Notification::new(case.id, o.destination, o.basis, stage, actor, now));
                let dto = row_dto(Some(o), &n, due, today);
                out.push((n, dto));
            }
        }
    }
    for n in stored {
        if !out.iter().any(|(m, _)| m.key() == n.key()) {
            out.push((n.clone(), row_dto(None, n, None, today)));
        }
    }
    out
}

fn assessment_of(ctx: &Ctx<'_>, case: &Case) -> Result<Option<(CaseFactsRow, ObligationFactsDto, Assessment)>, ApiError> {
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let policy = org_policy(ctx, &org)?;
    Ok(stored(ctx, case)?.map(|(row, dto)| {
        let a = ob::assess(&core_facts(&org, case, row.known_on, &dto), &policy);
        (row, dto, a)
    }))
}

/// The case's facts as the rules read them and their assessment (None: no facts entered yet).
pub(crate) fn facts_and_assessment(ctx: &Ctx<'_>, case: &Case) -> Result<Option<(Facts, Assessment)>, ApiError> {
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let policy = org_policy(ctx, &org)?;
    Ok(stored(ctx, case)?.map(|(row, dto)| {
        let facts = core_facts(&org, case, row.known_on, &dto);
        let a = ob::assess(&facts, &policy);
        (facts, a)
    }))
}

fn dto(ctx: &Ctx<'_>, case: &Case) -> Result<ObligationsDto, ApiError> {
    let now = ctx.clock.now();
    let today = today(now);
    let found = assessment_of(ctx, case)?;
    let stored_rows = ctx.store.notifications(Some(case.id))?;
    let rows = rows(case, found.as_ref().map(|(_, _, a)| a), &stored_rows, today, &ctx.actor.label, now);
    let suggestion = ctx.store.known_date_candidates(case.id)?.first().map(|(t, _)| ymd(self::today(*t)));
    Ok(ObligationsDto {
        case_id: case.id.to_string(),
        known_on: found.as_ref().map(|(r, _, _)| ymd(r.known_on)),
        known_on_suggestion: suggestion,
        facts: found.as_ref().map(|(_, f, _)| f.clone()),
        not_required: found
            .as_ref()
            .map(|(_, _, a)| {
                a.not_required
                    .iter()
                    .map(|n| NotRequiredDto {
                        destination: n.destination.as_code().into(),
                        basis: n.basis.as_code().into(),
                        reason: n.reason.as_code().into(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        notes: found.as_ref().map(|(_, _, a)| a.notes.iter().map(|n| n.as_code().to_owned()).collect()).unwrap_or_default(),
        rows: rows.into_iter().map(|(_, d)| d).collect(),
        today: ymd(today),
    })
}

/// A case's obligations and tracker (CSIRT roles).
pub fn case_obligations(ctx: &mut Ctx<'_>, case_id: &str) -> Result<ObligationsDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, case_id)?;
    dto(ctx, &case)
}

fn label(l10n: &Localizer, prefix: &str, code: &str) -> String {
    l10n.msg(&format!("{prefix}-{code}"), &[])
}

/// The timeline text for one changed obligation.
fn change_text(l10n: &Localizer, c: &ob::ObligationChange) -> String {
    let who = format!("{}（{}）", label(l10n, "destination", c.destination.as_code()), label(l10n, "basis", c.basis.as_code()));
    let because: Vec<String> = c.because.iter().map(|f| label(l10n, "fact", &f.as_code().replace('.', "-"))).collect();
    let because = because.join("、");
    let deltas: Vec<String> = c
        .deltas
        .iter()
        .filter_map(|d| match d {
            ObligationDelta::FinalDays { from, to } => Some(l10n.msg(
                "timeline-obligation-final-days",
                &[("from", &from.map_or_else(|| "—".into(), |d| d.to_string())), ("to", &to.map_or_else(|| "—".into(), |d| d.to_string()))],
            )),
            ObligationDelta::FinalDeadline { to: Some(to), .. } => {
                Some(l10n.msg("timeline-obligation-final-deadline", &[("date", &ymd(*to))]))
            }
            ObligationDelta::TriggerAdded(t) => {
                Some(l10n.msg("timeline-obligation-trigger-added", &[("trigger", &label(l10n, "trigger", t.as_code()))]))
            }
            _ => None,
        })
        .collect();
    let id = match c.kind {
        ob::ChangeKind::Added => "timeline-obligation-added",
        ob::ChangeKind::Removed => "timeline-obligation-removed",
        ob::ChangeKind::Updated => "timeline-obligation-updated",
    };
    l10n.msg(id, &[("obligation", &who), ("changes", &deltas.join("")), ("because", &because)])
}

/// Saves the facts and answers the obligations. The first save fixes 知った日; later ones keep
/// it, recompute, and write why each obligation changed to the timeline.
pub fn save_obligation_facts(ctx: &mut Ctx<'_>, input: ObligationFactsInput) -> Result<ObligationsDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, &input.case_id)?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let now = ctx.clock.now();
    for (field, n) in
        [("personalInfo.maxPersons", input.facts.personal_info.max_persons), ("myNumber.maxPersons", input.facts.my_number.max_persons)]
    {
        if n > 100_000_000 {
            return Err(invalid(field, "error-too-large"));
        }
    }
    let previous = stored(ctx, &case)?;
    let known_on = match &previous {
        Some((row, _)) => row.known_on,
        None => {
            let d = NaiveDate::parse_from_str(input.known_on.trim(), "%Y-%m-%d").map_err(|_| invalid("knownOn", "error-date-format"))?;
            if d > today(now) {
                return Err(invalid("knownOn", "error-datetime-future"));
            }
            d
        }
    };
    let l10n = Localizer::shared(Lang::Ja);
    let policy = org_policy(ctx, &org)?;
    let new_facts = core_facts(&org, &case, known_on, &input.facts);
    let mut lines = Vec::new();
    match &previous {
        None => {
            let a = ob::assess(&new_facts, &policy);
            let owed: Vec<String> = a
                .obligations
                .iter()
                .map(|o| format!("{}（{}）", label(l10n, "destination", o.destination.as_code()), label(l10n, "basis", o.basis.as_code())))
                .collect();
            lines.push(l10n.msg("timeline-obligations-assessed", &[("known", &ymd(known_on)), ("owed", &owed.join("、"))]));
        }
        Some((_, old)) => {
            let old_facts = core_facts(&org, &case, known_on, old);
            let r = ob::recompute(&old_facts, &new_facts, &policy);
            lines.extend(r.changes.iter().map(|c| change_text(l10n, c)));
        }
    }
    let json = serde_json::to_string(&input.facts).map_err(|_| ApiError::new(crate::error::ErrorCode::Internal, "error-internal"))?;
    let row = CaseFactsRow { case_id: case.id, known_on, facts_json: json, updated_by: ctx.actor.label.clone(), updated_at: now };
    let entries = lines.iter().map(|t| timeline_line(ctx, case.id, TimelineKind::Decision, now, t)).collect::<Result<Vec<_>, _>>()?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.put_case_facts(&row)?;
        for e in &entries {
            w.insert_timeline_entry(e)?;
        }
        Ok(())
    })?;
    dto(ctx, &case)
}

/// Moves one tracked submission (要否判断中 → 下書き → 送付済 → 受領確認 / 追完, or 不要 with a reason).
pub fn set_notification_state(ctx: &mut Ctx<'_>, input: NotificationStateInput) -> Result<ObligationsDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let destination = ob::Destination::from_code(&input.destination).ok_or_else(|| invalid("destination", "error-invalid-choice"))?;
    let basis = ob::Basis::from_code(&input.basis).ok_or_else(|| invalid("basis", "error-invalid-choice"))?;
    let stage: nt::Stage = input.stage.into();
    let found = assessment_of(ctx, &case)?;
    let stored_rows = ctx.store.notifications(Some(case.id))?;
    let (mut n, _) = rows(&case, found.as_ref().map(|(_, _, a)| a), &stored_rows, today(now), &ctx.actor.label, now)
        .into_iter()
        .find(|(n, _)| n.destination == destination && n.basis == basis && n.stage == stage)
        .ok_or_else(not_found)?;
    let sent_at = match input.sent_at.trim() {
        "" => None,
        s => Some(sonae_core::report::parse_local_datetime(s).ok_or_else(|| invalid("sentAt", "error-datetime-format"))?),
    };
    let state: nt::NotificationState = input.state.into();
    n.set_state(state, &input.reason, sent_at, &input.method, &input.document, &input.note, &ctx.actor.label, now).map_err(
        |e| match e {
            DomainError::Invalid { field, message_id } => invalid(field, message_id),
        },
    )?;
    let l10n = Localizer::shared(Lang::Ja);
    let text = l10n.msg(
        "timeline-notification-state",
        &[
            ("destination", &label(l10n, "destination", destination.as_code())),
            ("stage", &label(l10n, "notification-stage", stage.as_code())),
            ("state", &label(l10n, "notification-state", &state.as_code().replace('_', "-"))),
        ],
    );
    let occurred = if state == nt::NotificationState::Sent { sent_at.unwrap_or(now) } else { now };
    let entry = timeline_line(ctx, case.id, TimelineKind::Communication, occurred, &text)?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.put_notification(&n)?;
        w.insert_timeline_entry(&entry)
    })?;
    dto(ctx, &case)
}

/// The CSIRT deadlines view: every owed, still-open submission with a date, over all open real
/// cases, earliest first. Drill cases never appear here (a drill must not crowd or change the real
/// view, issue 8); their rows are on the drill case itself.
pub fn deadlines(ctx: &mut Ctx<'_>) -> Result<DeadlinesDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let today = today(ctx.clock.now());
    let mut out = open_deadline_rows(ctx)?;
    out.sort_by(|a, b| a.row.due.cmp(&b.row.due).then_with(|| a.receipt_no.cmp(&b.receipt_no)));
    Ok(DeadlinesDto { today: ymd(today), rows: out })
}

/// The rows of [`deadlines`], unsorted (the dashboard counts them): the facts of open real cases
/// and the stored notifications are read in bulk, each case with facts is read once, and the
/// organization's policy once.
pub(crate) fn open_deadline_rows(ctx: &Ctx<'_>) -> Result<Vec<DeadlineRowDto>, ApiError> {
    let now = ctx.clock.now();
    let today = today(now);
    let facts = ctx.store.open_case_facts()?;
    if facts.is_empty() {
        return Ok(Vec::new());
    }
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let policy = org_policy(ctx, &org)?;
    let mut stored_rows: std::collections::HashMap<sonae_core::CaseId, Vec<Notification>> = std::collections::HashMap::new();
    for n in ctx.store.notifications(None)? {
        stored_rows.entry(n.case_id).or_default().push(n);
    }
    let mut out = Vec::new();
    for row in facts {
        let Some(case) = ctx.store.case(row.case_id)? else { continue };
        let (row, dto) = parsed(row)?;
        let a = ob::assess(&core_facts(&org, &case, row.known_on, &dto), &policy);
        let mine = stored_rows.get(&case.id).map(Vec::as_slice).unwrap_or_default();
        for (n, row) in rows(&case, Some(&a), mine, today, &ctx.actor.label, now) {
            if row.owed && row.due.is_some() && n.state.is_open() {
                out.push(DeadlineRowDto {
                    case_id: case.id.to_string(),
                    receipt_no: case.receipt_no.clone(),
                    title: case.title.clone(),
                    drill: case.drill,
                    row,
                });
            }
        }
    }
    Ok(out)
}
