//! A case's obligations and the notification tracker through the API: 150 persons make the PPC
//! 速報/確報 and 本人通知 rows appear; 不正の目的 found later turns 確報 to 60 days while 知った日 stays;
//! a passed deadline shows as overdue on the deadlines view; states need their facts.

mod support;
use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, ErrorCode};
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    // 2025-12-01 09:00 JST.
    Utc.with_ymd_and_hms(2025, 12, 1, 0, 0, 0).unwrap()
}

fn row<'a>(o: &'a ObligationsDto, destination: &str, stage: NotificationStage) -> &'a NotificationRowDto {
    o.rows
        .iter()
        .find(|r| r.destination == destination && r.stage == stage && r.owed)
        .unwrap_or_else(|| panic!("{destination} {stage:?}: {:?}", o.rows))
}

#[test]
fn personal_information_of_150_people_then_malicious_intent_then_a_passed_deadline() {
    let mut w = World::demo_at(t0());
    let member = w.person("渡辺 由紀").0;
    // The 住民票 case (評価中): the demo has entered no facts for it yet.
    let id = w.run(&member, sonae_api::list_cases).unwrap().into_iter().find(|c| c.state == CaseState::Triage && !c.drill).unwrap().id;
    let before = w.run(&member, |c| sonae_api::case_obligations(c, &id)).unwrap();
    assert!(before.rows.is_empty() && before.facts.is_none());

    let mut facts = ObligationFactsDto::default();
    facts.personal_info.involved = true;
    facts.personal_info.max_persons = 150;
    let input = ObligationFactsInput { case_id: id.clone(), known_on: "2025-12-01".into(), facts: facts.clone() };
    let o = w.run(&member, |c| sonae_api::save_obligation_facts(c, input)).unwrap();
    assert_eq!(o.known_on.as_deref(), Some("2025-12-01"));
    let pre = row(&o, "ppc", NotificationStage::Preliminary);
    assert_eq!(
        (pre.basis.as_str(), pre.due.as_deref(), pre.triggers.clone()),
        ("appi-68", Some("2025-12-05"), vec!["appi-43-4".to_owned()])
    );
    let fin = row(&o, "ppc", NotificationStage::Final);
    assert_eq!((fin.final_days, fin.due.as_deref(), fin.state), (Some(30), Some("2026-01-05"), NotificationState::Pending));
    row(&o, "data-subjects", NotificationStage::Single);

    // Ten days later 不正の目的 is confirmed: 60 days, same 知った日, and the timeline says why.
    w.now = t0() + chrono::Duration::days(10);
    facts.personal_info.malicious_act = true;
    let input = ObligationFactsInput { case_id: id.clone(), known_on: "2025-12-11".into(), facts };
    let o = w.run(&member, |c| sonae_api::save_obligation_facts(c, input)).unwrap();
    assert_eq!(o.known_on.as_deref(), Some("2025-12-01"), "知った日 never moves");
    let fin = row(&o, "ppc", NotificationStage::Final);
    assert_eq!((fin.final_days, fin.due.as_deref()), (Some(60), Some("2026-01-29")));
    let case = w.run(&member, |c| sonae_api::get_case(c, &id)).unwrap();
    let line = case.timeline.iter().find(|e| e.text.contains("確報の期限が30日から60日になった")).expect("timeline line");
    assert!(line.text.contains("変わった事実"), "{}", line.text);

    // The 速報 target passed without a report: overdue on the case and on the deadlines view.
    let o = w.run(&member, |c| sonae_api::case_obligations(c, &id)).unwrap();
    assert_eq!(row(&o, "ppc", NotificationStage::Preliminary).due_status, DueStatus::Overdue);
    let d = w.run(&member, sonae_api::deadlines).unwrap();
    let late =
        d.rows.iter().find(|r| r.case_id == id && r.row.destination == "ppc" && r.row.stage == NotificationStage::Preliminary).unwrap();
    assert_eq!(late.row.due_status, DueStatus::Overdue);
    assert_eq!(d.today, "2025-12-11");

    // Sending needs when and how; once sent it leaves the deadlines view.
    let send = |state, sent_at: &str, method: &str| NotificationStateInput {
        case_id: id.clone(),
        destination: "ppc".into(),
        basis: "appi-68".into(),
        stage: NotificationStage::Preliminary,
        state,
        reason: String::new(),
        sent_at: sent_at.into(),
        method: method.into(),
        document: "漏えい等報告書（速報）".into(),
        note: String::new(),
    };
    let err = w.run(&member, |c| sonae_api::set_notification_state(c, send(NotificationState::Sent, "2025-12-11T08:30", ""))).unwrap_err();
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::Validation, Some("method")));
    let o =
        w.run(&member, |c| sonae_api::set_notification_state(c, send(NotificationState::Sent, "2025-12-11T08:00", "電子申請"))).unwrap();
    assert_eq!(row(&o, "ppc", NotificationStage::Preliminary).due_status, DueStatus::Calm);
    let d = w.run(&member, sonae_api::deadlines).unwrap();
    assert!(!d.rows.iter().any(|r| r.case_id == id && r.row.stage == NotificationStage::Preliminary && r.row.destination == "ppc"));
    assert!(w.store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn the_organizations_policy_decides_whether_the_prefecture_is_told() {
    let mut w = World::demo_at(t0());
    let member = w.person("渡辺 由紀").0;
    let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
    let cases = w.run(&member, sonae_api::list_cases).unwrap();
    let id = cases
        .into_iter()
        .find(|c| !matches!(c.state, CaseState::Closed | CaseState::NotIncident) && c.severity == Some(Severity::High))
        .expect("a 高 case in the demo")
        .id;
    let input = ObligationFactsInput { case_id: id.clone(), known_on: "2025-12-01".into(), facts: ObligationFactsDto::default() };
    let o = w.run(&member, |c| sonae_api::save_obligation_facts(c, input)).unwrap();
    assert!(o.rows.iter().any(|r| r.destination == "prefecture" && r.owed), "by default the prefecture is told of every incident");

    let mut policy = w.run(&member, sonae_api::destination_policy).unwrap();
    policy.prefecture = AuthorityPolicyDto { when: ReportWhenDto::SeverityAtLeast, severity: None, target_days: Some(3) };
    assert_eq!(w.run(&member, |c| sonae_api::save_destination_policy(c, policy)).unwrap_err().code, ErrorCode::Forbidden);
    let err = w.run(&admin, |c| sonae_api::save_destination_policy(c, policy)).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("prefectureSeverity"));
    policy.prefecture.severity = Some(Severity::Critical);
    let saved = w.run(&admin, |c| sonae_api::save_destination_policy(c, policy)).unwrap();
    assert_eq!(saved.prefecture.severity, Some(Severity::Critical));
    let o = w.run(&member, |c| sonae_api::case_obligations(c, &id)).unwrap();
    assert!(!o.rows.iter().any(|r| r.destination == "prefecture" && r.owed), "a 高 case is below the prefecture's 緊急 threshold");
}

#[test]
fn a_drill_case_never_appears_on_the_deadlines_view() {
    let mut w = World::demo_at(t0());
    let (member, _) = w.person("渡辺 由紀");
    let drill = w.run(&member, sonae_api::list_cases).unwrap().into_iter().find(|c| c.drill).expect("the demo has a drill").id;
    let mut facts = ObligationFactsDto::default();
    facts.personal_info.involved = true;
    facts.personal_info.max_persons = 500;
    let input = ObligationFactsInput { case_id: drill.clone(), known_on: "2025-11-20".into(), facts };
    let o = w.run(&member, |c| sonae_api::save_obligation_facts(c, input)).unwrap();
    assert!(o.rows.iter().any(|r| r.destination == "ppc" && r.due.is_some()), "the drill case shows its own deadlines");
    let d = w.run(&member, sonae_api::deadlines).unwrap();
    assert!(d.rows.iter().all(|r| r.case_id != drill && !r.drill));
}
