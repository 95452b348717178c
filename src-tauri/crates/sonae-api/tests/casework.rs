//! The work inside a case through the API on the demo organization: playbook tasks and the CISO
//! task on judging an incident, waivers with reasons, evidence files and their re-check, custody,
//! decisions under separation of duties, recovery, root cause, measures, closing; the case list's
//! filters; playbook revisions.

mod support;
use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, ErrorCode};
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

fn mv(case_id: &str, mv: CaseMove, reason: &str) -> MoveCaseInput {
    MoveCaseInput { case_id: case_id.into(), mv, reason: reason.into() }
}

/// Takes the demo's received case (マルウェア) to 対応中 as an incident handled by 渡辺.
fn judged(w: &mut World) -> (String, Actor, Actor) {
    let (member, member_id) = w.person("渡辺 由紀");
    let (lead, _) = w.person("田中 美穂");
    let id = w.run(&member, sonae_api::list_cases).unwrap().into_iter().find(|c| c.state == CaseState::Received).unwrap().id;
    w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::StartTriage, ""))).unwrap();
    let triage = TriageInput {
        case_id: id.clone(),
        is_incident: Some(true),
        rationale: "不審な通信が確認されたため。".into(),
        impact: "福祉課の端末1台".into(),
        severity: Some(Severity::High),
        handler_person_id: Some(member_id),
    };
    w.run(&member, |c| sonae_api::triage_case(c, triage)).unwrap();
    w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::JudgeIncident, ""))).unwrap();
    (id, member, lead)
}

fn status(case_id: &str, task_id: &str, status: TaskStatus, note: &str) -> TaskStatusInput {
    TaskStatusInput { case_id: case_id.into(), task_id: task_id.into(), status, note: note.into() }
}

#[test]
fn judging_an_incident_creates_the_ciso_task_the_playbook_tasks_and_the_recovery_checklist_once() {
    let mut w = World::demo_at(t0());
    let (id, member, lead) = judged(&mut w);
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    let ciso = case.tasks.iter().find(|t| t.kind == TaskKind::CisoReport).unwrap();
    assert_eq!(ciso.title, "副市長（CISO）への第一報");
    assert_eq!(ciso.due_at.as_deref(), Some("2026-11-22T01:00:00Z"), "the demo's target is 60 minutes");
    assert_eq!(case.ciso_report_due_at, ciso.due_at);
    let playbook: Vec<&TaskDto> = case.tasks.iter().filter(|t| t.playbook_revision == Some(0)).collect();
    assert!(playbook.len() >= 4, "{playbook:?}");
    for kind in [TaskKind::Containment, TaskKind::OtherSystems, TaskKind::Evidence, TaskKind::Inform] {
        assert!(playbook.iter().any(|t| t.kind == kind), "the malware playbook has a {kind:?} step");
    }
    assert!(case.tasks.iter().filter(|t| t.list == TaskList::Recovery).count() >= 3);
    assert!(case.timeline.iter().any(|e| e.text.starts_with("事故対応手順書（マルウェア感染")), "{:?}", case.timeline);

    // Stepping back and judging again does not create the tasks a second time.
    let before = case.tasks.len();
    w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::StepBack, "感染範囲を再評価する。"))).unwrap();
    let case = w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::JudgeIncident, ""))).unwrap();
    assert_eq!(case.tasks.len(), before);

    // Recording the 第一報 completes the CISO task; an hour later nothing is overdue there.
    let report = CisoReportInput { case_id: id.clone(), at: "2026-11-22T08:50".into(), note: "電話で報告。".into() };
    let case = w.run(&member, |c| sonae_api::record_ciso_report(c, report)).unwrap();
    let ciso = case.tasks.iter().find(|t| t.kind == TaskKind::CisoReport).unwrap();
    assert_eq!((ciso.status, ciso.closed_by.as_deref()), (TaskStatus::Done, Some("渡辺 由紀")));
    w.now = t0() + chrono::Duration::hours(3);
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    assert!(!case.tasks.iter().find(|t| t.kind == TaskKind::CisoReport).unwrap().overdue);
    assert!(case.tasks.iter().any(|t| t.overdue), "a 1–2 hour containment step is overdue after 3 hours");
}

#[test]
fn a_case_is_closed_only_when_tasks_recovery_root_cause_and_measures_are_done() {
    let mut w = World::demo_at(t0());
    let (id, member, lead) = judged(&mut w);
    let (chief, _) = w.person("高橋 誠");
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();

    // Waiving needs a reason, named on the field.
    let first = case.tasks.iter().find(|t| t.kind == TaskKind::Containment).unwrap().id.clone();
    let err = w.run(&member, |c| sonae_api::set_task_status(c, status(&id, &first, TaskStatus::Waived, " "))).unwrap_err();
    assert_eq!((err.code, err.message_id.as_str(), err.field.as_deref()), (ErrorCode::Validation, "error-task-waive-reason", Some("note")));

    w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::StartRecovery, ""))).unwrap();
    let err = w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::StartPrevention, ""))).unwrap_err();
    assert_eq!(err.args["missing"], "recovery_not_verified");

    // Complete the recovery checklist: waivers alone are not enough.
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    let recovery: Vec<String> = case.tasks.iter().filter(|t| t.list == TaskList::Recovery).map(|t| t.id.clone()).collect();
    for r in &recovery[1..] {
        w.run(&member, |c| sonae_api::set_task_status(c, status(&id, r, TaskStatus::Waived, "対象機能なし"))).unwrap();
    }
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    let prevention = case.moves.iter().find(|m| m.mv == CaseMove::StartPrevention).unwrap();
    assert_eq!(prevention.missing, vec![MissingCondition::RecoveryNotVerified]);
    w.run(&member, |c| sonae_api::set_task_status(c, status(&id, &recovery[0], TaskStatus::Done, "駆除を確認"))).unwrap();
    w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::StartPrevention, ""))).unwrap();

    // Closing too early lists exactly what is missing.
    let err = w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::Close, ""))).unwrap_err();
    assert_eq!(err.args["missing"], "open_tasks,root_cause,measures,ciso_not_informed");

    // Do everything, one thing at a time.
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    for t in case.tasks.iter().filter(|t| t.list == TaskList::Response && t.status == TaskStatus::Open && t.kind != TaskKind::CisoReport) {
        w.run(&member, |c| sonae_api::set_task_status(c, status(&id, &t.id, TaskStatus::Done, ""))).unwrap();
    }
    let report = CisoReportInput { case_id: id.clone(), at: "2026-11-22T08:50".into(), note: String::new() };
    w.run(&member, |c| sonae_api::record_ciso_report(c, report)).unwrap();
    let rc = RootCauseInput {
        case_id: id.clone(),
        category: Some(CauseCategory::HumanError),
        narrative: "添付ファイルを確認せずに開いた。".into(),
        ciso_instructions: "全職員に注意喚起すること。".into(),
    };
    w.run(&member, |c| sonae_api::save_root_cause(c, rc)).unwrap();
    let planned = MeasureInput {
        case_id: id.clone(),
        measure_id: None,
        text: "標的型メール訓練の実施".into(),
        status: MeasureStatus::Planned,
        owner: "情報政策課".into(),
        due_on: String::new(),
    };
    let err = w.run(&member, |c| sonae_api::save_measure(c, planned.clone())).unwrap_err();
    assert_eq!((err.message_id.as_str(), err.field.as_deref()), ("error-measure-due-required", Some("dueOn")));
    let case = w.run(&member, |c| sonae_api::save_measure(c, MeasureInput { due_on: "2027-03-31".into(), ..planned })).unwrap();
    assert_eq!(case.measures[0].due_on.as_deref(), Some("2027-03-31"));
    assert!(case.moves.iter().find(|m| m.mv == CaseMove::Close).unwrap().missing.is_empty());
    assert_eq!(w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::Close, ""))).unwrap_err().code, ErrorCode::Forbidden);
    let case = w.run(&chief, |c| sonae_api::move_case(c, mv(&id, CaseMove::Close, ""))).unwrap();
    assert_eq!(case.summary.state, CaseState::Closed);
    // A closed case's work is frozen.
    let err = w.run(&member, |c| sonae_api::set_task_status(c, status(&id, &first, TaskStatus::Open, ""))).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn evidence_files_are_content_addressed_and_the_recheck_finds_a_changed_byte() {
    let mut w = World::demo_at(t0());
    let (id, member, _) = judged(&mut w);
    let ev = EvidenceInput {
        case_id: id.clone(),
        description: "感染端末のプロキシログ".into(),
        source: EvidenceSource::Log,
        source_detail: "プロキシサーバ".into(),
        collected_by: "渡辺 由紀".into(),
        collected_at: "2026-11-22T08:30".into(),
        storage_place: "情報政策課 証拠保管庫".into(),
    };
    let case = w.run(&member, |c| sonae_api::add_evidence(c, ev.clone())).unwrap();
    let evidence_id = case.evidence[0].id.clone();
    let future = EvidenceInput { collected_at: "2026-11-23T08:30".into(), ..ev };
    assert_eq!(w.run(&member, |c| sonae_api::add_evidence(c, future)).unwrap_err().field.as_deref(), Some("collectedAt"));

    let content = b"2026-11-22 08:01:12 10.1.2.3 GET http://malicious.example/\n";
    use base64::Engine as _;
    let file = EvidenceFileInput {
        case_id: id.clone(),
        evidence_id: evidence_id.clone(),
        file_name: "C:\\logs\\proxy.log".into(),
        content_base64: base64::engine::general_purpose::STANDARD.encode(content),
    };
    let case = w.run(&member, |c| sonae_api::attach_evidence_file(c, file)).unwrap();
    let f = &case.evidence[0].files[0];
    let expected = sonae_core::casework::sha256_hex(content);
    assert_eq!((f.file_name.as_str(), f.sha256.as_str(), f.size), ("proxy.log", expected.as_str(), content.len() as u64));
    let stored = w.dir.path().join("evidence").join(&expected);
    assert_eq!(std::fs::read(&stored).unwrap(), content);

    let custody = CustodyInput {
        case_id: id.clone(),
        evidence_id: evidence_id.clone(),
        from: "渡辺 由紀".into(),
        to: "県警サイバー犯罪対策課".into(),
        at: "2026-11-22T08:40".into(),
        purpose: "解析のため".into(),
    };
    let case = w.run(&member, |c| sonae_api::transfer_custody(c, custody.clone())).unwrap();
    assert_eq!(case.evidence[0].current_holder, "県警サイバー犯罪対策課");
    let earlier = CustodyInput {
        at: "2026-11-22T08:35".into(), from: "県警サイバー犯罪対策課".into(), to: "渡辺 由紀".into(), ..custody
    };
    assert_eq!(w.run(&member, |c| sonae_api::transfer_custody(c, earlier)).unwrap_err().message_id, "error-custody-before-previous");

    let ok = w.run(&member, |c| sonae_api::recheck_evidence(c, &id)).unwrap();
    assert_eq!((ok.checked, ok.mismatches.len()), (1, 0));

    // One byte changed on disk.
    let mut bytes = std::fs::read(&stored).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&stored, &bytes).unwrap();
    let bad = w.run(&member, |c| sonae_api::recheck_evidence(c, &id)).unwrap();
    assert_eq!(bad.mismatches.len(), 1);
    assert_eq!(bad.mismatches[0].expected, expected);
    assert_eq!(bad.mismatches[0].actual.as_deref(), Some(sonae_core::casework::sha256_hex(&bytes).as_str()));
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    assert!(case.timeline.iter().any(|e| e.text.contains("1件が記録されたハッシュ値と一致しなかった（proxy.log）")));
    // `sonae check` (the auditor's check) finds it too, naming the case and the file.
    let (lead, _) = w.person("田中 美穂");
    let report = w.run(&lead, sonae_api::check).unwrap();
    // The demo's two evidence files (Webページ改ざん) are intact; this one is not.
    assert_eq!((report.evidence_files, report.evidence_problems.len(), report.ok()), (3, 1, false));
    assert!(report.evidence_problems[0].file_name.ends_with(" proxy.log"));
    std::fs::remove_file(&stored).unwrap();
    let gone = w.run(&member, |c| sonae_api::recheck_evidence(c, &id)).unwrap();
    assert_eq!(gone.mismatches[0].actual, None);

    let empty = EvidenceFileInput { case_id: id.clone(), evidence_id, file_name: "a.txt".into(), content_base64: String::new() };
    assert_eq!(w.run(&member, |c| sonae_api::attach_evidence_file(c, empty)).unwrap_err().message_id, "error-evidence-file-empty");
}

#[test]
fn a_decision_is_approved_by_someone_other_than_its_proposer() {
    let mut w = World::demo_at(t0());
    let (id, member, lead) = judged(&mut w);
    let (ciso, _) = w.person("佐藤 一郎");
    let meeting = MeetingInput {
        case_id: id.clone(),
        held_at: "2026-11-22T08:00".into(),
        participants: "佐藤 一郎\n高橋 誠\n田中 美穂".into(),
        agenda: "感染端末の扱い".into(),
        notes: String::new(),
    };
    let case = w.run(&member, |c| sonae_api::hold_meeting(c, meeting)).unwrap();
    let meeting_id = case.meetings[0].id.clone();
    let propose = |text: &str| ProposeDecisionInput { case_id: id.clone(), meeting_id: Some(meeting_id.clone()), text: text.into() };
    let case = w.run(&lead, |c| sonae_api::propose_decision(c, propose("福祉課の全端末をネットワークから切り離す。"))).unwrap();
    let d = &case.decisions[0];
    assert!(d.own && !d.can_decide);
    let decide = |approve| DecideInput { case_id: id.clone(), decision_id: d.id.clone(), approve, note: String::new() };
    let err = w.run(&lead, |c| sonae_api::decide_decision(c, decide(true))).unwrap_err();
    assert_eq!((err.code, err.message_id.as_str()), (ErrorCode::Forbidden, "error-decision-own-proposal"));
    assert_eq!(w.run(&member, |c| sonae_api::decide_decision(c, decide(true))).unwrap_err().message_id, "error-forbidden");
    assert!(w.run(&ciso, |c| sonae_api::get_case(c, &id)).unwrap().decisions[0].can_decide);
    let case = w.run(&ciso, |c| sonae_api::decide_decision(c, decide(true))).unwrap();
    assert_eq!((case.decisions[0].status, case.decisions[0].decided_by.as_deref()), (DecisionStatus::Approved, Some("佐藤 一郎")));
    assert_eq!(w.run(&ciso, |c| sonae_api::decide_decision(c, decide(false))).unwrap_err().code, ErrorCode::Conflict);
}

#[test]
fn the_case_list_filters_sorts_and_pages() {
    let mut w = World::demo_at(t0());
    let (id, member, _) = judged(&mut w);
    let (_, member_id) = w.person("渡辺 由紀");
    let all = CaseFilterInput {
        state: None,
        open_only: false,
        severity: None,
        assignee_person_id: None,
        category: None,
        overdue_only: false,
        sort: CaseSort::Newest,
        page: 0,
        page_size: 3,
        query: None,
    };
    let page = w.run(&member, |c| sonae_api::search_cases(c, all.clone())).unwrap();
    let total = w.run(&member, sonae_api::list_cases).unwrap().len() as u32;
    assert_eq!((page.total, page.rows.len()), (total, 3));
    let last = w.run(&member, |c| sonae_api::search_cases(c, CaseFilterInput { page: (total - 1) / 3, ..all.clone() })).unwrap();
    assert_eq!(last.rows.len() as u32, total - (total - 1) / 3 * 3);
    let open = w.run(&member, |c| sonae_api::search_cases(c, CaseFilterInput { open_only: true, page_size: 50, ..all.clone() })).unwrap();
    assert!(open.rows.iter().all(|r| !matches!(r.summary.state, CaseState::Closed | CaseState::NotIncident)));
    let mine = CaseFilterInput { assignee_person_id: Some(member_id), page_size: 50, ..all.clone() };
    let mine = w.run(&member, |c| sonae_api::search_cases(c, mine)).unwrap();
    // The demo's finished drill was played by the same person: its drill case is hers too.
    assert_eq!(mine.rows.iter().filter(|r| !r.summary.drill).map(|r| r.summary.id.as_str()).collect::<Vec<_>>(), vec![id.as_str()]);
    assert!(mine.rows.iter().all(|r| r.handler_name.as_deref() == Some("渡辺 由紀")));
    let overdue = CaseFilterInput { overdue_only: true, page_size: 50, ..all.clone() };
    // The demo's responding cases have overdue containment steps already; ours does not, yet.
    let early = w.run(&member, |c| sonae_api::search_cases(c, overdue.clone())).unwrap();
    assert!(early.rows.iter().all(|r| r.summary.id != id && r.overdue_tasks > 0));
    w.now = t0() + chrono::Duration::hours(5);
    let late = w.run(&member, |c| sonae_api::search_cases(c, overdue)).unwrap();
    assert_eq!(late.total, early.total + 1);
    let ours = late.rows.iter().find(|r| r.summary.id == id).unwrap();
    assert!(ours.overdue_tasks >= 1 && ours.next_due_at.is_some());
    let by_severity =
        w.run(&member, |c| sonae_api::search_cases(c, CaseFilterInput { sort: CaseSort::Severity, page_size: 50, ..all.clone() })).unwrap();
    let sev: Vec<Option<Severity>> = by_severity.rows.iter().map(|r| r.summary.severity).collect();
    let rank = |s: &Option<Severity>| match s {
        Some(Severity::Critical) => 0,
        Some(Severity::High) => 1,
        Some(Severity::Medium) => 2,
        Some(Severity::Low) => 3,
        None => 4,
    };
    assert!(sev.windows(2).all(|p| rank(&p[0]) <= rank(&p[1])), "{sev:?}");
    let err = w.run(&member, |c| sonae_api::search_cases(c, CaseFilterInput { page_size: 0, ..all })).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("pageSize"));
}

#[test]
fn a_playbook_edit_is_a_new_revision_and_new_incidents_use_it() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let (member, _) = w.person("渡辺 由紀");
    let history = w.run(&lead, |c| sonae_api::playbook_history(c, Category::Malware)).unwrap();
    assert_eq!(history.iter().map(|p| p.revision).collect::<Vec<_>>(), vec![0]);
    let mut steps = history[0].steps.clone();
    steps.push(PlaybookStepDto {
        kind: TaskKind::Inform,
        title: "県の情報政策担当課へ連絡する".into(),
        mandatory: false,
        due_hours: Some(24),
    });
    let input = PlaybookInput { category: Category::Malware, steps: steps.clone(), note: "県への連絡を追加".into() };
    assert_eq!(w.run(&member, |c| sonae_api::save_playbook(c, input.clone())).unwrap_err().code, ErrorCode::Forbidden);
    let mut bad = steps.clone();
    bad[1].title = " ".into();
    let err = w.run(&lead, |c| sonae_api::save_playbook(c, PlaybookInput { steps: bad, ..input.clone() })).unwrap_err();
    assert_eq!((err.field.as_deref(), err.args["index"].as_str()), (Some("title"), "1"));
    let history = w.run(&lead, |c| sonae_api::save_playbook(c, input.clone())).unwrap();
    assert_eq!(history.iter().map(|p| p.revision).collect::<Vec<_>>(), vec![1, 0]);
    assert_eq!(history[0].saved_by.as_deref(), Some("田中 美穂"));
    let history = w.run(&lead, |c| sonae_api::save_playbook(c, input)).unwrap();
    assert_eq!(history.iter().map(|p| p.revision).collect::<Vec<_>>(), vec![2, 1, 0]);

    let (id, member, _) = judged(&mut w);
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    assert_eq!(case.playbook_revision, 2);
    assert!(case.tasks.iter().any(|t| t.title == "県の情報政策担当課へ連絡する" && t.playbook_revision == Some(2)));
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn free_timeline_entries_keep_when_it_happened_apart_from_when_it_was_recorded() {
    let mut w = World::demo_at(t0());
    let (id, member, _) = judged(&mut w);
    let entry = TimelineEntryInput {
        case_id: id.clone(),
        kind: TimelineKind::Observation,
        occurred_at: "2026-11-22T07:15".into(),
        text: "端末の画面に身代金要求の表示があった。".into(),
    };
    let case = w.run(&member, |c| sonae_api::add_timeline_entry(c, entry.clone())).unwrap();
    let e = case.timeline.iter().find(|e| e.text.starts_with("端末の画面")).unwrap();
    assert_eq!(
        (e.occurred_at.as_str(), e.recorded_at.as_str(), e.kind),
        ("2026-11-21T22:15:00Z", "2026-11-22T00:00:00Z", TimelineKind::Observation)
    );
    let action = TimelineEntryInput { kind: TimelineKind::Action, ..entry.clone() };
    assert_eq!(w.run(&member, |c| sonae_api::add_timeline_entry(c, action)).unwrap_err().field.as_deref(), Some("kind"));
    let empty = TimelineEntryInput { text: " ".into(), ..entry };
    assert_eq!(w.run(&member, |c| sonae_api::add_timeline_entry(c, empty)).unwrap_err().field.as_deref(), Some("text"));
}

#[test]
fn a_case_is_linked_to_a_duplicate_by_receipt_number_and_both_sides_show_it() {
    let mut w = World::demo_at(t0());
    let (id, member, _) = judged(&mut w);
    let cases = w.run(&member, sonae_api::list_cases).unwrap();
    let other = cases.iter().find(|c| c.id != id).unwrap().clone();
    let link = |no: &str| LinkCaseInput {
        case_id: id.clone(),
        other_receipt_no: no.into(),
        kind: LinkKind::Duplicate,
        note: "同じ端末の報告".into(),
    };
    let err = w.run(&member, |c| sonae_api::link_case(c, link("9999-9999"))).unwrap_err();
    assert_eq!((err.field.as_deref(), err.message_id.as_str()), (Some("otherReceiptNo"), "error-link-unknown"));
    let own = cases.iter().find(|c| c.id == id).unwrap().receipt_no.clone();
    assert_eq!(w.run(&member, |c| sonae_api::link_case(c, link(&own))).unwrap_err().message_id, "error-link-self");
    let case = w.run(&member, |c| sonae_api::link_case(c, link(&other.receipt_no))).unwrap();
    assert_eq!(
        (case.links[0].other_receipt_no.as_str(), case.links[0].kind, case.links[0].outgoing),
        (other.receipt_no.as_str(), LinkKind::Duplicate, true)
    );
    let back = w.run(&member, |c| sonae_api::get_case(c, &other.id)).unwrap();
    assert!(!back.links[0].outgoing);
    assert!(back.timeline.iter().any(|e| e.text.contains("から重複する事案として関連付けられた")));
    assert_eq!(w.run(&member, |c| sonae_api::link_case(c, link(&other.receipt_no))).unwrap_err().message_id, "error-link-exists");
}

#[test]
fn an_organization_names_its_severity_levels() {
    let mut w = World::demo_at(t0());
    let admin = sonae_api::Actor::new("system:test", &[sonae_api::Role::Administrator]);
    let (member, _) = w.person("渡辺 由紀");
    let labels = |critical: &str, high: &str| {
        vec![
            SeverityLabelDto { severity: Severity::Critical, label: critical.into() },
            SeverityLabelDto { severity: Severity::High, label: high.into() },
        ]
    };
    assert_eq!(w.run(&member, |c| sonae_api::save_severity_labels(c, labels("A", ""))).unwrap_err().code, ErrorCode::Forbidden);
    let err = w.run(&admin, |c| sonae_api::save_severity_labels(c, labels("レベル1", " レベル1 "))).unwrap_err();
    assert_eq!((err.field.as_deref(), err.message_id.as_str()), (Some("label"), "error-duplicate"));
    let saved = w.run(&admin, |c| sonae_api::save_severity_labels(c, labels(" レベル1（全庁） ", ""))).unwrap();
    assert_eq!(saved.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(), vec!["", "", "", "レベル1（全庁）"]);
    assert_eq!(w.run(&member, sonae_api::severity_labels).unwrap(), saved, "everyone reads them");
}

#[test]
fn japanese_text_is_found_in_titles_timelines_and_evidence_with_a_snippet() {
    let mut w = World::demo_at(t0());
    let (id, member, _) = judged(&mut w);
    let entry = TimelineEntryInput {
        case_id: id.clone(),
        kind: TimelineKind::Observation,
        occurred_at: "2026-11-22T07:15".into(),
        text: "端末の画面に身代金要求の表示があった。".into(),
    };
    w.run(&member, |c| sonae_api::add_timeline_entry(c, entry)).unwrap();
    let search = |q: &str| CaseFilterInput {
        state: None,
        open_only: false,
        severity: None,
        assignee_person_id: None,
        category: None,
        overdue_only: false,
        sort: CaseSort::Newest,
        page: 0,
        page_size: 50,
        query: Some(q.into()),
    };
    // Three or more characters: the trigram index, in a timeline line.
    let found = w.run(&member, |c| sonae_api::search_cases(c, search("身代金要求"))).unwrap();
    assert_eq!(found.rows.iter().map(|r| r.summary.id.as_str()).collect::<Vec<_>>(), vec![id.as_str()]);
    assert!(found.rows[0].snippet.as_deref().unwrap().contains("\u{2}身代金要求\u{3}"), "{:?}", found.rows[0].snippet);
    // Two characters: the LIKE fallback still finds the USB stick case by its title.
    let two = w.run(&member, |c| sonae_api::search_cases(c, search("紛失"))).unwrap();
    assert!(two.rows.iter().any(|r| r.summary.title.contains("紛失")), "{:?}", two.rows);
    assert!(two.rows.iter().all(|r| r.snippet.as_deref().is_some_and(|s| s.contains('\u{2}'))));
    // Combined with a filter; nothing found is an empty page, not an error.
    let closed = CaseFilterInput { state: Some(CaseState::Closed), ..search("身代金要求") };
    assert_eq!(w.run(&member, |c| sonae_api::search_cases(c, closed)).unwrap().total, 0);
    assert_eq!(w.run(&member, |c| sonae_api::search_cases(c, search("存在しない語句"))).unwrap().total, 0);
    // Quotes and FTS syntax are searched as text, never parsed.
    assert_eq!(w.run(&member, |c| sonae_api::search_cases(c, search("\"OR* NEAR("))).unwrap().total, 0);
}
