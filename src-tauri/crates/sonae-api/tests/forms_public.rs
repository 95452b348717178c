//! The 本人通知文, the 報道発表資料 (draft) and the 緊急連絡網 through the API (issue 7), read back
//! with poppler where it is installed (skipped with a note where not) and compared with golden
//! text files (`UPDATE_GOLDEN=1` rewrites them). `SONAE_FORMS_OUT=<dir>` keeps the PDFs for a look.

mod support;

use sonae_api::ErrorCode;
use sonae_api::dto::*;
use support::World;
use support::pdf::*;

fn document(w: &mut World, actor: &sonae_api::Actor, id: &str, kind: &str) -> Result<Vec<u8>, sonae_api::ApiError> {
    let request = DocumentRequest { case_id: id.to_owned(), kind: kind.to_owned(), ppc_kind: None };
    w.run(actor, |c| sonae_api::document_bytes(c, request)).map(|(bytes, ..)| bytes)
}

/// The PDF of `kind` for the case titled `title_part`, as the CSIRT責任者 makes it, saved as
/// `file`: its path and text (`None` where fonts or poppler are not installed).
fn read_back(w: &mut World, title_part: &str, kind: &str, file: &str) -> Option<(tempfile::TempPath, String)> {
    let (id, _) = case_id(w, title_part);
    let (lead, _) = w.person("田中 美穂");
    let bytes = pdf(document(w, &lead, &id, kind))?;
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save(file, &bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return None;
    }
    // One string, lines joined: a phrase the page wrapped is still found.
    let text = pdftotext(&path, None).lines().map(str::trim).collect();
    Some((path, text))
}

fn assert_contains_all(text: &str, wants: &[&str]) {
    for want in wants {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

/// The numbered item headings of a document (`1　概要` …), read from the layout text: each
/// heading's text, in order.
fn headings(layout: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in layout.lines() {
        let t = line.trim_start();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || !t[digits..].starts_with("   ") {
            continue;
        }
        let n: usize = t[..digits].parse().unwrap();
        if n == out.len() + 1 {
            out.push(t[digits..].trim().to_owned());
        }
    }
    out
}

/// Every line of the text: none starts with a character 禁則 keeps from the start of a line.
fn assert_no_bad_line_starts(text: &str) {
    for (i, line) in text.lines().enumerate() {
        let first = line.trim_start().chars().next();
        assert!(!matches!(first, Some('。' | '、' | '）' | '」')), "line {i} starts with {first:?}: {line}");
    }
}

#[test]
fn the_subject_notice_of_the_lost_usb_memory() {
    let mut w = World::demo_at(t0());
    let Some((path, text)) = read_back(&mut w, "USBメモリの紛失", "subject-notice", "subject-notice.pdf") else { return };
    assert_contains_all(
        &text,
        &[
            // A letter from the head to a name left blank, with an apology in ですます調.
            "令和8年11月21日",
            "様",
            "架空市長",
            "（公印省略）",
            "個人情報の漏えいに関するお知らせとお詫び",
            "心より深くお詫び申し上げます。",
            "記",
            // Items 1, 2, 4, 5 and 9 of the PPC report.
            "福祉部 福祉課",
            "USBメモリの紛失",
            "福祉課職員（USBメモリの使用者）",
            "氏名、住所、電話番号、家庭訪問の記録",
            "原因",
            "二次被害の有無については、現在確認中です。",
            "USBメモリが発見されていないため調査中。",
            "警察署に遺失届を提出した。",
            "以上",
            // The 問合せ窓口 of the 報告事項.
            "048-000-2301（平日8時30分〜17時15分）",
        ],
    );
    let layout = golden_text(&path);
    assert_eq!(
        headings(&layout),
        [
            "概要",
            "漏えい等が発生し、又は発生したおそれがある個人情報の項目",
            "原因",
            "二次被害又はそのおそれの有無及びその内容",
            "その他参考となる事項",
            "問合せ窓口"
        ],
        "items 1, 2, 4, 5 and 9 of the PPC report and the desk, nothing else:\n{layout}"
    );
    // No head count (maximum or confirmed), no one's name, nothing the CSIRT wrote for itself.
    for banned in ["150", "148", "対象者", "人）", "小林", "伊藤", "家庭訪問の記録（対象者", "暗号化機能なし", "最大", "訓練"]
    {
        assert!(!text.contains(banned), "{banned:?} in:\n{text}");
    }
    assert!(!text.contains("再発防止策") && !text.contains("本人への対応") && !text.contains("公表"), "items 3, 6, 7, 8 stay out:\n{text}");
    assert_eq!(pages(&path), 1, "a one-page letter");
    assert_no_bad_line_starts(&layout);
    assert_golden("subject-notice", &layout);
}

#[test]
fn the_press_release_of_the_lost_usb_memory() {
    let mut w = World::demo_at(t0());
    let Some((path, text)) = read_back(&mut w, "USBメモリの紛失", "press-release", "press-release.pdf") else { return };
    assert_contains_all(
        &text,
        &[
            "令和8年11月21日",
            "架空市",
            "担当",
            "福祉部 福祉課",
            "個人情報を含むUSBメモリの紛失について【案】",
            "庁舎内と公用車内を捜索したが発見できなかった。",
            "警察署に遺失届を提出した。",
            "最大 150 人（うち確認済み 148 人",
            "氏名、住所、電話番号、家庭訪問の記録",
            "対象となる方には、個別にお詫びと経緯の説明を行います。",
            "深くお詫び申し上げます。",
            "048-000-2301（平日8時30分〜17時15分）",
        ],
    );
    let layout = golden_text(&path);
    assert_eq!(
        headings(&layout),
        ["概要", "経過", "漏えい等した個人情報及び影響", "原因", "今後の対応及び再発防止策", "お詫び", "問合せ先"],
        "{layout}"
    );
    let top = &layout[..layout.find("個人情報を含む").unwrap()];
    assert!(top.lines().any(|l| l.contains("担当") && l.contains("福祉部 福祉課")), "the department in charge at the top:\n{layout}");
    // Only the facts of the case: no one's name, none of the app's own bookkeeping lines.
    for banned in ["小林", "伊藤", "田中", "作業「", "状態を「", "報告・通知の要否", "訓練"] {
        assert!(!text.contains(banned), "{banned:?} in:\n{text}");
    }
    assert!(!text.lines().any(|l| matches!(l.trim(), "記" | "以上")), "a 資料, not a letter:\n{text}");
    assert_no_bad_line_starts(&layout);
    assert_golden("press-release", &layout);
}

#[test]
fn the_contact_list_has_everyones_numbers_from_the_ciso_down() {
    let mut w = World::demo_at(t0());
    let Some((path, text)) = read_back(&mut w, "USBメモリの紛失", "contacts", "contacts.pdf") else { return };
    assert_contains_all(
        &text,
        &[
            "【取扱注意】",
            "作成日",
            "令和8年11月21日",
            "情報セキュリティインシデント緊急連絡網",
            "携帯電話番号等の個人情報が含まれています",
        ],
    );
    let layout = golden_text(&path);
    let (admin, _) = w.person("山本 大輔");
    let people = w.run(&admin, sonae_api::list_people).unwrap();
    assert_eq!(people.len(), 10);
    for p in &people {
        for number in [&p.office_phone, &p.mobile_phone] {
            assert!(number.is_empty() || text.contains(number.as_str()), "{}'s {number} in:\n{text}", p.name);
        }
    }
    // From the top of the 体制 down.
    assert_eq!(
        headings(&layout),
        [
            "最高情報セキュリティ責任者（CISO）",
            "統括情報セキュリティ責任者",
            "CSIRT責任者",
            "CSIRT要員",
            "情報システム担当者",
            "各課の情報セキュリティ管理者及び職員",
            "取扱い上の注意"
        ],
        "{layout}"
    );
    let at = |s: &str| layout.find(s).unwrap();
    assert!(at("佐藤") > at("最高情報セキュリティ責任者") && at("佐藤") < at("統括情報セキュリティ責任者"), "the CISO first");
    assert!(at("各課の情報セキュリティ管理者") < at("中村"), "staff under their departments");
    assert_golden("contacts", &layout);
}

#[test]
fn a_drill_cases_public_documents_are_drill_documents_on_every_page() {
    let mut w = World::demo_at(t0());
    let (id, receipt) = case_id(&mut w, "ランサムウェア感染を想定");
    assert!(receipt.ends_with("-0006"), "{receipt}");
    // The drill's scenario grows: a file with 150 persons' data was on the encrypted server.
    let (lead, _) = w.person("田中 美穂");
    let facts = ObligationFactsInput {
        case_id: id.clone(),
        known_on: "2026-11-19".into(),
        facts: ObligationFactsDto {
            personal_info: PersonalInfoFactsDto { involved: true, malicious_act: true, max_persons: 150, ..Default::default() },
            crime: CrimeFactsDto { ransomware: true, ..Default::default() },
            ..Default::default()
        },
    };
    w.run(&lead, |c| sonae_api::save_obligation_facts(c, facts)).unwrap();
    let particulars = ParticularsInput {
        case_id: id.clone(),
        particulars: ParticularsDto {
            data_items: "（訓練）氏名、住所、課税額".into(),
            inquiry_desk: "（訓練）財務部 税務課　電話 048-000-2501".into(),
            ..Default::default()
        },
    };
    w.run(&lead, |c| sonae_api::save_particulars(c, particulars)).unwrap();
    for kind in ["subject-notice", "press-release", "contacts"] {
        let Some(bytes) = pdf(document(&mut w, &lead, &id, kind)) else { return };
        let path = save(&format!("{kind}-drill.pdf"), &bytes);
        if !tool("pdftotext") {
            return;
        }
        let n = pages(&path);
        for p in 1..=n {
            assert!(pdftotext(&path, Some(p)).contains("訓練用 — 提出しないこと"), "{kind}: page {p} of {n}");
        }
    }
    let request = DocumentRequest { case_id: id, kind: "press-release".into(), ppc_kind: None };
    let (_, file_name, drill) = w.run(&lead, |c| sonae_api::document_bytes(c, request)).unwrap_or_else(|e| {
        assert_eq!(e.message_id, "error-font-missing");
        (Vec::new(), "訓練_".into(), true)
    });
    assert!(drill && file_name.starts_with("訓練_"), "{file_name}");
}

#[test]
fn a_case_without_the_obligations_gives_no_notice_or_release_but_a_contact_list() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "標的型攻撃メール");
    let (lead, _) = w.person("田中 美穂");
    for kind in ["subject-notice", "press-release"] {
        let e = document(&mut w, &lead, &id, kind).unwrap_err();
        assert_eq!(e.code, ErrorCode::Conflict, "{kind}");
        assert_eq!(e.message_id, "forms-na-no-facts", "{kind}");
    }
    let _ = pdf(document(&mut w, &lead, &id, "contacts"));
    let (staff, _) = w.person("中村 さくら");
    assert_eq!(document(&mut w, &staff, &id, "contacts").unwrap_err().code, ErrorCode::Forbidden);
}
