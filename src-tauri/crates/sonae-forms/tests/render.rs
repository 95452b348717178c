//! Rendering real documents with the real fonts, read back with poppler (`pdftotext`,
//! `pdffonts`) where it is installed. Set `SONAE_FORMS_OUT=<dir>` to keep the PDFs for a look.

use sonae_forms::{Block, Column, Document, Fonts, Item, Letterhead, Table, render};
use sonae_i18n::{Lang, Localizer};
use std::process::Command;
use std::sync::Arc;

/// The fonts, or `None` (with a note) where they are not installed. CI installs them
/// (scripts/setup.sh), so there a missing font fails the test instead.
fn fonts() -> Option<Arc<Fonts>> {
    match Fonts::shared(None) {
        Ok(f) => Some(f),
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("note: skipped, fonts not installed: {e}");
            None
        }
        Err(e) => panic!("{e}"),
    }
}

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        eprintln!("note: {name} (poppler-utils) not installed: that part of the check is skipped");
    }
    found
}

fn save(name: &str, bytes: &[u8]) -> tempfile::TempPath {
    if let Some(dir) = std::env::var_os("SONAE_FORMS_OUT") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
    let file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    file.into_temp_path()
}

fn pdftotext(path: &std::path::Path, page: Option<usize>) -> String {
    let mut cmd = Command::new("pdftotext");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Every font embedded and subset (`pdffonts`: emb = yes, sub = yes, a `ABCDEF+` name).
fn assert_fonts_embedded_subset(path: &std::path::Path) {
    let out = Command::new("pdffonts").arg(path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed:\n{text}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+', "not a subset name: {row}");
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "emb/sub/uni: {row}");
    }
}

fn narrative() -> String {
    let sentences = [
        "令和8年4月1日午前9時頃、福祉課の職員が家庭訪問の記録を保存した庁用USBメモリ（暗号化機能なし）が見当たらないことに気付いた。",
        "同日中に庁舎内、公用車内及び訪問先までの経路を捜索したが、発見には至らなかった。",
        "当該USBメモリには、対象者約150名の氏名、住所及び訪問記録（「支援の状況」欄を含む）が保存されていた可能性がある。",
        "CSIRTは、個人情報の漏えいのおそれがあるものと判断し、関係課に対して同種媒体の利用状況の確認を指示した。",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < 3000 {
        text.push_str(sentences[i % sentences.len()]);
        i += 1;
        if i % 5 == 0 {
            text.push('\n');
        }
    }
    text
}

fn long_document(drill: bool) -> Document {
    let rows = (0..40)
        .map(|i| {
            vec![
                format!("4月{}日（水）{}:{:02}", 1 + i / 8, 9 + i % 8, (i * 7) % 60),
                ["対応", "確認", "判断", "連絡"][i % 4].to_owned(),
                format!("経過{i}：関係者へ連絡し、状況を確認した。{}", "確認の結果、追加の措置は不要と判断した。".repeat(i % 3)),
            ]
        })
        .collect();
    Document {
        title: "長文テスト".into(),
        style: sonae_forms::Style::Letter,
        unnumbered: 0,
        drill,
        running_head: None,
        letterhead: Letterhead {
            doc_number: "情政第　　号".into(),
            date: "令和8年4月2日".into(),
            addressee: vec!["最高情報セキュリティ責任者（CISO）".into(), "副市長　佐藤 一郎　様".into()],
            sender: vec!["CSIRT責任者".into(), "情報政策課長　田中 美穂".into()],
        },
        subject: "情報セキュリティインシデントの発生について（報告）".into(),
        kind_marks: vec!["【第一報】".into()],
        preamble: vec!["標記について、下記のとおり報告します。".into()],
        items: vec![
            Item {
                heading: "事案の概要".into(),
                blocks: vec![Block::Fields(vec![("受付番号".into(), "2026-0005".into()), ("報告の内容".into(), narrative())])],
            },
            Item {
                heading: "対応の経過".into(),
                blocks: vec![Block::Table(Table {
                    columns: vec![
                        Column { header: "日時".into(), weight: 24 },
                        Column { header: "区分".into(), weight: 10 },
                        Column { header: "内容".into(), weight: 66 },
                    ],
                    rows,
                })],
            },
        ],
        contact: vec!["【連絡先】".into(), "担当者　主査　伊藤 健太".into(), "電話　048-000-2202".into()],
    }
}

#[test]
fn a_long_narrative_and_forty_timeline_rows_make_several_correct_pages() {
    let Some(fonts) = fonts() else { return };
    let l10n = Localizer::new(Lang::Ja);
    let doc = long_document(false);
    let pdf = render(&doc, &fonts, &l10n, 1_775_000_000);
    assert!(pdf.pages >= 3, "{} pages", pdf.pages);
    assert!(pdf.replaced.is_empty());
    assert!(pdf.bytes.len() < 300_000, "{} bytes", pdf.bytes.len());
    let path = save("long.pdf", &pdf.bytes);
    if !tool("pdftotext") {
        return;
    }
    let all = pdftotext(&path, None);
    for (i, line) in all.lines().enumerate() {
        let first = line.trim_start().chars().next();
        assert!(!matches!(first, Some('。' | '、' | '）' | '」')), "line {i} starts with {first:?}: {line}");
        let last = line.trim_end().chars().last();
        assert!(!matches!(last, Some('（' | '「')), "line {i} ends with {last:?}: {line}");
    }
    // Every row is there, once.
    for i in 0..40 {
        assert_eq!(all.matches(&format!("経過{i}：")).count(), 1, "row {i}");
    }
    // The table continues over pages and each of its pages starts it with the header row.
    let mut table_pages = 0;
    for p in 1..=pdf.pages {
        let text = pdftotext(&path, Some(p));
        assert!(text.contains(&format!("{p} / {}", pdf.pages)), "page number on page {p}");
        if text.contains("経過") {
            table_pages += 1;
            for h in ["日時", "区分", "内容"] {
                assert!(text.contains(h), "page {p} lacks the header {h}");
            }
        }
    }
    assert!(table_pages >= 2, "the table should span pages, spans {table_pages}");
    if tool("pdffonts") {
        assert_fonts_embedded_subset(&path);
    }
}

#[test]
fn a_drill_document_is_marked_on_every_page() {
    let Some(fonts) = fonts() else { return };
    let l10n = Localizer::new(Lang::Ja);
    let pdf = render(&long_document(true), &fonts, &l10n, 1_775_000_000);
    let path = save("long-drill.pdf", &pdf.bytes);
    if !tool("pdftotext") {
        return;
    }
    for p in 1..=pdf.pages {
        let text = pdftotext(&path, Some(p));
        assert!(text.contains("訓練用 — 提出しないこと"), "banner on page {p}");
        // The diagonal watermark comes out as single characters.
        assert!(text.matches('訓').count() >= 2 && text.matches('練').count() >= 2, "watermark on page {p}");
    }
    let plain = render(&long_document(false), &fonts, &l10n, 1_775_000_000);
    assert!(!pdftotext(&save("long-plain.pdf", &plain.bytes), None).contains("訓練"));
}

#[test]
fn characters_no_font_has_are_set_as_geta_and_reported() {
    let Some(fonts) = fonts() else { return };
    let mut doc = long_document(false);
    doc.items.truncate(1);
    doc.items[0].blocks = vec![Block::Paragraph("絵文字😀と𠀋".into())];
    let pdf = render(&doc, &fonts, &Localizer::new(Lang::Ja), 0);
    assert!(pdf.replaced.contains(&'😀'), "{:?}", pdf.replaced);
    if tool("pdftotext") {
        let text = pdftotext(&save("geta.pdf", &pdf.bytes), None);
        assert!(text.contains("絵文字〓と"), "{text}");
    }
}
