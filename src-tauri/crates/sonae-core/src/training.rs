//! Training (研修, issue 8; regulatory.md §7): the annual plan per 年度, sessions with their
//! content and audience, attendance with 理解度, make-up sessions (補講), the register of people
//! who handle 特定個人情報 (事務取扱担当者), the attendance CSV, and the 12-month alert.
//!
//! The law behind it: 番号法29条の2 and 施行令32条 require training for everyone who handles
//! 特定個人情報ファイル おおむね一年ごと, with content on cyber threats and counter-measures, and
//! make-up sessions for those who missed it; 000 §5.2(2) asks for an annual plan approved by the
//! committee and records reported to the CISO; 004 第24条4 for 実施日, 受講者, 内容 and 理解度.
//!
//! Decisions:
//! * **What counts for the alert** ([`handlers_without_training`]): an *attended* session tagged
//!   [`Topic::CyberThreats`] held within the 12 months before today (on or after the same date a
//!   year earlier). The audience does not matter: 施行令32条 asks for the content, and someone
//!   who sat through it was trained whatever the session's main audience was. A session without
//!   that tag (a policy briefing, say) never counts, however recent.
//! * **People in a CSV** are matched by name: the register has no 職員番号. Names are compared
//!   with all white space (also U+3000) removed and full-width letters and digits folded; a name
//!   that matches nobody, or more than one person, is refused naming the row.
//! * A make-up session ([`TrainingSession::makeup_of`]) is a session of its own (its own date,
//!   tags and attendance) that points at the session it makes up for; it is never the make-up of
//!   a make-up, and never held before the original.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::DomainError;
use crate::ids::PersonId;
use crate::org::Person;
use chrono::{Datelike, Months, NaiveDate};

pub use crate::ids::{TrainingPlanId, TrainingSessionId};

coded_enum! {
    /// What a session covers (内容). A session has one or more.
    pub enum Topic {
        /// サイバー脅威と対策 — the content 番号法施行令32条 requires for handlers of 特定個人情報.
        CyberThreats = "cyber_threats",
        /// 情報セキュリティポリシー（基本方針・対策基準）.
        SecurityPolicy = "security_policy",
        /// 個人情報・特定個人情報の取扱い.
        PersonalInfo = "personal_info",
        /// インシデント発生時の対応（報告・連絡の手順）.
        IncidentResponse = "incident_response",
        /// 標的型攻撃メール訓練.
        TargetedMailDrill = "targeted_mail_drill",
        /// 情報システムの運用・管理（システム担当者向け）.
        SystemOperation = "system_operation",
        /// 外部委託先の管理.
        ContractorManagement = "contractor_management",
        /// その他.
        Other = "other",
    }
}

coded_enum! {
    /// Whom a session is for (対象者).
    pub enum Audience {
        /// 全職員.
        AllStaff = "all_staff",
        /// 特定個人情報の事務取扱担当者.
        MyNumberHandlers = "my_number_handlers",
        /// 管理職（情報セキュリティ管理者）.
        Managers = "managers",
        /// CSIRT要員.
        Csirt = "csirt",
        /// 情報システム担当者.
        SystemStaff = "system_staff",
        /// 委託事業者.
        Contractors = "contractors",
    }
}

coded_enum! {
    /// Whether a person attended a session.
    pub enum Attendance {
        /// 出席.
        Attended = "attended",
        /// 欠席.
        Absent = "absent",
    }
}

coded_enum! {
    /// Why a handler of 特定個人情報 is on the 12-month alert.
    pub enum AlertReason {
        /// Never attended a session on サイバー脅威と対策 (and never recorded absent from one).
        NeverTrained = "never_trained",
        /// Last attended one on `last_attended`, more than 12 months ago.
        Expired = "expired",
        /// Recorded absent from such sessions, never attended one (no make-up taken).
        OnlyAbsent = "only_absent",
    }
}

/// The 年度 (April–March) a day belongs to: 2027-03-31 → 2026.
pub fn fiscal_year_of(day: NaiveDate) -> i32 {
    if day.month() >= 4 { day.year() } else { day.year() - 1 }
}

/// The first and last day of 年度 `fiscal_year` (4月1日 and the next 3月31日).
pub fn fiscal_year_days(fiscal_year: i32) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(fiscal_year, 4, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(fiscal_year + 1, 3, 31).unwrap_or(NaiveDate::MAX);
    (first, last)
}

/// The years a plan may be for.
pub const FISCAL_YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

fn text(field: &'static str, value: &str, max: usize, required: bool) -> Result<String, DomainError> {
    let v = value.trim();
    if required && v.is_empty() {
        return Err(DomainError::required(field));
    }
    if v.chars().count() > max {
        return Err(DomainError::too_long(field));
    }
    Ok(v.to_owned())
}

fn invalid(field: &'static str, message_id: &'static str) -> DomainError {
    DomainError::Invalid { field, message_id }
}

/// The annual training plan of a 年度 (000 §5.2(2): planned in advance, approved by the committee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingPlan {
    pub id: TrainingPlanId,
    pub fiscal_year: i32,
    /// 令和8年度 情報セキュリティ研修計画.
    pub title: String,
    /// 方針・目標.
    pub goals: String,
    /// 実施計画: what is planned for whom and when, in words (the sessions themselves are rows).
    pub content: String,
    /// The day the plan was approved, if it was.
    pub approved_on: Option<NaiveDate>,
    /// Who approved it (情報セキュリティ委員会 …).
    pub approved_by: String,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

impl TrainingPlan {
    /// Trims and checks a plan: a 年度 in range, a title, an approval not in the future and, when
    /// there is one, who gave it.
    pub fn validate(self, today: NaiveDate) -> Result<TrainingPlan, DomainError> {
        if !FISCAL_YEARS.contains(&self.fiscal_year) {
            return Err(invalid("fiscalYear", "error-out-of-range"));
        }
        let approved_by = text("approvedBy", &self.approved_by, 100, false)?;
        if let Some(d) = self.approved_on {
            if d > today {
                return Err(invalid("approvedOn", "error-date-future"));
            }
            if approved_by.is_empty() {
                return Err(DomainError::required("approvedBy"));
            }
        }
        Ok(TrainingPlan {
            title: text("title", &self.title, 200, true)?,
            goals: text("goals", &self.goals, 4000, false)?,
            content: text("content", &self.content, 4000, false)?,
            approved_by,
            ..self
        })
    }
}

/// One training session (実施回): when, what, for whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingSession {
    pub id: TrainingSessionId,
    /// 実施日 (a future day: planned, no attendance yet).
    pub held_on: NaiveDate,
    pub title: String,
    /// 内容, in declaration order, at least one.
    pub topics: Vec<Topic>,
    pub audience: Audience,
    /// 講師.
    pub instructor: String,
    /// 概要・備考.
    pub note: String,
    /// The session this one makes up for (補講), if it is a make-up.
    pub makeup_of: Option<TrainingSessionId>,
    pub created_by: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl TrainingSession {
    /// The 年度 the session belongs to.
    pub fn fiscal_year(&self) -> i32 {
        fiscal_year_of(self.held_on)
    }

    /// Whether it covers サイバー脅威と対策 (番号法施行令32条).
    pub fn covers_cyber_threats(&self) -> bool {
        self.topics.contains(&Topic::CyberThreats)
    }

    /// Trims and checks a session against the others already recorded (`others` may contain
    /// this session's earlier version, which is ignored): a title, at least one topic, a make-up
    /// that points at an original session (not itself a make-up) held on or before it, and an
    /// original not moved after its make-ups.
    pub fn validate(self, others: &[TrainingSession]) -> Result<TrainingSession, DomainError> {
        if fiscal_year_of(self.held_on) < *FISCAL_YEARS.start() || fiscal_year_of(self.held_on) > *FISCAL_YEARS.end() {
            return Err(invalid("heldOn", "error-out-of-range"));
        }
        let title = text("title", &self.title, 200, true)?;
        let mut topics: Vec<Topic> = Topic::ALL.iter().copied().filter(|t| self.topics.contains(t)).collect();
        topics.dedup();
        if topics.is_empty() {
            return Err(invalid("topics", "error-training-topics-required"));
        }
        if let Some(original) = self.makeup_of {
            let Some(o) = others.iter().find(|s| s.id == original && s.id != self.id) else {
                return Err(invalid("makeupOf", "error-choice-not-found"));
            };
            if o.makeup_of.is_some() || others.iter().any(|s| s.makeup_of == Some(self.id)) {
                return Err(invalid("makeupOf", "error-training-makeup-of-makeup"));
            }
            if o.held_on > self.held_on {
                return Err(invalid("heldOn", "error-training-makeup-before-original"));
            }
        }
        if others.iter().any(|s| s.makeup_of == Some(self.id) && s.held_on < self.held_on) {
            return Err(invalid("heldOn", "error-training-makeup-before-original"));
        }
        Ok(TrainingSession {
            title,
            topics,
            instructor: text("instructor", &self.instructor, 100, false)?,
            note: text("note", &self.note, 2000, false)?,
            ..self
        })
    }
}

/// Whether one person attended one session, and how well they understood it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceRecord {
    pub session_id: TrainingSessionId,
    pub person_id: PersonId,
    pub status: Attendance,
    /// 理解度 0–100 (a test or a self-assessment), only for someone who attended.
    pub comprehension: Option<u8>,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

impl AttendanceRecord {
    /// The storage id: one record per person and session (`<session>:<person>`).
    pub fn key(&self) -> String {
        format!("{}:{}", self.session_id, self.person_id)
    }

    /// Checks a record for `session` as of `today`: the session was held, and only someone who
    /// attended has a 理解度, at most 100.
    pub fn validate(self, session: &TrainingSession, today: NaiveDate) -> Result<AttendanceRecord, DomainError> {
        if session.id != self.session_id {
            return Err(invalid("sessionId", "error-choice-not-found"));
        }
        if session.held_on > today {
            return Err(invalid("sessionId", "error-training-not-held-yet"));
        }
        check_score(self.status, self.comprehension)?;
        Ok(self)
    }
}

fn check_score(status: Attendance, score: Option<u8>) -> Result<(), DomainError> {
    match score {
        Some(s) if s > 100 => Err(invalid("comprehension", "error-training-score-format")),
        Some(_) if status == Attendance::Absent => Err(invalid("comprehension", "error-training-score-absent")),
        _ => Ok(()),
    }
}

/// Full-width ASCII (ＡＢＣ１２３) as half-width.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    }
}

/// A 理解度 as typed: empty → none; 0–100 in half- or full-width digits (`８５`).
pub fn parse_score(typed: &str) -> Result<Option<u8>, &'static str> {
    let t: String = typed.trim().chars().map(fold_width).collect();
    if t.is_empty() {
        return Ok(None);
    }
    if !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 3 {
        return Err("error-training-score-format");
    }
    match t.parse::<u8>() {
        Ok(n) if n <= 100 => Ok(Some(n)),
        _ => Err("error-training-score-format"),
    }
}

/// 出欠 as written in a sheet: 出席 / 出 / ○ / 〇 / attended / present, 欠席 / 欠 / × / absent.
pub fn parse_attendance(typed: &str) -> Option<Attendance> {
    let t: String = typed.trim().chars().map(fold_width).collect::<String>().to_lowercase();
    match t.as_str() {
        "出席" | "出" | "○" | "〇" | "◯" | "attended" | "present" => Some(Attendance::Attended),
        "欠席" | "欠" | "×" | "✕" | "x" | "absent" => Some(Attendance::Absent),
        _ => None,
    }
}

/// A name as compared: white space (also U+3000) removed, full-width letters and digits folded.
pub fn normalize_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).map(fold_width).collect()
}

/// A person designated as 事務取扱担当者 of 特定個人情報 (番号法29条の2). Released designations
/// stay on the register with their end day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handler {
    pub person_id: PersonId,
    /// 指定日.
    pub designated_on: NaiveDate,
    /// 担当事務 etc.
    pub note: String,
    /// 指定解除日; `None` while designated.
    pub released_on: Option<NaiveDate>,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

impl Handler {
    /// Checks a designation as of `today`: not designated in the future, a note of at most 200
    /// characters, not released before it began.
    pub fn validate(self, today: NaiveDate) -> Result<Handler, DomainError> {
        if self.designated_on > today {
            return Err(invalid("designatedOn", "error-date-future"));
        }
        if self.released_on.is_some_and(|r| r < self.designated_on) {
            return Err(invalid("designatedOn", "error-training-released-before-designated"));
        }
        Ok(Handler { note: text("note", &self.note, 200, false)?, ..self })
    }

    /// Still designated.
    pub fn is_current(&self) -> bool {
        self.released_on.is_none()
    }
}

/// One handler on the 12-month alert, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingAlert {
    pub person_id: PersonId,
    pub designated_on: NaiveDate,
    pub reason: AlertReason,
    /// The last session on サイバー脅威と対策 they attended (older than the window).
    pub last_attended: Option<NaiveDate>,
    /// The last such session they were recorded absent from.
    pub last_absent: Option<NaiveDate>,
}

/// The first day of the 12 months before `today` that count: the same date a year earlier
/// (29 February → 28 February).
pub fn window_start(today: NaiveDate) -> NaiveDate {
    today.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN)
}

/// The current handlers of 特定個人情報 without an attended session on サイバー脅威と対策 within
/// the 12 months before `today` (see the module's decisions), in the order of `handlers`, each
/// with why: never trained, last trained more than 12 months ago, or only recorded absent.
/// Sessions after `today` are ignored.
pub fn handlers_without_training(
    today: NaiveDate,
    handlers: &[Handler],
    sessions: &[TrainingSession],
    attendance: &[AttendanceRecord],
) -> Vec<TrainingAlert> {
    let from = window_start(today);
    let held_on =
        |id: TrainingSessionId| sessions.iter().find(|s| s.id == id && s.covers_cyber_threats() && s.held_on <= today).map(|s| s.held_on);
    let mut out = Vec::new();
    for h in handlers.iter().filter(|h| h.is_current()) {
        let mut last_attended: Option<NaiveDate> = None;
        let mut last_absent: Option<NaiveDate> = None;
        for a in attendance.iter().filter(|a| a.person_id == h.person_id) {
            let Some(day) = held_on(a.session_id) else { continue };
            let slot = if a.status == Attendance::Attended { &mut last_attended } else { &mut last_absent };
            *slot = (*slot).max(Some(day));
        }
        let reason = match last_attended {
            Some(d) if d >= from => continue,
            Some(_) => AlertReason::Expired,
            None if last_absent.is_some() => AlertReason::OnlyAbsent,
            None => AlertReason::NeverTrained,
        };
        out.push(TrainingAlert { person_id: h.person_id, designated_on: h.designated_on, reason, last_attended, last_absent });
    }
    out
}

/// Attendance figures of one session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SessionStats {
    pub attended: u32,
    pub absent: u32,
    /// How many of those who attended have a 理解度, and its sum.
    pub scored: u32,
    pub score_sum: u32,
}

impl SessionStats {
    /// The figures of `session` from `attendance` (records of other sessions are skipped).
    pub fn of(session: TrainingSessionId, attendance: &[AttendanceRecord]) -> SessionStats {
        let mut s = SessionStats::default();
        for a in attendance.iter().filter(|a| a.session_id == session) {
            match a.status {
                Attendance::Attended => {
                    s.attended += 1;
                    if let Some(c) = a.comprehension {
                        s.scored += 1;
                        s.score_sum += u32::from(c);
                    }
                }
                Attendance::Absent => s.absent += 1,
            }
        }
        s
    }

    /// 受講率 in tenths of a percent (attended of those recorded), rounded half up; `None`
    /// when nobody is recorded.
    pub fn rate_tenths(&self) -> Option<u32> {
        let n = self.attended + self.absent;
        (n > 0).then(|| (self.attended * 2000 + n) / (2 * n))
    }

    /// The average 理解度 in tenths, rounded half up; `None` when nobody has one.
    pub fn average_tenths(&self) -> Option<u32> {
        (self.scored > 0).then(|| (self.score_sum * 20 + self.scored) / (2 * self.scored))
    }
}

/// `833` → `83.3`.
pub fn format_tenths(v: u32) -> String {
    format!("{}.{}", v / 10, v % 10)
}

/// The make-up session of `original` that `person` attended, if any.
pub fn makeup_attended<'a>(
    original: TrainingSessionId,
    person: PersonId,
    sessions: &'a [TrainingSession],
    attendance: &[AttendanceRecord],
) -> Option<&'a TrainingSession> {
    sessions
        .iter()
        .filter(|s| s.makeup_of == Some(original))
        .find(|s| attendance.iter().any(|a| a.session_id == s.id && a.person_id == person && a.status == Attendance::Attended))
}

/// One data row of an attendance CSV, resolved to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvAttendance {
    /// 1-based data row (blank lines are not rows).
    pub row: usize,
    /// 1-based line of the file where the row starts (the header is line 1).
    pub line: usize,
    pub person_id: PersonId,
    pub status: Attendance,
    pub comprehension: Option<u8>,
}

/// The first problem of an attendance CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based data row; 0 for the file or its header.
    pub row: usize,
    /// 1-based line of the file.
    pub line: usize,
    /// `name`, `attendance`, `comprehension`, or `file`.
    pub column: &'static str,
    /// The column's header as the file writes it (the canonical one when it is missing).
    pub header: String,
    pub message_id: &'static str,
}

/// The CSV columns: (field, canonical header, accepted headers after [`header_key`]).
const COLUMNS: &[(&str, &str, &[&str])] = &[
    ("name", "氏名", &["氏名", "名前", "職員名", "受講者", "name"]),
    ("attendance", "出欠", &["出欠", "出席", "出欠席", "出欠状況", "attendance"]),
    ("comprehension", "理解度", &["理解度", "理解度(点)", "理解度（点）", "score", "comprehension"]),
];

/// The headers of a CSV that [`parse_attendance_csv`] reads, in order.
pub const CSV_HEADERS: [&str; 3] = ["氏名", "出欠", "理解度"];

fn header_key(h: &str) -> String {
    normalize_name(h).to_lowercase()
}

/// Splits CSV text (RFC 4180: quotes, doubled quotes, line breaks inside quotes; a BOM, CRLF or
/// LF) into records, each with the line it starts on. An unclosed quote answers its line.
fn csv_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                '\r' => {}
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_line = line;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut record)));
                line += 1;
                start = line;
                any = false;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(quote_line);
    }
    if any {
        record.push(field);
        out.push((start, record));
    }
    Ok(out)
}

/// Reads an attendance CSV (docs/training.md): a header row naming the columns 氏名 and 出欠
/// (理解度 optional; other columns are ignored), then one row per person. Blank rows are skipped.
/// People are matched by [`normalize_name`] against `people`. Everything is checked before
/// anything is returned: the first bad row is named with its line and column.
pub fn parse_attendance_csv(text: &str, people: &[Person]) -> Result<Vec<CsvAttendance>, CsvError> {
    let file_error = |line: usize, message_id: &'static str| CsvError { row: 0, line, column: "file", header: String::new(), message_id };
    let records = csv_records(text).map_err(|line| file_error(line, "error-training-csv-quote"))?;
    let blank = |r: &[String]| r.iter().all(|f| f.trim().is_empty());
    let mut rows = records.into_iter().filter(|(_, r)| !blank(r));
    let Some((header_line, header)) = rows.next() else { return Err(file_error(1, "error-training-csv-empty")) };
    let mut at: [Option<(usize, String)>; 3] = [None, None, None];
    for (i, h) in header.iter().enumerate() {
        let key = header_key(h);
        if let Some(c) = COLUMNS.iter().position(|(_, _, names)| names.iter().any(|n| header_key(n) == key)) {
            if at[c].is_some() {
                let (field, _, _) = COLUMNS[c];
                return Err(CsvError {
                    row: 0,
                    line: header_line,
                    column: field,
                    header: h.trim().to_owned(),
                    message_id: "error-training-csv-header-twice",
                });
            }
            at[c] = Some((i, h.trim().to_owned()));
        }
    }
    for (c, (field, canonical, _)) in COLUMNS.iter().enumerate().take(2) {
        if at[c].is_none() {
            return Err(CsvError {
                row: 0,
                line: header_line,
                column: field,
                header: (*canonical).to_owned(),
                message_id: "error-training-csv-header-missing",
            });
        }
    }
    let by_name: Vec<(String, PersonId)> = people.iter().map(|p| (normalize_name(&p.name), p.id)).collect();
    let mut out: Vec<CsvAttendance> = Vec::new();
    for (n, (line, record)) in rows.enumerate() {
        let row = n + 1;
        let cell = |c: usize| -> (&'static str, String, String) {
            let (field, canonical, _) = COLUMNS[c];
            match &at[c] {
                Some((i, header)) => (field, header.clone(), record.get(*i).map(|v| v.trim().to_owned()).unwrap_or_default()),
                None => (field, canonical.to_owned(), String::new()),
            }
        };
        let err = |(column, header, _): (&'static str, String, String), message_id: &'static str| CsvError {
            row,
            line,
            column,
            header,
            message_id,
        };
        let name = cell(0);
        if name.2.is_empty() {
            return Err(err(name, "error-training-csv-required"));
        }
        let key = normalize_name(&name.2);
        let found: Vec<PersonId> = by_name.iter().filter(|(k, _)| *k == key).map(|(_, id)| *id).collect();
        let person_id = match found.as_slice() {
            [one] => *one,
            [] => return Err(err(name, "error-training-csv-name-unknown")),
            _ => return Err(err(name, "error-training-csv-name-ambiguous")),
        };
        if out.iter().any(|r| r.person_id == person_id) {
            return Err(err(name, "error-training-csv-name-twice"));
        }
        let attendance = cell(1);
        if attendance.2.is_empty() {
            return Err(err(attendance, "error-training-csv-required"));
        }
        let Some(status) = parse_attendance(&attendance.2) else { return Err(err(attendance, "error-training-csv-attendance")) };
        let score = cell(2);
        let Ok(comprehension) = parse_score(&score.2) else { return Err(err(score, "error-training-csv-score")) };
        if comprehension.is_some() && status == Attendance::Absent {
            return Err(err(score, "error-training-csv-score-absent"));
        }
        out.push(CsvAttendance { row, line, person_id, status, comprehension });
    }
    if out.is_empty() {
        return Err(file_error(header_line, "error-training-csv-no-rows"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;
    use chrono::{TimeZone, Utc};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap()
    }

    fn session(ids: &SequentialIds, held_on: NaiveDate, topics: &[Topic]) -> TrainingSession {
        TrainingSession {
            id: TrainingSessionId::new(ids),
            held_on,
            title: "研修".into(),
            topics: topics.to_vec(),
            audience: Audience::AllStaff,
            instructor: String::new(),
            note: String::new(),
            makeup_of: None,
            created_by: "t".into(),
            created_at: at(),
            updated_at: at(),
        }
    }

    fn record(s: &TrainingSession, p: PersonId, status: Attendance) -> AttendanceRecord {
        AttendanceRecord { session_id: s.id, person_id: p, status, comprehension: None, recorded_by: "t".into(), recorded_at: at() }
    }

    fn handler(p: PersonId) -> Handler {
        Handler {
            person_id: p,
            designated_on: day(2024, 4, 1),
            note: String::new(),
            released_on: None,
            updated_by: "t".into(),
            updated_at: at(),
        }
    }

    fn people(ids: &SequentialIds, names: &[&str]) -> Vec<Person> {
        names.iter().map(|n| Person::new(PersonId::new(ids), None, n, "", "", &[crate::Role::Staff]).unwrap()).collect()
    }

    #[test]
    fn fiscal_years_run_from_april_to_march() {
        assert_eq!(fiscal_year_of(day(2026, 4, 1)), 2026);
        assert_eq!(fiscal_year_of(day(2027, 3, 31)), 2026);
        assert_eq!(fiscal_year_days(2026), (day(2026, 4, 1), day(2027, 3, 31)));
        assert_eq!(window_start(day(2026, 11, 21)), day(2025, 11, 21));
        assert_eq!(window_start(day(2028, 2, 29)), day(2027, 2, 28));
    }

    #[test]
    fn the_alert_lists_handlers_without_a_cyber_session_in_twelve_months_and_says_why() {
        let ids = SequentialIds::new();
        let today = day(2026, 11, 21);
        let [fresh, edge, expired, absent, never, policy_only, released, made_up] = [(); 8].map(|_| PersonId::new(&ids));
        let old = session(&ids, day(2025, 9, 1), &[Topic::CyberThreats]);
        let on_edge = session(&ids, day(2025, 11, 21), &[Topic::PersonalInfo, Topic::CyberThreats]);
        let recent = session(&ids, day(2026, 6, 1), &[Topic::CyberThreats]);
        let mut makeup = session(&ids, day(2026, 7, 1), &[Topic::CyberThreats]);
        makeup.makeup_of = Some(recent.id);
        let policy = session(&ids, day(2026, 10, 1), &[Topic::SecurityPolicy]);
        let future = session(&ids, day(2026, 12, 1), &[Topic::CyberThreats]);
        let sessions = vec![old.clone(), on_edge.clone(), recent.clone(), makeup.clone(), policy.clone(), future.clone()];
        let attendance = vec![
            record(&recent, fresh, Attendance::Attended),
            record(&on_edge, edge, Attendance::Attended),
            record(&old, expired, Attendance::Attended),
            record(&recent, expired, Attendance::Absent),
            record(&recent, absent, Attendance::Absent),
            record(&policy, policy_only, Attendance::Attended),
            record(&future, never, Attendance::Attended),
            record(&recent, made_up, Attendance::Absent),
            record(&makeup, made_up, Attendance::Attended),
        ];
        let mut handlers: Vec<Handler> = [fresh, edge, expired, absent, never, policy_only, released, made_up].map(handler).to_vec();
        handlers[6].released_on = Some(day(2026, 3, 31));
        let got = handlers_without_training(today, &handlers, &sessions, &attendance);
        let got: Vec<_> = got.iter().map(|a| (a.person_id, a.reason, a.last_attended, a.last_absent)).collect();
        assert_eq!(
            got,
            [
                (expired, AlertReason::Expired, Some(day(2025, 9, 1)), Some(day(2026, 6, 1))),
                (absent, AlertReason::OnlyAbsent, None, Some(day(2026, 6, 1))),
                (never, AlertReason::NeverTrained, None, None),
                (policy_only, AlertReason::NeverTrained, None, None),
            ],
            "a session a year ago to the day counts; a make-up counts; a policy-only or future session does not; released handlers are off"
        );
    }

    #[test]
    fn stats_round_half_up() {
        let ids = SequentialIds::new();
        let s = session(&ids, day(2026, 6, 1), &[Topic::CyberThreats]);
        let [a, b, c] = [(); 3].map(|_| PersonId::new(&ids));
        let mut r = vec![record(&s, a, Attendance::Attended), record(&s, b, Attendance::Attended), record(&s, c, Attendance::Absent)];
        r[0].comprehension = Some(80);
        r[1].comprehension = Some(85);
        let st = SessionStats::of(s.id, &r);
        assert_eq!((st.attended, st.absent), (2, 1));
        assert_eq!(st.rate_tenths().map(format_tenths).as_deref(), Some("66.7"));
        assert_eq!(st.average_tenths().map(format_tenths).as_deref(), Some("82.5"));
        assert_eq!(SessionStats::default().rate_tenths(), None);
    }

    #[test]
    fn sessions_and_make_ups_are_checked() {
        let ids = SequentialIds::new();
        let original = session(&ids, day(2026, 6, 1), &[Topic::CyberThreats]);
        let mut s = session(&ids, day(2026, 5, 1), &[]);
        assert_eq!(s.clone().validate(&[]).unwrap_err(), invalid("topics", "error-training-topics-required"));
        s.topics = vec![Topic::Other, Topic::CyberThreats, Topic::Other];
        s.makeup_of = Some(original.id);
        assert_eq!(
            s.clone().validate(std::slice::from_ref(&original)).unwrap_err(),
            invalid("heldOn", "error-training-makeup-before-original")
        );
        s.held_on = day(2026, 7, 1);
        let ok = s.clone().validate(std::slice::from_ref(&original)).unwrap();
        assert_eq!(ok.topics, [Topic::CyberThreats, Topic::Other]);
        let mut again = session(&ids, day(2026, 8, 1), &[Topic::CyberThreats]);
        again.makeup_of = Some(ok.id);
        assert_eq!(again.validate(&[original.clone(), ok]).unwrap_err(), invalid("makeupOf", "error-training-makeup-of-makeup"));
        let mut unknown = session(&ids, day(2026, 8, 1), &[Topic::CyberThreats]);
        unknown.makeup_of = Some(TrainingSessionId::new(&ids));
        assert_eq!(unknown.validate(&[original]).unwrap_err(), invalid("makeupOf", "error-choice-not-found"));
    }

    #[test]
    fn scores_and_attendance_read_as_typed() {
        assert_eq!(parse_score(" ８５ "), Ok(Some(85)));
        assert_eq!(parse_score(""), Ok(None));
        assert_eq!(parse_score("100"), Ok(Some(100)));
        for bad in ["101", "-1", "8.5", "八十", "1000"] {
            assert_eq!(parse_score(bad), Err("error-training-score-format"), "{bad}");
        }
        assert_eq!(parse_attendance("出席"), Some(Attendance::Attended));
        assert_eq!(parse_attendance("○"), Some(Attendance::Attended));
        assert_eq!(parse_attendance(" Absent "), Some(Attendance::Absent));
        assert_eq!(parse_attendance("欠"), Some(Attendance::Absent));
        assert_eq!(parse_attendance("遅刻"), None);
        assert_eq!(normalize_name(" 中村　さくら "), "中村さくら");
    }

    #[test]
    fn a_csv_is_read_whole_or_refused_at_its_first_bad_row() {
        let ids = SequentialIds::new();
        let p = people(&ids, &["中村 さくら", "小林 直樹", "加藤 恵", "山田 太郎", "山田　太郎"]);
        let csv = "\u{feff}所属,氏名,出欠,理解度\r\n市民課,中村さくら,出席,８５\r\n\r\n福祉課,\"小林 直樹\",欠席,\r\n税務課,加藤　恵,○,\n";
        let rows = parse_attendance_csv(csv, &p).unwrap();
        assert_eq!(
            rows.iter().map(|r| (r.row, r.line, r.person_id, r.status, r.comprehension)).collect::<Vec<_>>(),
            [
                (1, 2, p[0].id, Attendance::Attended, Some(85)),
                (2, 4, p[1].id, Attendance::Absent, None),
                (3, 5, p[2].id, Attendance::Attended, None)
            ]
        );
        let e = |text: &str| {
            let e = parse_attendance_csv(text, &p).unwrap_err();
            (e.row, e.line, e.column, e.message_id)
        };
        assert_eq!(e("氏名,出欠\n中村 さくら,出席\n小林 直樹,遅刻\n"), (2, 3, "attendance", "error-training-csv-attendance"));
        assert_eq!(e("氏名,出欠,理解度\n中村 さくら,出席,120\n"), (1, 2, "comprehension", "error-training-csv-score"));
        assert_eq!(e("氏名,出欠,理解度\n中村 さくら,欠席,50\n"), (1, 2, "comprehension", "error-training-csv-score-absent"));
        assert_eq!(e("氏名,出欠\n佐藤 花子,出席\n"), (1, 2, "name", "error-training-csv-name-unknown"));
        assert_eq!(e("氏名,出欠\n山田太郎,出席\n"), (1, 2, "name", "error-training-csv-name-ambiguous"));
        assert_eq!(e("氏名,出欠\n中村 さくら,出席\n中村さくら,欠席\n"), (2, 3, "name", "error-training-csv-name-twice"));
        assert_eq!(e("氏名,出欠\n,出席\n"), (1, 2, "name", "error-training-csv-required"));
        assert_eq!(e("氏名,出欠\n中村 さくら\n"), (1, 2, "attendance", "error-training-csv-required"));
        assert_eq!(e("職員番号,出欠\n1001,出席\n"), (0, 1, "name", "error-training-csv-header-missing"));
        assert_eq!(e("氏名,出欠,氏名\n"), (0, 1, "name", "error-training-csv-header-twice"));
        assert_eq!(e("氏名,出欠\n"), (0, 1, "file", "error-training-csv-no-rows"));
        assert_eq!(e(""), (0, 1, "file", "error-training-csv-empty"));
        assert_eq!(e("氏名,出欠\n\"中村,出席\n"), (0, 2, "file", "error-training-csv-quote"));
        let quoted = parse_attendance_csv("氏名,出欠,備考\n\"中村 さくら\",出席,\"一行目\n二行目\"\n加藤 恵,欠席\n", &p).unwrap();
        assert_eq!(quoted.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4], "a quoted line break moves the line count");
    }

    #[test]
    fn attendance_needs_a_held_session_and_scores_only_for_attendees() {
        let ids = SequentialIds::new();
        let s = session(&ids, day(2026, 12, 1), &[Topic::CyberThreats]);
        let p = PersonId::new(&ids);
        let r = record(&s, p, Attendance::Attended);
        assert_eq!(r.clone().validate(&s, day(2026, 11, 21)).unwrap_err(), invalid("sessionId", "error-training-not-held-yet"));
        let mut absent = record(&s, p, Attendance::Absent);
        absent.comprehension = Some(10);
        assert_eq!(absent.validate(&s, day(2026, 12, 1)).unwrap_err(), invalid("comprehension", "error-training-score-absent"));
        assert_eq!(r.key(), format!("{}:{}", s.id, p));
    }

    #[test]
    fn plans_and_designations_are_checked() {
        let ids = SequentialIds::new();
        let today = day(2026, 11, 21);
        let plan = TrainingPlan {
            id: TrainingPlanId::new(&ids),
            fiscal_year: 2026,
            title: " 令和8年度 情報セキュリティ研修計画 ".into(),
            goals: String::new(),
            content: String::new(),
            approved_on: Some(day(2026, 4, 20)),
            approved_by: String::new(),
            updated_by: "t".into(),
            updated_at: at(),
        };
        assert_eq!(plan.clone().validate(today).unwrap_err(), DomainError::required("approvedBy"));
        let ok = TrainingPlan { approved_by: "情報セキュリティ委員会".into(), ..plan.clone() }.validate(today).unwrap();
        assert_eq!(ok.title, "令和8年度 情報セキュリティ研修計画");
        assert_eq!(
            TrainingPlan { fiscal_year: 1999, ..plan.clone() }.validate(today).unwrap_err(),
            invalid("fiscalYear", "error-out-of-range")
        );
        assert_eq!(
            TrainingPlan { approved_on: Some(day(2026, 11, 22)), ..plan }.validate(today).unwrap_err(),
            invalid("approvedOn", "error-date-future")
        );
        let h = handler(PersonId::new(&ids));
        assert!(h.clone().validate(today).is_ok());
        assert_eq!(
            Handler { designated_on: day(2026, 11, 22), ..h }.validate(today).unwrap_err(),
            invalid("designatedOn", "error-date-future")
        );
    }
}
