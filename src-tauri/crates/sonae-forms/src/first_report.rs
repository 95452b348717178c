//! 情報セキュリティインシデント報告書（第一報）: the CSIRT's first report to the CISO once a case
//! is judged an incident (000 §5.3(3)②), as an official letter.
//!
//! What is known at the first report goes in: the case and its 受付番号, what the reporter said,
//! when it happened and was noticed, where, the CSIRT's judgement and 影響範囲, whether personal
//! information or My Number is involved, what was done first, and the timeline so far. What is
//! not known yet is said so (不明, 調査中) rather than left out.

use crate::common::{case_contact, doc_number, honorific, kind_label, or, short_datetime, tri, wareki_date, wareki_datetime};
use crate::dossier::Dossier;
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use sonae_core::report::Medium;
use sonae_i18n::Localizer;

/// The first report as a [`Document`]. Its `drill` is the case's.
pub fn first_report(l10n: &Localizer, d: &Dossier) -> Document {
    let (org, case, report, timeline, issued_at) = (&d.org, &d.case, d.report(), &d.timeline, d.issued_at);
    let report_department = d.report_department();
    let ciso = d.ciso();
    let sender = d.csirt_lead().map(|p| (p, d.department_of(p)));
    let m = |id: &str| l10n.msg(id, &[]);
    let honorific = honorific(l10n, org);
    let addressee = vec![
        m("forms-first-report-addressee-role"),
        match ciso {
            Some(p) => l10n.msg("forms-person-honorific", &[("title", &org.ciso_title), ("name", &p.name), ("honorific", &honorific)]),
            None => l10n.msg("forms-title-honorific", &[("title", &org.ciso_title), ("honorific", &honorific)]),
        },
    ];
    let sender_lines = match sender {
        Some((p, _)) => vec![m("forms-first-report-sender-role"), l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])],
        None => vec![l10n.msg("forms-first-report-sender-org", &[("org", &org.name)])],
    };
    let letterhead = Letterhead {
        doc_number: doc_number(org, sender.and_then(|(_, d)| d), issued_at),
        date: wareki_date(issued_at),
        addressee,
        sender: sender_lines,
    };

    let mut items = Vec::new();

    // 1 事案の概要
    let mut summary = vec![
        (m("forms-field-receipt-no"), case.receipt_no.clone()),
        (m("forms-field-case-title"), case.title.clone()),
        (m("forms-field-category"), d.category_label.clone()),
        (m("forms-field-severity"), d.severity_label.clone().unwrap_or_else(|| m("forms-value-not-assessed"))),
    ];
    if let Some(r) = report {
        summary.push((m("forms-field-what-happened"), r.summary.clone()));
    }
    items.push(Item { heading: m("forms-first-report-item-summary"), blocks: vec![Block::Fields(summary)] });

    // 2 発生・覚知の日時
    let occurred = match report.and_then(|r| r.occurred_at) {
        Some(t) => wareki_datetime(l10n, t),
        None => m("forms-value-unknown"),
    };
    let mut dates = vec![(m("forms-field-occurred-at"), occurred)];
    if let Some(note) = report.map(|r| r.details.occurred_note.trim()).filter(|n| !n.is_empty()) {
        dates.push((m("forms-field-occurred-note"), note.to_owned()));
    }
    dates.push((
        m("forms-field-noticed-at"),
        report.and_then(|r| r.noticed_at).map_or_else(|| m("forms-value-unknown"), |t| wareki_datetime(l10n, t)),
    ));
    dates.push((m("forms-field-received-at"), wareki_datetime(l10n, report.map_or(case.created_at, |r| r.submitted_at))));
    items.push(Item { heading: m("forms-first-report-item-dates"), blocks: vec![Block::Fields(dates)] });

    // 3 発生部署・報告者
    let mut place = vec![(m("forms-field-department"), report_department.map_or_else(|| m("forms-value-unknown"), |d| d.name.clone()))];
    if let Some(r) = report {
        if !r.details.device.trim().is_empty() {
            place.push((m("forms-field-device"), r.details.device.trim().to_owned()));
        }
        let source = m(&format!("forms-report-source-{}", r.source.as_code()));
        let who = if r.reporter_contact.trim().is_empty() {
            r.reporter_name.clone()
        } else {
            l10n.msg("forms-name-contact", &[("name", &r.reporter_name), ("contact", r.reporter_contact.trim())])
        };
        place.push((m("forms-field-reporter"), l10n.msg("forms-reporter", &[("who", &who), ("source", &source)])));
    }
    items.push(Item { heading: m("forms-first-report-item-where"), blocks: vec![Block::Fields(place)] });

    // 4 CSIRT の評価
    let judgement = match case.triage.is_incident {
        Some(true) => m("forms-judgement-incident"),
        Some(false) => m("forms-judgement-not-incident"),
        None => m("forms-judgement-pending"),
    };
    let triage = vec![
        (m("forms-field-judgement"), judgement),
        (m("forms-field-rationale"), or(l10n, &case.triage.rationale, "forms-value-not-entered")),
        (m("forms-field-impact"), or(l10n, &case.triage.impact, "forms-value-under-investigation")),
    ];
    items.push(Item { heading: m("forms-first-report-item-triage"), blocks: vec![Block::Fields(triage)] });

    // 5 個人情報等
    let details = report.map(|r| &r.details);
    let mut personal = vec![
        (m("forms-field-personal-info"), tri(l10n, details.and_then(|d| d.personal_info))),
        (m("forms-field-my-number"), tri(l10n, details.and_then(|d| d.my_number))),
        (
            m("forms-field-persons"),
            details
                .and_then(|d| d.max_persons)
                .map_or_else(|| m("forms-value-unknown"), |n| l10n.msg("forms-persons", &[("count", &n.to_string())])),
        ),
    ];
    if let Some(medium) = details.and_then(|d| d.medium).filter(|m| *m != Medium::Unknown) {
        personal.push((m("forms-field-medium"), m(&format!("medium-{}", medium.as_code()))));
    }
    items.push(Item { heading: m("forms-first-report-item-personal"), blocks: vec![Block::Fields(personal)] });

    // 6 報告者が行った初動対応
    let first_actions = details.map_or("", |d| d.actions_taken.as_str());
    items.push(Item {
        heading: m("forms-first-report-item-first-actions"),
        blocks: vec![Block::Paragraph(or(l10n, first_actions, "forms-value-not-entered"))],
    });

    // 7 対応の経過
    let blocks = if timeline.is_empty() {
        vec![Block::Paragraph(m("forms-value-no-entries"))]
    } else {
        vec![Block::Table(Table {
            columns: vec![
                Column { header: m("forms-column-when"), weight: 24 },
                Column { header: m("forms-column-kind"), weight: 10 },
                Column { header: m("forms-column-what"), weight: 66 },
            ],
            rows: timeline.iter().map(|e| vec![short_datetime(l10n, e.occurred_at), kind_label(l10n, e.kind), e.text.clone()]).collect(),
        })]
    };
    items.push(Item { heading: m("forms-first-report-item-timeline"), blocks });

    let contact_lines = case_contact(l10n, d);

    Document {
        title: m("forms-first-report-title"),
        style: Style::Letter,
        unnumbered: 0,
        drill: case.drill,
        running_head: None,
        letterhead,
        subject: m("forms-first-report-subject"),
        kind_marks: vec![m("forms-mark-first-report")],
        preamble: vec![m("forms-first-report-preamble")],
        items,
        contact: contact_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use sonae_core::Department;
    use sonae_core::Organization;
    use sonae_core::{OrgKind, OrganizationId, SequentialIds};
    use sonae_i18n::Lang;

    #[test]
    fn dates_are_wareki_in_japan_time() {
        let l10n = Localizer::new(Lang::Ja);
        // 2019-04-30 16:05 UTC = 令和元年5月1日（水）1時05分 in Japan.
        let t = Utc.with_ymd_and_hms(2019, 4, 30, 16, 5, 0).unwrap();
        assert_eq!(wareki_date(t), "令和元年5月1日");
        assert_eq!(wareki_datetime(&l10n, t), "令和元年5月1日（水）1時05分");
        assert_eq!(short_datetime(&l10n, t), "5月1日（水）1:05");
    }

    #[test]
    fn the_document_number_leaves_the_number_blank() {
        let ids = SequentialIds::new();
        let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
        let dept = Department::new(sonae_core::DepartmentId::new(&ids), "総務部 情報政策課", "情政").unwrap();
        let t = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
        assert_eq!(doc_number(&org, Some(&dept), t), "情政第\u{3000}\u{3000}号");
    }
}
