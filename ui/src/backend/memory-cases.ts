// CSIRT case work for the in-memory backend, as the Rust side's `sonae_api` case use cases and
// `sonae_core::{workflow, casework, playbook}` rules: the case list's filters, order and pages;
// triage; the workflow moves with the same guards and the same refusal (`error-case-move-missing`
// with `args.missing`); tasks from the playbook and the CISO-report task when a case is judged an
// incident; the recovery checklist; evidence with SHA-256 and custody; meetings and decisions
// decided by someone other than the proposer; root cause and measures; the timeline.
//
// `MemoryBackend` owns the sign-in and the case summaries; this file owns everything else about a
// case and is reached through `CaseHost`. Timeline lines are written in Japanese, as Rust writes
// them (their wording here is close to, not identical with, locales/ja/case.ftl).

import type { ApiError } from "../bindings/ApiError";
import type { CaseDetailDto } from "../bindings/CaseDetailDto";
import type { CaseFilterInput } from "../bindings/CaseFilterInput";
import type { LinkCaseInput } from "../bindings/LinkCaseInput";
import type { LinkKind } from "../bindings/LinkKind";
import type { CaseMove } from "../bindings/CaseMove";
import type { CasePageDto } from "../bindings/CasePageDto";
import type { CaseRowDto } from "../bindings/CaseRowDto";
import type { CaseState } from "../bindings/CaseState";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { Category } from "../bindings/Category";
import type { CauseCategory } from "../bindings/CauseCategory";
import type { CisoReportInput } from "../bindings/CisoReportInput";
import type { CustodyInput } from "../bindings/CustodyInput";
import type { DecideInput } from "../bindings/DecideInput";
import type { DecisionStatus } from "../bindings/DecisionStatus";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { EvidenceCheckDto } from "../bindings/EvidenceCheckDto";
import type { EvidenceFileInput } from "../bindings/EvidenceFileInput";
import type { EvidenceInput } from "../bindings/EvidenceInput";
import type { EvidenceSource } from "../bindings/EvidenceSource";
import type { MeasureInput } from "../bindings/MeasureInput";
import type { MeasureStatus } from "../bindings/MeasureStatus";
import type { MeetingInput } from "../bindings/MeetingInput";
import type { MissingCondition } from "../bindings/MissingCondition";
import type { MoveCaseInput } from "../bindings/MoveCaseInput";
import type { PlaybookStepDto } from "../bindings/PlaybookStepDto";
import type { ProposeDecisionInput } from "../bindings/ProposeDecisionInput";
import type { Role } from "../bindings/Role";
import type { RootCauseInput } from "../bindings/RootCauseInput";
import type { Severity } from "../bindings/Severity";
import type { TaskInput } from "../bindings/TaskInput";
import type { TaskKind } from "../bindings/TaskKind";
import type { TaskList } from "../bindings/TaskList";
import type { TaskStatus } from "../bindings/TaskStatus";
import type { TaskStatusInput } from "../bindings/TaskStatusInput";
import type { TimelineEntryInput } from "../bindings/TimelineEntryInput";
import type { TimelineKind } from "../bindings/TimelineKind";
import type { TriageInput } from "../bindings/TriageInput";
import { parseLocalDateTime } from "./memory-report";

/** Who acts: the signed-in person. `label` is the actor label Rust records (`person:<id>`). */
export interface CaseActor {
  label: string;
  personId: string;
  name: string;
  roles: readonly Role[];
}

/** What the case work needs from the rest of the in-memory backend. */
export interface CaseHost {
  now(): number;
  id(prefix: string): string;
  /** The case summaries (state and 重要度 live there); changed in place. */
  cases(): CaseSummaryDto[];
  people(): readonly { id: string; name: string; roles: readonly Role[] }[];
  /** The organization's CISO-report target in minutes. */
  cisoTargetMinutes(): number;
  /** The CISO's title (副市長 …), for the CISO-report task and the timeline. */
  cisoTitle(): string;
  /** The reports a case was opened from. */
  reportIds(caseId: string): string[];
  /** The category's current playbook; the built-in one when absent. */
  playbook?(category: Category): { revision: number; steps: PlaybookStepDto[] };
}

/** Evidence files may be at most this large (as the Rust side). */
export const MAX_EVIDENCE_FILE_BYTES = 50 * 1024 * 1024;

// ------------------------------------------------------------------ permissions (role.rs)

const VIEW: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];
const HANDLE: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer"];
const DECIDE: readonly Role[] = ["csirtLead", "chiefSecurityOfficer"];
const APPROVE: readonly Role[] = ["csirtLead", "chiefSecurityOfficer", "ciso"];

function may(actor: CaseActor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Deciding moves need 判断 (DecideCases); the routine ones HandleCases, as `cases.rs`. */
function movePermission(move: CaseMove): readonly Role[] {
  return move === "notIncident" || move === "judgeIncident" || move === "close" || move === "reopen" ? DECIDE : HANDLE;
}

// ------------------------------------------------------------------ errors

function fieldId(field: string): string {
  return `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function apiError(code: ErrorCode, messageId: string): ApiError {
  return { code, messageId, args: {}, field: null };
}

function invalid(field: string, messageId: string): ApiError {
  return { code: "validation", messageId, args: { fieldId: fieldId(field) }, field };
}

function required(field: string, value: string, max: number): string {
  const v = value.trim();
  if (!v) throw invalid(field, "error-field-required");
  if ([...v].length > max) throw invalid(field, "error-field-too-long");
  return v;
}

function optional(field: string, value: string, max: number): string {
  const v = value.trim();
  if ([...v].length > max) throw invalid(field, "error-field-too-long");
  return v;
}

/** A `YYYY-MM-DDTHH:MM` Japan time; `past`: not more than a minute ahead of now. */
function localTime(field: string, value: string, now: number, past: boolean): number {
  const v = value.trim();
  if (!v) throw invalid(field, "error-field-required");
  const ms = parseLocalDateTime(v);
  if (ms === null) throw invalid(field, "error-datetime-format");
  if (past && ms > now + 60_000) throw invalid(field, "error-datetime-future");
  return ms;
}

function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// ------------------------------------------------------------------ the workflow (workflow.rs)

const TRANSITIONS: readonly (readonly [CaseState, CaseMove, CaseState])[] = [
  ["received", "startTriage", "triage"],
  ["triage", "notIncident", "notIncident"],
  ["triage", "judgeIncident", "responding"],
  ["responding", "startRecovery", "recovering"],
  ["recovering", "startPrevention", "prevention"],
  ["prevention", "close", "closed"],
  ["responding", "stepBack", "triage"],
  ["recovering", "stepBack", "responding"],
  ["prevention", "stepBack", "recovering"],
  ["closed", "reopen", "triage"],
  ["notIncident", "reopen", "triage"],
];

/** Every move in the order `Move::ALL` lists them. */
const MOVES: readonly CaseMove[] = [
  "startTriage",
  "notIncident",
  "judgeIncident",
  "startRecovery",
  "startPrevention",
  "close",
  "stepBack",
  "reopen",
];

interface Facts {
  reason: string;
  triageRationale: boolean;
  severity: boolean;
  impact: boolean;
  handler: boolean;
  openMandatoryTasks: number;
  recoveryVerified: boolean;
  rootCause: boolean;
  measures: number;
  cisoInformed: boolean;
}

/** `missing_for`: every condition `move` needs that `f` does not meet, in Rust's order. */
function missingFor(move: CaseMove, f: Facts): MissingCondition[] {
  const out: MissingCondition[] = [];
  const need = (ok: boolean, m: MissingCondition) => {
    if (!ok) out.push(m);
  };
  const reason = f.reason.trim() !== "";
  switch (move) {
    case "startTriage":
    case "startRecovery":
      break;
    case "notIncident":
      need(reason || f.triageRationale, "reason");
      break;
    case "judgeIncident":
      need(f.triageRationale, "rationale");
      need(f.severity, "severity");
      need(f.impact, "impact");
      need(f.handler, "handler");
      break;
    case "startPrevention":
      need(f.recoveryVerified, "recoveryNotVerified");
      break;
    case "close":
      need(f.openMandatoryTasks === 0, "openTasks");
      need(f.recoveryVerified, "recoveryNotVerified");
      need(f.rootCause, "rootCause");
      need(f.measures > 0, "measures");
      need(f.cisoInformed, "cisoNotInformed");
      break;
    case "stepBack":
    case "reopen":
      need(reason, "reason");
      break;
  }
  return out;
}

/** `openTasks` → `open_tasks`: the codes `args.missing` carries. */
function snake(code: string): string {
  return code.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const STATE_JA: Record<CaseState, string> = {
  received: "受付",
  triage: "評価中",
  responding: "対応中",
  recovering: "復旧中",
  prevention: "再発防止",
  closed: "完了",
  notIncident: "非該当",
};

const CATEGORY_JA: Record<Category, string> = {
  unauthorizedAccess: "不正アクセス",
  malware: "マルウェア感染",
  targetedMail: "標的型メール",
  webDefacement: "Webページ改ざん",
  dos: "サービス不能攻撃",
  dataLeak: "情報漏えい",
  misdirectedMail: "メール誤送信",
  misdelivery: "誤送付・誤交付",
  lossTheft: "紛失・盗難",
  snsHijack: "SNSアカウントの乗っ取り",
  misconfigExposure: "設定不備による公開",
  systemFailure: "システム障害",
  policyViolation: "規程違反",
  other: "その他",
};

// ------------------------------------------------------------------ playbooks (playbook.rs)

type Step = [TaskKind, string, boolean, number | null];

/** The built-in playbooks' steps (revision 0), with Japanese titles. */
const GENERIC: readonly Step[] = [
  ["containment", "被害の拡大を防ぐ緊急措置を行う（ネットワークからの切り離し等）", true, 2],
  ["otherSystems", "他の情報システムで同種の事象が起きていないか確認する", true, 24],
  ["evidence", "証拠（ログ、端末、文書等）を保全する", true, 4],
  ["inform", "関係する課及び関係機関に連絡する", false, 24],
];

const LOSS_THEFT: readonly Step[] = [
  ["containment", "紛失場所の捜索と立ち寄り先への問合せを行う", true, 2],
  ["containment", "端末の遠隔ロック・データ消去を行う（可能な場合）", true, 2],
  ["containment", "保存されていたアカウントのパスワード変更・利用停止を行う", true, 4],
  ["otherSystems", "持ち出し記録を確認し、他の媒体・端末を棚卸しする", true, 48],
  ["evidence", "紛失時の状況（日時、場所、記録されていた情報）を記録する", true, 4],
  ["inform", "警察に遺失届又は被害届を提出する", true, 24],
  ["inform", "情報を所管する課に連絡する", false, 24],
];

/** The built-in playbook of `category`. */
export function builtInPlaybook(category: Category): PlaybookStepDto[] {
  return (category === "lossTheft" ? LOSS_THEFT : GENERIC).map(([kind, title, mandatory, dueHours]) => ({
    kind,
    title,
    mandatory,
    dueHours,
  }));
}

/** The built-in recovery checklist (004 第71条1), as locales/ja/playbook.ftl words it. */
const RECOVERY_CHECKS: readonly string[] = [
  "原因（不正プログラム、脆弱性、設定の誤り等）が取り除かれていることを確認する",
  "修正プログラムが適用され、ソフトウェアが最新の状態であることを確認する",
  "ウイルス対策ソフト・ファイアウォール等のセキュリティ機能が正常に動作していることを確認する",
  "アカウント・アクセス権限が適正であること（不要なアカウントの削除、パスワードの変更）を確認する",
  "ログが正常に取得・保存されていることを確認する",
  "復旧後の一定期間を監視し、再発や不審な通信がないことを確認する",
]

// ------------------------------------------------------------------ the case's records

interface Task {
  id: string;
  list: TaskList;
  kind: TaskKind;
  title: string;
  mandatory: boolean;
  assignee: string | null;
  dueAt: number | null;
  status: TaskStatus;
  note: string;
  playbookRevision: number | null;
  closedBy: string | null;
  closedAt: number | null;
}

interface EvidenceFile {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  addedBy: string;
  addedAt: number;
  /** The stored bytes (null: the file went missing). */
  content: Uint8Array | null;
}

interface Custody {
  id: string;
  from: string;
  to: string;
  at: number;
  purpose: string;
  recordedBy: string;
}

interface Evidence {
  id: string;
  description: string;
  source: EvidenceSource;
  sourceDetail: string;
  collectedBy: string;
  collectedAt: number;
  storagePlace: string;
  recordedBy: string;
  files: EvidenceFile[];
  custody: Custody[];
}

interface Meeting {
  id: string;
  heldAt: number;
  participants: string;
  agenda: string;
  notes: string;
  recordedBy: string;
}

interface Decision {
  id: string;
  meetingId: string | null;
  text: string;
  proposedBy: string;
  proposedAt: number;
  status: DecisionStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  decisionNote: string;
}

interface Measure {
  id: string;
  text: string;
  status: MeasureStatus;
  owner: string;
  dueOn: string | null;
}

interface Line {
  id: string;
  kind: TimelineKind;
  occurredAt: number;
  recordedAt: number;
  actor: string;
  text: string;
}

interface Work {
  isIncident: boolean | null;
  rationale: string;
  impact: string;
  handler: string | null;
  cisoInformedAt: number | null;
  tasks: Task[];
  evidence: Evidence[];
  meetings: Meeting[];
  decisions: Decision[];
  rootCause: { category: CauseCategory | null; narrative: string; cisoInstructions: string };
  measures: Measure[];
  timeline: Line[];
}

function emptyWork(): Work {
  return {
    isIncident: null,
    rationale: "",
    impact: "",
    handler: null,
    cisoInformedAt: null,
    tasks: [],
    evidence: [],
    meetings: [],
    decisions: [],
    rootCause: { category: null, narrative: "", cisoInstructions: "" },
    measures: [],
    timeline: [],
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const OPEN_STATES: readonly CaseState[] = ["received", "triage", "responding", "recovering", "prevention"];

/** Lower-case hex SHA-256, through the Web Crypto API (browsers and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Strict base64 → bytes, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  try {
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export class MemoryCaseWork {
  private readonly work = new Map<string, Work>();

  /** Links between cases, kept forever (from → to). */
  private readonly links: { from: string; to: string; kind: LinkKind; note: string; by: string; at: number }[] = [];

  constructor(private readonly host: CaseHost) {}

  linkCase(actor: CaseActor, input: LinkCaseInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const wanted = input.otherReceiptNo.trim();
    if (!wanted) throw invalid("otherReceiptNo", "error-field-required");
    const other = this.host.cases().find((c) => c.receiptNo === wanted);
    if (!other) throw invalid("otherReceiptNo", "error-link-unknown");
    if (other.id === summary.id) throw invalid("otherReceiptNo", "error-link-self");
    if (this.links.some((l) => (l.from === summary.id && l.to === other.id) || (l.from === other.id && l.to === summary.id))) {
      throw invalid("otherReceiptNo", "error-link-exists");
    }
    const now = this.host.now();
    this.links.push({ from: summary.id, to: other.id, kind: input.kind, note: input.note.trim(), by: actor.label, at: now });
    this.line(actor, work, "decision", now, `事案 ${other.receiptNo} を関連付けた。`);
    return this.detail(actor, summary);
  }

  // ---------------------------------------------------------------- reading

  searchCases(actor: CaseActor, filter: CaseFilterInput): CasePageDto {
    this.require(actor, VIEW);
    if (!Number.isInteger(filter.pageSize) || filter.pageSize < 1 || filter.pageSize > 200) {
      throw invalid("pageSize", "error-out-of-range");
    }
    if (!Number.isInteger(filter.page) || filter.page < 0) throw invalid("page", "error-out-of-range");
    const now = this.host.now();
    const query = (filter.query ?? "").trim();
    if ([...query].length > 200) throw invalid("query", "error-field-too-long");
    const rows = this.host
      .cases()
      .filter((c) => (filter.state !== null ? c.state === filter.state : !filter.openOnly || OPEN_STATES.includes(c.state)))
      .filter((c) => filter.severity === null || c.severity === filter.severity)
      .filter((c) => filter.category === null || c.category === filter.category)
      .filter((c) => filter.assigneePersonId === null || this.get(c.id).handler === filter.assigneePersonId)
      .map((c) => this.row(c, now, this.snippet(c, query)))
      .filter((r) => query === "" || r.snippet !== null)
      .filter((r) => !filter.overdueOnly || r.overdueTasks > 0);
    const newest = (a: CaseRowDto, b: CaseRowDto) =>
      b.summary.createdAt.localeCompare(a.summary.createdAt) || b.summary.receiptNo.localeCompare(a.summary.receiptNo);
    switch (filter.sort) {
      case "newest":
        rows.sort(newest);
        break;
      case "oldest":
        rows.sort((a, b) => -newest(a, b));
        break;
      case "severity": {
        const rank = (r: CaseRowDto) => (r.summary.severity ? SEVERITY_RANK[r.summary.severity] : 9);
        rows.sort((a, b) => rank(a) - rank(b) || newest(a, b));
        break;
      }
      case "nextDue":
        rows.sort((a, b) => {
          if (a.nextDueAt === b.nextDueAt) return newest(a, b);
          if (a.nextDueAt === null) return 1;
          if (b.nextDueAt === null) return -1;
          return a.nextDueAt.localeCompare(b.nextDueAt);
        });
        break;
    }
    const start = filter.page * filter.pageSize;
    return { rows: rows.slice(start, start + filter.pageSize), total: rows.length, page: filter.page, pageSize: filter.pageSize };
  }

  getCase(actor: CaseActor, caseId: string): CaseDetailDto {
    this.require(actor, VIEW);
    return this.detail(actor, this.summary(caseId));
  }

  // ---------------------------------------------------------------- triage and moves

  triage(actor: CaseActor, input: TriageInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const rationale = optional("rationale", input.rationale, 4000);
    const impact = optional("impact", input.impact, 4000);
    const handler = input.handlerPersonId || null;
    if (handler !== null && !this.host.people().some((p) => p.id === handler)) {
      throw invalid("handlerPersonId", "error-choice-not-found");
    }
    work.isIncident = input.isIncident;
    work.rationale = rationale;
    work.impact = impact;
    work.handler = handler;
    summary.severity = input.severity;
    this.line(actor, work, "decision", this.host.now(), "評価の内容（インシデントか否か、影響範囲、重要度、担当者）を更新した。");
    return this.detail(actor, summary);
  }

  move(actor: CaseActor, input: MoveCaseInput): CaseDetailDto {
    this.require(actor, movePermission(input.move));
    const summary = this.summary(input.caseId);
    const work = this.get(summary.id);
    const reason = input.reason.trim();
    if ([...reason].length > 4000) throw invalid("reason", "error-field-too-long");
    const from = summary.state;
    const to = TRANSITIONS.find(([f, m]) => f === from && m === input.move)?.[2];
    if (!to) throw apiError("conflict", "error-case-move-not-allowed");
    const missing = missingFor(input.move, this.facts(summary, work, reason));
    if (missing.length > 0) {
      const error: ApiError = {
        code: "validation",
        messageId: "error-case-move-missing",
        args: { missing: missing.map(snake).join(",") },
        field: null,
      };
      if (missing.includes("reason")) {
        error.field = "reason";
        error.args.fieldId = "field-reason";
      }
      throw error;
    }
    const now = this.host.now();
    summary.state = to;
    if (input.move === "judgeIncident") {
      work.isIncident = true;
      this.startResponse(actor, summary, work, now);
    }
    if (input.move === "notIncident") work.isIncident = false;
    const text = reason
      ? `状態を「${STATE_JA[from]}」から「${STATE_JA[to]}」に変更した。理由: ${reason}`
      : `状態を「${STATE_JA[from]}」から「${STATE_JA[to]}」に変更した。`;
    this.line(actor, work, "decision", now, text);
    return this.detail(actor, summary);
  }

  recordCisoReport(actor: CaseActor, input: CisoReportInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const now = this.host.now();
    const at = localTime("at", input.at, now, true);
    const note = optional("note", input.note, 2000);
    work.cisoInformedAt = at;
    for (const t of work.tasks) {
      if (t.kind === "cisoReport" && t.status === "open") {
        t.status = "done";
        t.note = note;
        t.closedBy = actor.label;
        t.closedAt = now;
      }
    }
    this.line(actor, work, "communication", at, `${this.host.cisoTitle()}（CISO）に第一報を行った。${note}`);
    return this.detail(actor, summary);
  }

  addTimelineEntry(actor: CaseActor, input: TimelineEntryInput): CaseDetailDto {
    this.require(actor, HANDLE);
    const summary = this.summary(input.caseId);
    const work = this.get(summary.id);
    if (input.kind === "action") throw invalid("kind", "error-invalid-choice");
    const now = this.host.now();
    const at = localTime("occurredAt", input.occurredAt, now, true);
    const text = required("text", input.text, 4000);
    this.line(actor, work, input.kind, at, text);
    return this.detail(actor, summary);
  }

  // ---------------------------------------------------------------- tasks

  saveTask(actor: CaseActor, input: TaskInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const now = this.host.now();
    if (input.kind === "cisoReport" && !input.taskId) throw invalid("kind", "error-invalid-choice");
    const title = required("title", input.title, 200);
    const assignee = input.assigneePersonId || null;
    if (assignee !== null && !this.host.people().some((p) => p.id === assignee)) {
      throw invalid("assigneePersonId", "error-choice-not-found");
    }
    const dueAt = input.dueAt.trim() ? localTime("dueAt", input.dueAt, now, false) : null;
    if (input.taskId) {
      const task = work.tasks.find((t) => t.id === input.taskId);
      if (!task) throw apiError("notFound", "error-not-found");
      if (task.kind === "cisoReport" && input.kind !== "cisoReport") throw invalid("kind", "error-invalid-choice");
      Object.assign(task, { list: input.list, kind: input.kind, title, mandatory: input.mandatory, assignee, dueAt });
      this.line(actor, work, "action", now, `作業「${title}」を変更した。`);
    } else {
      work.tasks.push({
        id: this.host.id("task"),
        list: input.list,
        kind: input.kind,
        title,
        mandatory: input.mandatory,
        assignee,
        dueAt,
        status: "open",
        note: "",
        playbookRevision: null,
        closedBy: null,
        closedAt: null,
      });
      const what = input.list === "recovery" ? "復旧確認の項目" : "作業";
      this.line(actor, work, "action", now, `${what}「${title}」を追加した。`);
    }
    return this.detail(actor, summary);
  }

  setTaskStatus(actor: CaseActor, input: TaskStatusInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const task = work.tasks.find((t) => t.id === input.taskId);
    if (!task) throw apiError("notFound", "error-not-found");
    const note = input.note.trim();
    if ([...note].length > 2000) throw invalid("note", "error-field-too-long");
    if (input.status === "waived" && !note) throw invalid("note", "error-task-waive-reason");
    const now = this.host.now();
    task.status = input.status;
    task.note = note;
    task.closedBy = input.status === "open" ? null : actor.label;
    task.closedAt = input.status === "open" ? null : now;
    const text =
      input.status === "done"
        ? `「${task.title}」を完了した。${note}`
        : input.status === "waived"
          ? `「${task.title}」を不要とした。理由: ${note}`
          : `「${task.title}」を未完了に戻した。`;
    this.line(actor, work, "action", now, text);
    return this.detail(actor, summary);
  }

  // ---------------------------------------------------------------- evidence

  addEvidence(actor: CaseActor, input: EvidenceInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const now = this.host.now();
    const evidence: Evidence = {
      id: this.host.id("evidence"),
      description: required("description", input.description, 2000),
      source: input.source,
      sourceDetail: optional("sourceDetail", input.sourceDetail, 500),
      collectedBy: required("collectedBy", input.collectedBy, 200),
      collectedAt: localTime("collectedAt", input.collectedAt, now, true),
      storagePlace: required("storagePlace", input.storagePlace, 500),
      recordedBy: actor.label,
      files: [],
      custody: [],
    };
    work.evidence.push(evidence);
    this.line(actor, work, "action", now, `証拠「${evidence.description}」を登録した。`);
    return this.detail(actor, summary);
  }

  /** `content`/`sha256`: the decoded bytes and their hash (null when not base64). */
  attachEvidenceFile(actor: CaseActor, input: EvidenceFileInput, content: Uint8Array | null, sha256: string | null): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const evidence = work.evidence.find((e) => e.id === input.evidenceId);
    if (!evidence) throw apiError("notFound", "error-not-found");
    const fileName = input.fileName.split(/[/\\]/).at(-1)?.trim() ?? "";
    if (!fileName || fileName === "." || fileName === "..") throw invalid("fileName", "error-field-required");
    if ([...fileName].length > 255 || /[\u0000-\u001f\u007f]/.test(fileName)) throw invalid("fileName", "error-evidence-file-name");
    const tooLarge = () => ({ ...invalid("file", "error-evidence-file-too-large"), args: { fieldId: "field-file", maxMb: "50" } });
    if (input.contentBase64.length > (MAX_EVIDENCE_FILE_BYTES / 3) * 4 + 8) throw tooLarge();
    if (content === null || sha256 === null) throw invalid("file", "error-evidence-file-unreadable");
    if (content.length === 0) throw invalid("file", "error-evidence-file-empty");
    if (content.length > MAX_EVIDENCE_FILE_BYTES) throw tooLarge();
    const now = this.host.now();
    evidence.files.push({ id: this.host.id("file"), fileName, sha256, size: content.length, addedBy: actor.label, addedAt: now, content });
    this.line(actor, work, "action", now, `証拠「${evidence.description}」にファイル「${fileName}」を添付した（SHA-256：${sha256}）。`);
    return this.detail(actor, summary);
  }

  transferCustody(actor: CaseActor, input: CustodyInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const evidence = work.evidence.find((e) => e.id === input.evidenceId);
    if (!evidence) throw apiError("notFound", "error-not-found");
    const now = this.host.now();
    const at = localTime("at", input.at, now, true);
    const last = evidence.custody.at(-1)?.at;
    if (at < evidence.collectedAt || (last !== undefined && at < last)) throw invalid("at", "error-custody-before-previous");
    const from = required("from", input.from, 200);
    const to = required("to", input.to, 200);
    if (from === to) throw invalid("to", "error-custody-same-holder");
    const purpose = required("purpose", input.purpose, 500);
    evidence.custody.push({ id: this.host.id("custody"), from, to, at, purpose, recordedBy: actor.label });
    this.line(actor, work, "action", at, `証拠「${evidence.description}」を${from}から${to}に引き渡した。目的: ${purpose}`);
    return this.detail(actor, summary);
  }

  /** The stored files of a case, for the re-check (its hashing is asynchronous). */
  filesToCheck(actor: CaseActor, caseId: string) {
    this.require(actor, HANDLE);
    const work = this.get(this.summary(caseId).id);
    return work.evidence.flatMap((e) => e.files.map((f) => ({ evidence: e, file: f })));
  }

  /** Writes the re-check's result into the timeline and answers it. */
  recheckDone(actor: CaseActor, caseId: string, checked: number, mismatches: EvidenceCheckDto["mismatches"]): EvidenceCheckDto {
    const work = this.get(this.summary(caseId).id);
    const now = this.host.now();
    this.line(actor, work, "action", now, `証拠ファイルのハッシュ値を再確認した（${checked}件、不一致${mismatches.length}件）。`);
    return { checked, mismatches, checkedAt: rfc3339(now) };
  }

  /** Tests: replaces a stored file's bytes (null: the file disappears). */
  tamperFile(fileId: string, content: Uint8Array | null): void {
    for (const w of this.work.values()) {
      for (const e of w.evidence) {
        const f = e.files.find((x) => x.id === fileId);
        if (f) {
          f.content = content;
          return;
        }
      }
    }
    throw new Error(`no evidence file ${fileId}`);
  }

  // ---------------------------------------------------------------- meetings and decisions

  holdMeeting(actor: CaseActor, input: MeetingInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const now = this.host.now();
    const meeting: Meeting = {
      id: this.host.id("meeting"),
      heldAt: localTime("heldAt", input.heldAt, now, false),
      participants: required("participants", input.participants, 2000),
      agenda: required("agenda", input.agenda, 2000),
      notes: optional("notes", input.notes, 4000),
      recordedBy: actor.label,
    };
    work.meetings.push(meeting);
    this.line(actor, work, "decision", meeting.heldAt, `緊急対策会議を記録した。議題: ${meeting.agenda}`);
    return this.detail(actor, summary);
  }

  proposeDecision(actor: CaseActor, input: ProposeDecisionInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const meetingId = input.meetingId || null;
    if (meetingId !== null && !work.meetings.some((m) => m.id === meetingId)) {
      throw invalid("meetingId", "error-choice-not-found");
    }
    const text = required("text", input.text, 2000);
    const now = this.host.now();
    work.decisions.push({
      id: this.host.id("decision"),
      meetingId,
      text,
      proposedBy: actor.label,
      proposedAt: now,
      status: "proposed",
      decidedBy: null,
      decidedAt: null,
      decisionNote: "",
    });
    this.line(actor, work, "decision", now, `決定事項を提案した: ${text}`);
    return this.detail(actor, summary);
  }

  decideDecision(actor: CaseActor, input: DecideInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, APPROVE);
    const decision = work.decisions.find((d) => d.id === input.decisionId);
    if (!decision) throw apiError("notFound", "error-not-found");
    if (decision.status !== "proposed") throw apiError("conflict", "error-decision-already-decided");
    if (decision.proposedBy === actor.label) throw apiError("forbidden", "error-decision-own-proposal");
    const note = optional("note", input.note, 2000);
    const now = this.host.now();
    decision.status = input.approve ? "approved" : "rejected";
    decision.decidedBy = actor.label;
    decision.decidedAt = now;
    decision.decisionNote = note;
    const verb = input.approve ? "承認した" : "却下した";
    this.line(actor, work, "decision", now, `決定事項「${decision.text}」を${verb}。${note}`);
    return this.detail(actor, summary);
  }

  // ---------------------------------------------------------------- root cause and measures

  saveRootCause(actor: CaseActor, input: RootCauseInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    work.rootCause = {
      category: input.category,
      narrative: optional("narrative", input.narrative, 4000),
      cisoInstructions: optional("cisoInstructions", input.cisoInstructions, 4000),
    };
    this.line(actor, work, "action", this.host.now(), "原因及びCISOの指示を記録した。");
    return this.detail(actor, summary);
  }

  saveMeasure(actor: CaseActor, input: MeasureInput): CaseDetailDto {
    const { summary, work } = this.changing(actor, input.caseId, HANDLE);
    const text = required("text", input.text, 2000);
    const owner = required("owner", input.owner, 200);
    const due = input.dueOn.trim();
    if (due && !validDate(due)) throw invalid("dueOn", "error-date-format");
    if (input.status === "planned" && !due) throw invalid("dueOn", "error-measure-due-required");
    const measure: Measure = { id: input.measureId ?? this.host.id("measure"), text, status: input.status, owner, dueOn: due || null };
    if (input.measureId) {
      const i = work.measures.findIndex((m) => m.id === input.measureId);
      if (i < 0) throw apiError("notFound", "error-not-found");
      work.measures[i] = measure;
      this.line(actor, work, "action", this.host.now(), `再発防止策「${text}」を変更した。`);
    } else {
      work.measures.push(measure);
      this.line(actor, work, "action", this.host.now(), `再発防止策「${text}」を登録した。`);
    }
    return this.detail(actor, summary);
  }

  // ---------------------------------------------------------------- demo

  /**
   * Gives the demo cases the work their state implies: judged cases have their tasks, the CISO
   * informed, a handler; recovered ones a verified checklist; closed ones root cause and measures.
   */
  seedDemo(handlerId: string | null, actorLabel: string): void {
    const seedActor: CaseActor = { label: actorLabel, personId: "", name: "", roles: [] };
    for (const summary of this.host.cases()) {
      const work = this.get(summary.id);
      const created = Date.parse(summary.createdAt);
      const at = (minutes: number) => created + minutes * 60_000;
      this.line(seedActor, work, "action", created, "職員からの報告を受け付けた。", created);
      if (summary.state === "received") continue;
      work.rationale = summary.state === "notIncident" ? "CMSの表示設定の誤りによるもので、改ざんの痕跡はなかった。" : "";
      if (summary.state === "triage") {
        work.rationale = "添付ファイルは開いていないとの申告。送信元の確認中。";
        work.handler = handlerId;
        continue;
      }
      if (summary.state === "notIncident") {
        work.isIncident = false;
        continue;
      }
      work.isIncident = true;
      work.rationale = "個人情報を含む情報の漏えいのおそれがあるため。";
      work.impact = "対象の課が保有する住民の個人情報";
      work.handler = handlerId;
      this.startResponse(seedActor, summary, work, at(60));
      work.cisoInformedAt = at(90);
      const done = (t: Task, minutes: number) => {
        t.status = "done";
        t.closedBy = actorLabel;
        t.closedAt = at(minutes);
      };
      for (const t of work.tasks) if (t.kind === "cisoReport") done(t, 90);
      if (summary.state === "responding") continue;
      for (const t of work.tasks) if (t.list === "response" && t.status === "open") done(t, 24 * 60);
      if (summary.state === "recovering") continue;
      for (const t of work.tasks) if (t.list === "recovery") done(t, 3 * 24 * 60);
      work.rootCause = { category: "humanError", narrative: "持ち出し手順の確認が不十分だった。", cisoInstructions: "" };
      if (summary.state === "prevention") continue;
      work.measures.push({ id: this.host.id("measure"), text: "窓口での本人確認手順を見直した。", status: "done", owner: "市民課", dueOn: null });
    }
  }

  // ---------------------------------------------------------------- helpers

  private require(actor: CaseActor, roles: readonly Role[]): void {
    if (!may(actor, roles)) throw apiError("forbidden", "error-forbidden");
  }

  private summary(caseId: string): CaseSummaryDto {
    const c = this.host.cases().find((x) => x.id === caseId);
    if (!c) throw apiError("notFound", "error-not-found");
    return c;
  }

  private get(caseId: string): Work {
    let w = this.work.get(caseId);
    if (!w) {
      w = emptyWork();
      this.work.set(caseId, w);
    }
    return w;
  }

  /** An open case the actor may change (a closed one must be reopened first). */
  private changing(actor: CaseActor, caseId: string, roles: readonly Role[]): { summary: CaseSummaryDto; work: Work } {
    this.require(actor, roles);
    const summary = this.summary(caseId);
    if (!OPEN_STATES.includes(summary.state)) throw apiError("conflict", "error-case-closed");
    return { summary, work: this.get(summary.id) };
  }

  /**
   * The tasks of judging a case an incident, each part once per case (as `tasks_for_incident`):
   * the 第一報 to the CISO (due after the target time), the playbook's steps, the recovery checklist.
   */
  private startResponse(actor: CaseActor, summary: CaseSummaryDto, work: Work, now: number): void {
    const task = (list: TaskList, kind: TaskKind, title: string, mandatory: boolean, dueAt: number | null, revision: number | null): Task => ({
      id: this.host.id("task"),
      list,
      kind,
      title,
      mandatory,
      assignee: null,
      dueAt,
      status: "open",
      note: "",
      playbookRevision: revision,
      closedBy: null,
      closedAt: null,
    });
    const created: Task[] = [];
    if (!work.tasks.some((t) => t.kind === "cisoReport")) {
      const t = task("response", "cisoReport", `${this.host.cisoTitle()}（CISO）への第一報`, true, now + this.host.cisoTargetMinutes() * 60_000, null);
      if (work.cisoInformedAt !== null) Object.assign(t, { status: "done", closedBy: actor.label, closedAt: now });
      created.push(t);
    }
    if (!work.tasks.some((t) => t.playbookRevision !== null)) {
      const playbook = this.currentPlaybook(summary.category);
      for (const s of playbook.steps) {
        created.push(task("response", s.kind, s.title, s.mandatory, s.dueHours === null ? null : now + s.dueHours * 3600_000, playbook.revision));
      }
      this.line(actor, work, "action", now, `事故対応手順書（${CATEGORY_JA[summary.category]}、第${playbook.revision}版）から作業${playbook.steps.length}件を作成した。`);
    }
    if (!work.tasks.some((t) => t.list === "recovery")) {
      for (const title of RECOVERY_CHECKS) created.push(task("recovery", "recoveryCheck", title, true, null, null));
    }
    work.tasks.push(...created);
  }

  private currentPlaybook(category: Category): { revision: number; steps: PlaybookStepDto[] } {
    return this.host.playbook?.(category) ?? { revision: 0, steps: builtInPlaybook(category) };
  }

  private facts(summary: CaseSummaryDto, work: Work, reason: string): Facts {
    const recovery = work.tasks.filter((t) => t.list === "recovery");
    return {
      reason,
      triageRationale: work.rationale.trim() !== "",
      severity: summary.severity !== null,
      impact: work.impact.trim() !== "",
      handler: work.handler !== null,
      openMandatoryTasks: work.tasks.filter((t) => t.list === "response" && t.mandatory && t.status === "open").length,
      recoveryVerified:
        recovery.length > 0 && recovery.every((t) => t.status !== "open") && recovery.some((t) => t.status === "done"),
      rootCause: work.rootCause.category !== null && work.rootCause.narrative.trim() !== "",
      measures: work.measures.length,
      cisoInformed: work.cisoInformedAt !== null,
    };
  }

  private line(actor: CaseActor, work: Work, kind: TimelineKind, occurredAt: number, text: string, recordedAt?: number): void {
    work.timeline.push({
      id: this.host.id("timeline"),
      kind,
      occurredAt,
      recordedAt: recordedAt ?? this.host.now(),
      actor: actor.label,
      text,
    });
  }

  /** `person:<id>` → the person's name; any other label as it is. */
  private nameOf(label: string): string {
    const id = label.startsWith("person:") ? label.slice("person:".length) : null;
    return (id && this.host.people().find((p) => p.id === id)?.name) || label;
  }

  private personName(id: string | null): string | null {
    return id === null ? null : (this.host.people().find((p) => p.id === id)?.name ?? null);
  }

  /** Where `query` occurs in a case's texts (title, timeline, tasks, evidence), marked as Rust marks it. */
  private snippet(summary: CaseSummaryDto, query: string): string | null {
    if (query === "") return null;
    const work = this.get(summary.id);
    const texts = [
      summary.title,
      work.rationale,
      ...work.timeline.map((l) => l.text),
      ...work.tasks.map((t) => `${t.title} ${t.note}`),
      ...work.evidence.map((e) => `${e.description} ${e.sourceDetail} ${e.storagePlace}`),
    ];
    const q = query.toLowerCase();
    for (const text of texts) {
      const at = text.toLowerCase().indexOf(q);
      if (at >= 0) {
        const start = Math.max(0, at - 16);
        const end = Math.min(text.length, at + query.length + 16);
        return `${start > 0 ? "…" : ""}${text.slice(start, at)}\u0002${text.slice(at, at + query.length)}\u0003${text.slice(at + query.length, end)}${end < text.length ? "…" : ""}`;
      }
    }
    return null;
  }

  private row(summary: CaseSummaryDto, now: number, snippet: string | null = null): CaseRowDto {
    const work = this.get(summary.id);
    const open = work.tasks.filter((t) => t.status === "open");
    const due = open.map((t) => t.dueAt).filter((d): d is number => d !== null);
    return {
      summary: { ...summary },
      handlerName: this.personName(work.handler),
      openTasks: open.length,
      overdueTasks: open.filter((t) => t.dueAt !== null && t.dueAt < now).length,
      snippet,
      nextDueAt: due.length ? rfc3339(Math.min(...due)) : null,
    };
  }

  private detail(actor: CaseActor, summary: CaseSummaryDto): CaseDetailDto {
    const work = this.get(summary.id);
    const now = this.host.now();
    const facts = this.facts(summary, work, "");
    const time = (ms: number | null) => (ms === null ? null : rfc3339(ms));
    const timeline = [...work.timeline].sort((a, b) => a.occurredAt - b.occurredAt || a.recordedAt - b.recordedAt);
    return {
      summary: { ...summary },
      isIncident: work.isIncident,
      triageRationale: work.rationale,
      impact: work.impact,
      handlerPersonId: work.handler,
      handlerName: this.personName(work.handler),
      cisoInformedAt: time(work.cisoInformedAt),
      timeline: timeline.map((l) => ({
        id: l.id,
        kind: l.kind,
        occurredAt: rfc3339(l.occurredAt),
        recordedAt: rfc3339(l.recordedAt),
        actor: this.nameOf(l.actor),
        text: l.text,
      })),
      moves: MOVES.filter((m) => TRANSITIONS.some(([f, mv]) => f === summary.state && mv === m)).map((move) => ({
        move,
        permitted: may(actor, movePermission(move)),
        missing: missingFor(move, facts).filter((m) => m !== "reason"),
      })),
      reportIds: this.host.reportIds(summary.id),
      cisoReportDueAt: time(work.tasks.find((t) => t.kind === "cisoReport")?.dueAt ?? null),
      tasks: [...work.tasks]
        .sort((a, b) => (a.list === b.list ? 0 : a.list === "response" ? -1 : 1))
        .map((t) => ({
          id: t.id,
          list: t.list,
          kind: t.kind,
          title: t.title,
          mandatory: t.mandatory,
          assigneePersonId: t.assignee,
          assigneeName: this.personName(t.assignee),
          dueAt: time(t.dueAt),
          status: t.status,
          note: t.note,
          playbookRevision: t.playbookRevision,
          closedBy: t.closedBy === null ? null : this.nameOf(t.closedBy),
          closedAt: time(t.closedAt),
          overdue: t.status === "open" && t.dueAt !== null && t.dueAt < now,
        })),
      evidence: work.evidence.map((e) => ({
        id: e.id,
        description: e.description,
        source: e.source,
        sourceDetail: e.sourceDetail,
        collectedBy: e.collectedBy,
        collectedAt: rfc3339(e.collectedAt),
        storagePlace: e.storagePlace,
        recordedBy: this.nameOf(e.recordedBy),
        currentHolder: e.custody.at(-1)?.to ?? e.collectedBy,
        files: e.files.map((f) => ({
          id: f.id,
          fileName: f.fileName,
          sha256: f.sha256,
          size: f.size,
          addedBy: this.nameOf(f.addedBy),
          addedAt: rfc3339(f.addedAt),
        })),
        custody: e.custody.map((c) => ({
          id: c.id,
          from: c.from,
          to: c.to,
          at: rfc3339(c.at),
          purpose: c.purpose,
          recordedBy: this.nameOf(c.recordedBy),
        })),
      })),
      meetings: work.meetings.map((m) => ({
        id: m.id,
        heldAt: rfc3339(m.heldAt),
        participants: m.participants,
        agenda: m.agenda,
        notes: m.notes,
        recordedBy: this.nameOf(m.recordedBy),
      })),
      decisions: work.decisions.map((d) => ({
        id: d.id,
        meetingId: d.meetingId,
        text: d.text,
        proposedBy: this.nameOf(d.proposedBy),
        proposedAt: rfc3339(d.proposedAt),
        status: d.status,
        decidedBy: d.decidedBy === null ? null : this.nameOf(d.decidedBy),
        decidedAt: time(d.decidedAt),
        decisionNote: d.decisionNote,
        canDecide: d.status === "proposed" && d.proposedBy !== actor.label && may(actor, APPROVE) && OPEN_STATES.includes(summary.state),
        own: d.proposedBy === actor.label,
      })),
      rootCause: { ...work.rootCause },
      measures: work.measures.map((m) => ({ ...m })),
      playbookRevision: this.currentPlaybook(summary.category).revision,
      permissions: { handle: may(actor, HANDLE), decide: may(actor, DECIDE), approveDecisions: may(actor, APPROVE) },
      links: this.links
        .filter((l) => l.from === summary.id || l.to === summary.id)
        .flatMap((l) => {
          const outgoing = l.from === summary.id;
          const other = this.host.cases().find((c) => c.id === (outgoing ? l.to : l.from));
          if (!other) return [];
          return [
            {
              otherCaseId: other.id,
              otherReceiptNo: other.receiptNo,
              otherTitle: other.title,
              otherState: other.state,
              kind: l.kind,
              outgoing,
              note: l.note,
              createdBy: this.nameOf(l.by),
              createdAt: rfc3339(l.at),
            },
          ];
        }),
    };
  }
}

/** `YYYY-MM-DD`, a real date. */
function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
