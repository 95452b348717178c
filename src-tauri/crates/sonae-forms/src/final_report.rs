//! 情報セキュリティインシデント事故報告書: the CSIRT's report to the CISO and the 情報セキュリティ
//! 委員会 once the cause is known and recurrence prevention is decided (000 §5.3(3)④⑤, 004 第71条),
//! as an official letter.
//!
//! It says what the case was, everything that happened (the whole timeline), the cause, the
//! damage and its extent, what was done and decided, the measures taken and planned, what the
//! CISO instructed, and whom the case was reported to. What is not known yet is said so (調査中,
//! （未記入）, 記録なし) rather than left out.

use crate::common::{
    addressed, case_contact, doc_number, honorific, kind_label, or, short_datetime, tri, wareki_date, wareki_datetime, wareki_day,
};
use crate::dossier::Dossier;
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use sonae_core::casework::{DecisionStatus, MeasureStatus};
use sonae_core::obligations::Destination;
use sonae_core::report::TriState;
use sonae_core::{PersonId, TimelineEntry, TimelineKind};
use sonae_i18n::Localizer;

/// The timeline as a table (日時 / 区分 / 内容), or 記録なし; the police 資料 uses it too.
pub(crate) fn timeline_block(l10n: &Localizer, timeline: &[TimelineEntry]) -> Block {
    let m = |id: &str| l10n.msg(id, &[]);
    if timeline.is_empty() {
        return Block::Paragraph(m("forms-value-no-entries"));
    }
    Block::Table(Table {
        columns: vec![
            Column { header: m("forms-column-when"), weight: 24 },
            Column { header: m("forms-column-kind"), weight: 10 },
            Column { header: m("forms-column-what"), weight: 66 },
        ],
        rows: timeline.iter().map(|e| vec![short_datetime(l10n, e.occurred_at), kind_label(l10n, e.kind), e.text.clone()]).collect(),
    })
}

/// Who an actor label (`person:<uuid>`) is: `主査　伊藤 健太`, or the label itself.
pub(crate) fn actor_name(l10n: &Localizer, d: &Dossier, label: &str) -> String {
    label
        .strip_prefix("person:")
        .and_then(PersonId::parse)
        .and_then(|id| d.person(id))
        .map_or_else(|| label.to_owned(), |p| l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)]))
}

/// The number of persons whose information is involved, as the rules' facts say (the report's
/// estimate before facts are entered): `最大 12 人`, 不明, or None when none is involved.
pub(crate) fn persons(l10n: &Localizer, d: &Dossier) -> Option<String> {
    let count = |n: u64| l10n.msg("forms-persons", &[("count", &n.to_string())]);
    match &d.facts {
        Some(f) => {
            let involved = f.personal_info.involved || f.my_number.involved;
            let n = [(f.personal_info.involved, f.personal_info.max_persons), (f.my_number.involved, f.my_number.max_persons)]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, n)| *n)
                .max()
                .unwrap_or(0);
            match (involved, n) {
                (false, _) => None,
                (true, 0) => Some(l10n.msg("forms-value-unknown", &[])),
                (true, n) => Some(count(n)),
            }
        }
        None => {
            let details = d.report().map(|r| &r.details);
            if details.and_then(|x| x.personal_info) == Some(TriState::No) && details.and_then(|x| x.my_number) != Some(TriState::Yes) {
                return None;
            }
            Some(
                details
                    .and_then(|x| x.max_persons)
                    .and_then(|n| u64::try_from(n).ok())
                    .map_or_else(|| l10n.msg("forms-value-unknown", &[]), count),
            )
        }
    }
}

/// Whether personal information and 特定個人情報 are involved (あり / なし / 不明): the facts,
/// else the report.
pub(crate) fn personal_flags(l10n: &Localizer, d: &Dossier) -> (String, String) {
    let flag = |on: bool| tri(l10n, Some(if on { TriState::Yes } else { TriState::No }));
    match &d.facts {
        Some(f) => (flag(f.personal_info.involved), flag(f.my_number.involved)),
        None => {
            let details = d.report().map(|r| &r.details);
            (tri(l10n, details.and_then(|x| x.personal_info)), tri(l10n, details.and_then(|x| x.my_number)))
        }
    }
}

/// The 二次被害 line: あり / なし / 不明, and what it is.
pub(crate) fn secondary_damage(l10n: &Localizer, d: &Dossier) -> Option<String> {
    let p = &d.particulars;
    let detail = p.secondary_damage_detail.trim();
    match (p.secondary_damage, detail.is_empty()) {
        (None, true) => None,
        (v, true) => Some(tri(l10n, v)),
        (None, false) => Some(detail.to_owned()),
        (v, false) => {
            // 不明（…調査中） rather than 不明（…調査中。）.
            let detail = detail.strip_suffix('。').unwrap_or(detail);
            Some(l10n.msg("forms-final-value-with-detail", &[("value", &tri(l10n, v)), ("detail", detail)]))
        }
    }
}

/// A sub-section of an item: `（1）heading` and its table, or `（1）heading　記録なし` on one line.
fn sub_section(l10n: &Localizer, heading: &str, empty: &str, columns: Vec<Column>, rows: Vec<Vec<String>>) -> Vec<Block> {
    let heading = l10n.msg(heading, &[]);
    if rows.is_empty() {
        vec![Block::Paragraph(l10n.msg("forms-final-sub-empty", &[("heading", &heading), ("none", &l10n.msg(empty, &[]))]))]
    } else {
        vec![Block::Paragraph(heading), Block::Table(Table { columns, rows })]
    }
}

/// The 事故報告書 as a [`Document`]. Its `drill` is the case's.
pub fn final_report(l10n: &Localizer, d: &Dossier) -> Document {
    let (org, case, report, issued_at) = (&d.org, &d.case, d.report(), d.issued_at);
    let m = |id: &str| l10n.msg(id, &[]);
    let honorific = honorific(l10n, org);
    let sender = d.csirt_lead().map(|p| (p, d.department_of(p)));
    let addressee = vec![
        m("forms-final-addressee-role"),
        match d.ciso() {
            Some(p) => l10n.msg("forms-person-honorific", &[("title", &org.ciso_title), ("name", &p.name), ("honorific", &honorific)]),
            None => l10n.msg("forms-title-honorific", &[("title", &org.ciso_title), ("honorific", &honorific)]),
        },
        addressed(l10n, org, &m("forms-final-addressee-committee")),
    ];
    let sender_lines = match sender {
        Some((p, _)) => vec![m("forms-final-sender-role"), l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])],
        None => vec![l10n.msg("forms-final-sender-org", &[("org", &org.name)])],
    };
    let letterhead = Letterhead {
        doc_number: doc_number(org, sender.and_then(|(_, d)| d), issued_at),
        date: wareki_date(issued_at),
        addressee,
        sender: sender_lines,
    };
    let none = || Block::Paragraph(m("forms-value-no-entries"));

    let mut items = Vec::new();

    // 1 事案の概要
    let mut summary = vec![
        (m("forms-field-receipt-no"), case.receipt_no.clone()),
        (m("forms-field-case-title"), case.title.clone()),
        (m("forms-field-category"), d.category_label.clone()),
        (m("forms-field-severity"), d.severity_label.clone().unwrap_or_else(|| m("forms-value-not-assessed"))),
        (
            m("forms-field-occurred-at"),
            report.and_then(|r| r.occurred_at).map_or_else(|| m("forms-value-unknown"), |t| wareki_datetime(l10n, t)),
        ),
    ];
    if let Some(note) = report.map(|r| r.details.occurred_note.trim()).filter(|n| !n.is_empty()) {
        summary.push((m("forms-field-occurred-note"), note.to_owned()));
    }
    summary.push((
        m("forms-field-noticed-at"),
        report.and_then(|r| r.noticed_at).map_or_else(|| m("forms-value-unknown"), |t| wareki_datetime(l10n, t)),
    ));
    summary.push((m("forms-field-department"), d.report_department().map_or_else(|| m("forms-value-unknown"), |x| x.name.clone())));
    if let Some(r) = report {
        summary.push((m("forms-field-what-happened"), r.summary.clone()));
    }
    items.push(Item { heading: m("forms-final-item-summary"), blocks: vec![Block::Fields(summary)] });

    // 2 対応の経過: every row.
    items.push(Item { heading: m("forms-final-item-timeline"), blocks: vec![timeline_block(l10n, &d.timeline)] });

    // 3 原因
    let cause = &case.root_cause;
    let category = cause.category.map_or_else(|| m("forms-value-under-investigation"), |c| m(&format!("forms-cause-{}", c.as_code())));
    items.push(Item {
        heading: m("forms-final-item-cause"),
        blocks: vec![
            Block::Fields(vec![(m("forms-final-field-cause-category"), category)]),
            Block::Paragraph(or(l10n, &cause.narrative, "forms-value-under-investigation")),
        ],
    });

    // 4 被害・影響の範囲
    let (personal, my_number) = personal_flags(l10n, d);
    let mut impact = vec![
        (m("forms-field-impact"), or(l10n, &case.triage.impact, "forms-value-under-investigation")),
        (m("forms-field-personal-info"), personal),
        (m("forms-field-my-number"), my_number),
    ];
    if let Some(n) = persons(l10n, d) {
        impact.push((m("forms-field-persons"), n));
    }
    if let Some(n) = d.particulars.confirmed_persons {
        let count = n.to_string();
        let v = match d.particulars.persons_counted_at {
            Some(t) => l10n.msg("forms-final-persons-confirmed-at", &[("count", &count), ("at", &wareki_datetime(l10n, t))]),
            None => l10n.msg("forms-final-persons-confirmed", &[("count", &count)]),
        };
        impact.push((m("forms-final-field-persons-confirmed"), v));
    }
    if let Some(v) = secondary_damage(l10n, d) {
        impact.push((m("forms-final-field-secondary-damage"), v));
    }
    if !d.particulars.affected_services.trim().is_empty() {
        impact.push((m("forms-final-field-services"), d.particulars.affected_services.trim().to_owned()));
    }
    let files: usize = d.evidence.iter().map(|(_, f)| f.len()).sum();
    let evidence = if d.evidence.is_empty() {
        m("forms-final-none")
    } else {
        l10n.msg("forms-final-evidence-count", &[("items", &d.evidence.len().to_string()), ("files", &files.to_string())])
    };
    impact.push((m("forms-final-field-evidence"), evidence));
    items.push(Item { heading: m("forms-final-item-impact"), blocks: vec![Block::Fields(impact)] });

    // 5 対応内容: the actions, the decisions approved, the meetings held.
    let mut response = Vec::new();
    let actions: Vec<&TimelineEntry> = d.timeline.iter().filter(|e| e.kind == TimelineKind::Action).collect();
    response.extend(sub_section(
        l10n,
        "forms-final-response-actions",
        "forms-value-no-entries",
        vec![Column { header: m("forms-column-when"), weight: 24 }, Column { header: m("forms-column-what"), weight: 76 }],
        actions.iter().map(|e| vec![short_datetime(l10n, e.occurred_at), e.text.clone()]).collect(),
    ));
    let mut approved: Vec<_> = d.decisions.iter().filter(|x| x.status == DecisionStatus::Approved).collect();
    approved.sort_by_key(|x| x.decided_at);
    response.extend(sub_section(
        l10n,
        "forms-final-response-decisions",
        "forms-value-no-entries",
        vec![
            Column { header: m("forms-final-column-decision"), weight: 56 },
            Column { header: m("forms-final-column-approver"), weight: 20 },
            Column { header: m("forms-final-column-approved-at"), weight: 24 },
        ],
        approved
            .iter()
            .map(|x| {
                let text = match x.decision_note.trim() {
                    "" => x.text.clone(),
                    note => l10n.msg("forms-final-decision-with-note", &[("text", &x.text), ("note", note)]),
                };
                vec![
                    text,
                    x.decided_by.as_deref().map_or_else(|| m("forms-value-unknown"), |a| actor_name(l10n, d, a)),
                    x.decided_at.map_or_else(|| m("forms-value-unknown"), |t| short_datetime(l10n, t)),
                ]
            })
            .collect(),
    ));
    let mut meetings: Vec<_> = d.meetings.iter().collect();
    meetings.sort_by_key(|x| x.held_at);
    response.extend(sub_section(
        l10n,
        "forms-final-response-meetings",
        "forms-value-no-entries",
        vec![
            Column { header: m("forms-column-when"), weight: 24 },
            Column { header: m("forms-final-column-agenda"), weight: 46 },
            Column { header: m("forms-final-column-participants"), weight: 30 },
        ],
        meetings.iter().map(|x| vec![short_datetime(l10n, x.held_at), x.agenda.clone(), x.participants.clone()]).collect(),
    ));
    items.push(Item { heading: m("forms-final-item-response"), blocks: response });

    // 6 再発防止策: 実施済み, then 実施予定, each by date.
    let mut blocks = Vec::new();
    for (status, heading, date_header) in [
        (MeasureStatus::Done, "forms-final-measures-done", "forms-final-column-done-on"),
        (MeasureStatus::Planned, "forms-final-measures-planned", "forms-final-column-due-on"),
    ] {
        let mut these: Vec<_> = d.measures.iter().filter(|x| x.status == status).collect();
        these.sort_by_key(|x| (x.due_on, x.created_at));
        blocks.extend(sub_section(
            l10n,
            heading,
            "forms-final-none",
            vec![
                Column { header: m("forms-final-column-measure"), weight: 54 },
                Column { header: m("forms-final-column-owner"), weight: 24 },
                Column { header: m(date_header), weight: 22 },
            ],
            these
                .iter()
                .map(|x| vec![x.text.clone(), x.owner.clone(), x.due_on.map_or_else(|| m("forms-value-not-entered"), wareki_day)])
                .collect(),
        ));
    }
    items.push(Item { heading: m("forms-final-item-measures"), blocks });

    // 7 CISOの指示: as recorded, and what the CISO approved in person.
    let mut ciso = vec![Block::Paragraph(or(l10n, &cause.ciso_instructions, "forms-value-not-entered"))];
    if let Some(p) = d.ciso() {
        let label = format!("person:{}", p.id);
        let by_ciso: Vec<String> = approved
            .iter()
            .filter(|x| x.decided_by.as_deref() == Some(label.as_str()))
            .map(|x| {
                let at = x.decided_at.map_or_else(|| m("forms-value-unknown"), |t| short_datetime(l10n, t));
                l10n.msg("forms-final-ciso-approved-line", &[("text", &x.text), ("at", &at)])
            })
            .collect();
        if !by_ciso.is_empty() {
            ciso.push(Block::Fields(vec![(m("forms-final-field-ciso-approved"), by_ciso.join("\n"))]));
        }
    }
    items.push(Item { heading: m("forms-final-item-ciso"), blocks: ciso });

    // 8 報告・連絡の状況: the 第一報 to the CISO, then what the tracker records as sent.
    let sent = d.sent();
    let mut rows = Vec::new();
    if let Some(at) = case.ciso_informed_at.filter(|_| !sent.iter().any(|n| n.destination == Destination::Ciso)) {
        rows.push(vec![m("destination-ciso"), m("forms-final-stage-first-report"), short_datetime(l10n, at), String::new()]);
    }
    for n in sent {
        rows.push(vec![
            m(&format!("destination-{}", n.destination.as_code())),
            m(&format!("notification-stage-{}", n.stage.as_code())),
            n.sent_at.map_or_else(|| m("forms-value-unknown"), |t| short_datetime(l10n, t)),
            or(l10n, &n.method, "forms-value-not-entered"),
        ]);
    }
    items.push(Item {
        heading: m("forms-final-item-reports"),
        blocks: vec![if rows.is_empty() {
            none()
        } else {
            Block::Table(Table {
                columns: vec![
                    Column { header: m("forms-final-column-destination"), weight: 40 },
                    Column { header: m("forms-final-column-stage"), weight: 14 },
                    Column { header: m("forms-column-when"), weight: 24 },
                    Column { header: m("forms-final-column-method"), weight: 22 },
                ],
                rows,
            })
        }],
    });

    Document {
        title: m("forms-final-title"),
        style: Style::Letter,
        unnumbered: 0,
        drill: case.drill,
        running_head: None,
        letterhead,
        subject: m("forms-final-subject"),
        kind_marks: Vec::new(),
        preamble: vec![m("forms-final-preamble")],
        items,
        contact: case_contact(l10n, d),
    }
}

#[cfg(test)]
mod tests {
    use sonae_core::casework::CauseCategory;
    use sonae_i18n::{Lang, Localizer};

    #[test]
    fn every_cause_category_has_a_label_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            let l10n = Localizer::new(lang);
            for c in CauseCategory::ALL {
                assert!(l10n.has(&format!("forms-cause-{}", c.as_code())), "{lang:?}: forms-cause-{}", c.as_code());
            }
        }
    }
}
