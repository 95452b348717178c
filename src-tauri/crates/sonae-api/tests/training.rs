//! Training (研修, issue 8) through the API on the demo 架空市, against a real SQLite file: the
//! 12-month alert lists exactly the handlers it should and says why; an attendance CSV with one
//! bad row names it and writes nothing; who may read and write; sessions, make-ups, handlers;
//! the annual report PDF read back with pdftotext.

mod support;

use sonae_api::dto::*;
use sonae_api::{Actor, ApiError, ErrorCode};
use support::World;
use support::pdf::*;

fn admin() -> Actor {
    Actor::new("system:test", &[sonae_api::Role::Administrator])
}

fn entries(w: &World) -> i64 {
    w.store.verify_audit().unwrap().entries
}

/// The demo session titled `title` (the first of that title when `first`, else the last).
fn session(w: &mut World, title: &str, first: bool) -> TrainingSessionDto {
    let mut all = Vec::new();
    let years = w.run(&admin(), |c| sonae_api::training_year(c, None)).unwrap().years;
    for y in years {
        all.extend(w.run(&admin(), |c| sonae_api::training_year(c, Some(y))).unwrap().sessions);
    }
    all.sort_by(|a, b| a.held_on.cmp(&b.held_on));
    let matching: Vec<TrainingSessionDto> = all.into_iter().filter(|s| s.title == title).collect();
    let found = if first { matching.first() } else { matching.last() };
    found.cloned().unwrap_or_else(|| panic!("no session {title}"))
}

fn alert(w: &mut World) -> Vec<(String, TrainingAlertReason, Option<String>, Option<String>)> {
    let list = w.run(&admin(), sonae_api::training_alert).unwrap();
    list.alerts.into_iter().map(|a| (a.name, a.reason, a.last_attended, a.last_absent)).collect()
}

#[test]
fn on_the_demo_the_alert_lists_exactly_the_untrained_handlers_and_why() {
    // 2026-11-21 (土) 09:30 in Japan: the window starts on 2025-11-21. The demo's sessions fall on
    // working days: 14 months ago → 2025-09-19 (金), 5 months ago → 2026-06-19 (金).
    let mut w = World::demo_at(t0());
    let list = w.run(&admin(), sonae_api::training_alert).unwrap();
    assert_eq!((list.today.as_str(), list.window_start.as_str()), ("2026-11-21", "2025-11-21"));
    let s = |v: &str| Some(v.to_owned());
    assert_eq!(
        alert(&mut w),
        [
            // 伊藤 健太: designated 10 months ago; attended the policy briefing and the mail drill,
            // neither of which covers サイバー脅威と対策 — so never trained for 施行令32条.
            ("伊藤 健太".to_owned(), TrainingAlertReason::NeverTrained, None, None),
            // 加藤 恵: last attended the handlers' session 14 months ago, more than 12.
            ("加藤 恵".to_owned(), TrainingAlertReason::Expired, s("2025-09-19"), None),
            // 吉田 翔: absent from both handlers' sessions (the last 5 months ago), no make-up.
            ("吉田 翔".to_owned(), TrainingAlertReason::OnlyAbsent, None, s("2026-06-19")),
        ],
        "not listed: 中村 さくら (attended 5 months ago), 小林 直樹 (absent, then the make-up 4 months \
         ago), 渡辺 由紀 (designation released 6 months ago); people who are not handlers never are"
    );
    let handlers = w.run(&admin(), sonae_api::list_my_number_handlers).unwrap();
    let current: Vec<&str> = handlers.iter().filter(|h| h.current).map(|h| h.name.as_str()).collect();
    assert_eq!(current, ["伊藤 健太", "加藤 恵", "小林 直樹", "中村 さくら", "吉田 翔"], "五十音順");
    assert_eq!(handlers.last().map(|h| (h.name.as_str(), h.current)), Some(("渡辺 由紀", false)));
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn the_demo_year_has_an_approved_plan_sessions_and_a_make_up() {
    let mut w = World::demo_at(t0());
    let year = w.run(&admin(), |c| sonae_api::training_year(c, None)).unwrap();
    assert_eq!((year.fiscal_year, year.current_fiscal_year), (2026, 2026));
    let plan = year.plan.unwrap();
    assert_eq!(plan.title, "令和8年度 情報セキュリティ研修計画");
    assert_eq!((plan.approved_on.as_deref(), plan.approved_by.as_str()), (Some("2026-04-20"), "情報セキュリティ委員会"));
    assert_eq!(year.years, [2026, 2025]);
    let titles: Vec<(&str, bool)> = year.sessions.iter().map(|s| (s.title.as_str(), s.held)).collect();
    assert_eq!(
        titles,
        [
            ("特定個人情報取扱者研修", true),
            ("特定個人情報取扱者研修（補講）", true),
            ("標的型攻撃メール訓練", true),
            ("情報セキュリティ研修（管理職）", false)
        ]
    );
    let handlers_session = &year.sessions[0];
    assert_eq!((handlers_session.attended, handlers_session.absent), (1, 2));
    assert_eq!(handlers_session.attendance_rate.as_deref(), Some("33.3"));
    assert_eq!(year.sessions[1].makeup_of.as_deref(), Some(handlers_session.id.as_str()));
    let detail = w.run(&admin(), |c| sonae_api::training_session(c, &handlers_session.id)).unwrap();
    let kobayashi = detail.attendees.iter().find(|a| a.name == "小林 直樹").unwrap();
    assert_eq!(kobayashi.status, Some(AttendanceStatus::Absent));
    assert_eq!(kobayashi.makeup_held_on.as_deref(), Some(year.sessions[1].held_on.as_str()), "the make-up taken is shown");
    assert_eq!(detail.makeups.len(), 1);
    assert_eq!(detail.attendees.len(), 10, "the whole register, recorded or not");
}

#[test]
fn an_attendance_csv_with_one_malformed_row_names_it_and_imports_nothing() {
    let mut w = World::demo_at(t0());
    let s = session(&mut w, "特定個人情報取扱者研修", false);
    let (chief, _) = w.person("高橋 誠");
    let before_entries = entries(&w);
    let before = w.run(&admin(), |c| sonae_api::training_session(c, &s.id)).unwrap();
    // Row 3 (line 5: a blank line does not count as a row) has 理解度 ８５０.
    let csv = "氏名,出欠,理解度\n吉田 翔,出席,７０\n加藤　恵,出席,90\n\n伊藤健太,出席,８５０\n小林 直樹,欠席,\n";
    let input = AttendanceCsvInput { session_id: s.id.clone(), text: csv.into() };
    let e = w.run(&chief, |c| sonae_api::import_attendance_csv(c, input)).unwrap_err();
    assert_eq!(e.code, ErrorCode::Validation);
    assert_eq!(e.message_id, "error-training-csv-score");
    assert_eq!(e.field.as_deref(), Some("rows[3].comprehension"), "the field names the row");
    assert_eq!((e.args["row"].as_str(), e.args["line"].as_str(), e.args["column"].as_str()), ("3", "5", "理解度"));
    let line = sonae_api::Localizer::new(sonae_api::Lang::Ja)
        .msg(&e.message_id, &e.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>());
    assert_eq!(line, "CSVの 3 件目（5 行目）の「理解度」は0から100までの整数で入力してください。何も取り込んでいません。");
    assert_eq!(entries(&w), before_entries, "no audit entry: nothing was written");
    assert_eq!(w.run(&admin(), |c| sonae_api::training_session(c, &s.id)).unwrap(), before, "the earlier rows were not taken either");
    assert_eq!(alert(&mut w).len(), 3);

    // An unknown name is named the same way.
    let input = AttendanceCsvInput { session_id: s.id.clone(), text: "氏名,出欠\n吉田 翔,出席\n山田 花子,出席\n".into() };
    let e = w.run(&chief, |c| sonae_api::import_attendance_csv(c, input)).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-training-csv-name-unknown", Some("rows[2].name")));
    assert_eq!(entries(&w), before_entries);

    // Corrected, the file is taken whole, and the alert follows: 吉田 and 伊藤 attended, 加藤 too.
    let input = AttendanceCsvInput { session_id: s.id.clone(), text: csv.replace("８５０", "８５") };
    let done = w.run(&chief, |c| sonae_api::import_attendance_csv(c, input)).unwrap();
    assert_eq!(done.imported, 4);
    assert_eq!(entries(&w), before_entries + 4, "one audited row per person (小林's record replaced)");
    let ito = done.detail.attendees.iter().find(|a| a.name == "伊藤 健太").unwrap();
    assert_eq!((ito.status, ito.comprehension), (Some(AttendanceStatus::Attended), Some(85)));
    assert_eq!(alert(&mut w), [], "everyone designated is now trained within 12 months");
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn attendance_typed_on_the_screen_is_checked_whole_too() {
    let mut w = World::demo_at(t0());
    let s = session(&mut w, "特定個人情報取扱者研修", false);
    let (chief, _) = w.person("高橋 誠");
    let (_, yoshida) = w.person("吉田 翔");
    let (_, kato) = w.person("加藤 恵");
    let before = entries(&w);
    let entry =
        |person: &str, status, score: &str| AttendanceEntryInput { person_id: person.to_owned(), status, comprehension: score.to_owned() };
    let input = AttendanceInput {
        session_id: s.id.clone(),
        entries: vec![entry(&kato, AttendanceStatus::Attended, "９０"), entry(&yoshida, AttendanceStatus::Absent, "40")],
    };
    let e = w.run(&chief, |c| sonae_api::record_attendance(c, input)).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-training-score-absent", Some("entries[1].comprehension")));
    assert_eq!(e.args["fieldId"], "field-comprehension");
    assert_eq!(entries(&w), before);
    let input = AttendanceInput { session_id: s.id.clone(), entries: vec![entry(&kato, AttendanceStatus::Attended, "９０")] };
    let detail = w.run(&chief, |c| sonae_api::record_attendance(c, input)).unwrap();
    assert_eq!(detail.attendees.iter().find(|a| a.person_id == kato).unwrap().comprehension, Some(90));
    assert_eq!(entries(&w), before + 1);

    // A planned session takes no attendance yet.
    let planned = session(&mut w, "情報セキュリティ研修（管理職）", true);
    let input = AttendanceInput { session_id: planned.id.clone(), entries: vec![entry(&kato, AttendanceStatus::Attended, "")] };
    let e = w.run(&chief, |c| sonae_api::record_attendance(c, input)).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-training-not-held-yet", Some("sessionId")));
}

#[test]
fn sessions_and_make_ups_are_checked_and_saved() {
    let mut w = World::demo_at(t0());
    let (chief, _) = w.person("高橋 誠");
    let original = session(&mut w, "特定個人情報取扱者研修", false);
    let input = |held_on: &str, makeup_of: Option<String>| TrainingSessionInput {
        session_id: None,
        held_on: held_on.into(),
        title: "特定個人情報取扱者研修（補講2）".into(),
        topics: vec![TrainingTopic::PersonalInfo, TrainingTopic::CyberThreats],
        audience: TrainingAudience::MyNumberHandlers,
        instructor: String::new(),
        note: String::new(),
        makeup_of,
    };
    let before = entries(&w);
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, input("2026-06-01", Some(original.id.clone())))).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-training-makeup-before-original", Some("heldOn")));
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, input("2026年6月", None))).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-date-format", Some("heldOn")));
    let mut no_topics = input("2026-11-20", None);
    no_topics.topics.clear();
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, no_topics)).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("topics"));
    let mut no_title = input("2026-11-20", None);
    no_title.title = "  ".into();
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, no_title)).unwrap_err();
    assert_eq!(
        (e.message_id.as_str(), e.field.as_deref(), e.args["fieldId"].as_str()),
        ("error-field-required", Some("sessionTitle"), "field-session-title")
    );
    assert_eq!(entries(&w), before);

    let saved = w.run(&chief, |c| sonae_api::save_training_session(c, input("２０２６／１１／２０", Some(original.id.clone())))).unwrap();
    assert_eq!(saved.session.held_on, "2026-11-20");
    assert_eq!(saved.session.topics, [TrainingTopic::CyberThreats, TrainingTopic::PersonalInfo], "in the label order");
    assert_eq!(saved.session.makeup_of_title.as_deref(), Some("特定個人情報取扱者研修"));
    // 吉田 takes this make-up: off the alert.
    let (_, yoshida) = w.person("吉田 翔");
    let att = AttendanceInput {
        session_id: saved.session.id.clone(),
        entries: vec![AttendanceEntryInput { person_id: yoshida, status: AttendanceStatus::Attended, comprehension: "72".into() }],
    };
    w.run(&chief, |c| sonae_api::record_attendance(c, att)).unwrap();
    assert_eq!(alert(&mut w).iter().map(|a| a.0.as_str()).collect::<Vec<_>>(), ["伊藤 健太", "加藤 恵"]);
    // …and a session with attendance cannot move into the future.
    let mut moved = input("2026-12-01", Some(original.id.clone()));
    moved.session_id = Some(saved.session.id.clone());
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, moved)).unwrap_err();
    assert_eq!(e.message_id, "error-training-attended-future");
    // A make-up of a make-up is refused.
    let e = w.run(&chief, |c| sonae_api::save_training_session(c, input("2026-11-20", Some(saved.session.id.clone())))).unwrap_err();
    assert_eq!(e.message_id, "error-training-makeup-of-makeup");
}

#[test]
fn a_handler_is_designated_and_released_and_the_alert_follows() {
    let mut w = World::demo_at(t0());
    let (chief, _) = w.person("高橋 誠");
    let (_, ito) = w.person("伊藤 健太");
    let (_, tanaka) = w.person("田中 美穂");
    let set = |person: &str, designated: bool, day: &str| MyNumberHandlerInput {
        person_id: person.to_owned(),
        designated,
        day: day.into(),
        note: String::new(),
    };
    let e = w.run(&chief, |c| sonae_api::set_my_number_handler(c, set(&tanaka, true, "2026-11-22"))).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-date-future", Some("day")));
    let e = w.run(&chief, |c| sonae_api::set_my_number_handler(c, set(&tanaka, false, ""))).unwrap_err();
    assert_eq!(e.message_id, "error-training-not-handler");
    let e = w.run(&chief, |c| sonae_api::set_my_number_handler(c, set(&ito, false, "2020-01-01"))).unwrap_err();
    assert_eq!(e.message_id, "error-training-released-before-designated");

    // 田中 is on no roster of a session on サイバー脅威と対策: designated today, she is never trained.
    w.run(&chief, |c| sonae_api::set_my_number_handler(c, set(&tanaka, true, ""))).unwrap();
    let handlers = w.run(&chief, |c| sonae_api::set_my_number_handler(c, set(&ito, false, ""))).unwrap();
    let ito_row = handlers.iter().find(|h| h.person_id == ito).unwrap();
    assert_eq!((ito_row.current, ito_row.released_on.as_deref()), (false, Some("2026-11-21")));
    assert_eq!(alert(&mut w).iter().map(|a| a.0.as_str()).collect::<Vec<_>>(), ["加藤 恵", "田中 美穂", "吉田 翔"]);
}

#[test]
fn who_may_read_and_write_training() {
    let mut w = World::demo_at(t0());
    let s = session(&mut w, "特定個人情報取扱者研修", false);
    let (staff, nakamura) = w.person("中村 さくら");
    let (member, _) = w.person("渡辺 由紀");
    let (ciso, _) = w.person("佐藤 一郎");
    let (lead, _) = w.person("田中 美穂");
    let (chief, _) = w.person("高橋 誠");
    let (_, kato) = w.person("加藤 恵");
    let forbidden = |r: Result<(), ApiError>| r.map_err(|e| e.code) == Err(ErrorCode::Forbidden);
    let before = entries(&w);

    // Reading lists: 管理者, CSIRT責任者, 統括, CISO — not staff, not a CSIRT member.
    for (who, may) in [(&staff, false), (&member, false), (&ciso, true), (&lead, true), (&chief, true)] {
        assert_eq!(!forbidden(w.run(who, sonae_api::training_alert).map(drop)), may, "{}", who.label);
        assert_eq!(!forbidden(w.run(who, |c| sonae_api::training_year(c, None)).map(drop)), may);
        assert_eq!(!forbidden(w.run(who, |c| sonae_api::training_session(c, &s.id)).map(drop)), may);
        assert_eq!(!forbidden(w.run(who, sonae_api::list_my_number_handlers).map(drop)), may);
        assert_eq!(!forbidden(w.run(who, |c| sonae_api::training_history(c, &kato)).map(drop)), may);
    }
    // Anyone signed in reads their own history.
    let own = w.run(&staff, |c| sonae_api::training_history(c, &nakamura)).unwrap();
    let newest: Vec<(&str, AttendanceStatus)> = own.entries.iter().take(2).map(|e| (e.title.as_str(), e.status)).collect();
    assert_eq!(newest, [("標的型攻撃メール訓練", AttendanceStatus::Attended), ("特定個人情報取扱者研修", AttendanceStatus::Attended)]);
    assert_eq!(own.entries.len(), 4, "every session attended or missed, newest first");
    assert!(own.handler.is_some_and(|h| h.current) && own.alert.is_none());
    let theirs = w.run(&admin(), |c| sonae_api::training_history(c, &kato)).unwrap();
    assert_eq!(theirs.alert.map(|a| a.reason), Some(TrainingAlertReason::Expired));

    // Writing: 管理者 and 統括 only; the CISO and the CSIRT責任者 are refused and nothing is written.
    let plan = || TrainingPlanInput {
        fiscal_year: 2026,
        title: "令和8年度 情報セキュリティ研修計画（改訂）".into(),
        goals: String::new(),
        content: String::new(),
        approved_on: String::new(),
        approved_by: String::new(),
    };
    let csv = || AttendanceCsvInput { session_id: s.id.clone(), text: "氏名,出欠\n加藤 恵,出席\n".into() };
    let handler = || MyNumberHandlerInput { person_id: kato.clone(), designated: false, day: String::new(), note: String::new() };
    for who in [&staff, &member, &ciso, &lead] {
        assert!(forbidden(w.run(who, |c| sonae_api::save_training_plan(c, plan())).map(drop)), "{}", who.label);
        assert!(forbidden(w.run(who, |c| sonae_api::import_attendance_csv(c, csv())).map(drop)));
        assert!(forbidden(w.run(who, |c| sonae_api::set_my_number_handler(c, handler())).map(drop)));
        let att = AttendanceInput { session_id: s.id.clone(), entries: Vec::new() };
        assert!(forbidden(w.run(who, |c| sonae_api::record_attendance(c, att)).map(drop)));
    }
    assert!(forbidden(w.run(&staff, |c| sonae_api::training_report_pdf(c, 2026)).map(drop)));
    assert_eq!(entries(&w), before, "a refusal writes nothing");
    let year = w.run(&chief, |c| sonae_api::save_training_plan(c, plan())).unwrap();
    assert_eq!(year.plan.map(|p| p.title), Some("令和8年度 情報セキュリティ研修計画（改訂）".to_owned()));
    assert!(year.can_manage);
    assert_eq!(entries(&w), before + 1, "the 年度's plan is replaced, not added");
    assert!(!w.run(&ciso, |c| sonae_api::training_year(c, None)).unwrap().can_manage);
}

#[test]
fn the_annual_report_lists_the_plan_sessions_absentees_and_the_alert() {
    let mut w = World::demo_at(t0());
    let (ciso, _) = w.person("佐藤 一郎");
    let Some(bytes) = pdf(w.run(&ciso, |c| sonae_api::training_report_pdf(c, 2026))) else { return };
    assert!(bytes.starts_with(b"%PDF-"));
    let path = save("training-report.pdf", &bytes);
    assert_fonts_embedded_subset(&path);
    assert_qpdf_ok(&path);
    if !tool("pdftotext") {
        return;
    }
    let text: String = pdftotext(&path, None).lines().map(str::trim).collect();
    // pdftotext drops the ideographic spaces between label and value; table cells wrap.
    for want in [
        "令和8年度情報セキュリティ研修の実施状況について（報告）",
        "副市長佐藤 一郎様",
        "情報セキュリティ委員会様",
        "統括情報セキュリティ責任者総務部長高橋 誠",
        "情報セキュリティ委員会で承認",
        "令和8年11月21日現在、3回（うち補講1回）実施し、延べ7名が受講した。",
        "研修（補講）",
        "サイバー脅威と対",
        "1名／3名",
        "33.3％",
        "実施予定",
        "7月21日受講",
        "未受講",
        "伊藤 健太",
        "受講記録なし",
        "令和7年9月19日（12か月",
        "補講未受講",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("研修実施報告.pdf");
    let input = || SaveTrainingReportInput { fiscal_year: 2026, path: out.display().to_string(), overwrite: false };
    let saved = w.run(&ciso, |c| sonae_api::save_training_report(c, input())).unwrap();
    assert_eq!(std::fs::read(&out).unwrap().len() as u64, saved.size);
    let e = w.run(&ciso, |c| sonae_api::save_training_report(c, input())).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-file-exists", Some("path")));
}
