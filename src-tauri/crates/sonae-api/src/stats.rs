//! Statistics of real cases (issue 10): counts and the median and mean time from the report to
//! triage, the CISO's 第一報, containment and closure, grouped by category, department, 重要度,
//! month or 年度, as a DTO and as a CSV for Excel.
//!
//! The rules (drill cases never counted, how medians of even counts and cases that have not
//! reached a milestone are treated) are `sonae_core::stats`'. The instants are measured from the
//! case's own records exactly as drills are measured (`drills::milestones_in_history` over the
//! audit history of the case row; the first containment task done), plus closure: the entry that
//! last moved the case from an open state to 完了 or 非該当, for a case that is ended now (a
//! reopened case is not closed). Everything is read in bulk — one query for the cases, one for
//! the audit history of every real case row, one for the containment tasks — never per case.

use crate::Ctx;
use crate::drills::milestones_in_history;
use crate::dto::*;
use crate::error::{ApiError, ErrorCode};
use chrono::NaiveDate;
use sonae_core::drill::Milestone;
use sonae_core::stats::{CaseTimes, GroupKey, GroupStats, Grouping, Interval, Statistics, compute};
use sonae_core::{Action, CaseState, Timestamp};
use sonae_i18n::{Lang, Localizer};
use std::path::Path;

fn day(field: &str, v: Option<&str>) -> Result<Option<NaiveDate>, ApiError> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d").map(Some).map_err(|_| period_error(field, "error-date-format")),
    }
}

fn period_error(field: &str, message_id: &str) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, message_id).arg("fieldId", format!("field-stats-{field}"));
    e.field = Some(field.to_owned());
    e
}

/// Closure: when the case last went from open to ended, if it is ended now.
fn closed_at(history: &[(Timestamp, Option<String>)]) -> Option<Timestamp> {
    let mut closed = None;
    let mut was_ended = false;
    for (at, json) in history {
        let Some(state) = json
            .as_deref()
            .and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok())
            .and_then(|v| v.get("state").and_then(|s| s.as_str()).and_then(CaseState::from_code))
        else {
            continue;
        };
        let ended = !state.is_open();
        if ended && !was_ended {
            closed = Some(*at);
        } else if !ended {
            closed = None;
        }
        was_ended = ended;
    }
    closed
}

/// Every case with the instants it reached each milestone (drill cases are marked and measured
/// from nothing: `compute` leaves them out).
pub(crate) fn case_times(ctx: &Ctx<'_>) -> Result<Vec<CaseTimes>, ApiError> {
    let cases = ctx.store.stats_cases()?;
    let histories = ctx.store.real_case_histories()?;
    let contained = ctx.store.containment_done()?;
    let empty = Vec::new();
    Ok(cases
        .into_iter()
        .map(|c| {
            let history = histories.get(&c.case_id).unwrap_or(&empty);
            let reached = milestones_in_history(history);
            let first = |m: Milestone| reached.iter().filter(|(x, _)| *x == m).map(|(_, at)| *at).min();
            CaseTimes {
                case_id: c.case_id,
                drill: c.drill,
                category: c.category,
                severity: c.severity,
                state: c.state,
                department: c.department,
                reported_at: c.created_at,
                triaged_at: first(Milestone::CsirtAcknowledged),
                ciso_informed_at: first(Milestone::CisoInformed),
                contained_at: contained.get(&c.case_id).and_then(|v| v.iter().min().copied()),
                closed_at: if c.state.is_open() { None } else { closed_at(history) },
            }
        })
        .collect())
}

/// The label of a group as a Japanese document says it.
struct Labels {
    l10n: &'static Localizer,
    departments: Vec<(String, String)>,
    severities: Vec<(sonae_core::Severity, String)>,
}

impl Labels {
    fn load(ctx: &mut Ctx<'_>, lang: Lang) -> Result<Labels, ApiError> {
        let departments = ctx.store.departments()?.into_iter().map(|d| (d.id.to_string(), d.name)).collect();
        let severities = sonae_core::Severity::ALL
            .iter()
            .map(|s| Ok((*s, ctx.store.setting(&format!("severity-label:{}", s.as_code()))?.unwrap_or_default())))
            .collect::<Result<_, ApiError>>()?;
        Ok(Labels { l10n: Localizer::shared(lang), departments, severities })
    }

    fn key_and_label(&self, key: Option<GroupKey>) -> (String, String) {
        let msg = |id: &str| self.l10n.msg(id, &[]);
        match key {
            None => (String::new(), msg("stats-total")),
            Some(GroupKey::Category(c)) => (c.as_code().to_owned(), msg(&format!("category-{}", c.as_code().replace('_', "-")))),
            Some(GroupKey::Department(None)) => (String::new(), msg("stats-department-none")),
            Some(GroupKey::Department(Some(d))) => {
                let id = d.to_string();
                let name = self.departments.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()).unwrap_or_else(|| id.clone());
                (id, name)
            }
            Some(GroupKey::Severity(None)) => (String::new(), msg("stats-severity-none")),
            Some(GroupKey::Severity(Some(s))) => {
                let own = self.severities.iter().find(|(x, _)| *x == s).map(|(_, l)| l.clone()).filter(|l| !l.is_empty());
                (s.as_code().to_owned(), own.unwrap_or_else(|| msg(&format!("severity-{}", s.as_code()))))
            }
            Some(GroupKey::Month(y, m)) => {
                let era = NaiveDate::from_ymd_opt(y, m, 1).and_then(sonae_core::wareki::Wareki::from_date);
                let year = era.map_or_else(|| format!("{y}年"), |w| w.year_text());
                (format!("{y:04}-{m:02}"), self.l10n.msg("stats-month", &[("year", &year), ("month", &m.to_string())]))
            }
            Some(GroupKey::FiscalYear(y)) => (y.to_string(), sonae_forms::common::wareki_fiscal_year(self.l10n, y)),
        }
    }

    fn group(&self, g: &GroupStats) -> StatsGroupDto {
        let (key, label) = self.key_and_label(g.key);
        StatsGroupDto {
            key,
            label,
            count: g.count,
            open: g.open,
            intervals: g
                .intervals
                .iter()
                .map(|(i, s)| IntervalStatsDto {
                    interval: (*i).into(),
                    reached: s.reached,
                    not_yet: s.not_yet,
                    median_seconds: s.median_seconds,
                    mean_seconds: s.mean_seconds,
                })
                .collect(),
        }
    }
}

fn computed(ctx: &mut Ctx<'_>, query: &StatsQuery) -> Result<(Statistics, Option<NaiveDate>, Option<NaiveDate>), ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let from = day("from", query.from.as_deref())?;
    let to = day("to", query.to.as_deref())?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(period_error("to", "error-stats-period-order"));
    }
    let by: Grouping = query.group_by.into();
    Ok((compute(&case_times(ctx)?, by, from, to), from, to))
}

/// Statistics of real cases reported in the period, grouped as asked (`Action::ViewAllCases`:
/// the CSIRT roles, the CISO, 管理者). Group labels are in Japanese, as documents say them.
pub fn statistics(ctx: &mut Ctx<'_>, query: StatsQuery) -> Result<StatisticsDto, ApiError> {
    let (s, from, to) = computed(ctx, &query)?;
    let labels = Labels::load(ctx, Lang::Ja)?;
    let ymd = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    Ok(StatisticsDto {
        group_by: s.by.into(),
        from: from.map(ymd),
        to: to.map(ymd),
        groups: {
            let mut groups: Vec<StatsGroupDto> = s.groups.iter().map(|g| labels.group(g)).collect();
            if s.by == Grouping::Department {
                // The organization's order of departments (the one its lists use), "none" last.
                let rank = |k: &str| labels.departments.iter().position(|(id, _)| id == k).unwrap_or(usize::MAX);
                groups.sort_by_key(|g| rank(&g.key));
            }
            groups
        },
        total: labels.group(&s.total),
        drills_left_out: s.drills_left_out,
    })
}

fn minutes(seconds: Option<i64>) -> String {
    seconds.map(|s| format!("{:.1}", s as f64 / 60.0)).unwrap_or_default()
}

/// The statistics as CSV: UTF-8 with a BOM (so Excel reads Japanese), CRLF, a header row of
/// Fluent labels, one row per group and the total last. Durations are minutes with one decimal;
/// an interval no case reached is empty.
pub fn statistics_csv(ctx: &mut Ctx<'_>, query: StatsQuery, lang: Lang) -> Result<String, ApiError> {
    let (s, ..) = computed(ctx, &query)?;
    let labels = Labels::load(ctx, lang)?;
    let l10n = &labels.l10n;
    let write_err = |_| ApiError::new(ErrorCode::Internal, "error-internal");
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(vec![0xEF, 0xBB, 0xBF]);
    let mut header = vec![l10n.msg(&format!("stats-group-{}", s.by.as_code().replace('_', "-")), &[])];
    header.push(l10n.msg("stats-csv-count", &[]));
    header.push(l10n.msg("stats-csv-open", &[]));
    for i in Interval::ALL {
        let name = l10n.msg(&format!("stats-interval-{}", i.as_code()), &[]);
        for col in ["reached", "not-yet", "median", "mean"] {
            header.push(l10n.msg(&format!("stats-csv-{col}"), &[("interval", &name)]));
        }
    }
    w.write_record(&header).map_err(write_err)?;
    for g in s.groups.iter().chain([&s.total]) {
        let (_, label) = labels.key_and_label(g.key);
        let mut row = vec![label, g.count.to_string(), g.open.to_string()];
        for (_, st) in &g.intervals {
            row.extend([st.reached.to_string(), st.not_yet.to_string(), minutes(st.median_seconds), minutes(st.mean_seconds)]);
        }
        w.write_record(&row).map_err(write_err)?;
    }
    let bytes = w.into_inner().map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))?;
    String::from_utf8(bytes).map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))
}

/// Writes the statistics CSV to `<dir>/exports/toukei-<UTC stamp>.csv` (like the 緊急連絡網 CSV).
pub fn export_statistics_csv(ctx: &mut Ctx<'_>, dir: &Path, query: StatsQuery, lang: Lang) -> Result<ExportDto, ApiError> {
    let text = statistics_csv(ctx, query, lang)?;
    let path = crate::org::write_export(dir, "toukei", ctx.clock.now(), &text)?;
    Ok(ExportDto { path: path.display().to_string() })
}
