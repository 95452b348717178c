//! Transport types of drills (issue 8): scenarios, plans, the facilitator's view of a running
//! drill, the measured times, the after-action review and the 連絡網疎通訓練 calls. Codes
//! (`kind`, `state`, `milestone`, `channel`, `outcome`, `result`) are the storage codes of
//! `sonae_core::drill` and `sonae_core::drill_run`; the UI labels them with `drill-*` messages.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A scenario in the library: built in or the organization's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioSummaryDto {
    pub key: String,
    pub title: String,
    pub kind: String,
    pub category: String,
    pub summary: String,
    /// Shipped with the app (read-only; copy it to change it).
    pub builtin: bool,
    /// The library scenario an own copy was made from, or empty.
    pub based_on: String,
    pub inject_count: u32,
}

pub use crate::drill::{InjectFile, ObjectiveFile, ScenarioFile};

/// Saving an own scenario; `basedOn` names the library scenario it was copied from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveScenarioInput {
    pub scenario: ScenarioFile,
    #[serde(default)]
    pub based_on: String,
}

/// Importing a scenario: a JSON file, or a CSV of injects replacing those of `key`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportScenarioInput {
    /// `json` | `csv`.
    pub format: String,
    pub text: String,
    /// For CSV: the scenario whose injects are replaced (saved as an own scenario).
    #[serde(default)]
    pub key: String,
}

/// A participant as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantDto {
    pub person_id: Option<String>,
    pub name: String,
    pub role: String,
}

/// Planning a drill (new when `id` is absent; a plan changes only before it starts).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillPlanInput {
    pub id: Option<String>,
    pub scenario_key: String,
    pub name: String,
    /// 年度 as typed (`2026`).
    pub fiscal_year: String,
    pub purpose: String,
    pub structure: String,
    pub scope: String,
    /// `YYYY-MM-DD` or empty.
    pub planned_on: String,
    pub participants: Vec<ParticipantDto>,
}

/// A drill in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillRowDto {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub fiscal_year: i32,
    pub state: String,
    pub scenario_title: String,
    pub case_id: Option<String>,
    pub case_receipt_no: Option<String>,
    pub planned_on: Option<String>,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
}

/// The scenario clock now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillClockDto {
    pub running: bool,
    pub speed: u32,
    /// Scenario seconds since 0:00.
    pub seconds: u64,
    /// Real seconds until the next inject falls due at the current speed (None: none left, or paused).
    pub next_inject_in_seconds: Option<u64>,
}

/// An inject of the drill's scenario and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillInjectDto {
    /// 1-based row.
    pub seq: u32,
    /// `H:MM` of scenario time.
    pub offset: String,
    pub offset_minutes: u32,
    pub channel: String,
    pub text: String,
    pub expected: String,
    pub released_at: Option<String>,
    /// `achieved` | `missed` | None (not marked).
    pub outcome: Option<String>,
    pub note: String,
}

/// A target and what the drill achieved (minutes of scenario time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillResultDto {
    pub milestone: String,
    pub target_minutes: u32,
    pub actual_minutes: Option<u32>,
    /// `met` | `exceeded` | `notReached`.
    pub verdict: String,
}

/// A line of the timed log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillLogDto {
    pub id: String,
    pub at: String,
    pub work: String,
    pub decision: String,
    pub stumble: String,
}

/// Adding a line to the timed log; `at` is `YYYY-MM-DDTHH:MM` Japan time (empty: now).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillLogInput {
    pub drill_id: String,
    pub at: String,
    pub work: String,
    pub decision: String,
    pub stumble: String,
}

/// An improvement action and the task it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillActionDto {
    pub id: String,
    pub text: String,
    pub owner_person_id: Option<String>,
    pub owner_name: Option<String>,
    pub due_on: Option<String>,
    pub task_id: String,
    /// The task's state: `open` | `done` | `waived`.
    pub task_status: String,
}

/// Adding an improvement action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillActionInput {
    pub drill_id: String,
    pub text: String,
    pub owner_person_id: Option<String>,
    /// `YYYY-MM-DD` or empty.
    pub due_on: String,
}

/// Someone to call in a 連絡網疎通訓練, and how fresh their entry is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CallTargetDto {
    /// `person:<id>` or `contact:<id>`.
    pub target: String,
    pub name: String,
    pub section: String,
    pub phone: String,
    /// The last answered call in any drill.
    pub last_answered_at: Option<String>,
    /// No answered call in the last 12 months, or this drill's last call failed.
    pub stale: bool,
}

/// A call made in this drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillCallDto {
    pub id: String,
    pub target: String,
    pub name: String,
    pub phone: String,
    pub called_at: String,
    pub answered_at: Option<String>,
    /// `answered` | `no_answer` | `wrong_number`.
    pub result: String,
    pub note: String,
}

/// Recording a call.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillCallInput {
    pub drill_id: String,
    pub target: String,
    pub result: String,
    #[serde(default)]
    pub note: String,
}

/// What the acting user may do with the drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillPermissionsDto {
    pub run: bool,
    pub approve: bool,
    pub revise_playbook: bool,
}

/// One drill, whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillDto {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub fiscal_year: i32,
    pub purpose: String,
    pub structure: String,
    pub scope: String,
    pub planned_on: Option<String>,
    pub participants: Vec<ParticipantDto>,
    pub scenario: ScenarioFile,
    pub playbook_revision: u32,
    pub state: String,
    pub case_id: Option<String>,
    pub case_receipt_no: Option<String>,
    pub clock: DrillClockDto,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub injects: Vec<DrillInjectDto>,
    pub results: Vec<DrillResultDto>,
    pub log: Vec<DrillLogDto>,
    pub actions: Vec<DrillActionDto>,
    pub call_targets: Vec<CallTargetDto>,
    pub calls: Vec<DrillCallDto>,
    pub good_points: String,
    pub issues: String,
    pub revise_playbook: bool,
    pub new_playbook_revision: Option<u32>,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
    pub committee_reported_on: Option<String>,
    pub can: DrillPermissionsDto,
}

/// Starting a drill: the scenario clock's speed (1 = real time).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartDrillInput {
    pub drill_id: String,
    pub speed: u32,
}

/// The facilitator's clock controls: `play` | `pause` | `speed` (with `value`) | `skip` (to
/// `value` scenario minutes).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DrillClockInput {
    pub drill_id: String,
    pub action: String,
    #[serde(default)]
    pub value: u32,
}

/// Marking an inject's expected reaction.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarkInjectInput {
    pub drill_id: String,
    pub seq: u32,
    /// `achieved` | `missed`.
    pub outcome: String,
    #[serde(default)]
    pub note: String,
}

/// The after-action review's text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AfterActionInput {
    pub drill_id: String,
    pub good_points: String,
    pub issues: String,
    pub revise_playbook: bool,
}

/// The report to the committee (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommitteeReportInput {
    pub drill_id: String,
    pub reported_on: String,
}

/// Saving the 訓練実施記録 PDF to a path.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveDrillRecordInput {
    pub drill_id: String,
    pub path: String,
    #[serde(default)]
    pub overwrite: bool,
}

/// A file written where the user chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFileDto {
    pub path: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
}
