//! What every form shares: dates in 和暦, values or their 不明/（未記入） fallbacks, the 文書番号,
//! the addressee with 様/殿, and the contact block.

use crate::dossier::Dossier;
use chrono::{Datelike, NaiveDate, Timelike};
use chrono_tz::Asia::Tokyo;
use sonae_core::report::TriState;
use sonae_core::setup::Honorific;
use sonae_core::wareki::Wareki;
use sonae_core::{Department, Organization, Person, TimelineKind, Timestamp};
use sonae_i18n::Localizer;

/// A message without arguments.
pub fn m(l10n: &Localizer, id: &str) -> String {
    l10n.msg(id, &[])
}

/// `令和8年4月1日` for a calendar day.
pub fn wareki_day(day: NaiveDate) -> String {
    Wareki::from_date(day).map_or_else(|| day.format("%Y-%m-%d").to_string(), |w| w.to_string())
}

/// `令和8年4月1日` in Japan time.
pub fn wareki_date(at: Timestamp) -> String {
    Wareki::from_instant(at.with_timezone(&Tokyo))
        .map_or_else(|| at.with_timezone(&Tokyo).format("%Y-%m-%d").to_string(), |w| w.to_string())
}

pub fn weekday(l10n: &Localizer, at: Timestamp) -> String {
    let local = at.with_timezone(&Tokyo);
    let id = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][local.weekday().num_days_from_monday() as usize];
    l10n.msg(&format!("forms-weekday-{id}"), &[])
}

/// `令和8年4月1日（水）10時05分`.
pub fn wareki_datetime(l10n: &Localizer, at: Timestamp) -> String {
    let local = at.with_timezone(&Tokyo);
    l10n.msg(
        "forms-datetime",
        &[
            ("date", &wareki_date(at)),
            ("weekday", &weekday(l10n, at)),
            ("hour", &local.hour().to_string()),
            ("minute", &format!("{:02}", local.minute())),
        ],
    )
}

/// `4月1日（水）10:05`, for table cells.
pub fn short_datetime(l10n: &Localizer, at: Timestamp) -> String {
    let local = at.with_timezone(&Tokyo);
    l10n.msg(
        "forms-datetime-short",
        &[
            ("month", &local.month().to_string()),
            ("day", &local.day().to_string()),
            ("weekday", &weekday(l10n, at)),
            ("hour", &local.hour().to_string()),
            ("minute", &format!("{:02}", local.minute())),
        ],
    )
}

pub fn or(l10n: &Localizer, value: &str, fallback_id: &str) -> String {
    let v = value.trim();
    if v.is_empty() { l10n.msg(fallback_id, &[]) } else { v.to_owned() }
}

pub fn tri(l10n: &Localizer, v: Option<TriState>) -> String {
    let code = v.map_or("unknown", TriState::as_code);
    l10n.msg(&format!("forms-tri-{code}"), &[])
}

pub fn kind_label(l10n: &Localizer, k: TimelineKind) -> String {
    l10n.msg(&format!("forms-timeline-kind-{}", k.as_code()), &[])
}

/// The 文書番号 with the number left blank for the 文書管理 register: `情政第　　号`.
pub fn doc_number(org: &Organization, sender_department: Option<&Department>, at: Timestamp) -> String {
    let (_, fiscal) = sonae_core::setup::years_of(at);
    let short = sender_department.map_or("", |d| d.short_name.as_str());
    org.settings.doc_number_format.replace("{課略称}", short).replace("{年度}", &fiscal.to_string()).replace("{n}", "\u{3000}\u{3000}")
}

/// 様 or 殿, as the organisation writes it.
pub fn honorific(l10n: &Localizer, org: &Organization) -> String {
    m(
        l10n,
        match org.settings.honorific {
            Honorific::Sama => "forms-honorific-sama",
            Honorific::Dono => "forms-honorific-dono",
        },
    )
}

/// `{addressee}　様` (or 殿).
pub fn addressed(l10n: &Localizer, org: &Organization, addressee: &str) -> String {
    l10n.msg("forms-title-honorific", &[("title", addressee), ("honorific", &honorific(l10n, org))])
}

/// The organisation's head as one title: 架空市 + 市長 → 架空市長; ○○組合 + 管理者 → ○○組合管理者.
pub fn head_title(org: &Organization) -> String {
    let name = org.name.trim();
    let head = org.head_title.trim();
    match head.chars().next() {
        Some(first) if name.ends_with(first) => format!("{name}{}", &head[first.len_utf8()..]),
        _ => format!("{name}{head}"),
    }
}

/// The sender of a report to an outside body: the organisation's head, 公印省略 (the reporter
/// is the organisation, not the clerk: regulatory.md §5).
pub fn head_sender(l10n: &Localizer, org: &Organization) -> Vec<String> {
    vec![head_title(org), m(l10n, "forms-seal-omitted")]
}

/// The contact block: 連絡先, 部署, 担当, 電話, メール.
pub fn contact_lines(l10n: &Localizer, contact: Option<(&Person, Option<&Department>)>) -> Vec<String> {
    match contact {
        Some((p, dept)) => {
            let mut lines = vec![m(l10n, "forms-contact-heading")];
            if let Some(d) = dept {
                lines.push(l10n.msg("forms-contact-department", &[("department", &d.name)]));
            }
            lines.push(l10n.msg("forms-contact-person", &[("title", &p.title), ("name", &p.name)]));
            if !p.contact.office_phone.is_empty() {
                lines.push(l10n.msg("forms-contact-phone", &[("phone", &p.contact.office_phone)]));
            }
            if !p.contact.email.is_empty() {
                lines.push(l10n.msg("forms-contact-email", &[("email", &p.contact.email)]));
            }
            lines
        }
        None => Vec::new(),
    }
}

/// The contact block for the case's contact person (handler, else CSIRT責任者).
pub fn case_contact(l10n: &Localizer, d: &Dossier) -> Vec<String> {
    contact_lines(l10n, d.contact().map(|p| (p, d.department_of(p))))
}

/// 年度 in 和暦: `令和8年度`. A 年度 is named in the era of its last day when it began in that era's
/// first calendar year (2019年度 → 令和元年度, 1989年度 → 平成元年度), else in the era of its first
/// day (1988年度 → 昭和63年度); a year no era covers stays in 西暦 (`1800年度`).
pub fn wareki_fiscal_year(l10n: &Localizer, fiscal_year: i32) -> String {
    use sonae_core::wareki::Wareki;
    let at = |m, d| NaiveDate::from_ymd_opt(fiscal_year + i32::from(m < 4), m, d).and_then(Wareki::from_date);
    let named = match (at(3, 31), at(4, 1)) {
        (Some(end), _) if fiscal_year >= end.era.start.0 => Some(Wareki { year: fiscal_year - end.era.start.0 + 1, ..end }),
        (_, start) => start,
    };
    let year = named.map_or_else(|| format!("{fiscal_year}年"), |w| w.year_text());
    l10n.msg("forms-fiscal-year", &[("year", &year)])
}
