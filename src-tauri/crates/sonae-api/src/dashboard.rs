//! The dashboard (issue 10): the home screen of the CSIRT roles and the CISO.
//!
//! Everything is counted over real cases (drill cases never show) with aggregate queries
//! (`sonae_store::stats`), never by loading every case, so it stays fast at 100,000 cases:
//!
//! - open cases by state and by 重要度;
//! - deadlines: the very rows of the deadlines view (`tracker::deadlines`), counted as overdue
//!   (the day has passed), due today, and due in the six days after today (with today, a week) —
//!   Japan days;
//! - what waits on the CISO: open cases judged an incident whose 第一報 is not recorded, and
//!   decisions proposed at a 緊急対策会議 (which the CISO convenes, 004 第6条) that nobody has
//!   decided yet. Decisions proposed outside a meeting are the CSIRT's own approvals and are not
//!   counted. The list shows the oldest [`CISO_LIST_LIMIT`]; the count is of all;
//! - the next drill: the drill planned and not started with the earliest planned day (then
//!   undated ones, in the order they were planned), overdue once that day has passed;
//! - people overdue for training: the 12-month alert of `training` (only for those who may see
//!   training records, `Action::ViewTraining`; for others the figure is absent, not zero).

use crate::Ctx;
use crate::dto::*;
use crate::error::ApiError;
use crate::tracker::{open_deadline_rows, today};
use chrono::Duration;
use sonae_core::clock::to_storage;
use sonae_core::{Action, CaseState, Severity};
use sonae_store::CisoWait;

/// How many things waiting on the CISO the dashboard lists (all are counted).
pub const CISO_LIST_LIMIT: usize = 10;

/// The dashboard, for those who see every case (`Action::ViewAllCases`: the CSIRT roles, the
/// CISO, 管理者).
pub fn dashboard(ctx: &mut Ctx<'_>) -> Result<DashboardDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let today = today(ctx.clock.now());

    let counts = ctx.store.open_case_counts()?;
    let open_by_state = CaseState::ALL
        .iter()
        .filter(|s| s.is_open())
        .map(|&s| DashboardStateDto { state: s.into(), count: counts.iter().filter(|c| c.0 == s).map(|c| c.2).sum() })
        .collect();
    let severities: Vec<Option<Severity>> = Severity::ALL.iter().rev().map(|&s| Some(s)).chain([None]).collect();
    let open_by_severity = severities
        .into_iter()
        .map(|s| DashboardSeverityDto { severity: s.map(Into::into), count: counts.iter().filter(|c| c.1 == s).map(|c| c.2).sum() })
        .collect();

    let mut deadlines = DeadlineCountsDto::default();
    for row in open_deadline_rows(ctx)? {
        let Some(due) = row.row.due.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) else { continue };
        if due < today {
            deadlines.overdue += 1;
        } else if due == today {
            deadlines.due_today += 1;
        } else if due <= today + Duration::days(6) {
            deadlines.due_this_week += 1;
        }
    }

    let waiting = ctx.store.ciso_waiting()?;
    let ciso_waiting = waiting
        .iter()
        .take(CISO_LIST_LIMIT)
        .map(|w| CisoWaitDto {
            case_id: w.case_id.to_string(),
            receipt_no: w.receipt_no.clone(),
            title: w.title.clone(),
            reason: match w.reason {
                CisoWait::FirstReport => CisoWaitReason::FirstReport,
                CisoWait::MeetingDecision => CisoWaitReason::MeetingDecision,
            },
            since: to_storage(w.since),
        })
        .collect();

    let (next, planned) = ctx.store.next_planned_drill()?;
    let next_drill = next.map(|d| NextDrillDto {
        id: d.id.to_string(),
        name: d.name,
        fiscal_year: d.fiscal_year,
        overdue: d.planned_on.is_some_and(|p| p < today),
        planned_on: d.planned_on.map(|p| p.format("%Y-%m-%d").to_string()),
    });

    let training_overdue =
        if ctx.actor.may(Action::ViewTraining) { Some(crate::training::training_alert(ctx)?.alerts.len() as u32) } else { None };

    Ok(DashboardDto {
        today: today.format("%Y-%m-%d").to_string(),
        open_total: counts.iter().map(|c| c.2).sum(),
        open_by_state,
        open_by_severity,
        deadlines,
        ciso_waiting,
        ciso_waiting_count: waiting.len() as u32,
        next_drill,
        drills_planned: planned as u32,
        training_overdue,
    })
}
