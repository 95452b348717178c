//! 報道発表資料 (draft): what the organisation tells the press about a case it publishes (公表,
//! 000 §1(6)⑥), in the shape municipal press releases take — the date and the department in
//! charge at the top right, a factual title, and 1 概要, 2 経過, 3 漏えい等した個人情報及び影響,
//! 4 原因, 5 今後の対応及び再発防止策, 6 お詫び, 7 問合せ先.
//!
//! It is a draft (【案】) for the department and the 広報 office to finish: it says only the
//! facts of the case and never a resident's personal data. The 経過 is what people recorded on
//! the timeline and whom the organisation told; the lines the app writes for itself (tasks,
//! state changes, tracker updates, evidence hashes) stay out.

use crate::common::{m, or, short_datetime, wareki_date, wareki_datetime, wareki_day};
use crate::dossier::Dossier;
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use crate::notice::{case_subject, cause, inquiry_lines, reported_to, secondary_damage};
use sonae_core::casework::MeasureStatus;
use sonae_core::particulars::SubjectResponse;
use sonae_core::report::{Medium, TriState};
use sonae_core::{TimelineEntry, Timestamp};
use sonae_i18n::Localizer;

/// The 報道発表資料 (draft) as a [`Document`]. Its `drill` is the case's.
pub fn press_release(l10n: &Localizer, d: &Dossier) -> Document {
    let (org, p, report) = (&d.org, &d.particulars, d.report());
    let personal = personal_info_involved(d);
    let department = d.report_department().or_else(|| d.contact().and_then(|c| d.department_of(c)));
    let what = case_subject(&d.case.title);
    let title_what = if personal && !what.contains("個人情報") {
        l10n.msg("forms-press-subject-personal", &[("what", &what)])
    } else {
        l10n.msg("forms-press-subject", &[("what", &what)])
    };

    let mut sender = vec![org.name.clone()];
    if let Some(dep) = department {
        sender.push(l10n.msg("forms-press-in-charge", &[("department", &dep.name)]));
    }
    let letterhead = Letterhead { doc_number: String::new(), date: wareki_date(d.issued_at), addressee: Vec::new(), sender };
    let preamble = vec![match department {
        Some(dep) => l10n.msg("forms-press-preamble", &[("org", &org.name), ("department", &dep.name), ("what", &what)]),
        None => l10n.msg("forms-press-preamble-no-department", &[("org", &org.name), ("what", &what)]),
    }];

    let mut items = Vec::new();

    // 1 概要
    let when = |t: Option<Timestamp>| t.map_or_else(|| m(l10n, "forms-value-under-investigation"), |t| wareki_datetime(l10n, t));
    let mut summary = vec![(m(l10n, "forms-press-field-occurred"), when(report.and_then(|r| r.occurred_at)))];
    if let Some(note) = report.map(|r| r.details.occurred_note.trim()).filter(|n| !n.is_empty()) {
        summary.push((m(l10n, "forms-field-occurred-note"), note.to_owned()));
    }
    summary.push((m(l10n, "forms-press-field-noticed"), when(report.and_then(|r| r.noticed_at).or(Some(d.case.created_at)))));
    if let Some(dep) = d.report_department() {
        summary.push((m(l10n, "forms-press-field-department"), dep.name.clone()));
    }
    summary.push((m(l10n, "forms-press-field-what"), report.map_or_else(|| d.case.title.clone(), |r| r.summary.trim().to_owned())));
    items.push(Item { heading: m(l10n, "forms-press-item-summary"), blocks: vec![Block::Fields(summary)] });

    // 2 経過: what people recorded, and whom the organisation told.
    let mut rows: Vec<(Timestamp, String)> =
        written_by_people(l10n, &d.timeline).into_iter().map(|e| (e.occurred_at, e.text.trim().to_owned())).collect();
    rows.extend(reported_to(l10n, d).into_iter().map(|(at, what)| (at, l10n.msg("forms-press-sent-row", &[("what", &what)]))));
    rows.sort_by_key(|(at, _)| *at);
    let blocks = if rows.is_empty() {
        vec![Block::Paragraph(m(l10n, "forms-value-no-entries"))]
    } else {
        vec![Block::Table(Table {
            columns: vec![
                Column { header: m(l10n, "forms-press-column-when"), weight: 26 },
                Column { header: m(l10n, "forms-press-column-what"), weight: 74 },
            ],
            rows: rows.into_iter().map(|(at, text)| vec![short_datetime(l10n, at), text]).collect(),
        })]
    };
    items.push(Item { heading: m(l10n, "forms-press-item-timeline"), blocks });

    // 3 漏えい等した個人情報及び影響
    let mut impact = Vec::new();
    if personal {
        impact.push((m(l10n, "forms-press-field-persons"), persons(l10n, d)));
        impact.push((m(l10n, "forms-press-field-data-items"), or(l10n, &p.data_items, "forms-value-not-entered")));
        if let Some(medium) = report.and_then(|r| r.details.medium).filter(|m| *m != Medium::Unknown) {
            impact.push((m(l10n, "forms-press-field-medium"), m(l10n, &format!("medium-{}", medium.as_code()))));
        }
    }
    if !d.case.triage.impact.trim().is_empty() {
        impact.push((m(l10n, "forms-press-field-impact"), d.case.triage.impact.trim().to_owned()));
    }
    if !p.affected_services.trim().is_empty() {
        impact.push((m(l10n, "forms-press-field-services"), p.affected_services.trim().to_owned()));
    }
    impact.push((m(l10n, "forms-press-field-secondary"), secondary_damage(l10n, d)));
    let heading = if personal { "forms-press-item-data" } else { "forms-press-item-impact" };
    items.push(Item { heading: m(l10n, heading), blocks: vec![Block::Fields(impact)] });

    // 4 原因
    items.push(Item {
        heading: m(l10n, "forms-press-item-cause"),
        blocks: vec![Block::Paragraph(cause(l10n, d, "forms-notice-under-investigation"))],
    });

    // 5 今後の対応及び再発防止策: the persons concerned, then the measures done and planned.
    let mut next = Vec::new();
    let subjects = match p.subject_response {
        Some(SubjectResponse::Done) => Some("forms-press-subjects-done"),
        Some(SubjectResponse::Planned) => Some("forms-press-subjects-planned"),
        Some(SubjectResponse::Impossible) => Some("forms-press-subjects-impossible"),
        Some(SubjectResponse::Undecided) | None => None,
    };
    if let Some(id) = subjects.filter(|_| personal) {
        next.push((m(l10n, "forms-press-field-subjects"), m(l10n, id)));
    }
    for (status, label) in
        [(MeasureStatus::Done, "forms-press-field-measures-done"), (MeasureStatus::Planned, "forms-press-field-measures-planned")]
    {
        let lines: Vec<String> = d
            .measures
            .iter()
            .filter(|x| x.status == status)
            .map(|x| {
                let text = x.text.trim();
                match (status, x.due_on) {
                    (MeasureStatus::Done, Some(day)) => {
                        l10n.msg("forms-press-measure-done-on", &[("text", text), ("date", &wareki_day(day))])
                    }
                    (MeasureStatus::Planned, Some(day)) => {
                        l10n.msg("forms-press-measure-planned", &[("text", text), ("date", &wareki_day(day))])
                    }
                    _ => l10n.msg("forms-press-measure-done", &[("text", text)]),
                }
            })
            .collect();
        if !lines.is_empty() {
            next.push((m(l10n, label), lines.join("\n")));
        }
    }
    let measures_known = d.measures.iter().any(|x| matches!(x.status, MeasureStatus::Done | MeasureStatus::Planned));
    let mut blocks = Vec::new();
    if !next.is_empty() {
        blocks.push(Block::Fields(next));
    }
    if !measures_known {
        blocks.push(Block::Paragraph(m(l10n, "forms-press-measures-none")));
    }
    items.push(Item { heading: m(l10n, "forms-press-item-measures"), blocks });

    // 6 お詫び
    let apology = if personal { "forms-press-apology-personal" } else { "forms-press-apology" };
    items.push(Item { heading: m(l10n, "forms-press-item-apology"), blocks: vec![Block::Paragraph(m(l10n, apology))] });

    // 7 問合せ先
    items.push(Item { heading: m(l10n, "forms-press-item-inquiry"), blocks: vec![Block::Paragraph(inquiry_lines(l10n, d).join("\n"))] });

    Document {
        title: m(l10n, "forms-press-title"),
        style: Style::Plain,
        unnumbered: 0,
        drill: d.case.drill,
        running_head: None,
        letterhead,
        subject: title_what,
        kind_marks: vec![m(l10n, "forms-press-draft-mark")],
        preamble,
        items,
        contact: Vec::new(),
    }
}

/// Whether personal information (or 特定個人情報) is involved: the rules' facts, else the report.
fn personal_info_involved(d: &Dossier) -> bool {
    match &d.facts {
        Some(f) => f.personal_info.involved || f.my_number.involved,
        None => d.report().is_some_and(|r| r.details.personal_info == Some(TriState::Yes) || r.details.my_number == Some(TriState::Yes)),
    }
}

/// 対象者数: the maximum possible (the rules' fact, else the report's), and those confirmed.
fn persons(l10n: &Localizer, d: &Dossier) -> String {
    let max = match &d.facts {
        Some(f) => {
            let pi = if f.personal_info.involved { f.personal_info.max_persons } else { 0 };
            let mn = if f.my_number.involved { f.my_number.max_persons } else { 0 };
            Some(pi.max(mn)).filter(|n| *n > 0)
        }
        None => d.report().and_then(|r| r.details.max_persons).and_then(|n| u64::try_from(n).ok()),
    };
    let Some(max) = max else { return m(l10n, "forms-value-under-investigation") };
    let persons = l10n.msg("forms-persons", &[("count", &max.to_string())]);
    match (d.particulars.confirmed_persons, d.particulars.persons_counted_at) {
        (Some(n), Some(at)) => l10n.msg(
            "forms-press-persons-confirmed",
            &[("persons", &persons), ("confirmed", &n.to_string()), ("at", &wareki_datetime(l10n, at))],
        ),
        (Some(n), None) => l10n.msg("forms-press-persons-confirmed-no-time", &[("persons", &persons), ("confirmed", &n.to_string())]),
        (None, _) => persons,
    }
}

/// The timeline lines the app writes itself (`timeline-*` of case.ftl, common.ftl and report.ftl):
/// records of its own bookkeeping, not the events of the case.
const APP_LINES: &[&str] = &[
    "timeline-task-added",
    "timeline-task-edited",
    "timeline-task-done",
    "timeline-task-done-note",
    "timeline-task-waived",
    "timeline-task-reopened",
    "timeline-evidence-added",
    "timeline-evidence-file-attached",
    "timeline-custody-transferred",
    "timeline-evidence-rechecked",
    "timeline-evidence-recheck-failed",
    "timeline-meeting-held",
    "timeline-decision-proposed",
    "timeline-decision-approved",
    "timeline-decision-rejected",
    "timeline-root-cause-saved",
    "timeline-measure-saved",
    "timeline-playbook-applied",
    "timeline-obligations-assessed",
    "timeline-obligation-added",
    "timeline-obligation-removed",
    "timeline-obligation-updated",
    "timeline-obligation-final-days",
    "timeline-obligation-final-deadline",
    "timeline-obligation-trigger-added",
    "timeline-notification-state",
    "timeline-case-linked",
    "timeline-case-linked-from",
    "timeline-triage-updated",
    "timeline-case-moved",
    "timeline-case-moved-reason",
    "timeline-ciso-informed",
    "timeline-report-received",
];

/// Every argument name the [`APP_LINES`] messages use.
const APP_LINE_ARGS: &[&str] = &[
    "title",
    "list",
    "note",
    "reason",
    "description",
    "place",
    "file",
    "sha256",
    "from",
    "to",
    "purpose",
    "count",
    "bad",
    "files",
    "agenda",
    "participants",
    "text",
    "category",
    "status",
    "owner",
    "revision",
    "known",
    "owed",
    "obligation",
    "changes",
    "because",
    "date",
    "trigger",
    "destination",
    "stage",
    "state",
    "receipt",
    "kind",
    "ciso",
    "source",
    "reporter",
];

/// The lines of `timeline` people wrote, in order: not one of the [`APP_LINES`], whose text is
/// a message's fixed parts, in order, with anything in the places of the arguments. The
/// messages are formatted once per call, not once per line (a case may have hundreds).
pub(crate) fn written_by_people<'a>(l10n: &Localizer, timeline: &'a [TimelineEntry]) -> Vec<&'a TimelineEntry> {
    const HOLE: &str = "\u{1}";
    let args: Vec<(&str, &str)> = APP_LINE_ARGS.iter().map(|a| (*a, HOLE)).collect();
    let patterns: Vec<String> = APP_LINES.iter().map(|id| l10n.msg(id, &args)).collect();
    let patterns: Vec<Vec<&str>> = patterns.iter().map(|p| p.trim().split(HOLE).collect()).collect();
    timeline.iter().filter(|e| !patterns.iter().any(|parts| matches_parts(e.text.trim(), parts))).collect()
}

/// Whether `text` is `parts[0] … parts[1] … parts[n]`: starting with the first part, ending with
/// the last, the others in between in order.
fn matches_parts(text: &str, parts: &[&str]) -> bool {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else { return false };
    if parts.len() == 1 {
        return text == *first;
    }
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::tests::{all_text, dossier};
    use chrono::{Duration, NaiveDate, TimeZone, Utc};
    use sonae_core::casework::Measure;
    use sonae_core::notification::{Notification, NotificationState, Stage};
    use sonae_core::obligations::{Basis, Destination, Facts};
    use sonae_core::{MeasureId, OrgKind, SequentialIds, TimelineEntryId, TimelineKind};
    use sonae_i18n::Lang;

    fn line(d: &Dossier, ids: &SequentialIds, minutes: i64, kind: TimelineKind, text: &str) -> TimelineEntry {
        let t = d.case.created_at + Duration::minutes(minutes);
        TimelineEntry::new(TimelineEntryId::new(ids), d.case.id, kind, t, t, "person:x", text).unwrap()
    }

    #[test]
    fn the_release_is_a_plain_draft_with_the_seven_items() {
        let l10n = Localizer::new(Lang::Ja);
        let doc = press_release(&l10n, &dossier());
        assert_eq!(doc.style, Style::Plain);
        assert_eq!(doc.subject, "個人情報を含むUSBメモリの紛失について");
        assert_eq!(doc.kind_marks, ["【案】"]);
        assert_eq!(doc.letterhead.date, "令和8年11月21日");
        assert_eq!(doc.letterhead.sender, ["架空市", "担当　福祉部 福祉課"]);
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(headings, ["概要", "経過", "漏えい等した個人情報及び影響", "原因", "今後の対応及び再発防止策", "お詫び", "問合せ先"]);
        let text = all_text(&doc);
        assert!(text.contains("対象者数：最大 150 人"), "{text}");
        assert!(text.contains("個人情報を適切に管理すべき立場にありながら"), "{text}");
        assert!(text.contains("担当課　総務部 情報政策課\n電話　048-000-2202"), "{text}");
        assert!(!text.contains("小林"), "no reporter's name: {text}");
    }

    #[test]
    fn a_case_without_personal_information_speaks_of_its_impact_only() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        d.case.title = "公式Webサイトの一部ページ改ざん".into();
        d.facts = Some(Facts::new(OrgKind::Municipality, NaiveDate::from_ymd_opt(2026, 11, 19).unwrap()));
        let doc = press_release(&l10n, &d);
        assert_eq!(doc.subject, "公式Webサイトの一部ページ改ざんについて");
        assert_eq!(doc.items[2].heading, "影響");
        let text = all_text(&doc);
        assert!(!text.contains("対象者数") && !text.contains("個人情報を適切に"), "{text}");
    }

    #[test]
    fn the_course_of_events_leaves_out_the_apps_own_lines_and_adds_whom_the_organisation_told() {
        let l10n = Localizer::new(Lang::Ja);
        let ids = SequentialIds::new();
        let mut d = dossier();
        let app = [
            l10n.msg("timeline-task-done", &[("title", "証拠の保全")]),
            l10n.msg("timeline-case-moved", &[("from", "評価中"), ("to", "対応中")]),
            l10n.msg("timeline-triage-updated", &[]),
            l10n.msg("timeline-notification-state", &[("destination", "個人情報保護委員会"), ("stage", "速報"), ("state", "送付済")]),
            l10n.msg("timeline-obligations-assessed", &[("known", "2026-11-19"), ("owed", "本人（個人情報保護法第68条）")]),
        ];
        d.timeline = vec![
            line(&d, &ids, 30, TimelineKind::Action, "庁舎内と公用車内を捜索したが発見できなかった。"),
            line(&d, &ids, 40, TimelineKind::Action, &app[0]),
            line(&d, &ids, 50, TimelineKind::Decision, &app[1]),
            line(&d, &ids, 60, TimelineKind::Decision, &app[2]),
            line(&d, &ids, 70, TimelineKind::Communication, &app[3]),
            line(&d, &ids, 80, TimelineKind::Decision, &app[4]),
            line(&d, &ids, 120, TimelineKind::Communication, "警察署に遺失届を提出した。"),
        ];
        let sent_at = d.case.created_at + Duration::minutes(90);
        let mut ppc = Notification::new(d.case.id, Destination::Ppc, Basis::Appi68, Stage::Preliminary, "t", sent_at);
        ppc.sent_at = Some(sent_at);
        ppc.state = NotificationState::Sent;
        d.notifications = vec![ppc];
        let doc = press_release(&l10n, &d);
        let Block::Table(t) = &doc.items[1].blocks[0] else { panic!("a table") };
        let texts: Vec<&str> = t.rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(
            texts,
            ["庁舎内と公用車内を捜索したが発見できなかった。", "個人情報保護委員会へ報告した。", "警察署に遺失届を提出した。"]
        );
        assert_eq!(t.rows[0][0], "11月19日（木）11:30");
    }

    #[test]
    fn every_app_line_exists_and_a_persons_own_words_are_kept() {
        let l10n = Localizer::new(Lang::Ja);
        for id in APP_LINES {
            assert!(l10n.has(id), "{id} is gone from the locales: the 経過 would show it");
        }
        assert!(matches_parts("作業「a」を完了した。", &["作業「", "」を完了した。"]));
        assert!(!matches_parts("作業を完了した。", &["作業「", "」を完了した。"]));
        assert!(matches_parts("x", &["x"]) && !matches_parts("xy", &["x"]));
        let ids = SequentialIds::new();
        let d = dossier();
        let own = line(&d, &ids, 1, TimelineKind::Decision, "状態を確認し、対応を継続すると判断した。");
        assert_eq!(written_by_people(&l10n, std::slice::from_ref(&own)).len(), 1);
    }

    #[test]
    fn measures_are_split_into_done_and_planned_and_the_persons_response_is_said() {
        let l10n = Localizer::new(Lang::Ja);
        let ids = SequentialIds::new();
        let mut d = dossier();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 0, 0, 0).unwrap();
        let day = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd);
        d.measures = vec![
            Measure::new(
                MeasureId::new(&ids),
                d.case.id,
                "USBメモリの使用を暗号化機能付きのものに限定した。",
                MeasureStatus::Done,
                "情報政策課",
                day(11, 20),
                now,
                now,
            )
            .unwrap(),
            Measure::new(MeasureId::new(&ids), d.case.id, "全職員への研修", MeasureStatus::Planned, "情報政策課", day(12, 25), now, now)
                .unwrap(),
        ];
        d.particulars.subject_response = Some(SubjectResponse::Planned);
        let text = all_text(&press_release(&l10n, &d));
        assert!(text.contains("対象の方への対応：対象となる方には、個別にお詫びと経緯の説明を行います。"), "{text}");
        assert!(text.contains("実施済みの措置：・USBメモリの使用を暗号化機能付きのものに限定した。（令和8年11月20日実施）"), "{text}");
        assert!(text.contains("今後実施予定の措置：・全職員への研修（令和8年12月25日までに実施予定）"), "{text}");
        assert!(!text.contains("再発防止策を検討しています。"));
        d.measures.clear();
        assert!(all_text(&press_release(&l10n, &d)).contains("再発防止策を検討しています。"));
    }

    #[test]
    fn confirmed_persons_are_given_with_the_time_of_counting() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = dossier();
        d.particulars.confirmed_persons = Some(148);
        d.particulars.persons_counted_at = Some(Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap());
        let text = all_text(&press_release(&l10n, &d));
        assert!(text.contains("対象者数：最大 150 人（うち確認済み 148 人、令和8年11月20日（金）17時00分時点）"), "{text}");
    }
}
