//! 本人通知文: the letter to each person whose personal information leaked or may have leaked
//! (個人情報保護法68条2項, 規則45条), as municipalities send it — an apology in ですます調 from the
//! organisation's head, the addressee's name left blank for the clerk to write or merge.
//!
//! Its contents are the PPC report's items 1, 2, 4, 5 and 9 only (regulatory.md §5): 概要, the
//! items of personal information, 原因, 二次被害 and その他参考となる事項, then the 問合せ窓口 as a
//! sixth item (full width, so a long desk line with its hours stays readable).
//! The letter goes to many people, so it never says how many were affected and never prints a
//! text written for internal use that could name someone else (the report's own words, the
//! timeline, the CSIRT's notes): only the case's title, its dates and department, and the
//! 報告事項 written for the reports.
//!
//! The helpers at the end are shared with the 報道発表資料 ([`crate::press`]).

use crate::common::{m, wareki_date};
use crate::dossier::Dossier;
use crate::model::{Block, Document, Item, Letterhead, Style};
use sonae_core::Timestamp;
use sonae_core::casework::CauseCategory;
use sonae_core::notification::NotificationState;
use sonae_core::obligations::Destination;
use sonae_core::report::TriState;
use sonae_i18n::Localizer;

/// The 本人通知文 as a [`Document`]. Its `drill` is the case's.
pub fn subject_notice(l10n: &Localizer, d: &Dossier) -> Document {
    let (org, p) = (&d.org, &d.particulars);
    let department = d.report_department();
    let letterhead = Letterhead {
        // A letter of apology mailed to each person carries no 文書番号 (nothing to register per letter).
        doc_number: String::new(),
        date: wareki_date(d.issued_at),
        addressee: vec![m(l10n, "forms-notice-addressee")],
        sender: crate::common::head_sender(l10n, org),
    };
    let preamble = vec![l10n.msg("forms-notice-preamble-what", &[("org", &org.name)]), m(l10n, "forms-notice-preamble-below")];

    let mut items = Vec::new();

    // 1 概要 (item 1): when, where, what; who found it and a contractor when entered.
    let date_or = |t: Option<Timestamp>| t.map_or_else(|| m(l10n, "forms-value-under-investigation"), wareki_date);
    let report = d.report();
    let mut summary = vec![
        (m(l10n, "forms-notice-field-occurred"), date_or(report.and_then(|r| r.occurred_at))),
        (m(l10n, "forms-notice-field-noticed"), date_or(report.and_then(|r| r.noticed_at).or(Some(d.case.created_at)))),
    ];
    if let Some(dep) = department {
        summary.push((m(l10n, "forms-notice-field-department"), dep.name.clone()));
    }
    summary.push((m(l10n, "forms-notice-field-what"), case_subject(&d.case.title)));
    if !p.discovered_by.trim().is_empty() {
        summary.push((m(l10n, "forms-notice-field-discovered-by"), p.discovered_by.trim().to_owned()));
    }
    if !p.contractor.trim().is_empty() {
        summary.push((m(l10n, "forms-notice-field-contractor"), p.contractor.trim().to_owned()));
    }
    items.push(Item { heading: m(l10n, "forms-notice-item-summary"), blocks: vec![Block::Fields(summary)] });

    // 2 個人情報の項目 (item 2).
    items.push(Item {
        heading: m(l10n, "forms-notice-item-data"),
        blocks: vec![Block::Paragraph(crate::common::or(l10n, &p.data_items, "forms-value-not-entered"))],
    });

    // 3 原因 (item 4).
    items.push(Item {
        heading: m(l10n, "forms-notice-item-cause"),
        blocks: vec![Block::Paragraph(cause(l10n, d, "forms-notice-under-investigation"))],
    });

    // 4 二次被害 (item 5).
    items.push(Item { heading: m(l10n, "forms-notice-item-secondary"), blocks: vec![Block::Paragraph(secondary_damage(l10n, d))] });

    // 5 その他参考となる事項 (item 9): what was entered, and whom the organisation has told.
    let mut other: Vec<String> = Vec::new();
    if !p.other.trim().is_empty() {
        other.push(p.other.trim().to_owned());
    }
    for (at, what) in reported_to(l10n, d) {
        other.push(l10n.msg("forms-notice-sent", &[("date", &wareki_date(at)), ("what", &what)]));
    }
    if other.is_empty() {
        other.push(m(l10n, "forms-notice-other-none"));
    }
    items.push(Item { heading: m(l10n, "forms-notice-item-other"), blocks: vec![Block::Paragraph(other.join("\n"))] });

    // 6 問合せ窓口
    items.push(Item { heading: m(l10n, "forms-notice-item-inquiry"), blocks: vec![Block::Paragraph(inquiry_lines(l10n, d).join("\n"))] });

    Document {
        title: m(l10n, "forms-notice-title"),
        style: Style::Letter,
        unnumbered: 0,
        drill: d.case.drill,
        running_head: None,
        letterhead,
        subject: m(l10n, "forms-notice-subject"),
        kind_marks: Vec::new(),
        preamble,
        items,
        contact: Vec::new(),
    }
}

// ---- shared with the 報道発表資料 ----

/// The case's title without a trailing note in brackets: `USBメモリの紛失（福祉課・個人情報を含む）`
/// → `USBメモリの紛失` (the note is the CSIRT's shorthand, not words for the public).
pub(crate) fn case_subject(title: &str) -> String {
    let t = title.trim();
    match t.strip_suffix('）').and_then(|stem| stem.rfind('（')) {
        Some(open) if open > 0 => t[..open].trim_end().to_owned(),
        _ => t.to_owned(),
    }
}

/// The 問合せ窓口 as lines: the 報告事項's, else the case contact's department and phone.
pub(crate) fn inquiry_lines(l10n: &Localizer, d: &Dossier) -> Vec<String> {
    let desk: Vec<String> = d.particulars.inquiry_desk.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if !desk.is_empty() {
        return desk;
    }
    let mut lines = Vec::new();
    if let Some(p) = d.contact() {
        if let Some(dep) = d.department_of(p) {
            lines.push(l10n.msg("forms-contact-department", &[("department", &dep.name)]));
        }
        if !p.contact.office_phone.trim().is_empty() {
            lines.push(l10n.msg("forms-contact-phone", &[("phone", p.contact.office_phone.trim())]));
        }
    }
    if lines.is_empty() {
        lines.push(m(l10n, "forms-public-inquiry-none"));
    }
    lines
}

/// 原因 (item 4): the recorded narrative, else the cause's category, else `unknown_id`. The
/// 報告事項's 原因となった者 is written for the PPC form (報告者 / 委託先) and stays out: the
/// narrative says who in words the reader understands.
pub(crate) fn cause(l10n: &Localizer, d: &Dossier, unknown_id: &str) -> String {
    let rc = &d.case.root_cause;
    match (rc.narrative.trim(), rc.category) {
        (n, _) if !n.is_empty() => n.to_owned(),
        (_, Some(c)) if c != CauseCategory::Unknown => l10n.msg(&format!("cause-category-{}", c.as_code().replace('_', "-")), &[]),
        _ => m(l10n, unknown_id),
    }
}

/// 二次被害又はそのおそれ (item 5), in a sentence, and what it is when entered.
pub(crate) fn secondary_damage(l10n: &Localizer, d: &Dossier) -> String {
    let p = &d.particulars;
    let mut text = m(
        l10n,
        match p.secondary_damage {
            Some(TriState::Yes) => "forms-public-secondary-yes",
            Some(TriState::No) => "forms-public-secondary-no",
            Some(TriState::Unknown) | None => "forms-public-secondary-unknown",
        },
    );
    let detail = p.secondary_damage_detail.trim();
    if !detail.is_empty() {
        text.push('\n');
        text.push_str(detail);
    }
    text
}

/// The outside bodies the tracker records as told (個人情報保護委員会, 総務省, 都道府県, 警察, IPA,
/// JPCERT/CC), each once, when first sent, in the order they were told: `(when, 〜へ報告)`.
pub(crate) fn reported_to(l10n: &Localizer, d: &Dossier) -> Vec<(Timestamp, String)> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for n in d.sent() {
        let (Some(at), false) = (n.sent_at, n.state == NotificationState::NotRequired) else { continue };
        if seen.contains(&n.destination) {
            continue;
        }
        let what = match n.destination {
            Destination::Ppc => m(l10n, "forms-public-sent-ppc"),
            Destination::Soumu => m(l10n, "forms-public-sent-soumu"),
            Destination::Prefecture => l10n.msg("forms-public-sent-prefecture", &[("prefecture", &d.org.prefecture)]),
            Destination::Police => m(l10n, "forms-public-sent-police"),
            Destination::Ipa => m(l10n, "forms-public-sent-ipa"),
            Destination::Jpcert => m(l10n, "forms-public-sent-jpcert"),
            _ => continue,
        };
        seen.push(n.destination);
        out.push((at, what));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use sonae_core::notification::{Notification, Stage};
    use sonae_core::obligations::Basis;
    use sonae_core::particulars::{Addressees, Particulars};
    use sonae_core::report::{Medium, ReportDetails, ReportSource};
    use sonae_core::{
        Case, CaseId, Category, Department, DepartmentId, IncidentReport, OrgKind, Organization, OrganizationId, Person, PersonId,
        ReportId, Role, SequentialIds,
    };
    use sonae_i18n::Lang;

    /// A small dossier: 架空市, a 福祉課 case of a lost USB memory with 150 persons, its report
    /// (whose own words name a count and a resident), a handler with a phone.
    pub(crate) fn dossier() -> Dossier {
        let ids = SequentialIds::new();
        let t = Utc.with_ymd_and_hms(2026, 11, 19, 2, 0, 0).unwrap();
        let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
        let info = Department::new(DepartmentId::new(&ids), "総務部 情報政策課", "情政").unwrap();
        let welfare = Department::new(DepartmentId::new(&ids), "福祉部 福祉課", "福祉").unwrap();
        let mut handler = Person::new(PersonId::new(&ids), Some(info.id), "伊藤 健太", "", "主査", &[Role::CsirtMember]).unwrap();
        handler.contact.office_phone = "048-000-2202".into();
        let mut case =
            Case::open(CaseId::new(&ids), "2026-0005".into(), "USBメモリの紛失（福祉課・個人情報を含む）", Category::LossTheft, false, t)
                .unwrap();
        case.triage.handler = Some(handler.id);
        case.triage.impact = "対象者約150名の氏名・住所。".into();
        let report = IncidentReport {
            id: ReportId::new(&ids),
            case_id: Some(case.id),
            source: ReportSource::Staff,
            reporter_person_id: None,
            reporter_name: "小林 直樹".into(),
            reporter_contact: String::new(),
            department_id: Some(welfare.id),
            category: Category::LossTheft,
            summary: "対象者約150名（山田花子様ほか）の記録を保存したUSBメモリが見当たらない。".into(),
            noticed_at: Some(t),
            occurred_at: None,
            submitted_at: t,
            drill: false,
            details: ReportDetails {
                personal_info: Some(TriState::Yes),
                max_persons: Some(150),
                medium: Some(Medium::Electronic),
                ..ReportDetails::default()
            },
        };
        Dossier {
            org,
            case,
            reports: vec![report],
            timeline: Vec::new(),
            people: vec![handler],
            departments: vec![info, welfare],
            severity_label: None,
            category_label: "紛失・盗難（PC・媒体・帳票）".into(),
            facts: None,
            assessment: None,
            notifications: Vec::new(),
            evidence: Vec::new(),
            measures: Vec::new(),
            meetings: Vec::new(),
            decisions: Vec::new(),
            particulars: Particulars::default(),
            addressees: Addressees::defaults("埼玉県"),
            issued_at: Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap(),
        }
    }

    /// Every text of a document, one string.
    pub(crate) fn all_text(doc: &Document) -> String {
        let mut s = vec![doc.title.clone(), doc.subject.clone(), doc.kind_marks.concat()];
        s.push(doc.letterhead.doc_number.clone());
        s.push(doc.letterhead.date.clone());
        s.extend(doc.letterhead.addressee.iter().cloned());
        s.extend(doc.letterhead.sender.iter().cloned());
        s.extend(doc.preamble.iter().cloned());
        for i in &doc.items {
            s.push(i.heading.clone());
            for b in &i.blocks {
                match b {
                    Block::Paragraph(p) => s.push(p.clone()),
                    Block::Fields(f) => f.iter().for_each(|(l, v)| s.push(format!("{l}：{v}"))),
                    Block::Table(t) => {
                        s.extend(t.columns.iter().map(|c| c.header.clone()));
                        t.rows.iter().for_each(|r| s.extend(r.iter().cloned()));
                    }
                    Block::BarChart(c) => c.bars.iter().for_each(|(l, v)| s.push(format!("{l}：{v}{}", c.unit))),
                }
            }
        }
        s.extend(doc.contact.iter().cloned());
        s.join("\n")
    }

    #[test]
    fn the_notice_is_a_letter_from_the_head_to_a_blank_name() {
        let l10n = Localizer::new(Lang::Ja);
        let doc = subject_notice(&l10n, &dossier());
        assert_eq!(doc.style, Style::Letter);
        assert!(!doc.drill);
        assert_eq!(doc.subject, "個人情報の漏えいに関するお知らせとお詫び");
        assert_eq!(doc.letterhead.sender, vec!["架空市長".to_owned(), "（公印省略）".to_owned()]);
        let addressee = doc.letterhead.addressee.concat();
        assert!(addressee.ends_with('様') && addressee.trim_start_matches('\u{3000}') == "様", "{addressee:?}");
        assert!(doc.letterhead.doc_number.is_empty());
        assert_eq!(doc.letterhead.date, "令和8年11月21日");
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "概要",
                "漏えい等が発生し、又は発生したおそれがある個人情報の項目",
                "原因",
                "二次被害又はそのおそれの有無及びその内容",
                "その他参考となる事項",
                "問合せ窓口"
            ]
        );
        assert!(doc.preamble.iter().any(|p| p.contains("お詫び申し上げます")));
    }

    #[test]
    fn the_notice_says_no_head_count_and_nothing_written_for_internal_use() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        d.particulars.confirmed_persons = Some(148);
        d.particulars.data_items = "氏名、住所、訪問記録".into();
        let text = all_text(&subject_notice(&l10n, &d));
        for banned in ["150", "148", "山田", "小林", "人）", "最大"] {
            assert!(!text.contains(banned), "{banned:?} in:\n{text}");
        }
        assert!(text.contains("事案の内容：USBメモリの紛失"), "{text}");
        assert!(text.contains("氏名、住所、訪問記録"), "{text}");
        assert!(text.contains("発生した部署：福祉部 福祉課"), "{text}");
    }

    #[test]
    fn the_inquiry_desk_is_the_particulars_else_the_contacts_department_and_phone() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        let desk = |d: &Dossier| {
            let doc = subject_notice(&l10n, d);
            let last = doc.items.last().unwrap();
            assert_eq!(last.heading, "問合せ窓口");
            assert!(doc.contact.is_empty());
            last.blocks.clone()
        };
        assert_eq!(desk(&d), [Block::Paragraph("担当課　総務部 情報政策課\n電話　048-000-2202".into())]);
        d.particulars.inquiry_desk = "福祉部 福祉課\n電話 048-000-2400（平日 8時30分〜17時15分）\n".into();
        assert_eq!(desk(&d), [Block::Paragraph("福祉部 福祉課\n電話 048-000-2400（平日 8時30分〜17時15分）".into())]);
        d.particulars.inquiry_desk.clear();
        d.people.clear();
        assert_eq!(desk(&d), [Block::Paragraph("（未記入）".into())]);
    }

    #[test]
    fn cause_damage_and_other_matters_come_from_the_particulars_and_the_tracker() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        let text = all_text(&subject_notice(&l10n, &d));
        assert!(text.contains("現在調査中です。"), "{text}");
        assert!(text.contains("二次被害の有無については、現在確認中です。"), "{text}");
        assert!(text.contains("特にありません。"), "{text}");
        assert!(text.contains("（未記入）"), "the items of personal information are to be filled in");

        d.case.root_cause.narrative = "USBメモリの持出し手順が守られていなかった。".into();
        d.particulars.cause_actor = "本市職員".into();
        d.particulars.secondary_damage = Some(TriState::No);
        d.particulars.other = "警察署に遺失届を提出しています。".into();
        let sent_at = Utc.with_ymd_and_hms(2026, 11, 20, 6, 0, 0).unwrap();
        let mut ppc = Notification::new(d.case.id, Destination::Ppc, Basis::Appi68, Stage::Preliminary, "t", sent_at);
        ppc.sent_at = Some(sent_at);
        ppc.state = NotificationState::Sent;
        let mut committee = Notification::new(d.case.id, Destination::Committee, Basis::SecurityPolicy, Stage::Single, "t", sent_at);
        committee.sent_at = Some(sent_at);
        let pending = Notification::new(d.case.id, Destination::Police, Basis::SecurityPolicy, Stage::Single, "t", sent_at);
        d.notifications = vec![ppc, committee, pending];
        let text = all_text(&subject_notice(&l10n, &d));
        assert!(text.contains("原因\nUSBメモリの持出し手順が守られていなかった。\n"), "{text}");
        assert!(!text.contains("本市職員"), "原因となった者 is the PPC form's: {text}");
        assert!(text.contains("現時点で、二次被害又はそのおそれは確認されていません。"), "{text}");
        assert!(text.contains("警察署に遺失届を提出しています。\n令和8年11月20日、個人情報保護委員会へ報告しました。"), "{text}");
        assert!(
            !text.contains("情報セキュリティ委員会") && !text.contains("警察へ相談"),
            "only what was sent, and not internal bodies: {text}"
        );
    }

    #[test]
    fn a_drill_case_gives_a_drill_notice() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        d.case.drill = true;
        assert!(subject_notice(&l10n, &d).drill);
    }

    #[test]
    fn a_trailing_note_in_brackets_leaves_the_title() {
        assert_eq!(case_subject("USBメモリの紛失（福祉課・個人情報を含む）"), "USBメモリの紛失");
        assert_eq!(case_subject("公式Webサイトの一部ページ改ざん"), "公式Webサイトの一部ページ改ざん");
        assert_eq!(case_subject("（訓練）ランサムウェア"), "（訓練）ランサムウェア");
        assert_eq!(case_subject("（訓練）"), "（訓練）");
    }
}
