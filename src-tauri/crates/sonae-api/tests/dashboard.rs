//! The dashboard on the demo organization (issue 10): open real cases by state and 重要度 (the
//! ランサムウェア drill case never counts), deadlines counted from the very rows of the deadlines
//! view, what waits on the CISO, the next drill and the 12-month training alert.

mod support;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use sonae_api::ErrorCode;
use sonae_api::dto::*;
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 0, 0, 0).unwrap()
}

fn mv(case_id: &str, mv: CaseMove, reason: &str) -> MoveCaseInput {
    MoveCaseInput { case_id: case_id.into(), mv, reason: reason.into() }
}

#[test]
fn the_demo_dashboard_counts_real_open_cases() {
    let mut w = World::demo_at(t0());
    let (ciso, _) = w.person("佐藤 一郎");
    let before = w.store.verify_audit().unwrap().entries;
    let d = w.run(&ciso, sonae_api::dashboard).unwrap();
    assert_eq!(d.today, "2026-11-24");
    // Real open cases of the demo: 受付 (窓口PC), 評価中 (住民票), 対応中 (USBメモリ), 復旧中 (Web改ざん),
    // 再発防止 (メール誤送信). The 対応中 ランサムウェア drill and the ended drill case are not counted.
    assert_eq!(d.open_total, 5);
    let by_state: Vec<(CaseState, i64)> = d.open_by_state.iter().map(|s| (s.state, s.count)).collect();
    assert_eq!(
        by_state,
        vec![
            (CaseState::Received, 1),
            (CaseState::Triage, 1),
            (CaseState::Responding, 1),
            (CaseState::Recovering, 1),
            (CaseState::Prevention, 1)
        ]
    );
    // 重要度: high = USB and Web, medium = 住民票 and メール誤送信, none = 窓口PC; the drill's 最重要 is not counted.
    let by_severity: Vec<(Option<Severity>, i64)> = d.open_by_severity.iter().map(|s| (s.severity, s.count)).collect();
    assert_eq!(
        by_severity,
        vec![(Some(Severity::Critical), 0), (Some(Severity::High), 2), (Some(Severity::Medium), 2), (Some(Severity::Low), 0), (None, 1)]
    );
    // Every judged demo case has its 第一報 recorded, and no meeting decision is open.
    assert_eq!((d.ciso_waiting_count, d.ciso_waiting.len()), (0, 0));
    // The only demo drill is approved: nothing is planned.
    assert_eq!((d.next_drill.as_ref(), d.drills_planned), (None, 0));
    // The 12-month alert lists 伊藤, 加藤 and 吉田 (tests/training.rs).
    assert_eq!(d.training_overdue, Some(3));
    // Reading writes nothing.
    assert_eq!(w.store.verify_audit().unwrap().entries, before);

    // A CSIRT member sees the dashboard but not training records; staff see no dashboard.
    let (member, _) = w.person("渡辺 由紀");
    assert_eq!(w.run(&member, sonae_api::dashboard).unwrap().training_overdue, None);
    let (staff, _) = w.person("中村 さくら");
    assert_eq!(w.run(&staff, sonae_api::dashboard).unwrap_err().code, ErrorCode::Forbidden);
}

/// Buckets the deadlines view's rows the way the dashboard says it does.
fn bucket(view: &DeadlinesDto) -> DeadlineCountsDto {
    let today = NaiveDate::parse_from_str(&view.today, "%Y-%m-%d").unwrap();
    let mut c = DeadlineCountsDto::default();
    for r in &view.rows {
        let due = NaiveDate::parse_from_str(r.row.due.as_deref().unwrap(), "%Y-%m-%d").unwrap();
        let days = (due - today).num_days();
        match days {
            ..0 => c.overdue += 1,
            0 => c.due_today += 1,
            1..=6 => c.due_this_week += 1,
            _ => {}
        }
    }
    c
}

#[test]
fn deadline_tiles_count_the_deadlines_view_in_japan_days() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let mut seen = Vec::new();
    // Day by day over three weeks the demo's deadlines pass from "this week" to "today" to overdue.
    for day in 0..21 {
        w.now = t0() + Duration::days(day);
        let d = w.run(&lead, sonae_api::dashboard).unwrap();
        let view = w.run(&lead, sonae_api::deadlines).unwrap();
        assert_eq!(d.deadlines, bucket(&view), "day {day}");
        assert!(view.rows.iter().all(|r| !r.drill));
        seen.push(d.deadlines);
    }
    assert!(seen.iter().any(|c| c.due_today > 0), "{seen:?}");
    assert!(seen.iter().any(|c| c.due_this_week > 0), "{seen:?}");
    assert!(seen.last().unwrap().overdue > 0, "{seen:?}");

    // 2026-11-24 09:00 JST is still the 24th in Japan at 23:59 JST, the 25th a minute later.
    w.now = Utc.with_ymd_and_hms(2026, 11, 24, 14, 59, 0).unwrap();
    assert_eq!(w.run(&lead, sonae_api::dashboard).unwrap().today, "2026-11-24");
    w.now = Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();
    assert_eq!(w.run(&lead, sonae_api::dashboard).unwrap().today, "2026-11-25");
}

#[test]
fn cases_wait_on_the_ciso_for_the_first_report_and_meeting_decisions() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let (member, member_id) = w.person("渡辺 由紀");
    let (ciso, _) = w.person("佐藤 一郎");
    let cases = w.run(&member, sonae_api::list_cases).unwrap();
    let triage = cases.iter().find(|c| c.state == CaseState::Triage).unwrap().clone();
    let usb = cases.iter().find(|c| c.title.contains("USBメモリ")).unwrap().clone();

    // The 住民票 case is judged an incident: it waits on the CISO's 第一報.
    let input = TriageInput {
        case_id: triage.id.clone(),
        is_incident: Some(true),
        rationale: "別人の住民票の写しを交付しており、個人情報の漏えいに当たる。".into(),
        impact: "住民1人の住民票記載事項".into(),
        severity: Some(Severity::Medium),
        handler_person_id: Some(member_id),
    };
    w.run(&member, |c| sonae_api::triage_case(c, input)).unwrap();
    w.run(&lead, |c| sonae_api::move_case(c, mv(&triage.id, CaseMove::JudgeIncident, ""))).unwrap();
    let d = w.run(&ciso, sonae_api::dashboard).unwrap();
    assert_eq!(d.ciso_waiting_count, 1);
    assert_eq!(
        (d.ciso_waiting[0].receipt_no.as_str(), d.ciso_waiting[0].reason, d.ciso_waiting[0].since.as_str()),
        (triage.receipt_no.as_str(), CisoWaitReason::FirstReport, triage.created_at.as_str())
    );

    // A decision proposed at a 緊急対策会議 waits on the CISO; one proposed outside a meeting does not.
    let meeting = MeetingInput {
        case_id: usb.id.clone(),
        held_at: "2026-11-24T08:00".into(),
        participants: "佐藤 一郎\n高橋 誠\n田中 美穂".into(),
        agenda: "公表の要否".into(),
        notes: String::new(),
    };
    let case = w.run(&member, |c| sonae_api::hold_meeting(c, meeting)).unwrap();
    let meeting_id = case.meetings[0].id.clone();
    let propose = |meeting_id: Option<String>, text: &str| ProposeDecisionInput { case_id: usb.id.clone(), meeting_id, text: text.into() };
    w.run(&lead, |c| sonae_api::propose_decision(c, propose(None, "USBメモリの持ち出し記録を点検する。"))).unwrap();
    let case = w.run(&lead, |c| sonae_api::propose_decision(c, propose(Some(meeting_id), "報道発表を行う。"))).unwrap();
    let d = w.run(&ciso, sonae_api::dashboard).unwrap();
    assert_eq!(d.ciso_waiting_count, 2);
    assert_eq!(
        d.ciso_waiting.iter().map(|x| x.reason).collect::<Vec<_>>(),
        vec![CisoWaitReason::FirstReport, CisoWaitReason::MeetingDecision]
    );

    // Once the 第一報 is recorded and the CISO decides, nothing waits.
    let report = CisoReportInput { case_id: triage.id.clone(), at: "2026-11-24T08:45".into(), note: "電話で報告した。".into() };
    w.run(&member, |c| sonae_api::record_ciso_report(c, report)).unwrap();
    let decision = case.decisions.iter().find(|x| x.text == "報道発表を行う。").unwrap().id.clone();
    let decide = DecideInput { case_id: usb.id.clone(), decision_id: decision, approve: true, note: String::new() };
    w.run(&ciso, |c| sonae_api::decide_decision(c, decide)).unwrap();
    assert_eq!(w.run(&ciso, sonae_api::dashboard).unwrap().ciso_waiting_count, 0);
}

#[test]
fn the_next_drill_is_the_earliest_planned_and_not_started() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let plan = |name: &str, day: &str| DrillPlanInput {
        id: None,
        scenario_key: "lost-usb-my-number".into(),
        name: name.into(),
        fiscal_year: "2026".into(),
        purpose: "紛失時の報告を確かめる。".into(),
        structure: "統裁者：情報政策課長".into(),
        scope: "市民課".into(),
        planned_on: day.into(),
        participants: Vec::new(),
    };
    w.run(&lead, |c| sonae_api::plan_drill(c, plan("日付未定の訓練", ""))).unwrap();
    w.run(&lead, |c| sonae_api::plan_drill(c, plan("第3回", "2027-02-10"))).unwrap();
    let second = w.run(&lead, |c| sonae_api::plan_drill(c, plan("第2回", "2026-12-15"))).unwrap();
    let d = w.run(&lead, sonae_api::dashboard).unwrap();
    let next = d.next_drill.unwrap();
    assert_eq!((next.name.as_str(), next.planned_on.as_deref(), next.overdue, d.drills_planned), ("第2回", Some("2026-12-15"), false, 3));
    // After its day it is overdue; once started it is no longer next.
    w.now = Utc.with_ymd_and_hms(2026, 12, 16, 0, 0, 0).unwrap();
    assert!(w.run(&lead, sonae_api::dashboard).unwrap().next_drill.unwrap().overdue);
    w.run(&lead, |c| sonae_api::start_drill(c, StartDrillInput { drill_id: second.id.clone(), speed: 60 })).unwrap();
    let d = w.run(&lead, sonae_api::dashboard).unwrap();
    assert_eq!((d.next_drill.unwrap().name.as_str(), d.drills_planned), ("第3回", 2));
    // Starting the drill opened a drill case: the real counts did not move.
    assert_eq!(d.open_total, 5);
}
