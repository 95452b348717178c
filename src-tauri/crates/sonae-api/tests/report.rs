//! The staff report through the API, on a real SQLite file with the demo organization 架空市:
//! drafts saved as typed, per-field issues, submission opening a case, 受付番号 formats, and who
//! may see which report.

use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, ApiError, Ctx, ErrorCode, FixedClock, OpenMode, SequentialIds, Store};

/// 2026-11-22 09:00 JST.
fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

struct World {
    dir: tempfile::TempDir,
    store: Store,
    ids: SequentialIds,
}

impl World {
    fn demo() -> World {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
        let ids = SequentialIds::new();
        let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
        sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &FixedClock(t0()), ids: &ids, actor: &admin }).unwrap();
        World { dir, store, ids }
    }

    /// The demo person called `name`, acting with their own roles.
    fn person(&mut self, name: &str) -> Actor {
        let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
        let people = self.run(&admin, sonae_api::list_people).unwrap();
        let p = people.into_iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name} in the demo"));
        Actor::new(format!("person:{}", p.id), &p.roles.into_iter().map(Into::into).collect::<Vec<_>>())
    }

    /// A second, plain connection to the same file, to look at rows directly.
    fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.dir.path().join("sonae.db")).unwrap()
    }

    fn run<T>(&mut self, actor: &Actor, f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        f(&mut Ctx { store: &mut self.store, clock: &FixedClock(t0()), ids: &self.ids, actor })
    }
}

/// A USB stick lost, relayed by phone from a resident.
fn usb_form(options: &ReportOptionsDto) -> ReportFormDto {
    ReportFormDto {
        source: "resident".into(),
        symptoms: vec!["pc_lost_stolen".into()],
        category: "loss_theft".into(),
        what_happened: "住民から、市の封筒に入ったUSBメモリを駅で拾ったと電話があった。".into(),
        noticed_at: "2026-11-22T08:10".into(),
        department_id: options.me.department_id.clone().unwrap_or_default(),
        device: "USBメモリ（白、8GB）".into(),
        personal_info: "yes".into(),
        my_number: "unknown".into(),
        max_persons: "120".into(),
        medium: "electronic".into(),
        reporter_name: "市民 一郎".into(),
        reporter_phone: "090-0000-0000".into(),
        relay_channel: "phone".into(),
        relay_received_at: "2026-11-22T08:05".into(),
        ..ReportFormDto::default()
    }
}

fn fields(issues: &[FieldIssueDto]) -> Vec<(u8, &str, &str)> {
    issues.iter().map(|i| (i.step, i.field.as_str(), i.message_id.as_str())).collect()
}

#[test]
fn drafts_keep_what_was_typed_and_list_its_issues_per_step() {
    let mut w = World::demo();
    let clerk = w.person("中村 さくら");
    let form = ReportFormDto { category: "loss_theft".into(), noticed_at: "2026-11-23T08:00".into(), ..ReportFormDto::default() };
    let draft = w.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 2, form: form.clone() })).unwrap();
    assert_eq!(draft.form, form, "a draft holds exactly what was typed, valid or not");
    assert!(fields(&draft.issues).contains(&(2, "noticedAt", "error-datetime-future")), "{:?}", draft.issues);
    assert!(fields(&draft.issues).contains(&(1, "whatHappened", "error-field-required")));
    assert_eq!(draft.issues.iter().find(|i| i.field == "noticedAt").unwrap().field_id, "field-noticed-at");

    // The same person gets it back after a restart; nobody else sees it.
    let drafts = w.run(&clerk, sonae_api::open_report_drafts).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!((drafts[0].id.as_str(), drafts[0].step), (draft.id.as_str(), 2));
    let other = w.person("小林 直樹");
    assert!(w.run(&other, sonae_api::open_report_drafts).unwrap().is_empty());
    let stolen = w.run(&other, |c| {
        sonae_api::save_report_draft(c, SaveDraftInput { draft_id: Some(draft.id.clone()), step: 1, form: ReportFormDto::default() })
    });
    assert_eq!(stolen.unwrap_err().code, ErrorCode::NotFound);

    // Discarding keeps the text in the database but no longer offers it.
    w.run(&clerk, |c| sonae_api::discard_report_draft(c, &draft.id)).unwrap();
    assert!(w.run(&clerk, sonae_api::open_report_drafts).unwrap().is_empty());
    let kept: String = w.sql().query_row("SELECT form_json FROM report_draft", [], |r| r.get(0)).unwrap();
    assert!(kept.contains("2026-11-23T08:00"));
}

#[test]
fn submitting_opens_a_case_in_received_with_a_receipt_number() {
    let mut w = World::demo();
    let clerk = w.person("中村 さくら");
    let options = w.run(&clerk, sonae_api::report_options).unwrap();
    assert_eq!(options.me.name, "中村 さくら");
    let form = usb_form(&options);
    let draft = w.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 6, form: form.clone() })).unwrap();
    assert!(draft.issues.is_empty(), "{:?}", draft.issues);
    let receipt = w.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: draft.id.clone(), form })).unwrap();

    // The demo's cases of 2026 come first: the new one takes the next number.
    let csirt = w.person("渡辺 由紀");
    let cases = w.run(&csirt, sonae_api::list_cases).unwrap();
    let case = cases.iter().find(|c| c.receipt_no == receipt.receipt_no).expect("the CSIRT finds the new case");
    assert_eq!(case.state, CaseState::Received);
    assert_eq!(case.category, Category::LossTheft);
    assert!(case.title.starts_with("住民から、市の封筒に入ったUSBメモリ"));
    let numbers: Vec<&str> = cases.iter().map(|c| c.receipt_no.as_str()).collect();
    assert_eq!(numbers.iter().filter(|n| **n == receipt.receipt_no).count(), 1, "{numbers:?}");
    assert!(receipt.receipt_no.starts_with("2026-"), "{}", receipt.receipt_no);

    // Whom to call: the CSIRT lead first, with numbers.
    assert_eq!(receipt.contacts[0].name, "田中 美穂");
    assert!(!receipt.contacts[0].phone.is_empty());
    assert_eq!(receipt.noticed_at, "2026-11-21T23:10:00Z");

    // The draft is closed; the case has its first 知った日 candidate and a timeline line.
    assert!(w.run(&clerk, sonae_api::open_report_drafts).unwrap().is_empty());
    let again =
        w.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: draft.id.clone(), form: ReportFormDto::default() }));
    assert_eq!(again.unwrap_err().code, ErrorCode::Conflict);
    let conn = w.sql();
    let (at, basis): (String, String) =
        conn.query_row("SELECT at, basis FROM known_date_candidate", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((at.as_str(), basis.as_str()), ("2026-11-21T23:10:00Z", "reporter_noticed"));
    let text: String = conn.query_row("SELECT text FROM timeline_entry WHERE case_id = ?1", [&receipt.case_id], |r| r.get(0)).unwrap();
    assert_eq!(text, format!("住民等からの連絡を受け付けた（報告者: 市民 一郎、受付番号: {}）。", receipt.receipt_no));
    let (source, entered_by, person): (String, Option<String>, Option<String>) = conn
        .query_row(
            "SELECT source, entered_by_person_id, reporter_person_id FROM incident_report WHERE id = ?1",
            [&receipt.report_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(source, "resident");
    assert_eq!(entered_by.as_deref(), clerk.label.strip_prefix("person:"));
    assert_eq!(person, None);
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn a_refused_submission_names_the_field_and_keeps_the_form() {
    let mut w = World::demo();
    let clerk = w.person("中村 さくら");
    let options = w.run(&clerk, sonae_api::report_options).unwrap();
    let form = ReportFormDto { max_persons: "-3".into(), ..usb_form(&options) };
    let draft = w.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 1, form: form.clone() })).unwrap();
    let err =
        w.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: draft.id.clone(), form: form.clone() })).unwrap_err();
    assert_eq!((err.code, err.message_id.as_str(), err.field.as_deref()), (ErrorCode::Validation, "error-negative", Some("maxPersons")));
    assert_eq!(err.args.get("step").map(String::as_str), Some("4"));
    let drafts = w.run(&clerk, sonae_api::open_report_drafts).unwrap();
    assert_eq!(drafts[0].form, form);
    assert_eq!(drafts[0].step, 7, "the refused submission was saved at the review step");
}

#[test]
fn staff_see_only_their_own_reports_and_the_csirt_sees_all() {
    let mut w = World::demo();
    let clerk = w.person("中村 さくら");
    let options = w.run(&clerk, sonae_api::report_options).unwrap();
    let form = usb_form(&options);
    let draft = w.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 7, form: form.clone() })).unwrap();
    let receipt = w.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: draft.id, form })).unwrap();

    let mine = w.run(&clerk, sonae_api::my_reports).unwrap();
    assert!(mine.iter().any(|r| r.receipt_no.as_deref() == Some(receipt.receipt_no.as_str()) && r.case_state == Some(CaseState::Received)));
    assert!(mine.iter().all(|r| r.reporter_name == "中村 さくら" || r.source == "resident"), "{mine:?}");
    let own = w.run(&clerk, |c| sonae_api::get_report(c, &receipt.report_id)).unwrap();
    assert_eq!(own.form.device, "USBメモリ（白、8GB）");
    assert_eq!(own.form.noticed_at, "2026-11-22T08:10");

    let other = w.person("小林 直樹");
    assert!(w.run(&other, sonae_api::my_reports).unwrap().iter().all(|r| r.report_id != receipt.report_id));
    assert_eq!(w.run(&other, |c| sonae_api::get_report(c, &receipt.report_id)).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(w.run(&other, sonae_api::all_reports).unwrap_err().code, ErrorCode::Forbidden);

    let csirt = w.person("渡辺 由紀");
    assert!(w.run(&csirt, sonae_api::all_reports).unwrap().iter().any(|r| r.report_id == receipt.report_id));
    assert!(w.run(&csirt, |c| sonae_api::get_report(c, &receipt.report_id)).is_ok());

    // A local operator (the CLI) is nobody: it cannot file reports.
    let cli = Actor::new("system:cli", &[sonae_api::Role::Administrator]);
    assert_eq!(w.run(&cli, sonae_api::report_options).unwrap_err().message_id, "error-report-needs-person");
}

#[test]
fn receipt_numbers_follow_the_organizations_format() {
    let mut w = World::demo();
    let admin = w.person("山本 大輔");
    let o = w.run(&admin, sonae_api::org_setup).unwrap().organization;
    let input = |receipt_format: &str| OrgProfileInput {
        name: o.name.clone(),
        kind: o.kind,
        prefecture: o.prefecture.clone(),
        head_title: o.head_title.clone(),
        ciso_title: o.ciso_title.clone(),
        ciso_person_id: o.ciso_person_id.clone(),
        ordinance_sensitive_info: o.ordinance_sensitive_info,
        honorific: o.honorific,
        doc_number_format: o.doc_number_format.clone(),
        receipt_format: receipt_format.into(),
        ciso_report_target_minutes: o.ciso_report_target_minutes,
        idle_lock_minutes: o.idle_lock_minutes,
        lockout_attempts: o.lockout_attempts,
    };
    let err = w.run(&admin, |c| sonae_api::update_org_profile(c, input("受付-{m}"))).unwrap_err();
    assert_eq!((err.field.as_deref(), err.message_id.as_str()), (Some("receiptFormat"), "error-receipt-format"));
    w.run(&admin, |c| sonae_api::update_org_profile(c, input("情セ{年度}-{n}"))).unwrap();

    let clerk = w.person("中村 さくら");
    let options = w.run(&clerk, sonae_api::report_options).unwrap();
    let mut numbers = Vec::new();
    for _ in 0..2 {
        let form = usb_form(&options);
        let d = w.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 7, form: form.clone() })).unwrap();
        numbers.push(w.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: d.id, form })).unwrap().receipt_no);
    }
    assert_eq!(numbers, ["情セ2026-0001", "情セ2026-0002"]);
}

#[test]
fn guidance_can_be_rewritten_per_organization() {
    let mut w = World::demo();
    let admin = w.person("山本 大輔");
    let steps = vec!["LANケーブルを抜く。".to_owned(), "情報政策課（内線2201）に電話する。".to_owned()];
    w.run(&admin, |c| sonae_api::save_guidance(c, GuidanceDto { category: Category::Malware, steps: steps.clone() })).unwrap();
    let clerk = w.person("中村 さくら");
    let options = w.run(&clerk, sonae_api::report_options).unwrap();
    assert_eq!(options.guidance, vec![GuidanceDto { category: Category::Malware, steps }]);
    let too_many = GuidanceDto { category: Category::Malware, steps: (0..11).map(|i| format!("手順{i}")).collect() };
    assert_eq!(w.run(&admin, |c| sonae_api::save_guidance(c, too_many)).unwrap_err().field.as_deref(), Some("steps"));
    // Empty steps restore the default.
    w.run(&admin, |c| sonae_api::save_guidance(c, GuidanceDto { category: Category::Malware, steps: vec![] })).unwrap();
    assert!(w.run(&clerk, sonae_api::list_guidance).unwrap().is_empty());
}
