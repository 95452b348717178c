// 研修 in memory (MemoryBackend): a reduced mirror of `sonae-api/src/training.rs` and
// `sonae-core/src/training.rs` for UI tests and browser-mode development — the same permissions,
// field names and message ids, the attendance CSV read whole or refused at its first bad row
// (`rows[<row>].<column>` with row, line and column), the 12-month alert with its three reasons,
// and the demo's plan, sessions and handlers relative to the host's clock. There is no PDF here:
// saving the report answers the path with a stand-in digest.

import type { ApiError } from "../bindings/ApiError";
import type { AttendanceCsvInput } from "../bindings/AttendanceCsvInput";
import type { AttendanceImportDto } from "../bindings/AttendanceImportDto";
import type { AttendanceInput } from "../bindings/AttendanceInput";
import type { AttendanceStatus } from "../bindings/AttendanceStatus";
import type { MyNumberHandlerDto } from "../bindings/MyNumberHandlerDto";
import type { MyNumberHandlerInput } from "../bindings/MyNumberHandlerInput";
import type { Role } from "../bindings/Role";
import type { SavedTrainingReportDto } from "../bindings/SavedTrainingReportDto";
import type { SaveTrainingReportInput } from "../bindings/SaveTrainingReportInput";
import type { TrainingAlertDto } from "../bindings/TrainingAlertDto";
import type { TrainingAlertListDto } from "../bindings/TrainingAlertListDto";
import type { TrainingAlertReason } from "../bindings/TrainingAlertReason";
import type { TrainingAudience } from "../bindings/TrainingAudience";
import type { TrainingHistoryDto } from "../bindings/TrainingHistoryDto";
import type { TrainingPlanDto } from "../bindings/TrainingPlanDto";
import type { TrainingPlanInput } from "../bindings/TrainingPlanInput";
import type { TrainingSessionDetailDto } from "../bindings/TrainingSessionDetailDto";
import type { TrainingSessionDto } from "../bindings/TrainingSessionDto";
import type { TrainingSessionInput } from "../bindings/TrainingSessionInput";
import type { TrainingTopic } from "../bindings/TrainingTopic";
import type { TrainingYearDto } from "../bindings/TrainingYearDto";

export interface TrainingHost {
  now(): number;
  id(prefix: string): string;
  people(): readonly { id: string; name: string; nameKana: string; departmentId: string | null }[];
  departments(): readonly { id: string; name: string }[];
}

export interface TrainingActor {
  label: string;
  personId: string;
  roles: readonly Role[];
}

/** `Action::ViewTraining` and `Action::ManageTraining` (sonae-core/src/role.rs). */
const VIEW: readonly Role[] = ["administrator", "csirtLead", "chiefSecurityOfficer", "ciso"];
const MANAGE: readonly Role[] = ["administrator", "chiefSecurityOfficer"];

/** Topics in declaration order (the order Rust keeps them in). */
const TOPICS: readonly TrainingTopic[] = [
  "cyberThreats",
  "securityPolicy",
  "personalInfo",
  "incidentResponse",
  "targetedMailDrill",
  "systemOperation",
  "contractorManagement",
  "other",
];

interface Session {
  id: string;
  heldOn: string;
  title: string;
  topics: TrainingTopic[];
  audience: TrainingAudience;
  instructor: string;
  note: string;
  makeupOf: string | null;
}

interface Attendance {
  sessionId: string;
  personId: string;
  status: AttendanceStatus;
  comprehension: number | null;
}

interface Handler {
  personId: string;
  designatedOn: string;
  note: string;
  releasedOn: string | null;
}

function fieldId(field: string): string {
  return `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function apiError(code: ApiError["code"], messageId: string): ApiError {
  return { code, messageId, args: {}, field: null };
}

function invalid(field: string, messageId: string, label = field): ApiError {
  return { code: "validation", messageId, args: { fieldId: fieldId(label) }, field };
}

const FORBIDDEN = (): ApiError => apiError("forbidden", "error-forbidden");
const NOT_FOUND = (): ApiError => apiError("notFound", "error-not-found");

/** Full-width ASCII (ＡＢＣ１２３) as half-width. */
function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function normalizeName(name: string): string {
  return foldWidth(name.replace(/\s/g, ""));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function dayText(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y!, m!, d!];
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `day` moved by `months` (negative: back), the day of month clamped (29 February → 28). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayText(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function fiscalYearOf(day: string): number {
  const [y, m] = parts(day);
  return m >= 4 ? y : y - 1;
}

/** A day as typed: `2026-06-19`, also with full-width digits or `/` `.` between the parts. */
function parseDay(typed: string): string | null {
  const t = foldWidth(typed.trim()).replace(/[/.－‐]/g, "-");
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayText(y, mo, d);
}

/** A 理解度 as typed: empty → null; 0–100 in half- or full-width digits; otherwise `undefined`. */
function parseScore(typed: string): number | null | undefined {
  const t = foldWidth(typed.trim());
  if (t === "") return null;
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 100 ? n : undefined;
}

function parseAttendance(typed: string): AttendanceStatus | null {
  const t = foldWidth(typed.trim()).toLowerCase();
  if (["出席", "出", "○", "〇", "◯", "attended", "present"].includes(t)) return "attended";
  if (["欠席", "欠", "×", "✕", "x", "absent"].includes(t)) return "absent";
  return null;
}

/** CSV records (RFC 4180), each with the line it starts on; an unclosed quote answers its line. */
function csvRecords(text: string): { line: number; fields: string[] }[] | number {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const out: { line: number; fields: string[] }[] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  let any = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    any = true;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else if (c === "\n") {
        line++;
        field += "\n";
      } else if (c !== "\r") field += c;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n") {
      record.push(field);
      field = "";
      out.push({ line: start, fields: record });
      record = [];
      line++;
      start = line;
      any = false;
    } else if (c !== "\r") field += c;
  }
  if (quoted) return quoteLine;
  if (any) {
    record.push(field);
    out.push({ line: start, fields: record });
  }
  return out;
}

const COLUMNS: readonly { field: string; canonical: string; names: readonly string[] }[] = [
  { field: "name", canonical: "氏名", names: ["氏名", "名前", "職員名", "受講者", "name"] },
  { field: "attendance", canonical: "出欠", names: ["出欠", "出席", "出欠席", "出欠状況", "attendance"] },
  { field: "comprehension", canonical: "理解度", names: ["理解度", "理解度(点)", "理解度（点）", "score", "comprehension"] },
];

function csvError(row: number, line: number, column: string, header: string, messageId: string): ApiError {
  return {
    code: "validation",
    messageId,
    args: { row: String(row), line: String(line), column: header, fieldId: "field-csv" },
    field: row === 0 ? "csv" : `rows[${row}].${column}`,
  };
}

export class MemoryTraining {
  private plans: TrainingPlanDto[] = [];
  private sessions: Session[] = [];
  private attendance: Attendance[] = [];
  private handlers: Handler[] = [];
  private readonly written = new Set<string>();

  constructor(private readonly host: TrainingHost) {}

  private today(): string {
    return new Date(this.host.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  }

  private view(actor: TrainingActor): void {
    if (!actor.roles.some((r) => VIEW.includes(r))) throw FORBIDDEN();
  }

  private manage(actor: TrainingActor): void {
    if (!actor.roles.some((r) => MANAGE.includes(r))) throw FORBIDDEN();
  }

  /** The register in 五十音順. */
  private register() {
    return [...this.host.people()].sort((a, b) =>
      a.nameKana === b.nameKana ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.nameKana < b.nameKana ? -1 : 1,
    );
  }

  private rank(personId: string): number {
    const i = this.register().findIndex((p) => p.id === personId);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  }

  private person(personId: string) {
    return this.host.people().find((p) => p.id === personId);
  }

  private department(personId: string): string | null {
    const dep = this.person(personId)?.departmentId;
    return this.host.departments().find((d) => d.id === dep)?.name ?? null;
  }

  private sessionDto(s: Session): TrainingSessionDto {
    const records = this.attendance.filter((a) => a.sessionId === s.id);
    const attended = records.filter((a) => a.status === "attended");
    const scored = attended.filter((a) => a.comprehension !== null);
    const n = records.length;
    const tenths = (num: number, den: number) => {
      const v = Math.floor((num * 20 + den) / (2 * den));
      return `${Math.floor(v / 10)}.${v % 10}`;
    };
    const original = s.makeupOf ? this.sessions.find((o) => o.id === s.makeupOf) : undefined;
    return {
      id: s.id,
      heldOn: s.heldOn,
      fiscalYear: fiscalYearOf(s.heldOn),
      title: s.title,
      topics: [...s.topics],
      audience: s.audience,
      instructor: s.instructor,
      note: s.note,
      makeupOf: s.makeupOf,
      makeupOfHeldOn: original?.heldOn ?? null,
      makeupOfTitle: original?.title ?? null,
      held: s.heldOn <= this.today(),
      attended: attended.length,
      absent: n - attended.length,
      attendanceRate: n > 0 ? tenths(attended.length * 100, n) : null,
      comprehensionAverage: scored.length > 0 ? tenths(scored.reduce((sum, a) => sum + (a.comprehension ?? 0), 0), scored.length) : null,
    };
  }

  year(actor: TrainingActor, fiscalYear: number | null): TrainingYearDto {
    this.view(actor);
    const today = this.today();
    const current = fiscalYearOf(today);
    const fy = fiscalYear ?? current;
    if (fy < 2000 || fy > 2099) throw invalid("fiscalYear", "error-out-of-range");
    const years = [...new Set([...this.plans.map((p) => p.fiscalYear), ...this.sessions.map((s) => fiscalYearOf(s.heldOn)), current])].sort(
      (a, b) => b - a,
    );
    return {
      fiscalYear: fy,
      currentFiscalYear: current,
      today,
      years,
      plan: this.plans.find((p) => p.fiscalYear === fy) ?? null,
      sessions: this.sorted().filter((s) => fiscalYearOf(s.heldOn) === fy).map((s) => this.sessionDto(s)),
      canManage: actor.roles.some((r) => MANAGE.includes(r)),
    };
  }

  private sorted(): Session[] {
    return [...this.sessions].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  }

  savePlan(actor: TrainingActor, input: TrainingPlanInput): TrainingYearDto {
    this.manage(actor);
    if (input.fiscalYear < 2000 || input.fiscalYear > 2099) throw invalid("fiscalYear", "error-out-of-range");
    let approvedOn: string | null = null;
    if (input.approvedOn.trim()) {
      approvedOn = parseDay(input.approvedOn);
      if (!approvedOn) throw invalid("approvedOn", "error-date-format");
      if (approvedOn > this.today()) throw invalid("approvedOn", "error-date-future");
      if (!input.approvedBy.trim()) throw invalid("approvedBy", "error-field-required");
    }
    if (!input.title.trim()) throw invalid("planTitle", "error-field-required");
    const existing = this.plans.find((p) => p.fiscalYear === input.fiscalYear);
    const plan: TrainingPlanDto = {
      id: existing?.id ?? this.host.id("plan"),
      fiscalYear: input.fiscalYear,
      title: input.title.trim(),
      goals: input.goals.trim(),
      content: input.content.trim(),
      approvedOn,
      approvedBy: input.approvedBy.trim(),
      updatedBy: actor.label,
      updatedAt: new Date(this.host.now()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    this.plans = [...this.plans.filter((p) => p.fiscalYear !== plan.fiscalYear), plan];
    return this.year(actor, plan.fiscalYear);
  }

  saveSession(actor: TrainingActor, input: TrainingSessionInput): TrainingSessionDetailDto {
    this.manage(actor);
    const heldOn = parseDay(input.heldOn);
    if (!heldOn) throw invalid("heldOn", "error-date-format");
    const existing = input.sessionId ? this.sessions.find((s) => s.id === input.sessionId) : undefined;
    if (input.sessionId && !existing) throw NOT_FOUND();
    const id = existing?.id ?? "";
    if (!input.title.trim()) throw invalid("sessionTitle", "error-field-required");
    const topics = TOPICS.filter((t) => input.topics.includes(t));
    if (topics.length === 0) throw invalid("topics", "error-training-topics-required");
    const makeupOf = input.makeupOf?.trim() || null;
    if (makeupOf) {
      const original = this.sessions.find((s) => s.id === makeupOf && s.id !== id);
      if (!original) throw invalid("makeupOf", "error-choice-not-found");
      if (original.makeupOf || this.sessions.some((s) => s.makeupOf === id && id !== "")) {
        throw invalid("makeupOf", "error-training-makeup-of-makeup");
      }
      if (original.heldOn > heldOn) throw invalid("heldOn", "error-training-makeup-before-original");
    }
    if (id && this.sessions.some((s) => s.makeupOf === id && s.heldOn < heldOn)) {
      throw invalid("heldOn", "error-training-makeup-before-original");
    }
    if (id && heldOn > this.today() && this.attendance.some((a) => a.sessionId === id)) {
      throw invalid("heldOn", "error-training-attended-future");
    }
    const session: Session = {
      id: id || this.host.id("session"),
      heldOn,
      title: input.title.trim(),
      topics,
      audience: input.audience,
      instructor: input.instructor.trim(),
      note: input.note.trim(),
      makeupOf,
    };
    this.sessions = [...this.sessions.filter((s) => s.id !== session.id), session];
    return this.detail(actor, session.id);
  }

  session(actor: TrainingActor, sessionId: string): TrainingSessionDetailDto {
    this.view(actor);
    return this.detail(actor, sessionId);
  }

  private detail(actor: TrainingActor, sessionId: string): TrainingSessionDetailDto {
    const s = this.sessions.find((x) => x.id === sessionId);
    if (!s) throw NOT_FOUND();
    return {
      session: this.sessionDto(s),
      attendees: this.register().map((p) => {
        const rec = this.attendance.find((a) => a.sessionId === s.id && a.personId === p.id);
        const makeup =
          rec?.status === "absent"
            ? this.sessions.find(
                (m) => m.makeupOf === s.id && this.attendance.some((a) => a.sessionId === m.id && a.personId === p.id && a.status === "attended"),
              )
            : undefined;
        return {
          personId: p.id,
          name: p.name,
          department: this.department(p.id),
          handler: this.handlers.some((h) => h.personId === p.id && h.releasedOn === null),
          status: rec?.status ?? null,
          comprehension: rec?.comprehension ?? null,
          makeupSessionId: makeup?.id ?? null,
          makeupHeldOn: makeup?.heldOn ?? null,
        };
      }),
      makeups: this.sorted().filter((m) => m.makeupOf === s.id).map((m) => this.sessionDto(m)),
      canManage: actor.roles.some((r) => MANAGE.includes(r)),
    };
  }

  private heldSession(sessionId: string): Session {
    const s = this.sessions.find((x) => x.id === sessionId);
    if (!s) throw NOT_FOUND();
    if (s.heldOn > this.today()) throw invalid("sessionId", "error-training-not-held-yet");
    return s;
  }

  private put(records: Attendance[]): void {
    for (const r of records) {
      this.attendance = [...this.attendance.filter((a) => !(a.sessionId === r.sessionId && a.personId === r.personId)), r];
    }
  }

  recordAttendance(actor: TrainingActor, input: AttendanceInput): TrainingSessionDetailDto {
    this.manage(actor);
    const s = this.heldSession(input.sessionId);
    const records: Attendance[] = [];
    input.entries.forEach((e, i) => {
      const bad = (name: string, messageId: string) => invalid(`entries[${i}].${name}`, messageId, name);
      if (!this.person(e.personId)) throw bad("personId", "error-choice-not-found");
      if (records.some((r) => r.personId === e.personId)) throw bad("personId", "error-duplicate");
      const score = parseScore(e.comprehension);
      if (score === undefined) throw bad("comprehension", "error-training-score-format");
      if (score !== null && e.status === "absent") throw bad("comprehension", "error-training-score-absent");
      records.push({ sessionId: s.id, personId: e.personId, status: e.status, comprehension: score });
    });
    this.put(records);
    return this.detail(actor, s.id);
  }

  importCsv(actor: TrainingActor, input: AttendanceCsvInput): AttendanceImportDto {
    this.manage(actor);
    const s = this.heldSession(input.sessionId);
    const parsed = csvRecords(input.text);
    if (typeof parsed === "number") throw csvError(0, parsed, "file", "", "error-training-csv-quote");
    const rows = parsed.filter((r) => r.fields.some((f) => f.trim() !== ""));
    const header = rows.shift();
    if (!header) throw csvError(0, 1, "file", "", "error-training-csv-empty");
    const at: ({ index: number; header: string } | null)[] = [null, null, null];
    const key = (h: string) => normalizeName(h).toLowerCase();
    header.fields.forEach((h, index) => {
      const c = COLUMNS.findIndex((col) => col.names.some((n) => key(n) === key(h)));
      if (c < 0) return;
      if (at[c]) throw csvError(0, header.line, COLUMNS[c]!.field, h.trim(), "error-training-csv-header-twice");
      at[c] = { index, header: h.trim() };
    });
    for (const c of [0, 1]) {
      if (!at[c]) throw csvError(0, header.line, COLUMNS[c]!.field, COLUMNS[c]!.canonical, "error-training-csv-header-missing");
    }
    const people = this.host.people();
    const records: Attendance[] = [];
    rows.forEach((r, n) => {
      const row = n + 1;
      const cell = (c: number) => {
        const col = at[c];
        return { field: COLUMNS[c]!.field, header: col?.header ?? COLUMNS[c]!.canonical, value: col ? (r.fields[col.index] ?? "").trim() : "" };
      };
      const err = (c: ReturnType<typeof cell>, messageId: string) => csvError(row, r.line, c.field, c.header, messageId);
      const name = cell(0);
      if (!name.value) throw err(name, "error-training-csv-required");
      const found = people.filter((p) => normalizeName(p.name) === normalizeName(name.value));
      if (found.length === 0) throw err(name, "error-training-csv-name-unknown");
      if (found.length > 1) throw err(name, "error-training-csv-name-ambiguous");
      const personId = found[0]!.id;
      if (records.some((x) => x.personId === personId)) throw err(name, "error-training-csv-name-twice");
      const att = cell(1);
      if (!att.value) throw err(att, "error-training-csv-required");
      const status = parseAttendance(att.value);
      if (!status) throw err(att, "error-training-csv-attendance");
      const sc = cell(2);
      const score = parseScore(sc.value);
      if (score === undefined) throw err(sc, "error-training-csv-score");
      if (score !== null && status === "absent") throw err(sc, "error-training-csv-score-absent");
      records.push({ sessionId: s.id, personId, status, comprehension: score });
    });
    if (records.length === 0) throw csvError(0, header.line, "file", "", "error-training-csv-no-rows");
    this.put(records);
    return { imported: records.length, detail: this.detail(actor, s.id) };
  }

  private alerts(today: string): (TrainingAlertDto & { rank: number })[] {
    const from = addMonths(today, -12);
    const cyber = (id: string) => this.sessions.find((s) => s.id === id && s.topics.includes("cyberThreats") && s.heldOn <= today);
    const out: (TrainingAlertDto & { rank: number })[] = [];
    for (const h of this.handlers.filter((x) => x.releasedOn === null)) {
      const last = (status: AttendanceStatus): string | null =>
        this.attendance
          .filter((x) => x.personId === h.personId && x.status === status)
          .map((x) => cyber(x.sessionId)?.heldOn ?? "")
          .reduce<string | null>((max, d) => (d !== "" && (max === null || d > max) ? d : max), null);
      const lastAttended = last("attended");
      const lastAbsent = last("absent");
      if (lastAttended && lastAttended >= from) continue;
      const reason: TrainingAlertReason = lastAttended ? "expired" : lastAbsent ? "onlyAbsent" : "neverTrained";
      out.push({
        personId: h.personId,
        name: this.person(h.personId)?.name ?? "",
        department: this.department(h.personId),
        designatedOn: h.designatedOn,
        reason,
        lastAttended,
        lastAbsent,
        rank: this.rank(h.personId),
      });
    }
    return out.sort((a, b) => a.rank - b.rank);
  }

  alert(actor: TrainingActor): TrainingAlertListDto {
    this.view(actor);
    const today = this.today();
    return { today, windowStart: addMonths(today, -12), alerts: this.alerts(today).map(({ rank: _, ...a }) => a) };
  }

  history(actor: TrainingActor, personId: string): TrainingHistoryDto {
    if (personId !== actor.personId) this.view(actor);
    const p = this.person(personId);
    if (!p) throw NOT_FOUND();
    const entries = this.attendance
      .filter((a) => a.personId === personId)
      .flatMap((a) => {
        const s = this.sessions.find((x) => x.id === a.sessionId);
        return s
          ? [
              {
                sessionId: s.id,
                heldOn: s.heldOn,
                title: s.title,
                topics: [...s.topics],
                audience: s.audience,
                makeup: s.makeupOf !== null,
                status: a.status,
                comprehension: a.comprehension,
              },
            ]
          : [];
      })
      .sort((a, b) => (a.heldOn > b.heldOn ? -1 : a.heldOn < b.heldOn ? 1 : a.title < b.title ? -1 : 1));
    const handler = this.handlers.find((h) => h.personId === personId);
    const alert = this.alerts(this.today()).find((a) => a.personId === personId);
    return {
      personId,
      name: p.name,
      department: this.department(personId),
      handler: handler ? this.handlerDto(handler) : null,
      alert: alert ? (({ rank: _, ...a }) => a)(alert) : null,
      entries,
    };
  }

  private handlerDto(h: Handler): MyNumberHandlerDto {
    return {
      personId: h.personId,
      name: this.person(h.personId)?.name ?? "",
      department: this.department(h.personId),
      designatedOn: h.designatedOn,
      note: h.note,
      releasedOn: h.releasedOn,
      current: h.releasedOn === null,
    };
  }

  listHandlers(actor: TrainingActor): MyNumberHandlerDto[] {
    this.view(actor);
    return [...this.handlers]
      .sort((a, b) => Number(a.releasedOn !== null) - Number(b.releasedOn !== null) || this.rank(a.personId) - this.rank(b.personId))
      .map((h) => this.handlerDto(h));
  }

  setHandler(actor: TrainingActor, input: MyNumberHandlerInput): MyNumberHandlerDto[] {
    this.manage(actor);
    if (!this.person(input.personId)) throw invalid("personId", "error-choice-not-found");
    const today = this.today();
    const day = input.day.trim() ? parseDay(input.day) : today;
    if (!day) throw invalid("day", "error-date-format");
    if (day > today) throw invalid("day", "error-date-future");
    const existing = this.handlers.find((h) => h.personId === input.personId);
    let next: Handler;
    if (input.designated) {
      next = { personId: input.personId, designatedOn: day, note: input.note.trim(), releasedOn: null };
    } else {
      if (!existing || existing.releasedOn !== null) throw apiError("conflict", "error-training-not-handler");
      if (day < existing.designatedOn) throw invalid("day", "error-training-released-before-designated");
      next = { ...existing, releasedOn: day, note: input.note.trim() || existing.note };
    }
    this.handlers = [...this.handlers.filter((h) => h.personId !== next.personId), next];
    return this.listHandlers(actor);
  }

  saveReport(actor: TrainingActor, input: SaveTrainingReportInput): SavedTrainingReportDto {
    this.view(actor);
    const path = input.path.trim();
    if (!path.startsWith("/") || path.endsWith("/")) throw invalid("path", "error-path-not-absolute");
    if (this.written.has(path) && !input.overwrite) throw invalid("path", "error-file-exists");
    if (input.fiscalYear < 2000 || input.fiscalYear > 2099) throw invalid("fiscalYear", "error-out-of-range");
    this.written.add(path);
    return { path, sha256: "0".repeat(64), size: 0 };
  }

  /** 架空市's training, as `training_demo` in sonae-api/src/demo.rs builds it (weekends skipped). */
  seedDemo(): void {
    const today = this.today();
    const workday = (months: number) => {
      let d = addMonths(today, -months);
      for (;;) {
        const [y, m, dd] = parts(d);
        const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
        if (wd !== 0 && wd !== 6) return d;
        d = new Date(Date.UTC(y, m - 1, dd - 1)).toISOString().slice(0, 10);
      }
    };
    const id = (name: string) => this.host.people().find((p) => p.name === name)?.id ?? "";
    const [nakamura, kobayashi, kato, yoshida, ito, watanabe] = ["中村 さくら", "小林 直樹", "加藤 恵", "吉田 翔", "伊藤 健太", "渡辺 由紀"].map(id);
    const fy = fiscalYearOf(today);
    const approved = dayText(fy, 4, 20) < today ? dayText(fy, 4, 20) : today;
    this.plans = [
      {
        id: this.host.id("plan"),
        fiscalYear: fy,
        title: `令和${fy - 2018}年度 情報セキュリティ研修計画`,
        goals: "全職員が年1回以上、情報セキュリティ研修を受講する。",
        content: "6月　特定個人情報取扱者研修\n9月　標的型攻撃メール訓練\n12月　情報セキュリティ研修（管理職）",
        approvedOn: approved,
        approvedBy: "情報セキュリティ委員会",
        updatedBy: "demo",
        updatedAt: new Date(this.host.now()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      },
    ];
    const handlers: TrainingTopic[] = ["cyberThreats", "personalInfo"];
    const mk = (months: number, title: string, topics: TrainingTopic[], audience: TrainingAudience, makeupOf: string | null = null): Session => ({
      id: this.host.id("session"),
      heldOn: workday(months),
      title,
      topics,
      audience,
      instructor: "",
      note: "",
      makeupOf,
    });
    const s1 = mk(14, "特定個人情報取扱者研修", handlers, "myNumberHandlers");
    const s2 = mk(8, "情報セキュリティポリシー研修（全職員）", ["securityPolicy", "incidentResponse"], "allStaff");
    const s3 = mk(5, "特定個人情報取扱者研修", handlers, "myNumberHandlers");
    const s4 = mk(4, "特定個人情報取扱者研修（補講）", handlers, "myNumberHandlers", s3.id);
    const s5 = mk(2, "標的型攻撃メール訓練", ["targetedMailDrill"], "allStaff");
    const s6 = mk(-1, "情報セキュリティ研修（管理職）", ["securityPolicy", "incidentResponse"], "managers");
    this.sessions = [s1, s2, s3, s4, s5, s6];
    const rec = (s: Session, personId: string, status: AttendanceStatus, comprehension: number | null = null): Attendance => ({
      sessionId: s.id,
      personId,
      status,
      comprehension,
    });
    this.attendance = [
      rec(s1, nakamura!, "attended", 78),
      rec(s1, kobayashi!, "attended", 82),
      rec(s1, kato!, "attended", 75),
      rec(s1, yoshida!, "absent"),
      ...this.host.people().map((p, i) => (p.id === yoshida ? rec(s2, p.id, "absent") : rec(s2, p.id, "attended", 70 + ((i * 7) % 28)))),
      rec(s3, nakamura!, "attended", 88),
      rec(s3, kobayashi!, "absent"),
      rec(s3, yoshida!, "absent"),
      rec(s4, kobayashi!, "attended", 80),
      ...[ito!, watanabe!, kato!, nakamura!, kobayashi!].map((p) => rec(s5, p, "attended", 90)),
    ];
    this.handlers = [
      { personId: nakamura!, designatedOn: workday(36), note: "住民記録・個人番号カード事務", releasedOn: null },
      { personId: kobayashi!, designatedOn: workday(36), note: "障害福祉・生活保護事務", releasedOn: null },
      { personId: kato!, designatedOn: workday(36), note: "個人住民税の賦課事務", releasedOn: null },
      { personId: yoshida!, designatedOn: workday(30), note: "就学援助事務", releasedOn: null },
      { personId: ito!, designatedOn: workday(10), note: "マイナンバー利用事務系システムの運用", releasedOn: null },
      { personId: watanabe!, designatedOn: workday(36), note: "番号制度の庁内調整（人事異動により解除）", releasedOn: workday(6) },
    ];
  }
}
