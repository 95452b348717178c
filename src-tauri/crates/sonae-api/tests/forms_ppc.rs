//! The 漏えい等報告 to the 個人情報保護委員会 (個人情報保護法 and 番号法), the text pasted into its
//! online form, and the report to 総務省・都道府県, through the API on the demo cases (issue 7).
//! Read back with poppler where it is installed (skipped with a note where not) and compared with
//! golden text files (`UPDATE_GOLDEN=1` rewrites them). `SONAE_FORMS_OUT=<dir>` keeps the PDFs.

mod support;

use sonae_api::dto::*;
use sonae_api::{Actor, ApiError, ErrorCode};
use support::World;
use support::pdf::*;

fn request(id: &str, kind: &str, ppc_kind: Option<&str>) -> DocumentRequest {
    DocumentRequest { case_id: id.to_owned(), kind: kind.to_owned(), ppc_kind: ppc_kind.map(str::to_owned) }
}

fn document(w: &mut World, actor: &Actor, id: &str, kind: &str, ppc_kind: Option<&str>) -> Result<Vec<u8>, ApiError> {
    let r = request(id, kind, ppc_kind);
    w.run(actor, |c| sonae_api::document_bytes(c, r)).map(|(bytes, ..)| bytes)
}

fn paste(w: &mut World, actor: &Actor, id: &str, kind: &str, ppc_kind: Option<&str>) -> Vec<(String, String)> {
    let r = request(id, kind, ppc_kind);
    w.run(actor, |c| sonae_api::ppc_paste_text(c, r)).unwrap().into_iter().map(|f| (f.label, f.text)).collect()
}

/// Records a submission as sent (by the CSIRT責任者) at `sent_at`, Japan time.
fn mark_sent(w: &mut World, id: &str, (destination, basis, stage): (&str, &str, NotificationStage), sent_at: &str, method: &str) {
    let (lead, _) = w.person("田中 美穂");
    let input = NotificationStateInput {
        case_id: id.to_owned(),
        destination: destination.into(),
        basis: basis.into(),
        stage,
        state: NotificationState::Sent,
        reason: String::new(),
        sent_at: sent_at.into(),
        method: method.into(),
        document: String::new(),
        note: String::new(),
    };
    w.run(&lead, |c| sonae_api::set_notification_state(c, input)).unwrap();
}

/// The text without page numbers and white space, so a value wrapped over lines, cells or pages
/// is found whole.
fn flat(text: &str) -> String {
    let page_number = |l: &str| {
        let l = l.trim();
        l.split_once(" / ").is_some_and(|(a, b)| a.parse::<usize>().is_ok() && b.parse::<usize>().is_ok())
    };
    text.lines().filter(|l| !page_number(l)).flat_map(str::chars).filter(|c| !c.is_whitespace()).collect()
}

/// Saves the PDF, checks its fonts and structure, and gives its path and flat text (None where
/// poppler is not installed).
fn read_back(name: &str, bytes: &[u8]) -> Option<(tempfile::TempPath, String)> {
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let path = save(&format!("{name}.pdf"), bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return None;
    }
    // The layout text: a field's label and value on one line, as printed.
    let text = golden_text(&path);
    for (i, line) in text.lines().enumerate() {
        let first = line.trim_start().chars().next();
        assert!(!matches!(first, Some('。' | '、' | '）' | '」')), "line {i} starts with {first:?}: {line}");
    }
    assert!(!text.contains("令和1年") && !text.contains("訓練") && !text.contains("forms-"), "{text}");
    let n = pages(&path);
    assert!(text.contains(&format!("{n} / {n}")), "page numbers");
    Some((path, flat(&text)))
}

fn assert_has(flat_text: &str, wants: &[&str]) {
    for want in wants {
        let w: String = want.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(flat_text.contains(&w), "missing {want:?} in:\n{flat_text}");
    }
}

#[test]
fn the_appi_report_of_the_lost_usb_memory() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (lead, _) = w.person("田中 美穂");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "ppc-appi", None)) else { return };
    let Some((path, text)) = read_back("ppc-appi", &bytes) else { return };
    assert_has(
        &text,
        &[
            // Letterhead: the drafting department's number, 和暦, the PPC with 様, the head as sender.
            "情政第",
            "令和8年11月21日",
            "個人情報保護委員会事務局 様",
            "架空市長",
            "（公印省略）",
            // Nothing was sent yet: a 速報.
            "保有個人情報の漏えい等について（報告）【速報】",
            "個人情報の保護に関する法律第68条第1項の規定に基づき",
            "記",
            "報告の種類速報",
            "個人情報保護法施行規則第43条第4号（本人の数が100人を超える）",
            // (1) 概要: 発覚日 is 知った日, the case and what was reported, who found it, the timeline.
            "発覚日令和8年11月19日",
            "USBメモリの紛失（福祉課・個人情報を含む）",
            "家庭訪問の記録（対象者約150名の氏名・住所を含む）",
            "福祉課職員（USBメモリの使用者）",
            "委託元・委託先の有無なし",
            "事実経過下表のとおり",
            "庁舎内と公用車内を捜索したが発見できなかった。",
            // (2)–(7)
            "氏名、住所、電話番号、家庭訪問の記録",
            "電子データ",
            "住民情報（福祉課の家庭訪問記録）",
            "本人の数（確認済み）148人",
            "本人の数（最大）150人",
            "報告者（福祉課職員）",
            "現時点で不正利用の報告はないが",
            "通知予定",
            "対象者に文書で通知し、謝罪する予定。",
            "公表予定",
            // (8) nothing decided yet in a 速報; (9) the 報告事項's note.
            "実施済みの措置検討中",
            "警察署に遺失届を提出した。",
            "以上",
            // Contact: the case's handler.
            "伊藤 健太",
            "048-000-2202",
        ],
    );
    assert_golden("ppc-appi", &golden_text(&path));
}

#[test]
fn the_my_number_report_of_the_misdirected_mail() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "メール誤送信");
    let (lead, _) = w.person("田中 美穂");
    // The case is at 再発防止: everything is known, so one 速報兼確報.
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "ppc-mynumber", Some("combined"))) else { return };
    let Some((path, text)) = read_back("ppc-mynumber", &bytes) else { return };
    assert_has(
        &text,
        &[
            "特定個人情報の漏えい等について（報告）【速報兼確報】",
            "番号法ガイドライン（行政機関等編）に基づき、下記のとおり報告します。",
            "根拠番号法ガイドライン（行政機関等編）に基づく報告",
            "ガイドラインに基づく報告（番号法規則第2条各号の事態には該当しない特定個人情報の漏えい等）",
            "漏えい等が発生し、又は発生したおそれがある特定個人情報の項目",
            "氏名、個人番号、課税額",
            "本人の数（最大）12人",
            "メールソフトの宛先の自動補完で",
            "人為的ミス（誤操作・確認不足）",
            "二次被害又はそのおそれの有無及びその内容",
            "有無なし",
            "通知済み",
            "対象者12名全員に電話で説明し謝罪した後、文書を送付した。",
            // (8) split, with the dates in 和暦.
            "実施済みの措置・送信前の宛先確認を二人で行う手順を定め、課内に周知した。（財務部 税務課、令和8年11月12日実施）",
            "今後実施予定の措置・個人情報を含むファイルの外部送信をファイル授受システムに切り替える。（総務部 情報政策課、令和9年1月20日までに実施予定）",
            "その他参考となる事項特記事項特になし",
        ],
    );
    assert_golden("ppc-mynumber", &golden_text(&path));
}

#[test]
fn the_prefecture_report_of_the_defaced_web_page_then_its_follow_up() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "ページ改ざん");
    let (lead, _) = w.person("田中 美穂");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "prefecture", None)) else { return };
    let Some((path, text)) = read_back("prefecture", &bytes) else { return };
    assert_has(
        &text,
        &[
            // Both authorities (the default policy reports every incident to both).
            "総務省自治行政局地域情報化企画室長 様",
            "埼玉県総務部市町村課長 様",
            "架空市長",
            "情報セキュリティインシデントの発生について（報告）【第一報】",
            "標記について、下記のとおり報告します。",
            "住民（市民課への電話連絡）",
            "CMS のアクセスログに海外からの不審なログインを確認した。",
            "発生したネットワークインターネット接続系",
            "市公式Webサイトのイベント案内ページの閲覧（当該ページを非公開とした）",
            "重要度高",
            "誘導先の外部サイトを閲覧した利用者への影響を調査中。",
            "原因調査中",
            "以上",
        ],
    );
    // No personal information: none of the personal-data items.
    for absent in ["本人の数", "本人への対応の実施状況", "保有個人情報の項目"] {
        assert!(!text.contains(absent), "{absent} in:\n{text}");
    }
    assert_golden("prefecture", &golden_text(&path));

    // The 第一報 and the police consultation recorded as sent: the next one is a 続報 that says so.
    mark_sent(&mut w, &id, ("prefecture", "security-policy", NotificationStage::Single), "2026-11-15T13:00", "電子メール");
    mark_sent(&mut w, &id, ("police", "security-policy", NotificationStage::Single), "2026-11-15T16:30", "電話");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "prefecture", None)) else { return };
    let Some((path, text)) = read_back("prefecture-followup", &bytes) else { return };
    assert_has(
        &text,
        &[
            "情報セキュリティインシデントの発生について（報告）【続報】",
            "令和8年11月15日に報告した事案のその後の状況を、下記のとおり報告します。",
            "関係機関への報告等・令和8年11月15日（日）16時30分警察に相談（電話）",
            "原因不明",
        ],
    );
    assert_golden("prefecture-followup", &golden_text(&path));
}

#[test]
fn a_sent_preliminary_report_makes_the_next_one_final_with_what_was_sent_since() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (lead, _) = w.person("田中 美穂");
    mark_sent(&mut w, &id, ("ppc", "appi-68", NotificationStage::Preliminary), "2026-11-20T10:00", "電子申請");
    mark_sent(&mut w, &id, ("data-subjects", "appi-68", NotificationStage::Single), "2026-11-20T15:00", "郵送");
    mark_sent(&mut w, &id, ("soumu", "security-policy", NotificationStage::Single), "2026-11-19T11:00", "電子メール");
    let fields = paste(&mut w, &lead, &id, "ppc-appi", None);
    let at = |label: &str| fields.iter().find(|(l, _)| l == label).map(|(_, t)| t.clone()).unwrap_or_else(|| panic!("no {label}"));
    assert_eq!(at("報告の種類"), "確報");
    assert_eq!(at("本人への対応（通知日時）"), "令和8年11月20日（金）15時00分");
    assert_eq!(at("本人への対応（方法）"), "郵送");
    assert_eq!(at("その他（関係機関への報告等）"), "・令和8年11月19日（木）11時00分　総務省に報告（電子メール）");
    // Not a 速報 any more: what is still not known reads 不明.
    assert_eq!(at("原因"), "不明");
    let Some(bytes) = pdf(document(&mut w, &lead, &id, "ppc-appi", None)) else { return };
    let Some((_, text)) = read_back("ppc-appi-final", &bytes) else { return };
    assert_has(
        &text,
        &["【確報】", "なお、本件については、令和8年11月20日に速報を行っています。", "通知日時令和8年11月20日（金）15時00分"],
    );
}

/// The runs of a text that carry a number: digits with the date and count words around them
/// (`令和8年11月19日`, `148人`, `9:10`, `048`).
fn numbers(text: &str) -> Vec<String> {
    let joins = |c: char| c.is_ascii_digit() || "令和元年月日時分人:".contains(c);
    let mut out = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if joins(c) {
            run.push(c);
        } else {
            if run.chars().any(|c| c.is_ascii_digit()) {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
        }
    }
    out
}

#[test]
fn the_paste_fields_carry_the_same_numbers_and_dates_as_the_pdf() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    for (case, kind) in [("USBメモリの紛失", "ppc-appi"), ("メール誤送信", "ppc-mynumber")] {
        let (id, _) = case_id(&mut w, case);
        let fields = paste(&mut w, &lead, &id, kind, None);
        // The online form's order: the kind, the reporter and its contact, the basis and events first.
        let labels: Vec<&str> = fields.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            &labels[..9],
            ["報告の種類", "報告年月日", "報告者（名称）", "担当部署", "担当者", "電話番号", "メールアドレス", "根拠", "該当する事態"],
            "{kind}"
        );
        assert_eq!(fields[2].1, "架空市長");
        for want in ["概要（発生日）", "概要（事実経過）", "本人の数（最大）", "再発防止策（今後実施予定の措置）", "その他（特記事項）"]
        {
            assert!(labels.contains(&want), "{kind}: no {want} in {labels:?}");
        }
        assert!(fields.iter().all(|(l, t)| !l.is_empty() && !t.trim().is_empty()), "{kind}: an empty field: {fields:?}");

        let Some(bytes) = pdf(document(&mut w, &lead, &id, kind, None)) else { return };
        let Some((_, text)) = read_back(kind, &bytes) else { return };
        let mut checked = 0;
        for (label, value) in &fields {
            for n in numbers(value) {
                assert!(text.contains(&n), "{kind}: {label} says {n:?}, the PDF does not:\n{text}");
                checked += 1;
            }
        }
        assert!(checked >= 8, "{kind}: only {checked} numbers checked");
    }
}

#[test]
fn a_report_the_case_does_not_owe_is_refused_with_the_reason() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let (web, _) = case_id(&mut w, "ページ改ざん");
    let e = document(&mut w, &lead, &web, "ppc-appi", None).unwrap_err();
    assert_eq!((e.code, e.message_id.as_str()), (ErrorCode::Conflict, "forms-na-no-ppc-appi"));
    let r = request(&web, "ppc-mynumber", None);
    let e = w.run(&lead, |c| sonae_api::ppc_paste_text(c, r)).unwrap_err();
    assert_eq!(e.message_id, "forms-na-no-ppc-mynumber");
    // The paste text is for the PPC's form only.
    let r = request(&web, "prefecture", None);
    assert_eq!(w.run(&lead, |c| sonae_api::ppc_paste_text(c, r)).unwrap_err().code, ErrorCode::Validation);
    // Staff do not see other people's cases' reports.
    let (usb, _) = case_id(&mut w, "USBメモリの紛失");
    let (staff, _) = w.person("中村 さくら");
    let r = request(&usb, "ppc-appi", None);
    assert_eq!(w.run(&staff, |c| sonae_api::ppc_paste_text(c, r)).unwrap_err().code, ErrorCode::Forbidden);
}
