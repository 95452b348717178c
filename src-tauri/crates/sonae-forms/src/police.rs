//! 警察相談用資料: what the organisation brings to the police (サイバー犯罪相談窓口 or the police
//! station) when an incident may be a crime (000 §6.5(3): keep the attack's records and work with
//! the police), as a 資料 rather than a letter: no 記 and no 以上.
//!
//! Who is consulting and how to reach them, what happened and which crime is suspected, when,
//! which systems and devices, the timeline, the evidence kept (each file with its SHA-256, so the
//! police can check a copy against it) and the damage.

use crate::common::{short_datetime, wareki_date, wareki_datetime};
use crate::dossier::Dossier;
use crate::final_report::{persons, secondary_damage, timeline_block};
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use sonae_core::setup::NetworkSegment;
use sonae_i18n::Localizer;

/// The kinds of crime suspected, as the facts say (None: no facts entered yet).
fn suspected(l10n: &Localizer, d: &Dossier) -> Option<Vec<String>> {
    let c = d.facts.as_ref()?.crime;
    let kinds = [
        (c.unauthorized_access, "forms-police-crime-unauthorized-access"),
        (c.ransomware, "forms-police-crime-ransomware"),
        (c.malware, "forms-police-crime-malware"),
        (c.theft, "forms-police-crime-theft"),
        (c.insider, "forms-police-crime-insider"),
        (c.other, "forms-police-crime-other"),
    ];
    Some(kinds.iter().filter(|(on, _)| *on).map(|(_, id)| l10n.msg(id, &[])).collect())
}

fn segment_label(l10n: &Localizer, s: NetworkSegment) -> String {
    let id = match s {
        NetworkSegment::MyNumber => "forms-police-segment-my-number",
        NetworkSegment::Lgwan => "forms-police-segment-lgwan",
        NetworkSegment::Internet => "forms-police-segment-internet",
    };
    l10n.msg(id, &[])
}

/// The SHA-256 in four lines of 16 hex digits, so it breaks evenly rather than wherever the cell
/// ends (its column is a little wider than 16 digits).
fn sha_cell(sha: &str) -> String {
    if sha.len() == 64 && sha.is_ascii() { [&sha[..16], &sha[16..32], &sha[32..48], &sha[48..]].join("\n") } else { sha.to_owned() }
}

/// The 警察相談用資料 as a [`Document`]. Its `drill` is the case's.
pub fn police_consultation(l10n: &Localizer, d: &Dossier) -> Document {
    let (org, case, report) = (&d.org, &d.case, d.report());
    let m = |id: &str| l10n.msg(id, &[]);
    let contact = d.contact();
    let contact_department = contact.and_then(|p| d.department_of(p));
    let police = d.addressees.police.trim();
    let addressee = if ["御中", "様", "殿"].iter().any(|h| police.ends_with(h)) {
        police.to_owned()
    } else {
        l10n.msg("forms-police-addressee", &[("police", police)])
    };
    let sender = match contact_department {
        Some(dept) => l10n.msg("forms-police-sender", &[("org", &org.name), ("department", &dept.name)]),
        None => org.name.clone(),
    };
    let letterhead =
        Letterhead { doc_number: String::new(), date: wareki_date(d.issued_at), addressee: vec![addressee], sender: vec![sender] };

    let mut items = Vec::new();

    // 1 相談者
    let mut who = vec![(m("forms-police-field-org"), org.name.clone())];
    if let Some(dept) = contact_department {
        who.push((m("forms-police-field-department"), dept.name.clone()));
    }
    match contact {
        Some(p) => {
            who.push((m("forms-police-field-person"), l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])));
            if !p.contact.office_phone.is_empty() {
                who.push((m("forms-police-field-phone"), p.contact.office_phone.clone()));
            }
            if !p.contact.mobile_phone.is_empty() {
                who.push((m("forms-police-field-mobile"), p.contact.mobile_phone.clone()));
            }
            if !p.contact.email.is_empty() {
                who.push((m("forms-police-field-email"), p.contact.email.clone()));
            }
        }
        None => who.push((m("forms-police-field-person"), m("forms-value-not-entered"))),
    }
    items.push(Item { heading: m("forms-police-item-consultant"), blocks: vec![Block::Fields(who)] });

    // 2 事案の概要 and 被疑事実の種類
    let crimes = match suspected(l10n, d) {
        None => m("forms-value-not-entered"),
        Some(v) if v.is_empty() => m("forms-value-not-entered"),
        Some(v) => v.join(&m("forms-police-crime-separator")),
    };
    let mut summary = vec![
        (m("forms-field-case-title"), case.title.clone()),
        (m("forms-field-category"), d.category_label.clone()),
        (m("forms-police-field-crime"), crimes),
    ];
    if let Some(r) = report {
        summary.push((m("forms-field-what-happened"), r.summary.clone()));
    }
    if !case.triage.rationale.trim().is_empty() {
        summary.push((m("forms-police-field-judgement"), case.triage.rationale.trim().to_owned()));
    }
    summary.push((m("forms-police-field-receipt-no"), case.receipt_no.clone()));
    items.push(Item { heading: m("forms-police-item-summary"), blocks: vec![Block::Fields(summary)] });

    // 3 発生・覚知日時
    let mut dates = vec![(
        m("forms-field-occurred-at"),
        report.and_then(|r| r.occurred_at).map_or_else(|| m("forms-value-unknown"), |t| wareki_datetime(l10n, t)),
    )];
    if let Some(note) = report.map(|r| r.details.occurred_note.trim()).filter(|n| !n.is_empty()) {
        dates.push((m("forms-field-occurred-note"), note.to_owned()));
    }
    dates.push((
        m("forms-field-noticed-at"),
        report.and_then(|r| r.noticed_at).map_or_else(|| m("forms-value-unknown"), |t| wareki_datetime(l10n, t)),
    ));
    if !d.particulars.discovered_by.trim().is_empty() {
        dates.push((m("forms-police-field-discovered-by"), d.particulars.discovered_by.trim().to_owned()));
    }
    items.push(Item { heading: m("forms-police-item-dates"), blocks: vec![Block::Fields(dates)] });

    // 4 対象システム・機器
    let device = report.map(|r| r.details.device.trim()).filter(|x| !x.is_empty());
    let mut segments = d.particulars.network_segments.clone();
    if segments.is_empty() {
        segments.extend(report.and_then(|r| r.details.network_segment));
    }
    let mut target = vec![
        (m("forms-field-department"), d.report_department().map_or_else(|| m("forms-value-unknown"), |x| x.name.clone())),
        (m("forms-field-device"), device.map_or_else(|| m("forms-value-not-entered"), str::to_owned)),
        (
            m("forms-police-field-network"),
            if segments.is_empty() {
                m("forms-value-not-entered")
            } else {
                segments.iter().map(|s| segment_label(l10n, *s)).collect::<Vec<_>>().join(&m("forms-police-crime-separator"))
            },
        ),
    ];
    if !d.particulars.affected_services.trim().is_empty() {
        target.push((m("forms-police-field-services"), d.particulars.affected_services.trim().to_owned()));
    }
    items.push(Item { heading: m("forms-police-item-target"), blocks: vec![Block::Fields(target)] });

    // 5 経過
    items.push(Item { heading: m("forms-police-item-timeline"), blocks: vec![timeline_block(l10n, &d.timeline)] });

    // 6 証拠品一覧: one row per file (an item without a file gets one row too).
    let mut rows = Vec::new();
    for (i, (e, files)) in d.evidence.iter().enumerate() {
        let kind = m(&format!("evidence-source-{}", e.source.as_code().replace('_', "-")));
        let source = match e.source_detail.trim() {
            "" => kind,
            detail => l10n.msg("forms-police-source", &[("source", &kind), ("detail", detail)]),
        };
        let collected = l10n.msg("forms-police-collected", &[("who", &e.collected_by), ("at", &short_datetime(l10n, e.collected_at))]);
        let row = |no: String, file: String, sha: String| {
            vec![no, e.description.clone(), source.clone(), collected.clone(), e.storage_place.clone(), file, sha]
        };
        match files.len() {
            0 => rows.push(row((i + 1).to_string(), m("forms-police-no-file"), String::new())),
            1 => rows.push(row((i + 1).to_string(), files[0].file_name.clone(), sha_cell(&files[0].sha256))),
            _ => {
                for (j, f) in files.iter().enumerate() {
                    rows.push(row(format!("{}-{}", i + 1, j + 1), f.file_name.clone(), sha_cell(&f.sha256)));
                }
            }
        }
    }
    let evidence = if rows.is_empty() {
        Block::Paragraph(m("forms-value-no-entries"))
    } else {
        Block::Table(Table {
            columns: vec![
                Column { header: m("forms-police-column-no"), weight: 6 },
                Column { header: m("forms-column-what"), weight: 17 },
                Column { header: m("forms-police-column-source"), weight: 15 },
                Column { header: m("forms-police-column-collected"), weight: 15 },
                Column { header: m("forms-police-column-storage"), weight: 15 },
                Column { header: m("forms-police-column-file"), weight: 13 },
                Column { header: m("forms-police-column-sha256"), weight: 19 },
            ],
            rows,
        })
    };
    items.push(Item { heading: m("forms-police-item-evidence"), blocks: vec![evidence] });

    // 7 被害の状況
    let mut damage = vec![(m("forms-field-impact"), crate::common::or(l10n, &case.triage.impact, "forms-value-under-investigation"))];
    if let Some(n) = persons(l10n, d) {
        damage.push((m("forms-police-field-persons"), n));
    }
    if let Some(v) = secondary_damage(l10n, d) {
        damage.push((m("forms-police-field-secondary-damage"), v));
    }
    items.push(Item { heading: m("forms-police-item-damage"), blocks: vec![Block::Fields(damage)] });

    Document {
        title: m("forms-police-title"),
        style: Style::Plain,
        unnumbered: 0,
        drill: case.drill,
        running_head: None,
        letterhead,
        subject: m("forms-police-subject"),
        kind_marks: Vec::new(),
        preamble: vec![l10n.msg("forms-police-preamble", &[("org", &org.name)])],
        items,
        contact: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::sha_cell;

    #[test]
    fn a_sha256_is_set_in_four_lines_of_sixteen_digits() {
        let sha = "61a83a4c3aabd9b8adde378505e0476418b224c7a6e70cd495e1b9d0019542a1";
        let cell = sha_cell(sha);
        assert_eq!(cell.lines().collect::<Vec<_>>(), ["61a83a4c3aabd9b8", "adde378505e04764", "18b224c7a6e70cd4", "95e1b9d0019542a1"]);
        assert_eq!(cell.replace('\n', ""), sha);
        // Anything else is left as it is.
        assert_eq!(sha_cell("abc"), "abc");
    }
}
