//! Organization setup through the API: the wizard, sign-in and lockout, idle lock, the
//! permission table for every command, and the org file round trip.

use chrono::{Duration, TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, ApiError, Ctx, ErrorCode, FixedClock, OpenMode, SequentialIds, Session, Store};

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap()
}

fn wizard() -> SetupInput {
    SetupInput {
        org_name: "見本町".into(),
        org_kind: OrgKind::Municipality,
        prefecture: "茨城県".into(),
        head_title: "町長".into(),
        ciso_title: "副町長".into(),
        ciso_name: "副町 太郎".into(),
        ordinance_sensitive_info: true,
        honorific: Honorific::Dono,
        doc_number_format: "{課略称}第{n}号".into(),
        ciso_report_target_minutes: 30,
        classification_preset: SchemePreset::InfoCategory4,
        admin_name: "管理 花子".into(),
        admin_department_name: "総務課".into(),
        admin_department_short_name: "総務".into(),
        admin_login_id: "kanri".into(),
        admin_password: "mihon-2026".into(),
    }
}

fn fresh(dir: &tempfile::TempDir) -> Store {
    Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap()
}

fn sign_in(
    store: &mut Store,
    session: &mut Option<Session>,
    at: chrono::DateTime<Utc>,
    login: &str,
    pw: &str,
) -> Result<SessionDto, ApiError> {
    sonae_api::sign_in(store, at, session, SignInInput { login_id: login.into(), password: pw.into() })
}

#[test]
fn the_wizard_sets_up_and_signs_in_the_administrator() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = fresh(&dir);
    let ids = SequentialIds::new();
    let mut session = None;
    let s = sonae_api::complete_setup(&mut store, &ids, t0(), &mut session, wizard()).unwrap();
    assert_eq!(s.setup, SetupState::Ready);
    let user = s.user.unwrap();
    assert_eq!((user.name.as_str(), user.login_id.as_str(), user.department_name.as_deref()), ("管理 花子", "kanri", Some("総務課")));
    assert!(user.roles.contains(&Role::Administrator));
    assert!(!s.demo);

    let actor = sonae_api::authorize(&store, &mut session, t0()).unwrap();
    let clock = FixedClock(t0());
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    let setup = sonae_api::org_setup(&mut ctx).unwrap();
    assert_eq!(setup.organization.honorific, Honorific::Dono);
    assert!(setup.organization.ordinance_sensitive_info);
    assert_eq!(setup.classification.scheme, SchemePreset::InfoCategory4);
    assert_eq!(setup.classification.levels.len(), 4);
    let contacts = sonae_api::list_contacts(&mut ctx).unwrap();
    assert!(contacts.iter().any(|c| c.organization == "個人情報保護委員会"));
    assert!(contacts.iter().any(|c| c.organization == "茨城県警察"));
    let people = sonae_api::list_people(&mut ctx).unwrap();
    let ciso = people.iter().find(|p| p.name == "副町 太郎").unwrap();
    assert_eq!(setup.organization.ciso_person_id.as_deref(), Some(ciso.id.as_str()));
    assert!(sonae_api::check(&mut ctx).unwrap().ok());

    // A second run of the wizard is refused.
    let mut other = None;
    let err = sonae_api::complete_setup(&mut store, &ids, t0(), &mut other, wizard()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
}

#[test]
fn wizard_errors_name_the_input_field_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = fresh(&dir);
    let ids = SequentialIds::new();
    let cases: Vec<(SetupInput, &str, &str)> = vec![
        (SetupInput { org_name: " ".into(), ..wizard() }, "orgName", "error-field-required"),
        (SetupInput { admin_password: "kanri".into(), ..wizard() }, "adminPassword", "error-password-too-short"),
        (
            SetupInput { admin_password: "kanri-kanri".into(), admin_login_id: "kanri-kanri".into(), ..wizard() },
            "adminPassword",
            "error-password-same-as-login",
        ),
        (SetupInput { admin_login_id: "管理".into(), ..wizard() }, "adminLoginId", "error-login-id-format"),
        (SetupInput { doc_number_format: "第号".into(), ..wizard() }, "docNumberFormat", "error-doc-number-format"),
        (SetupInput { ciso_report_target_minutes: 0, ..wizard() }, "cisoReportTargetMinutes", "error-out-of-range"),
        (SetupInput { admin_department_short_name: "".into(), ..wizard() }, "adminDepartmentShortName", "error-field-required"),
        (SetupInput { ciso_name: "".into(), ..wizard() }, "cisoName", "error-field-required"),
    ];
    for (input, field, message) in cases {
        let err = sonae_api::complete_setup(&mut store, &ids, t0(), &mut None, input).unwrap_err();
        assert_eq!((err.code, err.field.as_deref(), err.message_id.as_str()), (ErrorCode::Validation, Some(field), message));
        assert_eq!(err.args.get("fieldId").map(String::as_str), Some(sonae_api::fluent_id("field", field).as_str()), "{field}");
    }
    assert_eq!(store.verify_audit().unwrap().entries, 0);
}

#[test]
fn sign_in_counts_failures_locks_and_an_administrator_unlocks() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = fresh(&dir);
    let ids = SequentialIds::new();
    let mut admin_session = None;
    sonae_api::complete_setup(&mut store, &ids, t0(), &mut admin_session, wizard()).unwrap();
    let admin = sonae_api::authorize(&store, &mut admin_session, t0()).unwrap();
    let clock = FixedClock(t0());
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &admin };
    let people = sonae_api::save_person(
        &mut ctx,
        PersonInput {
            id: None,
            name: "職員 一郎".into(),
            name_kana: "しょくいん いちろう".into(),
            title: "主事".into(),
            department_id: None,
            roles: vec![Role::Staff],
            office_phone: "029-000-0000".into(),
            mobile_phone: String::new(),
            email: "ichiro@town.example.jp".into(),
            after_hours: String::new(),
        },
    )
    .unwrap();
    let staff = people.iter().find(|p| p.name == "職員 一郎").unwrap().id.clone();
    sonae_api::set_account(
        &mut ctx,
        AccountInput { person_id: staff.clone(), login_id: "ichiro".into(), initial_password: "shoki-0001".into() },
    )
    .unwrap();

    let mut s = None;
    for remaining in (1..5).rev() {
        let err = sign_in(&mut store, &mut s, t0(), "ichiro", "wrong-0001").unwrap_err();
        assert_eq!(
            (err.code, err.message_id.as_str(), err.field.as_deref()),
            (ErrorCode::Validation, "error-sign-in-failed", Some("password"))
        );
        assert_eq!(err.args["remaining"], remaining.to_string());
    }
    assert_eq!(sign_in(&mut store, &mut s, t0(), "ichiro", "wrong-0001").unwrap_err().code, ErrorCode::Locked);
    assert_eq!(
        sign_in(&mut store, &mut s, t0(), "ichiro", "shoki-0001").unwrap_err().code,
        ErrorCode::Locked,
        "locked even with the right password"
    );
    // Unknown login ids answer like wrong passwords.
    assert_eq!(sign_in(&mut store, &mut s, t0(), "nobody", "shoki-0001").unwrap_err().message_id, "error-sign-in-failed");

    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &admin };
    sonae_api::unlock_account(&mut ctx, PersonRef { person_id: staff }).unwrap();
    let dto = sign_in(&mut store, &mut s, t0(), "ICHIRO", "shoki-0001").unwrap();
    assert!(dto.user.unwrap().must_change_password);
    // Nothing but the password change until the initial password is changed (004 第52条4).
    assert_eq!(sonae_api::authorize(&store, &mut s, t0()).unwrap_err().message_id, "error-password-change-required");
    let bad = sonae_api::change_password(
        &mut store,
        t0(),
        &mut s,
        ChangePasswordInput { current_password: "shoki-0001".into(), new_password: "short".into() },
    );
    assert_eq!(bad.unwrap_err().field.as_deref(), Some("newPassword"));
    sonae_api::change_password(
        &mut store,
        t0(),
        &mut s,
        ChangePasswordInput { current_password: "shoki-0001".into(), new_password: "atarashii-2026".into() },
    )
    .unwrap();
    let actor = sonae_api::authorize(&store, &mut s, t0()).unwrap();
    assert_eq!(actor.roles, vec![sonae_core_role_staff()]);

    // Idle for 15 minutes (the default) locks the session; the same password unlocks it.
    let later = t0() + Duration::minutes(15);
    assert_eq!(sonae_api::authorize(&store, &mut s, later).unwrap_err().message_id, "error-session-locked");
    assert!(sonae_api::session_status(&store, &mut s, later).unwrap().locked);
    sign_in(&mut store, &mut s, later, "ichiro", "atarashii-2026").unwrap();
    assert!(sonae_api::authorize(&store, &mut s, later + Duration::minutes(14)).is_ok());
    sonae_api::sign_out(&store, &mut s, later).unwrap();
    assert_eq!(sonae_api::authorize(&store, &mut s, later).unwrap_err().message_id, "error-not-signed-in");
    assert!(store.verify_audit().unwrap().problems.is_empty());
}

fn sonae_core_role_staff() -> sonae_api::Role {
    sonae_api::Role::Staff
}

/// Every command that takes an actor, called by a person holding exactly one role: it is refused
/// with `forbidden` exactly when the permission table says that role may not do it.
#[test]
fn every_command_refuses_the_roles_that_may_not_use_it() {
    type Call = fn(&mut Ctx<'_>) -> Result<(), ApiError>;
    let calls: Vec<(&str, bool, Call)> = vec![
        // (name, needs ManageOrganization / other permission check, call)
        ("home", false, |c| sonae_api::home(c).map(drop)),
        ("list_cases", false, |c| sonae_api::list_cases(c).map(drop)),
        ("verify_audit", false, |c| sonae_api::verify_audit(c).map(drop)),
        ("check", false, |c| sonae_api::check(c).map(drop)),
        ("org_setup", false, |c| sonae_api::org_setup(c).map(drop)),
        ("list_departments", false, |c| sonae_api::list_departments(c).map(drop)),
        ("list_people", false, |c| sonae_api::list_people(c).map(drop)),
        ("list_systems", false, |c| sonae_api::list_systems(c).map(drop)),
        ("list_contacts", false, |c| sonae_api::list_contacts(c).map(drop)),
        ("contacts_csv", false, |c| sonae_api::contacts_csv(c, &sonae_api::Localizer::new(sonae_api::Lang::Ja)).map(drop)),
        ("save_department", true, |c| {
            sonae_api::save_department(
                c,
                DepartmentInput { id: None, name: "新設課".into(), short_name: "新設".into(), manager_person_id: None },
            )
            .map(drop)
        }),
        ("save_system", true, |c| {
            sonae_api::save_system(
                c,
                SystemInput {
                    id: None,
                    name: "文書管理システム".into(),
                    department_id: None,
                    segment: NetworkSegment::Lgwan,
                    holds_personal_info: true,
                    holds_my_number: false,
                    my_number_affairs: false,
                    info_provision_network: false,
                    contractor: String::new(),
                },
            )
            .map(drop)
        }),
        ("save_contact", true, |c| {
            sonae_api::save_contact(
                c,
                ContactInput {
                    id: None,
                    kind: ContactKind::Contractor,
                    organization: "見本保守株式会社".into(),
                    section: String::new(),
                    phone: "03-0000-0001".into(),
                    after_hours_phone: String::new(),
                    email: String::new(),
                    note: String::new(),
                },
            )
            .map(drop)
        }),
        ("update_org_profile", true, |c| {
            let o = sonae_api::org_setup(c)?.organization;
            sonae_api::update_org_profile(
                c,
                OrgProfileInput {
                    name: o.name,
                    kind: o.kind,
                    prefecture: o.prefecture,
                    head_title: o.head_title,
                    ciso_title: o.ciso_title,
                    ciso_person_id: o.ciso_person_id,
                    ordinance_sensitive_info: o.ordinance_sensitive_info,
                    honorific: o.honorific,
                    doc_number_format: o.doc_number_format,
                    receipt_format: o.receipt_format,
                    ciso_report_target_minutes: 45,
                    idle_lock_minutes: o.idle_lock_minutes,
                    lockout_attempts: o.lockout_attempts,
                },
            )
            .map(drop)
        }),
        ("update_class_level", true, |c| {
            let l = sonae_api::org_setup(c)?.classification.levels.remove(0);
            sonae_api::update_class_level(c, ClassLevelInput { id: l.id, label: "区分Ⅰ".into(), description: l.description }).map(drop)
        }),
        ("save_person", true, |c| {
            sonae_api::save_person(
                c,
                PersonInput {
                    id: None,
                    name: "新規 職員".into(),
                    name_kana: String::new(),
                    title: String::new(),
                    department_id: None,
                    roles: vec![Role::Staff],
                    office_phone: String::new(),
                    mobile_phone: String::new(),
                    email: String::new(),
                    after_hours: String::new(),
                },
            )
            .map(drop)
        }),
        ("set_account", true, |c| {
            let p = sonae_api::list_people(c)?.into_iter().find(|p| p.name == "副町 太郎").unwrap();
            sonae_api::set_account(c, AccountInput { person_id: p.id, login_id: "fukucho".into(), initial_password: "shoki-0002".into() })
                .map(drop)
        }),
        ("unlock_account", true, |c| {
            let p = sonae_api::list_people(c)?.into_iter().find(|p| p.name == "管理 花子").unwrap();
            sonae_api::unlock_account(c, PersonRef { person_id: p.id }).map(drop)
        }),
        ("reset_account_password", true, |c| sonae_api::reset_account_password(c, "kanri").map(drop)),
        ("org_export", true, |c| sonae_api::org_export(c).map(drop)),
        ("org_import", true, |c| sonae_api::org_import(c, "format = 1").map(drop)),
        ("load_demo", true, |c| sonae_api::load_demo(c).map(drop)),
        ("report_options", false, |c| sonae_api::report_options(c).map(drop)),
        ("save_report_draft", false, |c| {
            sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 1, form: ReportFormDto::default() }).map(drop)
        }),
        ("open_report_drafts", false, |c| sonae_api::open_report_drafts(c).map(drop)),
        ("my_reports", false, |c| sonae_api::my_reports(c).map(drop)),
        ("all_reports", false, |c| sonae_api::all_reports(c).map(drop)),
        ("list_guidance", false, |c| sonae_api::list_guidance(c).map(drop)),
        ("get_case", false, |c| sonae_api::get_case(c, "00000000-0000-4000-8000-0000000000ff").map(drop)),
        ("first_report_pdf", false, |c| sonae_api::first_report_pdf(c, "00000000-0000-4000-8000-0000000000ff").map(drop)),
        ("triage_case", false, |c| {
            sonae_api::triage_case(
                c,
                TriageInput {
                    case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                    is_incident: None,
                    rationale: String::new(),
                    impact: String::new(),
                    severity: None,
                    handler_person_id: None,
                },
            )
            .map(drop)
        }),
        ("move_case_start_triage", false, |c| {
            let input =
                MoveCaseInput { case_id: "00000000-0000-4000-8000-0000000000ff".into(), mv: CaseMove::StartTriage, reason: String::new() };
            sonae_api::move_case(c, input).map(drop)
        }),
        ("move_case_judge", false, |c| {
            let input = MoveCaseInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                mv: CaseMove::JudgeIncident,
                reason: String::new(),
            };
            sonae_api::move_case(c, input).map(drop)
        }),
        ("record_ciso_report", false, |c| {
            let input = CisoReportInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                at: "2026-11-21T09:00".into(),
                note: String::new(),
            };
            sonae_api::record_ciso_report(c, input).map(drop)
        }),
        ("search_cases", false, |c| {
            let f = CaseFilterInput {
                state: None,
                open_only: true,
                severity: None,
                assignee_person_id: None,
                category: None,
                overdue_only: false,
                sort: CaseSort::Newest,
                page: 0,
                page_size: 20,
                query: None,
            };
            sonae_api::search_cases(c, f).map(drop)
        }),
        ("add_timeline_entry", false, |c| {
            let i = TimelineEntryInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                kind: TimelineKind::Observation,
                occurred_at: "2026-11-21T09:00".into(),
                text: "x".into(),
            };
            sonae_api::add_timeline_entry(c, i).map(drop)
        }),
        ("save_task", false, |c| {
            let i = TaskInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                task_id: None,
                list: TaskList::Response,
                kind: TaskKind::Other,
                title: "x".into(),
                mandatory: false,
                assignee_person_id: None,
                due_at: String::new(),
            };
            sonae_api::save_task(c, i).map(drop)
        }),
        ("set_task_status", false, |c| {
            let i = TaskStatusInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                task_id: "00000000-0000-4000-8000-0000000000ff".into(),
                status: TaskStatus::Done,
                note: String::new(),
            };
            sonae_api::set_task_status(c, i).map(drop)
        }),
        ("add_evidence", false, |c| {
            let i = EvidenceInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                description: "x".into(),
                source: EvidenceSource::Log,
                source_detail: String::new(),
                collected_by: "x".into(),
                collected_at: "2026-11-21T09:00".into(),
                storage_place: "x".into(),
            };
            sonae_api::add_evidence(c, i).map(drop)
        }),
        ("attach_evidence_file", false, |c| {
            let i = EvidenceFileInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                evidence_id: "00000000-0000-4000-8000-0000000000ff".into(),
                file_name: "a".into(),
                content_base64: "YQ==".into(),
            };
            sonae_api::attach_evidence_file(c, i).map(drop)
        }),
        ("transfer_custody", false, |c| {
            let i = CustodyInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                evidence_id: "00000000-0000-4000-8000-0000000000ff".into(),
                from: "a".into(),
                to: "b".into(),
                at: "2026-11-21T09:00".into(),
                purpose: "x".into(),
            };
            sonae_api::transfer_custody(c, i).map(drop)
        }),
        ("recheck_evidence", false, |c| sonae_api::recheck_evidence(c, "00000000-0000-4000-8000-0000000000ff").map(drop)),
        ("hold_meeting", false, |c| {
            let i = MeetingInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                held_at: "2026-11-21T09:00".into(),
                participants: "a".into(),
                agenda: "b".into(),
                notes: String::new(),
            };
            sonae_api::hold_meeting(c, i).map(drop)
        }),
        ("propose_decision", false, |c| {
            let i = ProposeDecisionInput { case_id: "00000000-0000-4000-8000-0000000000ff".into(), meeting_id: None, text: "x".into() };
            sonae_api::propose_decision(c, i).map(drop)
        }),
        ("decide_decision", false, |c| {
            let i = DecideInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                decision_id: "00000000-0000-4000-8000-0000000000ff".into(),
                approve: true,
                note: String::new(),
            };
            sonae_api::decide_decision(c, i).map(drop)
        }),
        ("save_root_cause", false, |c| {
            let i = RootCauseInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                category: None,
                narrative: String::new(),
                ciso_instructions: String::new(),
            };
            sonae_api::save_root_cause(c, i).map(drop)
        }),
        ("save_measure", false, |c| {
            let i = MeasureInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                measure_id: None,
                text: "x".into(),
                status: MeasureStatus::Done,
                owner: "x".into(),
                due_on: String::new(),
            };
            sonae_api::save_measure(c, i).map(drop)
        }),
        ("list_playbooks", false, |c| sonae_api::list_playbooks(c).map(drop)),
        ("playbook_history", false, |c| sonae_api::playbook_history(c, Category::Dos).map(drop)),
        ("save_playbook", false, |c| {
            let step = PlaybookStepDto { kind: TaskKind::Containment, title: "遮断する".into(), mandatory: true, due_hours: Some(1) };
            sonae_api::save_playbook(c, PlaybookInput { category: Category::Dos, steps: vec![step], note: String::new() }).map(drop)
        }),
        ("case_obligations", false, |c| sonae_api::case_obligations(c, "00000000-0000-4000-8000-0000000000ff").map(drop)),
        ("deadlines", false, |c| sonae_api::deadlines(c).map(drop)),
        ("dashboard", false, |c| sonae_api::dashboard(c).map(drop)),
        ("statistics", false, |c| sonae_api::statistics(c, StatsQuery { from: None, to: None, group_by: StatsGrouping::Month }).map(drop)),
        ("statistics_csv", false, |c| {
            let q = StatsQuery { from: None, to: None, group_by: StatsGrouping::Category };
            sonae_api::statistics_csv(c, q, sonae_api::Lang::Ja).map(drop)
        }),
        ("annual_report_pdf", false, |c| sonae_api::annual_report_pdf(c, 2026).map(drop)),
        ("save_obligation_facts", false, |c| {
            let i = ObligationFactsInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                known_on: "2026-11-21".into(),
                facts: ObligationFactsDto::default(),
            };
            sonae_api::save_obligation_facts(c, i).map(drop)
        }),
        ("set_notification_state", false, |c| {
            let i = NotificationStateInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                destination: "ppc".into(),
                basis: "appi-68".into(),
                stage: NotificationStage::Final,
                state: NotificationState::Draft,
                reason: String::new(),
                sent_at: String::new(),
                method: String::new(),
                document: String::new(),
                note: String::new(),
            };
            sonae_api::set_notification_state(c, i).map(drop)
        }),
        ("link_case", false, |c| {
            let i = LinkCaseInput {
                case_id: "00000000-0000-4000-8000-0000000000ff".into(),
                other_receipt_no: "2026-0001".into(),
                kind: LinkKind::Related,
                note: String::new(),
            };
            sonae_api::link_case(c, i).map(drop)
        }),
        ("severity_labels", false, |c| sonae_api::severity_labels(c).map(drop)),
        ("save_severity_labels", true, |c| {
            sonae_api::save_severity_labels(c, vec![SeverityLabelDto { severity: Severity::Critical, label: "最重要".into() }]).map(drop)
        }),
        ("destination_policy", false, |c| sonae_api::destination_policy(c).map(drop)),
        ("save_destination_policy", true, |c| {
            let p = sonae_api::destination_policy(c)?;
            sonae_api::save_destination_policy(c, p).map(drop)
        }),
        ("save_guidance", true, |c| {
            sonae_api::save_guidance(c, GuidanceDto { category: Category::Malware, steps: vec!["LANケーブルを抜く。".into()] }).map(drop)
        }),
    ];
    use sonae_api::Role as R;
    let allowed = |name: &str, role: R| -> bool {
        match name {
            "home" | "org_setup" | "list_departments" | "list_people" | "list_systems" | "list_contacts" | "contacts_csv"
            | "report_options" | "save_report_draft" | "open_report_drafts" | "my_reports" | "list_guidance" | "severity_labels"
            | "destination_policy" => true,
            "triage_case"
            | "move_case_start_triage"
            | "record_ciso_report"
            | "add_timeline_entry"
            | "save_task"
            | "set_task_status"
            | "add_evidence"
            | "attach_evidence_file"
            | "transfer_custody"
            | "recheck_evidence"
            | "hold_meeting"
            | "propose_decision"
            | "save_root_cause"
            | "save_measure"
            | "save_obligation_facts"
            | "link_case"
            | "set_notification_state" => {
                matches!(role, R::CsirtMember | R::CsirtLead | R::ChiefSecurityOfficer)
            }
            "move_case_judge" => matches!(role, R::CsirtLead | R::ChiefSecurityOfficer),
            "decide_decision" => matches!(role, R::CsirtLead | R::ChiefSecurityOfficer | R::Ciso),
            "save_playbook" => matches!(role, R::CsirtLead | R::Administrator),
            "list_cases" | "all_reports" | "get_case" | "search_cases" | "list_playbooks" | "playbook_history" | "case_obligations"
            | "deadlines" | "first_report_pdf" | "dashboard" | "statistics" | "statistics_csv" => {
                matches!(role, R::CsirtMember | R::CsirtLead | R::ChiefSecurityOfficer | R::Ciso | R::Administrator)
            }
            // Every case and the training records.
            "annual_report_pdf" => matches!(role, R::CsirtLead | R::ChiefSecurityOfficer | R::Ciso | R::Administrator),
            "verify_audit" | "check" => matches!(role, R::Administrator | R::CsirtLead | R::ChiefSecurityOfficer),
            _ => role == R::Administrator,
        }
    };
    let roles = [R::Staff, R::CsirtMember, R::CsirtLead, R::ChiefSecurityOfficer, R::Ciso, R::SystemAdministrator, R::Administrator];
    for role in roles {
        let dir = tempfile::tempdir().unwrap();
        let mut store = fresh(&dir);
        let ids = SequentialIds::new();
        let mut session = None;
        sonae_api::complete_setup(&mut store, &ids, t0(), &mut session, wizard()).unwrap();
        let clock = FixedClock(t0());
        // The administrator's person, holding only `role` for this run.
        let actor = Actor::new(format!("person:{}", session.unwrap().person_id), &[role]);
        for (name, _, call) in &calls {
            let before = store.verify_audit().unwrap().entries;
            let result = call(&mut Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor });
            let forbidden = matches!(&result, Err(e) if e.code == ErrorCode::Forbidden);
            assert_eq!(forbidden, !allowed(name, role), "{name} as {role:?}: {result:?}");
            if forbidden {
                assert_eq!(store.verify_audit().unwrap().entries, before, "{name} as {role:?} wrote despite being refused");
            }
        }
    }
}

#[test]
fn org_file_round_trips_and_bad_files_change_nothing() {
    let ids = SequentialIds::new();
    let clock = FixedClock(t0());
    let actor = Actor::new("system:test", &[sonae_api::Role::Administrator]);
    let dir = tempfile::tempdir().unwrap();
    let mut a = fresh(&dir);
    sonae_api::load_demo(&mut Ctx { store: &mut a, clock: &clock, ids: &ids, actor: &actor }).unwrap();
    let first = sonae_api::org_export(&mut Ctx { store: &mut a, clock: &clock, ids: &ids, actor: &actor }).unwrap();

    let dir_b = tempfile::tempdir().unwrap();
    let mut b = fresh(&dir_b);
    let n = sonae_api::org_import(&mut Ctx { store: &mut b, clock: &clock, ids: &ids, actor: &actor }, &first).unwrap();
    assert_eq!(n, 10);
    let second = sonae_api::org_export(&mut Ctx { store: &mut b, clock: &clock, ids: &ids, actor: &actor }).unwrap();
    assert_eq!(first, second);
    // Imported accounts have no password yet; nobody can sign in until one is set.
    assert!(b.accounts().unwrap().iter().all(|x| x.password_hash.is_none() && x.must_change_password));

    let dir_c = tempfile::tempdir().unwrap();
    let mut c = fresh(&dir_c);
    let bad: Vec<(String, &str, &str)> = vec![
        (first[..first.len() / 2].to_owned(), "error-org-file-line", "error-org-file-syntax"),
        (first.replace("email = \"ito@city.kakuu.example.jp\"", "email = \"ito@\""), "error-org-file", "error-email-format"),
        (first.replace("segment = \"lgwan\"", "segment = \"wifi\""), "error-org-file", "error-unknown-code"),
        (first.replace("manager = \"高橋 誠\"", "manager = \"高橋 まこと\""), "error-org-file", "error-unknown-reference"),
        (first.replace("format = 1", "format = 2"), "error-org-file", "error-org-file-format"),
        (first.replace("[organization]", "[organization]\nmayor = \"x\""), "error-org-file-line", "error-org-file-syntax"),
    ];
    for (text, message, reason) in bad {
        let err = sonae_api::org_import(&mut Ctx { store: &mut c, clock: &clock, ids: &ids, actor: &actor }, &text).unwrap_err();
        assert_eq!((err.message_id.as_str(), err.args["reasonId"].as_str()), (message, reason), "{err:?}");
        assert!(err.args.contains_key("location") || err.args.contains_key("line"));
        assert_eq!(c.verify_audit().unwrap().entries, 0, "a bad file wrote something");
    }
    let err = sonae_api::org_import(
        &mut Ctx { store: &mut c, clock: &clock, ids: &ids, actor: &actor },
        &first.replace("email = \"ito@city.kakuu.example.jp\"", "email = \"ito@\""),
    )
    .unwrap_err();
    assert_eq!(err.args["location"], "[[person]] #1 email");
    let err = sonae_api::org_import(&mut Ctx { store: &mut c, clock: &clock, ids: &ids, actor: &actor }, &first[..200]).unwrap_err();
    assert!(err.args["line"].parse::<usize>().unwrap() >= 1);
}
