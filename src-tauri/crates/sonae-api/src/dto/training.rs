//! Transport types of training (研修): the year's plan and sessions, attendance and its CSV
//! import, a person's history, the 特定個人情報 handlers and the 12-month alert. Days are
//! `YYYY-MM-DD` (Japan); inputs carry days and scores as typed.

use crate::mirror_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mirror_enum!(
    /// What a session covers.
    TrainingTopic => sonae_core::training::Topic {
        CyberThreats, SecurityPolicy, PersonalInfo, IncidentResponse, TargetedMailDrill, SystemOperation, ContractorManagement, Other
    }
);
mirror_enum!(
    /// Whom a session is for.
    TrainingAudience => sonae_core::training::Audience { AllStaff, MyNumberHandlers, Managers, Csirt, SystemStaff, Contractors }
);
mirror_enum!(
    /// 出席 / 欠席.
    AttendanceStatus => sonae_core::training::Attendance { Attended, Absent }
);
mirror_enum!(
    /// Why a handler is on the 12-month alert.
    TrainingAlertReason => sonae_core::training::AlertReason { NeverTrained, Expired, OnlyAbsent }
);

/// A 年度's training plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingPlanDto {
    pub id: String,
    pub fiscal_year: i32,
    pub title: String,
    pub goals: String,
    pub content: String,
    /// `YYYY-MM-DD`.
    pub approved_on: Option<String>,
    pub approved_by: String,
    pub updated_by: String,
    /// RFC 3339 UTC.
    pub updated_at: String,
}

/// A plan as typed (one per 年度: saving again replaces it).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingPlanInput {
    pub fiscal_year: i32,
    pub title: String,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub content: String,
    /// `YYYY-MM-DD`, or empty while not approved.
    #[serde(default)]
    pub approved_on: String,
    #[serde(default)]
    pub approved_by: String,
}

/// A session with its attendance figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingSessionDto {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub fiscal_year: i32,
    pub title: String,
    pub topics: Vec<TrainingTopic>,
    pub audience: TrainingAudience,
    pub instructor: String,
    pub note: String,
    /// The session it makes up for (補講), its id, day and title.
    pub makeup_of: Option<String>,
    pub makeup_of_held_on: Option<String>,
    pub makeup_of_title: Option<String>,
    /// Held on or before today (attendance may be recorded).
    pub held: bool,
    pub attended: u32,
    pub absent: u32,
    /// 受講率 as `83.3` (percent), when anyone is recorded.
    pub attendance_rate: Option<String>,
    /// 理解度の平均 as `82.5`, when anyone has one.
    pub comprehension_average: Option<String>,
}

/// A session as typed; without `sessionId` a new one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingSessionInput {
    #[serde(default)]
    pub session_id: Option<String>,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub title: String,
    pub topics: Vec<TrainingTopic>,
    pub audience: TrainingAudience,
    #[serde(default)]
    pub instructor: String,
    #[serde(default)]
    pub note: String,
    /// The original session when this is a make-up (補講).
    #[serde(default)]
    pub makeup_of: Option<String>,
}

/// One person of the register as the attendance sheet of a session shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingAttendeeDto {
    pub person_id: String,
    pub name: String,
    pub department: Option<String>,
    /// A designated 特定個人情報 handler now.
    pub handler: bool,
    /// `None`: not recorded for this session.
    pub status: Option<AttendanceStatus>,
    pub comprehension: Option<u8>,
    /// For someone absent: the make-up of this session they attended (id and day).
    pub makeup_session_id: Option<String>,
    pub makeup_held_on: Option<String>,
}

/// A session with everyone's attendance (the register, 五十音順) and its make-ups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingSessionDetailDto {
    pub session: TrainingSessionDto,
    pub attendees: Vec<TrainingAttendeeDto>,
    pub makeups: Vec<TrainingSessionDto>,
    pub can_manage: bool,
}

/// One person's attendance as typed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceEntryInput {
    pub person_id: String,
    pub status: AttendanceStatus,
    /// 0–100 as typed (full-width digits accepted), or empty.
    #[serde(default)]
    pub comprehension: String,
}

/// Attendance of several people at one session; others keep what they have.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceInput {
    pub session_id: String,
    pub entries: Vec<AttendanceEntryInput>,
}

/// An attendance CSV for one session (docs/training.md).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceCsvInput {
    pub session_id: String,
    pub text: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceImportDto {
    /// Rows taken (each replaced or added one person's record).
    pub imported: u32,
    pub detail: TrainingSessionDetailDto,
}

/// A 年度: its plan, its sessions, and the years there is something for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingYearDto {
    pub fiscal_year: i32,
    /// The 年度 of today.
    pub current_fiscal_year: i32,
    /// `YYYY-MM-DD`, Japan.
    pub today: String,
    /// Every 年度 with a plan or a session, and the current one, newest first.
    pub years: Vec<i32>,
    pub plan: Option<TrainingPlanDto>,
    pub sessions: Vec<TrainingSessionDto>,
    pub can_manage: bool,
}

/// A person designated (or once designated) as a 特定個人情報 handler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MyNumberHandlerDto {
    pub person_id: String,
    pub name: String,
    pub department: Option<String>,
    pub designated_on: String,
    pub note: String,
    pub released_on: Option<String>,
    pub current: bool,
}

/// Designate a person (again), or end their designation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MyNumberHandlerInput {
    pub person_id: String,
    pub designated: bool,
    /// The day of designation or release, `YYYY-MM-DD`; empty: today.
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub note: String,
}

/// A handler on the 12-month alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingAlertDto {
    pub person_id: String,
    pub name: String,
    pub department: Option<String>,
    pub designated_on: String,
    pub reason: TrainingAlertReason,
    /// The last session on サイバー脅威と対策 attended (more than 12 months ago).
    pub last_attended: Option<String>,
    /// The last such session they were absent from.
    pub last_absent: Option<String>,
}

/// The 12-month alert as of today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingAlertListDto {
    /// `YYYY-MM-DD`.
    pub today: String,
    /// The first day that counts (the same date a year earlier).
    pub window_start: String,
    pub alerts: Vec<TrainingAlertDto>,
}

/// One session in a person's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingHistoryEntryDto {
    pub session_id: String,
    pub held_on: String,
    pub title: String,
    pub topics: Vec<TrainingTopic>,
    pub audience: TrainingAudience,
    pub makeup: bool,
    pub status: AttendanceStatus,
    pub comprehension: Option<u8>,
}

/// Every session a person attended or missed, newest first, and their standing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingHistoryDto {
    pub person_id: String,
    pub name: String,
    pub department: Option<String>,
    pub handler: Option<MyNumberHandlerDto>,
    /// On the 12-month alert now (a current handler without the training).
    pub alert: Option<TrainingAlertDto>,
    pub entries: Vec<TrainingHistoryEntryDto>,
}

/// Where to write the annual report.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveTrainingReportInput {
    pub fiscal_year: i32,
    /// Absolute path of the PDF.
    pub path: String,
    #[serde(default)]
    pub overwrite: bool,
}

/// The written report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedTrainingReportDto {
    pub path: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
}
