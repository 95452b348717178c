//! Sonae's desktop shell: opens the database, holds it and the sign-in session in Tauri state,
//! and exposes the API's use cases as commands. Wiring only: each command delegates to
//! `sonae-api`; the session decides the acting user (`sonae_api::authorize`).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use sonae_api::dto::*;
use sonae_api::{Actor, ApiError, Clock, Ctx, ErrorCode, OpenMode, RandomIds, Role, Session, ShiftedClock, Store};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use tauri::State;

/// The open database (or why it is not open: not created yet, locked by its passphrase, or
/// unreadable — the window still starts and shows it) and who is signed in.
struct AppState {
    store: Mutex<Result<Store, ApiError>>,
    session: Mutex<Option<Session>>,
    db_path: Result<PathBuf, ApiError>,
    data_dir: Option<PathBuf>,
}

/// The locked store slot (checked to hold an open store).
type StoreSlot<'a> = MutexGuard<'a, Result<Store, ApiError>>;

fn internal() -> ApiError {
    ApiError::new(ErrorCode::Internal, "error-internal")
}

/// `SONAE_PASSPHRASE` (for managed machines and the end-to-end tests); people type it instead.
fn env_passphrase() -> Option<String> {
    std::env::var("SONAE_PASSPHRASE").ok().filter(|p| !p.is_empty())
}

impl AppState {
    fn open() -> AppState {
        let db_path = sonae_api::default_db_path();
        let data_dir = db_path.as_ref().ok().and_then(|p| p.parent().map(PathBuf::from));
        let store = db_path.clone().and_then(|p| {
            let passphrase = env_passphrase();
            if passphrase.is_none() && sonae_api::encryption::database_file(&p)? == sonae_api::encryption::DatabaseFile::Missing {
                // First run: the organization's passphrase is chosen before anything is written.
                return Err(ApiError::new(ErrorCode::NoDatabase, "error-no-database"));
            }
            sonae_api::encryption::open_store_with(&p, OpenMode::CreateOrMigrate, clock(), passphrase.as_deref())
        });
        AppState { store: Mutex::new(store), session: Mutex::new(None), db_path, data_dir }
    }

    fn lock(&self) -> Result<(StoreSlot<'_>, MutexGuard<'_, Option<Session>>), ApiError> {
        let store = self.store.lock().map_err(|_| internal())?;
        if let Err(e) = &*store {
            return Err(e.clone());
        }
        let session = self.session.lock().map_err(|_| internal())?;
        Ok((store, session))
    }

    /// Runs one use case as the signed-in user.
    fn run<T>(&self, f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let (mut store, mut session) = self.lock()?;
        let store = store.as_mut().map_err(|e| e.clone())?;
        let actor = sonae_api::authorize(store, &mut session, clock().now())?;
        f(&mut Ctx { store, clock: clock(), ids: &RandomIds, actor: &actor })
    }

    /// Runs a session use case (sign-in and friends) with the store and the session.
    fn session<T>(&self, f: impl FnOnce(&mut Store, &mut Option<Session>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let (mut store, mut session) = self.lock()?;
        let store = store.as_mut().map_err(|e| e.clone())?;
        f(store, &mut session)
    }

    /// Opens the database with a passphrase the user typed: the locked file, or a new encrypted
    /// one at first run. Answers the session state, as `session_status` does.
    fn open_with(&self, passphrase: &str, expect: ErrorCode) -> Result<SessionDto, ApiError> {
        let path = self.db_path.clone()?;
        {
            let mut slot = self.store.lock().map_err(|_| internal())?;
            match &*slot {
                Err(e) if e.code == expect => {}
                Ok(_) => return Err(ApiError::new(ErrorCode::Conflict, "error-conflict")),
                Err(e) => return Err(e.clone()),
            }
            let store = sonae_api::encryption::open_store_with(&path, OpenMode::CreateOrMigrate, clock(), Some(passphrase))?;
            let key = store.db_key().cloned();
            *slot = Ok(store);
            std::thread::spawn(move || daily_backup(key));
        }
        self.session(|store, session| sonae_api::session_status(store, session, clock().now()))
    }
}

type Res<T> = Result<T, ApiError>;

/// The app's clock: the system clock, or — in debug builds only, for end-to-end tests — the
/// system clock shifted so that it reads `SONAE_TEST_NOW` (RFC 3339) at start-up.
fn clock() -> &'static ShiftedClock {
    static CLOCK: std::sync::OnceLock<ShiftedClock> = std::sync::OnceLock::new();
    CLOCK.get_or_init(|| {
        #[cfg(debug_assertions)]
        if let Some(start) = std::env::var("SONAE_TEST_NOW").ok().and_then(|v| sonae_api::clock::from_storage(&v)) {
            return ShiftedClock::starting_at(start);
        }
        ShiftedClock::default()
    })
}

#[tauri::command]
fn unlock_database(s: State<'_, AppState>, passphrase: String) -> Res<SessionDto> {
    s.open_with(&passphrase, ErrorCode::DatabaseLocked)
}

#[tauri::command]
fn create_database(s: State<'_, AppState>, input: CreateDatabaseInput) -> Res<SessionDto> {
    sonae_api::encryption::check_new_passphrase(&input.passphrase, Some(&input.confirm_passphrase), "passphrase")?;
    s.open_with(&input.passphrase, ErrorCode::NoDatabase)
}

#[tauri::command]
fn change_passphrase(s: State<'_, AppState>, input: ChangePassphraseInput) -> Res<EncryptionDto> {
    s.run(|ctx| {
        sonae_api::encryption::change_passphrase(ctx, &input.current_passphrase, &input.new_passphrase, &input.confirm_passphrase)?;
        sonae_api::encryption::encryption_status(ctx)
    })
}

#[tauri::command]
fn encryption_status(s: State<'_, AppState>) -> Res<EncryptionDto> {
    s.run(sonae_api::encryption::encryption_status)
}

#[tauri::command]
fn session_status(s: State<'_, AppState>) -> Res<SessionDto> {
    s.session(|store, session| sonae_api::session_status(store, session, clock().now()))
}

#[tauri::command]
fn sign_in(s: State<'_, AppState>, input: SignInInput) -> Res<SessionDto> {
    s.session(|store, session| sonae_api::sign_in(store, clock().now(), session, input))
}

#[tauri::command]
fn sign_out(s: State<'_, AppState>) -> Res<SessionDto> {
    s.session(|store, session| sonae_api::sign_out(store, session, clock().now()))
}

#[tauri::command]
fn change_password(s: State<'_, AppState>, input: ChangePasswordInput) -> Res<SessionDto> {
    s.session(|store, session| sonae_api::change_password(store, clock().now(), session, input))
}

#[tauri::command]
fn complete_setup(s: State<'_, AppState>, input: SetupInput) -> Res<SessionDto> {
    s.session(|store, session| sonae_api::complete_setup(store, &RandomIds, clock().now(), session, input))
}

/// Loads 架空市 (only into a database without an organization) and signs in as its administrator.
#[tauri::command]
fn load_demo(s: State<'_, AppState>) -> Res<SessionDto> {
    s.session(|store, session| {
        let setup = Actor::new("system:setup", &[Role::Administrator]);
        sonae_api::load_demo(&mut Ctx { store, clock: clock(), ids: &RandomIds, actor: &setup })?;
        let login = SignInInput { login_id: sonae_api::DEMO_ADMIN_LOGIN.into(), password: sonae_api::DEMO_PASSWORD.into() };
        sonae_api::sign_in(store, clock().now(), session, login)
    })
}

#[tauri::command]
fn home(s: State<'_, AppState>) -> Res<HomeDto> {
    s.run(sonae_api::home)
}

#[tauri::command]
fn org_setup(s: State<'_, AppState>) -> Res<OrgSetupDto> {
    s.run(sonae_api::org_setup)
}

#[tauri::command]
fn update_org_profile(s: State<'_, AppState>, input: OrgProfileInput) -> Res<OrgSetupDto> {
    s.run(|ctx| sonae_api::update_org_profile(ctx, input))
}

#[tauri::command]
fn update_class_level(s: State<'_, AppState>, input: ClassLevelInput) -> Res<OrgSetupDto> {
    s.run(|ctx| sonae_api::update_class_level(ctx, input))
}

#[tauri::command]
fn list_departments(s: State<'_, AppState>) -> Res<Vec<DepartmentDto>> {
    s.run(sonae_api::list_departments)
}

#[tauri::command]
fn save_department(s: State<'_, AppState>, input: DepartmentInput) -> Res<Vec<DepartmentDto>> {
    s.run(|ctx| sonae_api::save_department(ctx, input))
}

#[tauri::command]
fn list_people(s: State<'_, AppState>) -> Res<Vec<PersonDto>> {
    s.run(sonae_api::list_people)
}

#[tauri::command]
fn save_person(s: State<'_, AppState>, input: PersonInput) -> Res<Vec<PersonDto>> {
    s.run(|ctx| sonae_api::save_person(ctx, input))
}

#[tauri::command]
fn set_account(s: State<'_, AppState>, input: AccountInput) -> Res<Vec<PersonDto>> {
    s.run(|ctx| sonae_api::set_account(ctx, input))
}

#[tauri::command]
fn unlock_account(s: State<'_, AppState>, input: PersonRef) -> Res<Vec<PersonDto>> {
    s.run(|ctx| sonae_api::unlock_account(ctx, input))
}

#[tauri::command]
fn list_systems(s: State<'_, AppState>) -> Res<Vec<SystemDto>> {
    s.run(sonae_api::list_systems)
}

#[tauri::command]
fn save_system(s: State<'_, AppState>, input: SystemInput) -> Res<Vec<SystemDto>> {
    s.run(|ctx| sonae_api::save_system(ctx, input))
}

#[tauri::command]
fn list_contacts(s: State<'_, AppState>) -> Res<Vec<ContactDto>> {
    s.run(sonae_api::list_contacts)
}

#[tauri::command]
fn save_contact(s: State<'_, AppState>, input: ContactInput) -> Res<Vec<ContactDto>> {
    s.run(|ctx| sonae_api::save_contact(ctx, input))
}

/// Writes the 緊急連絡網 CSV (Japanese headers) into `<data dir>/exports/`.
#[tauri::command]
fn export_contacts_csv(s: State<'_, AppState>) -> Res<ExportDto> {
    let dir = s.data_dir.clone().ok_or_else(|| ApiError::new(ErrorCode::Storage, "error-no-data-dir"))?;
    s.run(|ctx| sonae_api::export_contacts_csv(ctx, &dir, sonae_api::Lang::Ja))
}

#[tauri::command]
fn dashboard(s: State<'_, AppState>) -> Res<DashboardDto> {
    s.run(sonae_api::dashboard)
}

// Off the window's thread: at 100,000 cases it can take seconds (docs/performance.md).
#[tauri::command(async)]
fn statistics(s: State<'_, AppState>, input: StatsQuery) -> Res<StatisticsDto> {
    s.run(|ctx| sonae_api::statistics(ctx, input))
}

/// Writes the statistics CSV (Japanese headers) into `<data dir>/exports/`.
// Off the window's thread: at 100,000 cases it can take seconds (docs/performance.md).
#[tauri::command(async)]
fn export_statistics_csv(s: State<'_, AppState>, input: StatsQuery) -> Res<ExportDto> {
    let dir = s.data_dir.clone().ok_or_else(|| ApiError::new(ErrorCode::Storage, "error-no-data-dir"))?;
    s.run(|ctx| sonae_api::export_statistics_csv(ctx, &dir, input, sonae_api::Lang::Ja))
}

/// Writes the 年次報告 PDF of a 年度 to the path the user typed.
// Off the window's thread: at 100,000 cases it can take seconds (docs/performance.md).
#[tauri::command(async)]
fn save_annual_report(s: State<'_, AppState>, input: SaveAnnualReportInput) -> Res<SavedFileDto> {
    s.run(|ctx| sonae_api::save_annual_report(ctx, input))
}

#[tauri::command]
fn report_options(s: State<'_, AppState>) -> Res<ReportOptionsDto> {
    s.run(sonae_api::report_options)
}

/// Saves the wizard's form (every step change and field blur); answers with what is still wrong.
#[tauri::command]
fn save_report_draft(s: State<'_, AppState>, input: SaveDraftInput) -> Res<ReportDraftDto> {
    s.run(|ctx| sonae_api::save_report_draft(ctx, input))
}

#[tauri::command]
fn open_report_drafts(s: State<'_, AppState>) -> Res<Vec<ReportDraftDto>> {
    s.run(sonae_api::open_report_drafts)
}

#[tauri::command]
fn discard_report_draft(s: State<'_, AppState>, draft_id: String) -> Res<()> {
    s.run(|ctx| sonae_api::discard_report_draft(ctx, &draft_id))
}

#[tauri::command]
fn submit_report(s: State<'_, AppState>, input: SubmitReportInput) -> Res<ReportReceiptDto> {
    s.run(|ctx| sonae_api::submit_report(ctx, input))
}

#[tauri::command]
fn my_reports(s: State<'_, AppState>) -> Res<Vec<ReportSummaryDto>> {
    s.run(sonae_api::my_reports)
}

#[tauri::command]
fn all_reports(s: State<'_, AppState>) -> Res<Vec<ReportSummaryDto>> {
    s.run(sonae_api::all_reports)
}

#[tauri::command]
fn get_report(s: State<'_, AppState>, report_id: String) -> Res<ReportDto> {
    s.run(|ctx| sonae_api::get_report(ctx, &report_id))
}

#[tauri::command]
fn list_guidance(s: State<'_, AppState>) -> Res<Vec<GuidanceDto>> {
    s.run(sonae_api::list_guidance)
}

#[tauri::command]
fn save_guidance(s: State<'_, AppState>, input: GuidanceDto) -> Res<Vec<GuidanceDto>> {
    s.run(|ctx| sonae_api::save_guidance(ctx, input))
}

#[tauri::command]
fn get_case(s: State<'_, AppState>, case_id: String) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::get_case(ctx, &case_id))
}

#[tauri::command]
fn triage_case(s: State<'_, AppState>, input: TriageInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::triage_case(ctx, input))
}

#[tauri::command]
fn move_case(s: State<'_, AppState>, input: MoveCaseInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::move_case(ctx, input))
}

#[tauri::command]
fn record_ciso_report(s: State<'_, AppState>, input: CisoReportInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::record_ciso_report(ctx, input))
}

// Off the window's thread: at 100,000 cases it can take seconds (docs/performance.md).
#[tauri::command(async)]
fn search_cases(s: State<'_, AppState>, input: CaseFilterInput) -> Res<CasePageDto> {
    s.run(|ctx| sonae_api::search_cases(ctx, input))
}

#[tauri::command]
fn add_timeline_entry(s: State<'_, AppState>, input: TimelineEntryInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::add_timeline_entry(ctx, input))
}

#[tauri::command]
fn save_task(s: State<'_, AppState>, input: TaskInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::save_task(ctx, input))
}

#[tauri::command]
fn set_task_status(s: State<'_, AppState>, input: TaskStatusInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::set_task_status(ctx, input))
}

#[tauri::command]
fn add_evidence(s: State<'_, AppState>, input: EvidenceInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::add_evidence(ctx, input))
}

#[tauri::command]
fn attach_evidence_file(s: State<'_, AppState>, input: EvidenceFileInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::attach_evidence_file(ctx, input))
}

#[tauri::command]
fn transfer_custody(s: State<'_, AppState>, input: CustodyInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::transfer_custody(ctx, input))
}

#[tauri::command]
fn recheck_evidence(s: State<'_, AppState>, case_id: String) -> Res<EvidenceCheckDto> {
    s.run(|ctx| sonae_api::recheck_evidence(ctx, &case_id))
}

#[tauri::command]
fn hold_meeting(s: State<'_, AppState>, input: MeetingInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::hold_meeting(ctx, input))
}

#[tauri::command]
fn propose_decision(s: State<'_, AppState>, input: ProposeDecisionInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::propose_decision(ctx, input))
}

#[tauri::command]
fn decide_decision(s: State<'_, AppState>, input: DecideInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::decide_decision(ctx, input))
}

#[tauri::command]
fn save_root_cause(s: State<'_, AppState>, input: RootCauseInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::save_root_cause(ctx, input))
}

#[tauri::command]
fn save_measure(s: State<'_, AppState>, input: MeasureInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::save_measure(ctx, input))
}

#[tauri::command]
fn list_playbooks(s: State<'_, AppState>) -> Res<Vec<PlaybookDto>> {
    s.run(sonae_api::list_playbooks)
}

#[tauri::command]
fn playbook_history(s: State<'_, AppState>, category: Category) -> Res<Vec<PlaybookDto>> {
    s.run(|ctx| sonae_api::playbook_history(ctx, category))
}

#[tauri::command]
fn save_playbook(s: State<'_, AppState>, input: PlaybookInput) -> Res<Vec<PlaybookDto>> {
    s.run(|ctx| sonae_api::save_playbook(ctx, input))
}

#[tauri::command]
fn case_obligations(s: State<'_, AppState>, case_id: String) -> Res<ObligationsDto> {
    s.run(|ctx| sonae_api::case_obligations(ctx, &case_id))
}

#[tauri::command]
fn save_obligation_facts(s: State<'_, AppState>, input: ObligationFactsInput) -> Res<ObligationsDto> {
    s.run(|ctx| sonae_api::save_obligation_facts(ctx, input))
}

#[tauri::command]
fn set_notification_state(s: State<'_, AppState>, input: NotificationStateInput) -> Res<ObligationsDto> {
    s.run(|ctx| sonae_api::set_notification_state(ctx, input))
}

#[tauri::command]
fn deadlines(s: State<'_, AppState>) -> Res<DeadlinesDto> {
    s.run(sonae_api::deadlines)
}

#[tauri::command]
fn case_documents(s: State<'_, AppState>, case_id: String) -> Res<CaseDocumentsDto> {
    s.run(|ctx| sonae_api::case_documents(ctx, &case_id))
}

#[tauri::command]
fn save_particulars(s: State<'_, AppState>, input: ParticularsInput) -> Res<CaseDocumentsDto> {
    s.run(|ctx| sonae_api::save_particulars(ctx, input))
}

#[tauri::command]
fn document_preview(s: State<'_, AppState>, request: DocumentRequest) -> Res<DocumentPreviewDto> {
    s.run(|ctx| sonae_api::document_preview(ctx, request))
}

#[tauri::command]
fn ppc_paste_text(s: State<'_, AppState>, request: DocumentRequest) -> Res<Vec<PasteFieldDto>> {
    s.run(|ctx| sonae_api::ppc_paste_text(ctx, request))
}

#[tauri::command]
fn save_document(s: State<'_, AppState>, input: SaveDocumentInput) -> Res<SavedDocumentDto> {
    s.run(|ctx| sonae_api::save_document(ctx, input))
}

#[tauri::command]
fn save_submission(s: State<'_, AppState>, input: SaveSubmissionInput) -> Res<SavedDocumentDto> {
    s.run(|ctx| sonae_api::save_submission(ctx, input))
}

#[tauri::command]
fn document_addressees(s: State<'_, AppState>) -> Res<AddresseesDto> {
    s.run(sonae_api::document_addressees)
}

#[tauri::command]
fn save_document_addressees(s: State<'_, AppState>, input: AddresseesDto) -> Res<AddresseesDto> {
    s.run(|ctx| sonae_api::save_document_addressees(ctx, input))
}

// Drills (issue 8).

#[tauri::command]
fn drill_scenarios(s: State<'_, AppState>) -> Res<Vec<ScenarioSummaryDto>> {
    s.run(sonae_api::drill_scenarios)
}

#[tauri::command]
fn drill_scenario(s: State<'_, AppState>, key: String) -> Res<ScenarioFile> {
    s.run(|ctx| sonae_api::drill_scenario(ctx, &key))
}

#[tauri::command]
fn save_drill_scenario(s: State<'_, AppState>, input: SaveScenarioInput) -> Res<ScenarioSummaryDto> {
    s.run(|ctx| sonae_api::save_drill_scenario(ctx, input))
}

#[tauri::command]
fn import_drill_scenario(s: State<'_, AppState>, input: ImportScenarioInput) -> Res<ScenarioSummaryDto> {
    s.run(|ctx| sonae_api::import_drill_scenario(ctx, input))
}

#[tauri::command]
fn list_drills(s: State<'_, AppState>) -> Res<Vec<DrillRowDto>> {
    s.run(sonae_api::list_drills)
}

#[tauri::command]
fn get_drill(s: State<'_, AppState>, drill_id: String) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::get_drill(ctx, &drill_id))
}

#[tauri::command]
fn plan_drill(s: State<'_, AppState>, input: DrillPlanInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::plan_drill(ctx, input))
}

#[tauri::command]
fn start_drill(s: State<'_, AppState>, input: StartDrillInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::start_drill(ctx, input))
}

#[tauri::command]
fn drill_tick(s: State<'_, AppState>, drill_id: String) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::drill_tick(ctx, &drill_id))
}

#[tauri::command]
fn drill_clock(s: State<'_, AppState>, input: DrillClockInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::drill_clock(ctx, input))
}

#[tauri::command]
fn mark_inject(s: State<'_, AppState>, input: MarkInjectInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::mark_inject(ctx, input))
}

#[tauri::command]
fn end_drill(s: State<'_, AppState>, drill_id: String) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::end_drill(ctx, &drill_id))
}

#[tauri::command]
fn add_drill_log(s: State<'_, AppState>, input: DrillLogInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::add_drill_log(ctx, input))
}

#[tauri::command]
fn save_after_action(s: State<'_, AppState>, input: AfterActionInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::save_after_action(ctx, input))
}

#[tauri::command]
fn add_drill_action(s: State<'_, AppState>, input: DrillActionInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::add_drill_action(ctx, input))
}

#[tauri::command]
fn revise_playbook_after_drill(s: State<'_, AppState>, drill_id: String) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::revise_playbook_after_drill(ctx, &drill_id))
}

#[tauri::command]
fn approve_drill(s: State<'_, AppState>, drill_id: String) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::approve_drill(ctx, &drill_id))
}

#[tauri::command]
fn report_drill_to_committee(s: State<'_, AppState>, input: CommitteeReportInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::report_drill_to_committee(ctx, input))
}

#[tauri::command]
fn record_drill_call(s: State<'_, AppState>, input: DrillCallInput) -> Res<DrillDto> {
    s.run(|ctx| sonae_api::record_drill_call(ctx, input))
}

#[tauri::command]
fn drill_record_pdf(s: State<'_, AppState>, drill_id: String) -> Res<DocumentPdfDto> {
    s.run(|ctx| sonae_api::drill_record_pdf(ctx, &drill_id))
}

#[tauri::command]
fn save_drill_record(s: State<'_, AppState>, input: SaveDrillRecordInput) -> Res<SavedFileDto> {
    s.run(|ctx| sonae_api::save_drill_record(ctx, input))
}

/// Where documents are saved unless the user says otherwise: `$SONAE_DOCUMENTS_DIR` (tests), the
/// user's documents folder + `Sonae`, else the data folder's `documents`.
#[tauri::command]
fn document_folder(app: tauri::AppHandle, s: State<'_, AppState>) -> Res<String> {
    use tauri::Manager as _;
    if let Some(dir) = std::env::var_os("SONAE_DOCUMENTS_DIR") {
        return Ok(PathBuf::from(dir).display().to_string());
    }
    if let Ok(docs) = app.path().document_dir() {
        return Ok(docs.join("Sonae").display().to_string());
    }
    let dir = s.data_dir.clone().ok_or_else(|| ApiError::new(ErrorCode::Storage, "error-no-data-dir"))?;
    Ok(dir.join("documents").display().to_string())
}

#[tauri::command]
fn link_case(s: State<'_, AppState>, input: LinkCaseInput) -> Res<CaseDetailDto> {
    s.run(|ctx| sonae_api::link_case(ctx, input))
}

#[tauri::command]
fn severity_labels(s: State<'_, AppState>) -> Res<Vec<SeverityLabelDto>> {
    s.run(sonae_api::severity_labels)
}

#[tauri::command]
fn save_severity_labels(s: State<'_, AppState>, input: Vec<SeverityLabelDto>) -> Res<Vec<SeverityLabelDto>> {
    s.run(|ctx| sonae_api::save_severity_labels(ctx, input))
}

#[tauri::command]
fn destination_policy(s: State<'_, AppState>) -> Res<DestinationPolicyDto> {
    s.run(sonae_api::destination_policy)
}

#[tauri::command]
fn save_destination_policy(s: State<'_, AppState>, input: DestinationPolicyDto) -> Res<DestinationPolicyDto> {
    s.run(|ctx| sonae_api::save_destination_policy(ctx, input))
}

// Training (研修, issue 8).

#[tauri::command]
fn training_year(s: State<'_, AppState>, fiscal_year: Option<i32>) -> Res<TrainingYearDto> {
    s.run(|ctx| sonae_api::training_year(ctx, fiscal_year))
}

#[tauri::command]
fn save_training_plan(s: State<'_, AppState>, input: TrainingPlanInput) -> Res<TrainingYearDto> {
    s.run(|ctx| sonae_api::save_training_plan(ctx, input))
}

#[tauri::command]
fn save_training_session(s: State<'_, AppState>, input: TrainingSessionInput) -> Res<TrainingSessionDetailDto> {
    s.run(|ctx| sonae_api::save_training_session(ctx, input))
}

#[tauri::command]
fn training_session(s: State<'_, AppState>, session_id: String) -> Res<TrainingSessionDetailDto> {
    s.run(|ctx| sonae_api::training_session(ctx, &session_id))
}

#[tauri::command]
fn record_attendance(s: State<'_, AppState>, input: AttendanceInput) -> Res<TrainingSessionDetailDto> {
    s.run(|ctx| sonae_api::record_attendance(ctx, input))
}

#[tauri::command]
fn import_attendance_csv(s: State<'_, AppState>, input: AttendanceCsvInput) -> Res<AttendanceImportDto> {
    s.run(|ctx| sonae_api::import_attendance_csv(ctx, input))
}

#[tauri::command]
fn training_history(s: State<'_, AppState>, person_id: String) -> Res<TrainingHistoryDto> {
    s.run(|ctx| sonae_api::training_history(ctx, &person_id))
}

#[tauri::command]
fn training_alert(s: State<'_, AppState>) -> Res<TrainingAlertListDto> {
    s.run(sonae_api::training_alert)
}

#[tauri::command]
fn list_my_number_handlers(s: State<'_, AppState>) -> Res<Vec<MyNumberHandlerDto>> {
    s.run(sonae_api::list_my_number_handlers)
}

#[tauri::command]
fn set_my_number_handler(s: State<'_, AppState>, input: MyNumberHandlerInput) -> Res<Vec<MyNumberHandlerDto>> {
    s.run(|ctx| sonae_api::set_my_number_handler(ctx, input))
}

#[tauri::command]
fn save_training_report(s: State<'_, AppState>, input: SaveTrainingReportInput) -> Res<SavedTrainingReportDto> {
    s.run(|ctx| sonae_api::save_training_report(ctx, input))
}

// Data safety (issue 9). The long operations are async commands — off the main thread, so the
// window keeps answering — and leave their progress in `PROGRESS`, which the UI polls with
// `progress` (no event permission needed) while it waits.

/// The latest progress of the long operation running, if any.
static PROGRESS: Mutex<Option<sonae_api::ProgressDto>> = Mutex::new(None);

/// Runs a long use case as the signed-in user, keeping its progress for `progress`.
fn with_progress<T>(
    s: &AppState,
    operation: &str,
    f: impl FnOnce(&mut Ctx<'_>, sonae_api::OnProgress<'_>) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let set = |p: Option<sonae_api::ProgressDto>| {
        if let Ok(mut slot) = PROGRESS.lock() {
            *slot = p;
        }
    };
    set(Some(sonae_api::Progress { step: "cli-progress-bundle-check", done: 0, total: 0 }.dto(operation)));
    let result = s.run(|ctx| f(ctx, &mut |p: sonae_api::Progress| set(Some(p.dto(operation)))));
    set(None);
    result
}

fn data_dir(s: &AppState) -> Res<PathBuf> {
    s.data_dir.clone().ok_or_else(|| ApiError::new(ErrorCode::Storage, "error-no-data-dir"))
}

#[tauri::command]
fn progress() -> Option<sonae_api::ProgressDto> {
    PROGRESS.lock().ok().and_then(|p| p.clone())
}

#[tauri::command]
fn list_backups(s: State<'_, AppState>) -> Res<sonae_api::BackupListDto> {
    let dir = data_dir(&s)?;
    s.run(|ctx| sonae_api::list_backups(ctx, &dir))
}

#[tauri::command]
async fn make_backup(s: State<'_, AppState>, path: String) -> Res<sonae_api::BackupSummaryDto> {
    with_progress(&s, "make_backup", |ctx, p| sonae_api::make_backup(ctx, &path, p))
}

#[tauri::command]
async fn check_backup(s: State<'_, AppState>, path: String) -> Res<sonae_api::BackupSummaryDto> {
    with_progress(&s, "check_backup", |ctx, p| sonae_api::check_backup(ctx, &path, p))
}

#[tauri::command]
fn installation_key(s: State<'_, AppState>) -> Res<sonae_api::KeyInfoDto> {
    s.run(sonae_api::installation_key)
}

#[tauri::command]
fn list_trusted_keys(s: State<'_, AppState>) -> Res<Vec<sonae_api::TrustedKeyDto>> {
    s.run(sonae_api::list_trusted_keys)
}

#[tauri::command]
fn trust_key(s: State<'_, AppState>, name: String, public_key: String) -> Res<sonae_api::TrustedKeyDto> {
    s.run(|ctx| sonae_api::trust_key(ctx, &name, &public_key))
}

#[tauri::command]
fn revoke_key(s: State<'_, AppState>, fingerprint: String) -> Res<sonae_api::TrustedKeyDto> {
    s.run(|ctx| sonae_api::revoke_key(ctx, &fingerprint))
}

#[tauri::command]
async fn export_case_bundle(s: State<'_, AppState>, case_id: String, path: String) -> Res<sonae_api::BundleWrittenDto> {
    with_progress(&s, "export_case_bundle", |ctx, p| sonae_api::export_case(ctx, &case_id, &bundle_path(&path)?, p))
}

#[tauri::command]
async fn export_report_bundle(s: State<'_, AppState>, report_id: String, path: String) -> Res<sonae_api::BundleWrittenDto> {
    with_progress(&s, "export_report_bundle", |ctx, p| sonae_api::export_report(ctx, &report_id, &bundle_path(&path)?, p))
}

#[tauri::command]
async fn import_bundle(s: State<'_, AppState>, path: String) -> Res<sonae_api::ImportResultDto> {
    with_progress(&s, "import_bundle", |ctx, p| sonae_api::import_bundle_file(ctx, &bundle_path(&path)?, p))
}

/// A typed file path; empty names the field.
fn bundle_path(path: &str) -> Res<PathBuf> {
    let path = path.trim();
    if path.is_empty() {
        let mut e = ApiError::new(ErrorCode::Validation, "error-field-required").arg("fieldId", "field-bundle-path");
        e.field = Some("bundlePath".into());
        return Err(e);
    }
    Ok(PathBuf::from(path))
}

/// How many automatic daily backups are kept in `<data dir>/backups`.
const AUTO_BACKUPS_KEPT: usize = 7;

/// The day's automatic backup (issue 9), on its own read-only connection so the window never
/// waits for it; nothing to do before the organization exists. The outcome goes to stderr.
fn daily_backup(key: Option<sonae_api::encryption::DbKey>) {
    let Ok(path) = sonae_api::default_db_path() else { return };
    let Some(dir) = path.parent().map(|d| d.join("backups")) else { return };
    if !path.exists() {
        return;
    }
    let Ok(mut store) = sonae_api::encryption::open_store_keyed(&path, OpenMode::ReadOnly, clock(), key.as_ref()) else { return };
    if !matches!(store.organization(), Ok(Some(_))) {
        return;
    }
    let actor = sonae_api::Actor::new("system:auto-backup", &[sonae_api::Role::Administrator]);
    let mut ctx = Ctx { store: &mut store, clock: clock(), ids: &RandomIds, actor: &actor };
    match sonae_api::auto_backup(&mut ctx, &dir, AUTO_BACKUPS_KEPT) {
        Ok(sonae_api::AutoBackup::Made { path, removed, .. }) => {
            eprintln!("sonae: automatic backup {} ({} older removed)", path.display(), removed.len());
        }
        Ok(sonae_api::AutoBackup::AlreadyToday(_)) => {}
        Err(e) => eprintln!("sonae: automatic backup failed: {}", e.message_id),
    }
}

fn main() {
    tauri::Builder::default()
        .manage(AppState::open())
        .setup(|app| {
            // The .deb carries BIZ UD fonts as resources (scripts/package.sh); PDFs use them first.
            use tauri::Manager as _;
            if let Ok(dir) = app.path().resource_dir() {
                let fonts = dir.join("fonts");
                if fonts.is_dir() {
                    sonae_api::use_bundled_fonts(fonts);
                }
            }
            // The daily backup runs once the database is open (now, or after it is unlocked).
            let state = app.state::<AppState>();
            let opened = state.store.lock().ok().and_then(|slot| slot.as_ref().ok().map(|store| store.db_key().cloned()));
            if let Some(key) = opened {
                std::thread::spawn(move || daily_backup(key));
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            unlock_database,
            create_database,
            change_passphrase,
            encryption_status,
            drill_scenarios,
            drill_scenario,
            save_drill_scenario,
            import_drill_scenario,
            list_drills,
            get_drill,
            plan_drill,
            start_drill,
            drill_tick,
            drill_clock,
            mark_inject,
            end_drill,
            add_drill_log,
            save_after_action,
            add_drill_action,
            revise_playbook_after_drill,
            approve_drill,
            report_drill_to_committee,
            record_drill_call,
            drill_record_pdf,
            save_drill_record,
            session_status,
            sign_in,
            sign_out,
            change_password,
            complete_setup,
            load_demo,
            home,
            org_setup,
            update_org_profile,
            update_class_level,
            list_departments,
            save_department,
            list_people,
            save_person,
            set_account,
            unlock_account,
            list_systems,
            save_system,
            list_contacts,
            save_contact,
            export_contacts_csv,
            dashboard,
            statistics,
            export_statistics_csv,
            save_annual_report,
            report_options,
            save_report_draft,
            open_report_drafts,
            discard_report_draft,
            submit_report,
            my_reports,
            all_reports,
            get_report,
            list_guidance,
            save_guidance,
            get_case,
            triage_case,
            move_case,
            record_ciso_report,
            search_cases,
            add_timeline_entry,
            save_task,
            set_task_status,
            add_evidence,
            attach_evidence_file,
            transfer_custody,
            recheck_evidence,
            hold_meeting,
            propose_decision,
            decide_decision,
            save_root_cause,
            save_measure,
            list_playbooks,
            playbook_history,
            save_playbook,
            link_case,
            severity_labels,
            save_severity_labels,
            destination_policy,
            save_destination_policy,
            case_obligations,
            save_obligation_facts,
            set_notification_state,
            deadlines,
            case_documents,
            save_particulars,
            document_preview,
            ppc_paste_text,
            save_document,
            save_submission,
            document_addressees,
            save_document_addressees,
            document_folder,
            training_year,
            save_training_plan,
            save_training_session,
            training_session,
            record_attendance,
            import_attendance_csv,
            training_history,
            training_alert,
            list_my_number_handlers,
            set_my_number_handler,
            save_training_report,
            progress,
            list_backups,
            make_backup,
            check_backup,
            installation_key,
            list_trusted_keys,
            trust_key,
            revoke_key,
            export_case_bundle,
            export_report_bundle,
            import_bundle,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Sonae could not start: {e}");
            std::process::exit(1);
        });
}
