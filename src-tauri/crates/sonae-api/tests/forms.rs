//! Documents through the API (issue 7): the 第一報 to the CISO of demo cases, read back with
//! poppler's `pdftotext` and `pdffonts` where they are installed (skipped with a note where not).
//! `SONAE_FORMS_OUT=<dir>` keeps the PDFs for a look.

mod support;

use chrono::{Duration, TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{ApiError, ErrorCode};
use support::World;
use support::pdf::*;

fn t0() -> chrono::DateTime<Utc> {
    // 2026-11-21 09:30 in Japan.
    Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap()
}

fn case_id(w: &mut World, title_part: &str) -> (String, String) {
    let (lead, _) = w.person("田中 美穂");
    let c = w.run(&lead, sonae_api::list_cases).unwrap().into_iter().find(|c| c.title.contains(title_part)).unwrap();
    (c.id, c.receipt_no)
}

#[test]
fn the_first_report_of_a_demo_case_says_what_the_case_says() {
    let mut w = World::demo_at(t0());
    let (id, receipt) = case_id(&mut w, "USBメモリの紛失");
    let (ciso, _) = w.person("佐藤 一郎");
    let Some(bytes) = pdf(w.run(&ciso, |c| sonae_api::first_report_pdf(c, &id))) else { return };
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save("first-report.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    if !tool("pdftotext") {
        return;
    }
    let text = pdftotext(&path, None);
    for want in [
        // Letterhead: 文書番号 of the CSIRT lead's department, the date in 和暦, addressee, sender.
        "情政第",
        "令和8年11月21日",
        "最高情報セキュリティ責任者（CISO）",
        "佐藤 一郎",
        "CSIRT責任者",
        "田中 美穂",
        "情報セキュリティインシデントの発生について（報告）【第一報】",
        "記",
        // The items and the case's values.
        "事案の概要",
        &receipt,
        "USBメモリの紛失（福祉課・個人情報を含む）",
        "紛失・盗難（PC・媒体・帳票）",
        "家庭訪問の記録（対象者約150名の氏名・住所を含む）",
        "発生及び覚知の日時",
        "令和8年11月19日",
        "福祉部 福祉課",
        "小林 直樹",
        "CSIRTの評価",
        "情報セキュリティインシデントに該当する",
        "個人情報等の有無",
        "最大 150 人",
        "対応の経過",
        "警察署に遺失届を提出した。",
        "以上",
        // The contact: the case's handler.
        "伊藤 健太",
        "048-000-2202",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("令和1年") && !text.contains("訓練"), "{text}");
    let n = pages(&path);
    assert!(text.contains(&format!("1 / {n}")));
}

#[test]
fn a_drill_case_gives_a_drill_document_on_every_page() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "ランサムウェア感染を想定");
    let (lead, _) = w.person("田中 美穂");
    let Some(bytes) = pdf(w.run(&lead, |c| sonae_api::first_report_pdf(c, &id))) else { return };
    let path = save("first-report-drill.pdf", &bytes);
    if !tool("pdftotext") {
        return;
    }
    for p in 1..=pages(&path) {
        assert!(pdftotext(&path, Some(p)).contains("訓練用 — 提出しないこと"), "page {p}");
    }
}

#[test]
fn only_who_may_see_every_case_gets_it_and_an_unknown_case_is_not_found() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (staff, _) = w.person("中村 さくら");
    assert_eq!(w.run(&staff, |c| sonae_api::first_report_pdf(c, &id)).unwrap_err().code, ErrorCode::Forbidden);
    let (lead, _) = w.person("田中 美穂");
    let e = w.run(&lead, |c| sonae_api::first_report_pdf(c, "00000000-0000-4000-8000-0000000000ff")).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

/// A case with 3,000 characters of narrative and 40 timeline rows: several pages, the timeline
/// table's header on every page it continues on, and no line starting with 。 or 、.
#[test]
fn a_long_case_gives_several_correct_pages() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (member, member_id) = w.person("渡辺 由紀");
    let sentence = "職員が庁用のUSBメモリ（暗号化機能なし）を紛失したとの報告を受け、庁舎内と公用車内を捜索したが、発見には至らなかった。";
    let mut rationale = String::new();
    while rationale.chars().count() < 3000 {
        rationale.push_str(sentence);
    }
    w.run(&member, |c| {
        sonae_api::triage_case(
            c,
            TriageInput {
                case_id: id.clone(),
                is_incident: Some(true),
                rationale: rationale.clone(),
                impact: "対象者約150名。".into(),
                severity: Some(Severity::High),
                handler_person_id: Some(member_id.clone()),
            },
        )
    })
    .unwrap();
    let kinds = [TimelineKind::Observation, TimelineKind::Communication, TimelineKind::Decision];
    for i in 0..40 {
        let at = (t0() - Duration::hours(40) + Duration::minutes(50 * i)).with_timezone(&chrono_tz::Asia::Tokyo);
        let text =
            format!("経過{i}：関係者へ連絡し、状況を確認した。{}", "確認の結果、追加の措置は不要と判断した。".repeat(i as usize % 4));
        let input = TimelineEntryInput {
            case_id: id.clone(),
            kind: kinds[i as usize % 3],
            occurred_at: at.format("%Y-%m-%dT%H:%M").to_string(),
            text,
        };
        w.run(&member, |c| sonae_api::add_timeline_entry(c, input)).unwrap();
    }
    let Some(bytes) = pdf(w.run(&member, |c| sonae_api::first_report_pdf(c, &id))) else { return };
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save("first-report-long.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    if !tool("pdftotext") {
        return;
    }
    let n = pages(&path);
    assert!(n >= 3, "{n} pages");
    let all = pdftotext(&path, None);
    for (i, line) in all.lines().enumerate() {
        let first = line.trim_start().chars().next();
        assert!(!matches!(first, Some('。' | '、' | '）' | '」')), "line {i} starts with {first:?}: {line}");
    }
    for i in 0..40 {
        assert_eq!(all.matches(&format!("経過{i}：")).count(), 1, "timeline row {i}");
    }
    let mut table_pages = 0;
    for p in 1..=n {
        let text = pdftotext(&path, Some(p));
        assert!(text.contains(&format!("{p} / {n}")), "page number on page {p}");
        if text.contains("経過") {
            table_pages += 1;
            assert!(["日時", "区分", "内容"].iter().all(|h| text.contains(h)), "page {p} repeats the header row");
        }
    }
    assert!(table_pages >= 2, "the timeline continues over pages ({table_pages})");
    assert!(all.contains("渡辺 由紀"), "the handler is the contact");
}
