// The typed interface every implementation provides.

import type { BackupListDto } from "../bindings/BackupListDto";
import type { BackupSummaryDto } from "../bindings/BackupSummaryDto";
import type { BundleWrittenDto } from "../bindings/BundleWrittenDto";
import type { ImportResultDto } from "../bindings/ImportResultDto";
import type { KeyInfoDto } from "../bindings/KeyInfoDto";
import type { ProgressDto } from "../bindings/ProgressDto";
import type { TrustedKeyDto } from "../bindings/TrustedKeyDto";
import type { AttendanceCsvInput } from "../bindings/AttendanceCsvInput";
import type { DashboardDto } from "../bindings/DashboardDto";
import type { SaveAnnualReportInput } from "../bindings/SaveAnnualReportInput";
import type { StatisticsDto } from "../bindings/StatisticsDto";
import type { StatsQuery } from "../bindings/StatsQuery";
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

/**
 * Every call rejects with an `ApiError` (see `toApiError`), never with anything else. Every call
 * but `sessionStatus`, `signIn`, `completeSetup` and `loadDemo` needs a session and may reject with
 * code `unauthenticated`; the `save…`/`update…` calls reject non-administrators with `forbidden`.
 */
export interface Backend {
  // Session
  /** Who is signed in, whether the screen is locked, whether setup is done. */
  sessionStatus(): Promise<SessionDto>;
  signIn(input: SignInInput): Promise<SessionDto>;
  signOut(): Promise<SessionDto>;
  changePassword(input: ChangePasswordInput): Promise<SessionDto>;

  // Encryption at rest (the database file)
  /** Opens the encrypted database with the organization's passphrase (code `databaseLocked` before). */
  unlockDatabase(passphrase: string): Promise<SessionDto>;
  /** First run: creates the database encrypted with a new passphrase (code `noDatabase` before). */
  createDatabase(input: CreateDatabaseInput): Promise<SessionDto>;
  /** Whether the database is encrypted (管理者). */
  encryptionStatus(): Promise<EncryptionDto>;
  /** Changes the passphrase; the database is re-encrypted with the new key (管理者). */
  changePassphrase(input: ChangePassphraseInput): Promise<EncryptionDto>;

  // First run
  /** Creates the organization and its administrator, and signs the administrator in. */
  completeSetup(input: SetupInput): Promise<SessionDto>;
  /** Fills the database with the fictional 架空市 demo data and signs in its administrator. */
  loadDemo(): Promise<SessionDto>;

  /** The state the home screen needs. */
  home(): Promise<HomeDto>;

  // Organization setup
  orgSetup(): Promise<OrgSetupDto>;
  updateOrgProfile(input: OrgProfileInput): Promise<OrgSetupDto>;
  updateClassLevel(input: ClassLevelInput): Promise<OrgSetupDto>;
  listDepartments(): Promise<DepartmentDto[]>;
  saveDepartment(input: DepartmentInput): Promise<DepartmentDto[]>;
  listPeople(): Promise<PersonDto[]>;
  savePerson(input: PersonInput): Promise<PersonDto[]>;
  setAccount(input: AccountInput): Promise<PersonDto[]>;
  unlockAccount(input: PersonRef): Promise<PersonDto[]>;
  listSystems(): Promise<SystemDto[]>;
  saveSystem(input: SystemInput): Promise<SystemDto[]>;
  listContacts(): Promise<ContactDto[]>;
  saveContact(input: ContactInput): Promise<ContactDto[]>;
  /** Writes the 緊急連絡網 as CSV (UTF-8 with BOM) into the data folder's exports/. */
  exportContactsCsv(): Promise<ExportDto>;

  // Staff report (職員報告)
  /** Departments, systems, classification levels, the organization's guidance, and me (to prefill). */
  reportOptions(): Promise<ReportOptionsDto>;
  /**
   * Saves the form exactly as typed (`draftId` null starts a new draft) and answers with every
   * issue of the whole form, each with its step. Never refuses a form for its content.
   */
  saveReportDraft(input: SaveDraftInput): Promise<ReportDraftDto>;
  /** The signed-in person's open drafts, most recent first. */
  openReportDrafts(): Promise<ReportDraftDto[]>;
  /** Sets a draft aside: it is no longer offered, but its text is kept. */
  discardReportDraft(draftId: string): Promise<void>;
  /**
   * Files the report: rejects with `validation` (`field`, `args.fieldId`, `args.step`) naming the
   * first field at fault; the form is saved to the draft first either way.
   */
  submitReport(input: SubmitReportInput): Promise<ReportReceiptDto>;
  /** The reports the signed-in person entered or filed, newest first. */
  myReports(): Promise<ReportSummaryDto[]>;
  /** Every report (CSIRT roles; others get `forbidden`). */
  allReports(): Promise<ReportSummaryDto[]>;
  getReport(reportId: string): Promise<ReportDto>;
  /** Categories whose first-response guidance the organization has rewritten. */
  listGuidance(): Promise<GuidanceDto[]>;
  /** Rewrites one category's guidance (administrators); empty steps restore the default. */
  saveGuidance(input: GuidanceDto): Promise<GuidanceDto[]>;

  // CSIRT case work (CSIRT roles; others get `forbidden`). Every change answers with the whole case.
  /** Filtered, sorted, paged case list. */
  searchCases(filter: CaseFilterInput): Promise<CasePageDto>;
  /** One case: triage, tasks, recovery checklist, evidence, meetings, decisions, root cause, measures, timeline. */
  getCase(caseId: string): Promise<CaseDetailDto>;
  /** Saves triage notes (no state change). */
  triageCase(input: TriageInput): Promise<CaseDetailDto>;
  /** A workflow move; refused with `validation` / `error-case-move-missing` and `args.missing` (comma list). */
  moveCase(input: MoveCaseInput): Promise<CaseDetailDto>;
  /** Records the 第一報 to the CISO (completes the CISO-report task). */
  recordCisoReport(input: CisoReportInput): Promise<CaseDetailDto>;
  /** A free timeline entry (observation, decision, communication) with its own "occurred at". */
  addTimelineEntry(input: TimelineEntryInput): Promise<CaseDetailDto>;
  /** Adds (no taskId) or edits a task or recovery checklist item. */
  saveTask(input: TaskInput): Promise<CaseDetailDto>;
  /** Done (note optional), waived (note = reason, required) or open again. */
  setTaskStatus(input: TaskStatusInput): Promise<CaseDetailDto>;
  addEvidence(input: EvidenceInput): Promise<CaseDetailDto>;
  /** Attaches a file (base64, at most 50 MB); stored content-addressed, its SHA-256 recorded. */
  attachEvidenceFile(input: EvidenceFileInput): Promise<CaseDetailDto>;
  transferCustody(input: CustodyInput): Promise<CaseDetailDto>;
  /** Re-hashes every evidence file of the case and lists those that no longer match. */
  recheckEvidence(caseId: string): Promise<EvidenceCheckDto>;
  /** Records a 緊急対策会議 (participants, agenda, notes). */
  holdMeeting(input: MeetingInput): Promise<CaseDetailDto>;
  proposeDecision(input: ProposeDecisionInput): Promise<CaseDetailDto>;
  /** Approves or rejects; the proposer gets `forbidden` (error-decision-own-proposal). */
  decideDecision(input: DecideInput): Promise<CaseDetailDto>;
  saveRootCause(input: RootCauseInput): Promise<CaseDetailDto>;
  /** Adds (no measureId) or edits a recurrence-prevention measure. */
  saveMeasure(input: MeasureInput): Promise<CaseDetailDto>;
  /** The organization's names for the 重要度 levels (empty: the standard label). */
  severityLabels(): Promise<SeverityLabelDto[]>;
  /** Renames 重要度 levels (administrators); empty restores the standard label. */
  saveSeverityLabels(input: SeverityLabelDto[]): Promise<SeverityLabelDto[]>;
  /** Whom the organization tells beyond the law (総務省, 都道府県, 公表 …), and when. */
  destinationPolicy(): Promise<DestinationPolicyDto>;
  /** Saves it (administrators); open cases are assessed with it from then on. */
  saveDestinationPolicy(input: DestinationPolicyDto): Promise<DestinationPolicyDto>;
  /** Links the case to another by its 受付番号 (重複 / 関連); links are kept. */
  linkCase(input: LinkCaseInput): Promise<CaseDetailDto>;

  // Playbooks (事故対応手順書)
  /** The current playbook of every category (revision 0 = built-in). */
  listPlaybooks(): Promise<PlaybookDto[]>;
  /** Every revision of one category's playbook, newest first, ending with the built-in one. */
  playbookHistory(category: Category): Promise<PlaybookDto[]>;
  /** Saves a new revision (管理者, CSIRT責任者); answers with the category's history. */
  savePlaybook(input: PlaybookInput): Promise<PlaybookDto[]>;

  // Obligations and the notification tracker (regulatory.md §1–§4)
  /** A case's obligations, their tracker rows (one per submission) and 知った日. */
  caseObligations(caseId: string): Promise<ObligationsDto>;
  /** Saves the facts; the first save fixes 知った日 (`knownOn`), later ones keep it and recompute. */
  saveObligationFacts(input: ObligationFactsInput): Promise<ObligationsDto>;
  /** Moves one submission: 要否判断中/下書き/送付済 (sentAt + method)/受領確認/追完, or 不要 (reason). */
  setNotificationState(input: NotificationStateInput): Promise<ObligationsDto>;
  /** Every owed, open submission with a date over all open cases, earliest first. */
  deadlines(): Promise<DeadlinesDto>;

  // Documents (issue 7): regulator-ready PDFs of a case
  /** The nine document kinds with whether each makes sense for the case (and why not), its 報告事項 and what was recorded as submitted. */
  caseDocuments(caseId: string): Promise<CaseDocumentsDto>;
  /** Saves a case's 報告事項 (CSIRT); errors name the field, nothing is saved then. */
  saveParticulars(input: ParticularsInput): Promise<CaseDocumentsDto>;
  /** The document as the PDF will say it (refused with a `forms-na-*` reason when it makes no sense). */
  documentPreview(request: DocumentRequest): Promise<DocumentPreviewDto>;
  /** The PPC online form's fields with the text to paste into each. */
  ppcPasteText(request: DocumentRequest): Promise<PasteFieldDto[]>;
  /** Writes the PDF to the chosen file; with `record`, that exact version is recorded as submitted first. */
  saveDocument(input: SaveDocumentInput): Promise<SavedDocumentDto>;
  /** Writes a recorded version's exact bytes to the chosen file. */
  saveSubmission(input: SaveSubmissionInput): Promise<SavedDocumentDto>;
  /** The folder documents are saved in unless the user chooses another. */
  documentFolder(): Promise<string>;

  /** Whom documents to outside bodies are addressed to (defaults filled in). */
  documentAddressees(): Promise<AddresseesDto>;
  /** Saves them (administrators); an emptied line goes back to its default. */
  saveDocumentAddressees(input: AddresseesDto): Promise<AddresseesDto>;

  // Drills (issue 8): 管理者, CSIRT責任者 and 統括 (`Action::RunDrills`); others get `forbidden`.
  // Every change answers with the whole drill.
  /** The built-in scenario library, then the organization's own scenarios. */
  drillScenarios(): Promise<ScenarioSummaryDto[]>;
  /** One scenario, whole (to copy or edit). */
  drillScenario(key: string): Promise<ScenarioFile>;
  /** Saves an own scenario; the library's keys are refused at `key`. */
  saveDrillScenario(input: SaveScenarioInput): Promise<ScenarioSummaryDto>;
  /** A JSON scenario, or a CSV of injects replacing those of `key`; a bad row is named (`injects[<row>].<field>`), nothing is saved. */
  importDrillScenario(input: ImportScenarioInput): Promise<ScenarioSummaryDto>;
  /** Every drill, newest first. */
  listDrills(): Promise<DrillRowDto[]>;
  getDrill(drillId: string): Promise<DrillDto>;
  /** Plans a drill (or changes a plan not yet started); errors name the field. */
  planDrill(input: DrillPlanInput): Promise<DrillDto>;
  /** Starts it at a speed: opens the drill case and releases the 0:00 injects. */
  startDrill(input: StartDrillInput): Promise<DrillDto>;
  /** Releases the injects the scenario clock has passed (the facilitator's screen calls it every second). */
  drillTick(drillId: string): Promise<DrillDto>;
  /** play | pause | speed (value) | skip (to value scenario minutes). */
  drillClock(input: DrillClockInput): Promise<DrillDto>;
  /** 達成 / 未達 with a note, for a released inject. */
  markInject(input: MarkInjectInput): Promise<DrillDto>;
  endDrill(drillId: string): Promise<DrillDto>;
  addDrillLog(input: DrillLogInput): Promise<DrillDto>;
  saveAfterAction(input: AfterActionInput): Promise<DrillDto>;
  /** An improvement action: a task on the drill case. */
  addDrillAction(input: DrillActionInput): Promise<DrillDto>;
  /** Opens a new revision of the exercised playbook (also needs `EditPlaybooks`). */
  revisePlaybookAfterDrill(drillId: string): Promise<DrillDto>;
  /** Approves the review (`ApproveDecisions`, not the drill's planner). */
  approveDrill(drillId: string): Promise<DrillDto>;
  reportDrillToCommittee(input: CommitteeReportInput): Promise<DrillDto>;
  /** One call of a 連絡網疎通訓練. */
  recordDrillCall(input: DrillCallInput): Promise<DrillDto>;
  /** Writes the 訓練実施記録 PDF to the path the user typed. */
  saveDrillRecord(input: SaveDrillRecordInput): Promise<SavedFileDto>;

  // Training (研修, issue 8): reading needs `ViewTraining` (管理者, CSIRT責任者, 統括, CISO), writing
  // `ManageTraining` (管理者, 統括); others get `forbidden`. Days are `YYYY-MM-DD`.
  /** A 年度's plan and sessions with their attendance figures (null: the current 年度). */
  trainingYear(fiscalYear: number | null): Promise<TrainingYearDto>;
  /** Saves the 年度's plan (replacing it); errors name the field. */
  saveTrainingPlan(input: TrainingPlanInput): Promise<TrainingYearDto>;
  /** Adds (no sessionId) or edits a session; a make-up names its original (`makeupOf`). */
  saveTrainingSession(input: TrainingSessionInput): Promise<TrainingSessionDetailDto>;
  /** A session with everyone's attendance and its make-ups. */
  trainingSession(sessionId: string): Promise<TrainingSessionDetailDto>;
  /** Records attendance; the first bad entry is named (`entries[<i>].comprehension`), nothing is saved then. */
  recordAttendance(input: AttendanceInput): Promise<TrainingSessionDetailDto>;
  /** Imports an attendance CSV, all or nothing; a bad row is named (`rows[<row>].<column>`, args row, line, column). */
  importAttendanceCsv(input: AttendanceCsvInput): Promise<AttendanceImportDto>;
  /** Every session a person attended or missed (their own: anyone signed in). */
  trainingHistory(personId: string): Promise<TrainingHistoryDto>;
  /** The 特定個人情報 handlers without a session on サイバー脅威と対策 in the last 12 months, with why. */
  trainingAlert(): Promise<TrainingAlertListDto>;
  listMyNumberHandlers(): Promise<MyNumberHandlerDto[]>;
  /** Designates a person as a handler, or ends the designation (kept with its end day). */
  setMyNumberHandler(input: MyNumberHandlerInput): Promise<MyNumberHandlerDto[]>;
  /** Writes the 研修実施報告 PDF of a 年度 to the path the user typed. */
  saveTrainingReport(input: SaveTrainingReportInput): Promise<SavedTrainingReportDto>;

  // Oversight (issue 10): those who see every case (`Action::ViewAllCases`); others get `forbidden`.
  /** The dashboard: open real cases by state and 重要度, deadline counts, what waits on the CISO, the next drill, training overdue. */
  dashboard(): Promise<DashboardDto>;
  /** Statistics of real cases in a period, grouped; a bad day names `from` / `to`. */
  statistics(input: StatsQuery): Promise<StatisticsDto>;
  /** Writes the statistics CSV (UTF-8 with BOM) to `<data dir>/exports/` and answers with its path. */
  exportStatisticsCsv(input: StatsQuery): Promise<ExportDto>;
  /** Writes the 年次報告 PDF of a 年度 to the path the user typed. */
  saveAnnualReport(input: SaveAnnualReportInput): Promise<SavedFileDto>;

  // Data safety (issue 9). Long operations leave their progress for `progress` while they run.
  /** The latest progress of the long operation running (backup, bundle), or null. */
  progress(): Promise<ProgressDto | null>;
  /** The backups folder, the path offered for a new backup, and the backups in it (`MakeBackups`). */
  listBackups(): Promise<BackupListDto>;
  /** Writes a backup to a new file (`MakeBackups`); an empty path names `backupPath`. */
  makeBackup(path: string): Promise<BackupSummaryDto>;
  /** Reads a backup completely against its manifest and answers what it holds; writes nothing. */
  checkBackup(path: string): Promise<BackupSummaryDto>;
  /** This installation's signing key (`ManageOrganization`). */
  installationKey(): Promise<KeyInfoDto>;
  listTrustedKeys(): Promise<TrustedKeyDto[]>;
  trustKey(name: string, publicKey: string): Promise<TrustedKeyDto>;
  /** Revokes a trusted key (the row stays, with the time). */
  revokeKey(fingerprint: string): Promise<TrustedKeyDto>;
  /** Writes a signed case bundle to a new file (`ViewAllCases`). */
  exportCaseBundle(caseId: string, path: string): Promise<BundleWrittenDto>;
  /** Writes a submitted report as a signed file: its reporter, or `HandleCases`. */
  exportReportBundle(reportId: string, path: string): Promise<BundleWrittenDto>;
  /** Imports a signed case or report bundle (`HandleCases`); everything is checked before writing. */
  importBundle(path: string): Promise<ImportResultDto>;
}
