//! The 事故報告書 (to the CISO and the 情報セキュリティ委員会) and the 警察相談用資料 through the
//! API (issue 7), read back with poppler where it is installed (skipped with a note where not),
//! compared with golden text files (`UPDATE_GOLDEN=1` rewrites them). `SONAE_FORMS_OUT=<dir>`
//! keeps the PDFs for a look.

mod support;

use chrono::Duration;
use sonae_api::ErrorCode;
use sonae_api::dto::*;
use std::path::Path;
use std::process::Command;
use support::World;
use support::pdf::*;

fn document(w: &mut World, actor: &sonae_api::Actor, id: &str, kind: &str) -> Result<Vec<u8>, sonae_api::ApiError> {
    let request = DocumentRequest { case_id: id.to_owned(), kind: kind.to_owned(), ppc_kind: None };
    w.run(actor, |c| sonae_api::document_bytes(c, request)).map(|(bytes, ..)| bytes)
}

/// Every line of the text: none starts with a character 禁則 keeps from the start of a line.
fn assert_no_bad_line_starts(text: &str) {
    for (i, line) in text.lines().enumerate() {
        let first = line.trim_start().chars().next();
        assert!(!matches!(first, Some('。' | '、' | '）' | '」')), "line {i} starts with {first:?}: {line}");
    }
}

/// The text without its page numbers and white space, so a value wrapped over lines, cells or
/// pages can be found whole.
fn flat(text: &str) -> String {
    let page_number = |l: &str| {
        let l = l.trim();
        l.split_once(" / ").is_some_and(|(a, b)| a.parse::<usize>().is_ok() && b.parse::<usize>().is_ok())
    };
    text.lines().filter(|l| !page_number(l)).flat_map(str::chars).filter(|c| !c.is_whitespace()).collect()
}

/// Words of the PDF with their boxes (`pdftotext -bbox`): (page, xMin, xMax, word).
fn words(path: &Path) -> Vec<(usize, f32, f32, String)> {
    let out = Command::new("pdftotext").arg("-bbox").arg(path).arg("-").output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let attr = |tag: &str, name: &str| -> f32 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut page = 0;
    let mut out = Vec::new();
    for part in html.split('<').skip(1) {
        if part.starts_with("page ") {
            page += 1;
        } else if let Some(tag) = part.strip_prefix("word ") {
            let (attrs, text) = tag.split_once('>').unwrap();
            out.push((page, attr(attrs, "xMin"), attr(attrs, "xMax"), text.to_owned()));
        }
    }
    out
}

/// The right margin of the renderer (A4 less 20 mm), in points.
const RIGHT_MARGIN: f32 = 595.276 - 20.0 * 72.0 / 25.4;

#[test]
fn the_final_report_of_the_misdirected_mail_case() {
    let mut w = World::demo_at(t0());
    let (id, receipt) = case_id(&mut w, "メール誤送信");
    let (ciso, _) = w.person("佐藤 一郎");
    let Some(bytes) = pdf(document(&mut w, &ciso, &id, "final-report")) else { return };
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save("final-report.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return;
    }
    let text = pdftotext(&path, None);
    for want in [
        // Letterhead: to the CISO and the committee, from the CSIRT責任者.
        "情政第",
        "令和8年11月21日",
        "最高情報セキュリティ責任者（CISO）",
        "佐藤 一郎",
        "情報セキュリティ委員会委員長",
        "CSIRT責任者",
        "田中 美穂",
        "情報セキュリティインシデントに関する事故報告書（報告）",
        "記",
        // 1 事案の概要
        "事案の概要",
        &receipt,
        "メール誤送信（税務課・宛先の選択誤り）",
        "財務部 税務課",
        // 2 the timeline, every row
        "対応の経過",
        "誤送信先に電話で連絡し、メールと添付ファイルの削除を依頼した。",
        "誤送信先から削除済みである旨の書面を受領した。",
        // 3 原因
        "原因の分類",
        "人為的ミス（誤操作・確認不足）",
        "宛先の自動補完",
        // 4 被害・影響の範囲
        "被害・影響の範囲",
        "最大 12 人",
        "確認済みの人数",
        // 5 対応内容
        "対応内容",
        "実施した対応",
        "決定事項",
        "会議",
        // 6 再発防止策, in place and planned, with 和暦 dates
        "再発防止策",
        "実施済み",
        "実施予定",
        // (Table cells wrap, and pdftotext reads a row's cells line by line: short pieces.)
        "送信前の宛先確認を二人で行う手順を定め",
        "個人情報を含むファイルの外部送信を",
        "令和8年11月12日",
        "令和9年1月20日",
        // 7 CISOの指示
        "CISOの指示",
        "個人情報を含むメールの送信前確認を全庁で徹底し",
        // 8 報告・連絡の状況
        "報告・連絡の状況",
        "第一報",
        "以上",
        // The contact: the case's handler.
        "伊藤 健太",
    ] {
        assert!(flat(&text).contains(&flat(want)), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("令和1年") && !text.contains("訓練"), "{text}");
    assert_no_bad_line_starts(&text);
    let n = pages(&path);
    for p in 1..=n {
        assert!(pdftotext(&path, Some(p)).contains(&format!("{p} / {n}")), "page number on page {p}");
    }
    assert_golden("final-report", &golden_text(&path));
}

/// Decisions approved (with who approved and when), meetings, and what was sent appear in
/// 対応内容 and 報告・連絡の状況; a decision the CISO approved appears under CISOの指示 too.
#[test]
fn decisions_meetings_and_sent_reports_are_in_the_final_report() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "メール誤送信");
    let (member, _) = w.person("伊藤 健太");
    let (ciso, _) = w.person("佐藤 一郎");
    let detail = w
        .run(&member, |c| {
            sonae_api::hold_meeting(
                c,
                MeetingInput {
                    case_id: id.clone(),
                    held_at: "2026-11-18T15:00".into(),
                    participants: "CSIRT責任者、税務課長、情報政策課".into(),
                    agenda: "再発防止策の検討".into(),
                    notes: String::new(),
                },
            )
        })
        .unwrap();
    let meeting_id = detail.meetings.last().map(|m| m.id.clone());
    let detail = w
        .run(&member, |c| {
            sonae_api::propose_decision(
                c,
                ProposeDecisionInput {
                    case_id: id.clone(), meeting_id, text: "外部への添付送信をファイル授受システムに限る。".into()
                },
            )
        })
        .unwrap();
    let decision_id = detail.decisions.last().unwrap().id.clone();
    w.run(&ciso, |c| sonae_api::decide_decision(c, DecideInput { case_id: id.clone(), decision_id, approve: true, note: String::new() }))
        .unwrap();
    let Some(bytes) = pdf(document(&mut w, &ciso, &id, "final-report")) else { return };
    let path = save("final-report-decisions.pdf", &bytes);
    if !tool("pdftotext") {
        return;
    }
    let text = flat(&pdftotext(&path, None));
    for want in ["再発防止策の検討", "CSIRT責任者、税務課長、情報政策課", "副市長佐藤一郎", "CISOの承認"] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    // The timeline's two lines (proposed, approved), 対応内容, and CISOの指示 (the CISO approved it).
    assert_eq!(text.matches("外部への添付送信をファイル授受システムに限る。").count(), 4, "{text}");
}

/// Issue 7's acceptance: a case with 3,000 characters of root-cause narrative and 40 timeline
/// rows gives a correct multi-page 事故報告書 — the timeline table's header on every page it
/// continues on, "1 / N" on every page, and no line starting with 。 or 、.
#[test]
fn a_long_case_gives_a_correct_multi_page_final_report() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (member, _) = w.person("渡辺 由紀");
    let sentence = "庁用のUSBメモリ（暗号化機能なし）を、訪問先への持ち出しの手続を経ずに使用し、帰庁時の所在確認も行っていなかった。";
    let mut narrative = String::new();
    while narrative.chars().count() < 3000 {
        narrative.push_str(sentence);
    }
    let narrative: String = narrative.chars().take(3000).collect();
    w.run(&member, |c| {
        sonae_api::save_root_cause(
            c,
            RootCauseInput {
                case_id: id.clone(),
                category: Some(CauseCategory::RuleViolation),
                narrative: narrative.clone(),
                ciso_instructions: "記録媒体の持ち出し手続を全庁で再点検すること。".into(),
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
    let Some(bytes) = pdf(document(&mut w, &member, &id, "final-report")) else { return };
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save("final-report-long.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return;
    }
    let n = pages(&path);
    assert!(n >= 4, "{n} pages");
    let all = pdftotext(&path, None);
    assert_no_bad_line_starts(&all);
    // The whole narrative is there (pdftotext breaks it into lines).
    assert!(flat(&all).contains(&narrative), "the whole root-cause narrative");
    for i in 0..40 {
        assert_eq!(all.matches(&format!("経過{i}：")).count(), 1, "timeline row {i}");
    }
    let mut table_pages = 0;
    for p in 1..=n {
        let text = pdftotext(&path, Some(p));
        assert!(text.contains(&format!("{p} / {n}")), "page number on page {p}");
        if (0..40).any(|i| text.contains(&format!("経過{i}："))) {
            table_pages += 1;
            assert!(["日時", "区分", "内容"].iter().all(|h| text.contains(h)), "page {p} repeats the header row:\n{text}");
        }
    }
    assert!(table_pages >= 2, "the timeline continues over pages ({table_pages})");
    assert!(all.contains("規程・手順の不遵守") && all.contains("記録媒体の持ち出し手続を全庁で再点検すること。"));
}

#[test]
fn the_police_paper_of_the_defacement_case() {
    let mut w = World::demo_at(t0());
    let (id, receipt) = case_id(&mut w, "Webサイトの一部ページ改ざん");
    let (lead, _) = w.person("田中 美穂");
    let detail = w.run(&lead, |c| sonae_api::get_case(c, &id)).unwrap();
    let shas: Vec<String> = detail.evidence.iter().flat_map(|e| e.files.iter().map(|f| f.sha256.clone())).collect();
    assert!(!shas.is_empty(), "the demo keeps the CMS logs as evidence");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "police")) else { return };
    assert!(bytes.starts_with(b"%PDF-"));
    let path = save("police.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return;
    }
    let text = pdftotext(&path, None);
    for want in [
        "令和8年11月21日",
        "埼玉県警察本部",
        "サイバー犯罪相談窓口",
        "御中",
        "情報セキュリティインシデントに関する相談資料",
        "相談者",
        "架空市",
        "総務部 情報政策課",
        "伊藤 健太",
        "048-000-2202",
        "事案の概要",
        "被疑事実の種類",
        "不正アクセス",
        &receipt,
        "発生・覚知日時",
        "対象システム・機器",
        "インターネット接続系",
        "経過",
        "CMS のアクセスログに海外からの不審なログインを確認した。",
        "証拠品一覧",
        "SHA-256",
        "CMSのアクセスログ",
        "access.log",
        "page.html",
        "USB-HDD",
        "被害の状況",
    ] {
        assert!(flat(&text).contains(&flat(want)), "missing {want:?} in:\n{text}");
    }
    // A 資料: no 記 and no 以上.
    assert!(!text.lines().any(|l| l.trim() == "記" || l.trim() == "以上"), "{text}");
    assert_no_bad_line_starts(&text);
    // Each SHA-256 is printed whole (in lines of 16 digits) …
    let flat = flat(&text);
    for sha in &shas {
        assert!(flat.contains(sha.as_str()), "{sha} in:\n{text}");
        for part in [&sha[..16], &sha[16..32], &sha[32..48], &sha[48..]] {
            assert!(text.lines().any(|l| l.contains(part)), "{part} on a line of its own");
        }
    }
    // … and nothing runs over the right margin (the SHA-256 column is the last one).
    for (page, _, x_max, word) in words(&path) {
        assert!(x_max <= RIGHT_MARGIN + 0.5, "page {page}: {word:?} ends at {x_max} beyond {RIGHT_MARGIN}");
    }
    let n = pages(&path);
    assert!(text.contains(&format!("1 / {n}")));
    assert_golden("police", &golden_text(&path));
}

#[test]
fn the_police_paper_is_refused_without_a_suspected_crime() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "メール誤送信");
    let (lead, _) = w.person("田中 美穂");
    let e = document(&mut w, &lead, &id, "police").unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    // A case not judged yet has no 事故報告書 either.
    let (id, _) = case_id(&mut w, "窓口PCに不審な警告画面");
    let e = document(&mut w, &lead, &id, "final-report").unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
}

#[test]
fn a_drill_case_gives_a_drill_police_paper() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "ランサムウェア感染を想定");
    let (lead, _) = w.person("田中 美穂");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "police")) else { return };
    let path = save("police-drill.pdf", &bytes);
    if !tool("pdftotext") {
        return;
    }
    assert!(pdftotext(&path, None).contains("ランサムウェア"));
    for p in 1..=pages(&path) {
        assert!(pdftotext(&path, Some(p)).contains("訓練用 — 提出しないこと"), "page {p}");
    }
}
