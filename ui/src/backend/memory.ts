// `Backend` held in memory: for component tests and for browser-mode development.
// It mimics the Rust side's observable behaviour (setup, sessions, idle lock, lockout, roles,
// validation with field names and message ids), not its storage.

import type { BackupListDto } from "../bindings/BackupListDto";
import type { BackupSummaryDto } from "../bindings/BackupSummaryDto";
import type { BundleWrittenDto } from "../bindings/BundleWrittenDto";
import type { ImportResultDto } from "../bindings/ImportResultDto";
import type { KeyInfoDto } from "../bindings/KeyInfoDto";
import type { ProgressDto } from "../bindings/ProgressDto";
import type { TrustedKeyDto } from "../bindings/TrustedKeyDto";
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
import { MemoryTraining } from "./memory-training";
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
import { MemoryDrills } from "./memory-drills";
import { toLocalDateTime } from "./memory-report";
import type { AccountInput } from "../bindings/AccountInput";
import type { DestinationPolicyDto } from "../bindings/DestinationPolicyDto";
import type { ObligationsDto } from "../bindings/ObligationsDto";
import type { ObligationFactsInput } from "../bindings/ObligationFactsInput";
import type { NotificationStateInput } from "../bindings/NotificationStateInput";
import type { DeadlinesDto } from "../bindings/DeadlinesDto";
import { MemoryObligations } from "./memory-obligations";
import { MemoryDocuments } from "./memory-documents";
import type { AddresseesDto } from "../bindings/AddresseesDto";
import type { CaseDocumentsDto } from "../bindings/CaseDocumentsDto";
import type { DocumentPreviewDto } from "../bindings/DocumentPreviewDto";
import type { DocumentRequest } from "../bindings/DocumentRequest";
import type { ParticularsInput } from "../bindings/ParticularsInput";
import type { PasteFieldDto } from "../bindings/PasteFieldDto";
import type { SaveDocumentInput } from "../bindings/SaveDocumentInput";
import type { SavedDocumentDto } from "../bindings/SavedDocumentDto";
import type { SaveSubmissionInput } from "../bindings/SaveSubmissionInput";
import type { Severity } from "../bindings/Severity";
import type { SeverityLabelDto } from "../bindings/SeverityLabelDto";
import type { LinkCaseInput } from "../bindings/LinkCaseInput";
import type { ApiError } from "../bindings/ApiError";
import type { CallDto } from "../bindings/CallDto";
import type { CaseDetailDto } from "../bindings/CaseDetailDto";
import type { CaseFilterInput } from "../bindings/CaseFilterInput";
import type { CasePageDto } from "../bindings/CasePageDto";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { CisoReportInput } from "../bindings/CisoReportInput";
import type { CustodyInput } from "../bindings/CustodyInput";
import type { DecideInput } from "../bindings/DecideInput";
import type { EvidenceCheckDto } from "../bindings/EvidenceCheckDto";
import type { EvidenceFileInput } from "../bindings/EvidenceFileInput";
import type { EvidenceInput } from "../bindings/EvidenceInput";
import type { MeasureInput } from "../bindings/MeasureInput";
import type { MeetingInput } from "../bindings/MeetingInput";
import type { MoveCaseInput } from "../bindings/MoveCaseInput";
import type { ProposeDecisionInput } from "../bindings/ProposeDecisionInput";
import type { RootCauseInput } from "../bindings/RootCauseInput";
import type { TaskInput } from "../bindings/TaskInput";
import type { TaskStatusInput } from "../bindings/TaskStatusInput";
import type { TimelineEntryInput } from "../bindings/TimelineEntryInput";
import type { TriageInput } from "../bindings/TriageInput";
import type { Category } from "../bindings/Category";
import type { ChangePasswordInput } from "../bindings/ChangePasswordInput";
import type { ClassLevelDto } from "../bindings/ClassLevelDto";
import type { ClassLevelInput } from "../bindings/ClassLevelInput";
import type { ContactDto } from "../bindings/ContactDto";
import type { ContactInput } from "../bindings/ContactInput";
import type { DepartmentDto } from "../bindings/DepartmentDto";
import type { DepartmentInput } from "../bindings/DepartmentInput";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { ExportDto } from "../bindings/ExportDto";
import type { GuidanceDto } from "../bindings/GuidanceDto";
import type { HomeDto } from "../bindings/HomeDto";
import type { OrgProfileDto } from "../bindings/OrgProfileDto";
import type { OrgProfileInput } from "../bindings/OrgProfileInput";
import type { OrgSetupDto } from "../bindings/OrgSetupDto";
import type { PersonDto } from "../bindings/PersonDto";
import type { PersonInput } from "../bindings/PersonInput";
import type { PersonRef } from "../bindings/PersonRef";
import type { PlaybookDto } from "../bindings/PlaybookDto";
import type { PlaybookInput } from "../bindings/PlaybookInput";
import type { ReportDraftDto } from "../bindings/ReportDraftDto";
import type { ReportDto } from "../bindings/ReportDto";
import type { ReportFormDto } from "../bindings/ReportFormDto";
import type { ReportOptionsDto } from "../bindings/ReportOptionsDto";
import type { ReportReceiptDto } from "../bindings/ReportReceiptDto";
import type { ReportSummaryDto } from "../bindings/ReportSummaryDto";
import type { Role } from "../bindings/Role";
import type { SaveDraftInput } from "../bindings/SaveDraftInput";
import type { SchemePreset } from "../bindings/SchemePreset";
import type { SessionDto } from "../bindings/SessionDto";
import type { CreateDatabaseInput } from "../bindings/CreateDatabaseInput";
import type { ChangePassphraseInput } from "../bindings/ChangePassphraseInput";
import type { EncryptionDto } from "../bindings/EncryptionDto";
import type { SetupInput } from "../bindings/SetupInput";
import type { SetupState } from "../bindings/SetupState";
import type { SignInInput } from "../bindings/SignInInput";
import type { SubmitReportInput } from "../bindings/SubmitReportInput";
import type { SystemDto } from "../bindings/SystemDto";
import type { SystemInput } from "../bindings/SystemInput";
import { CASE_STATES } from "../l10n/labels";
import type { Backend } from "./backend";
import {
  DEMO_CASES,
  DEMO_CONTRACTORS,
  DEMO_DEPARTMENTS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_SYSTEMS,
  PRESET_LEVELS,
  presetContacts,
} from "./memory-data";
import { decodeBase64, MemoryCaseWork, sha256Hex, type CaseActor } from "./memory-cases";
import { MemoryPlaybooks } from "./memory-playbooks";
import { MemoryStats } from "./memory-stats";
import { MemorySafety } from "./memory-safety";
import { caseTitle, checkReportForm, parseLocalDateTime, receiptNumber, receiptPeriod, type FormRefs } from "./memory-report";

export { DEMO_CASES, DEMO_ORGANIZATION, DEMO_PASSWORD } from "./memory-data";

/** Where a fresh `MemoryBackend` starts. */
export type MemoryStart = "firstRun" | "demo";

export interface MemoryBackendOptions {
  start?: MemoryStart;
  /** With `start: "demo"`: the login id signed in from the start (default: nobody). */
  signedInAs?: string | null;
  /** Simulated latency of every call, in milliseconds. */
  delayMs?: number;
  /** When set, every call rejects with this error (until `failWith(null)`). */
  failWith?: ApiError | null;
  /** Milliseconds since the epoch; tests pass a fake clock for the idle lock. */
  now?: () => number;
}

interface Account {
  loginId: string;
  password: string;
  mustChangePassword: boolean;
  failedAttempts: number;
  locked: boolean;
}

interface Person extends Omit<PersonDto, "departmentName" | "account"> {
  account: Account | null;
}

interface Department {
  id: string;
  name: string;
  shortName: string;
  managerPersonId: string | null;
}

interface Draft {
  id: string;
  owner: string;
  step: number;
  form: ReportFormDto;
  status: "open" | "submitted" | "discarded";
  createdAt: string;
  updatedAt: string;
}

interface Report {
  summary: ReportSummaryDto;
  form: ReportFormDto;
  enteredBy: string;
  reporterPersonId: string | null;
}

interface Session {
  personId: string;
  locked: boolean;
  lastActivity: number;
}

/** Real cases per state: drill cases are never counted (as on the Rust side). */
function countByState(cases: readonly CaseSummaryDto[]) {
  return CASE_STATES.map((state) => ({
    state,
    count: cases.filter((c) => c.state === state && !c.drill).length,
  }));
}

/** `orgName` → `field-org-name`, as the Rust side's `fluent_id("field", …)`. */
function fieldId(field: string): string {
  return `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function apiError(code: ErrorCode, messageId: string, field: string | null = null): ApiError {
  return { code, messageId, args: field ? { fieldId: fieldId(field) } : {}, field };
}

/** 重要度 levels, lowest first (the order Rust answers in). */
const SEVERITY_ORDER: readonly Severity[] = ["low", "medium", "high", "critical"];

function invalid(field: string, messageId: string): ApiError {
  return apiError("validation", messageId, field);
}

function required(field: string, value: string, max = 100): string {
  const v = value.trim();
  if (!v) throw invalid(field, "error-field-required");
  if ([...v].length > max) throw invalid(field, "error-field-too-long");
  return v;
}

function optional(field: string, value: string, max = 100): string {
  const v = value.trim();
  if ([...v].length > max) throw invalid(field, "error-field-too-long");
  return v;
}

function phone(field: string, value: string): string {
  const v = optional(field, value, 30);
  if (!/^[0-9()+\- ]*$/.test(v)) throw invalid(field, "error-phone-format");
  return v;
}

function email(field: string, value: string): string {
  const v = optional(field, value, 254);
  if (v && !/^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]+$/.test(v)) throw invalid(field, "error-email-format");
  return v;
}

function range(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, "error-out-of-range");
  return value;
}

function loginIdOf(field: string, value: string): string {
  const v = value.trim();
  if (!v) throw invalid(field, "error-field-required");
  if (!/^[A-Za-z0-9._-]{3,32}$/.test(v)) throw invalid(field, "error-login-id-format");
  return v.toLowerCase();
}

/** 004 第52条5, as the Rust side's `check_password`. */
function checkPassword(field: string, loginId: string, password: string): void {
  const chars = [...password];
  if (chars.length < 8) throw invalid(field, "error-password-too-short");
  if (chars.length > 128) throw invalid(field, "error-field-too-long");
  if (password.toLowerCase() === loginId.toLowerCase()) throw invalid(field, "error-password-same-as-login");
  if (chars.every((c) => c === chars[0])) throw invalid(field, "error-password-repeated");
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (kinds < 2) throw invalid(field, "error-password-kinds");
}

function docNumberFormat(value: string): string {
  const v = required("docNumberFormat", value, 40);
  const rest = v.replaceAll("{課略称}", "").replaceAll("{年度}", "").replaceAll("{n}", "");
  if (!v.includes("{n}") || rest.includes("{") || rest.includes("}")) {
    throw invalid("docNumberFormat", "error-doc-number-format");
  }
  return v;
}

function receiptFormat(value: string): string {
  const v = required("receiptFormat", value, 30);
  const rest = v.replaceAll("{年度}", "").replaceAll("{年}", "").replaceAll("{n}", "");
  if (!v.includes("{n}") || rest.includes("{") || rest.includes("}")) {
    throw invalid("receiptFormat", "error-receipt-format");
  }
  return v;
}

/** RFC 3339 UTC to the second, as the Rust side stores instants. */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `loss_theft` → `lossTheft`. */
function camel(code: string): string {
  return code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

const VIEW_ALL_CASES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];

export class MemoryBackend implements Backend {
  /** The database file: open, encrypted and not unlocked yet, or not created yet (first run). */
  private database: { state: "open" | "locked" | "missing"; passphrase: string | null; rekeyedAt: string | null } = {
    state: "open",
    passphrase: null,
    rekeyedAt: null,
  };
  private setup: SetupState = "firstRun";
  private demo = false;
  private org: OrgProfileDto | null = null;
  private scheme: SchemePreset = "soumuGuideline";
  private levels: ClassLevelDto[] = [];
  private departments: Department[] = [];
  private people: Person[] = [];
  private systems: Omit<SystemDto, "departmentName">[] = [];
  private contacts: ContactDto[] = [];
  private cases: CaseSummaryDto[] = [];
  private drafts: Draft[] = [];
  private reports: Report[] = [];
  private guidance = new Map<Category, string[]>();
  private severityNames = new Map<Severity, string>();
  /** The reporting policy (the seed policies' defaults, as Rust's `DestinationPolicy::default`). */
  private policy: DestinationPolicyDto = {
    soumu: { when: "always", severity: null, targetDays: null },
    prefecture: { when: "always", severity: null, targetDays: null },
    policeOnMalware: false,
    ipa: true,
    jpcert: true,
    publication: { immediateFrom: "high", immediateWhenStatutory: true, batch: true },
    committee: true,
  };
  private receiptSeq = new Map<string, number>();
  private session: Session | null = null;
  private nextId = 1;
  private exports = 0;
  private readonly delayMs: number;
  private readonly now: () => number;
  private failure: ApiError | null;
  /** Names of the calls made so far, for assertions in tests. */
  readonly calls: string[] = [];
  /** 事故対応手順書: built-in and saved revisions (memory-playbooks.ts). */
  private readonly playbooks = new MemoryPlaybooks();
  /** Tasks, evidence, decisions … of the cases (memory-cases.ts). */
  private readonly caseWork = new MemoryCaseWork({
    now: () => this.now(),
    id: (prefix) => this.id(prefix),
    cases: () => this.cases,
    people: () => this.people,
    cisoTargetMinutes: () => this.org?.cisoReportTargetMinutes ?? 60,
    cisoTitle: () => this.org?.cisoTitle ?? "CISO",
    reportIds: (caseId) => this.reports.filter((r) => r.summary.caseId === caseId).map((r) => r.summary.reportId),
    playbook: (category) => this.playbooks.current(category),
  });

  private readonly obligations = new MemoryObligations({
    now: () => this.now(),
    cases: () => this.cases,
    noticedAt: (caseId) => {
      const report = this.reports.find((r) => r.summary.caseId === caseId);
      const noticed = report ? parseLocalDateTime(report.form.noticedAt) : null;
      return noticed ?? null;
    },
  });

  private lastActor = "";
  private readonly documents = new MemoryDocuments({
    now: () => this.now(),
    cases: () => this.cases,
    owed: (caseId) => {
      const o = this.obligations.caseObligations(["csirtLead"], caseId);
      return o.facts ? o.rows.filter((r) => r.owed).map((r) => r.destination) : null;
    },
    actor: () => this.lastActor,
  });

  /** Backups, keys and bundle files (memory-safety.ts). */
  private readonly safety = new MemorySafety({
    now: () => this.now(),
    cases: () => this.cases,
    report: (reportId, personId) => {
      const r = this.reports.find((x) => x.summary.reportId === reportId);
      return r ? { caseId: r.summary.caseId, own: r.enteredBy === personId || r.reporterPersonId === personId } : null;
    },
  });

  constructor(options: MemoryBackendOptions = {}) {
    this.delayMs = options.delayMs ?? 0;
    this.failure = options.failWith ?? null;
    this.now = options.now ?? (() => Date.now());
    if (options.start === "demo") {
      this.fillDemo();
      const person = options.signedInAs ? this.personByLogin(options.signedInAs) : undefined;
      if (person) this.startSession(person.id);
    }
  }

  /** Makes every following call reject with `error`, or succeed again with `null`. */
  failWith(error: ApiError | null): void {
    this.failure = error;
  }

  /** Tests: replaces a stored evidence file's bytes (null: the file is gone), for the re-check. */
  tamperEvidenceFile(fileId: string, content: Uint8Array | null): void {
    this.caseWork.tamperFile(fileId, content);
  }

  /** Tests: the database is encrypted with `passphrase` and not unlocked yet. */
  lockDatabase(passphrase: string): void {
    this.database = { state: "locked", passphrase, rekeyedAt: null };
    this.session = null;
  }

  /** Tests: first run without a database file; the passphrase is chosen first. */
  withoutDatabase(): void {
    this.database = { state: "missing", passphrase: null, rekeyedAt: null };
  }

  /** Locks the current session at once, as the idle timer would. */
  lockNow(): void {
    if (this.session) this.session.locked = true;
  }

  // ---------------------------------------------------------------- encryption at rest

  unlockDatabase(passphrase: string): Promise<SessionDto> {
    return this.respond("unlockDatabase", "none", () => {
      if (this.database.state !== "locked") throw apiError("conflict", "error-conflict");
      if (passphrase !== this.database.passphrase) throw invalid("passphrase", "error-passphrase-wrong");
      this.database.state = "open";
      return this.sessionDto();
    });
  }

  createDatabase(input: CreateDatabaseInput): Promise<SessionDto> {
    return this.respond("createDatabase", "none", () => {
      if (this.database.state !== "missing") throw apiError("conflict", "error-conflict");
      if ([...input.passphrase].length < 12) {
        throw { ...invalid("passphrase", "error-passphrase-too-short"), args: { min: "12" } };
      }
      if (input.confirmPassphrase !== input.passphrase) throw invalid("confirmPassphrase", "error-passphrase-mismatch");
      this.database = { state: "open", passphrase: input.passphrase, rekeyedAt: null };
      return this.sessionDto();
    });
  }

  encryptionStatus(): Promise<EncryptionDto> {
    return this.respond("encryptionStatus", "admin", () => this.encryptionDto());
  }

  changePassphrase(input: ChangePassphraseInput): Promise<EncryptionDto> {
    return this.respond("changePassphrase", "admin", () => {
      if (this.database.passphrase === null) throw apiError("conflict", "error-db-not-encrypted");
      if (input.currentPassphrase !== this.database.passphrase) throw invalid("currentPassphrase", "error-passphrase-wrong");
      if ([...input.newPassphrase].length < 12) {
        throw { ...invalid("newPassphrase", "error-passphrase-too-short"), args: { min: "12" } };
      }
      if (input.confirmPassphrase !== input.newPassphrase) throw invalid("confirmPassphrase", "error-passphrase-mismatch");
      this.database.passphrase = input.newPassphrase;
      this.database.rekeyedAt = new Date(this.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
      return this.encryptionDto();
    });
  }

  private encryptionDto(): EncryptionDto {
    return { encrypted: this.database.passphrase !== null, rekeyedAt: this.database.rekeyedAt, minChars: 12 };
  }

  // ---------------------------------------------------------------- session

  sessionStatus(): Promise<SessionDto> {
    return this.respond("sessionStatus", "none", () => {
      this.checkIdle();
      return this.sessionDto();
    });
  }

  signIn(input: SignInInput): Promise<SessionDto> {
    return this.respond("signIn", "none", () => {
      if (this.setup === "firstRun") throw apiError("conflict", "error-conflict");
      const loginId = input.loginId.trim().toLowerCase();
      const person = this.personByLogin(loginId);
      const account = person?.account;
      const lockout = this.org?.lockoutAttempts ?? 5;
      // Unknown login ids get the same answer as wrong passwords (no account enumeration).
      const failed = (remaining: number): ApiError => ({
        code: "validation",
        messageId: "error-sign-in-failed",
        args: { remaining: String(remaining) },
        field: "password",
      });
      if (!person || !account) throw failed(lockout);
      if (account.locked) throw apiError("locked", "error-account-locked");
      if (account.password !== input.password) {
        account.failedAttempts += 1;
        if (account.failedAttempts >= lockout) {
          account.locked = true;
          if (this.session?.personId === person.id) this.session = null;
          throw apiError("locked", "error-account-locked");
        }
        throw failed(lockout - account.failedAttempts);
      }
      account.failedAttempts = 0;
      this.startSession(person.id);
      return this.sessionDto();
    });
  }

  signOut(): Promise<SessionDto> {
    return this.respond("signOut", "none", () => {
      this.session = null;
      return this.sessionDto();
    });
  }

  changePassword(input: ChangePasswordInput): Promise<SessionDto> {
    return this.respond("changePassword", "passwordChange", (me) => {
      const account = me.account!;
      if (account.password !== input.currentPassword) {
        throw invalid("currentPassword", "error-wrong-current-password");
      }
      checkPassword("newPassword", account.loginId, input.newPassword);
      account.password = input.newPassword;
      account.mustChangePassword = false;
      return this.sessionDto();
    });
  }

  // -------------------------------------------------------------- first run

  completeSetup(input: SetupInput): Promise<SessionDto> {
    return this.respond("completeSetup", "none", () => {
      if (this.setup !== "firstRun") throw apiError("conflict", "error-already-initialized");
      const orgName = required("orgName", input.orgName, 100);
      const prefecture = required("prefecture", input.prefecture, 10);
      const headTitle = required("headTitle", input.headTitle, 30);
      const cisoTitle = required("cisoTitle", input.cisoTitle, 30);
      const cisoName = optional("cisoName", input.cisoName, 50);
      range("cisoReportTargetMinutes", input.cisoReportTargetMinutes, 5, 1440);
      const format = docNumberFormat(input.docNumberFormat);
      const adminName = required("adminName", input.adminName, 50);
      const deptName = required("adminDepartmentName", input.adminDepartmentName, 100);
      const deptShort = required("adminDepartmentShortName", input.adminDepartmentShortName, 10);
      const loginId = loginIdOf("adminLoginId", input.adminLoginId);
      checkPassword("adminPassword", loginId, input.adminPassword);

      const dept: Department = { id: this.id("dept"), name: deptName, shortName: deptShort, managerPersonId: null };
      this.departments = [dept];
      const admin = this.newPerson(adminName, "", "", dept.id, ["administrator", "staff"]);
      admin.account = { loginId, password: input.adminPassword, mustChangePassword: false, failedAttempts: 0, locked: false };
      this.people = [admin];
      let cisoPersonId: string | null = null;
      if (cisoName) {
        const ciso = this.newPerson(cisoName, "", cisoTitle, null, ["ciso", "staff"]);
        this.people.push(ciso);
        cisoPersonId = ciso.id;
      }
      this.org = {
        id: this.id("org"),
        name: orgName,
        kind: input.orgKind,
        prefecture,
        headTitle,
        cisoTitle,
        cisoPersonId,
        ordinanceSensitiveInfo: input.ordinanceSensitiveInfo,
        honorific: input.honorific,
        docNumberFormat: format,
        cisoReportTargetMinutes: input.cisoReportTargetMinutes,
        idleLockMinutes: 15,
        lockoutAttempts: 5,
        receiptFormat: "{年}-{n}",
      };
      this.setScheme(input.classificationPreset);
      this.contacts = presetContacts(prefecture).map((c, i) => ({ ...c, id: this.id("contact"), sortOrder: i }));
      this.setup = "ready";
      this.startSession(admin.id);
      return this.sessionDto();
    });
  }

  loadDemo(): Promise<SessionDto> {
    return this.respond("loadDemo", "none", () => {
      if (this.setup !== "firstRun") throw apiError("conflict", "error-already-initialized");
      this.fillDemo();
      this.startSession(this.personByLogin("yamamoto")!.id);
      return this.sessionDto();
    });
  }

  home(): Promise<HomeDto> {
    return this.respond("home", "signedIn", (me) => {
      const org = this.org!;
      const cases = me.roles.some((r) => VIEW_ALL_CASES.includes(r)) ? this.cases : [];
      return {
        setup: this.setup,
        organization: { id: org.id, name: org.name, kind: org.kind, prefecture: org.prefecture },
        cases: clone(cases),
        stateCounts: countByState(this.cases),
      };
    });
  }

  // ------------------------------------------------------ organization setup

  orgSetup(): Promise<OrgSetupDto> {
    return this.respond("orgSetup", "signedIn", () => this.orgSetupDto());
  }

  updateOrgProfile(input: OrgProfileInput): Promise<OrgSetupDto> {
    return this.respond("updateOrgProfile", "admin", () => {
      const org = this.org!;
      const next: OrgProfileDto = {
        id: org.id,
        name: required("name", input.name, 100),
        kind: input.kind,
        prefecture: required("prefecture", input.prefecture, 10),
        headTitle: required("headTitle", input.headTitle, 30),
        cisoTitle: required("cisoTitle", input.cisoTitle, 30),
        cisoPersonId: input.cisoPersonId,
        ordinanceSensitiveInfo: input.ordinanceSensitiveInfo,
        honorific: input.honorific,
        docNumberFormat: docNumberFormat(input.docNumberFormat),
        cisoReportTargetMinutes: range("cisoReportTargetMinutes", input.cisoReportTargetMinutes, 5, 1440),
        idleLockMinutes: range("idleLockMinutes", input.idleLockMinutes, 1, 240),
        lockoutAttempts: range("lockoutAttempts", input.lockoutAttempts, 3, 20),
        receiptFormat: receiptFormat(input.receiptFormat),
      };
      if (next.cisoPersonId && !this.people.some((p) => p.id === next.cisoPersonId)) {
        throw apiError("notFound", "error-not-found");
      }
      this.org = next;
      return this.orgSetupDto();
    });
  }

  updateClassLevel(input: ClassLevelInput): Promise<OrgSetupDto> {
    return this.respond("updateClassLevel", "admin", () => {
      const level = this.levels.find((l) => l.id === input.id);
      if (!level) throw apiError("notFound", "error-not-found");
      level.label = required("label", input.label, 40);
      level.description = input.description.trim().slice(0, 400);
      return this.orgSetupDto();
    });
  }

  listDepartments(): Promise<DepartmentDto[]> {
    return this.respond("listDepartments", "signedIn", () => this.departmentDtos());
  }

  saveDepartment(input: DepartmentInput): Promise<DepartmentDto[]> {
    return this.respond("saveDepartment", "admin", () => {
      const dept: Department = {
        id: input.id ?? this.id("dept"),
        name: required("name", input.name, 100),
        shortName: required("shortName", input.shortName, 10),
        managerPersonId: input.managerPersonId,
      };
      if (dept.managerPersonId && !this.people.some((p) => p.id === dept.managerPersonId)) {
        throw apiError("notFound", "error-not-found");
      }
      this.upsert(this.departments, dept, input.id);
      return this.departmentDtos();
    });
  }

  listPeople(): Promise<PersonDto[]> {
    return this.respond("listPeople", "signedIn", () => this.personDtos());
  }

  savePerson(input: PersonInput): Promise<PersonDto[]> {
    return this.respond("savePerson", "admin", () => {
      if (input.roles.length === 0) throw invalid("roles", "error-field-required");
      const existing = input.id ? this.people.find((p) => p.id === input.id) : undefined;
      if (input.id && !existing) throw apiError("notFound", "error-not-found");
      const person: Person = {
        id: input.id ?? this.id("person"),
        name: required("name", input.name, 50),
        nameKana: optional("nameKana", input.nameKana, 50),
        title: optional("title", input.title, 50),
        departmentId: input.departmentId,
        roles: [...input.roles],
        officePhone: phone("officePhone", input.officePhone),
        mobilePhone: phone("mobilePhone", input.mobilePhone),
        email: email("email", input.email),
        afterHours: input.afterHours.trim().slice(0, 200),
        account: existing?.account ?? null,
      };
      this.upsert(this.people, person, input.id);
      return this.personDtos();
    });
  }

  setAccount(input: AccountInput): Promise<PersonDto[]> {
    return this.respond("setAccount", "admin", () => {
      const person = this.people.find((p) => p.id === input.personId);
      if (!person) throw apiError("notFound", "error-not-found");
      const loginId = loginIdOf("loginId", input.loginId);
      const other = this.personByLogin(loginId);
      if (other && other.id !== person.id) throw invalid("loginId", "error-login-id-taken");
      checkPassword("initialPassword", loginId, input.initialPassword);
      person.account = { loginId, password: input.initialPassword, mustChangePassword: true, failedAttempts: 0, locked: false };
      return this.personDtos();
    });
  }

  unlockAccount(input: PersonRef): Promise<PersonDto[]> {
    return this.respond("unlockAccount", "admin", () => {
      const account = this.people.find((p) => p.id === input.personId)?.account;
      if (!account) throw apiError("notFound", "error-not-found");
      account.locked = false;
      account.failedAttempts = 0;
      return this.personDtos();
    });
  }

  listSystems(): Promise<SystemDto[]> {
    return this.respond("listSystems", "signedIn", () => this.systemDtos());
  }

  saveSystem(input: SystemInput): Promise<SystemDto[]> {
    return this.respond("saveSystem", "admin", () => {
      const system = {
        ...input,
        id: input.id ?? this.id("system"),
        name: required("name", input.name, 100),
        contractor: optional("contractor", input.contractor, 100),
      };
      if ((system.myNumberAffairs || system.infoProvisionNetwork) && !system.holdsMyNumber) {
        throw invalid("holdsMyNumber", "error-my-number-inconsistent");
      }
      if (system.holdsMyNumber) system.holdsPersonalInfo = true;
      this.upsert(this.systems, system, input.id);
      return this.systemDtos();
    });
  }

  listContacts(): Promise<ContactDto[]> {
    return this.respond("listContacts", "signedIn", () => clone(this.contacts));
  }

  saveContact(input: ContactInput): Promise<ContactDto[]> {
    return this.respond("saveContact", "admin", () => {
      const existing = input.id ? this.contacts.find((c) => c.id === input.id) : undefined;
      const contact: ContactDto = {
        id: input.id ?? this.id("contact"),
        kind: input.kind,
        organization: required("organization", input.organization, 100),
        section: optional("section", input.section, 100),
        phone: phone("phone", input.phone),
        afterHoursPhone: phone("afterHoursPhone", input.afterHoursPhone),
        email: email("email", input.email),
        note: optional("note", input.note, 400),
        sortOrder: existing?.sortOrder ?? this.contacts.length,
      };
      this.upsert(this.contacts, contact, input.id);
      return clone(this.contacts);
    });
  }

  exportContactsCsv(): Promise<ExportDto> {
    return this.respond("exportContactsCsv", "signedIn", () => {
      this.exports += 1;
      return { path: `/memory/exports/緊急連絡網-${this.exports}.csv` };
    });
  }

  // ------------------------------------------------------------ staff report

  reportOptions(): Promise<ReportOptionsDto> {
    return this.respond("reportOptions", "signedIn", (me) => ({
      departments: this.departments.map((d) => ({ id: d.id, label: d.name, group: null, description: "", networkSegment: null })),
      systems: this.systems.map((s) => ({
        id: s.id,
        label: s.name,
        group: this.departments.find((d) => d.id === s.departmentId)?.name ?? null,
        description: s.contractor,
        networkSegment: s.segment,
      })),
      classLevels: this.levels.map((l) => ({
        id: l.id,
        label: `${l.code} ${l.label}`,
        group: l.axis,
        description: l.description,
        networkSegment: null,
      })),
      guidance: this.guidanceDtos(),
      me: { name: me.name, departmentId: me.departmentId, phone: me.officePhone, email: me.email },
    }));
  }

  saveReportDraft(input: SaveDraftInput): Promise<ReportDraftDto> {
    return this.respond("saveReportDraft", "signedIn", (me) => this.saveDraft(me, input));
  }

  openReportDrafts(): Promise<ReportDraftDto[]> {
    return this.respond("openReportDrafts", "signedIn", (me) =>
      this.drafts
        .filter((d) => d.owner === me.id && d.status === "open")
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((d) => this.draftDto(d)),
    );
  }

  discardReportDraft(draftId: string): Promise<void> {
    return this.respond("discardReportDraft", "signedIn", (me) => {
      const draft = this.ownOpenDraft(me, draftId);
      draft.status = "discarded";
      draft.updatedAt = rfc3339(this.now());
      return undefined;
    });
  }

  submitReport(input: SubmitReportInput): Promise<ReportReceiptDto> {
    return this.respond("submitReport", "signedIn", (me) => {
      const saved = this.saveDraft(me, { draftId: input.draftId, step: 7, form: input.form });
      const first = saved.issues[0];
      if (first) {
        throw {
          code: "validation",
          messageId: first.messageId,
          args: { fieldId: first.fieldId, step: String(first.step) },
          field: first.field,
        } satisfies ApiError;
      }
      const now = this.now();
      const form = input.form;
      const format = this.org!.receiptFormat;
      const period = receiptPeriod(format, now);
      let seq = (this.receiptSeq.get(period) ?? 0) + 1;
      while (this.cases.some((c) => c.receiptNo === receiptNumber(format, now, seq))) seq += 1;
      this.receiptSeq.set(period, seq);
      const receiptNo = receiptNumber(format, now, seq);
      const category = camel(form.category.trim()) as Category;
      const caseId = this.id("case");
      const reportId = this.id("report");
      const submittedAt = rfc3339(now);
      const title = caseTitle(form.whatHappened.trim());
      this.cases.unshift({ id: caseId, receiptNo, state: "received", title, category, severity: null, drill: false, createdAt: submittedAt });
      const staff = form.source.trim() === "staff";
      this.reports.unshift({
        summary: {
          reportId,
          caseId,
          receiptNo,
          caseState: "received",
          category,
          title,
          source: form.source.trim(),
          reporterName: form.reporterName.trim(),
          submittedAt,
        },
        form: clone(form),
        enteredBy: me.id,
        reporterPersonId: staff ? me.id : null,
      });
      this.drafts.find((d) => d.id === saved.id)!.status = "submitted";
      const noticed = parseLocalDateTime(form.noticedAt);
      return {
        receiptNo,
        reportId,
        caseId,
        category,
        submittedAt,
        noticedAt: noticed === null ? "" : rfc3339(noticed),
        contacts: this.csirtContacts(),
      };
    });
  }

  myReports(): Promise<ReportSummaryDto[]> {
    return this.respond("myReports", "signedIn", (me) =>
      this.reports.filter((r) => r.enteredBy === me.id || r.reporterPersonId === me.id).map((r) => this.summaryOf(r)),
    );
  }

  allReports(): Promise<ReportSummaryDto[]> {
    return this.respond("allReports", "signedIn", (me) => {
      if (!me.roles.some((r) => VIEW_ALL_CASES.includes(r))) throw apiError("forbidden", "error-forbidden");
      return this.reports.map((r) => this.summaryOf(r));
    });
  }

  getReport(reportId: string): Promise<ReportDto> {
    return this.respond("getReport", "signedIn", (me) => {
      const r = this.reports.find((x) => x.summary.reportId === reportId);
      const own = r && (r.enteredBy === me.id || r.reporterPersonId === me.id);
      if (!r || (!own && !me.roles.some((role) => VIEW_ALL_CASES.includes(role)))) throw apiError("notFound", "error-not-found");
      return { summary: this.summaryOf(r), form: r.form };
    });
  }

  listGuidance(): Promise<GuidanceDto[]> {
    return this.respond("listGuidance", "signedIn", () => this.guidanceDtos());
  }

  saveGuidance(input: GuidanceDto): Promise<GuidanceDto[]> {
    return this.respond("saveGuidance", "admin", () => {
      const steps = input.steps.map((s) => s.trim()).filter((s) => s !== "");
      if (steps.length > 10) throw invalid("steps", "error-too-many-steps");
      if (steps.some((s) => [...s].length > 200 || s.includes("\n"))) throw invalid("steps", "error-field-too-long");
      if (steps.length) this.guidance.set(input.category, steps);
      else this.guidance.delete(input.category);
      return this.guidanceDtos();
    });
  }

  // ---------------------------------------------------------- CSIRT case work

  searchCases(filter: CaseFilterInput): Promise<CasePageDto> {
    return this.respond("searchCases", "signedIn", (me) => this.caseWork.searchCases(this.actor(me), filter));
  }

  getCase(caseId: string): Promise<CaseDetailDto> {
    return this.respond("getCase", "signedIn", (me) => this.caseWork.getCase(this.actor(me), caseId));
  }

  triageCase(input: TriageInput): Promise<CaseDetailDto> {
    return this.respond("triageCase", "signedIn", (me) => this.caseWork.triage(this.actor(me), input));
  }

  moveCase(input: MoveCaseInput): Promise<CaseDetailDto> {
    return this.respond("moveCase", "signedIn", (me) => this.caseWork.move(this.actor(me), input));
  }

  recordCisoReport(input: CisoReportInput): Promise<CaseDetailDto> {
    return this.respond("recordCisoReport", "signedIn", (me) => this.caseWork.recordCisoReport(this.actor(me), input));
  }

  addTimelineEntry(input: TimelineEntryInput): Promise<CaseDetailDto> {
    return this.respond("addTimelineEntry", "signedIn", (me) => this.caseWork.addTimelineEntry(this.actor(me), input));
  }

  saveTask(input: TaskInput): Promise<CaseDetailDto> {
    return this.respond("saveTask", "signedIn", (me) => this.caseWork.saveTask(this.actor(me), input));
  }

  setTaskStatus(input: TaskStatusInput): Promise<CaseDetailDto> {
    return this.respond("setTaskStatus", "signedIn", (me) => this.caseWork.setTaskStatus(this.actor(me), input));
  }

  addEvidence(input: EvidenceInput): Promise<CaseDetailDto> {
    return this.respond("addEvidence", "signedIn", (me) => this.caseWork.addEvidence(this.actor(me), input));
  }

  attachEvidenceFile(input: EvidenceFileInput): Promise<CaseDetailDto> {
    return this.respond("attachEvidenceFile", "signedIn", async (me) => {
      const content = decodeBase64(input.contentBase64);
      const sha256 = content ? await sha256Hex(content) : null;
      return this.caseWork.attachEvidenceFile(this.actor(me), input, content, sha256);
    });
  }

  transferCustody(input: CustodyInput): Promise<CaseDetailDto> {
    return this.respond("transferCustody", "signedIn", (me) => this.caseWork.transferCustody(this.actor(me), input));
  }

  recheckEvidence(caseId: string): Promise<EvidenceCheckDto> {
    return this.respond("recheckEvidence", "signedIn", async (me) => {
      const actor = this.actor(me);
      const files = this.caseWork.filesToCheck(actor, caseId);
      const mismatches: EvidenceCheckDto["mismatches"] = [];
      for (const { evidence, file } of files) {
        const actual = file.content ? await sha256Hex(file.content) : null;
        if (actual !== file.sha256) {
          mismatches.push({ evidenceId: evidence.id, fileId: file.id, fileName: file.fileName, expected: file.sha256, actual });
        }
      }
      return this.caseWork.recheckDone(actor, caseId, files.length, mismatches);
    });
  }

  holdMeeting(input: MeetingInput): Promise<CaseDetailDto> {
    return this.respond("holdMeeting", "signedIn", (me) => this.caseWork.holdMeeting(this.actor(me), input));
  }

  proposeDecision(input: ProposeDecisionInput): Promise<CaseDetailDto> {
    return this.respond("proposeDecision", "signedIn", (me) => this.caseWork.proposeDecision(this.actor(me), input));
  }

  decideDecision(input: DecideInput): Promise<CaseDetailDto> {
    return this.respond("decideDecision", "signedIn", (me) => this.caseWork.decideDecision(this.actor(me), input));
  }

  saveRootCause(input: RootCauseInput): Promise<CaseDetailDto> {
    return this.respond("saveRootCause", "signedIn", (me) => this.caseWork.saveRootCause(this.actor(me), input));
  }

  severityLabels(): Promise<SeverityLabelDto[]> {
    return this.respond("severityLabels", "signedIn", () => SEVERITY_ORDER.map((s) => ({ severity: s, label: this.severityNames.get(s) ?? "" })));
  }

  saveSeverityLabels(input: SeverityLabelDto[]): Promise<SeverityLabelDto[]> {
    return this.respond("saveSeverityLabels", "admin", () => {
      const seen = new Set<string>();
      for (const l of input) {
        const label = l.label.trim();
        if (label.length > 20) throw invalid("label", "error-field-too-long");
        if (label && seen.has(label)) throw invalid("label", "error-duplicate");
        if (label) seen.add(label);
      }
      for (const l of input) this.severityNames.set(l.severity, l.label.trim());
      return SEVERITY_ORDER.map((s) => ({ severity: s, label: this.severityNames.get(s) ?? "" }));
    });
  }

  destinationPolicy(): Promise<DestinationPolicyDto> {
    return this.respond("destinationPolicy", "signedIn", () => structuredClone(this.policy));
  }

  saveDestinationPolicy(input: DestinationPolicyDto): Promise<DestinationPolicyDto> {
    return this.respond("saveDestinationPolicy", "admin", () => {
      for (const [field, a] of [
        ["soumu", input.soumu],
        ["prefecture", input.prefecture],
      ] as const) {
        if (a.targetDays !== null && (a.targetDays < 1 || a.targetDays > 365)) throw invalid(`${field}TargetDays`, "error-out-of-range");
        if (a.when === "severityAtLeast" && a.severity === null) throw invalid(`${field}Severity`, "error-field-required");
      }
      this.policy = structuredClone(input);
      return structuredClone(this.policy);
    });
  }

  linkCase(input: LinkCaseInput): Promise<CaseDetailDto> {
    return this.respond("linkCase", "signedIn", (me) => this.caseWork.linkCase(this.actor(me), input));
  }

  saveMeasure(input: MeasureInput): Promise<CaseDetailDto> {
    return this.respond("saveMeasure", "signedIn", (me) => this.caseWork.saveMeasure(this.actor(me), input));
  }

  listPlaybooks(): Promise<PlaybookDto[]> {
    return this.respond("listPlaybooks", "signedIn", (me) => this.playbooks.list(me.roles));
  }

  playbookHistory(category: Category): Promise<PlaybookDto[]> {
    return this.respond("playbookHistory", "signedIn", (me) => this.playbooks.history(me.roles, category));
  }

  savePlaybook(input: PlaybookInput): Promise<PlaybookDto[]> {
    return this.respond("savePlaybook", "signedIn", (me) => this.playbooks.save(me.roles, me.name, input, rfc3339(this.now())));
  }

  // ---------------------------------------------------------------- helpers

  /** The signed-in person as the case work sees them (actor label `person:<id>`, as Rust). */
  caseObligations(caseId: string): Promise<ObligationsDto> {
    return this.respond("caseObligations", "signedIn", (me) => this.obligations.caseObligations(me.roles, caseId));
  }

  saveObligationFacts(input: ObligationFactsInput): Promise<ObligationsDto> {
    return this.respond("saveObligationFacts", "signedIn", (me) => this.obligations.saveObligationFacts(me.roles, input));
  }

  setNotificationState(input: NotificationStateInput): Promise<ObligationsDto> {
    return this.respond("setNotificationState", "signedIn", (me) => this.obligations.setNotificationState(me.roles, input));
  }

  deadlines(): Promise<DeadlinesDto> {
    return this.respond("deadlines", "signedIn", (me) => this.obligations.deadlines(me.roles));
  }

  // ------------------------------------------------------------ documents

  caseDocuments(caseId: string): Promise<CaseDocumentsDto> {
    return this.respond("caseDocuments", "signedIn", (me) => this.documents.caseDocuments(me.roles, caseId));
  }

  saveParticulars(input: ParticularsInput): Promise<CaseDocumentsDto> {
    return this.respond("saveParticulars", "signedIn", (me) => this.documents.saveParticulars(me.roles, input));
  }

  documentPreview(request: DocumentRequest): Promise<DocumentPreviewDto> {
    return this.respond("documentPreview", "signedIn", (me) => this.documents.documentPreview(me.roles, request));
  }

  ppcPasteText(request: DocumentRequest): Promise<PasteFieldDto[]> {
    return this.respond("ppcPasteText", "signedIn", (me) => this.documents.ppcPasteText(me.roles, request));
  }

  saveDocument(input: SaveDocumentInput): Promise<SavedDocumentDto> {
    return this.respond("saveDocument", "signedIn", (me) => {
      this.lastActor = `person:${me.id}`;
      return this.documents.saveDocument(me.roles, input);
    });
  }

  saveSubmission(input: SaveSubmissionInput): Promise<SavedDocumentDto> {
    return this.respond("saveSubmission", "signedIn", (me) => this.documents.saveSubmission(me.roles, input));
  }

  documentFolder(): Promise<string> {
    return this.respond("documentFolder", "signedIn", () => "/memory/documents");
  }

  private addressees: AddresseesDto = {
    ppc: "個人情報保護委員会事務局",
    soumu: "総務省自治行政局地域情報化企画室長",
    prefecture: "埼玉県総務部市町村課長",
    police: "埼玉県警察本部　サイバー犯罪相談窓口",
  };

  documentAddressees(): Promise<AddresseesDto> {
    return this.respond("documentAddressees", "signedIn", () => ({ ...this.addressees }));
  }

  saveDocumentAddressees(input: AddresseesDto): Promise<AddresseesDto> {
    return this.respond("saveDocumentAddressees", "signedIn", (me) => {
      if (!me.roles.includes("administrator")) throw { code: "forbidden", messageId: "error-forbidden", args: {}, field: null };
      for (const key of ["ppc", "soumu", "prefecture", "police"] as const) {
        if (input[key].length > 200) throw { code: "validation", messageId: "error-field-too-long", args: {}, field: key };
        if (input[key].trim() !== "") this.addressees[key] = input[key].trim();
      }
      return { ...this.addressees };
    });
  }

  private actor(me: Person): CaseActor {
    return { label: `person:${me.id}`, personId: me.id, name: me.name, roles: me.roles };
  }

  private formRefs(): FormRefs {
    return {
      departments: this.departments.map((d) => d.id),
      systems: this.systems.map((s) => s.id),
      classLevels: this.levels.map((l) => l.id),
    };
  }

  private saveDraft(me: Person, input: SaveDraftInput): ReportDraftDto {
    if (!Number.isInteger(input.step) || input.step < 1 || input.step > 7) throw invalid("step", "error-out-of-range");
    const now = rfc3339(this.now());
    let draft: Draft;
    if (input.draftId !== null) {
      draft = this.ownOpenDraft(me, input.draftId);
      if (JSON.stringify(draft.form) !== JSON.stringify(input.form) || draft.step !== input.step) {
        draft.form = clone(input.form);
        draft.step = input.step;
        draft.updatedAt = now;
      }
    } else {
      draft = { id: this.id("draft"), owner: me.id, step: input.step, form: clone(input.form), status: "open", createdAt: now, updatedAt: now };
      this.drafts.push(draft);
    }
    return this.draftDto(draft);
  }

  private ownOpenDraft(me: Person, id: string): Draft {
    const draft = this.drafts.find((d) => d.id === id && d.owner === me.id);
    if (!draft) throw apiError("notFound", "error-not-found");
    if (draft.status !== "open") throw apiError("conflict", "error-draft-closed");
    return draft;
  }

  private draftDto(d: Draft): ReportDraftDto {
    return {
      id: d.id,
      step: d.step,
      form: clone(d.form),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      issues: checkReportForm(d.form, this.now(), this.formRefs()),
    };
  }

  private summaryOf(r: Report): ReportSummaryDto {
    const state = this.cases.find((c) => c.id === r.summary.caseId)?.state ?? null;
    return { ...r.summary, caseState: state };
  }

  private guidanceDtos(): GuidanceDto[] {
    return [...this.guidance].map(([category, steps]) => ({ category, steps: [...steps] }));
  }

  /** Whom a reporter calls: CSIRT people (lead first), then the internal 緊急連絡網 entries. */
  private csirtContacts(): CallDto[] {
    const order: Role[] = ["csirtLead", "chiefSecurityOfficer", "csirtMember"];
    const rank = (p: Person) => order.findIndex((r) => p.roles.includes(r));
    const people = this.people
      .filter((p) => rank(p) >= 0)
      .sort((a, b) => rank(a) - rank(b) || a.nameKana.localeCompare(b.nameKana));
    return [
      ...people.map((p) => ({
        personId: p.id,
        kind: "internal" as const,
        name: p.name,
        title: p.title,
        departmentName: this.departments.find((d) => d.id === p.departmentId)?.name ?? null,
        phone: p.officePhone,
        mobilePhone: p.mobilePhone,
        afterHours: p.afterHours,
        email: p.email,
      })),
      ...this.contacts
        .filter((c) => c.kind === "internal")
        .map((c) => ({
          personId: null,
          kind: "internal" as const,
          name: c.organization,
          title: c.section,
          departmentName: null,
          phone: c.phone,
          mobilePhone: "",
          afterHours: c.afterHoursPhone,
          email: c.email,
        })),
    ];
  }

  private id(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  private newPerson(name: string, kana: string, title: string, departmentId: string | null, roles: Role[]): Person {
    return {
      id: this.id("person"),
      name,
      nameKana: kana,
      title,
      departmentId,
      roles,
      officePhone: "",
      mobilePhone: "",
      email: "",
      afterHours: "",
      account: null,
    };
  }

  private upsert<T extends { id: string }>(list: T[], item: T, id: string | null): void {
    if (id === null) {
      list.push(item);
      return;
    }
    const i = list.findIndex((x) => x.id === id);
    if (i < 0) throw apiError("notFound", "error-not-found");
    list[i] = item;
  }

  private setScheme(preset: SchemePreset): void {
    this.scheme = preset;
    this.levels = PRESET_LEVELS[preset].map(([axis, code, label, description, rank]) => ({
      id: this.id("level"),
      axis,
      code,
      label,
      description,
      rank,
    }));
  }

  private fillDemo(): void {
    this.setup = "ready";
    this.demo = true;
    this.departments = DEMO_DEPARTMENTS.map(([name, shortName]) => ({
      id: this.id("dept"),
      name,
      shortName,
      managerPersonId: null,
    }));
    this.people = DEMO_PEOPLE.map((p) => ({
      ...this.newPerson(p.name, p.kana, p.title, this.departments[p.department]!.id, [...p.roles]),
      officePhone: p.officePhone,
      mobilePhone: p.mobilePhone,
      email: p.email,
      afterHours: p.afterHours,
      account: p.loginId
        ? { loginId: p.loginId, password: DEMO_PASSWORD, mustChangePassword: false, failedAttempts: 0, locked: false }
        : null,
    }));
    this.departments[1]!.managerPersonId = this.people[2]!.id;
    this.org = {
      ...DEMO_ORGANIZATION,
      headTitle: "市長",
      cisoTitle: "副市長",
      cisoPersonId: this.people[0]!.id,
      ordinanceSensitiveInfo: false,
      honorific: "sama",
      docNumberFormat: "{課略称}第{n}号",
      cisoReportTargetMinutes: 60,
      idleLockMinutes: 15,
      lockoutAttempts: 5,
      receiptFormat: "{年}-{n}",
    };
    this.setScheme("soumuGuideline");
    this.systems = DEMO_SYSTEMS.map(({ department, ...s }) => ({
      ...s,
      id: this.id("system"),
      departmentId: this.departments[department]!.id,
    }));
    this.contacts = [...presetContacts(DEMO_ORGANIZATION.prefecture), ...DEMO_CONTRACTORS].map((c, i) => ({
      ...c,
      id: this.id("contact"),
      sortOrder: i,
    }));
    this.cases = DEMO_CASES.map((c) => ({ ...c }));
    const lead = this.personByLogin("tanaka")!;
    this.caseWork.seedDemo(lead.id, `person:${lead.id}`);
    this.training.seedDemo();
  }

  private personByLogin(loginId: string): Person | undefined {
    const id = loginId.trim().toLowerCase();
    return this.people.find((p) => p.account?.loginId === id);
  }

  private startSession(personId: string): void {
    this.session = { personId, locked: false, lastActivity: this.now() };
  }

  /** Locks the session when it has been idle for the organization's idle-lock time. */
  private checkIdle(): void {
    const s = this.session;
    if (!s || s.locked) return;
    const idleMs = (this.org?.idleLockMinutes ?? 15) * 60_000;
    if (this.now() - s.lastActivity >= idleMs) s.locked = true;
  }

  private sessionDto(): SessionDto {
    const me = this.session ? this.people.find((p) => p.id === this.session!.personId) : undefined;
    return {
      setup: this.setup,
      user: me
        ? {
            personId: me.id,
            name: me.name,
            title: me.title,
            departmentName: this.departments.find((d) => d.id === me.departmentId)?.name ?? null,
            roles: [...me.roles],
            loginId: me.account?.loginId ?? "",
            mustChangePassword: me.account?.mustChangePassword ?? false,
          }
        : null,
      locked: this.session?.locked ?? false,
      idleLockMinutes: this.org?.idleLockMinutes ?? 15,
      demo: this.demo,
    };
  }

  private orgSetupDto(): OrgSetupDto {
    return {
      organization: clone(this.org!),
      classification: { scheme: this.scheme, levels: clone(this.levels) },
    };
  }

  private departmentDtos(): DepartmentDto[] {
    return this.departments.map((d) => ({
      ...d,
      managerName: this.people.find((p) => p.id === d.managerPersonId)?.name ?? null,
    }));
  }

  private personDtos(): PersonDto[] {
    return this.people.map(({ account, ...p }) => ({
      ...p,
      roles: [...p.roles],
      departmentName: this.departments.find((d) => d.id === p.departmentId)?.name ?? null,
      account: account
        ? {
            loginId: account.loginId,
            passwordSet: account.password !== "",
            mustChangePassword: account.mustChangePassword,
            failedAttempts: account.failedAttempts,
            locked: account.locked,
          }
        : null,
    }));
  }

  private systemDtos(): SystemDto[] {
    return this.systems.map((s) => ({
      ...s,
      departmentName: this.departments.find((d) => d.id === s.departmentId)?.name ?? null,
    }));
  }

  progress(): Promise<ProgressDto | null> {
    return this.respond("progress", "none", () => this.safety.progress());
  }

  listBackups(): Promise<BackupListDto> {
    return this.respond("listBackups", "signedIn", (me) => this.safety.listBackups(me.roles));
  }

  makeBackup(path: string): Promise<BackupSummaryDto> {
    return this.respond("makeBackup", "signedIn", (me) => this.safety.makeBackup(me.roles, path));
  }

  checkBackup(path: string): Promise<BackupSummaryDto> {
    return this.respond("checkBackup", "signedIn", (me) => this.safety.checkBackup(me.roles, path));
  }

  installationKey(): Promise<KeyInfoDto> {
    return this.respond("installationKey", "signedIn", (me) => this.safety.installationKey(me.roles));
  }

  listTrustedKeys(): Promise<TrustedKeyDto[]> {
    return this.respond("listTrustedKeys", "signedIn", (me) => this.safety.listTrustedKeys(me.roles));
  }

  trustKey(name: string, publicKey: string): Promise<TrustedKeyDto> {
    return this.respond("trustKey", "signedIn", (me) => this.safety.trustKey(me.roles, `person:${me.id}`, name, publicKey));
  }

  revokeKey(fingerprint: string): Promise<TrustedKeyDto> {
    return this.respond("revokeKey", "signedIn", (me) => this.safety.revokeKey(me.roles, fingerprint));
  }

  exportCaseBundle(caseId: string, path: string): Promise<BundleWrittenDto> {
    return this.respond("exportCaseBundle", "signedIn", (me) => this.safety.exportCase(me.roles, caseId, path));
  }

  exportReportBundle(reportId: string, path: string): Promise<BundleWrittenDto> {
    return this.respond("exportReportBundle", "signedIn", (me) => this.safety.exportReport(me.roles, me.id, reportId, path));
  }

  importBundle(path: string): Promise<ImportResultDto> {
    return this.respond("importBundle", "signedIn", (me) => this.safety.importBundle(me.roles, path));
  }

  private async respond<T>(
    name: string,
    needs: "none" | "passwordChange" | "signedIn" | "admin",
    change: (me: Person) => T | Promise<T>,
  ): Promise<T> {
    this.calls.push(name);
    if (this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    if (this.failure) throw { ...this.failure };
    if (this.database.state === "locked" && name !== "unlockDatabase") throw apiError("databaseLocked", "error-db-encrypted");
    if (this.database.state === "missing" && name !== "createDatabase") throw apiError("noDatabase", "error-no-database");
    let me: Person | undefined;
    if (needs !== "none") {
      this.checkIdle();
      const s = this.session;
      if (s?.locked) throw apiError("unauthenticated", "error-session-locked");
      me = s ? this.people.find((p) => p.id === s.personId) : undefined;
      if (!s || !me?.account) throw apiError("unauthenticated", "error-not-signed-in");
      if (me.account.locked) throw apiError("locked", "error-account-locked");
      if (me.account.mustChangePassword && needs !== "passwordChange") {
        throw apiError("unauthenticated", "error-password-change-required");
      }
      s.lastActivity = this.now();
      if (needs === "admin" && !me.roles.includes("administrator")) {
        throw apiError("forbidden", "error-forbidden");
      }
    }
    return clone(await change(me!));
  }

  // ---------------------------------------------------------------- drills (memory-drills.ts)

  /** The acting person with the CSIRT lead's case rights, for the drill's own writes on its case. */
  private drillActor(actor: CaseActor): CaseActor {
    return { ...actor, roles: [...actor.roles, "csirtLead"] };
  }

  private readonly drills = new MemoryDrills({
    now: () => this.now(),
    id: (prefix) => this.id(prefix),
    cases: () => this.cases,
    people: () => this.people,
    departments: () => this.departments,
    contacts: () => this.contacts,
    timeline: (actor, caseId, text) => {
      this.caseWork.addTimelineEntry(this.drillActor(actor), { caseId, kind: "communication", occurredAt: toLocalDateTime(this.now()), text });
    },
    addTask: (actor, caseId, title, owner, dueOn) => {
      const detail = this.caseWork.saveTask(this.drillActor(actor), {
        caseId,
        taskId: null,
        list: "response",
        kind: "improvement",
        title,
        mandatory: false,
        assigneePersonId: owner,
        dueAt: dueOn ? `${dueOn}T23:59` : "",
      });
      return detail.tasks.filter((t) => t.kind === "improvement" && t.title === title).at(-1)?.id ?? "";
    },
    taskStatus: (caseId, taskId) => {
      const lead = this.people.find((p) => p.roles.includes("csirtLead"));
      const actor: CaseActor = { label: "system:drills", personId: lead?.id ?? "", name: "", roles: ["csirtLead"] };
      return this.caseWork.getCase(actor, caseId).tasks.find((t) => t.id === taskId)?.status ?? "";
    },
    reached: (caseId) => {
      const actor: CaseActor = { label: "system:drills", personId: "", name: "", roles: ["csirtLead"] };
      const detail = this.caseWork.getCase(actor, caseId);
      const out: [string, number][] = [];
      for (const line of detail.timeline) {
        const at = Date.parse(line.recordedAt);
        if (line.text.startsWith("状態を「受付」から")) out.push(["csirt_acknowledged", at]);
        if (/」から「対応中」に変更/.test(line.text)) out.push(["judged_incident", at]);
        if (line.text.includes("に第一報を行った")) out.push(["ciso_informed", at]);
      }
      for (const t of detail.tasks) if (t.kind === "containment" && t.status === "done" && t.closedAt) out.push(["contained", Date.parse(t.closedAt)]);
      for (const sub of this.documents.caseDocuments(["csirtLead"], caseId).submissions) {
        if (sub.kind.startsWith("ppc-") && sub.ppcKind === "preliminary") out.push(["ppc_preliminary_draft", Date.parse(sub.recordedAt)]);
      }
      return out;
    },
    playbookRevision: (category) => this.playbooks.current(category).revision,
    revisePlaybook: (actor, category, note) => {
      const steps = this.playbooks.current(category).steps;
      return this.playbooks.save(actor.roles, actor.name, { category, steps, note }, rfc3339(this.now()))[0]!.revision;
    },
  });

  drillScenarios(): Promise<ScenarioSummaryDto[]> {
    return this.respond("drillScenarios", "signedIn", (me) => this.drills.scenarios(this.actor(me)));
  }

  drillScenario(key: string): Promise<ScenarioFile> {
    return this.respond("drillScenario", "signedIn", (me) => this.drills.scenario(this.actor(me), key));
  }

  saveDrillScenario(input: SaveScenarioInput): Promise<ScenarioSummaryDto> {
    return this.respond("saveDrillScenario", "signedIn", (me) => this.drills.saveScenario(this.actor(me), input));
  }

  importDrillScenario(input: ImportScenarioInput): Promise<ScenarioSummaryDto> {
    return this.respond("importDrillScenario", "signedIn", (me) => this.drills.importScenario(this.actor(me), input));
  }

  listDrills(): Promise<DrillRowDto[]> {
    return this.respond("listDrills", "signedIn", (me) => this.drills.list(this.actor(me)));
  }

  getDrill(drillId: string): Promise<DrillDto> {
    return this.respond("getDrill", "signedIn", (me) => this.drills.get(this.actor(me), drillId));
  }

  planDrill(input: DrillPlanInput): Promise<DrillDto> {
    return this.respond("planDrill", "signedIn", (me) => this.drills.plan(this.actor(me), input));
  }

  startDrill(input: StartDrillInput): Promise<DrillDto> {
    return this.respond("startDrill", "signedIn", (me) => this.drills.start(this.actor(me), input));
  }

  drillTick(drillId: string): Promise<DrillDto> {
    return this.respond("drillTick", "signedIn", (me) => this.drills.tick(this.actor(me), drillId));
  }

  drillClock(input: DrillClockInput): Promise<DrillDto> {
    return this.respond("drillClock", "signedIn", (me) => this.drills.clock(this.actor(me), input));
  }

  markInject(input: MarkInjectInput): Promise<DrillDto> {
    return this.respond("markInject", "signedIn", (me) => this.drills.mark(this.actor(me), input));
  }

  endDrill(drillId: string): Promise<DrillDto> {
    return this.respond("endDrill", "signedIn", (me) => this.drills.end(this.actor(me), drillId));
  }

  addDrillLog(input: DrillLogInput): Promise<DrillDto> {
    return this.respond("addDrillLog", "signedIn", (me) => this.drills.addLog(this.actor(me), input));
  }

  saveAfterAction(input: AfterActionInput): Promise<DrillDto> {
    return this.respond("saveAfterAction", "signedIn", (me) => this.drills.saveAfterAction(this.actor(me), input));
  }

  addDrillAction(input: DrillActionInput): Promise<DrillDto> {
    return this.respond("addDrillAction", "signedIn", (me) => this.drills.addAction(this.actor(me), input));
  }

  revisePlaybookAfterDrill(drillId: string): Promise<DrillDto> {
    return this.respond("revisePlaybookAfterDrill", "signedIn", (me) => this.drills.revisePlaybook(this.actor(me), drillId));
  }

  approveDrill(drillId: string): Promise<DrillDto> {
    return this.respond("approveDrill", "signedIn", (me) => this.drills.approve(this.actor(me), drillId));
  }

  reportDrillToCommittee(input: CommitteeReportInput): Promise<DrillDto> {
    return this.respond("reportDrillToCommittee", "signedIn", (me) => this.drills.reportToCommittee(this.actor(me), input));
  }

  recordDrillCall(input: DrillCallInput): Promise<DrillDto> {
    return this.respond("recordDrillCall", "signedIn", (me) => this.drills.recordCall(this.actor(me), input));
  }

  saveDrillRecord(input: SaveDrillRecordInput): Promise<SavedFileDto> {
    return this.respond("saveDrillRecord", "signedIn", (me) => this.drills.saveRecord(this.actor(me), input));
  }

  // ---------------------------------------------------------------- training (memory-training.ts)

  /** 研修: plans, sessions, attendance, handlers and the 12-month alert. */
  private readonly training = new MemoryTraining({
    now: () => this.now(),
    id: (prefix) => this.id(prefix),
    people: () => this.people,
    departments: () => this.departments,
  });

  trainingYear(fiscalYear: number | null): Promise<TrainingYearDto> {
    return this.respond("trainingYear", "signedIn", (me) => this.training.year(this.actor(me), fiscalYear));
  }

  saveTrainingPlan(input: TrainingPlanInput): Promise<TrainingYearDto> {
    return this.respond("saveTrainingPlan", "signedIn", (me) => this.training.savePlan(this.actor(me), input));
  }

  saveTrainingSession(input: TrainingSessionInput): Promise<TrainingSessionDetailDto> {
    return this.respond("saveTrainingSession", "signedIn", (me) => this.training.saveSession(this.actor(me), input));
  }

  trainingSession(sessionId: string): Promise<TrainingSessionDetailDto> {
    return this.respond("trainingSession", "signedIn", (me) => this.training.session(this.actor(me), sessionId));
  }

  recordAttendance(input: AttendanceInput): Promise<TrainingSessionDetailDto> {
    return this.respond("recordAttendance", "signedIn", (me) => this.training.recordAttendance(this.actor(me), input));
  }

  importAttendanceCsv(input: AttendanceCsvInput): Promise<AttendanceImportDto> {
    return this.respond("importAttendanceCsv", "signedIn", (me) => this.training.importCsv(this.actor(me), input));
  }

  trainingHistory(personId: string): Promise<TrainingHistoryDto> {
    return this.respond("trainingHistory", "signedIn", (me) => this.training.history(this.actor(me), personId));
  }

  trainingAlert(): Promise<TrainingAlertListDto> {
    return this.respond("trainingAlert", "signedIn", (me) => this.training.alert(this.actor(me)));
  }

  listMyNumberHandlers(): Promise<MyNumberHandlerDto[]> {
    return this.respond("listMyNumberHandlers", "signedIn", (me) => this.training.listHandlers(this.actor(me)));
  }

  setMyNumberHandler(input: MyNumberHandlerInput): Promise<MyNumberHandlerDto[]> {
    return this.respond("setMyNumberHandler", "signedIn", (me) => this.training.setHandler(this.actor(me), input));
  }

  saveTrainingReport(input: SaveTrainingReportInput): Promise<SavedTrainingReportDto> {
    return this.respond("saveTrainingReport", "signedIn", (me) => this.training.saveReport(this.actor(me), input));
  }

  // ---------------------------------------------------------------- oversight (memory-stats.ts)

  /** Dashboard, statistics and the 年次報告 (issue 10). */
  private readonly stats = new MemoryStats({
    now: () => this.now(),
    cases: () => this.cases,
    deadlines: (roles) => this.obligations.deadlines(roles),
    trainingOverdue: () => this.training.alert({ label: "system:stats", personId: "", roles: ["administrator"] }).alerts.length,
  });

  dashboard(): Promise<DashboardDto> {
    return this.respond("dashboard", "signedIn", (me) => this.stats.dashboard(me.roles));
  }

  statistics(input: StatsQuery): Promise<StatisticsDto> {
    return this.respond("statistics", "signedIn", (me) => this.stats.statistics(me.roles, input));
  }

  exportStatisticsCsv(input: StatsQuery): Promise<ExportDto> {
    return this.respond("exportStatisticsCsv", "signedIn", (me) => this.stats.exportCsv(me.roles, input));
  }

  saveAnnualReport(input: SaveAnnualReportInput): Promise<SavedFileDto> {
    return this.respond("saveAnnualReport", "signedIn", (me) => this.stats.saveAnnualReport(me.roles, input));
  }
}
