//! 研修実施報告: the annual report on information-security training to the CISO and the
//! 情報セキュリティ委員会 (000 §5.2(2)⑥⑦; 004 第24条4: 実施日, 受講者, 内容, 理解度).
//!
//! A letter from the 統括情報セキュリティ責任者 to the CISO and the committee, its items: the
//! year's plan and its approval; the sessions held (実施日 / 研修名 / 内容 / 対象者 / 受講者 /
//! 受講率 / 理解度) with the year's totals, planned ones marked 実施予定; who was absent and
//! whether they took the make-up (補講); and the 特定個人情報 handlers without a session on
//! サイバー脅威と対策 in the last 12 months (番号法施行令32条), each with why.
//!
//! It takes plain data ([`TrainingReport`], gathered by the API), never a database; its words
//! are in `forms-training.ftl` and the shared enum labels (`training-topic-*`, `training-audience-*`).

use crate::common::{addressed, doc_number, honorific, wareki_date, wareki_day};
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use chrono::NaiveDate;
use sonae_core::training::{AlertReason, Audience, SessionStats, Topic, format_tenths};
use sonae_core::{Department, Organization, Timestamp};
use sonae_i18n::Localizer;

/// A person as the letter names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatory {
    /// 職名 (副市長, 総務部長 …).
    pub title: String,
    pub name: String,
}

/// The year's plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanPart {
    pub title: String,
    pub goals: String,
    pub content: String,
    pub approved_on: Option<NaiveDate>,
    pub approved_by: String,
}

/// Someone absent from a session, and the make-up they attended (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsenteePart {
    pub department: String,
    pub name: String,
    pub makeup_on: Option<NaiveDate>,
}

/// One session of the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionPart {
    pub held_on: NaiveDate,
    pub title: String,
    pub topics: Vec<Topic>,
    pub audience: Audience,
    pub instructor: String,
    /// The session it makes up for: (day, title).
    pub makeup_of: Option<(NaiveDate, String)>,
    pub stats: SessionStats,
    pub absentees: Vec<AbsenteePart>,
}

/// A handler on the 12-month alert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertPart {
    pub department: String,
    pub name: String,
    pub designated_on: NaiveDate,
    pub reason: AlertReason,
    pub last_attended: Option<NaiveDate>,
    pub last_absent: Option<NaiveDate>,
}

/// Everything the report says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingReport {
    pub org: Organization,
    pub fiscal_year: i32,
    /// The day the figures and the alert are as of (the day of issue, or the year's end).
    pub as_of: NaiveDate,
    pub issued_at: Timestamp,
    /// The CISO (addressee), if the organisation names one.
    pub ciso: Option<Signatory>,
    /// The 統括情報セキュリティ責任者 (sender), and their department for the 文書番号.
    pub sender: Option<Signatory>,
    pub sender_department: Option<Department>,
    pub plan: Option<PlanPart>,
    /// In the order they were held.
    pub sessions: Vec<SessionPart>,
    pub alerts: Vec<AlertPart>,
}

fn kebab(code: &str) -> String {
    code.replace('_', "-")
}

pub use crate::common::wareki_fiscal_year;

/// The 研修実施報告 as a [`Document`].
pub fn training_report(l10n: &Localizer, r: &TrainingReport) -> Document {
    let m = |id: &str| l10n.msg(id, &[]);
    let fy = wareki_fiscal_year(l10n, r.fiscal_year);
    let honorific = honorific(l10n, &r.org);
    let addressee = vec![
        match &r.ciso {
            Some(p) => l10n.msg("forms-person-honorific", &[("title", &r.org.ciso_title), ("name", &p.name), ("honorific", &honorific)]),
            None => l10n.msg("forms-title-honorific", &[("title", &r.org.ciso_title), ("honorific", &honorific)]),
        },
        addressed(l10n, &r.org, &m("forms-training-addressee-committee")),
    ];
    let sender = match &r.sender {
        Some(p) => vec![m("forms-training-sender-role"), l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])],
        None => vec![l10n.msg("forms-training-sender-org", &[("org", &r.org.name)])],
    };
    let letterhead = Letterhead {
        doc_number: doc_number(&r.org, r.sender_department.as_ref(), r.issued_at),
        date: wareki_date(r.issued_at),
        addressee,
        sender,
    };
    let as_of = wareki_day(r.as_of);
    let items = vec![plan_item(l10n, r), sessions_item(l10n, r, &as_of), absentees_item(l10n, r), alert_item(l10n, r, &as_of)];
    Document {
        title: l10n.msg("forms-training-title", &[("fiscalYear", &fy)]),
        style: Style::Letter,
        unnumbered: 0,
        drill: false,
        running_head: None,
        letterhead,
        subject: l10n.msg("forms-training-subject", &[("fiscalYear", &fy)]),
        kind_marks: Vec::new(),
        preamble: vec![l10n.msg("forms-training-preamble", &[("fiscalYear", &fy), ("asOf", &as_of)])],
        items,
        contact: Vec::new(),
    }
}

fn plan_item(l10n: &Localizer, r: &TrainingReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let blocks = match &r.plan {
        None => vec![Block::Paragraph(m("forms-training-plan-none"))],
        Some(p) => {
            let approval = match p.approved_on {
                Some(d) => l10n.msg("forms-training-plan-approved", &[("date", &wareki_day(d)), ("by", &p.approved_by)]),
                None => m("forms-training-plan-not-approved"),
            };
            let or_none = |v: &str| if v.trim().is_empty() { m("forms-value-no-entries") } else { v.to_owned() };
            vec![Block::Fields(vec![
                (m("forms-training-plan-title"), p.title.clone()),
                (m("forms-training-plan-approval"), approval),
                (m("forms-training-plan-goals"), or_none(&p.goals)),
                (m("forms-training-plan-content"), or_none(&p.content)),
            ])]
        }
    };
    Item { heading: m("forms-training-item-plan"), blocks }
}

fn topics(l10n: &Localizer, t: &[Topic]) -> String {
    t.iter().map(|t| l10n.msg(&format!("training-topic-{}", kebab(t.as_code())), &[])).collect::<Vec<_>>().join("、")
}

/// A day of the report's 年度 as `6月19日` (the 年度 says which year), any other in full 和暦.
fn in_year(l10n: &Localizer, r: &TrainingReport, d: NaiveDate) -> String {
    use chrono::Datelike;
    if sonae_core::training::fiscal_year_of(d) == r.fiscal_year {
        l10n.msg("forms-training-month-day", &[("month", &d.month().to_string()), ("day", &d.day().to_string())])
    } else {
        wareki_day(d)
    }
}

fn session_title(l10n: &Localizer, r: &TrainingReport, s: &SessionPart) -> String {
    match &s.makeup_of {
        Some((day, _)) => l10n.msg("forms-training-makeup-title", &[("title", &s.title), ("date", &in_year(l10n, r, *day))]),
        None => s.title.clone(),
    }
}

fn sessions_item(l10n: &Localizer, r: &TrainingReport, as_of: &str) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let held: Vec<&SessionPart> = r.sessions.iter().filter(|s| s.held_on <= r.as_of).collect();
    let mut total = SessionStats::default();
    for s in &held {
        total.attended += s.stats.attended;
        total.absent += s.stats.absent;
        total.scored += s.stats.scored;
        total.score_sum += s.stats.score_sum;
    }
    let dash = m("forms-training-none-mark");
    let rate = |s: &SessionStats| {
        s.rate_tenths().map_or_else(|| dash.clone(), |v| l10n.msg("forms-training-percent", &[("value", &format_tenths(v))]))
    };
    let average = |s: &SessionStats| {
        s.average_tenths().map_or_else(|| dash.clone(), |v| l10n.msg("forms-training-points", &[("value", &format_tenths(v))]))
    };
    let makeups = held.iter().filter(|s| s.makeup_of.is_some()).count();
    let summary = l10n.msg(
        "forms-training-summary",
        &[
            ("asOf", as_of),
            ("sessions", &held.len().to_string()),
            ("makeups", &makeups.to_string()),
            ("attended", &total.attended.to_string()),
            ("rate", &rate(&total)),
            ("average", &average(&total)),
        ],
    );
    let mut blocks = vec![Block::Paragraph(summary)];
    if r.sessions.is_empty() {
        blocks.push(Block::Paragraph(m("forms-training-sessions-none")));
    } else {
        // In hundredths of the width: 受講者数 holds `12名／30名`, 受講率 `100.0％` on one line.
        let columns = [
            ("forms-training-column-date", 12),
            ("forms-training-column-title", 20),
            ("forms-training-column-topics", 22),
            ("forms-training-column-audience", 14),
            ("forms-training-column-attended", 13),
            ("forms-training-column-rate", 10),
            ("forms-training-column-average", 9),
        ]
        .into_iter()
        .map(|(id, weight)| Column { header: m(id), weight })
        .collect();
        let rows = r
            .sessions
            .iter()
            .map(|s| {
                let planned = s.held_on > r.as_of;
                vec![
                    in_year(l10n, r, s.held_on),
                    session_title(l10n, r, s),
                    topics(l10n, &s.topics),
                    l10n.msg(&format!("training-audience-{}", kebab(s.audience.as_code())), &[]),
                    if planned {
                        m("forms-training-planned")
                    } else {
                        l10n.msg(
                            "forms-training-attended-of",
                            &[("attended", &s.stats.attended.to_string()), ("recorded", &(s.stats.attended + s.stats.absent).to_string())],
                        )
                    },
                    if planned { dash.clone() } else { rate(&s.stats) },
                    if planned { dash.clone() } else { average(&s.stats) },
                ]
            })
            .collect();
        blocks.push(Block::Table(Table { columns, rows }));
        blocks.push(Block::Paragraph(m("forms-training-sessions-note")));
    }
    Item { heading: m("forms-training-item-sessions"), blocks }
}

fn absentees_item(l10n: &Localizer, r: &TrainingReport) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let mut rows = Vec::new();
    for s in r.sessions.iter().filter(|s| s.held_on <= r.as_of) {
        for a in &s.absentees {
            rows.push(vec![
                l10n.msg("forms-training-session-ref", &[("date", &in_year(l10n, r, s.held_on)), ("title", &session_title(l10n, r, s))]),
                a.department.clone(),
                a.name.clone(),
                match a.makeup_on {
                    Some(d) => l10n.msg("forms-training-makeup-taken", &[("date", &in_year(l10n, r, d))]),
                    None if s.makeup_of.is_some() => m("forms-training-none-mark"),
                    None => m("forms-training-makeup-not-taken"),
                },
            ]);
        }
    }
    let blocks = if rows.is_empty() {
        vec![Block::Paragraph(m("forms-training-absentees-none"))]
    } else {
        let columns = [
            ("forms-training-column-session", 40),
            ("forms-training-column-department", 24),
            ("forms-training-column-name", 16),
            ("forms-training-column-makeup", 20),
        ]
        .into_iter()
        .map(|(id, weight)| Column { header: m(id), weight })
        .collect();
        vec![Block::Table(Table { columns, rows })]
    };
    Item { heading: m("forms-training-item-absentees"), blocks }
}

fn alert_item(l10n: &Localizer, r: &TrainingReport, as_of: &str) -> Item {
    let m = |id: &str| l10n.msg(id, &[]);
    let mut blocks = vec![Block::Paragraph(l10n.msg("forms-training-alert-basis", &[("asOf", as_of)]))];
    if r.alerts.is_empty() {
        blocks.push(Block::Paragraph(m("forms-training-alert-none")));
    } else {
        let columns = [
            ("forms-training-column-department", 24),
            ("forms-training-column-name", 16),
            ("forms-training-column-designated", 22),
            ("forms-training-column-reason", 38),
        ]
        .into_iter()
        .map(|(id, weight)| Column { header: m(id), weight })
        .collect();
        let rows = r
            .alerts
            .iter()
            .map(|a| {
                let reason = match (a.reason, a.last_attended) {
                    (AlertReason::Expired, Some(d)) => l10n.msg("forms-training-reason-expired", &[("date", &wareki_day(d))]),
                    (AlertReason::OnlyAbsent, _) => {
                        l10n.msg("forms-training-reason-only-absent", &[("date", &a.last_absent.map(wareki_day).unwrap_or_default())])
                    }
                    _ => m("forms-training-reason-never-trained"),
                };
                vec![a.department.clone(), a.name.clone(), wareki_day(a.designated_on), reason]
            })
            .collect();
        blocks.push(Block::Table(Table { columns, rows }));
        blocks.push(Block::Paragraph(m("forms-training-alert-action")));
    }
    Item { heading: m("forms-training-item-alert"), blocks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::tests::all_text;
    use chrono::{TimeZone, Utc};
    use sonae_core::{OrgKind, OrganizationId, SequentialIds};
    use sonae_i18n::Lang;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn report() -> TrainingReport {
        let ids = SequentialIds::new();
        let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
        let stats = SessionStats { attended: 2, absent: 1, scored: 2, score_sum: 165 };
        TrainingReport {
            org,
            fiscal_year: 2026,
            as_of: day(2026, 11, 21),
            issued_at: Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap(),
            ciso: Some(Signatory { title: "副市長".into(), name: "佐藤 一郎".into() }),
            sender: Some(Signatory { title: "総務部長".into(), name: "高橋 誠".into() }),
            sender_department: None,
            plan: Some(PlanPart {
                title: "令和8年度 情報セキュリティ研修計画".into(),
                goals: "全職員が年1回以上受講する。".into(),
                content: String::new(),
                approved_on: Some(day(2026, 4, 20)),
                approved_by: "情報セキュリティ委員会".into(),
            }),
            sessions: vec![
                SessionPart {
                    held_on: day(2026, 6, 19),
                    title: "特定個人情報取扱者研修".into(),
                    topics: vec![Topic::CyberThreats, Topic::PersonalInfo],
                    audience: Audience::MyNumberHandlers,
                    instructor: String::new(),
                    makeup_of: None,
                    stats,
                    absentees: vec![
                        AbsenteePart {
                            department: "福祉部 福祉課".into(), name: "小林 直樹".into(), makeup_on: Some(day(2026, 7, 17))
                        },
                        AbsenteePart { department: "教育委員会 学校教育課".into(), name: "吉田 翔".into(), makeup_on: None },
                    ],
                },
                SessionPart {
                    held_on: day(2026, 12, 18),
                    title: "管理職研修".into(),
                    topics: vec![Topic::SecurityPolicy],
                    audience: Audience::Managers,
                    instructor: String::new(),
                    makeup_of: None,
                    stats: SessionStats::default(),
                    absentees: Vec::new(),
                },
            ],
            alerts: vec![AlertPart {
                department: "財務部 税務課".into(),
                name: "加藤 恵".into(),
                designated_on: day(2024, 4, 1),
                reason: AlertReason::Expired,
                last_attended: Some(day(2025, 9, 19)),
                last_absent: None,
            }],
        }
    }

    #[test]
    fn the_report_has_the_plan_the_sessions_the_absentees_and_the_alert() {
        let l10n = Localizer::new(Lang::Ja);
        let doc = training_report(&l10n, &report());
        assert_eq!(doc.style, Style::Letter);
        assert_eq!(doc.subject, "令和8年度情報セキュリティ研修の実施状況について（報告）");
        assert_eq!(doc.letterhead.addressee[0], "副市長　佐藤 一郎　様");
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(headings.len(), 4);
        let text = all_text(&doc);
        for want in [
            "令和8年4月20日　情報セキュリティ委員会で承認",
            "サイバー脅威と対策、個人情報・特定個人情報の取扱い",
            "6月19日",
            "2名／3名",
            "66.7％",
            "82.5点",
            "実施予定",
            "7月17日受講",
            "未受講",
            "令和7年9月19日（12か月を超えている）",
        ] {
            assert!(text.contains(want), "{want} in:\n{text}");
        }
    }

    #[test]
    fn empty_parts_say_so() {
        let l10n = Localizer::new(Lang::Ja);
        let mut r = report();
        r.plan = None;
        r.sessions.clear();
        r.alerts.clear();
        r.ciso = None;
        let doc = training_report(&l10n, &r);
        let text = all_text(&doc);
        assert!(text.contains("登録されていません"), "{text}");
        assert!(text.contains("該当者はいません"), "{text}");
        assert_eq!(doc.letterhead.addressee[0], "副市長　様");
        assert_eq!(wareki_fiscal_year(&l10n, 2019), "令和元年度");
    }
}
