//! 年次報告: the annual report on information-security incidents to the CISO and the
//! 情報セキュリティ委員会 (000 §5.2(2)⑦ and §5.3; regulatory.md §1 "annual statistics", §7).
//!
//! A letter from the 統括情報セキュリティ責任者, its items: incidents of the 年度 by category (a
//! table and a bar chart) and by month (April to March, a table and a bar chart) — real cases
//! only, drill cases never counted —; the time from the report to each stage (median, mean,
//! reached, not yet); the reports and notices made to outside bodies and whether each was on time
//! (sent on or before its due day; one not sent is 未送付, and 期限超過 once its day has passed);
//! the training of the year (sessions, attendance, the 12-month alert); the drills of the year
//! with their targets met.
//!
//! It takes plain data ([`AnnualReport`], gathered by the API), never a database; its words are
//! `forms-annual-*` in `stats.ftl` and the shared enum labels.

use crate::common::{addressed, doc_number, wareki_date, wareki_day, wareki_fiscal_year};
use crate::model::{BarChart, Block, Column, Document, Item, Letterhead, Style, Table};
use crate::training_report::Signatory;
use chrono::NaiveDate;
use sonae_core::drill::DrillKind;
use sonae_core::notification::Stage;
use sonae_core::obligations::Destination;
use sonae_core::stats::{Interval, IntervalStats};
use sonae_core::{Category, Department, Organization, Timestamp};
use sonae_i18n::Localizer;

/// One category's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryPart {
    pub category: Category,
    pub count: u32,
    pub open: u32,
    /// Median seconds from the report to triage and to closure.
    pub median_triage: Option<i64>,
    pub median_closure: Option<i64>,
}

/// One report or notice owed to an outside body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationPart {
    pub receipt_no: String,
    pub destination: Destination,
    pub stage: Stage,
    pub due: Option<NaiveDate>,
    /// The Japan day it was sent, if it was.
    pub sent_on: Option<NaiveDate>,
}

/// One training session of the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionPart {
    pub held_on: NaiveDate,
    pub title: String,
    pub attended: u32,
    pub absent: u32,
}

/// One drill of the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillPart {
    pub name: String,
    pub kind: DrillKind,
    /// The Japan day it was held; None when not held (yet).
    pub held_on: Option<NaiveDate>,
    /// Targets met and targets measured.
    pub targets_met: u32,
    pub targets: u32,
}

/// Everything the report says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnualReport {
    pub org: Organization,
    pub fiscal_year: i32,
    /// The day the figures are as of (the day of issue, or the year's last day).
    pub as_of: NaiveDate,
    pub issued_at: Timestamp,
    pub ciso: Option<Signatory>,
    pub sender: Option<Signatory>,
    pub sender_department: Option<Department>,
    /// Real cases reported in the year, and of them still open.
    pub total: u32,
    pub open: u32,
    /// Drill cases of the year (not counted).
    pub drills_left_out: u32,
    /// Categories with at least one case, in the taxonomy's order.
    pub by_category: Vec<CategoryPart>,
    /// Cases per month, April first (twelve entries: (month, count)).
    pub by_month: Vec<(u32, u32)>,
    /// The whole year's intervals.
    pub intervals: Vec<(Interval, IntervalStats)>,
    pub notifications: Vec<NotificationPart>,
    /// Sessions held in the year up to `as_of`, in order.
    pub sessions: Vec<SessionPart>,
    /// People on the 12-month alert on `as_of`.
    pub training_alerts: u32,
    pub drills: Vec<DrillPart>,
}

fn kebab(code: &str) -> String {
    code.replace('_', "-")
}

/// `3時間5分`, `45分`, `2日3時間`; the none mark for None.
fn duration(l10n: &Localizer, seconds: Option<i64>) -> String {
    let Some(s) = seconds else { return l10n.msg("forms-annual-none-mark", &[]) };
    let minutes = s / 60;
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let n = |v: i64| v.to_string();
    if days > 0 {
        l10n.msg("forms-annual-days-hours", &[("days", &n(days)), ("hours", &n(hours))])
    } else if hours > 0 {
        l10n.msg("forms-annual-hours-minutes", &[("hours", &n(hours)), ("minutes", &n(mins))])
    } else {
        l10n.msg("forms-annual-minutes", &[("minutes", &n(mins))])
    }
}

fn columns(l10n: &Localizer, spec: &[(&str, u16)]) -> Vec<Column> {
    spec.iter().map(|(id, weight)| Column { header: l10n.msg(id, &[]), weight: *weight }).collect()
}

fn month_label(l10n: &Localizer, month: u32) -> String {
    l10n.msg("forms-annual-month", &[("month", &month.to_string())])
}

/// A day of the report's 年度 as `11月16日` (the 年度 says which year), any other in full 和暦.
fn in_year(l10n: &Localizer, r: &AnnualReport, d: NaiveDate) -> String {
    use chrono::Datelike;
    if sonae_core::training::fiscal_year_of(d) == r.fiscal_year {
        l10n.msg("forms-training-month-day", &[("month", &d.month().to_string()), ("day", &d.day().to_string())])
    } else {
        wareki_day(d)
    }
}

/// Whether a report or notice was on time, in words.
pub fn timeliness(l10n: &Localizer, n: &NotificationPart, as_of: NaiveDate) -> String {
    let m = |id: &str| l10n.msg(id, &[]);
    match (n.sent_on, n.due) {
        (Some(sent), Some(due)) if sent <= due => m("forms-annual-on-time"),
        (Some(sent), Some(due)) => l10n.msg("forms-annual-late", &[("days", &(sent - due).num_days().to_string())]),
        (Some(_), None) => m("forms-annual-sent"),
        (None, Some(due)) if as_of > due => m("forms-annual-not-sent-overdue"),
        (None, _) => m("forms-annual-not-sent"),
    }
}

/// The 年次報告 as a [`Document`].
pub fn annual_report(l10n: &Localizer, r: &AnnualReport) -> Document {
    let m = |id: &str| l10n.msg(id, &[]);
    let fy = wareki_fiscal_year(l10n, r.fiscal_year);
    let addressee = vec![
        match &r.ciso {
            Some(p) => l10n.msg(
                "forms-person-honorific",
                &[("title", &r.org.ciso_title), ("name", &p.name), ("honorific", &crate::common::honorific(l10n, &r.org))],
            ),
            None => addressed(l10n, &r.org, &r.org.ciso_title),
        },
        addressed(l10n, &r.org, &m("forms-training-addressee-committee")),
    ];
    let sender = match &r.sender {
        Some(p) => vec![m("forms-training-sender-role"), l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])],
        None => vec![l10n.msg("forms-training-sender-org", &[("org", &r.org.name)])],
    };
    let as_of = wareki_day(r.as_of);
    Document {
        title: l10n.msg("forms-annual-title", &[("fiscalYear", &fy)]),
        style: Style::Letter,
        unnumbered: 0,
        drill: false,
        running_head: None,
        letterhead: Letterhead {
            doc_number: doc_number(&r.org, r.sender_department.as_ref(), r.issued_at),
            date: wareki_date(r.issued_at),
            addressee,
            sender,
        },
        subject: l10n.msg("forms-annual-subject", &[("fiscalYear", &fy)]),
        kind_marks: Vec::new(),
        preamble: vec![l10n.msg("forms-annual-preamble", &[("fiscalYear", &fy), ("asOf", &as_of)])],
        items: vec![
            category_item(l10n, r),
            month_item(l10n, r),
            interval_item(l10n, r),
            notification_item(l10n, r),
            training_item(l10n, r),
            drill_item(l10n, r),
        ],
        contact: Vec::new(),
    }
}

fn category_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let n = |v: u32| v.to_string();
    let mut blocks = vec![Block::Paragraph(
        l10n.msg("forms-annual-total", &[("total", &n(r.total)), ("open", &n(r.open)), ("drills", &n(r.drills_left_out))]),
    )];
    if r.by_category.is_empty() {
        blocks.push(Block::Paragraph(m("forms-annual-no-cases")));
    } else {
        let label = |c: Category| l10n.msg(&format!("category-{}", kebab(c.as_code())), &[]);
        let mut rows: Vec<Vec<String>> = r
            .by_category
            .iter()
            .map(|c| vec![label(c.category), n(c.count), n(c.open), duration(l10n, c.median_triage), duration(l10n, c.median_closure)])
            .collect();
        rows.push(vec![m("forms-annual-total-row"), n(r.total), n(r.open), String::new(), String::new()]);
        blocks.push(Block::Table(Table {
            columns: columns(
                l10n,
                &[
                    ("forms-annual-column-category", 40),
                    ("forms-annual-column-count", 12),
                    ("forms-annual-column-open", 14),
                    ("forms-annual-column-median-triage", 17),
                    ("forms-annual-column-median-closure", 17),
                ],
            ),
            rows,
        }));
        blocks.push(Block::BarChart(BarChart {
            bars: r.by_category.iter().map(|c| (label(c.category), c.count)).collect(),
            unit: m("forms-annual-unit-cases"),
        }));
    }
    Item { heading: m("forms-annual-item-category"), blocks }
}

fn month_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    // Two rows of six months: 4月…9月, 10月…3月.
    let half = |months: &[(u32, u32)]| -> (Vec<Column>, Vec<String>) {
        let cols = months.iter().map(|(mo, _)| Column { header: month_label(l10n, *mo), weight: 1 }).collect();
        (cols, months.iter().map(|(_, c)| c.to_string()).collect())
    };
    let mut blocks = Vec::new();
    for part in r.by_month.chunks(6) {
        let (columns, row) = half(part);
        blocks.push(Block::Table(Table { columns, rows: vec![row] }));
    }
    blocks.push(Block::BarChart(BarChart {
        bars: r.by_month.iter().map(|(mo, c)| (month_label(l10n, *mo), *c)).collect(),
        unit: m("forms-annual-unit-cases"),
    }));
    Item { heading: m("forms-annual-item-month"), blocks }
}

fn interval_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let rows = r
        .intervals
        .iter()
        .map(|(i, s)| {
            vec![
                l10n.msg(&format!("stats-interval-{}", i.as_code()), &[]),
                s.reached.to_string(),
                duration(l10n, s.median_seconds),
                duration(l10n, s.mean_seconds),
                s.not_yet.to_string(),
            ]
        })
        .collect();
    let blocks = vec![
        Block::Table(Table {
            columns: columns(
                l10n,
                &[
                    ("forms-annual-column-interval", 40),
                    ("forms-annual-column-reached", 14),
                    ("forms-annual-column-median", 16),
                    ("forms-annual-column-mean", 16),
                    ("forms-annual-column-not-yet", 14),
                ],
            ),
            rows,
        }),
        Block::Paragraph(m("forms-annual-interval-note")),
    ];
    Item { heading: m("forms-annual-item-interval"), blocks }
}

fn notification_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    if r.notifications.is_empty() {
        return Item { heading: m("forms-annual-item-notification"), blocks: vec![Block::Paragraph(m("forms-annual-no-notifications"))] };
    }
    let on_time = r.notifications.iter().filter(|n| matches!((n.sent_on, n.due), (Some(s), Some(d)) if s <= d)).count();
    let sent = r.notifications.iter().filter(|n| n.sent_on.is_some()).count();
    let dash = m("forms-annual-none-mark");
    let rows = r
        .notifications
        .iter()
        .map(|n| {
            vec![
                n.receipt_no.clone(),
                l10n.msg(&format!("destination-{}", n.destination.as_code()), &[]),
                l10n.msg(&format!("notification-stage-{}", n.stage.as_code()), &[]),
                n.due.map_or_else(|| dash.clone(), |d| in_year(l10n, r, d)),
                n.sent_on.map_or_else(|| dash.clone(), |d| in_year(l10n, r, d)),
                timeliness(l10n, n, r.as_of),
            ]
        })
        .collect();
    let blocks = vec![
        Block::Paragraph(l10n.msg(
            "forms-annual-notification-summary",
            &[("owed", &r.notifications.len().to_string()), ("sent", &sent.to_string()), ("onTime", &on_time.to_string())],
        )),
        Block::Table(Table {
            columns: columns(
                l10n,
                &[
                    ("forms-annual-column-receipt", 14),
                    ("forms-annual-column-destination", 24),
                    ("forms-annual-column-stage", 13),
                    ("forms-annual-column-due", 14),
                    ("forms-annual-column-sent", 14),
                    ("forms-annual-column-timeliness", 21),
                ],
            ),
            rows,
        }),
    ];
    Item { heading: m("forms-annual-item-notification"), blocks }
}

fn training_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let attended: u32 = r.sessions.iter().map(|s| s.attended).sum();
    let recorded: u32 = r.sessions.iter().map(|s| s.attended + s.absent).sum();
    let mut blocks = vec![Block::Paragraph(l10n.msg(
        "forms-annual-training-summary",
        &[
            ("sessions", &r.sessions.len().to_string()),
            ("attended", &attended.to_string()),
            ("recorded", &recorded.to_string()),
            ("alerts", &r.training_alerts.to_string()),
        ],
    ))];
    if !r.sessions.is_empty() {
        let rows = r
            .sessions
            .iter()
            .map(|s| {
                vec![
                    wareki_day(s.held_on),
                    s.title.clone(),
                    l10n.msg(
                        "forms-training-attended-of",
                        &[("attended", &s.attended.to_string()), ("recorded", &(s.attended + s.absent).to_string())],
                    ),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            columns: columns(
                l10n,
                &[("forms-training-column-date", 24), ("forms-training-column-title", 52), ("forms-training-column-attended", 24)],
            ),
            rows,
        }));
    }
    blocks.push(Block::Paragraph(m("forms-annual-training-note")));
    Item { heading: m("forms-annual-item-training"), blocks }
}

fn drill_item(l10n: &Localizer, r: &AnnualReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    if r.drills.is_empty() {
        return Item { heading: m("forms-annual-item-drill"), blocks: vec![Block::Paragraph(m("forms-annual-no-drills"))] };
    }
    let held = r.drills.iter().filter(|d| d.held_on.is_some()).count();
    let dash = m("forms-annual-none-mark");
    let rows = r
        .drills
        .iter()
        .map(|d| {
            vec![
                d.held_on.map_or_else(|| m("forms-annual-drill-not-held"), wareki_day),
                d.name.clone(),
                l10n.msg(&format!("drill-kind-{}", kebab(d.kind.as_code())), &[]),
                if d.targets == 0 {
                    dash.clone()
                } else {
                    l10n.msg("forms-annual-targets-met", &[("met", &d.targets_met.to_string()), ("targets", &d.targets.to_string())])
                },
            ]
        })
        .collect();
    let blocks = vec![
        Block::Paragraph(l10n.msg("forms-annual-drill-summary", &[("planned", &r.drills.len().to_string()), ("held", &held.to_string())])),
        Block::Table(Table {
            columns: columns(
                l10n,
                &[
                    ("forms-annual-column-drill-day", 19),
                    ("forms-annual-column-drill-name", 41),
                    ("forms-annual-column-drill-kind", 16),
                    ("forms-annual-column-targets", 24),
                ],
            ),
            rows,
        }),
    ];
    Item { heading: m("forms-annual-item-drill"), blocks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use sonae_core::{OrgKind, OrganizationId, SequentialIds};
    use sonae_i18n::Lang;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn timeliness_says_on_time_late_and_overdue() {
        let l10n = Localizer::new(Lang::Ja);
        let n = |sent, due| NotificationPart {
            receipt_no: "2026-0001".into(),
            destination: Destination::Ppc,
            stage: Stage::Preliminary,
            due: Some(due),
            sent_on: sent,
        };
        let as_of = day(2026, 11, 24);
        assert_eq!(timeliness(&l10n, &n(Some(day(2026, 11, 20)), day(2026, 11, 20)), as_of), "期限内");
        assert_eq!(timeliness(&l10n, &n(Some(day(2026, 11, 22)), day(2026, 11, 20)), as_of), "期限超過（2日）");
        assert_eq!(timeliness(&l10n, &n(None, day(2026, 11, 23)), as_of), "未送付（期限超過）");
        assert_eq!(timeliness(&l10n, &n(None, day(2026, 11, 24)), as_of), "未送付");
    }

    #[test]
    fn durations_read_as_days_hours_or_minutes() {
        let l10n = Localizer::new(Lang::Ja);
        assert_eq!(duration(&l10n, Some(90 * 60)), "1時間30分");
        assert_eq!(duration(&l10n, Some(45 * 60 + 59)), "45分");
        assert_eq!(duration(&l10n, Some((2 * 1440 + 3 * 60) * 60)), "2日3時間");
        assert_eq!(duration(&l10n, None), "－");
        let ids = SequentialIds::new();
        let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
        let r = AnnualReport {
            org,
            fiscal_year: 2026,
            as_of: day(2026, 11, 24),
            issued_at: Utc.with_ymd_and_hms(2026, 11, 24, 0, 0, 0).unwrap(),
            ciso: None,
            sender: None,
            sender_department: None,
            total: 0,
            open: 0,
            drills_left_out: 0,
            by_category: Vec::new(),
            by_month: (0..12).map(|i| ((i + 3) % 12 + 1, 0)).collect(),
            intervals: Vec::new(),
            notifications: Vec::new(),
            sessions: Vec::new(),
            training_alerts: 0,
            drills: Vec::new(),
        };
        let doc = annual_report(&l10n, &r);
        assert_eq!(doc.subject, "令和8年度情報セキュリティインシデント等の状況について（報告）");
        assert_eq!(doc.items.len(), 6);
        assert_eq!(doc.items[0].blocks[1], Block::Paragraph("該当する事案はありません。".into()));
    }
}
