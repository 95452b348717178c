//! Drills through the API on the demo organization (issue 8): plan the "lost USB stick with My
//! Number data" scenario, run it at 60× through the real workflow, watch injects fall due at their
//! offsets, reach a PPC 速報, measure against the targets, review, approve — and check that the
//! real statistics and deadlines never notice.

mod support;
use chrono::{Duration, TimeZone, Utc};
use sonae_api::ErrorCode;
use sonae_api::dto::*;
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 0, 0, 0).unwrap()
}

fn plan(scenario: &str) -> DrillPlanInput {
    DrillPlanInput {
        id: None,
        scenario_key: scenario.into(),
        name: "令和8年度 第2回 緊急時対応訓練".into(),
        fiscal_year: "2026".into(),
        purpose: "特定個人情報を含む媒体の紛失時に、報告と委員会への速報が期限内にできることを確かめる。".into(),
        structure: "統裁者：情報政策課長。プレーヤー：CSIRT要員。評価者：総務部長。".into(),
        scope: "市民課・情報政策課。事故対応手順書（紛失・盗難）。".into(),
        planned_on: "2026-11-24".into(),
        participants: vec![
            ParticipantDto { person_id: None, name: "渡辺 由紀".into(), role: "CSIRT要員（プレーヤー）".into() },
            ParticipantDto { person_id: None, name: "中村 さくら".into(), role: "報告者役".into() },
        ],
    }
}

#[test]
fn the_lost_usb_drill_runs_through_the_real_workflow_and_is_measured() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let (member, member_id) = w.person("渡辺 由紀");
    let (chief, _) = w.person("高橋 誠");
    let home_before = w.run(&lead, sonae_api::home).unwrap().state_counts;
    let deadlines_before = w.run(&lead, sonae_api::deadlines).unwrap();

    // Planning: a bad year names its field and writes nothing.
    let before = w.store.verify_audit().unwrap().entries;
    let e = w
        .run(&lead, |c| sonae_api::plan_drill(c, DrillPlanInput { fiscal_year: "来年".into(), ..plan("lost-usb-my-number") }))
        .unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Validation, Some("fiscalYear")));
    assert_eq!(w.store.verify_audit().unwrap().entries, before);
    let d = w.run(&lead, |c| sonae_api::plan_drill(c, plan("lost-usb-my-number"))).unwrap();
    assert_eq!((d.state.as_str(), d.kind.as_str(), d.scenario.injects.len()), ("planned", "tabletop", 5));
    assert_eq!(w.run(&member, |c| sonae_api::plan_drill(c, plan("lost-usb-my-number"))).unwrap_err().code, ErrorCode::Forbidden);

    // Start at 60×: one real second is one scenario minute. The 0:00 inject is on the case at once.
    let id = d.id.clone();
    let d = w.run(&lead, |c| sonae_api::start_drill(c, StartDrillInput { drill_id: id.clone(), speed: 60 })).unwrap();
    let case_id = d.case_id.clone().unwrap();
    assert!(d.case_receipt_no.as_deref().unwrap().starts_with("訓練-2026-"), "drill cases number on their own");
    assert_eq!(d.injects.iter().filter(|i| i.released_at.is_some()).count(), 1);
    assert_eq!(d.clock.next_inject_in_seconds, Some(30), "0:30 is 30 real seconds away at 60×");
    let case = w.run(&member, |c| sonae_api::get_case(c, &case_id)).unwrap();
    assert!(case.summary.drill);
    assert!(case.timeline.iter().any(|e| e.text.starts_with("【訓練状況付与 0:00・電話】")), "{:?}", case.timeline);

    // 10 s (10 scenario minutes): the CSIRT takes it up and triages; nothing new is due.
    w.now = t0() + Duration::seconds(10);
    w.run(&member, |c| {
        sonae_api::move_case(c, MoveCaseInput { case_id: case_id.clone(), mv: CaseMove::StartTriage, reason: String::new() })
    })
    .unwrap();
    let d = w.run(&lead, |c| sonae_api::drill_tick(c, &id)).unwrap();
    assert_eq!(d.injects.iter().filter(|i| i.released_at.is_some()).count(), 1);

    // 31 s: the 0:30 inject is released; pause, and time stands still.
    w.now = t0() + Duration::seconds(31);
    let d = w.run(&lead, |c| sonae_api::drill_tick(c, &id)).unwrap();
    assert_eq!(d.injects.iter().filter(|i| i.released_at.is_some()).count(), 2);
    let d =
        w.run(&lead, |c| sonae_api::drill_clock(c, DrillClockInput { drill_id: id.clone(), action: "pause".into(), value: 0 })).unwrap();
    assert!(!d.clock.running);
    w.now = t0() + Duration::seconds(500);
    let d = w.run(&lead, |c| sonae_api::drill_tick(c, &id)).unwrap();
    assert_eq!((d.clock.seconds, d.injects.iter().filter(|i| i.released_at.is_some()).count()), (31 * 60, 2));
    w.run(&lead, |c| sonae_api::drill_clock(c, DrillClockInput { drill_id: id.clone(), action: "play".into(), value: 0 })).unwrap();

    // Scenario 0:40 (real 509 s): judged an incident. 0:50: the CISO is told.
    w.now = t0() + Duration::seconds(509);
    let triage = TriageInput {
        case_id: case_id.clone(),
        is_incident: Some(true),
        rationale: "個人番号を含む一覧を保存したUSBメモリの所在が不明。".into(),
        impact: "住民120人の個人番号・氏名・住所".into(),
        severity: Some(Severity::High),
        handler_person_id: Some(member_id.clone()),
    };
    w.run(&member, |c| sonae_api::triage_case(c, triage)).unwrap();
    w.run(&lead, |c| {
        sonae_api::move_case(c, MoveCaseInput { case_id: case_id.clone(), mv: CaseMove::JudgeIncident, reason: String::new() })
    })
    .unwrap();
    w.now = t0() + Duration::seconds(519);
    let at = sonae_core_jst(w.now);
    w.run(&member, |c| sonae_api::record_ciso_report(c, CisoReportInput { case_id: case_id.clone(), at, note: "電話で報告".into() }))
        .unwrap();
    w.run(&lead, |c| {
        sonae_api::mark_inject(c, MarkInjectInput { drill_id: id.clone(), seq: 1, outcome: "achieved".into(), note: String::new() })
    })
    .unwrap();
    let e = w
        .run(&lead, |c| {
            sonae_api::mark_inject(c, MarkInjectInput { drill_id: id.clone(), seq: 5, outcome: "missed".into(), note: String::new() })
        })
        .unwrap_err();
    assert_eq!(e.message_id, "error-inject-not-released");

    // The facts: 120 people's My Number data, unencrypted → the PPC 速報 is owed.
    let mut facts = ObligationFactsDto::default();
    facts.personal_info.involved = true;
    facts.personal_info.max_persons = 120;
    facts.my_number.involved = true;
    facts.my_number.max_persons = 120;
    let input = ObligationFactsInput { case_id: case_id.clone(), known_on: "2026-11-24".into(), facts };
    let o = w.run(&member, |c| sonae_api::save_obligation_facts(c, input)).unwrap();
    assert!(o.rows.iter().any(|r| r.destination == "ppc"), "{:?}", o.rows);

    // Skip to 71:00 and record the 速報 at scenario 71:30: within the 72-hour target.
    w.now += Duration::seconds(5);
    w.run(&lead, |c| sonae_api::drill_clock(c, DrillClockInput { drill_id: id.clone(), action: "skip".into(), value: 71 * 60 })).unwrap();
    w.now += Duration::seconds(30);
    let pdf = w
        .run(&member, |c| {
            sonae_api::record_submission(
                c,
                DocumentRequest { case_id: case_id.clone(), kind: "ppc-mynumber".into(), ppc_kind: Some("preliminary".into()) },
            )
        })
        .unwrap();
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD.decode(&pdf.pdf_base64).unwrap();
    let text = support::pdf::pdftotext(&support::pdf::save("drill-ppc.pdf", &bytes), None);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(!pages.is_empty() && pages.iter().all(|p| p.contains("訓練")), "every page of the drill's 速報 carries 訓練");

    // 72:00 falls due with the next tick; end the drill.
    w.now += Duration::seconds(30);
    let d = w.run(&lead, |c| sonae_api::drill_tick(c, &id)).unwrap();
    assert_eq!(d.injects.iter().filter(|i| i.released_at.is_some()).count(), 5);
    let d = w.run(&lead, |c| sonae_api::end_drill(c, &id)).unwrap();
    assert_eq!(d.state, "ended");
    let results: Vec<(&str, u32, Option<u32>, &str)> =
        d.results.iter().map(|r| (r.milestone.as_str(), r.target_minutes, r.actual_minutes, r.verdict.as_str())).collect();
    assert_eq!(
        results,
        [
            ("csirt_acknowledged", 15, Some(10), "met"),
            ("judged_incident", 30, Some(40), "exceeded"),
            ("ciso_informed", 60, Some(50), "met"),
            ("ppc_preliminary_draft", 4320, Some(71 * 60 + 30), "met"),
        ]
    );

    // Review: log, an improvement action that becomes a task, a playbook revision, approval.
    w.run(&lead, |c| {
        sonae_api::add_drill_log(
            c,
            DrillLogInput {
                drill_id: id.clone(),
                at: String::new(),
                work: "所在不明の報告を受け、事実確認を開始".into(),
                decision: "警察への遺失届を指示".into(),
                stumble: "個人番号の有無の確認に時間を要した".into(),
            },
        )
    })
    .unwrap();
    let d = w
        .run(&lead, |c| {
            sonae_api::add_drill_action(
                c,
                DrillActionInput {
                    drill_id: id.clone(),
                    text: "外部記録媒体の持出し台帳に個人番号の有無の欄を設ける".into(),
                    owner_person_id: Some(member_id.clone()),
                    due_on: "2027-01-29".into(),
                },
            )
        })
        .unwrap();
    let action = &d.actions[0];
    assert_eq!((action.owner_name.as_deref(), action.task_status.as_str()), (Some("渡辺 由紀"), "open"));
    let case = w.run(&member, |c| sonae_api::get_case(c, &case_id)).unwrap();
    let task = case.tasks.iter().find(|t| t.id == action.task_id).expect("the action is a task on the drill case");
    assert_eq!(task.kind, TaskKind::Improvement);
    w.run(&lead, |c| {
        sonae_api::save_after_action(
            c,
            AfterActionInput {
                drill_id: id.clone(),
                good_points: "第一報は目標内".into(),
                issues: "インシデント判断が目標を超過".into(),
                revise_playbook: true,
            },
        )
    })
    .unwrap();
    let d = w.run(&lead, |c| sonae_api::revise_playbook_after_drill(c, &id)).unwrap();
    assert_eq!(d.new_playbook_revision, Some(1));
    let history = w.run(&lead, |c| sonae_api::playbook_history(c, Category::LossTheft)).unwrap();
    assert!(history[0].note.contains("令和8年度 第2回 緊急時対応訓練"), "{:?}", history[0]);
    assert_eq!(w.run(&lead, |c| sonae_api::approve_drill(c, &id)).unwrap_err().code, ErrorCode::Forbidden, "not one's own drill");
    let d = w.run(&chief, |c| sonae_api::approve_drill(c, &id)).unwrap();
    assert_eq!((d.state.as_str(), d.approved_by.as_deref()), ("approved", Some("高橋 誠")));
    let e = w
        .run(&lead, |c| {
            sonae_api::save_after_action(
                c,
                AfterActionInput { drill_id: id.clone(), good_points: String::new(), issues: String::new(), revise_playbook: false },
            )
        })
        .unwrap_err();
    assert_eq!((e.code, e.message_id.as_str()), (ErrorCode::Conflict, "error-drill-approved"));
    w.run(&lead, |c| {
        sonae_api::report_drill_to_committee(c, CommitteeReportInput { drill_id: id.clone(), reported_on: "2026-12-10".into() })
    })
    .unwrap();

    // The 訓練実施記録: 訓練 on every page, measured against target, the action and the approval.
    let rec = w.run(&lead, |c| sonae_api::drill_record_pdf(c, &id)).unwrap();
    let bytes = base64::engine::general_purpose::STANDARD.decode(&rec.pdf_base64).unwrap();
    let text = support::pdf::pdftotext(&support::pdf::save("drill-record.pdf", &bytes), None);
    let flat: String = text.split_whitespace().collect();
    for want in ["訓練実施記録", "目標時間と実績", "30分", "40分", "外部記録媒体の持出し台帳", "渡辺由紀", "高橋誠", "改訂第1版"]
    {
        assert!(flat.contains(want), "{want} missing from the record:\n{text}");
    }
    assert!(text.split('\u{c}').filter(|p| !p.trim().is_empty()).all(|p| p.contains("訓練")));

    // The real view never noticed.
    assert_eq!(w.run(&lead, sonae_api::home).unwrap().state_counts, home_before);
    assert_eq!(w.run(&lead, sonae_api::deadlines).unwrap(), deadlines_before);
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

/// `YYYY-MM-DDTHH:MM` in Japan time.
fn sonae_core_jst(t: chrono::DateTime<Utc>) -> String {
    (t + Duration::hours(9)).format("%Y-%m-%dT%H:%M").to_string()
}

#[test]
fn own_scenarios_copy_the_library_and_a_bad_csv_row_saves_nothing() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let mut s = w.run(&lead, |c| sonae_api::drill_scenario(c, "lost-usb-my-number")).unwrap();
    let e = w
        .run(&lead, |c| sonae_api::save_drill_scenario(c, SaveScenarioInput { scenario: s.clone(), based_on: String::new() }))
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("key"), "the library's keys are its own");
    s.key = "lost-usb-shimin".into();
    s.title = "市民課のUSBメモリ紛失".into();
    let saved = w
        .run(&lead, |c| sonae_api::save_drill_scenario(c, SaveScenarioInput { scenario: s, based_on: "lost-usb-my-number".into() }))
        .unwrap();
    assert_eq!((saved.builtin, saved.based_on.as_str()), (false, "lost-usb-my-number"));
    let before = w.store.verify_audit().unwrap().entries;
    let csv = "時刻,経路,付与する状況,期待される対応\n0:00,phone,電話,受付\n2時間後,email,メール,返信\n";
    let e = w
        .run(&lead, |c| {
            sonae_api::import_drill_scenario(
                c,
                ImportScenarioInput { format: "csv".into(), text: csv.into(), key: "lost-usb-shimin".into() },
            )
        })
        .unwrap_err();
    assert_eq!((e.field.as_deref(), e.args.get("row").map(String::as_str)), (Some("injects[2].offset"), Some("2")));
    assert_eq!(w.store.verify_audit().unwrap().entries, before);
    let all = w.run(&lead, sonae_api::drill_scenarios).unwrap();
    assert_eq!(all.len(), 6);
}

#[test]
fn a_call_tree_drill_records_who_answered_and_flags_stale_entries() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let mut s = w.run(&lead, |c| sonae_api::drill_scenario(c, "lost-usb-my-number")).unwrap();
    s.key = "call-tree".into();
    s.title = "夜間の連絡網疎通訓練".into();
    s.kind = "call_tree".into();
    s.objectives.clear();
    w.run(&lead, |c| sonae_api::save_drill_scenario(c, SaveScenarioInput { scenario: s, based_on: String::new() })).unwrap();
    let d = w.run(&lead, |c| sonae_api::plan_drill(c, DrillPlanInput { name: "連絡網疎通訓練".into(), ..plan("call-tree") })).unwrap();
    let d = w.run(&lead, |c| sonae_api::start_drill(c, StartDrillInput { drill_id: d.id.clone(), speed: 1 })).unwrap();
    assert!(d.call_targets.len() >= 5 && d.call_targets.iter().all(|t| t.stale), "never called: all stale");
    let first = d.call_targets[0].target.clone();
    let second = d.call_targets[1].target.clone();
    w.run(&lead, |c| {
        sonae_api::record_drill_call(
            c,
            DrillCallInput { drill_id: d.id.clone(), target: first.clone(), result: "answered".into(), note: String::new() },
        )
    })
    .unwrap();
    let d = w
        .run(&lead, |c| {
            sonae_api::record_drill_call(
                c,
                DrillCallInput {
                    drill_id: d.id.clone(), target: second.clone(), result: "wrong_number".into(), note: "番号変更".into()
                },
            )
        })
        .unwrap();
    let t = |target: &str| d.call_targets.iter().find(|t| t.target == target).unwrap().clone();
    assert!(!t(&first).stale && t(&first).last_answered_at.is_some());
    assert!(t(&second).stale);
    assert_eq!(d.calls.len(), 2);
}

#[test]
fn the_demo_has_a_finished_drill_measured_against_its_targets() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let drills = w.run(&lead, sonae_api::list_drills).unwrap();
    let row = drills.iter().find(|d| d.state == "approved").expect("a finished, approved drill");
    let d = w.run(&lead, |c| sonae_api::get_drill(c, &row.id)).unwrap();
    let results: Vec<(&str, Option<u32>, &str)> =
        d.results.iter().map(|r| (r.milestone.as_str(), r.actual_minutes, r.verdict.as_str())).collect();
    assert_eq!(results, [("csirt_acknowledged", Some(8), "met"), ("contained", Some(35), "exceeded"), ("ciso_informed", Some(52), "met")]);
    assert_eq!(d.injects.iter().filter(|i| i.outcome.is_some()).count(), 4);
    assert_eq!((d.log.len(), d.actions.len(), d.new_playbook_revision), (3, 1, Some(1)));
    assert!(d.committee_reported_on.is_some() && d.approved_by.as_deref() == Some("高橋 誠"));
    // Its case is a drill case: listed with the 訓練 mark, never counted as real.
    let cases = w.run(&lead, sonae_api::list_cases).unwrap();
    assert!(cases.iter().any(|c| Some(&c.id) == d.case_id.as_ref() && c.drill));
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn only_the_drill_roles_may_plan_run_and_read_drills() {
    use sonae_api::{Actor, Role};
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let id = w.run(&lead, sonae_api::list_drills).unwrap()[0].id.clone();
    for role in [
        Role::Staff,
        Role::CsirtMember,
        Role::Ciso,
        Role::SystemAdministrator,
        Role::Administrator,
        Role::CsirtLead,
        Role::ChiefSecurityOfficer,
    ] {
        let actor = Actor::new("system:test-role", &[role]);
        let may = matches!(role, Role::Administrator | Role::CsirtLead | Role::ChiefSecurityOfficer);
        // The CISO approves drill records, so reads them; running them is the others' work.
        let reads = may || role == Role::Ciso;
        let before = w.store.verify_audit().unwrap().entries;
        for r in [w.run(&actor, sonae_api::list_drills).map(drop), w.run(&actor, |c| sonae_api::get_drill(c, &id)).map(drop)] {
            assert_eq!(matches!(&r, Err(e) if e.code == ErrorCode::Forbidden), !reads, "{role:?} reading: {r:?}");
        }
        let results = [
            w.run(&actor, sonae_api::drill_scenarios).map(drop),
            w.run(&actor, |c| sonae_api::drill_tick(c, &id)).map(drop),
            w.run(&actor, |c| sonae_api::plan_drill(c, plan("web-defacement"))).map(drop),
        ];
        for r in results {
            assert_eq!(matches!(&r, Err(e) if e.code == ErrorCode::Forbidden), !may, "{role:?}: {r:?}");
        }
        if !may {
            assert_eq!(w.store.verify_audit().unwrap().entries, before, "{role:?} wrote despite being refused");
        }
    }
}
