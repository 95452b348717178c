// `Backend` over Tauri IPC. Command names must match the `#[tauri::command]`s in src-tauri.
// Commands that take input take exactly one argument named `input`; the others name their one
// argument as Tauri does (Rust's snake_case parameter in camelCase: `draft_id` → `draftId`).

import type { AttendanceCsvInput } from "../bindings/AttendanceCsvInput";
import type { AttendanceImportDto } from "../bindings/AttendanceImportDto";
import type { AttendanceInput } from "../bindings/AttendanceInput";
import type { MyNumberHandlerDto } from "../bindings/MyNumberHandlerDto";
import type { MyNumberHandlerInput } from "../bindings/MyNumberHandlerInput";
import type { SavedTrainingReportDto } from "../bindings/SavedTrainingReportDto";
import type { SaveTrainingReportInput } from "../bindings/SaveTrainingReportInput";
import type { TrainingAlertListDto } from "../bindings/TrainingAlertListDto";
import type { TrainingHistoryDto } from "../bindings/TrainingHistoryDto";
import type { TrainingPlanInput } from "../bindings/TrainingPlanInput";
import type { TrainingSessionDetailDto } from "../bindings/TrainingSessionDetailDto";
import type { TrainingSessionInput } from "../bindings/TrainingSessionInput";
import type { TrainingYearDto } from "../bindings/TrainingYearDto";
import type { AfterActionInput } from "../bindings/AfterActionInput";
import type { CommitteeReportInput } from "../bindings/CommitteeReportInput";
import type { DrillActionInput } from "../bindings/DrillActionInput";
import type { DrillCallInput } from "../bindings/DrillCallInput";
import type { DrillClockInput } from "../bindings/DrillClockInput";
import type { DrillDto } from "../bindings/DrillDto";
import type { DrillLogInput } from "../bindings/DrillLogInput";
import type { DrillPlanInput } from "../bindings/DrillPlanInput";
import type { DrillRowDto } from "../bindings/DrillRowDto";
import type { ImportScenarioInput } from "../bindings/ImportScenarioInput";
import type { MarkInjectInput } from "../bindings/MarkInjectInput";
import type { SaveDrillRecordInput } from "../bindings/SaveDrillRecordInput";
import type { SavedFileDto } from "../bindings/SavedFileDto";
import type { DashboardDto } from "../bindings/DashboardDto";
import type { SaveAnnualReportInput } from "../bindings/SaveAnnualReportInput";
import type { StatisticsDto } from "../bindings/StatisticsDto";
import type { StatsQuery } from "../bindings/StatsQuery";
import type { SaveScenarioInput } from "../bindings/SaveScenarioInput";
import type { ScenarioFile } from "../bindings/ScenarioFile";
import type { ScenarioSummaryDto } from "../bindings/ScenarioSummaryDto";
import type { StartDrillInput } from "../bindings/StartDrillInput";
import type { AddresseesDto } from "../bindings/AddresseesDto";
import type { CaseDocumentsDto } from "../bindings/CaseDocumentsDto";
import type { DocumentPreviewDto } from "../bindings/DocumentPreviewDto";
import type { DocumentRequest } from "../bindings/DocumentRequest";
import type { ParticularsInput } from "../bindings/ParticularsInput";
import type { PasteFieldDto } from "../bindings/PasteFieldDto";
import type { SaveDocumentInput } from "../bindings/SaveDocumentInput";
import type { SavedDocumentDto } from "../bindings/SavedDocumentDto";
import type { SaveSubmissionInput } from "../bindings/SaveSubmissionInput";
import type { BackupListDto } from "../bindings/BackupListDto";
import type { BackupSummaryDto } from "../bindings/BackupSummaryDto";
import type { BundleWrittenDto } from "../bindings/BundleWrittenDto";
import type { ImportResultDto } from "../bindings/ImportResultDto";
import type { KeyInfoDto } from "../bindings/KeyInfoDto";
import type { ProgressDto } from "../bindings/ProgressDto";
import type { TrustedKeyDto } from "../bindings/TrustedKeyDto";
import { invoke } from "@tauri-apps/api/core";
import type { AccountInput } from "../bindings/AccountInput";
import type { DestinationPolicyDto } from "../bindings/DestinationPolicyDto";
import type { SeverityLabelDto } from "../bindings/SeverityLabelDto";
import type { LinkCaseInput } from "../bindings/LinkCaseInput";
import type { ObligationsDto } from "../bindings/ObligationsDto";
import type { ObligationFactsInput } from "../bindings/ObligationFactsInput";
import type { NotificationStateInput } from "../bindings/NotificationStateInput";
import type { DeadlinesDto } from "../bindings/DeadlinesDto";
import type { CaseDetailDto } from "../bindings/CaseDetailDto";
import type { CaseFilterInput } from "../bindings/CaseFilterInput";
import type { CasePageDto } from "../bindings/CasePageDto";
import type { CisoReportInput } from "../bindings/CisoReportInput";
import type { CustodyInput } from "../bindings/CustodyInput";
import type { DecideInput } from "../bindings/DecideInput";
import type { EvidenceCheckDto } from "../bindings/EvidenceCheckDto";
import type { EvidenceFileInput } from "../bindings/EvidenceFileInput";
import type { EvidenceInput } from "../bindings/EvidenceInput";
import type { MeasureInput } from "../bindings/MeasureInput";
import type { MeetingInput } from "../bindings/MeetingInput";
import type { MoveCaseInput } from "../bindings/MoveCaseInput";
import type { PlaybookDto } from "../bindings/PlaybookDto";
import type { PlaybookInput } from "../bindings/PlaybookInput";
import type { ProposeDecisionInput } from "../bindings/ProposeDecisionInput";
import type { RootCauseInput } from "../bindings/RootCauseInput";
import type { TaskInput } from "../bindings/TaskInput";
import type { TaskStatusInput } from "../bindings/TaskStatusInput";
import type { TimelineEntryInput } from "../bindings/TimelineEntryInput";
import type { TriageInput } from "../bindings/TriageInput";
import type { Category } from "../bindings/Category";
import type { ChangePasswordInput } from "../bindings/ChangePasswordInput";
import type { ClassLevelInput } from "../bindings/ClassLevelInput";
import type { ContactDto } from "../bindings/ContactDto";
import type { ContactInput } from "../bindings/ContactInput";
import type { DepartmentDto } from "../bindings/DepartmentDto";
import type { DepartmentInput } from "../bindings/DepartmentInput";
import type { ExportDto } from "../bindings/ExportDto";
import type { GuidanceDto } from "../bindings/GuidanceDto";
import type { HomeDto } from "../bindings/HomeDto";
import type { OrgProfileInput } from "../bindings/OrgProfileInput";
import type { OrgSetupDto } from "../bindings/OrgSetupDto";
import type { PersonDto } from "../bindings/PersonDto";
import type { PersonInput } from "../bindings/PersonInput";
import type { PersonRef } from "../bindings/PersonRef";
import type { ReportDraftDto } from "../bindings/ReportDraftDto";
import type { ReportDto } from "../bindings/ReportDto";
import type { ReportOptionsDto } from "../bindings/ReportOptionsDto";
import type { ReportReceiptDto } from "../bindings/ReportReceiptDto";
import type { ReportSummaryDto } from "../bindings/ReportSummaryDto";
import type { SaveDraftInput } from "../bindings/SaveDraftInput";
import type { SessionDto } from "../bindings/SessionDto";
import type { CreateDatabaseInput } from "../bindings/CreateDatabaseInput";
import type { ChangePassphraseInput } from "../bindings/ChangePassphraseInput";
import type { EncryptionDto } from "../bindings/EncryptionDto";
import type { SetupInput } from "../bindings/SetupInput";
import type { SignInInput } from "../bindings/SignInInput";
import type { SubmitReportInput } from "../bindings/SubmitReportInput";
import type { SystemDto } from "../bindings/SystemDto";
import type { SystemInput } from "../bindings/SystemInput";
import type { Backend } from "./backend";
import { toApiError } from "./errors";

async function call<T>(command: string, input?: unknown): Promise<T> {
  return input === undefined ? callWith<T>(command) : callWith<T>(command, { input });
}

async function callWith<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return args === undefined ? await invoke<T>(command) : await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export class TauriBackend implements Backend {
  sessionStatus(): Promise<SessionDto> {
    return call("session_status");
  }

  signIn(input: SignInInput): Promise<SessionDto> {
    return call("sign_in", input);
  }

  signOut(): Promise<SessionDto> {
    return call("sign_out");
  }

  changePassword(input: ChangePasswordInput): Promise<SessionDto> {
    return call("change_password", input);
  }

  unlockDatabase(passphrase: string): Promise<SessionDto> {
    return callWith("unlock_database", { passphrase });
  }

  createDatabase(input: CreateDatabaseInput): Promise<SessionDto> {
    return call("create_database", input);
  }

  encryptionStatus(): Promise<EncryptionDto> {
    return call("encryption_status");
  }

  changePassphrase(input: ChangePassphraseInput): Promise<EncryptionDto> {
    return call("change_passphrase", input);
  }

  completeSetup(input: SetupInput): Promise<SessionDto> {
    return call("complete_setup", input);
  }

  loadDemo(): Promise<SessionDto> {
    return call("load_demo");
  }

  home(): Promise<HomeDto> {
    return call("home");
  }

  orgSetup(): Promise<OrgSetupDto> {
    return call("org_setup");
  }

  updateOrgProfile(input: OrgProfileInput): Promise<OrgSetupDto> {
    return call("update_org_profile", input);
  }

  updateClassLevel(input: ClassLevelInput): Promise<OrgSetupDto> {
    return call("update_class_level", input);
  }

  listDepartments(): Promise<DepartmentDto[]> {
    return call("list_departments");
  }

  saveDepartment(input: DepartmentInput): Promise<DepartmentDto[]> {
    return call("save_department", input);
  }

  listPeople(): Promise<PersonDto[]> {
    return call("list_people");
  }

  savePerson(input: PersonInput): Promise<PersonDto[]> {
    return call("save_person", input);
  }

  setAccount(input: AccountInput): Promise<PersonDto[]> {
    return call("set_account", input);
  }

  unlockAccount(input: PersonRef): Promise<PersonDto[]> {
    return call("unlock_account", input);
  }

  listSystems(): Promise<SystemDto[]> {
    return call("list_systems");
  }

  saveSystem(input: SystemInput): Promise<SystemDto[]> {
    return call("save_system", input);
  }

  listContacts(): Promise<ContactDto[]> {
    return call("list_contacts");
  }

  saveContact(input: ContactInput): Promise<ContactDto[]> {
    return call("save_contact", input);
  }

  exportContactsCsv(): Promise<ExportDto> {
    return call("export_contacts_csv");
  }

  reportOptions(): Promise<ReportOptionsDto> {
    return call("report_options");
  }

  saveReportDraft(input: SaveDraftInput): Promise<ReportDraftDto> {
    return call("save_report_draft", input);
  }

  openReportDrafts(): Promise<ReportDraftDto[]> {
    return call("open_report_drafts");
  }

  async discardReportDraft(draftId: string): Promise<void> {
    await callWith<null>("discard_report_draft", { draftId });
  }

  submitReport(input: SubmitReportInput): Promise<ReportReceiptDto> {
    return call("submit_report", input);
  }

  myReports(): Promise<ReportSummaryDto[]> {
    return call("my_reports");
  }

  allReports(): Promise<ReportSummaryDto[]> {
    return call("all_reports");
  }

  getReport(reportId: string): Promise<ReportDto> {
    return callWith("get_report", { reportId });
  }

  listGuidance(): Promise<GuidanceDto[]> {
    return call("list_guidance");
  }

  saveGuidance(input: GuidanceDto): Promise<GuidanceDto[]> {
    return call("save_guidance", input);
  }

  searchCases(filter: CaseFilterInput): Promise<CasePageDto> {
    return call("search_cases", filter);
  }

  getCase(caseId: string): Promise<CaseDetailDto> {
    return callWith("get_case", { caseId });
  }

  triageCase(input: TriageInput): Promise<CaseDetailDto> {
    return call("triage_case", input);
  }

  moveCase(input: MoveCaseInput): Promise<CaseDetailDto> {
    return call("move_case", input);
  }

  recordCisoReport(input: CisoReportInput): Promise<CaseDetailDto> {
    return call("record_ciso_report", input);
  }

  addTimelineEntry(input: TimelineEntryInput): Promise<CaseDetailDto> {
    return call("add_timeline_entry", input);
  }

  saveTask(input: TaskInput): Promise<CaseDetailDto> {
    return call("save_task", input);
  }

  setTaskStatus(input: TaskStatusInput): Promise<CaseDetailDto> {
    return call("set_task_status", input);
  }

  addEvidence(input: EvidenceInput): Promise<CaseDetailDto> {
    return call("add_evidence", input);
  }

  attachEvidenceFile(input: EvidenceFileInput): Promise<CaseDetailDto> {
    return call("attach_evidence_file", input);
  }

  transferCustody(input: CustodyInput): Promise<CaseDetailDto> {
    return call("transfer_custody", input);
  }

  recheckEvidence(caseId: string): Promise<EvidenceCheckDto> {
    return callWith("recheck_evidence", { caseId });
  }

  holdMeeting(input: MeetingInput): Promise<CaseDetailDto> {
    return call("hold_meeting", input);
  }

  proposeDecision(input: ProposeDecisionInput): Promise<CaseDetailDto> {
    return call("propose_decision", input);
  }

  decideDecision(input: DecideInput): Promise<CaseDetailDto> {
    return call("decide_decision", input);
  }

  saveRootCause(input: RootCauseInput): Promise<CaseDetailDto> {
    return call("save_root_cause", input);
  }

  severityLabels(): Promise<SeverityLabelDto[]> {
    return call("severity_labels");
  }

  saveSeverityLabels(input: SeverityLabelDto[]): Promise<SeverityLabelDto[]> {
    return call("save_severity_labels", input);
  }

  destinationPolicy(): Promise<DestinationPolicyDto> {
    return call("destination_policy");
  }

  saveDestinationPolicy(input: DestinationPolicyDto): Promise<DestinationPolicyDto> {
    return call("save_destination_policy", input);
  }

  linkCase(input: LinkCaseInput): Promise<CaseDetailDto> {
    return call("link_case", input);
  }

  saveMeasure(input: MeasureInput): Promise<CaseDetailDto> {
    return call("save_measure", input);
  }

  listPlaybooks(): Promise<PlaybookDto[]> {
    return call("list_playbooks");
  }

  playbookHistory(category: Category): Promise<PlaybookDto[]> {
    return callWith("playbook_history", { category });
  }

  savePlaybook(input: PlaybookInput): Promise<PlaybookDto[]> {
    return call("save_playbook", input);
  }

  caseObligations(caseId: string): Promise<ObligationsDto> {
    return callWith("case_obligations", { caseId });
  }

  saveObligationFacts(input: ObligationFactsInput): Promise<ObligationsDto> {
    return call("save_obligation_facts", input);
  }

  setNotificationState(input: NotificationStateInput): Promise<ObligationsDto> {
    return call("set_notification_state", input);
  }

  deadlines(): Promise<DeadlinesDto> {
    return call("deadlines");
  }

  caseDocuments(caseId: string): Promise<CaseDocumentsDto> {
    return callWith("case_documents", { caseId });
  }

  saveParticulars(input: ParticularsInput): Promise<CaseDocumentsDto> {
    return call("save_particulars", input);
  }

  documentPreview(request: DocumentRequest): Promise<DocumentPreviewDto> {
    return callWith("document_preview", { request });
  }

  ppcPasteText(request: DocumentRequest): Promise<PasteFieldDto[]> {
    return callWith("ppc_paste_text", { request });
  }

  saveDocument(input: SaveDocumentInput): Promise<SavedDocumentDto> {
    return call("save_document", input);
  }

  saveSubmission(input: SaveSubmissionInput): Promise<SavedDocumentDto> {
    return call("save_submission", input);
  }

  documentFolder(): Promise<string> {
    return call("document_folder");
  }

  documentAddressees(): Promise<AddresseesDto> {
    return call("document_addressees");
  }

  saveDocumentAddressees(input: AddresseesDto): Promise<AddresseesDto> {
    return call("save_document_addressees", input);
  }

  drillScenarios(): Promise<ScenarioSummaryDto[]> {
    return call("drill_scenarios");
  }

  drillScenario(key: string): Promise<ScenarioFile> {
    return callWith("drill_scenario", { key });
  }

  saveDrillScenario(input: SaveScenarioInput): Promise<ScenarioSummaryDto> {
    return call("save_drill_scenario", input);
  }

  importDrillScenario(input: ImportScenarioInput): Promise<ScenarioSummaryDto> {
    return call("import_drill_scenario", input);
  }

  listDrills(): Promise<DrillRowDto[]> {
    return call("list_drills");
  }

  getDrill(drillId: string): Promise<DrillDto> {
    return callWith("get_drill", { drillId });
  }

  planDrill(input: DrillPlanInput): Promise<DrillDto> {
    return call("plan_drill", input);
  }

  startDrill(input: StartDrillInput): Promise<DrillDto> {
    return call("start_drill", input);
  }

  drillTick(drillId: string): Promise<DrillDto> {
    return callWith("drill_tick", { drillId });
  }

  drillClock(input: DrillClockInput): Promise<DrillDto> {
    return call("drill_clock", input);
  }

  markInject(input: MarkInjectInput): Promise<DrillDto> {
    return call("mark_inject", input);
  }

  endDrill(drillId: string): Promise<DrillDto> {
    return callWith("end_drill", { drillId });
  }

  addDrillLog(input: DrillLogInput): Promise<DrillDto> {
    return call("add_drill_log", input);
  }

  saveAfterAction(input: AfterActionInput): Promise<DrillDto> {
    return call("save_after_action", input);
  }

  addDrillAction(input: DrillActionInput): Promise<DrillDto> {
    return call("add_drill_action", input);
  }

  revisePlaybookAfterDrill(drillId: string): Promise<DrillDto> {
    return callWith("revise_playbook_after_drill", { drillId });
  }

  approveDrill(drillId: string): Promise<DrillDto> {
    return callWith("approve_drill", { drillId });
  }

  reportDrillToCommittee(input: CommitteeReportInput): Promise<DrillDto> {
    return call("report_drill_to_committee", input);
  }

  recordDrillCall(input: DrillCallInput): Promise<DrillDto> {
    return call("record_drill_call", input);
  }

  saveDrillRecord(input: SaveDrillRecordInput): Promise<SavedFileDto> {
    return call("save_drill_record", input);
  }

  trainingYear(fiscalYear: number | null): Promise<TrainingYearDto> {
    return callWith("training_year", { fiscalYear });
  }

  saveTrainingPlan(input: TrainingPlanInput): Promise<TrainingYearDto> {
    return call("save_training_plan", input);
  }

  saveTrainingSession(input: TrainingSessionInput): Promise<TrainingSessionDetailDto> {
    return call("save_training_session", input);
  }

  trainingSession(sessionId: string): Promise<TrainingSessionDetailDto> {
    return callWith("training_session", { sessionId });
  }

  recordAttendance(input: AttendanceInput): Promise<TrainingSessionDetailDto> {
    return call("record_attendance", input);
  }

  importAttendanceCsv(input: AttendanceCsvInput): Promise<AttendanceImportDto> {
    return call("import_attendance_csv", input);
  }

  trainingHistory(personId: string): Promise<TrainingHistoryDto> {
    return callWith("training_history", { personId });
  }

  trainingAlert(): Promise<TrainingAlertListDto> {
    return call("training_alert");
  }

  listMyNumberHandlers(): Promise<MyNumberHandlerDto[]> {
    return call("list_my_number_handlers");
  }

  setMyNumberHandler(input: MyNumberHandlerInput): Promise<MyNumberHandlerDto[]> {
    return call("set_my_number_handler", input);
  }

  saveTrainingReport(input: SaveTrainingReportInput): Promise<SavedTrainingReportDto> {
    return call("save_training_report", input);
  }

  dashboard(): Promise<DashboardDto> {
    return call("dashboard");
  }

  statistics(input: StatsQuery): Promise<StatisticsDto> {
    return call("statistics", input);
  }

  exportStatisticsCsv(input: StatsQuery): Promise<ExportDto> {
    return call("export_statistics_csv", input);
  }

  saveAnnualReport(input: SaveAnnualReportInput): Promise<SavedFileDto> {
    return call("save_annual_report", input);
  }

  progress(): Promise<ProgressDto | null> {
    return callWith("progress");
  }

  listBackups(): Promise<BackupListDto> {
    return callWith("list_backups");
  }

  makeBackup(path: string): Promise<BackupSummaryDto> {
    return callWith("make_backup", { path });
  }

  checkBackup(path: string): Promise<BackupSummaryDto> {
    return callWith("check_backup", { path });
  }

  installationKey(): Promise<KeyInfoDto> {
    return callWith("installation_key");
  }

  listTrustedKeys(): Promise<TrustedKeyDto[]> {
    return callWith("list_trusted_keys");
  }

  trustKey(name: string, publicKey: string): Promise<TrustedKeyDto> {
    return callWith("trust_key", { name, publicKey });
  }

  revokeKey(fingerprint: string): Promise<TrustedKeyDto> {
    return callWith("revoke_key", { fingerprint });
  }

  exportCaseBundle(caseId: string, path: string): Promise<BundleWrittenDto> {
    return callWith("export_case_bundle", { caseId, path });
  }

  exportReportBundle(reportId: string, path: string): Promise<BundleWrittenDto> {
    return callWith("export_report_bundle", { reportId, path });
  }

  importBundle(path: string): Promise<ImportResultDto> {
    return callWith("import_bundle", { path });
  }
}
