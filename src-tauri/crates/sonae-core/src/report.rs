//! Incident reports (職員報告, or relayed from 住民等 / 委託先, 000 §5.3(2)) and the rules of the
//! reporting wizard.
//!
//! The wizard edits a [`ReportForm`]: every value exactly as typed, as text, so that a draft can
//! always be saved — nothing a panicking clerk typed is ever thrown away because it is not valid
//! yet. [`ReportForm::issues`] lists what is wrong, field by field and step by step;
//! [`ReportForm::to_report`] turns a form without issues into an [`IncidentReport`].

use crate::case::Category;
use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::{CaseId, DepartmentId, PersonId, ReportId};
use crate::setup::NetworkSegment;
use chrono::{NaiveDateTime, TimeZone, Utc};
use chrono_tz::Asia::Tokyo;
use uuid::Uuid;

coded_enum! {
    /// Who the report came from.
    pub enum ReportSource {
        /// A staff member noticed it.
        Staff = "staff",
        /// Relayed from a resident (住民等).
        Resident = "resident",
        /// Relayed from a contractor (委託先).
        Contractor = "contractor",
        /// Relayed from another body.
        Other = "other",
    }
}

coded_enum! {
    /// The staff symptom checklist of 004 第85条.
    pub enum Symptom {
        /// パソコンが盗難に遭った、又は紛失した
        PcLostStolen = "pc_lost_stolen",
        /// 機密情報を誤った宛先にメール送信した
        MailMisaddressed = "mail_misaddressed",
        /// 重要な帳票が盗難に遭った、又は紛失した
        FormsLostStolen = "forms_lost_stolen",
        /// パソコンが勝手にインターネットに接続しようとする
        PcConnectsByItself = "pc_connects_by_itself",
        /// パソコンが急に遅くなった、メモリが不足する
        PcSlow = "pc_slow",
        /// 画面に見慣れないメッセージや画像が表示される
        StrangeScreen = "strange_screen",
        /// ファイルが改ざん・破壊された
        FilesAltered = "files_altered",
        /// 作成した覚えのないファイルがある
        UnknownFiles = "unknown_files",
        /// 送信した覚えのないメールが送信済みにある
        UnsentMailInSentBox = "unsent_mail_in_sent_box",
    }
}

impl Symptom {
    /// The category a symptom most likely belongs to: the wizard proposes it, the reporter decides.
    pub fn likely_category(self) -> Category {
        match self {
            Symptom::PcLostStolen | Symptom::FormsLostStolen => Category::LossTheft,
            Symptom::MailMisaddressed => Category::MisdirectedMail,
            Symptom::PcConnectsByItself
            | Symptom::PcSlow
            | Symptom::StrangeScreen
            | Symptom::FilesAltered
            | Symptom::UnknownFiles
            | Symptom::UnsentMailInSentBox => Category::Malware,
        }
    }
}

coded_enum! {
    /// はい / いいえ / わからない.
    pub enum TriState {
        Yes = "yes",
        No = "no",
        Unknown = "unknown",
    }
}

coded_enum! {
    /// Whether the information concerned is on paper or electronic.
    pub enum Medium {
        Paper = "paper",
        Electronic = "electronic",
        Both = "both",
        Unknown = "unknown",
    }
}

coded_enum! {
    /// How a relayed report reached the staff member who enters it.
    pub enum RelayChannel {
        /// 電話
        Phone = "phone",
        /// 来庁・窓口
        Visit = "visit",
        /// 電子メール
        Email = "email",
        /// 文書・郵送
        Letter = "letter",
        Other = "other",
    }
}

/// The wizard's steps, 1-based, in order.
pub const REPORT_STEPS: u8 = 7;

/// The most people a report may estimate (far more than any municipality's population).
pub const MAX_PERSONS_LIMIT: i64 = 100_000_000;

/// The wizard's form, as typed. Codes of enums are text; date-times are `YYYY-MM-DDTHH:MM` in
/// Japan time (the value of an `<input type="datetime-local">`); ids are UUID text; empty = not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportForm {
    // Step 1: what happened.
    pub source: String,
    pub symptoms: Vec<String>,
    pub category: String,
    pub what_happened: String,
    // Step 2: when.
    pub noticed_at: String,
    pub occurred_at: String,
    pub occurred_note: String,
    // Step 3: where.
    pub department_id: String,
    pub device: String,
    pub system_id: String,
    /// A [`NetworkSegment`] code, `unknown`, or empty.
    pub network_segment: String,
    // Step 4: which information.
    pub class_level_id: String,
    pub personal_info: String,
    pub my_number: String,
    pub max_persons: String,
    pub medium: String,
    // Step 5: what was already done.
    pub actions_taken: String,
    // Step 6: who reports, and how to reach them (for a relayed report: the outside person).
    pub reporter_name: String,
    pub reporter_phone: String,
    pub reporter_email: String,
    pub reporter_reachability: String,
    pub relay_org: String,
    pub relay_channel: String,
    pub relay_received_at: String,
}

/// What the form's ids must point at: the organization's registers.
#[derive(Debug, Clone, Default)]
pub struct FormRefs {
    pub departments: Vec<DepartmentId>,
    pub systems: Vec<Uuid>,
    pub class_levels: Vec<Uuid>,
}

/// One problem with a form: the step it belongs to and the broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormIssue {
    pub step: u8,
    pub error: DomainError,
}

/// Everything a report says beyond the v1 columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportDetails {
    pub symptoms: Vec<Symptom>,
    pub occurred_note: String,
    pub device: String,
    pub system_id: Option<Uuid>,
    pub network_segment: Option<NetworkSegment>,
    pub class_level_id: Option<Uuid>,
    pub personal_info: Option<TriState>,
    pub my_number: Option<TriState>,
    pub max_persons: Option<i64>,
    pub medium: Option<Medium>,
    pub actions_taken: String,
    pub reporter_email: String,
    pub reporter_reachability: String,
    pub relay_org: String,
    pub relay_channel: Option<RelayChannel>,
    pub relay_received_at: Option<Timestamp>,
    /// The signed-in person who entered the report (the reporter, or who took the call).
    pub entered_by: Option<PersonId>,
}

/// A submitted report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentReport {
    pub id: ReportId,
    pub case_id: Option<CaseId>,
    pub source: ReportSource,
    pub reporter_person_id: Option<PersonId>,
    pub reporter_name: String,
    /// The reporter's phone number.
    pub reporter_contact: String,
    pub department_id: Option<DepartmentId>,
    pub category: Category,
    /// What happened, in the reporter's words.
    pub summary: String,
    /// When the reporter noticed it: the first candidate for 知った日.
    pub noticed_at: Option<Timestamp>,
    /// When it probably happened.
    pub occurred_at: Option<Timestamp>,
    pub submitted_at: Timestamp,
    pub drill: bool,
    pub details: ReportDetails,
}

impl IncidentReport {
    /// Validates the free-text fields.
    pub fn validate(mut self) -> Result<Self, DomainError> {
        self.reporter_name = required_text("reporterName", &self.reporter_name, 50)?;
        self.summary = required_text("whatHappened", &self.summary, 4000)?;
        Ok(self)
    }

    /// A case title for the CSIRT's list: the first line of what happened, shortened.
    pub fn case_title(&self) -> String {
        case_title_of(&self.summary)
    }
}

/// A case title from a report's "what happened": its first line, shortened to 60 characters.
pub fn case_title_of(summary: &str) -> String {
    let first = summary.lines().next().unwrap_or_default().trim();
    let mut title: String = first.chars().take(60).collect();
    if first.chars().count() > 60 {
        title.push('…');
    }
    title
}

/// Parses a `YYYY-MM-DDTHH:MM` (seconds optional) Japan-time value.
pub fn parse_local_datetime(value: &str) -> Option<Timestamp> {
    let v = value.trim();
    let naive =
        NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M").or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S")).ok()?;
    Tokyo.from_local_datetime(&naive).earliest().map(|t| t.with_timezone(&Utc))
}

/// Formats an instant as the form's Japan-time value, `YYYY-MM-DDTHH:MM`.
pub fn to_local_datetime(t: Timestamp) -> String {
    t.with_timezone(&Tokyo).format("%Y-%m-%dT%H:%M").to_string()
}

fn invalid(field: &'static str, message_id: &'static str) -> DomainError {
    DomainError::Invalid { field, message_id }
}

/// Checks a text's length (after trimming) and, when `required`, that it is not empty.
fn text(field: &'static str, value: &str, max: usize, required: bool) -> Result<String, DomainError> {
    if required {
        return required_text(field, value, max);
    }
    let v = value.trim();
    if v.chars().count() > max {
        return Err(invalid(field, "error-field-too-long"));
    }
    Ok(v.to_owned())
}

/// Parses an optional code: empty → `None`; unknown → `error-unknown-value`.
fn code<T>(field: &'static str, value: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, DomainError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    parse(v).map(Some).ok_or(invalid(field, "error-invalid-choice"))
}

fn required_code<T>(field: &'static str, value: &str, parse: fn(&str) -> Option<T>) -> Result<T, DomainError> {
    code(field, value, parse)?.ok_or(DomainError::Invalid { field, message_id: "error-field-required" })
}

/// An optional date-time that must not lie in the future.
fn past_time(field: &'static str, value: &str, now: Timestamp, required: bool) -> Result<Option<Timestamp>, DomainError> {
    let v = value.trim();
    if v.is_empty() {
        return if required { Err(invalid(field, "error-field-required")) } else { Ok(None) };
    }
    let t = parse_local_datetime(v).ok_or(invalid(field, "error-datetime-format"))?;
    // A minute of slack: the form has minute precision and "now" is typed as the current minute.
    if t > now + chrono::Duration::minutes(1) {
        return Err(invalid(field, "error-datetime-future"));
    }
    Ok(Some(t))
}

fn reference<T: Copy + PartialEq>(
    field: &'static str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    known: &[T],
) -> Result<Option<T>, DomainError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    match parse(v) {
        Some(id) if known.contains(&id) => Ok(Some(id)),
        _ => Err(invalid(field, "error-choice-not-found")),
    }
}

/// Everything [`ReportForm::check`] parsed: the pieces of an [`IncidentReport`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedForm {
    pub source: ReportSource,
    pub category: Category,
    pub summary: String,
    pub noticed_at: Timestamp,
    pub occurred_at: Option<Timestamp>,
    pub department_id: Option<DepartmentId>,
    pub reporter_name: String,
    pub reporter_phone: String,
    pub details: ReportDetails,
}

impl ReportForm {
    /// The source this form is about (staff when not chosen yet or unknown).
    pub fn source_or_staff(&self) -> ReportSource {
        ReportSource::from_code(self.source.trim()).unwrap_or(ReportSource::Staff)
    }

    /// Every problem, in step order, at most one per field.
    pub fn issues(&self, now: Timestamp, refs: &FormRefs) -> Vec<FormIssue> {
        self.check(now, refs).err().unwrap_or_default()
    }

    /// Only the problems of `step`.
    pub fn step_issues(&self, step: u8, now: Timestamp, refs: &FormRefs) -> Vec<FormIssue> {
        self.issues(now, refs).into_iter().filter(|i| i.step == step).collect()
    }

    /// Parses and checks the whole form.
    pub fn check(&self, now: Timestamp, refs: &FormRefs) -> Result<CheckedForm, Vec<FormIssue>> {
        let mut issues = Vec::new();
        let mut take = |step: u8, r: Result<(), DomainError>| {
            if let Err(error) = r {
                issues.push(FormIssue { step, error });
            }
        };
        macro_rules! field {
            ($step:expr, $default:expr, $e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        take($step, Err(e));
                        $default
                    }
                }
            };
        }

        // Step 1.
        let source = field!(1, ReportSource::Staff, required_code("source", &self.source, ReportSource::from_code));
        let mut symptoms = Vec::new();
        for s in &self.symptoms {
            match Symptom::from_code(s.trim()) {
                Some(s) if !symptoms.contains(&s) => symptoms.push(s),
                Some(_) => {}
                None => {
                    take(1, Err(invalid("symptoms", "error-invalid-choice")));
                    break;
                }
            }
        }
        let category = field!(1, Category::Other, required_code("category", &self.category, Category::from_code));
        let summary = field!(1, String::new(), text("whatHappened", &self.what_happened, 4000, true));

        // Step 2.
        let noticed_at = field!(2, None, past_time("noticedAt", &self.noticed_at, now, true));
        let occurred_at = field!(2, None, past_time("occurredAt", &self.occurred_at, now, false));
        if let (Some(n), Some(o)) = (noticed_at, occurred_at)
            && o > n
        {
            take(2, Err(invalid("occurredAt", "error-occurred-after-noticed")));
        }
        let occurred_note = field!(2, String::new(), text("occurredNote", &self.occurred_note, 200, false));

        // Step 3.
        let department_id = field!(3, None, reference("departmentId", &self.department_id, DepartmentId::parse, &refs.departments));
        let device = field!(3, String::new(), text("device", &self.device, 200, false));
        let system_id = field!(3, None, reference("systemId", &self.system_id, |s| Uuid::parse_str(s).ok(), &refs.systems));
        let network_segment = field!(
            3,
            None,
            if self.network_segment.trim() == "unknown" {
                Ok(None)
            } else {
                code("networkSegment", &self.network_segment, NetworkSegment::from_code)
            }
        );

        // Step 4.
        let class_level_id =
            field!(4, None, reference("classLevelId", &self.class_level_id, |s| Uuid::parse_str(s).ok(), &refs.class_levels));
        let personal_info = field!(4, None, required_code("personalInfo", &self.personal_info, TriState::from_code).map(Some));
        let my_number = field!(4, None, required_code("myNumber", &self.my_number, TriState::from_code).map(Some));
        let max_persons = field!(4, None, persons(&self.max_persons));
        let medium = field!(4, None, code("medium", &self.medium, Medium::from_code));

        // Step 5.
        let actions_taken = field!(5, String::new(), text("actionsTaken", &self.actions_taken, 4000, false));

        // Step 6.
        let reporter_name = field!(6, String::new(), text("reporterName", &self.reporter_name, 50, true));
        let reporter_phone = field!(6, String::new(), crate::setup::validate_phone("reporterPhone", &self.reporter_phone));
        let reporter_email = field!(6, String::new(), crate::setup::validate_email("reporterEmail", &self.reporter_email));
        if self.reporter_phone.trim().is_empty() && self.reporter_email.trim().is_empty() {
            take(6, Err(invalid("reporterPhone", "error-reporter-unreachable")));
        }
        let reporter_reachability = field!(6, String::new(), text("reporterReachability", &self.reporter_reachability, 200, false));
        let relayed = source != ReportSource::Staff;
        let (relay_org, relay_channel, relay_received_at) = if relayed {
            (
                field!(6, String::new(), text("relayOrg", &self.relay_org, 100, source == ReportSource::Contractor)),
                field!(6, None, required_code("relayChannel", &self.relay_channel, RelayChannel::from_code).map(Some)),
                field!(6, None, past_time("relayReceivedAt", &self.relay_received_at, now, true)),
            )
        } else {
            (String::new(), None, None)
        };

        if !issues.is_empty() {
            issues.sort_by_key(|i| i.step);
            return Err(issues);
        }
        Ok(CheckedForm {
            source,
            category,
            summary,
            noticed_at: noticed_at.unwrap_or(now),
            occurred_at,
            department_id,
            reporter_name,
            reporter_phone,
            details: ReportDetails {
                symptoms,
                occurred_note,
                device,
                system_id,
                network_segment,
                class_level_id,
                personal_info,
                my_number,
                max_persons,
                medium,
                actions_taken,
                reporter_email,
                reporter_reachability,
                relay_org,
                relay_channel,
                relay_received_at,
                entered_by: None,
            },
        })
    }
}

/// The estimated number of people: empty (unknown) or a whole number 0 ..= [`MAX_PERSONS_LIMIT`].
/// Full-width digits and thousands separators are accepted (`１，２００`).
fn persons(value: &str) -> Result<Option<i64>, DomainError> {
    let v: String = value
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | 'ー' => '-',
            _ => c,
        })
        .collect();
    if v.is_empty() {
        return Ok(None);
    }
    let n: i64 = v.parse().map_err(|_| invalid("maxPersons", "error-not-a-number"))?;
    if n < 0 {
        return Err(invalid("maxPersons", "error-negative"));
    }
    if n > MAX_PERSONS_LIMIT {
        return Err(invalid("maxPersons", "error-too-large"));
    }
    Ok(Some(n))
}

impl CheckedForm {
    /// The report as filed by `entered_by` at `now`.
    pub fn into_report(self, id: ReportId, case_id: CaseId, entered_by: PersonId, now: Timestamp) -> IncidentReport {
        let staff = self.source == ReportSource::Staff;
        IncidentReport {
            id,
            case_id: Some(case_id),
            source: self.source,
            reporter_person_id: staff.then_some(entered_by),
            reporter_name: self.reporter_name,
            reporter_contact: self.reporter_phone,
            department_id: self.department_id,
            category: self.category,
            summary: self.summary,
            noticed_at: Some(self.noticed_at),
            occurred_at: self.occurred_at,
            submitted_at: now,
            drill: false,
            details: ReportDetails { entered_by: Some(entered_by), ..self.details },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;

    fn now() -> Timestamp {
        parse_local_datetime("2026-11-22T09:00").unwrap()
    }

    fn good(refs: &FormRefs) -> ReportForm {
        ReportForm {
            source: "staff".into(),
            symptoms: vec!["pc_lost_stolen".into()],
            category: "loss_theft".into(),
            what_happened: "USBメモリを紛失した".into(),
            noticed_at: "2026-11-22T08:10".into(),
            department_id: refs.departments[0].to_string(),
            personal_info: "yes".into(),
            my_number: "unknown".into(),
            max_persons: "１，２００".into(),
            reporter_name: "佐藤 花子".into(),
            reporter_phone: "048-000-2107".into(),
            ..ReportForm::default()
        }
    }

    fn refs() -> FormRefs {
        let ids = SequentialIds::new();
        FormRefs { departments: vec![DepartmentId::new(&ids)], systems: vec![], class_levels: vec![] }
    }

    #[test]
    fn a_complete_form_checks_and_parses_japan_time() {
        let r = refs();
        let c = good(&r).check(now(), &r).unwrap();
        assert_eq!(c.category, Category::LossTheft);
        assert_eq!(c.noticed_at, parse_local_datetime("2026-11-22T08:10").unwrap());
        assert_eq!(crate::clock::to_storage(c.noticed_at), "2026-11-21T23:10:00Z");
        assert_eq!(c.details.max_persons, Some(1200));
        assert_eq!(c.details.symptoms, vec![Symptom::PcLostStolen]);
    }

    #[test]
    fn an_empty_form_names_every_required_field_by_step() {
        let issues = ReportForm::default().issues(now(), &refs());
        let got: Vec<(u8, &str)> = issues
            .iter()
            .map(|i| match i.error {
                DomainError::Invalid { field, .. } => (i.step, field),
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "source"),
                (1, "category"),
                (1, "whatHappened"),
                (2, "noticedAt"),
                (4, "personalInfo"),
                (4, "myNumber"),
                (6, "reporterName"),
                (6, "reporterPhone")
            ]
        );
    }

    #[test]
    fn dates_in_the_future_or_out_of_order_are_refused() {
        let r = refs();
        let mut f = good(&r);
        f.noticed_at = "2026-11-23T08:00".into();
        assert_eq!(f.step_issues(2, now(), &r)[0].error, invalid("noticedAt", "error-datetime-future"));
        f.noticed_at = "2026-11-22T08:00".into();
        f.occurred_at = "2026-11-22T08:30".into();
        assert_eq!(f.step_issues(2, now(), &r)[0].error, invalid("occurredAt", "error-occurred-after-noticed"));
        f.occurred_at = "きのう".into();
        assert_eq!(f.step_issues(2, now(), &r)[0].error, invalid("occurredAt", "error-datetime-format"));
    }

    #[test]
    fn counts_and_codes_and_references_are_checked() {
        let r = refs();
        let mut f = good(&r);
        for (value, message_id) in [("-1", "error-negative"), ("約50", "error-not-a-number"), ("100000001", "error-too-large")] {
            f.max_persons = value.into();
            assert_eq!(f.step_issues(4, now(), &r)[0].error, invalid("maxPersons", message_id));
        }
        f.max_persons = String::new();
        f.category = "meteor".into();
        f.department_id = Uuid::nil().to_string();
        let issues = f.issues(now(), &r);
        assert_eq!(issues[0].error, invalid("category", "error-invalid-choice"));
        assert_eq!(issues[1].error, invalid("departmentId", "error-choice-not-found"));
    }

    #[test]
    fn relayed_reports_need_the_channel_and_time_received() {
        let r = refs();
        let mut f = good(&r);
        f.source = "resident".into();
        let fields: Vec<&str> = f
            .issues(now(), &r)
            .iter()
            .map(|i| match i.error {
                DomainError::Invalid { field, .. } => field,
            })
            .collect();
        assert_eq!(fields, vec!["relayChannel", "relayReceivedAt"]);
        f.relay_channel = "phone".into();
        f.relay_received_at = "2026-11-22T08:40".into();
        let c = f.check(now(), &r).unwrap();
        let ids = SequentialIds::new();
        let me = PersonId::new(&ids);
        let report = c.into_report(ReportId::new(&ids), CaseId::new(&ids), me, now());
        assert_eq!(report.reporter_person_id, None, "the resident is not a person on the staff");
        assert_eq!(report.details.entered_by, Some(me));
    }

    #[test]
    fn case_titles_are_the_first_line_shortened() {
        let r = refs();
        let mut f = good(&r);
        f.what_happened = format!("{}\n詳細", "あ".repeat(70));
        let c = f.check(now(), &r).unwrap();
        let ids = SequentialIds::new();
        let report = c.into_report(ReportId::new(&ids), CaseId::new(&ids), PersonId::new(&ids), now());
        assert_eq!(report.case_title().chars().count(), 61);
    }
}
