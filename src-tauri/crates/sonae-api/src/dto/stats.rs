//! Transport types of the dashboard, the statistics and the annual report (issue 10). Days are
//! `YYYY-MM-DD` (Japan); durations are whole seconds.

use super::{CaseState, Severity};
use crate::mirror_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mirror_enum!(
    /// How statistics are grouped.
    StatsGrouping => sonae_core::stats::Grouping { Category, Department, Severity, Month, FiscalYear }
);
mirror_enum!(
    /// A measured interval, from the report to a milestone.
    StatsInterval => sonae_core::stats::Interval { Triage, Ciso, Containment, Closure }
);

/// Open real cases in one state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardStateDto {
    pub state: CaseState,
    #[ts(type = "number")]
    pub count: i64,
}

/// Open real cases of one 重要度 (None: not set yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardSeverityDto {
    pub severity: Option<Severity>,
    #[ts(type = "number")]
    pub count: i64,
}

/// Open, owed submissions of real cases by when they are due (Japan days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineCountsDto {
    /// The day has passed.
    pub overdue: u32,
    /// Due today.
    pub due_today: u32,
    /// Due in the six days after today (today and these make a week).
    pub due_this_week: u32,
}

/// Why something waits on the CISO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CisoWaitReason {
    /// Judged an incident; the 第一報 to the CISO is not recorded.
    FirstReport,
    /// A decision proposed at a 緊急対策会議 is not decided.
    MeetingDecision,
}

/// One thing waiting on the CISO.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CisoWaitDto {
    pub case_id: String,
    pub receipt_no: String,
    pub title: String,
    pub reason: CisoWaitReason,
    /// RFC 3339: the case's report, or the decision's proposal.
    pub since: String,
}

/// The next drill planned and not started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextDrillDto {
    pub id: String,
    pub name: String,
    pub fiscal_year: i32,
    pub planned_on: Option<String>,
    /// Its planned day has passed and it was not started.
    pub overdue: bool,
}

/// The dashboard of the CSIRT roles and the CISO.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardDto {
    /// Japan's today.
    pub today: String,
    #[ts(type = "number")]
    pub open_total: i64,
    /// Every open state, in workflow order (zero counts included).
    pub open_by_state: Vec<DashboardStateDto>,
    /// Most severe first, then cases with no 重要度 yet (zero counts included).
    pub open_by_severity: Vec<DashboardSeverityDto>,
    pub deadlines: DeadlineCountsDto,
    /// The oldest first, at most [`crate::dashboard::CISO_LIST_LIMIT`].
    pub ciso_waiting: Vec<CisoWaitDto>,
    pub ciso_waiting_count: u32,
    pub next_drill: Option<NextDrillDto>,
    pub drills_planned: u32,
    /// People on the 12-month training alert; None for a user who may not see training records.
    pub training_overdue: Option<u32>,
}

/// What to count: a period of report days (both optional) and the grouping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatsQuery {
    /// `YYYY-MM-DD`, or empty / absent for no lower bound.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    pub group_by: StatsGrouping,
}

/// One interval over a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntervalStatsDto {
    pub interval: StatsInterval,
    /// Cases that reached the milestone (the median and mean are over these).
    pub reached: u32,
    /// Cases that have not reached it.
    pub not_yet: u32,
    #[ts(type = "number | null")]
    pub median_seconds: Option<i64>,
    #[ts(type = "number | null")]
    pub mean_seconds: Option<i64>,
}

/// One group's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatsGroupDto {
    /// The group: a category or severity code, a department id, `YYYY-MM`, a 年度 `YYYY`; empty
    /// for "none" (no department, no 重要度) and for the total.
    pub key: String,
    /// The group as a Japanese document says it (部署名, 令和8年4月, 令和8年度, 分類名 …).
    pub label: String,
    pub count: u32,
    pub open: u32,
    pub intervals: Vec<IntervalStatsDto>,
}

/// Statistics of real cases (drill cases are never counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatisticsDto {
    pub group_by: StatsGrouping,
    pub from: Option<String>,
    pub to: Option<String>,
    pub groups: Vec<StatsGroupDto>,
    pub total: StatsGroupDto,
    /// Drill cases in the period, left out.
    pub drills_left_out: u32,
}

/// Saving the 年次報告 of a 年度.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveAnnualReportInput {
    pub fiscal_year: i32,
    /// Where to write the PDF (absolute).
    pub path: String,
    /// Replace an existing file.
    #[serde(default)]
    pub overwrite: bool,
}
