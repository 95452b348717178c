//! Transport types of a case's obligations and the notification tracker.

use crate::mirror_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mirror_enum!(
    /// Which submission of an obligation a row tracks.
    NotificationStage => sonae_core::notification::Stage { Preliminary, Final, Single }
);
mirror_enum!(
    /// 要否判断中 / 不要 / 下書き / 送付済 / 受領確認 / 追完.
    NotificationState => sonae_core::notification::NotificationState { Pending, NotRequired, Draft, Sent, Acknowledged, Supplemented }
);
mirror_enum!(
    /// A deadline's standing today.
    DueStatus => sonae_core::notification::DueStatus { Calm, DueSoon, Overdue }
);
mirror_enum!(
    /// Which system holds the 特定個人情報.
    MyNumberSystem => sonae_core::obligations::MyNumberSystem { None, Network, Usage, RelatedPublic }
);

/// 個人情報 facts (APPI 規則43条).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonalInfoFactsDto {
    pub involved: bool,
    pub sensitive: bool,
    pub financial_damage_risk: bool,
    pub malicious_act: bool,
    pub ordinance_sensitive: bool,
    #[ts(type = "number")]
    pub max_persons: u64,
    pub highly_encrypted: bool,
    pub recovered_before_viewing: bool,
}

/// 特定個人情報 facts (番号法規則2条).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MyNumberFactsDto {
    pub involved: bool,
    pub system: MyNumberSystem,
    pub malicious_act: bool,
    pub publicly_viewable: bool,
    #[ts(type = "number")]
    pub max_persons: u64,
    pub highly_encrypted: bool,
    pub recovered_before_viewing: bool,
}

impl Default for MyNumberFactsDto {
    fn default() -> Self {
        MyNumberFactsDto {
            involved: false,
            system: MyNumberSystem::None,
            malicious_act: false,
            publicly_viewable: false,
            max_persons: 0,
            highly_encrypted: false,
            recovered_before_viewing: false,
        }
    }
}

/// What may be a crime (police, 004 / regulatory.md §3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CrimeFactsDto {
    pub unauthorized_access: bool,
    pub ransomware: bool,
    pub malware: bool,
    pub theft: bool,
    pub insider: bool,
    pub other: bool,
}

/// The facts of a case the obligations follow from (also the stored form).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ObligationFactsDto {
    pub personal_info: PersonalInfoFactsDto,
    pub my_number: MyNumberFactsDto,
    pub crime: CrimeFactsDto,
    pub contractor_involved: bool,
}

/// Saves a case's facts. `knownOn` (知った日, `YYYY-MM-DD`) is taken on the first save only; it
/// never moves afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObligationFactsInput {
    pub case_id: String,
    pub known_on: String,
    pub facts: ObligationFactsDto,
}

/// One tracked submission of an obligation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotificationRowDto {
    /// `ppc`, `data-subjects`, `soumu`, `prefecture`, `police`, … (label `destination-<code>`).
    pub destination: String,
    /// `appi-68`, `mynumber-29-4`, … (label `basis-<code>`).
    pub basis: String,
    /// `legal` / `guideline` / `policy` / `voluntary` (label `level-<code>`).
    pub level: String,
    pub stage: NotificationStage,
    /// Trigger codes (label `trigger-<code>`).
    pub triggers: Vec<String>,
    /// `YYYY-MM-DD`: the deadline (確報) or target date (速報 and others).
    pub due: Option<String>,
    /// 確報: 30 or 60.
    pub final_days: Option<u32>,
    /// For the CISO: minutes.
    pub target_minutes: Option<u32>,
    pub state: NotificationState,
    pub reason: String,
    /// RFC 3339 UTC.
    pub sent_at: Option<String>,
    pub method: String,
    pub document: String,
    pub note: String,
    /// Owed under the current facts (a row whose obligation went away stays, not owed).
    pub owed: bool,
    pub due_status: DueStatus,
}

/// An obligation found not to be owed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotRequiredDto {
    pub destination: String,
    pub basis: String,
    /// Label `not-required-<code>`.
    pub reason: String,
}

/// A case's obligations and their tracker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObligationsDto {
    pub case_id: String,
    /// 知った日 once set (`YYYY-MM-DD`).
    pub known_on: Option<String>,
    /// Before it is set: the day the reporter noticed it (JST), to prefill.
    pub known_on_suggestion: Option<String>,
    /// `null` until facts were entered.
    pub facts: Option<ObligationFactsDto>,
    pub rows: Vec<NotificationRowDto>,
    pub not_required: Vec<NotRequiredDto>,
    /// Note codes (label `obligation-note-<code>`).
    pub notes: Vec<String>,
    /// Today in Japan (`YYYY-MM-DD`), as the app's clock sees it.
    pub today: String,
}

/// Moves one tracked submission to another state.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotificationStateInput {
    pub case_id: String,
    pub destination: String,
    pub basis: String,
    pub stage: NotificationStage,
    pub state: NotificationState,
    pub reason: String,
    /// `YYYY-MM-DDTHH:MM` Japan time, or empty.
    pub sent_at: String,
    pub method: String,
    pub document: String,
    pub note: String,
}

/// One line of the CSIRT deadlines view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineRowDto {
    pub case_id: String,
    pub receipt_no: String,
    pub title: String,
    pub drill: bool,
    pub row: NotificationRowDto,
}

/// Every open, owed submission with a date, earliest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlinesDto {
    pub today: String,
    pub rows: Vec<DeadlineRowDto>,
}

/// When 総務省 or the 都道府県 are told (the organization's policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportWhenDto {
    Always,
    Never,
    /// When a statutory PPC report is owed.
    StatutoryReport,
    /// When the 重要度 is at least `severity`.
    SeverityAtLeast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuthorityPolicyDto {
    pub when: ReportWhenDto,
    /// For `severityAtLeast`.
    pub severity: Option<super::Severity>,
    /// Target in days (知った日 = day 1); `null` = 速やかに.
    pub target_days: Option<u32>,
}

/// The organization's 公表基準.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PublicationPolicyDto {
    /// Publish immediately from this 重要度 on (`null`: never by severity alone).
    pub immediate_from: Option<super::Severity>,
    pub immediate_when_statutory: bool,
    /// Everything else in the half-yearly batch.
    pub batch: bool,
}

/// Whom the organization tells beyond the law, and when (regulatory.md §1). The CISO's target is
/// the organization setting `cisoReportTargetMinutes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DestinationPolicyDto {
    pub soumu: AuthorityPolicyDto,
    pub prefecture: AuthorityPolicyDto,
    pub police_on_malware: bool,
    pub ipa: bool,
    pub jpcert: bool,
    pub publication: PublicationPolicyDto,
    pub committee: bool,
}
