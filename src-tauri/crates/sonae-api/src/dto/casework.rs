//! Transport types of the work inside a case: tasks and the recovery checklist, evidence and
//! custody, meetings and decisions, root cause and measures, the case list's filters, playbooks.

use super::{CaseState, CaseSummaryDto, Category, Severity, TimelineKind};
use crate::mirror_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mirror_enum!(
    /// Which list a task is on.
    TaskList => sonae_core::casework::TaskList { Response, Recovery }
);
mirror_enum!(
    /// What a task is about.
    TaskKind => sonae_core::casework::TaskKind { Containment, OtherSystems, Evidence, Inform, CisoReport, Improvement, RecoveryCheck, Other }
);
mirror_enum!(
    /// Where a task stands.
    TaskStatus => sonae_core::casework::TaskStatus { Open, Done, Waived }
);
mirror_enum!(
    /// Where an item of evidence comes from.
    EvidenceSource => sonae_core::casework::EvidenceSource { Device, System, Log, Document, Other }
);
mirror_enum!(
    /// Where a decision stands.
    DecisionStatus => sonae_core::casework::DecisionStatus { Proposed, Approved, Rejected }
);
mirror_enum!(
    /// 原因の分類.
    CauseCategory => sonae_core::casework::CauseCategory {
        HumanError, RuleViolation, ProcedureGap, Vulnerability, Misconfiguration, ExternalAttack,
        InsiderMisconduct, Contractor, FailureOrDisaster, Unknown, Other
    }
);
mirror_enum!(
    /// 重複 / 関連.
    LinkKind => sonae_core::casework::LinkKind { Duplicate, Related }
);
mirror_enum!(
    /// 実施済み / 実施予定.
    MeasureStatus => sonae_core::casework::MeasureStatus { Done, Planned }
);

/// A task or a recovery checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskDto {
    pub id: String,
    pub list: TaskList,
    pub kind: TaskKind,
    pub title: String,
    pub mandatory: bool,
    pub assignee_person_id: Option<String>,
    pub assignee_name: Option<String>,
    /// RFC 3339 UTC.
    pub due_at: Option<String>,
    pub status: TaskStatus,
    /// The completion note, or the reason it was waived.
    pub note: String,
    /// The playbook revision it came from (0 = built-in).
    pub playbook_revision: Option<u32>,
    /// Name of who closed it.
    pub closed_by: Option<String>,
    /// RFC 3339 UTC.
    pub closed_at: Option<String>,
    /// Open and past due now.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceFileDto {
    pub id: String,
    pub file_name: String,
    /// Lower-case hex SHA-256 of the content.
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    pub added_by: String,
    /// RFC 3339 UTC.
    pub added_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustodyDto {
    pub id: String,
    pub from: String,
    pub to: String,
    /// RFC 3339 UTC.
    pub at: String,
    pub purpose: String,
    pub recorded_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceDto {
    pub id: String,
    pub description: String,
    pub source: EvidenceSource,
    pub source_detail: String,
    pub collected_by: String,
    /// RFC 3339 UTC.
    pub collected_at: String,
    pub storage_place: String,
    pub recorded_by: String,
    /// Who holds it now: the last custody transfer's recipient, else the collector.
    pub current_holder: String,
    pub files: Vec<EvidenceFileDto>,
    /// Oldest first.
    pub custody: Vec<CustodyDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingDto {
    pub id: String,
    /// RFC 3339 UTC.
    pub held_at: String,
    pub participants: String,
    pub agenda: String,
    pub notes: String,
    pub recorded_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionDto {
    pub id: String,
    pub meeting_id: Option<String>,
    pub text: String,
    pub proposed_by: String,
    /// RFC 3339 UTC.
    pub proposed_at: String,
    pub status: DecisionStatus,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub decision_note: String,
    /// The signed-in user may approve or reject it now (permitted, not the proposer, still open).
    pub can_decide: bool,
    /// The signed-in user proposed it.
    pub own: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RootCauseDto {
    pub category: Option<CauseCategory>,
    pub narrative: String,
    pub ciso_instructions: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeasureDto {
    pub id: String,
    pub text: String,
    pub status: MeasureStatus,
    pub owner: String,
    /// `YYYY-MM-DD`.
    pub due_on: Option<String>,
}

/// What the signed-in user may do on cases (the API decides; the UI only hides).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePermissionsDto {
    pub handle: bool,
    pub decide: bool,
    pub approve_decisions: bool,
}

/// Adds a free entry to the timeline: an observation, decision or communication.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntryInput {
    pub case_id: String,
    pub kind: TimelineKind,
    /// `YYYY-MM-DDTHH:MM`, Japan time: when it happened.
    pub occurred_at: String,
    pub text: String,
}

/// Adds a task (no `taskId`) or edits one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    pub case_id: String,
    pub task_id: Option<String>,
    pub list: TaskList,
    pub kind: TaskKind,
    pub title: String,
    pub mandatory: bool,
    pub assignee_person_id: Option<String>,
    /// `YYYY-MM-DDTHH:MM` Japan time, or empty.
    pub due_at: String,
}

/// Marks a task done (note optional), waived (note = the reason, required) or open again.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskStatusInput {
    pub case_id: String,
    pub task_id: String,
    pub status: TaskStatus,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceInput {
    pub case_id: String,
    pub description: String,
    pub source: EvidenceSource,
    pub source_detail: String,
    pub collected_by: String,
    /// `YYYY-MM-DDTHH:MM`, Japan time.
    pub collected_at: String,
    pub storage_place: String,
}

/// Attaches a file to an item of evidence. The content travels as base64 (at most 50 MB).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceFileInput {
    pub case_id: String,
    pub evidence_id: String,
    pub file_name: String,
    pub content_base64: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustodyInput {
    pub case_id: String,
    pub evidence_id: String,
    pub from: String,
    pub to: String,
    /// `YYYY-MM-DDTHH:MM`, Japan time.
    pub at: String,
    pub purpose: String,
}

/// A stored evidence file whose content no longer matches its recorded SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceMismatchDto {
    pub evidence_id: String,
    pub file_id: String,
    pub file_name: String,
    pub expected: String,
    /// The content's hash now; `null` when the file is missing.
    pub actual: Option<String>,
}

/// The result of re-hashing every evidence file of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceCheckDto {
    pub checked: u32,
    pub mismatches: Vec<EvidenceMismatchDto>,
    /// RFC 3339 UTC.
    pub checked_at: String,
}

/// Records a meeting (緊急対策会議).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingInput {
    pub case_id: String,
    /// `YYYY-MM-DDTHH:MM`, Japan time.
    pub held_at: String,
    pub participants: String,
    pub agenda: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProposeDecisionInput {
    pub case_id: String,
    pub meeting_id: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecideInput {
    pub case_id: String,
    pub decision_id: String,
    pub approve: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RootCauseInput {
    pub case_id: String,
    pub category: Option<CauseCategory>,
    pub narrative: String,
    pub ciso_instructions: String,
}

/// Adds a measure (no `measureId`) or edits one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeasureInput {
    pub case_id: String,
    pub measure_id: Option<String>,
    pub text: String,
    pub status: MeasureStatus,
    pub owner: String,
    /// `YYYY-MM-DD` or empty (required when planned).
    pub due_on: String,
}

/// How the case list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CaseSort {
    /// Newest first (default).
    Newest,
    Oldest,
    /// Most severe first, unjudged last.
    Severity,
    /// Earliest open task due first; cases without one last.
    NextDue,
}

/// Filters, order and page of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseFilterInput {
    pub state: Option<CaseState>,
    /// Only open cases (not 完了 / 非該当). Ignored when `state` is set.
    pub open_only: bool,
    pub severity: Option<Severity>,
    pub assignee_person_id: Option<String>,
    pub category: Option<Category>,
    /// Only cases with an open task past its due time.
    pub overdue_only: bool,
    pub sort: CaseSort,
    /// 0-based.
    pub page: u32,
    /// 1‥200.
    pub page_size: u32,
    /// Words to find in the case's texts (title, triage, reports, timeline, tasks, evidence).
    #[serde(default)]
    #[ts(optional)]
    pub query: Option<String>,
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseRowDto {
    pub summary: CaseSummaryDto,
    pub handler_name: Option<String>,
    pub open_tasks: u32,
    pub overdue_tasks: u32,
    /// RFC 3339 UTC: the earliest due time of an open task.
    pub next_due_at: Option<String>,
    /// With a query: where it was found, the match between U+0002 and U+0003.
    pub snippet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePageDto {
    pub rows: Vec<CaseRowDto>,
    /// Matching cases over all pages.
    pub total: u32,
    pub page: u32,
    pub page_size: u32,
}

/// One step of a playbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookStepDto {
    pub kind: TaskKind,
    pub title: String,
    pub mandatory: bool,
    /// Due this many hours after the case is judged an incident.
    pub due_hours: Option<u32>,
}

/// A revision of a category's playbook (revision 0 = built-in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookDto {
    pub category: Category,
    pub revision: u32,
    pub steps: Vec<PlaybookStepDto>,
    pub note: String,
    /// Name of who saved it (`null` for the built-in one).
    pub saved_by: Option<String>,
    /// RFC 3339 UTC.
    pub saved_at: Option<String>,
    pub built_in: bool,
}

/// Saves a new revision of a category's playbook.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookInput {
    pub category: Category,
    pub steps: Vec<PlaybookStepDto>,
    /// What changed and why.
    pub note: String,
}

/// A case linked to this one (either direction).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseLinkDto {
    pub other_case_id: String,
    pub other_receipt_no: String,
    pub other_title: String,
    pub other_state: CaseState,
    pub kind: LinkKind,
    /// This case was linked to the other (`true`), or the other to this one.
    pub outgoing: bool,
    pub note: String,
    pub created_by: String,
    /// RFC 3339 UTC.
    pub created_at: String,
}

/// Links this case to another, by the other's 受付番号.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkCaseInput {
    pub case_id: String,
    pub other_receipt_no: String,
    pub kind: LinkKind,
    pub note: String,
}

/// The organization's own name for one 重要度 level (empty: the standard label).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeverityLabelDto {
    pub severity: Severity,
    pub label: String,
}
