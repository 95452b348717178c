//! Drills (緊急時対応訓練, issue 8): the scenario library with the organization's own copies, drill
//! plans, running a drill through the real workflow, the facilitator's clock and marks, measured
//! times, the after-action review (timed log, improvement actions that become tasks, playbook
//! revision, approval, report to the committee), 連絡網疎通訓練 calls and the 訓練実施記録 PDF.
//!
//! Starting a drill opens a drill case (`incident_case.drill = 1`, 受付番号 `訓練-<year>-<n>` from
//! its own counter, so real 受付番号 have no gaps). Players work it like any case; the drill's
//! injects are released onto its timeline when the scenario clock passes their offsets
//! ([`drill_tick`], called by the facilitator's screen). Times are measured from the case's own
//! records — the audit log of the case row (left 受付, judged an incident, 第一報 recorded), the
//! containment tasks, and the PPC 速報 versions recorded as submitted — in scenario minutes.
//!
//! Writing needs [`Action::RunDrills`]; approval needs [`Action::ApproveDecisions`] and someone
//! other than the drill's creator; opening a playbook revision also needs
//! [`Action::EditPlaybooks`].

use crate::Ctx;
use crate::cases::{invalid, not_found, timeline_line};
use crate::drill::{ScenarioFile, builtin_scenarios, injects_from_csv, scenario_from_file, scenario_from_json, scenario_to_file};
use crate::dto::*;
use crate::error::{ApiError, ErrorCode};
use sonae_core::casework::{self as cw};
use sonae_core::clock::to_storage;
use sonae_core::drill::{Milestone, Scenario};
use sonae_core::drill_run::*;
use sonae_core::playbook::PlaybookRevision;
use sonae_core::report::parse_local_datetime;
use sonae_core::{Action, Case, CaseId, DomainError, DrillId, PersonId, PlaybookRevisionId, TaskId, TimelineKind as CoreKind, Timestamp};
use sonae_i18n::{Lang, Localizer};
use sonae_store::{DrillActionRow, DrillCallRow, DrillInjectRow, DrillLogRow, DrillScenarioRow, Table};

/// Reading drills: those who run them, and those who approve their records (the CISO among them).
fn require_read(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    if ctx.actor.may(Action::RunDrills) { Ok(()) } else { ctx.actor.require(Action::ApproveDecisions) }
}

fn ja() -> &'static Localizer {
    Localizer::shared(Lang::Ja)
}

fn domain(e: DomainError) -> ApiError {
    match e {
        DomainError::Invalid { field, message_id } => invalid(field, message_id),
    }
}

fn conflict(message_id: &str) -> ApiError {
    ApiError::new(ErrorCode::Conflict, message_id)
}

fn parse_scenario(json: &str) -> Option<Scenario> {
    serde_json::from_str::<ScenarioFile>(json).ok().and_then(|f| scenario_from_file(&f).ok())
}

fn scenario_json(s: &Scenario) -> String {
    serde_json::to_string(&scenario_to_file(s)).unwrap_or_default()
}

fn load(ctx: &Ctx<'_>, id: &str) -> Result<Drill, ApiError> {
    let id = DrillId::parse(id).ok_or_else(not_found)?;
    ctx.store.drill(id, &parse_scenario)?.ok_or_else(not_found)
}

fn date(field: &str, v: &str) -> Result<Option<chrono::NaiveDate>, ApiError> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").map(Some).map_err(|_| invalid(field, "error-date-format"))
}

fn ymd(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/// Every scenario a drill can be planned from: the built-in library, then the organization's own.
pub fn drill_scenarios(ctx: &mut Ctx<'_>) -> Result<Vec<ScenarioSummaryDto>, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let summary = |s: &Scenario, builtin: bool, based_on: &str| ScenarioSummaryDto {
        key: s.key.clone(),
        title: s.title.clone(),
        kind: s.kind.as_code().to_owned(),
        category: s.category.as_code().to_owned(),
        summary: s.summary.clone(),
        builtin,
        based_on: based_on.to_owned(),
        inject_count: s.injects.len() as u32,
    };
    let mut out: Vec<ScenarioSummaryDto> = builtin_scenarios()?.iter().map(|s| summary(s, true, "")).collect();
    for row in ctx.store.drill_scenarios()? {
        if let Some(s) = parse_scenario(&row.json) {
            out.push(summary(&s, false, &row.based_on));
        }
    }
    Ok(out)
}

fn find_scenario(ctx: &Ctx<'_>, key: &str) -> Result<(Scenario, bool), ApiError> {
    if let Some(s) = builtin_scenarios()?.into_iter().find(|s| s.key == key) {
        return Ok((s, true));
    }
    let row = ctx.store.drill_scenarios()?.into_iter().find(|r| r.key == key).ok_or_else(not_found)?;
    Ok((parse_scenario(&row.json).ok_or_else(not_found)?, false))
}

/// One scenario, whole (to copy, edit or export).
pub fn drill_scenario(ctx: &mut Ctx<'_>, key: &str) -> Result<ScenarioFile, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    Ok(scenario_to_file(&find_scenario(ctx, key)?.0))
}

fn store_scenario(ctx: &mut Ctx<'_>, s: &Scenario, based_on: &str) -> Result<ScenarioSummaryDto, ApiError> {
    if builtin_scenarios()?.iter().any(|b| b.key == s.key) {
        return Err(invalid("key", "error-scenario-builtin-key"));
    }
    let now = ctx.clock.now();
    let row = DrillScenarioRow {
        key: s.key.clone(),
        title: s.title.clone(),
        based_on: based_on.trim().to_owned(),
        json: scenario_json(s),
        updated_by: ctx.actor.label.clone(),
        updated_at: now,
    };
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill_scenario(&row))?;
    Ok(ScenarioSummaryDto {
        key: s.key.clone(),
        title: s.title.clone(),
        kind: s.kind.as_code().to_owned(),
        category: s.category.as_code().to_owned(),
        summary: s.summary.clone(),
        builtin: false,
        based_on: row.based_on,
        inject_count: s.injects.len() as u32,
    })
}

/// Saves an own scenario (a copy of a library one, edited); the library's keys are refused.
pub fn save_drill_scenario(ctx: &mut Ctx<'_>, input: SaveScenarioInput) -> Result<ScenarioSummaryDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let s = scenario_from_file(&input.scenario)?;
    store_scenario(ctx, &s, &input.based_on)
}

/// Imports a scenario: a whole JSON file, or a CSV of injects replacing those of `key` (a
/// library scenario's CSV is saved as an own copy `<key>-own`). A bad row is named; nothing is
/// saved then.
pub fn import_drill_scenario(ctx: &mut Ctx<'_>, input: ImportScenarioInput) -> Result<ScenarioSummaryDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    match input.format.as_str() {
        "json" => {
            let s = scenario_from_json(&input.text)?;
            store_scenario(ctx, &s, "")
        }
        "csv" => {
            let (base, builtin) = find_scenario(ctx, input.key.trim())?;
            let mut s = injects_from_csv(&base, &input.text)?;
            let based_on = if builtin {
                s.key = format!("{}-own", base.key);
                base.key.clone()
            } else {
                ctx.store.drill_scenarios()?.into_iter().find(|r| r.key == base.key).map(|r| r.based_on).unwrap_or_default()
            };
            store_scenario(ctx, &s, &based_on)
        }
        _ => Err(invalid("format", "error-choice-not-found")),
    }
}

// ---------------------------------------------------------------------------------------------
// Plans

/// Every drill, newest first.
pub fn list_drills(ctx: &mut Ctx<'_>) -> Result<Vec<DrillRowDto>, ApiError> {
    require_read(ctx)?;
    // The drill cases' 受付番号, read one by one: a drill list never reads every case.
    let drills = ctx.store.drills(&parse_scenario)?;
    let mut receipts = std::collections::HashMap::new();
    for id in drills.iter().filter_map(|d| d.case_id) {
        if let Some(c) = ctx.store.case(id)? {
            receipts.insert(id, c.receipt_no);
        }
    }
    Ok(drills
        .into_iter()
        .map(|d| DrillRowDto {
            id: d.id.to_string(),
            name: d.plan.name.clone(),
            kind: d.scenario.kind.as_code().to_owned(),
            fiscal_year: d.plan.fiscal_year,
            state: d.state.as_code().to_owned(),
            scenario_title: d.scenario.title.clone(),
            case_id: d.case_id.map(|c| c.to_string()),
            case_receipt_no: d.case_id.and_then(|c| receipts.get(&c).cloned()),
            planned_on: d.plan.planned_on.map(ymd),
            started_at: d.started_at.map(to_storage),
            ended_at: d.ended_at.map(to_storage),
        })
        .collect())
}

/// Plans a drill, or changes a plan that has not started. The scenario is copied into the plan.
pub fn plan_drill(ctx: &mut Ctx<'_>, input: DrillPlanInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let now = ctx.clock.now();
    let year = input.fiscal_year.trim().parse::<i32>().map_err(|_| invalid("fiscalYear", "error-number-format"))?;
    let people = ctx.store.people()?;
    let mut participants = Vec::new();
    for p in &input.participants {
        let person_id = match p.person_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => Some(
                PersonId::parse(id)
                    .filter(|id| people.iter().any(|x| x.id == *id))
                    .ok_or_else(|| invalid("participants", "error-choice-not-found"))?,
            ),
            None => None,
        };
        let name = match (p.name.trim().is_empty(), person_id) {
            (true, Some(id)) => people.iter().find(|x| x.id == id).map(|x| x.name.clone()).unwrap_or_default(),
            _ => p.name.clone(),
        };
        participants.push(Participant { person_id, name, role: p.role.clone() });
    }
    let plan = DrillPlan::new(
        &input.name,
        year,
        &input.purpose,
        &input.structure,
        &input.scope,
        date("plannedOn", &input.planned_on)?,
        participants,
    )
    .map_err(domain)?;
    let drill = match input.id.as_deref() {
        Some(id) => {
            let mut d = load(ctx, id)?;
            if d.state != DrillState::Planned {
                return Err(conflict(NOT_PLANNED));
            }
            if d.scenario.key != input.scenario_key.trim() {
                let (s, _) = find_scenario(ctx, input.scenario_key.trim()).map_err(|_| invalid("scenarioKey", "error-choice-not-found"))?;
                d.playbook_revision = crate::casework::current_steps(ctx, s.category)?.0;
                d.scenario = s;
            }
            d.plan = plan;
            d.updated_at = now;
            d
        }
        None => {
            let (scenario, _) =
                find_scenario(ctx, input.scenario_key.trim()).map_err(|_| invalid("scenarioKey", "error-choice-not-found"))?;
            Drill {
                id: DrillId::new(ctx.ids),
                plan,
                playbook_revision: crate::casework::current_steps(ctx, scenario.category)?.0,
                scenario,
                state: DrillState::Planned,
                case_id: None,
                clock: ScenarioClock::default(),
                started_at: None,
                ended_at: None,
                after: AfterAction::default(),
                approved_by: None,
                approved_at: None,
                committee_reported_on: None,
                created_by: ctx.actor.label.clone(),
                created_at: now,
                updated_at: now,
            }
        }
    };
    let json = scenario_json(&drill.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill(&drill, &json))?;
    get_drill(ctx, &drill.id.to_string())
}

// ---------------------------------------------------------------------------------------------
// Running

/// The next 訓練-<year>-<nn> in the write transaction: the drill cases' own counter (setting
/// `drill-receipt-seq:<year>`), skipping numbers already taken, as the report counter does.
fn take_drill_receipt_no(w: &mut sonae_store::Writer<'_>, now: Timestamp) -> Result<String, sonae_store::StoreError> {
    let year = sonae_core::clock::jst_date(now).format("%Y").to_string();
    let key = format!("drill-receipt-seq:{year}");
    let mut seq = w.setting(&key)?.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0) + 1;
    while w.receipt_taken(&format!("訓練-{year}-{seq:02}"))? {
        seq += 1;
    }
    w.put_setting(&key, &seq.to_string())?;
    Ok(format!("訓練-{year}-{seq:02}"))
}

/// Starts a planned drill at `speed`: opens its drill case (category and title of the scenario),
/// starts the scenario clock and releases the injects due at 0:00.
pub fn start_drill(ctx: &mut Ctx<'_>, input: StartDrillInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let mut d = load(ctx, &input.drill_id)?;
    let now = ctx.clock.now_precise();
    let case_id = CaseId::new(ctx.ids);
    d.start(now, case_id, input.speed).map_err(|m| if m == "error-out-of-range" { invalid("speed", m) } else { conflict(m) })?;
    // Checked here with a placeholder number, so a bad title is refused before anything is written.
    let mut case = Case::open(case_id, String::new(), &d.scenario.title, d.scenario.category, true, now)?;
    let l10n = ja();
    let text =
        l10n.msg("timeline-drill-started", &[("name", &d.plan.name), ("scenario", &d.scenario.title), ("speed", &input.speed.to_string())]);
    let entry = timeline_line(ctx, case_id, CoreKind::Action, now, &text)?;
    let releases = release_lines(ctx, &d, now)?;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| {
        case.receipt_no = take_drill_receipt_no(w, now)?;
        w.insert_case(&case)?;
        w.insert_timeline_entry(&entry)?;
        w.put_drill(&d, &json)?;
        for (row, line) in &releases {
            w.put_drill_inject(row)?;
            w.insert_timeline_entry(line)?;
        }
        Ok(())
    })?;
    get_drill(ctx, &input.drill_id)
}

/// The injects due now and not yet released, each with its timeline line on the drill case.
fn release_lines(ctx: &Ctx<'_>, d: &Drill, now: Timestamp) -> Result<Vec<(DrillInjectRow, sonae_core::TimelineEntry)>, ApiError> {
    let Some(case_id) = d.case_id else { return Ok(Vec::new()) };
    let released = ctx.store.drill_injects(d.id)?.len();
    let due = due_injects(&d.scenario, d.clock.seconds_at(now));
    let l10n = ja();
    let mut out = Vec::new();
    for (i, inj) in d.scenario.injects.iter().enumerate().take(due).skip(released) {
        let channel = l10n.msg(&format!("inject-channel-{}", inj.channel.as_code().replace('_', "-")), &[]);
        let text = l10n.msg(
            "timeline-drill-inject",
            &[("offset", &sonae_core::drill::format_offset(inj.offset_minutes)), ("channel", &channel), ("text", &inj.text)],
        );
        let line = timeline_line(ctx, case_id, CoreKind::Communication, now, &text)?;
        let row = DrillInjectRow {
            drill_id: d.id,
            seq: i as u32 + 1,
            released_at: now,
            outcome: None,
            note: String::new(),
            marked_by: None,
            marked_at: None,
        };
        out.push((row, line));
    }
    Ok(out)
}

/// Releases the injects whose offsets the scenario clock has passed onto the drill case's
/// timeline (the facilitator's screen calls this every second; nothing is written when nothing
/// is due).
pub fn drill_tick(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let d = load(ctx, drill_id)?;
    if d.state == DrillState::Running {
        let now = ctx.clock.now_precise();
        let releases = release_lines(ctx, &d, now)?;
        if !releases.is_empty() {
            ctx.store.write(&ctx.actor.label, now, |w| {
                for (row, line) in &releases {
                    w.put_drill_inject(row)?;
                    w.insert_timeline_entry(line)?;
                }
                Ok(())
            })?;
        }
    }
    get_drill(ctx, drill_id)
}

/// Play, pause, change the speed or skip ahead; then releases what fell due.
pub fn drill_clock(ctx: &mut Ctx<'_>, input: DrillClockInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let mut d = load(ctx, &input.drill_id)?;
    d.ensure_running().map_err(conflict)?;
    let now = ctx.clock.now_precise();
    match input.action.as_str() {
        "play" => d.clock.play(now),
        "pause" => d.clock.pause(now),
        "speed" => d.clock.set_speed(now, input.value).map_err(domain)?,
        "skip" => d.clock.skip_to(now, u64::from(input.value) * 60).map_err(domain)?,
        _ => return Err(invalid("action", "error-choice-not-found")),
    }
    d.updated_at = now;
    let releases = release_lines(ctx, &d, now)?;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.put_drill(&d, &json)?;
        for (row, line) in &releases {
            w.put_drill_inject(row)?;
            w.insert_timeline_entry(line)?;
        }
        Ok(())
    })?;
    get_drill(ctx, &input.drill_id)
}

/// Marks a released inject's expected reaction achieved or missed, with a note.
pub fn mark_inject(ctx: &mut Ctx<'_>, input: MarkInjectInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let d = load(ctx, &input.drill_id)?;
    d.ensure_reviewable().map_err(conflict)?;
    let outcome = InjectOutcome::from_code(input.outcome.trim()).ok_or_else(|| invalid("outcome", "error-choice-not-found"))?;
    let note = input.note.trim();
    if note.chars().count() > 2000 {
        return Err(invalid("note", "error-field-too-long"));
    }
    let mut row =
        ctx.store.drill_injects(d.id)?.into_iter().find(|r| r.seq == input.seq).ok_or_else(|| conflict("error-inject-not-released"))?;
    let now = ctx.clock.now();
    row.outcome = Some(outcome);
    row.note = note.to_owned();
    row.marked_by = Some(ctx.actor.label.clone());
    row.marked_at = Some(now);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill_inject(&row))?;
    get_drill(ctx, &input.drill_id)
}

/// Ends a running drill: the clock stops; the case stays as the players left it.
pub fn end_drill(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let mut d = load(ctx, drill_id)?;
    let now = ctx.clock.now_precise();
    d.end(now).map_err(conflict)?;
    let text = ja().msg("timeline-drill-ended", &[("name", &d.plan.name)]);
    let line = d.case_id.map(|c| timeline_line(ctx, c, CoreKind::Action, now, &text)).transpose()?;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.put_drill(&d, &json)?;
        if let Some(l) = &line {
            w.insert_timeline_entry(l)?;
        }
        Ok(())
    })?;
    get_drill(ctx, drill_id)
}

// ---------------------------------------------------------------------------------------------
// Measurement

/// When the drill case reached each milestone, from its own records.
fn reached(ctx: &Ctx<'_>, case_id: CaseId) -> Result<Vec<(Milestone, Timestamp)>, ApiError> {
    let mut out = milestones_in_history(&ctx.store.row_history(Table::IncidentCase, &case_id.to_string())?);
    for t in ctx.store.tasks(case_id)? {
        if let (cw::TaskKind::Containment, cw::TaskStatus::Done, Some(at)) = (t.kind, t.status, t.closed_at) {
            out.push((Milestone::Contained, at));
        }
    }
    for s in ctx.store.submissions(case_id)? {
        if s.kind.starts_with("ppc-") && s.ppc_kind.as_deref() == Some("preliminary") {
            out.push((Milestone::PpcPreliminaryDraft, s.recorded_at));
        }
    }
    Ok(out)
}

/// The milestones a case row's audit history shows (left 受付, judged an incident, 第一報
/// recorded), each entry at its instant: shared with the statistics (`stats.rs`), which read the
/// histories of all cases at once.
pub(crate) fn milestones_in_history(history: &[(Timestamp, Option<String>)]) -> Vec<(Milestone, Timestamp)> {
    let mut out = Vec::new();
    for (at, json) in history {
        let Some(row) = json.as_deref().and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok()) else { continue };
        let at = *at;
        if row.get("state").and_then(|v| v.as_str().map(|s| s != "received")) == Some(true) {
            out.push((Milestone::CsirtAcknowledged, at));
        }
        if row.get("is_incident").and_then(|v| v.as_i64()) == Some(1) {
            out.push((Milestone::JudgedIncident, at));
        }
        if row.get("ciso_informed_at").is_some_and(|v| v.is_string()) {
            out.push((Milestone::CisoInformed, at));
        }
    }
    out
}

fn results(ctx: &Ctx<'_>, d: &Drill) -> Result<Vec<Measured>, ApiError> {
    let reached = match d.case_id {
        Some(c) => reached(ctx, c)?,
        None => Vec::new(),
    };
    Ok(measure(&d.scenario.objectives, &d.clock, &reached))
}

// ---------------------------------------------------------------------------------------------
// After-action

fn reviewable(ctx: &Ctx<'_>, drill_id: &str) -> Result<Drill, ApiError> {
    let d = load(ctx, drill_id)?;
    d.ensure_reviewable().map_err(conflict)?;
    Ok(d)
}

/// Adds a line to the timed log.
pub fn add_drill_log(ctx: &mut Ctx<'_>, input: DrillLogInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let d = reviewable(ctx, &input.drill_id)?;
    let now = ctx.clock.now();
    let at = if input.at.trim().is_empty() {
        now
    } else {
        parse_local_datetime(&input.at).ok_or_else(|| invalid("at", "error-datetime-format"))?
    };
    let text = |field: &'static str, v: &str, required: bool| -> Result<String, ApiError> {
        let v = v.trim();
        if required && v.is_empty() {
            return Err(invalid(field, "error-field-required"));
        }
        if v.chars().count() > 2000 {
            return Err(invalid(field, "error-field-too-long"));
        }
        Ok(v.to_owned())
    };
    let row = DrillLogRow {
        id: ctx.ids.new_uuid(),
        drill_id: d.id,
        at,
        work: text("work", &input.work, true)?,
        decision: text("decision", &input.decision, false)?,
        stumble: text("stumble", &input.stumble, false)?,
        recorded_by: ctx.actor.label.clone(),
        recorded_at: now,
    };
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill_log(&row))?;
    get_drill(ctx, &input.drill_id)
}

/// Saves 良かった点, 課題 and whether the playbook must be revised.
pub fn save_after_action(ctx: &mut Ctx<'_>, input: AfterActionInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let mut d = reviewable(ctx, &input.drill_id)?;
    let now = ctx.clock.now();
    d.after = AfterAction::new(&input.good_points, &input.issues, input.revise_playbook, d.after.new_playbook_revision).map_err(domain)?;
    d.updated_at = now;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill(&d, &json))?;
    get_drill(ctx, &input.drill_id)
}

/// An improvement action: a task on the drill case (kind 改善事項) with owner and due date.
pub fn add_drill_action(ctx: &mut Ctx<'_>, input: DrillActionInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let d = reviewable(ctx, &input.drill_id)?;
    let case_id = d.case_id.ok_or_else(|| conflict(NOT_ENDED))?;
    let now = ctx.clock.now();
    let owner = match input.owner_person_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            let people = ctx.store.people()?;
            Some(
                PersonId::parse(id)
                    .filter(|p| people.iter().any(|x| x.id == *p))
                    .ok_or_else(|| invalid("ownerPersonId", "error-choice-not-found"))?,
            )
        }
        None => None,
    };
    let due = date("dueOn", &input.due_on)?;
    let position = ctx.store.tasks(case_id)?.iter().filter(|t| t.list == cw::TaskList::Response).map(|t| t.position + 1).max().unwrap_or(0);
    let mut task =
        cw::Task::new(TaskId::new(ctx.ids), case_id, cw::TaskList::Response, cw::TaskKind::Improvement, &input.text, false, position, now)
            .map_err(|e| match e {
                DomainError::Invalid { message_id, .. } => invalid("text", message_id),
            })?;
    task.assignee = owner;
    task.due_at = due.map(sonae_core::clock::jst_end_of_day);
    let row = DrillActionRow {
        id: ctx.ids.new_uuid(),
        drill_id: d.id,
        text: task.title.clone(),
        owner,
        due_on: due,
        task_id: task.id,
        created_by: ctx.actor.label.clone(),
        created_at: now,
    };
    let line = timeline_line(ctx, case_id, CoreKind::Action, now, &ja().msg("timeline-drill-action", &[("text", &task.title)]))?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.put_task(&task)?;
        w.insert_drill_action(&row)?;
        w.insert_timeline_entry(&line)
    })?;
    get_drill(ctx, &input.drill_id)
}

/// Opens a new revision of the exercised playbook (the current steps, to be edited on the
/// 事故対応手順書 page), noted as following this drill (004 第69条3).
pub fn revise_playbook_after_drill(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    ctx.actor.require(Action::EditPlaybooks)?;
    let mut d = reviewable(ctx, drill_id)?;
    if d.after.new_playbook_revision.is_some() {
        return Err(conflict("error-drill-playbook-revised"));
    }
    let now = ctx.clock.now();
    let (current, steps) = crate::casework::current_steps(ctx, d.scenario.category)?;
    let on = sonae_core::clock::jst_date(d.started_at.unwrap_or(now)).format("%Y-%m-%d").to_string();
    let note = ja().msg("drill-playbook-revision-note", &[("name", &d.plan.name), ("date", &on)]);
    let r = PlaybookRevision::new(PlaybookRevisionId::new(ctx.ids), d.scenario.category, current + 1, steps, &note, &ctx.actor.label, now)
        .map_err(|(_, e)| domain(e))?;
    d.after.revise_playbook = true;
    d.after.new_playbook_revision = Some(r.revision);
    d.updated_at = now;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.insert_playbook_revision(&r)?;
        w.put_drill(&d, &json)
    })?;
    get_drill(ctx, drill_id)
}

/// Approves the after-action review (not by the drill's own planner, 000 §1(5)); it no longer
/// changes.
pub fn approve_drill(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::ApproveDecisions)?;
    let mut d = load(ctx, drill_id)?;
    if d.created_by == ctx.actor.label {
        return Err(ApiError::new(ErrorCode::Forbidden, "error-drill-own-approval"));
    }
    let now = ctx.clock.now();
    d.approve(now, &ctx.actor.label).map_err(conflict)?;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill(&d, &json))?;
    get_drill(ctx, drill_id)
}

/// Records the date the drill was reported to the committee (情報セキュリティ委員会).
pub fn report_drill_to_committee(ctx: &mut Ctx<'_>, input: CommitteeReportInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let mut d = load(ctx, &input.drill_id)?;
    if d.state != DrillState::Approved {
        return Err(conflict("error-drill-not-approved"));
    }
    let on = date("reportedOn", &input.reported_on)?.ok_or_else(|| invalid("reportedOn", "error-field-required"))?;
    let now = ctx.clock.now();
    d.committee_reported_on = Some(on);
    d.updated_at = now;
    let json = scenario_json(&d.scenario);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_drill(&d, &json))?;
    get_drill(ctx, &input.drill_id)
}

// ---------------------------------------------------------------------------------------------
// 連絡網疎通訓練

/// Everyone on the 緊急連絡網: the CSIRT roles, the CISO and department managers, then the
/// contact entries, with the last answered call of any drill.
fn call_targets(ctx: &Ctx<'_>, d: &Drill, now: Timestamp) -> Result<Vec<CallTargetDto>, ApiError> {
    use sonae_core::Role;
    let all_calls = ctx.store.all_drill_calls()?;
    let mine: Vec<&DrillCallRow> = all_calls.iter().filter(|c| c.drill_id == d.id).collect();
    let departments = ctx.store.departments()?;
    let mut out = Vec::new();
    let mut add = |target: String, name: String, section: String, phone: String| {
        let last = all_calls.iter().filter(|c| c.target == target && c.result == CallResult::Answered).filter_map(|c| c.answered_at).max();
        let failed_here = mine.iter().rev().find(|c| c.target == target).is_some_and(|c| c.result != CallResult::Answered);
        let stale = failed_here || last.is_none_or(|t| t < now - chrono::Duration::days(365));
        out.push(CallTargetDto { target, name, section, phone, last_answered_at: last.map(to_storage), stale });
    };
    let managers: Vec<PersonId> = departments.iter().filter_map(|x| x.manager_person_id).collect();
    for p in ctx.store.people()? {
        let on_tree = p.roles.iter().any(|r| matches!(r, Role::CsirtLead | Role::CsirtMember | Role::ChiefSecurityOfficer | Role::Ciso))
            || managers.contains(&p.id);
        if !on_tree {
            continue;
        }
        let section = p.department_id.and_then(|id| departments.iter().find(|x| x.id == id)).map(|x| x.name.clone()).unwrap_or_default();
        let phone = if p.contact.office_phone.is_empty() { p.contact.mobile_phone.clone() } else { p.contact.office_phone.clone() };
        add(format!("person:{}", p.id), p.name.clone(), format!("{section} {}", p.title).trim().to_owned(), phone);
    }
    for c in ctx.store.contacts()? {
        add(format!("contact:{}", c.id), c.organization.clone(), c.section.clone(), c.phone.clone());
    }
    Ok(out)
}

/// Records one call of a 連絡網疎通訓練 (answered now, no answer, or a wrong number).
pub fn record_drill_call(ctx: &mut Ctx<'_>, input: DrillCallInput) -> Result<DrillDto, ApiError> {
    ctx.actor.require(Action::RunDrills)?;
    let d = load(ctx, &input.drill_id)?;
    d.ensure_running().map_err(conflict)?;
    let now = ctx.clock.now();
    let result = CallResult::from_code(input.result.trim()).ok_or_else(|| invalid("result", "error-choice-not-found"))?;
    let target = call_targets(ctx, &d, now)?
        .into_iter()
        .find(|t| t.target == input.target)
        .ok_or_else(|| invalid("target", "error-choice-not-found"))?;
    let note = input.note.trim();
    if note.chars().count() > 500 {
        return Err(invalid("note", "error-field-too-long"));
    }
    let row = DrillCallRow {
        id: ctx.ids.new_uuid(),
        drill_id: d.id,
        target: target.target,
        name: target.name,
        phone: target.phone,
        called_at: now,
        answered_at: (result == CallResult::Answered).then_some(now),
        result,
        note: note.to_owned(),
        recorded_by: ctx.actor.label.clone(),
    };
    ctx.store.write(&ctx.actor.label, now, |w| w.insert_drill_call(&row))?;
    get_drill(ctx, &input.drill_id)
}

// ---------------------------------------------------------------------------------------------
// The whole drill

/// One drill with its clock, injects, measured times and review.
pub fn get_drill(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DrillDto, ApiError> {
    require_read(ctx)?;
    let d = load(ctx, drill_id)?;
    let now = ctx.clock.now_precise();
    let people = ctx.store.people()?;
    let seconds = d.clock.seconds_at(now);
    let released = ctx.store.drill_injects(d.id)?;
    let case = d.case_id.map(|c| ctx.store.case(c)).transpose()?.flatten();
    let next_inject_in_seconds = if d.state == DrillState::Running && d.clock.running() {
        d.scenario
            .injects
            .get(released.len().max(due_injects(&d.scenario, seconds)))
            .map(|i| (u64::from(i.offset_minutes) * 60).saturating_sub(seconds).div_ceil(u64::from(d.clock.speed())))
    } else {
        None
    };
    let injects = d
        .scenario
        .injects
        .iter()
        .enumerate()
        .map(|(i, inj)| {
            let r = released.iter().find(|r| r.seq == i as u32 + 1);
            DrillInjectDto {
                seq: i as u32 + 1,
                offset: sonae_core::drill::format_offset(inj.offset_minutes),
                offset_minutes: inj.offset_minutes,
                channel: inj.channel.as_code().to_owned(),
                text: inj.text.clone(),
                expected: inj.expected.clone(),
                released_at: r.map(|r| to_storage(r.released_at)),
                outcome: r.and_then(|r| r.outcome).map(|o| o.as_code().to_owned()),
                note: r.map(|r| r.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let results = results(ctx, &d)?
        .into_iter()
        .map(|m| DrillResultDto {
            milestone: m.milestone.as_code().to_owned(),
            target_minutes: m.target_minutes,
            actual_minutes: m.actual_minutes,
            verdict: match m.met() {
                Some(true) => "met",
                Some(false) => "exceeded",
                None => "notReached",
            }
            .to_owned(),
        })
        .collect();
    let tasks = d.case_id.map(|c| ctx.store.tasks(c)).transpose()?.unwrap_or_default();
    let actions = ctx
        .store
        .drill_actions(d.id)?
        .into_iter()
        .map(|a| DrillActionDto {
            id: a.id.to_string(),
            text: a.text,
            owner_person_id: a.owner.map(|p| p.to_string()),
            owner_name: a.owner.and_then(|p| people.iter().find(|x| x.id == p)).map(|p| p.name.clone()),
            due_on: a.due_on.map(ymd),
            task_status: tasks.iter().find(|t| t.id == a.task_id).map(|t| t.status.as_code().to_owned()).unwrap_or_default(),
            task_id: a.task_id.to_string(),
        })
        .collect();
    let name_of = |label: &str| crate::cases::name_in(&people, label);
    Ok(DrillDto {
        id: d.id.to_string(),
        name: d.plan.name.clone(),
        kind: d.scenario.kind.as_code().to_owned(),
        fiscal_year: d.plan.fiscal_year,
        purpose: d.plan.purpose.clone(),
        structure: d.plan.structure.clone(),
        scope: d.plan.scope.clone(),
        planned_on: d.plan.planned_on.map(ymd),
        participants: d
            .plan
            .participants
            .iter()
            .map(|p| ParticipantDto { person_id: p.person_id.map(|x| x.to_string()), name: p.name.clone(), role: p.role.clone() })
            .collect(),
        scenario: scenario_to_file(&d.scenario),
        playbook_revision: d.playbook_revision,
        state: d.state.as_code().to_owned(),
        case_id: d.case_id.map(|c| c.to_string()),
        case_receipt_no: case.map(|c| c.receipt_no),
        clock: DrillClockDto { running: d.clock.running(), speed: d.clock.speed(), seconds, next_inject_in_seconds },
        started_at: d.started_at.map(to_storage),
        ended_at: d.ended_at.map(to_storage),
        injects,
        results,
        log: ctx
            .store
            .drill_log(d.id)?
            .into_iter()
            .map(|l| DrillLogDto { id: l.id.to_string(), at: to_storage(l.at), work: l.work, decision: l.decision, stumble: l.stumble })
            .collect(),
        actions,
        call_targets: if d.scenario.kind == sonae_core::drill::DrillKind::CallTree { call_targets(ctx, &d, now)? } else { Vec::new() },
        calls: ctx
            .store
            .drill_calls(d.id)?
            .into_iter()
            .map(|c| DrillCallDto {
                id: c.id.to_string(),
                target: c.target,
                name: c.name,
                phone: c.phone,
                called_at: to_storage(c.called_at),
                answered_at: c.answered_at.map(to_storage),
                result: c.result.as_code().to_owned(),
                note: c.note,
            })
            .collect(),
        good_points: d.after.good_points.clone(),
        issues: d.after.issues.clone(),
        revise_playbook: d.after.revise_playbook,
        new_playbook_revision: d.after.new_playbook_revision,
        approved_by: d.approved_by.as_deref().map(name_of),
        approved_at: d.approved_at.map(to_storage),
        committee_reported_on: d.committee_reported_on.map(ymd),
        can: DrillPermissionsDto {
            run: ctx.actor.may(Action::RunDrills),
            approve: ctx.actor.may(Action::ApproveDecisions) && d.created_by != ctx.actor.label,
            revise_playbook: ctx.actor.may(Action::EditPlaybooks),
        },
    })
}

// ---------------------------------------------------------------------------------------------
// 訓練実施記録

/// The drill as the 訓練実施記録's plain data.
fn record(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<sonae_forms::DrillRecord, ApiError> {
    use sonae_forms::drill_record::*;
    let dto = get_drill(ctx, drill_id)?;
    let d = load(ctx, drill_id)?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let people = ctx.store.people()?;
    let now = ctx.clock.now();
    let l10n = ja();
    let released = ctx.store.drill_injects(d.id)?;
    let category = l10n.msg(&crate::error::fluent_id("category", &crate::report::camel(d.scenario.category.as_code())), &[]);
    let approver = d.approved_by.as_deref().map(|label| {
        label
            .strip_prefix("person:")
            .and_then(PersonId::parse)
            .and_then(|id| people.iter().find(|p| p.id == id))
            .map_or_else(|| label.to_owned(), |p| format!("{}　{}", p.title, p.name))
    });
    Ok(DrillRecord {
        org_name: org.name.clone(),
        name: d.plan.name.clone(),
        kind: d.scenario.kind,
        fiscal_year: d.plan.fiscal_year,
        started_at: d.started_at,
        ended_at: d.ended_at,
        purpose: d.plan.purpose.clone(),
        structure: d.plan.structure.clone(),
        scope: d.plan.scope.clone(),
        scenario_title: d.scenario.title.clone(),
        scenario_summary: d.scenario.summary.clone(),
        injects: d
            .scenario
            .injects
            .iter()
            .enumerate()
            .map(|(i, inj)| {
                let r = released.iter().find(|r| r.seq == i as u32 + 1);
                RecordInject {
                    offset_minutes: inj.offset_minutes,
                    channel: inj.channel,
                    text: inj.text.clone(),
                    expected: inj.expected.clone(),
                    released_at: r.map(|r| r.released_at),
                    achieved: r.and_then(|r| r.outcome).map(|o| o == InjectOutcome::Achieved),
                    note: r.map(|r| r.note.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        participants: d.plan.participants.iter().map(|p| RecordParticipant { name: p.name.clone(), role: p.role.clone() }).collect(),
        // Measured once, by get_drill above.
        results: dto
            .results
            .iter()
            .filter_map(|m| {
                let milestone = Milestone::from_code(&m.milestone)?;
                Some(RecordResult { milestone, target_minutes: m.target_minutes, actual_minutes: m.actual_minutes })
            })
            .collect(),
        log: ctx
            .store
            .drill_log(d.id)?
            .into_iter()
            .map(|l| RecordLog { at: l.at, work: l.work, decision: l.decision, stumble: l.stumble })
            .collect(),
        calls: ctx
            .store
            .drill_calls(d.id)?
            .into_iter()
            .map(|c| RecordCall {
                name: c.name,
                phone: c.phone,
                called_at: c.called_at,
                answered_at: c.answered_at,
                answered: c.result == CallResult::Answered,
                note: c.note,
            })
            .collect(),
        good_points: d.after.good_points.clone(),
        issues: d.after.issues.clone(),
        actions: dto
            .actions
            .iter()
            .map(|a| RecordAction {
                text: a.text.clone(),
                owner: a.owner_name.clone().unwrap_or_default(),
                due: a.due_on.as_deref().and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()),
            })
            .collect(),
        revise_playbook: d.after.revise_playbook,
        playbook_title: l10n.msg("drill-playbook-title", &[("category", &category)]),
        playbook_revision: d.playbook_revision,
        new_playbook_revision: d.after.new_playbook_revision,
        approved_by: approver,
        approved_at: d.approved_at,
        committee_reported_on: d.committee_reported_on,
        case_receipt_no: dto.case_receipt_no,
        issued_at: now,
    })
}

fn record_pdf(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<(Vec<u8>, usize, String), ApiError> {
    let r = record(ctx, drill_id)?;
    let l10n = ja();
    let doc = sonae_forms::drill_record::build(&r, l10n);
    let fonts = sonae_forms::Fonts::shared(None).map_err(crate::forms::font_error)?;
    let pdf = sonae_forms::render(&doc, &fonts, l10n, r.issued_at.timestamp());
    let safe: String = r.name.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect();
    Ok((pdf.bytes, pdf.pages, format!("訓練実施記録_{safe}.pdf")))
}

/// The 訓練実施記録 (regulatory.md §7) as a PDF: 訓練 on every page.
pub fn drill_record_pdf(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<DocumentPdfDto, ApiError> {
    use base64::Engine as _;
    let (bytes, pages, file_name) = record_pdf(ctx, drill_id)?;
    Ok(DocumentPdfDto {
        file_name,
        sha256: sonae_core::casework::sha256_hex(&bytes),
        size: bytes.len() as u64,
        pages: u32::try_from(pages).unwrap_or(u32::MAX),
        drill: false,
        pdf_base64: base64::engine::general_purpose::STANDARD.encode(&bytes),
        submission_id: None,
    })
}

/// The 訓練実施記録 bytes and a file name (the CLI writes them).
pub fn drill_record_bytes(ctx: &mut Ctx<'_>, drill_id: &str) -> Result<(Vec<u8>, String), ApiError> {
    let (bytes, _, name) = record_pdf(ctx, drill_id)?;
    Ok((bytes, name))
}

/// Writes the 訓練実施記録 to the path the user typed (absolute; an existing file only with
/// `overwrite`), through a temporary file beside it.
pub fn save_drill_record(ctx: &mut Ctx<'_>, input: SaveDrillRecordInput) -> Result<SavedFileDto, ApiError> {
    let (bytes, _, _) = record_pdf(ctx, &input.drill_id)?;
    let p = crate::forms::target(&input.path, input.overwrite)?;
    crate::forms::write_bytes(&p, &bytes)?;
    Ok(SavedFileDto { path: p.display().to_string(), sha256: sonae_core::casework::sha256_hex(&bytes), size: bytes.len() as u64 })
}
