//! Who must be told what, by when: the notification rules of `regulatory.md` §1–§4 as one pure
//! function from the facts of an incident to a list of obligations.
//!
//! * PPC under the APPI (法68条1項, 規則43条 events 1–5; more than 100 persons for 行政機関等;
//!   nothing for a 議会), and the 本人通知 (法68条2項) that goes with a legally required report.
//! * PPC under the My Number Act (法29条の4, 番号法規則2条 events 1–4) with its 本人通知, or the
//!   guideline-based report for every other 特定個人情報 leak of a 行政機関等.
//! * 速報 target days 3–5 and 確報 within 30 days (60 with 不正の目的), 知った日 as day 1, moved past
//!   行政機関の休日 ([`crate::calendar::deadline`]).
//! * The other destinations of the matrix (CISO, 総務省, 都道府県, police, 委託先, IPA, JPCERT/CC,
//!   公表, 情報セキュリティ委員会) as rules whose organisation-specific parts are a
//!   [`DestinationPolicy`] with sensible defaults.
//!
//! [`recompute`] explains, as codes, how the obligations change when the facts change; 知った日
//! never moves. Every identifier is a stable kebab-case code (the `sonae obligations` JSON contract
//! in `docs/cli.md`); labels are Fluent messages at the edges.

use crate::calendar;
use crate::coded_enum;
use chrono::{Datelike, NaiveDate};

pub use crate::case::Severity;
pub use crate::org::OrgKind;

/// 規則43条4号 for 行政機関等 (and 番号法規則2条4号): more than this many persons.
pub const PERSONS_THRESHOLD: u64 = 100;
/// 確報 within this many days (規則44条, 番号法規則3条) …
pub const FINAL_DAYS: u32 = 30;
/// … or this many when a 不正の目的 event applies, alone or combined.
pub const FINAL_DAYS_MALICIOUS: u32 = 60;
/// 速報: the guideline target is 概ね3〜5日; amber from this day (知った日 = day 1) …
pub const PRELIMINARY_FROM_DAY: u32 = 3;
/// … red after this day.
pub const PRELIMINARY_TO_DAY: u32 = 5;
/// The 本人通知 rule of 法68条2項 as encoded here applies to incidents known on or before this
/// date; `None` while no amendment is in force. The 2026 APPI amendment (promulgated 2026-07-17,
/// not in force) may relax it: when it takes effect, set the day before here and add the new rule
/// for later incidents.
pub const DATA_SUBJECT_NOTICE_RULE_UNTIL: Option<NaiveDate> = None;

coded_enum! {
    /// The systems a 特定個人情報 leak came from (番号法規則2条1号).
    #[derive(Default)]
    pub enum MyNumberSystem {
        /// None of the systems below (paper, a file on a PC …).
        #[default]
        None = "none",
        /// A system connected to the 情報提供ネットワークシステム.
        Network = "network",
        /// A system used for 個人番号利用事務.
        Usage = "usage",
        /// A public body's system for 個人番号関係事務.
        RelatedPublic = "relatedPublic",
    }
}

/// The organisation as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrganizationFacts {
    pub kind: OrgKind,
    /// The organisation's 条例 defines 条例要配慮個人情報 (organisation setting; 規則43条5号).
    pub ordinance_sensitive_defined: bool,
}

/// 保有個人情報 involved in the incident (APPI). Everything is "occurred or possibly occurred".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PersonalInfoFacts {
    /// A leak, loss or damage (漏えい等) of 保有個人情報 occurred or may have occurred. When false,
    /// the other fields are ignored.
    pub involved: bool,
    /// 要配慮個人情報 included (event 1).
    pub sensitive: bool,
    /// Risk of financial damage through misuse (event 2).
    pub financial_damage_risk: bool,
    /// An act with 不正の目的: cyberattack, insider theft (event 3; 確報 60 days).
    pub malicious_act: bool,
    /// 条例要配慮個人情報 included (event 5, only if the 条例 defines it).
    pub ordinance_sensitive: bool,
    /// The maximum possible number of persons (event 4 when more than 100). It includes the
    /// persons of a My Number leak.
    pub max_persons: u64,
    /// Protected by 高度な暗号化その他の必要な措置: does not count.
    pub highly_encrypted: bool,
    /// Everything was recovered before any third party could view it: not a leak.
    pub recovered_before_viewing: bool,
}

/// 特定個人情報 involved in the incident (番号法).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MyNumberFacts {
    /// A leak, loss or damage of 特定個人情報 occurred or may have occurred.
    pub involved: bool,
    /// Where it leaked from (event 1 unless `None`).
    pub system: MyNumberSystem,
    /// Leak, use or provision with 不正の目的 (event 2; 確報 60 days).
    pub malicious_act: bool,
    /// Viewable by 不特定多数 by electronic means, e.g. published on the internet (event 3).
    pub publicly_viewable: bool,
    /// The maximum possible number of persons (event 4 when more than 100).
    pub max_persons: u64,
    /// Protected by 高度な暗号化: no report at all.
    pub highly_encrypted: bool,
    /// Everything was recovered before any third party could view it: not a leak.
    pub recovered_before_viewing: bool,
}

/// Crimes suspected (police: 000 §6.5(3); IPA and JPCERT/CC: voluntary reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CrimeFacts {
    /// 不正アクセス (不正アクセス禁止法).
    pub unauthorized_access: bool,
    /// Ransomware (also counts as malware for IPA and JPCERT/CC).
    pub ransomware: bool,
    /// Other malware (コンピュータウイルス); police only if the policy says so.
    pub malware: bool,
    /// Theft of devices, media or documents.
    pub theft: bool,
    /// An insider's wrongdoing (持ち出し, 不正閲覧 …).
    pub insider: bool,
    /// Any other suspected crime.
    pub other: bool,
}

impl CrimeFacts {
    fn police_triggers(&self, policy: &DestinationPolicy) -> Vec<Trigger> {
        let mut t = Vec::new();
        let mut add = |on: bool, trigger| {
            if on {
                t.push(trigger);
            }
        };
        add(self.unauthorized_access, Trigger::CrimeUnauthorizedAccess);
        add(self.ransomware, Trigger::CrimeRansomware);
        add(self.malware && policy.police_on_malware, Trigger::CrimeMalware);
        add(self.theft, Trigger::CrimeTheft);
        add(self.insider, Trigger::CrimeInsider);
        add(self.other, Trigger::CrimeOther);
        t
    }

    fn cyber_triggers(&self) -> Vec<Trigger> {
        let mut t = Vec::new();
        if self.unauthorized_access {
            t.push(Trigger::CrimeUnauthorizedAccess);
        }
        if self.ransomware {
            t.push(Trigger::CrimeRansomware);
        }
        if self.malware {
            t.push(Trigger::CrimeMalware);
        }
        t
    }
}

/// Everything the rules read about one incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub organization: OrganizationFacts,
    /// 知った日 (D1, day 1 of every deadline): the day any staff member first knew.
    pub known_on: NaiveDate,
    pub personal_info: PersonalInfoFacts,
    pub my_number: MyNumberFacts,
    pub crime: CrimeFacts,
    /// A contractor (委託先) is involved.
    pub contractor_involved: bool,
    /// 重要度, once judged (decides 公表 and, by policy, 総務省・都道府県).
    pub severity: Option<Severity>,
}

impl Facts {
    /// Facts with nothing involved yet.
    pub fn new(kind: OrgKind, known_on: NaiveDate) -> Facts {
        Facts {
            organization: OrganizationFacts { kind, ordinance_sensitive_defined: false },
            known_on,
            personal_info: PersonalInfoFacts::default(),
            my_number: MyNumberFacts::default(),
            crime: CrimeFacts::default(),
            contractor_involved: false,
            severity: None,
        }
    }
}

coded_enum! {
    /// Whom a notification goes to. The order is the order of the output.
    pub enum Destination {
        /// CISO (000 §5.3(3)②).
        Ciso = "ciso",
        /// 個人情報保護委員会.
        Ppc = "ppc",
        /// 本人 (the persons whose data leaked).
        DataSubjects = "data-subjects",
        /// 総務省.
        Soumu = "soumu",
        /// 都道府県.
        Prefecture = "prefecture",
        /// 警察.
        Police = "police",
        /// 委託先.
        Contractor = "contractor",
        /// IPA (情報処理推進機構) 届出.
        Ipa = "ipa",
        /// JPCERT/CC.
        Jpcert = "jpcert",
        /// 報道機関への通知・公表.
        Publication = "publication",
        /// 情報セキュリティ委員会 (recurrence-prevention report).
        Committee = "committee",
    }
}

coded_enum! {
    /// The legal or organisational basis of a notification.
    pub enum Basis {
        /// 個人情報保護法68条 (1項 PPC, 2項 本人).
        Appi68 = "appi-68",
        /// 番号法29条の4 (1項 PPC, 2項 本人).
        Mynumber294 = "mynumber-29-4",
        /// PPC 番号法ガイドライン（行政機関等編）別添2: report of every other 特定個人情報 leak.
        MynumberGuideline = "mynumber-guideline",
        /// The organisation's information security policy (000, 004) or 公表基準.
        SecurityPolicy = "security-policy",
        /// A voluntary report (IPA 届出制度, JPCERT/CC coordination).
        Voluntary = "voluntary",
    }
}

coded_enum! {
    /// How binding a notification is (derived from its basis).
    pub enum Level {
        /// Required by law.
        Legal = "legal",
        /// Asked for by the regulator's guideline.
        Guideline = "guideline",
        /// Required by the organisation's own policy.
        Policy = "policy",
        /// Recommended, not required.
        Voluntary = "voluntary",
    }
}

impl Basis {
    /// How binding a notification on this basis is.
    pub fn level(self) -> Level {
        match self {
            Basis::Appi68 | Basis::Mynumber294 => Level::Legal,
            Basis::MynumberGuideline => Level::Guideline,
            Basis::SecurityPolicy => Level::Policy,
            Basis::Voluntary => Level::Voluntary,
        }
    }
}

coded_enum! {
    /// A fact that makes a notification owed.
    pub enum Trigger {
        /// 規則43条1号: 要配慮個人情報.
        Appi431 = "appi-43-1",
        /// 規則43条2号: 財産的被害のおそれ.
        Appi432 = "appi-43-2",
        /// 規則43条3号: 不正の目的.
        Appi433 = "appi-43-3",
        /// 規則43条4号: more than 100 persons.
        Appi434 = "appi-43-4",
        /// 規則43条5号: 条例要配慮個人情報.
        Appi435 = "appi-43-5",
        /// 番号法規則2条1号: from a network / 利用事務 / public 関係事務 system.
        Mynumber21 = "mynumber-2-1",
        /// 番号法規則2条2号: 不正の目的.
        Mynumber22 = "mynumber-2-2",
        /// 番号法規則2条3号: viewable by 不特定多数.
        Mynumber23 = "mynumber-2-3",
        /// 番号法規則2条4号: more than 100 persons.
        Mynumber24 = "mynumber-2-4",
        /// A 特定個人情報 leak that meets none of the statutory events (guideline-based report).
        MynumberLeak = "mynumber-leak",
        /// Every incident.
        Incident = "incident",
        /// 重要度 at or above the policy's threshold.
        Severity = "severity",
        /// A statutory PPC report is owed.
        StatutoryReport = "statutory-report",
        /// 不正アクセス suspected.
        CrimeUnauthorizedAccess = "crime-unauthorized-access",
        /// Ransomware.
        CrimeRansomware = "crime-ransomware",
        /// Other malware.
        CrimeMalware = "crime-malware",
        /// Theft.
        CrimeTheft = "crime-theft",
        /// Insider wrongdoing.
        CrimeInsider = "crime-insider",
        /// Another suspected crime.
        CrimeOther = "crime-other",
        /// A contractor is involved.
        ContractorInvolved = "contractor-involved",
    }
}

coded_enum! {
    /// When a notification is due.
    pub enum Timing {
        /// PPC: 速報 速やかに (target days 3–5) and 確報 within 30/60 days.
        PreliminaryAndFinal = "preliminary-and-final",
        /// 速やかに, possibly with a target in minutes (CISO) or none (本人, police).
        Immediate = "immediate",
        /// Within a number of days set by the organisation's policy.
        TargetDays = "target-days",
        /// 必要に応じて.
        AsNeeded = "as-needed",
        /// No deadline (voluntary reports).
        None = "none",
        /// In the next half-yearly batch publication.
        Batch = "batch",
        /// With the case's recurrence-prevention report, at closure.
        AtClosure = "at-closure",
    }
}

/// One notification that is owed or recommended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligation {
    pub destination: Destination,
    pub basis: Basis,
    /// The facts that make it owed, in code order.
    pub triggers: Vec<Trigger>,
    pub timing: Timing,
    /// 速報: day 3 (amber from here) …
    pub preliminary_target_from: Option<NaiveDate>,
    /// … and day 5 (red after it). Guideline targets in calendar days, not moved.
    pub preliminary_target: Option<NaiveDate>,
    /// 確報: 30 or 60.
    pub final_days: Option<u32>,
    /// 確報: day `final_days`, moved past 行政機関の休日.
    pub final_deadline: Option<NaiveDate>,
    /// A target in minutes from the decision (CISO).
    pub target_minutes: Option<u32>,
    /// A policy target in days (知った日 = day 1) …
    pub target_days: Option<u32>,
    /// … and its date, moved past 行政機関の休日.
    pub target_date: Option<NaiveDate>,
    /// The last day of the half-year (年度 halves: 4/1–9/30, 10/1–3/31) whose batch publication
    /// includes the incident.
    pub batch_period_end: Option<NaiveDate>,
}

impl Obligation {
    fn new(destination: Destination, basis: Basis, triggers: Vec<Trigger>, timing: Timing) -> Obligation {
        Obligation {
            destination,
            basis,
            triggers,
            timing,
            preliminary_target_from: None,
            preliminary_target: None,
            final_days: None,
            final_deadline: None,
            target_minutes: None,
            target_days: None,
            target_date: None,
            batch_period_end: None,
        }
    }

    /// What identifies an obligation across recomputations.
    pub fn key(&self) -> (Destination, Basis) {
        (self.destination, self.basis)
    }

    /// How binding it is.
    pub fn level(&self) -> Level {
        self.basis.level()
    }

    /// Required by law.
    pub fn is_legal(&self) -> bool {
        self.level() == Level::Legal
    }
}

coded_enum! {
    /// Why a PPC report is not owed although personal information or My Numbers are involved.
    pub enum NotRequiredReason {
        /// A 議会 is not a 行政機関等 (it follows its own 条例).
        Assembly = "assembly",
        /// Protected by 高度な暗号化その他の必要な措置.
        HighlyEncrypted = "highly-encrypted",
        /// Everything was recovered before a third party could view it: not a leak.
        RecoveredBeforeViewing = "recovered-before-viewing",
        /// None of 規則43条 events 1–5 applies.
        NoReportableEvent = "no-reportable-event",
    }
}

/// A PPC report the rules considered and found not owed, with the reason (the tracker's
/// 不要（理由）).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRequired {
    pub destination: Destination,
    pub basis: Basis,
    pub reason: NotRequiredReason,
}

coded_enum! {
    /// Remarks about the facts, for the person entering them.
    pub enum Note {
        /// `personalInfo.ordinanceSensitive` is set but the organisation's 条例 defines no
        /// 条例要配慮個人情報: event 5 cannot apply.
        OrdinanceSensitiveNotDefined = "ordinance-sensitive-not-defined",
        /// Personal-information facts are set but `personalInfo.involved` is false: ignored.
        PersonalInfoNotInvolved = "personal-info-not-involved",
        /// My Number facts are set but `myNumber.involved` is false: ignored.
        MyNumberNotInvolved = "my-number-not-involved",
        /// 特定個人情報 is 保有個人情報 too: the APPI events were assessed with the My Number facts.
        AppiIncludesMyNumber = "appi-includes-my-number",
    }
}

/// The result of the rules for one set of facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Sorted by destination, then basis.
    pub obligations: Vec<Obligation>,
    pub not_required: Vec<NotRequired>,
    pub notes: Vec<Note>,
}

impl Assessment {
    /// The obligation with this destination and basis.
    pub fn get(&self, destination: Destination, basis: Basis) -> Option<&Obligation> {
        self.obligations.iter().find(|o| o.key() == (destination, basis))
    }
}

/// When the organisation's policy wants 総務省 or the 都道府県 told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportWhen {
    /// Every incident (000 §1(6)⑤: CISO, 総務省, PPC, 県等へ報告しなければならない).
    Always,
    Never,
    /// When a statutory PPC report is owed.
    StatutoryReport,
    /// When the 重要度 is at least this.
    SeverityAtLeast(Severity),
}

/// The policy for 総務省 or the 都道府県. No national form or deadline was found (UNCONFIRMED in
/// regulatory.md): both are organisation settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthorityPolicy {
    pub when: ReportWhen,
    /// A target in days (知った日 = day 1); `None` = 速やかに.
    pub target_days: Option<u32>,
}

/// The organisation's 公表基準.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicationPolicy {
    /// Publish immediately from this 重要度 on (`None`: never by severity alone).
    pub immediate_from: Option<Severity>,
    /// Publish immediately whenever a statutory PPC report is owed.
    pub immediate_when_statutory: bool,
    /// Publish every other incident in the half-yearly batch.
    pub batch: bool,
}

/// The organisation-specific parts of the rules, with defaults from the seed policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DestinationPolicy {
    /// CISO target in minutes after the CSIRT judged it an incident (000 §5.3(3)②: 速やかに; the
    /// organisation setting `ciso_report_target_minutes`, default 60).
    pub ciso_target_minutes: u32,
    pub soumu: AuthorityPolicy,
    pub prefecture: AuthorityPolicy,
    /// Also tell the police about plain malware (not only ransomware).
    pub police_on_malware: bool,
    /// Suggest the voluntary IPA 届出 for malware and 不正アクセス.
    pub ipa: bool,
    /// Suggest JPCERT/CC for malware and 不正アクセス.
    pub jpcert: bool,
    pub publication: PublicationPolicy,
    /// The recurrence-prevention report to the 情報セキュリティ委員会 (000 §5.2(2)⑦, 004 第4条).
    pub committee: bool,
}

impl Default for DestinationPolicy {
    fn default() -> Self {
        let authority = AuthorityPolicy { when: ReportWhen::Always, target_days: None };
        DestinationPolicy {
            ciso_target_minutes: 60,
            soumu: authority,
            prefecture: authority,
            police_on_malware: false,
            ipa: true,
            jpcert: true,
            publication: PublicationPolicy { immediate_from: Some(Severity::High), immediate_when_statutory: true, batch: true },
            committee: true,
        }
    }
}

/// 速報 urgency on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Days 1–2.
    Normal,
    /// Days 3–5.
    Amber,
    /// After day 5.
    Red,
}

/// How urgent a pending 速報 is on `today` (regulatory.md §4: amber from day 3, red after day 5).
pub fn preliminary_urgency(known_on: NaiveDate, today: NaiveDate) -> Urgency {
    let day = calendar::day_number(known_on, today);
    if day > i64::from(PRELIMINARY_TO_DAY) {
        Urgency::Red
    } else if day >= i64::from(PRELIMINARY_FROM_DAY) {
        Urgency::Amber
    } else {
        Urgency::Normal
    }
}

/// A PPC obligation with the 速報/確報 dates; `malicious` selects 60 days.
fn ppc_obligation(known_on: NaiveDate, basis: Basis, triggers: Vec<Trigger>, malicious: bool) -> Obligation {
    let days = if malicious { FINAL_DAYS_MALICIOUS } else { FINAL_DAYS };
    let mut o = Obligation::new(Destination::Ppc, basis, triggers, Timing::PreliminaryAndFinal);
    o.preliminary_target_from = calendar::nth_day(known_on, PRELIMINARY_FROM_DAY);
    o.preliminary_target = calendar::nth_day(known_on, PRELIMINARY_TO_DAY);
    o.final_days = Some(days);
    o.final_deadline = calendar::deadline(known_on, days);
    o
}

fn data_subject_notice(known_on: NaiveDate, basis: Basis, triggers: Vec<Trigger>) -> Option<Obligation> {
    if DATA_SUBJECT_NOTICE_RULE_UNTIL.is_some_and(|until| known_on > until) {
        return None;
    }
    Some(Obligation::new(Destination::DataSubjects, basis, triggers, Timing::Immediate))
}

/// One regime's outcome: an obligation, or a reason why none, or nothing to consider.
enum PpcOutcome {
    Owed(Obligation),
    NotRequired(NotRequired),
    Nothing,
}

/// APPI 法68条 (regulatory.md §2). 特定個人情報 is 保有個人情報 too, so a My Number leak counts
/// here as well (its persons and its 不正の目的).
fn appi(f: &Facts, notes: &mut Vec<Note>) -> PpcOutcome {
    let (pi, mn) = (&f.personal_info, &f.my_number);
    if !pi.involved && !mn.involved {
        return PpcOutcome::Nothing;
    }
    let not_required = |reason| PpcOutcome::NotRequired(NotRequired { destination: Destination::Ppc, basis: Basis::Appi68, reason });
    if f.organization.kind == OrgKind::Assembly {
        return not_required(NotRequiredReason::Assembly);
    }
    if mn.involved && !pi.involved {
        notes.push(Note::AppiIncludesMyNumber);
    }
    // Each part counts unless it is excluded.
    let counts = |involved: bool, encrypted: bool, recovered: bool| involved && !encrypted && !recovered;
    let pi_counts = counts(pi.involved, pi.highly_encrypted, pi.recovered_before_viewing);
    let mn_counts = counts(mn.involved, mn.highly_encrypted, mn.recovered_before_viewing);
    if !pi_counts && !mn_counts {
        let recovered = (!pi.involved || pi.recovered_before_viewing) && (!mn.involved || mn.recovered_before_viewing);
        return not_required(if recovered { NotRequiredReason::RecoveredBeforeViewing } else { NotRequiredReason::HighlyEncrypted });
    }
    let persons = [(pi_counts, pi.max_persons), (mn_counts, mn.max_persons)].iter().filter(|(c, _)| *c).map(|(_, n)| *n).max().unwrap_or(0);
    let mut triggers = Vec::new();
    let mut add = |on: bool, t| {
        if on {
            triggers.push(t);
        }
    };
    add(pi_counts && pi.sensitive, Trigger::Appi431);
    add(pi_counts && pi.financial_damage_risk, Trigger::Appi432);
    let malicious = (pi_counts && pi.malicious_act) || (mn_counts && mn.malicious_act);
    add(malicious, Trigger::Appi433);
    add(persons > PERSONS_THRESHOLD, Trigger::Appi434);
    add(pi_counts && pi.ordinance_sensitive && f.organization.ordinance_sensitive_defined, Trigger::Appi435);
    if triggers.is_empty() {
        return not_required(NotRequiredReason::NoReportableEvent);
    }
    PpcOutcome::Owed(ppc_obligation(f.known_on, Basis::Appi68, triggers, malicious))
}

/// 番号法29条の4 and the guideline-based report (regulatory.md §3).
fn my_number(f: &Facts) -> PpcOutcome {
    let mn = &f.my_number;
    if !mn.involved {
        return PpcOutcome::Nothing;
    }
    let not_required = |basis, reason| PpcOutcome::NotRequired(NotRequired { destination: Destination::Ppc, basis, reason });
    if mn.recovered_before_viewing {
        return not_required(Basis::Mynumber294, NotRequiredReason::RecoveredBeforeViewing);
    }
    if mn.highly_encrypted {
        return not_required(Basis::Mynumber294, NotRequiredReason::HighlyEncrypted);
    }
    let mut triggers = Vec::new();
    let mut add = |on: bool, t| {
        if on {
            triggers.push(t);
        }
    };
    add(mn.system != MyNumberSystem::None, Trigger::Mynumber21);
    add(mn.malicious_act, Trigger::Mynumber22);
    add(mn.publicly_viewable, Trigger::Mynumber23);
    add(mn.max_persons > PERSONS_THRESHOLD, Trigger::Mynumber24);
    if !triggers.is_empty() {
        // The Act binds every 個人番号利用事務等実施者, a 議会 included.
        return PpcOutcome::Owed(ppc_obligation(f.known_on, Basis::Mynumber294, triggers, mn.malicious_act));
    }
    // The guideline asks 行政機関等 for every other leak; a 議会 is not one.
    if f.organization.kind == OrgKind::Assembly {
        return not_required(Basis::MynumberGuideline, NotRequiredReason::Assembly);
    }
    PpcOutcome::Owed(ppc_obligation(f.known_on, Basis::MynumberGuideline, vec![Trigger::MynumberLeak], false))
}

fn authority(destination: Destination, p: &AuthorityPolicy, f: &Facts, statutory: bool) -> Option<Obligation> {
    let trigger = match p.when {
        ReportWhen::Never => return None,
        ReportWhen::Always => Trigger::Incident,
        ReportWhen::StatutoryReport if statutory => Trigger::StatutoryReport,
        ReportWhen::SeverityAtLeast(min) if f.severity.is_some_and(|s| s >= min) => Trigger::Severity,
        ReportWhen::StatutoryReport | ReportWhen::SeverityAtLeast(_) => return None,
    };
    let mut o = Obligation::new(destination, Basis::SecurityPolicy, vec![trigger], Timing::Immediate);
    if let Some(days) = p.target_days.filter(|d| *d > 0) {
        o.timing = Timing::TargetDays;
        o.target_days = Some(days);
        o.target_date = calendar::deadline(f.known_on, days);
    }
    Some(o)
}

/// The last day of the 年度 half containing `date`: 9/30 or 3/31.
pub fn half_year_end(date: NaiveDate) -> Option<NaiveDate> {
    match date.month() {
        4..=9 => NaiveDate::from_ymd_opt(date.year(), 9, 30),
        10..=12 => NaiveDate::from_ymd_opt(date.year() + 1, 3, 31),
        _ => NaiveDate::from_ymd_opt(date.year(), 3, 31),
    }
}

fn publication(p: &PublicationPolicy, f: &Facts, statutory: bool) -> Option<Obligation> {
    let mut triggers = Vec::new();
    if p.immediate_from.is_some_and(|min| f.severity.is_some_and(|s| s >= min)) {
        triggers.push(Trigger::Severity);
    }
    if p.immediate_when_statutory && statutory {
        triggers.push(Trigger::StatutoryReport);
    }
    if !triggers.is_empty() {
        return Some(Obligation::new(Destination::Publication, Basis::SecurityPolicy, triggers, Timing::Immediate));
    }
    if !p.batch {
        return None;
    }
    let mut o = Obligation::new(Destination::Publication, Basis::SecurityPolicy, vec![Trigger::Incident], Timing::Batch);
    o.batch_period_end = half_year_end(f.known_on);
    Some(o)
}

/// Every notification owed or recommended for `facts` under `policy`.
pub fn assess(facts: &Facts, policy: &DestinationPolicy) -> Assessment {
    let f = facts;
    let mut obligations = Vec::new();
    let mut not_required = Vec::new();
    let mut notes = Vec::new();

    let mut ciso = Obligation::new(Destination::Ciso, Basis::SecurityPolicy, vec![Trigger::Incident], Timing::Immediate);
    ciso.target_minutes = Some(policy.ciso_target_minutes);
    obligations.push(ciso);

    for outcome in [appi(f, &mut notes), my_number(f)] {
        match outcome {
            PpcOutcome::Owed(o) => {
                if o.is_legal() {
                    obligations.extend(data_subject_notice(f.known_on, o.basis, o.triggers.clone()));
                }
                obligations.push(o);
            }
            PpcOutcome::NotRequired(n) => not_required.push(n),
            PpcOutcome::Nothing => {}
        }
    }
    let statutory = obligations.iter().any(|o| o.destination == Destination::Ppc && o.is_legal());

    obligations.extend(authority(Destination::Soumu, &policy.soumu, f, statutory));
    obligations.extend(authority(Destination::Prefecture, &policy.prefecture, f, statutory));
    let police = f.crime.police_triggers(policy);
    if !police.is_empty() {
        obligations.push(Obligation::new(Destination::Police, Basis::SecurityPolicy, police, Timing::Immediate));
    }
    if f.contractor_involved {
        obligations.push(Obligation::new(
            Destination::Contractor,
            Basis::SecurityPolicy,
            vec![Trigger::ContractorInvolved],
            Timing::AsNeeded,
        ));
    }
    let cyber = f.crime.cyber_triggers();
    if !cyber.is_empty() {
        for (on, destination) in [(policy.ipa, Destination::Ipa), (policy.jpcert, Destination::Jpcert)] {
            if on {
                obligations.push(Obligation::new(destination, Basis::Voluntary, cyber.clone(), Timing::None));
            }
        }
    }
    obligations.extend(publication(&policy.publication, f, statutory));
    if policy.committee {
        obligations.push(Obligation::new(Destination::Committee, Basis::SecurityPolicy, vec![Trigger::Incident], Timing::AtClosure));
    }
    obligations.sort_by_key(Obligation::key);

    let pi = &f.personal_info;
    if pi.involved && pi.ordinance_sensitive && !f.organization.ordinance_sensitive_defined && f.organization.kind != OrgKind::Assembly {
        notes.push(Note::OrdinanceSensitiveNotDefined);
    }
    if !pi.involved && *pi != PersonalInfoFacts::default() {
        notes.push(Note::PersonalInfoNotInvolved);
    }
    let mn = &f.my_number;
    if !mn.involved && *mn != MyNumberFacts::default() {
        notes.push(Note::MyNumberNotInvolved);
    }
    notes.sort();
    Assessment { obligations, not_required, notes }
}

coded_enum! {
    /// One input fact, named by its path in the `sonae obligations` JSON.
    pub enum FactField {
        OrganizationKind = "organization.kind",
        OrdinanceSensitiveDefined = "organization.ordinanceSensitiveDefined",
        PersonalInfoInvolved = "personalInfo.involved",
        PersonalInfoSensitive = "personalInfo.sensitive",
        PersonalInfoFinancialDamageRisk = "personalInfo.financialDamageRisk",
        PersonalInfoMaliciousAct = "personalInfo.maliciousAct",
        PersonalInfoOrdinanceSensitive = "personalInfo.ordinanceSensitive",
        PersonalInfoMaxPersons = "personalInfo.maxPersons",
        PersonalInfoHighlyEncrypted = "personalInfo.highlyEncrypted",
        PersonalInfoRecoveredBeforeViewing = "personalInfo.recoveredBeforeViewing",
        MyNumberInvolved = "myNumber.involved",
        MyNumberSystemField = "myNumber.system",
        MyNumberMaliciousAct = "myNumber.maliciousAct",
        MyNumberPubliclyViewable = "myNumber.publiclyViewable",
        MyNumberMaxPersons = "myNumber.maxPersons",
        MyNumberHighlyEncrypted = "myNumber.highlyEncrypted",
        MyNumberRecoveredBeforeViewing = "myNumber.recoveredBeforeViewing",
        CrimeUnauthorizedAccess = "crime.unauthorizedAccess",
        CrimeRansomware = "crime.ransomware",
        CrimeMalware = "crime.malware",
        CrimeTheft = "crime.theft",
        CrimeInsider = "crime.insider",
        CrimeOther = "crime.other",
        ContractorInvolved = "contractor.involved",
        SeverityField = "severity",
    }
}

/// A value of a fact, for explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactValue {
    Bool(bool),
    Count(u64),
    /// An enum value's code (`municipality`, `usage`, `high` …).
    Code(&'static str),
    /// Not given (severity not judged yet).
    Unset,
}

impl FactField {
    /// The value of this fact in `f`.
    pub fn value(self, f: &Facts) -> FactValue {
        use FactField::*;
        use FactValue::{Bool, Code, Count};
        let (pi, mn, c) = (&f.personal_info, &f.my_number, &f.crime);
        match self {
            OrganizationKind => Code(match f.organization.kind {
                OrgKind::Municipality => "municipality",
                OrgKind::PartialAffairsAssociation => "union",
                OrgKind::Assembly => "assembly",
            }),
            OrdinanceSensitiveDefined => Bool(f.organization.ordinance_sensitive_defined),
            PersonalInfoInvolved => Bool(pi.involved),
            PersonalInfoSensitive => Bool(pi.sensitive),
            PersonalInfoFinancialDamageRisk => Bool(pi.financial_damage_risk),
            PersonalInfoMaliciousAct => Bool(pi.malicious_act),
            PersonalInfoOrdinanceSensitive => Bool(pi.ordinance_sensitive),
            PersonalInfoMaxPersons => Count(pi.max_persons),
            PersonalInfoHighlyEncrypted => Bool(pi.highly_encrypted),
            PersonalInfoRecoveredBeforeViewing => Bool(pi.recovered_before_viewing),
            MyNumberInvolved => Bool(mn.involved),
            MyNumberSystemField => Code(mn.system.as_code()),
            MyNumberMaliciousAct => Bool(mn.malicious_act),
            MyNumberPubliclyViewable => Bool(mn.publicly_viewable),
            MyNumberMaxPersons => Count(mn.max_persons),
            MyNumberHighlyEncrypted => Bool(mn.highly_encrypted),
            MyNumberRecoveredBeforeViewing => Bool(mn.recovered_before_viewing),
            CrimeUnauthorizedAccess => Bool(c.unauthorized_access),
            CrimeRansomware => Bool(c.ransomware),
            CrimeMalware => Bool(c.malware),
            CrimeTheft => Bool(c.theft),
            CrimeInsider => Bool(c.insider),
            CrimeOther => Bool(c.other),
            ContractorInvolved => Bool(f.contractor_involved),
            SeverityField => f.severity.map_or(FactValue::Unset, |s| Code(s.as_code())),
        }
    }

    /// Copies this one fact from `src` into `dst`.
    fn copy(self, dst: &mut Facts, src: &Facts) {
        use FactField::*;
        let (d, s) = (dst, src);
        match self {
            OrganizationKind => d.organization.kind = s.organization.kind,
            OrdinanceSensitiveDefined => d.organization.ordinance_sensitive_defined = s.organization.ordinance_sensitive_defined,
            PersonalInfoInvolved => d.personal_info.involved = s.personal_info.involved,
            PersonalInfoSensitive => d.personal_info.sensitive = s.personal_info.sensitive,
            PersonalInfoFinancialDamageRisk => d.personal_info.financial_damage_risk = s.personal_info.financial_damage_risk,
            PersonalInfoMaliciousAct => d.personal_info.malicious_act = s.personal_info.malicious_act,
            PersonalInfoOrdinanceSensitive => d.personal_info.ordinance_sensitive = s.personal_info.ordinance_sensitive,
            PersonalInfoMaxPersons => d.personal_info.max_persons = s.personal_info.max_persons,
            PersonalInfoHighlyEncrypted => d.personal_info.highly_encrypted = s.personal_info.highly_encrypted,
            PersonalInfoRecoveredBeforeViewing => d.personal_info.recovered_before_viewing = s.personal_info.recovered_before_viewing,
            MyNumberInvolved => d.my_number.involved = s.my_number.involved,
            MyNumberSystemField => d.my_number.system = s.my_number.system,
            MyNumberMaliciousAct => d.my_number.malicious_act = s.my_number.malicious_act,
            MyNumberPubliclyViewable => d.my_number.publicly_viewable = s.my_number.publicly_viewable,
            MyNumberMaxPersons => d.my_number.max_persons = s.my_number.max_persons,
            MyNumberHighlyEncrypted => d.my_number.highly_encrypted = s.my_number.highly_encrypted,
            MyNumberRecoveredBeforeViewing => d.my_number.recovered_before_viewing = s.my_number.recovered_before_viewing,
            CrimeUnauthorizedAccess => d.crime.unauthorized_access = s.crime.unauthorized_access,
            CrimeRansomware => d.crime.ransomware = s.crime.ransomware,
            CrimeMalware => d.crime.malware = s.crime.malware,
            CrimeTheft => d.crime.theft = s.crime.theft,
            CrimeInsider => d.crime.insider = s.crime.insider,
            CrimeOther => d.crime.other = s.crime.other,
            ContractorInvolved => d.contractor_involved = s.contractor_involved,
            SeverityField => d.severity = s.severity,
        }
    }
}

/// One fact that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactChange {
    pub field: FactField,
    pub from: FactValue,
    pub to: FactValue,
}

/// The facts that differ between `old` and `new`, in field order (知った日 is not a fact that
/// changes: see [`recompute`]).
pub fn fact_changes(old: &Facts, new: &Facts) -> Vec<FactChange> {
    FactField::ALL
        .iter()
        .map(|&field| FactChange { field, from: field.value(old), to: field.value(new) })
        .filter(|c| c.from != c.to)
        .collect()
}

coded_enum! {
    /// What happened to an obligation.
    pub enum ChangeKind {
        Added = "added",
        Removed = "removed",
        Updated = "updated",
    }
}

/// One difference between an obligation before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObligationDelta {
    TriggerAdded(Trigger),
    TriggerRemoved(Trigger),
    /// e.g. 30 → 60 when 不正の目的 is found.
    FinalDays {
        from: Option<u32>,
        to: Option<u32>,
    },
    FinalDeadline {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    Timing {
        from: Timing,
        to: Timing,
    },
    TargetDate {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    BatchPeriodEnd {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
}

/// How one obligation changed, and which changed facts caused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationChange {
    pub destination: Destination,
    pub basis: Basis,
    pub kind: ChangeKind,
    pub deltas: Vec<ObligationDelta>,
    /// The changed facts this obligation depends on. A fact is named when changing it alone (from
    /// the old facts) or reverting it alone (from the new ones) changes this obligation; if no
    /// single fact does, all changed facts are named.
    pub because: Vec<FactField>,
    /// For a removed PPC obligation: why it is no longer owed.
    pub not_required: Option<NotRequiredReason>,
}

/// The obligations for new facts of the same incident, and the explanation of what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recomputation {
    /// Assessed with the new facts and the *old* 知った日.
    pub assessment: Assessment,
    pub fact_changes: Vec<FactChange>,
    pub changes: Vec<ObligationChange>,
    /// The new facts named another 知った日; it was not taken. 知った日 is corrected explicitly,
    /// never by a recomputation.
    pub known_on_kept: Option<NaiveDate>,
}

fn same_regime(a: Basis, b: Basis) -> bool {
    let regime = |x| match x {
        Basis::Appi68 => 1,
        Basis::Mynumber294 | Basis::MynumberGuideline => 2,
        Basis::SecurityPolicy | Basis::Voluntary => 0,
    };
    regime(a) != 0 && regime(a) == regime(b)
}

fn deltas(old: Option<&Obligation>, new: Option<&Obligation>) -> Vec<ObligationDelta> {
    let empty = Vec::new();
    let (old_t, new_t) = (old.map_or(&empty, |o| &o.triggers), new.map_or(&empty, |o| &o.triggers));
    let mut out: Vec<ObligationDelta> = new_t.iter().filter(|t| !old_t.contains(t)).map(|t| ObligationDelta::TriggerAdded(*t)).collect();
    out.extend(old_t.iter().filter(|t| !new_t.contains(t)).map(|t| ObligationDelta::TriggerRemoved(*t)));
    let (Some(o), Some(n)) = (old, new) else { return out };
    if o.final_days != n.final_days {
        out.push(ObligationDelta::FinalDays { from: o.final_days, to: n.final_days });
    }
    if o.final_deadline != n.final_deadline {
        out.push(ObligationDelta::FinalDeadline { from: o.final_deadline, to: n.final_deadline });
    }
    if o.timing != n.timing {
        out.push(ObligationDelta::Timing { from: o.timing, to: n.timing });
    }
    if o.target_date != n.target_date {
        out.push(ObligationDelta::TargetDate { from: o.target_date, to: n.target_date });
    }
    if o.batch_period_end != n.batch_period_end {
        out.push(ObligationDelta::BatchPeriodEnd { from: o.batch_period_end, to: n.batch_period_end });
    }
    out
}

/// Re-assesses an incident whose facts changed from `old` to `new`. 知った日 stays `old.known_on`
/// (an obligation that starts later, e.g. when the head count passes 100, still counts its
/// deadlines from it). Every added, removed or changed obligation is explained by codes.
pub fn recompute(old: &Facts, new: &Facts, policy: &DestinationPolicy) -> Recomputation {
    let new_facts = Facts { known_on: old.known_on, ..*new };
    let before = assess(old, policy);
    let after = assess(&new_facts, policy);
    let changed = fact_changes(old, &new_facts);

    let mut keys: Vec<(Destination, Basis)> = before.obligations.iter().chain(&after.obligations).map(Obligation::key).collect();
    keys.sort();
    keys.dedup();
    let mut changes = Vec::new();
    for (destination, basis) in keys {
        let (o, n) = (before.get(destination, basis), after.get(destination, basis));
        if o == n {
            continue;
        }
        let kind = match (o, n) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Removed,
            _ => ChangeKind::Updated,
        };
        let mut because: Vec<FactField> = changed
            .iter()
            .map(|c| c.field)
            .filter(|&field| {
                let mut one_from_old = *old;
                field.copy(&mut one_from_old, &new_facts);
                let mut one_reverted = new_facts;
                field.copy(&mut one_reverted, old);
                assess(&one_from_old, policy).get(destination, basis) != o || assess(&one_reverted, policy).get(destination, basis) != n
            })
            .collect();
        if because.is_empty() {
            because = changed.iter().map(|c| c.field).collect();
        }
        // A removed PPC report or 本人通知: the reason its regime (APPI or My Number) gives now.
        let not_required = match kind {
            ChangeKind::Removed => after.not_required.iter().find(|r| same_regime(r.basis, basis)).map(|r| r.reason),
            _ => None,
        };
        changes.push(ObligationChange { destination, basis, kind, deltas: deltas(o, n), because, not_required });
    }
    let known_on_kept = (new.known_on != old.known_on).then_some(new.known_on);
    Recomputation { assessment: after, fact_changes: changed, changes, known_on_kept }
}
