//! 情報セキュリティインシデントの発生について（報告）to 総務省 and the 都道府県 (regulatory.md §1,
//! 000 §1(6)⑤), as an official letter from the organisation's head.
//!
//! Addressed to whichever of the two the assessment owes a report to (the organisation's policy),
//! 【第一報】 until the tracker records one sent to them, 【続報】 after. The items are the PPC
//! report's where they fit ([`crate::ppc::Items`]; the personal-data items only when personal
//! information is involved), plus 発生したネットワーク (三層の対策), 影響を受けた業務・サービス and the
//! case's 重要度. No national form or deadline exists (UNCONFIRMED in regulatory.md), so the
//! layout is the organisation's ordinary report letter.

use crate::common::{addressed, case_contact, doc_number, head_sender, m, wareki_date};
use crate::dossier::Dossier;
use crate::kinds::PpcLaw;
use crate::model::{Document, Letterhead, Style};
use crate::ppc::{Items, Section, drafting_department};
use sonae_core::obligations::Destination;
use sonae_core::report::{Medium, TriState};
use sonae_core::setup::NetworkSegment;
use sonae_i18n::Localizer;

/// The authorities the report is addressed to: those the assessment owes it to (both when called
/// for a case that owes neither).
fn destinations(d: &Dossier) -> Vec<Destination> {
    let owed: Vec<Destination> =
        [Destination::Soumu, Destination::Prefecture].into_iter().filter(|x| !d.obligations_to(*x).is_empty()).collect();
    if owed.is_empty() { vec![Destination::Soumu, Destination::Prefecture] } else { owed }
}

/// マイナンバー利用事務系 / LGWAN接続系 / インターネット接続系.
pub(crate) fn segment_label(l10n: &Localizer, s: NetworkSegment) -> String {
    m(
        l10n,
        match s {
            NetworkSegment::MyNumber => "forms-prefecture-segment-my-number",
            NetworkSegment::Lgwan => "forms-prefecture-segment-lgwan",
            NetworkSegment::Internet => "forms-prefecture-segment-internet",
        },
    )
}

/// 発生したネットワーク: the 報告事項's segments, else the report's; 該当なし for paper.
fn network(items: &Items<'_>) -> String {
    let d = items.d;
    let mut segments = d.particulars.network_segments.clone();
    if segments.is_empty() {
        segments.extend(d.report().and_then(|r| r.details.network_segment));
    }
    if !segments.is_empty() {
        return segments.iter().map(|s| segment_label(items.l10n, *s)).collect::<Vec<_>>().join("、");
    }
    match d.report().and_then(|r| r.details.medium) {
        Some(Medium::Paper) => m(items.l10n, "forms-prefecture-network-none"),
        _ => items.unknown(),
    }
}

/// Whether the case involves personal information (the rules' facts, else the report).
fn personal_law(d: &Dossier) -> Option<PpcLaw> {
    match d.facts {
        Some(f) if f.personal_info.involved => Some(PpcLaw::Appi),
        Some(f) if f.my_number.involved => Some(PpcLaw::MyNumber),
        Some(_) => None,
        None => d.report().and_then(|r| (r.details.personal_info == Some(TriState::Yes)).then_some(PpcLaw::Appi)),
    }
}

/// The report to 総務省・都道府県 as a [`Document`]. Its `drill` is the case's.
pub fn prefecture_report(l10n: &Localizer, d: &Dossier) -> Document {
    let org = &d.org;
    let to = destinations(d);
    let addressees = to
        .iter()
        .map(|x| addressed(l10n, org, if *x == Destination::Soumu { &d.addressees.soumu } else { &d.addressees.prefecture }))
        .collect();
    // The first report to either of them already sent: this one is a 続報.
    let earlier =
        d.sent().into_iter().find(|n| matches!(n.destination, Destination::Soumu | Destination::Prefecture)).and_then(|n| n.sent_at);
    let (stage, mark, preamble) = match earlier {
        None => ("forms-prefecture-stage-first", "forms-prefecture-mark-first", m(l10n, "forms-prefecture-preamble")),
        Some(at) => (
            "forms-prefecture-stage-followup",
            "forms-prefecture-mark-followup",
            l10n.msg("forms-prefecture-preamble-followup", &[("date", &wareki_date(at))]),
        ),
    };

    let personal = personal_law(d);
    let items = Items { l10n, d, law: personal.unwrap_or(PpcLaw::Appi), early: earlier.is_none() };
    let mut sections = vec![
        items.overview(),
        Section::text(m(l10n, "forms-prefecture-item-network"), network(&items)),
        Section::text(m(l10n, "forms-prefecture-item-services"), items.or_unknown(&d.particulars.affected_services)),
        Section::text(
            m(l10n, "forms-prefecture-item-severity"),
            d.severity_label.clone().unwrap_or_else(|| m(l10n, "forms-value-not-assessed")),
        ),
    ];
    if personal.is_some() {
        sections.extend([items.data(), items.persons()]);
    }
    sections.extend([items.cause(), items.secondary_damage()]);
    if personal.is_some() {
        sections.push(items.subject_response(None));
    }
    sections.extend([
        items.publication(),
        items.measures(),
        items.other(&[Destination::Ppc, Destination::Police, Destination::Ipa, Destination::Jpcert], Vec::new()),
    ]);

    Document {
        title: l10n.msg("forms-prefecture-title", &[("stage", &m(l10n, stage))]),
        style: Style::Letter,
        unnumbered: 0,
        drill: d.case.drill,
        running_head: None,
        letterhead: Letterhead {
            doc_number: doc_number(org, drafting_department(d), d.issued_at),
            date: wareki_date(d.issued_at),
            addressee: addressees,
            sender: head_sender(l10n, org),
        },
        subject: m(l10n, "forms-prefecture-subject"),
        kind_marks: vec![m(l10n, mark)],
        preamble: vec![preamble],
        items: sections.iter().map(|s| s.item(l10n)).collect(),
        contact: case_contact(l10n, d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ppc::tests::{dossier, fields, ja, known_on, sent, t0, text, value};
    use sonae_core::OrgKind;
    use sonae_core::notification::Stage;
    use sonae_core::obligations::{Basis, DestinationPolicy, Facts, ReportWhen, assess};

    fn unauthorized_access() -> Facts {
        let mut f = Facts::new(OrgKind::Municipality, known_on());
        f.crime.unauthorized_access = true;
        f
    }

    #[test]
    fn a_first_report_goes_to_both_authorities_with_the_authoritys_items_and_no_personal_items() {
        let l10n = ja();
        let mut d = dossier(unauthorized_access());
        d.particulars.network_segments = vec![NetworkSegment::Lgwan, NetworkSegment::Internet];
        d.particulars.affected_services = "公式Webサイトの閲覧".into();
        let doc = prefecture_report(&l10n, &d);
        assert_eq!(doc.letterhead.addressee, ["総務省自治行政局地域情報化企画室長　様", "埼玉県総務部市町村課長　様"]);
        assert_eq!(doc.letterhead.sender, ["架空市長", "（公印省略）"]);
        assert_eq!(doc.subject, "情報セキュリティインシデントの発生について（報告）");
        assert_eq!(doc.kind_marks, ["【第一報】"]);
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "概要",
                "発生したネットワーク",
                "影響を受けた業務・サービス",
                "重要度",
                "原因",
                "二次被害又はそのおそれの有無及びその内容",
                "公表の実施状況",
                "再発防止のための措置",
                "その他参考となる事項",
            ]
        );
        let all = text(&doc);
        assert!(all.contains("発生したネットワーク\nLGWAN接続系、インターネット接続系\n"), "{all}");
        assert!(all.contains("影響を受けた業務・サービス\n公式Webサイトの閲覧\n"), "{all}");
        assert!(all.contains("重要度\n高\n"), "{all}");
        // A 第一報 says 調査中 for what is not known yet.
        assert_eq!(value(&doc, "原因", "原因"), "調査中");
    }

    #[test]
    fn only_the_authorities_the_policy_owes_are_addressed_and_a_sent_report_makes_the_next_a_follow_up() {
        let l10n = ja();
        let mut d = dossier(unauthorized_access());
        let mut policy = DestinationPolicy::default();
        policy.soumu.when = ReportWhen::Never;
        d.assessment = Some(assess(d.facts.as_ref().unwrap(), &policy));
        assert_eq!(prefecture_report(&l10n, &d).letterhead.addressee, ["埼玉県総務部市町村課長　様"]);

        let at = t0() + chrono::Duration::hours(4);
        d.notifications = vec![
            sent(&d, Destination::Prefecture, Basis::SecurityPolicy, Stage::Single, at, "電子メール"),
            sent(&d, Destination::Police, Basis::SecurityPolicy, Stage::Single, at + chrono::Duration::hours(1), "電話"),
        ];
        let doc = prefecture_report(&l10n, &d);
        assert_eq!(doc.kind_marks, ["【続報】"]);
        assert_eq!(doc.title, "総務省・都道府県への報告（続報）");
        assert_eq!(doc.preamble, ["標記について、令和8年11月19日に報告した事案のその後の状況を、下記のとおり報告します。"]);
        // Its own earlier report is not listed again; the police consultation is.
        assert_eq!(value(&doc, "その他参考となる事項", "関係機関への報告等"), "・令和8年11月19日（木）14時10分　警察に相談（電話）");
        // Not a 第一報 any more: unknown values read 不明.
        assert_eq!(value(&doc, "原因", "原因"), "不明");
    }

    #[test]
    fn personal_information_brings_the_personal_items() {
        let l10n = ja();
        let mut f = unauthorized_access();
        f.personal_info.involved = true;
        f.personal_info.max_persons = 30;
        let doc = prefecture_report(&l10n, &dossier(f));
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        for h in ["漏えい等が発生し、又は発生したおそれがある保有個人情報の項目", "本人の数", "本人への対応の実施状況"]
        {
            assert!(headings.contains(&h), "{h} in {headings:?}");
        }
        assert_eq!(value(&doc, "本人の数", "本人の数（最大）"), "30人");
        assert!(!fields(&doc, "概要").is_empty());
    }

    #[test]
    fn network_segments_read_as_the_three_layers() {
        let l10n = ja();
        assert_eq!(segment_label(&l10n, NetworkSegment::MyNumber), "マイナンバー利用事務系");
        assert_eq!(segment_label(&l10n, NetworkSegment::Lgwan), "LGWAN接続系");
        assert_eq!(segment_label(&l10n, NetworkSegment::Internet), "インターネット接続系");
    }
}
