//! The 年次報告 to the 情報セキュリティ委員会 (issue 10): gathers a 年度's figures into the plain
//! `sonae_forms::annual_report::AnnualReport` and renders it.
//!
//! What it reads, and from where: the statistics of the real cases reported in the 年度
//! (`stats::case_times`, the same figures as the statistics screen; drill cases never counted);
//! every report or notice owed to a body outside the CISO for those cases, from the tracker
//! (`tracker::case_obligations`: due day and when it was sent); the training of the year and the
//! 12-month alert (`training::report_data`, the same as the 研修実施報告); the drills planned for
//! the 年度 with their targets met (`drills::get_drill`). It needs `Action::ViewAllCases` and
//! `Action::ViewTraining` (the CISO, 統括, CSIRT責任者, 管理者).

use crate::Ctx;
use crate::cases::invalid;
use crate::dto::*;
use crate::error::ApiError;
use sonae_core::Action;
use sonae_core::clock::{from_storage, jst_date};
use sonae_core::notification::Stage;
use sonae_core::obligations::Destination;
use sonae_core::stats::{GroupKey, Grouping, compute};
use sonae_core::training::{FISCAL_YEARS, fiscal_year_days};
use sonae_forms::annual_report::{AnnualReport, CategoryPart, DrillPart, NotificationPart, SessionPart};
use sonae_i18n::{Lang, Localizer};

fn ymd(v: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()
}

/// The report's plain data for 年度 `fiscal_year`.
pub(crate) fn annual_data(ctx: &mut Ctx<'_>, fiscal_year: i32) -> Result<AnnualReport, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    ctx.actor.require(Action::ViewTraining)?;
    if !FISCAL_YEARS.contains(&fiscal_year) {
        return Err(invalid("fiscalYear", "error-out-of-range"));
    }
    let training = crate::training::report_data(ctx, fiscal_year)?;
    let (first, last) = fiscal_year_days(fiscal_year);

    // Cases: by category, by month, the intervals — the statistics' own figures.
    let times = crate::stats::case_times(ctx)?;
    let by_category = compute(&times, Grouping::Category, Some(first), Some(last));
    let by_month = compute(&times, Grouping::Month, Some(first), Some(last));
    let median = |g: &sonae_core::stats::GroupStats, i: usize| g.intervals.get(i).and_then(|(_, s)| s.median_seconds);
    let categories = by_category
        .groups
        .iter()
        .filter_map(|g| match g.key {
            Some(GroupKey::Category(category)) => {
                Some(CategoryPart { category, count: g.count, open: g.open, median_triage: median(g, 0), median_closure: median(g, 3) })
            }
            _ => None,
        })
        .collect::<Vec<_>>();
    let months = (0..12)
        .map(|i| {
            let month = (i + 3) % 12 + 1;
            let year = if month >= 4 { fiscal_year } else { fiscal_year + 1 };
            let count = by_month.groups.iter().find(|g| g.key == Some(GroupKey::Month(year, month))).map_or(0, |g| g.count);
            (month, count)
        })
        .collect();

    // Reports and notices owed for the year's real cases (the CISO's 第一報 is in the intervals).
    let mut notifications = Vec::new();
    let mut year_cases: Vec<_> =
        times.iter().filter(|c| !c.drill && sonae_core::stats::in_period(c.reported_at, Some(first), Some(last))).collect();
    year_cases.sort_by_key(|c| c.reported_at);
    for c in year_cases {
        let id = c.case_id.to_string();
        let o = crate::tracker::case_obligations(ctx, &id)?;
        let mut receipt_no: Option<String> = None;
        for r in o.rows.into_iter().filter(|r| r.owed) {
            let Some(destination) = Destination::from_code(&r.destination) else { continue };
            if destination == Destination::Ciso {
                continue;
            }
            if receipt_no.is_none() {
                receipt_no = Some(ctx.store.case(c.case_id)?.map(|x| x.receipt_no).unwrap_or_default());
            }
            notifications.push(NotificationPart {
                receipt_no: receipt_no.clone().unwrap_or_default(),
                destination,
                stage: Stage::from(r.stage),
                due: r.due.as_deref().and_then(ymd),
                sent_on: r.sent_at.as_deref().and_then(from_storage).map(jst_date),
            });
        }
    }

    // Drills planned for the 年度, with their targets met.
    let mut drills = Vec::new();
    let mut rows = crate::list_drills(ctx)?;
    rows.retain(|d| d.fiscal_year == fiscal_year);
    rows.sort_by(|a, b| a.started_at.cmp(&b.started_at).then(a.planned_on.cmp(&b.planned_on)));
    for row in rows {
        let held_on = row.started_at.as_deref().and_then(from_storage).map(jst_date);
        let (targets_met, targets) = if held_on.is_some() {
            let d = crate::get_drill(ctx, &row.id)?;
            (d.results.iter().filter(|r| r.verdict == "met").count() as u32, d.results.len() as u32)
        } else {
            (0, 0)
        };
        let Some(kind) = sonae_core::drill::DrillKind::from_code(&row.kind) else { continue };
        drills.push(DrillPart { name: row.name, kind, held_on, targets_met, targets });
    }

    let as_of = training.as_of;
    Ok(AnnualReport {
        org: training.org,
        fiscal_year,
        as_of,
        issued_at: training.issued_at,
        ciso: training.ciso,
        sender: training.sender,
        sender_department: training.sender_department,
        total: by_category.total.count,
        open: by_category.total.open,
        drills_left_out: by_category.drills_left_out,
        by_category: categories,
        by_month: months,
        intervals: by_category.total.intervals.clone(),
        notifications,
        sessions: training
            .sessions
            .iter()
            .filter(|s| s.held_on <= as_of)
            .map(|s| SessionPart { held_on: s.held_on, title: s.title.clone(), attended: s.stats.attended, absent: s.stats.absent })
            .collect(),
        training_alerts: training.alerts.len() as u32,
        drills,
    })
}

/// The 年次報告 of 年度 `fiscal_year` as PDF bytes (a letter to the CISO and the committee).
pub fn annual_report_pdf(ctx: &mut Ctx<'_>, fiscal_year: i32) -> Result<Vec<u8>, ApiError> {
    let data = annual_data(ctx, fiscal_year)?;
    let l10n = Localizer::shared(Lang::Ja);
    let doc = sonae_forms::annual_report::annual_report(l10n, &data);
    let fonts = sonae_forms::Fonts::shared(None).map_err(crate::forms::font_error)?;
    Ok(sonae_forms::render(&doc, &fonts, l10n, data.issued_at.timestamp()).bytes)
}

/// Renders the 年次報告 and writes it to `path` (absolute; an existing file only with
/// `overwrite`), through a temporary file beside it — as the 研修実施報告 is saved.
pub fn save_annual_report(ctx: &mut Ctx<'_>, input: SaveAnnualReportInput) -> Result<SavedFileDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let p = crate::forms::target(&input.path, input.overwrite)?;
    let bytes = annual_report_pdf(ctx, input.fiscal_year)?;
    crate::forms::write_bytes(&p, &bytes)?;
    Ok(SavedFileDto { path: p.display().to_string(), sha256: sonae_core::casework::sha256_hex(&bytes), size: bytes.len() as u64 })
}
