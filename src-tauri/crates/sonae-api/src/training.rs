//! Training (研修, issue 8; regulatory.md §7): the annual plan per 年度, sessions, attendance
//! (typed or imported from a CSV, all or nothing), each person's history, the register of
//! 特定個人情報 handlers, the 12-month alert (番号法施行令32条) and the annual report PDF.
//!
//! Permissions: `ViewTraining` reads lists and everyone's records, `ManageTraining` writes; any
//! signed-in person may read their own history. The rules are `sonae_core::training`'s; "today"
//! is the Japan date of the injected clock.

use crate::Ctx;
use crate::cases::{invalid, not_found};
use crate::dto::*;
use crate::error::{ApiError, ErrorCode, fluent_id, rename_field};
use chrono::NaiveDate;
use sonae_core::clock::to_storage;
use sonae_core::training::{
    self as tr, AttendanceRecord, Handler, SessionStats, TrainingPlan, TrainingPlanId, TrainingSession, TrainingSessionId,
};
use sonae_core::{Action, Department, DomainError, Person, PersonId, Role};
use sonae_i18n::{Lang, Localizer};

/// Today in Japan.
fn today(ctx: &Ctx<'_>) -> NaiveDate {
    ctx.clock.now().with_timezone(&chrono_tz::Asia::Tokyo).date_naive()
}

fn day_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A day as typed: `2026-06-19` (also full-width digits, `/` or `.` between the parts).
fn parse_day(field: &str, typed: &str) -> Result<NaiveDate, ApiError> {
    let t: String = typed
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '／' | '/' | '.' | '－' | '‐' => '-',
            c => c,
        })
        .collect();
    NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| invalid(field, "error-date-format"))
}

fn domain(e: DomainError, renames: &[(&str, &str)]) -> ApiError {
    let mut e: ApiError = e.into();
    for (from, to) in renames {
        e = rename_field(e, from, to);
    }
    e
}

/// The register, 五十音順 (by kana, then name), with each person's department name.
struct Register {
    people: Vec<Person>,
    departments: Vec<Department>,
}

impl Register {
    fn load(ctx: &Ctx<'_>) -> Result<Register, ApiError> {
        let mut people = ctx.store.people()?;
        people.sort_by(|a, b| (a.name_kana.as_str(), a.name.as_str()).cmp(&(b.name_kana.as_str(), b.name.as_str())));
        Ok(Register { people, departments: ctx.store.departments()? })
    }

    fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    fn name(&self, id: PersonId) -> String {
        self.person(id).map(|p| p.name.clone()).unwrap_or_default()
    }

    fn department(&self, id: PersonId) -> Option<String> {
        let dep = self.person(id)?.department_id?;
        self.departments.iter().find(|d| d.id == dep).map(|d| d.name.clone())
    }

    /// Position in the 五十音順 (unknown people last).
    fn rank(&self, id: PersonId) -> usize {
        self.people.iter().position(|p| p.id == id).unwrap_or(usize::MAX)
    }
}

/// Everything recorded about training.
struct Records {
    sessions: Vec<TrainingSession>,
    attendance: Vec<AttendanceRecord>,
    handlers: Vec<Handler>,
}

impl Records {
    fn load(ctx: &Ctx<'_>) -> Result<Records, ApiError> {
        Ok(Records {
            sessions: ctx.store.training_sessions()?,
            attendance: ctx.store.training_attendance()?,
            handlers: ctx.store.my_number_handlers()?,
        })
    }

    fn session(&self, id: &str) -> Result<&TrainingSession, ApiError> {
        let id = TrainingSessionId::parse(id.trim()).ok_or_else(not_found)?;
        self.sessions.iter().find(|s| s.id == id).ok_or_else(not_found)
    }
}

fn plan_dto(p: &TrainingPlan) -> TrainingPlanDto {
    let TrainingPlan { id, fiscal_year, title, goals, content, approved_on, approved_by, updated_by, updated_at } = p;
    TrainingPlanDto {
        id: id.to_string(),
        fiscal_year: *fiscal_year,
        title: title.clone(),
        goals: goals.clone(),
        content: content.clone(),
        approved_on: approved_on.map(day_text),
        approved_by: approved_by.clone(),
        updated_by: updated_by.clone(),
        updated_at: to_storage(*updated_at),
    }
}

fn session_dto(s: &TrainingSession, r: &Records, today: NaiveDate) -> TrainingSessionDto {
    let stats = SessionStats::of(s.id, &r.attendance);
    let original = s.makeup_of.and_then(|o| r.sessions.iter().find(|x| x.id == o));
    TrainingSessionDto {
        id: s.id.to_string(),
        held_on: day_text(s.held_on),
        fiscal_year: s.fiscal_year(),
        title: s.title.clone(),
        topics: s.topics.iter().map(|t| (*t).into()).collect(),
        audience: s.audience.into(),
        instructor: s.instructor.clone(),
        note: s.note.clone(),
        makeup_of: s.makeup_of.map(|m| m.to_string()),
        makeup_of_held_on: original.map(|o| day_text(o.held_on)),
        makeup_of_title: original.map(|o| o.title.clone()),
        held: s.held_on <= today,
        attended: stats.attended,
        absent: stats.absent,
        attendance_rate: stats.rate_tenths().map(tr::format_tenths),
        comprehension_average: stats.average_tenths().map(tr::format_tenths),
    }
}

fn handler_dto(h: &Handler, reg: &Register) -> MyNumberHandlerDto {
    MyNumberHandlerDto {
        person_id: h.person_id.to_string(),
        name: reg.name(h.person_id),
        department: reg.department(h.person_id),
        designated_on: day_text(h.designated_on),
        note: h.note.clone(),
        released_on: h.released_on.map(day_text),
        current: h.is_current(),
    }
}

fn alert_dto(a: &tr::TrainingAlert, reg: &Register) -> TrainingAlertDto {
    TrainingAlertDto {
        person_id: a.person_id.to_string(),
        name: reg.name(a.person_id),
        department: reg.department(a.person_id),
        designated_on: day_text(a.designated_on),
        reason: a.reason.into(),
        last_attended: a.last_attended.map(day_text),
        last_absent: a.last_absent.map(day_text),
    }
}

/// The alert in 五十音順.
fn alerts(r: &Records, reg: &Register, today: NaiveDate) -> Vec<tr::TrainingAlert> {
    let mut out = tr::handlers_without_training(today, &r.handlers, &r.sessions, &r.attendance);
    out.sort_by_key(|a| reg.rank(a.person_id));
    out
}

/// A 年度's plan and sessions (`None`: the current 年度).
pub fn training_year(ctx: &mut Ctx<'_>, fiscal_year: Option<i32>) -> Result<TrainingYearDto, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let today = today(ctx);
    let current = tr::fiscal_year_of(today);
    let fy = fiscal_year.unwrap_or(current);
    if !tr::FISCAL_YEARS.contains(&fy) {
        return Err(invalid("fiscalYear", "error-out-of-range"));
    }
    let plans = ctx.store.training_plans()?;
    let r = Records::load(ctx)?;
    let mut years: Vec<i32> = plans.iter().map(|p| p.fiscal_year).chain(r.sessions.iter().map(TrainingSession::fiscal_year)).collect();
    years.push(current);
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    Ok(TrainingYearDto {
        fiscal_year: fy,
        current_fiscal_year: current,
        today: day_text(today),
        years,
        plan: plans.iter().find(|p| p.fiscal_year == fy).map(plan_dto),
        sessions: r.sessions.iter().filter(|s| s.fiscal_year() == fy).map(|s| session_dto(s, &r, today)).collect(),
        can_manage: ctx.actor.may(Action::ManageTraining),
    })
}

/// Saves a 年度's plan (replacing the one there is) and answers the 年度.
pub fn save_training_plan(ctx: &mut Ctx<'_>, input: TrainingPlanInput) -> Result<TrainingYearDto, ApiError> {
    ctx.actor.require(Action::ManageTraining)?;
    let now = ctx.clock.now();
    let approved_on = match input.approved_on.trim() {
        "" => None,
        s => Some(parse_day("approvedOn", s)?),
    };
    let existing = ctx.store.training_plans()?.into_iter().find(|p| p.fiscal_year == input.fiscal_year);
    let plan = TrainingPlan {
        id: existing.map_or_else(|| TrainingPlanId::new(ctx.ids), |p| p.id),
        fiscal_year: input.fiscal_year,
        title: input.title,
        goals: input.goals,
        content: input.content,
        approved_on,
        approved_by: input.approved_by,
        updated_by: ctx.actor.label.clone(),
        updated_at: now,
    }
    .validate(today(ctx))
    .map_err(|e| domain(e, &[("title", "planTitle"), ("content", "planContent")]))?;
    ctx.store.write(&ctx.actor.label, now, |w| w.put_training_plan(&plan))?;
    training_year(ctx, Some(plan.fiscal_year))
}

/// Adds a session (no `sessionId`) or edits one, and answers it.
pub fn save_training_session(ctx: &mut Ctx<'_>, input: TrainingSessionInput) -> Result<TrainingSessionDetailDto, ApiError> {
    ctx.actor.require(Action::ManageTraining)?;
    let now = ctx.clock.now();
    let r = Records::load(ctx)?;
    let held_on = parse_day("heldOn", &input.held_on)?;
    let existing = match input.session_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(id) => Some(r.session(id)?.clone()),
    };
    let makeup_of = match input.makeup_of.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(id) => Some(TrainingSessionId::parse(id).ok_or_else(|| invalid("makeupOf", "error-choice-not-found"))?),
    };
    let session = TrainingSession {
        id: existing.as_ref().map_or_else(|| TrainingSessionId::new(ctx.ids), |s| s.id),
        held_on,
        title: input.title,
        topics: input.topics.into_iter().map(Into::into).collect(),
        audience: input.audience.into(),
        instructor: input.instructor,
        note: input.note,
        makeup_of,
        created_by: existing.as_ref().map_or_else(|| ctx.actor.label.clone(), |s| s.created_by.clone()),
        created_at: existing.as_ref().map_or(now, |s| s.created_at),
        updated_at: now,
    }
    .validate(&r.sessions)
    .map_err(|e| domain(e, &[("title", "sessionTitle")]))?;
    if session.held_on > today(ctx) && r.attendance.iter().any(|a| a.session_id == session.id) {
        return Err(invalid("heldOn", "error-training-attended-future"));
    }
    ctx.store.write(&ctx.actor.label, now, |w| w.put_training_session(&session))?;
    training_session(ctx, &session.id.to_string())
}

fn detail(ctx: &Ctx<'_>, session_id: TrainingSessionId) -> Result<TrainingSessionDetailDto, ApiError> {
    let today = today(ctx);
    let r = Records::load(ctx)?;
    let reg = Register::load(ctx)?;
    let s = r.sessions.iter().find(|s| s.id == session_id).ok_or_else(not_found)?;
    let attendees = reg
        .people
        .iter()
        .map(|p| {
            let rec = r.attendance.iter().find(|a| a.session_id == s.id && a.person_id == p.id);
            let makeup = match rec {
                Some(a) if a.status == tr::Attendance::Absent => tr::makeup_attended(s.id, p.id, &r.sessions, &r.attendance),
                _ => None,
            };
            TrainingAttendeeDto {
                person_id: p.id.to_string(),
                name: p.name.clone(),
                department: reg.department(p.id),
                handler: r.handlers.iter().any(|h| h.person_id == p.id && h.is_current()),
                status: rec.map(|a| a.status.into()),
                comprehension: rec.and_then(|a| a.comprehension),
                makeup_session_id: makeup.map(|m| m.id.to_string()),
                makeup_held_on: makeup.map(|m| day_text(m.held_on)),
            }
        })
        .collect();
    Ok(TrainingSessionDetailDto {
        session: session_dto(s, &r, today),
        attendees,
        makeups: r.sessions.iter().filter(|m| m.makeup_of == Some(s.id)).map(|m| session_dto(m, &r, today)).collect(),
        can_manage: ctx.actor.may(Action::ManageTraining),
    })
}

/// A session with everyone's attendance.
pub fn training_session(ctx: &mut Ctx<'_>, session_id: &str) -> Result<TrainingSessionDetailDto, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let id = TrainingSessionId::parse(session_id.trim()).ok_or_else(not_found)?;
    detail(ctx, id)
}

/// Records several people's attendance of one session in one transaction; the first bad entry
/// is named (`entries[2].comprehension`) and nothing is written.
pub fn record_attendance(ctx: &mut Ctx<'_>, input: AttendanceInput) -> Result<TrainingSessionDetailDto, ApiError> {
    ctx.actor.require(Action::ManageTraining)?;
    let now = ctx.clock.now();
    let today = today(ctx);
    let r = Records::load(ctx)?;
    let session = r.session(&input.session_id)?.clone();
    if session.held_on > today {
        return Err(invalid("sessionId", "error-training-not-held-yet"));
    }
    let people = ctx.store.people()?;
    let mut records: Vec<AttendanceRecord> = Vec::new();
    for (i, e) in input.entries.iter().enumerate() {
        // `entries[2].comprehension`, labelled as the column (field-comprehension).
        let bad =
            |name: &str, message_id: &str| invalid(&format!("entries[{i}].{name}"), message_id).arg("fieldId", fluent_id("field", name));
        let person_id = PersonId::parse(e.person_id.trim())
            .filter(|id| people.iter().any(|p| p.id == *id))
            .ok_or_else(|| bad("personId", "error-choice-not-found"))?;
        if records.iter().any(|x| x.person_id == person_id) {
            return Err(bad("personId", "error-duplicate"));
        }
        let comprehension = tr::parse_score(&e.comprehension).map_err(|id| bad("comprehension", id))?;
        let record = AttendanceRecord {
            session_id: session.id,
            person_id,
            status: e.status.into(),
            comprehension,
            recorded_by: ctx.actor.label.clone(),
            recorded_at: now,
        }
        .validate(&session, today)
        .map_err(|err| match err {
            DomainError::Invalid { field: "comprehension", message_id } => bad("comprehension", message_id),
            other => other.into(),
        })?;
        records.push(record);
    }
    ctx.store.write(&ctx.actor.label, now, |w| records.iter().try_for_each(|a| w.put_training_attendance(a)))?;
    detail(ctx, session.id)
}

/// The error of a CSV: the row's field (`rows[3].name`, args row, line, column) or, for the
/// file and its header, `csv`.
fn csv_error(e: tr::CsvError) -> ApiError {
    let field = if e.row == 0 { "csv".to_owned() } else { format!("rows[{}].{}", e.row, e.column) };
    let mut err = ApiError::new(ErrorCode::Validation, e.message_id)
        .arg("row", e.row)
        .arg("line", e.line)
        .arg("column", &e.header)
        .arg("fieldId", "field-csv");
    err.field = Some(field);
    err
}

/// Imports an attendance CSV (docs/training.md) for one session: every row is checked first,
/// and one bad row refuses the whole file, naming the row, and writes nothing. Each row
/// replaces or adds that person's record; people not in the file keep theirs.
pub fn import_attendance_csv(ctx: &mut Ctx<'_>, input: AttendanceCsvInput) -> Result<AttendanceImportDto, ApiError> {
    ctx.actor.require(Action::ManageTraining)?;
    let now = ctx.clock.now();
    let today = today(ctx);
    let r = Records::load(ctx)?;
    let session = r.session(&input.session_id)?.clone();
    if session.held_on > today {
        return Err(invalid("sessionId", "error-training-not-held-yet"));
    }
    let rows = tr::parse_attendance_csv(&input.text, &ctx.store.people()?).map_err(csv_error)?;
    let records: Vec<AttendanceRecord> = rows
        .iter()
        .map(|row| AttendanceRecord {
            session_id: session.id,
            person_id: row.person_id,
            status: row.status,
            comprehension: row.comprehension,
            recorded_by: ctx.actor.label.clone(),
            recorded_at: now,
        })
        .collect();
    ctx.store.write(&ctx.actor.label, now, |w| records.iter().try_for_each(|a| w.put_training_attendance(a)))?;
    Ok(AttendanceImportDto { imported: u32::try_from(records.len()).unwrap_or(u32::MAX), detail: detail(ctx, session.id)? })
}

/// Every session a person attended or missed, newest first. Anyone signed in may read their
/// own; everyone else's needs `ViewTraining`.
pub fn training_history(ctx: &mut Ctx<'_>, person_id: &str) -> Result<TrainingHistoryDto, ApiError> {
    let id = PersonId::parse(person_id.trim());
    if id.is_some() && id == ctx.actor.person_id() {
        ctx.actor.require(Action::ViewHome)?;
    } else {
        ctx.actor.require(Action::ViewTraining)?;
    }
    let id = id.ok_or_else(not_found)?;
    let reg = Register::load(ctx)?;
    let person = reg.person(id).ok_or_else(not_found)?;
    let r = Records::load(ctx)?;
    let mut entries: Vec<(NaiveDate, TrainingHistoryEntryDto)> = r
        .attendance
        .iter()
        .filter(|a| a.person_id == id)
        .filter_map(|a| {
            let s = r.sessions.iter().find(|s| s.id == a.session_id)?;
            Some((
                s.held_on,
                TrainingHistoryEntryDto {
                    session_id: s.id.to_string(),
                    held_on: day_text(s.held_on),
                    title: s.title.clone(),
                    topics: s.topics.iter().map(|t| (*t).into()).collect(),
                    audience: s.audience.into(),
                    makeup: s.makeup_of.is_some(),
                    status: a.status.into(),
                    comprehension: a.comprehension,
                },
            ))
        })
        .collect();
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.title.cmp(&b.1.title)));
    let alert = alerts(&r, &reg, today(ctx)).into_iter().find(|a| a.person_id == id);
    Ok(TrainingHistoryDto {
        person_id: id.to_string(),
        name: person.name.clone(),
        department: reg.department(id),
        handler: r.handlers.iter().find(|h| h.person_id == id).map(|h| handler_dto(h, &reg)),
        alert: alert.map(|a| alert_dto(&a, &reg)),
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    })
}

/// The 特定個人情報 handlers without a session on サイバー脅威と対策 in the last 12 months, each
/// with why, 五十音順.
pub fn training_alert(ctx: &mut Ctx<'_>) -> Result<TrainingAlertListDto, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let today = today(ctx);
    let r = Records::load(ctx)?;
    let reg = Register::load(ctx)?;
    Ok(TrainingAlertListDto {
        today: day_text(today),
        window_start: day_text(tr::window_start(today)),
        alerts: alerts(&r, &reg, today).iter().map(|a| alert_dto(a, &reg)).collect(),
    })
}

/// The register of 特定個人情報 handlers: current ones first, each group 五十音順.
pub fn list_my_number_handlers(ctx: &mut Ctx<'_>) -> Result<Vec<MyNumberHandlerDto>, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let reg = Register::load(ctx)?;
    let mut handlers = ctx.store.my_number_handlers()?;
    handlers.sort_by_key(|h| (!h.is_current(), reg.rank(h.person_id)));
    Ok(handlers.iter().map(|h| handler_dto(h, &reg)).collect())
}

/// Designates a person as a 特定個人情報 handler (again), or ends the designation (the row stays
/// with its end day).
pub fn set_my_number_handler(ctx: &mut Ctx<'_>, input: MyNumberHandlerInput) -> Result<Vec<MyNumberHandlerDto>, ApiError> {
    ctx.actor.require(Action::ManageTraining)?;
    let now = ctx.clock.now();
    let today = today(ctx);
    let person_id = PersonId::parse(input.person_id.trim())
        .filter(|id| ctx.store.people().map(|people| people.iter().any(|p| p.id == *id)).unwrap_or(false))
        .ok_or_else(|| invalid("personId", "error-choice-not-found"))?;
    let day = match input.day.trim() {
        "" => today,
        s => parse_day("day", s)?,
    };
    let existing = ctx.store.my_number_handlers()?.into_iter().find(|h| h.person_id == person_id);
    let handler = if input.designated {
        Handler { person_id, designated_on: day, note: input.note, released_on: None, updated_by: ctx.actor.label.clone(), updated_at: now }
            .validate(today)
            .map_err(|e| domain(e, &[("designatedOn", "day")]))?
    } else {
        let Some(h) = existing.filter(Handler::is_current) else {
            return Err(ApiError::new(ErrorCode::Conflict, "error-training-not-handler"));
        };
        if day > today {
            return Err(invalid("day", "error-date-future"));
        }
        let note = if input.note.trim().is_empty() { h.note.clone() } else { input.note };
        Handler { released_on: Some(day), note, updated_by: ctx.actor.label.clone(), updated_at: now, ..h }
            .validate(today)
            .map_err(|e| domain(e, &[("designatedOn", "day")]))?
    };
    ctx.store.write(&ctx.actor.label, now, |w| w.put_my_number_handler(&handler))?;
    list_my_number_handlers(ctx)
}

/// The plain data of the annual report for `fiscal_year`, as of today (or the year's last day
/// once it is over).
pub(crate) fn report_data(ctx: &Ctx<'_>, fiscal_year: i32) -> Result<sonae_forms::training_report::TrainingReport, ApiError> {
    use sonae_forms::training_report::{AbsenteePart, AlertPart, PlanPart, SessionPart, Signatory, TrainingReport};
    if !tr::FISCAL_YEARS.contains(&fiscal_year) {
        return Err(invalid("fiscalYear", "error-out-of-range"));
    }
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let today = today(ctx);
    let (_, last) = tr::fiscal_year_days(fiscal_year);
    let as_of = today.min(last);
    let r = Records::load(ctx)?;
    let reg = Register::load(ctx)?;
    let plan = ctx.store.training_plans()?.into_iter().find(|p| p.fiscal_year == fiscal_year).map(|p| PlanPart {
        title: p.title,
        goals: p.goals,
        content: p.content,
        approved_on: p.approved_on,
        approved_by: p.approved_by,
    });
    let signatory = |p: &Person| Signatory { title: p.title.clone(), name: p.name.clone() };
    let ciso =
        org.settings.ciso_person_id.and_then(|id| reg.person(id)).or_else(|| reg.people.iter().find(|p| p.roles.contains(&Role::Ciso)));
    let chief = reg.people.iter().find(|p| p.roles.contains(&Role::ChiefSecurityOfficer));
    let sessions = r
        .sessions
        .iter()
        .filter(|s| s.fiscal_year() == fiscal_year)
        .map(|s| {
            let mut absentees: Vec<(usize, AbsenteePart)> = r
                .attendance
                .iter()
                .filter(|a| a.session_id == s.id && a.status == tr::Attendance::Absent)
                .map(|a| {
                    (
                        reg.rank(a.person_id),
                        AbsenteePart {
                            department: reg.department(a.person_id).unwrap_or_default(),
                            name: reg.name(a.person_id),
                            makeup_on: tr::makeup_attended(s.id, a.person_id, &r.sessions, &r.attendance)
                                .map(|m| m.held_on)
                                .filter(|d| *d <= as_of),
                        },
                    )
                })
                .collect();
            absentees.sort_by_key(|(rank, _)| *rank);
            SessionPart {
                held_on: s.held_on,
                title: s.title.clone(),
                topics: s.topics.clone(),
                audience: s.audience,
                instructor: s.instructor.clone(),
                makeup_of: s.makeup_of.and_then(|o| r.sessions.iter().find(|x| x.id == o)).map(|o| (o.held_on, o.title.clone())),
                stats: SessionStats::of(s.id, &r.attendance),
                absentees: absentees.into_iter().map(|(_, a)| a).collect(),
            }
        })
        .collect();
    let alerts = alerts(&r, &reg, as_of)
        .into_iter()
        .map(|a| AlertPart {
            department: reg.department(a.person_id).unwrap_or_default(),
            name: reg.name(a.person_id),
            designated_on: a.designated_on,
            reason: a.reason,
            last_attended: a.last_attended,
            last_absent: a.last_absent,
        })
        .collect();
    let sender_department = chief.and_then(|p| p.department_id).and_then(|id| reg.departments.iter().find(|d| d.id == id)).cloned();
    Ok(TrainingReport {
        org,
        fiscal_year,
        as_of,
        issued_at: ctx.clock.now(),
        ciso: ciso.map(signatory),
        sender: chief.map(signatory),
        sender_department,
        plan,
        sessions,
        alerts,
    })
}

/// The 研修実施報告 of a 年度 as PDF bytes (for the CISO and the committee).
pub fn training_report_pdf(ctx: &mut Ctx<'_>, fiscal_year: i32) -> Result<Vec<u8>, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let data = report_data(ctx, fiscal_year)?;
    let l10n = Localizer::shared(Lang::Ja);
    let doc = sonae_forms::training_report::training_report(l10n, &data);
    let fonts = sonae_forms::Fonts::shared(None).map_err(crate::forms::font_error)?;
    Ok(sonae_forms::render(&doc, &fonts, l10n, data.issued_at.timestamp()).bytes)
}

/// Renders the 研修実施報告 and writes it to `path` (absolute; an existing file only with
/// `overwrite`), through a temporary file beside it.
pub fn save_training_report(ctx: &mut Ctx<'_>, input: SaveTrainingReportInput) -> Result<SavedTrainingReportDto, ApiError> {
    ctx.actor.require(Action::ViewTraining)?;
    let p = crate::forms::target(&input.path, input.overwrite)?;
    let bytes = training_report_pdf(ctx, input.fiscal_year)?;
    crate::forms::write_bytes(&p, &bytes)?;
    Ok(SavedTrainingReportDto { path: p.display().to_string(), sha256: sonae_core::casework::sha256_hex(&bytes), size: bytes.len() as u64 })
}
