//! Transport types: camelCase JSON, TypeScript generated into `ui/src/bindings/` by ts-rs.
//!
//! DTOs are built from domain values by exhaustive conversion, so a new domain variant or field
//! fails the build here instead of silently missing from the UI.

mod casework;
mod drill;
mod forms;
mod obligations;
mod org;
mod report;
mod stats;
mod training;
pub use casework::*;
pub use drill::*;
pub use forms::*;
pub use obligations::*;
pub use org::*;
pub use report::*;
pub use stats::*;
pub use training::*;

use serde::Serialize;
use sonae_core::clock::to_storage;
use std::collections::BTreeMap;
use ts_rs::TS;

/// Mirrors a domain enum as a DTO enum with exhaustive conversions.
#[macro_export]
#[doc(hidden)]
macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident => $core:path { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
        #[serde(rename_all = "camelCase")]
        pub enum $name { $($variant),+ }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                use $core as C;
                match v { $(C::$variant => $name::$variant),+ }
            }
        }

        impl From<$name> for $core {
            fn from(v: $name) -> Self {
                use $core as C;
                match v { $($name::$variant => C::$variant),+ }
            }
        }
    };
}

mirror_enum!(
    /// Where a case stands.
    CaseState => sonae_core::CaseState { Received, Triage, Responding, Recovering, Prevention, Closed, NotIncident }
);
mirror_enum!(
    /// Incident category.
    Category => sonae_core::Category {
        UnauthorizedAccess, Malware, TargetedMail, WebDefacement, Dos, DataLeak, MisdirectedMail,
        Misdelivery, LossTheft, SnsHijack, MisconfigExposure, SystemFailure, PolicyViolation, Other
    }
);
mirror_enum!(
    /// 重要度.
    Severity => sonae_core::Severity { Low, Medium, High, Critical }
);
mirror_enum!(
    /// Kind of public body.
    OrgKind => sonae_core::OrgKind { Municipality, PartialAffairsAssociation, Assembly }
);

/// Where the first-run setup stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SetupState {
    /// No organization yet: offer demo data or the setup wizard.
    FirstRun,
    /// An organization exists.
    Ready,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationDto {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
    pub prefecture: String,
}

impl From<sonae_core::Organization> for OrganizationDto {
    fn from(o: sonae_core::Organization) -> Self {
        let sonae_core::Organization { id, name, kind, prefecture, head_title: _, ciso_title: _, settings: _ } = o;
        OrganizationDto { id: id.to_string(), name, kind: kind.into(), prefecture }
    }
}

/// One line of a case list. The CLI's `case list --json` prints exactly these objects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummaryDto {
    pub id: String,
    pub receipt_no: String,
    pub state: CaseState,
    pub title: String,
    pub category: Category,
    pub severity: Option<Severity>,
    pub drill: bool,
    /// RFC 3339 UTC; shown in JST.
    pub created_at: String,
}

impl From<sonae_core::Case> for CaseSummaryDto {
    fn from(c: sonae_core::Case) -> Self {
        let sonae_core::Case {
            id,
            receipt_no,
            title,
            category,
            state,
            severity,
            drill,
            created_at,
            updated_at: _,
            triage: _,
            ciso_informed_at: _,
            root_cause: _,
        } = c;
        CaseSummaryDto {
            id: id.to_string(),
            receipt_no,
            state: state.into(),
            title,
            category: category.into(),
            severity: severity.map(Into::into),
            drill,
            created_at: to_storage(created_at),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StateCountDto {
    pub state: CaseState,
    #[ts(type = "number")]
    pub count: i64,
}

/// What the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HomeDto {
    pub setup: SetupState,
    pub organization: Option<OrganizationDto>,
    /// The newest 50 cases (`HOME_CASE_LIMIT`; the case list pages through all of them), empty for
    /// a role that may not see all cases.
    pub cases: Vec<CaseSummaryDto>,
    /// Real (non-drill) cases per state.
    pub state_counts: Vec<StateCountDto>,
}

/// One audit problem, as a Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditProblemDto {
    /// The audit entry it is found at (none for a row no entry records).
    #[ts(type = "number | null")]
    pub seq: Option<i64>,
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditReportDto {
    #[ts(type = "number")]
    pub entries: i64,
    /// Ordered by entry number: the first is the first broken entry.
    pub problems: Vec<AuditProblemDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckReportDto {
    /// Lines from SQLite's integrity and foreign-key checks; empty when sound.
    pub integrity_problems: Vec<String>,
    pub audit: AuditReportDto,
    /// Evidence files re-hashed.
    pub evidence_files: u32,
    /// Evidence files whose bytes no longer match their recorded SHA-256 (or are missing).
    pub evidence_problems: Vec<EvidenceMismatchDto>,
}

impl CheckReportDto {
    pub fn ok(&self) -> bool {
        self.integrity_problems.is_empty() && self.audit.problems.is_empty() && self.evidence_problems.is_empty()
    }
}

mirror_enum!(
    /// A workflow move.
    CaseMove => sonae_core::workflow::Move {
        StartTriage, NotIncident, JudgeIncident, StartRecovery, StartPrevention, Close, StepBack, Reopen
    }
);
mirror_enum!(
    /// A condition a move still needs.
    MissingCondition => sonae_core::workflow::Missing {
        Reason, Rationale, Severity, Impact, Handler, OpenTasks, RecoveryNotVerified, RootCause, Measures, CisoNotInformed
    }
);
mirror_enum!(
    /// Kind of timeline entry.
    TimelineKind => sonae_core::TimelineKind { Action, Observation, Decision, Communication }
);

/// One line of a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntryDto {
    pub id: String,
    pub kind: TimelineKind,
    /// RFC 3339 UTC.
    pub occurred_at: String,
    /// RFC 3339 UTC.
    pub recorded_at: String,
    /// The person's name, or the actor label for system actors.
    pub actor: String,
    pub text: String,
}

/// A move the case offers, and what it still needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoveOptionDto {
    #[serde(rename = "move")]
    #[ts(rename = "move")]
    pub mv: CaseMove,
    /// The acting user's roles permit it.
    pub permitted: bool,
    /// Empty: it can be made now (a reason may still be asked for).
    pub missing: Vec<MissingCondition>,
}

/// A case with its triage, timeline and the moves it offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetailDto {
    pub summary: CaseSummaryDto,
    pub is_incident: Option<bool>,
    pub triage_rationale: String,
    pub impact: String,
    pub handler_person_id: Option<String>,
    pub handler_name: Option<String>,
    /// RFC 3339 UTC: when the 第一報 to the CISO was made.
    pub ciso_informed_at: Option<String>,
    pub timeline: Vec<TimelineEntryDto>,
    pub moves: Vec<MoveOptionDto>,
    /// The reports this case was opened from.
    pub report_ids: Vec<String>,
    /// RFC 3339 UTC: when the 第一報 to the CISO is due (the organization's target time after the
    /// case was judged an incident); `null` before that.
    pub ciso_report_due_at: Option<String>,
    /// Response tasks and the recovery checklist, each list in its order.
    pub tasks: Vec<TaskDto>,
    pub evidence: Vec<EvidenceDto>,
    pub meetings: Vec<MeetingDto>,
    pub decisions: Vec<DecisionDto>,
    pub root_cause: RootCauseDto,
    pub measures: Vec<MeasureDto>,
    /// The category's current playbook revision (what tasks would be created from).
    pub playbook_revision: u32,
    pub permissions: CasePermissionsDto,
    /// Duplicate or related cases, both directions.
    pub links: Vec<CaseLinkDto>,
}

/// The CSIRT's triage notes (no state change).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TriageInput {
    pub case_id: String,
    pub is_incident: Option<bool>,
    pub rationale: String,
    pub impact: String,
    pub severity: Option<Severity>,
    pub handler_person_id: Option<String>,
}

/// Moves a case along the workflow.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoveCaseInput {
    pub case_id: String,
    #[serde(rename = "move")]
    #[ts(rename = "move")]
    pub mv: CaseMove,
    pub reason: String,
}

/// Records the 第一報 to the CISO (000 §5.3(3)②).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CisoReportInput {
    pub case_id: String,
    /// `YYYY-MM-DDTHH:MM`, Japan time.
    pub at: String,
    /// How (対面, 電話 …) and what was said.
    pub note: String,
}
