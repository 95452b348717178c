//! Documents through the API (issue 7): the 第一報 to the CISO of demo cases, read back with
//! poppler's `pdftotext` and `pdffonts` where they are installed (skipped with a note where not).
//! `SONAE_FORMS_OUT=<dir>` keeps the PDFs for a look.

mod support;

use chrono::Duration;
use sonae_api::ErrorCode;
use sonae_api::dto::*;
use support::World;
use support::pdf::*;

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
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return;
    }
    assert_golden("first-report", &golden_text(&path));
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

fn request(id: &str, kind: &str) -> DocumentRequest {
    DocumentRequest { case_id: id.to_owned(), kind: kind.to_owned(), ppc_kind: None }
}

/// Every kind makes sense for at least one demo case, and where one makes no sense the answer
/// says why (the CLI exits 2 on it).
#[test]
fn every_kind_has_a_demo_case_and_the_others_are_refused_with_a_reason() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let cases = w.run(&lead, sonae_api::list_cases).unwrap();
    let mut available = std::collections::BTreeMap::<String, Vec<String>>::new();
    for c in &cases {
        let docs = w.run(&lead, |ctx| sonae_api::case_documents(ctx, &c.id)).unwrap();
        assert_eq!(docs.kinds.iter().map(|k| k.kind.as_str()).collect::<Vec<_>>(), sonae_api::DOCUMENT_KINDS.to_vec());
        for k in docs.kinds {
            if k.available {
                available.entry(k.kind.clone()).or_default().push(c.receipt_no.clone());
            } else {
                let reason = k.reason.unwrap();
                assert!(reason.starts_with("forms-na-"), "{reason}");
                let e = w.run(&lead, |ctx| sonae_api::document_pdf(ctx, request(&c.id, &k.kind))).unwrap_err();
                assert_eq!((e.code, e.message_id.as_str()), (ErrorCode::Conflict, reason.as_str()));
                assert!(sonae_api::is_not_applicable(&e));
            }
        }
    }
    for kind in sonae_api::DOCUMENT_KINDS {
        assert!(available.contains_key(kind), "no demo case for {kind}: {available:?}");
    }
    let usb = cases.iter().find(|c| c.title.contains("USBメモリ")).unwrap();
    let docs = w.run(&lead, |ctx| sonae_api::case_documents(ctx, &usb.id)).unwrap();
    let ppc = docs.kinds.iter().find(|k| k.kind == "ppc-appi").unwrap();
    assert_eq!(ppc.suggested_ppc_kind.as_deref(), Some("preliminary"));
    assert_eq!(docs.particulars.confirmed_persons, "148");
}

/// "Record as submitted" keeps the exact bytes and their SHA-256, names the tracker row, writes
/// the timeline, and can never be changed; a later version follows the earlier one.
#[test]
fn a_recorded_version_keeps_its_exact_bytes_and_a_later_one_follows_it() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (member, _) = w.person("渡辺 由紀");
    let first = match w.run(&member, |c| sonae_api::record_submission(c, request(&id, "ppc-appi"))) {
        Err(e) if e.message_id == "error-font-missing" && std::env::var("CI").as_deref() != Ok("true") => return,
        other => other.unwrap(),
    };
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD.decode(&first.pdf_base64).unwrap();
    assert_eq!(first.sha256, sonae_core::casework::sha256_hex(&bytes));
    assert!(first.file_name.starts_with("2026-") && first.file_name.ends_with(".pdf"), "{}", first.file_name);
    let sub_id = first.submission_id.clone().unwrap();
    let stored = w.run(&member, |c| sonae_api::submission_pdf(c, &id, &sub_id)).unwrap();
    assert_eq!(stored.pdf_base64, first.pdf_base64, "the exact bytes");
    assert_eq!(stored.sha256, first.sha256);

    w.now += Duration::days(3);
    let later = w
        .run(&member, |c| sonae_api::record_submission(c, DocumentRequest { ppc_kind: Some("final".into()), ..request(&id, "ppc-appi") }))
        .unwrap();
    let docs = w.run(&member, |c| sonae_api::case_documents(c, &id)).unwrap();
    assert_eq!(docs.submissions.len(), 2);
    let (a, b) = (&docs.submissions[0], &docs.submissions[1]);
    assert_eq!(a.id, sub_id);
    assert!(a.superseded && !b.superseded);
    assert_eq!(a.notification_key.as_deref(), Some("ppc:appi-68:preliminary"));
    assert_eq!(b.notification_key.as_deref(), Some("ppc:appi-68:final"));
    assert_eq!((a.ppc_kind.as_deref(), b.ppc_kind.as_deref()), (Some("preliminary"), Some("final")));
    assert_eq!(b.id, later.submission_id.unwrap());
    let detail = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    assert!(detail.timeline.iter().any(|e| e.text.contains("提出版として記録") && e.text.contains(&first.sha256[..16])));

    // The database refuses to change or delete a recorded version.
    drop(w.store);
    let conn = rusqlite::Connection::open(w.dir.path().join("sonae.db")).unwrap();
    for sql in ["UPDATE submission SET pdf = x'00'", "DELETE FROM submission"] {
        let e = conn.execute(sql, []).unwrap_err();
        assert!(e.to_string().contains("immutable"), "{sql}: {e}");
    }
    // Staff may not record.
}

#[test]
fn reporting_particulars_are_checked_field_by_field_and_nothing_is_lost() {
    let mut w = World::demo_at(t0());
    let (id, _) = case_id(&mut w, "USBメモリの紛失");
    let (member, _) = w.person("渡辺 由紀");
    let before = w.run(&member, |c| sonae_api::case_documents(c, &id)).unwrap().particulars;
    for (field, change) in [
        ("confirmedPersons", ParticularsDto { confirmed_persons: "百".into(), ..before.clone() }),
        ("personsCountedAt", ParticularsDto { persons_counted_at: "2026/11/20".into(), ..before.clone() }),
        ("secondaryDamage", ParticularsDto { secondary_damage: "maybe".into(), ..before.clone() }),
        ("inquiryDesk", ParticularsDto { inquiry_desk: "あ".repeat(501), ..before.clone() }),
    ] {
        let e =
            w.run(&member, |c| sonae_api::save_particulars(c, ParticularsInput { case_id: id.clone(), particulars: change })).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(field), "{e:?}");
    }
    assert_eq!(w.run(&member, |c| sonae_api::case_documents(c, &id)).unwrap().particulars, before, "nothing saved");
    let changed = ParticularsDto { confirmed_persons: " 150 ".into(), data_items: "氏名、住所".into(), ..before };
    let saved = w.run(&member, |c| sonae_api::save_particulars(c, ParticularsInput { case_id: id.clone(), particulars: changed })).unwrap();
    assert_eq!((saved.particulars.confirmed_persons.as_str(), saved.particulars.data_items.as_str()), ("150", "氏名、住所"));
    let (staff, _) = w.person("中村 さくら");
    let e =
        w.run(&staff, |c| sonae_api::save_particulars(c, ParticularsInput { case_id: id.clone(), particulars: ParticularsDto::default() }));
    assert_eq!(e.unwrap_err().code, ErrorCode::Forbidden);
}

/// The preview is the model the PDF is drawn from; saving writes where the user chose, refuses a
/// relative path or an existing file (at `path`, recording nothing), and a recorded version's file
/// is byte for byte what was recorded.
#[test]
fn a_document_previews_as_the_pdf_says_and_saves_where_the_user_chose() {
    let mut w = World::demo_at(t0());
    let (id, receipt) = case_id(&mut w, "USBメモリの紛失");
    let (member, _) = w.person("渡辺 由紀");
    let preview = w.run(&member, |c| sonae_api::document_preview(c, request(&id, "ppc-appi"))).unwrap();
    assert_eq!((preview.style.as_str(), preview.ppc_kind.as_deref(), preview.drill), ("letter", Some("preliminary"), false));
    assert_eq!(preview.kind_marks, vec!["【速報】".to_owned()]);
    assert!(preview.file_name.starts_with(&receipt) && preview.file_name.ends_with(".pdf"));
    let words: Vec<String> =
        preview.items.iter().flat_map(|i| i.blocks.iter().flat_map(|b| b.fields.iter().map(|f| f.value.clone()))).collect();
    assert!(words.iter().any(|v| v.contains("氏名、住所、電話番号、家庭訪問の記録")), "{words:?}");

    let out = tempfile::tempdir().unwrap();
    let save = |path: String, record: bool, overwrite: bool| SaveDocumentInput {
        case_id: id.clone(),
        kind: "ppc-appi".into(),
        ppc_kind: None,
        path,
        record,
        overwrite,
    };
    let e = w.run(&member, |c| sonae_api::save_document(c, save("relative.pdf".into(), true, false))).unwrap_err();
    assert_eq!((e.field.as_deref(), e.message_id.as_str()), (Some("path"), "error-path-not-absolute"));
    let target = out.path().join("報告").join("速報.pdf");
    let saved = match w.run(&member, |c| sonae_api::save_document(c, save(target.display().to_string(), true, false))) {
        Err(e) if e.message_id == "error-font-missing" && std::env::var("CI").as_deref() != Ok("true") => return,
        other => other.unwrap(),
    };
    let bytes = std::fs::read(&target).unwrap();
    assert_eq!(saved.sha256, sonae_core::casework::sha256_hex(&bytes));
    assert_eq!(saved.documents.submissions.len(), 1);
    assert_eq!(saved.documents.submissions[0].sha256, saved.sha256, "the file saved is the version recorded");
    let e = w.run(&member, |c| sonae_api::save_document(c, save(target.display().to_string(), true, false))).unwrap_err();
    assert_eq!((e.field.as_deref(), e.message_id.as_str()), (Some("path"), "error-file-exists"));
    assert_eq!(w.run(&member, |c| sonae_api::case_documents(c, &id)).unwrap().submissions.len(), 1, "nothing recorded");
    // The recorded version, saved again elsewhere, is the same bytes.
    let again = out.path().join("再保存.pdf");
    let input = SaveSubmissionInput {
        case_id: id.clone(),
        submission_id: saved.submission_id.clone().unwrap(),
        path: again.display().to_string(),
        overwrite: false,
    };
    w.run(&member, |c| sonae_api::save_submission(c, input)).unwrap();
    assert_eq!(std::fs::read(&again).unwrap(), bytes);
    // A copy (not recorded) may replace a file when asked to.
    let copy = w.run(&member, |c| sonae_api::save_document(c, save(target.display().to_string(), false, true))).unwrap();
    assert_eq!(copy.submission_id, None);
    assert!(!out.path().join("報告").read_dir().unwrap().any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".partial")));
}

/// The addressees of outside bodies come from the settings (defaults from the prefecture); an
/// emptied line goes back to its default; only the administrator changes them; the 総務省・都道府県
/// report uses them with the organization's 様/殿.
#[test]
fn documents_to_outside_bodies_are_addressed_as_the_settings_say() {
    let mut w = World::demo_at(t0());
    let (admin, _) = w.person("山本 大輔");
    let defaults = w.run(&admin, sonae_api::document_addressees).unwrap();
    assert_eq!(defaults.prefecture, "埼玉県総務部市町村課長");
    assert_eq!(defaults.police, "埼玉県警察本部　サイバー犯罪相談窓口");
    let changed =
        AddresseesDto { prefecture: "埼玉県企画財政部デジタル政策課長".into(), soumu: "  ".into(), ..defaults.clone() };
    let saved = w.run(&admin, |c| sonae_api::save_document_addressees(c, changed.clone())).unwrap();
    assert_eq!((saved.prefecture.as_str(), saved.soumu.as_str()), ("埼玉県企画財政部デジタル政策課長", defaults.soumu.as_str()));
    let too_long = AddresseesDto { police: "あ".repeat(201), ..saved.clone() };
    assert_eq!(w.run(&admin, |c| sonae_api::save_document_addressees(c, too_long)).unwrap_err().field.as_deref(), Some("police"));
    let (member, _) = w.person("渡辺 由紀");
    assert_eq!(w.run(&member, |c| sonae_api::save_document_addressees(c, saved.clone())).unwrap_err().code, ErrorCode::Forbidden);
    let (id, _) = case_id(&mut w, "Webサイトの一部ページ改ざん");
    let preview = w.run(&member, |c| sonae_api::document_preview(c, request(&id, "prefecture"))).unwrap();
    assert!(preview.addressee.iter().any(|l| l == "埼玉県企画財政部デジタル政策課長　様"), "{:?}", preview.addressee);
}
