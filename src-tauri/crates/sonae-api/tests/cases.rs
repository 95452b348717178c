//! The case workflow through the API on the demo organization: triage, guarded moves that list
//! what is missing, who may decide, the timeline lines every change leaves, the CISO 第一報.

mod support;
use chrono::{TimeZone, Utc};
use sonae_api::ErrorCode;
use sonae_api::dto::*;
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

fn mv(case_id: &str, mv: CaseMove, reason: &str) -> MoveCaseInput {
    MoveCaseInput { case_id: case_id.into(), mv, reason: reason.into() }
}

#[test]
fn a_received_case_is_triaged_judged_and_reported_to_the_ciso() {
    let mut w = World::demo_at(t0());
    let (member, member_id) = w.person("渡辺 由紀");
    let (lead, _) = w.person("田中 美穂");
    let received = w.run(&member, sonae_api::list_cases).unwrap().into_iter().find(|c| c.state == CaseState::Received).unwrap();
    let id = received.id.clone();

    let case = w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::StartTriage, ""))).unwrap();
    assert_eq!(case.summary.state, CaseState::Triage);
    let judge = case.moves.iter().find(|m| m.mv == CaseMove::JudgeIncident).unwrap();
    assert!(!judge.permitted, "a CSIRT member does not decide");
    assert_eq!(
        judge.missing,
        vec![MissingCondition::Rationale, MissingCondition::Severity, MissingCondition::Impact, MissingCondition::Handler]
    );
    assert_eq!(w.run(&member, |c| sonae_api::move_case(c, mv(&id, CaseMove::JudgeIncident, ""))).unwrap_err().code, ErrorCode::Forbidden);

    // Judging too early names every missing condition.
    let err = w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::JudgeIncident, ""))).unwrap_err();
    assert_eq!((err.code, err.message_id.as_str()), (ErrorCode::Validation, "error-case-move-missing"));
    assert_eq!(err.args["missing"], "rationale,severity,impact,handler");

    let triage = TriageInput {
        case_id: id.clone(),
        is_incident: Some(true),
        rationale: "個人情報を含む媒体の所在が不明であるため。".into(),
        impact: "住民約120人の氏名・住所".into(),
        severity: Some(Severity::High),
        handler_person_id: Some(member_id.clone()),
    };
    let case = w.run(&member, |c| sonae_api::triage_case(c, triage)).unwrap();
    assert_eq!(case.handler_name.as_deref(), Some("渡辺 由紀"));
    let case = w.run(&lead, |c| sonae_api::move_case(c, mv(&id, CaseMove::JudgeIncident, ""))).unwrap();
    assert_eq!((case.summary.state, case.is_incident), (CaseState::Responding, Some(true)));

    let report = CisoReportInput { case_id: id.clone(), at: "2026-11-22T08:45".into(), note: "電話で概要を報告した。".into() };
    let case = w.run(&member, |c| sonae_api::record_ciso_report(c, report)).unwrap();
    assert_eq!(case.ciso_informed_at.as_deref(), Some("2026-11-21T23:45:00Z"));
    let texts: Vec<&str> = case.timeline.iter().map(|e| e.text.as_str()).collect();
    assert!(texts.contains(&"状態を「評価中」から「対応中」に変更した。"), "{texts:?}");
    assert!(texts.contains(&"副市長（CISO）に第一報を行った。電話で概要を報告した。"), "{texts:?}");
    assert!(case.timeline.iter().any(|e| e.actor == "田中 美穂"), "timeline lines name the person");
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn impossible_moves_and_missing_reasons_are_refused_without_writing() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let received = w.run(&lead, sonae_api::list_cases).unwrap().into_iter().find(|c| c.state == CaseState::Received).unwrap();
    let before = w.store.verify_audit().unwrap().entries;
    let err = w.run(&lead, |c| sonae_api::move_case(c, mv(&received.id, CaseMove::Close, ""))).unwrap_err();
    assert_eq!((err.code, err.message_id.as_str()), (ErrorCode::Conflict, "error-case-move-not-allowed"));
    w.run(&lead, |c| sonae_api::move_case(c, mv(&received.id, CaseMove::StartTriage, ""))).unwrap();
    let err = w.run(&lead, |c| sonae_api::move_case(c, mv(&received.id, CaseMove::NotIncident, "  "))).unwrap_err();
    assert_eq!((err.field.as_deref(), err.args["missing"].as_str()), (Some("reason"), "reason"));
    let case = w.run(&lead, |c| sonae_api::move_case(c, mv(&received.id, CaseMove::NotIncident, "職員の誤認であった。"))).unwrap();
    assert_eq!(case.summary.state, CaseState::NotIncident);
    assert!(case.timeline.last().unwrap().text.ends_with("理由: 職員の誤認であった。"));
    // A closed case cannot be triaged until reopened.
    let triage = TriageInput {
        case_id: received.id.clone(),
        is_incident: None,
        rationale: String::new(),
        impact: String::new(),
        severity: None,
        handler_person_id: None,
    };
    assert_eq!(w.run(&lead, |c| sonae_api::triage_case(c, triage)).unwrap_err().code, ErrorCode::Conflict);
    let case = w.run(&lead, |c| sonae_api::move_case(c, mv(&received.id, CaseMove::Reopen, "同種の報告が再度あった。"))).unwrap();
    assert_eq!(case.summary.state, CaseState::Triage);
    // Two refused calls wrote nothing; the three moves wrote a case update and a line each.
    assert_eq!(w.store.verify_audit().unwrap().entries, before + 6);
}
