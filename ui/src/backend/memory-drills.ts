// Drills (緊急時対応訓練, issue 8) for the in-memory backend: the built-in scenario library (the same
// data/scenarios.json the Rust side compiles in) and own copies, plans, the scenario clock, injects
// released onto a drill case's timeline as the clock passes their offsets, the facilitator's marks,
// measured times, the after-action review and 連絡網疎通訓練 calls.
//
// It mimics `sonae_api::drills` where the screens can see it (permissions, states, field names and
// message ids of errors, the clock, which injects are due); the measurement reads the drill case
// through the host, more simply than Rust reads its audit log.

import LIBRARY from "../../../data/scenarios.json?raw";
import type { AfterActionInput } from "../bindings/AfterActionInput";
import type { ApiError } from "../bindings/ApiError";
import type { CallTargetDto } from "../bindings/CallTargetDto";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { Category } from "../bindings/Category";
import type { CommitteeReportInput } from "../bindings/CommitteeReportInput";
import type { ContactDto } from "../bindings/ContactDto";
import type { DrillActionInput } from "../bindings/DrillActionInput";
import type { DrillCallDto } from "../bindings/DrillCallDto";
import type { DrillCallInput } from "../bindings/DrillCallInput";
import type { DrillClockInput } from "../bindings/DrillClockInput";
import type { DrillDto } from "../bindings/DrillDto";
import type { DrillLogInput } from "../bindings/DrillLogInput";
import type { DrillPlanInput } from "../bindings/DrillPlanInput";
import type { DrillRowDto } from "../bindings/DrillRowDto";
import type { ImportScenarioInput } from "../bindings/ImportScenarioInput";
import type { InjectFile } from "../bindings/InjectFile";
import type { MarkInjectInput } from "../bindings/MarkInjectInput";
import type { ParticipantDto } from "../bindings/ParticipantDto";
import type { Role } from "../bindings/Role";
import type { SaveDrillRecordInput } from "../bindings/SaveDrillRecordInput";
import type { SavedFileDto } from "../bindings/SavedFileDto";
import type { SaveScenarioInput } from "../bindings/SaveScenarioInput";
import type { ScenarioFile } from "../bindings/ScenarioFile";
import type { ScenarioSummaryDto } from "../bindings/ScenarioSummaryDto";
import type { StartDrillInput } from "../bindings/StartDrillInput";
import type { CaseActor } from "./memory-cases";
import { parseLocalDateTime } from "./memory-report";

/** `Action::RunDrills`, `Action::ApproveDecisions`, `Action::EditPlaybooks` (sonae-core role.rs). */
const RUN: readonly Role[] = ["administrator", "csirtLead", "chiefSecurityOfficer"];
const APPROVE: readonly Role[] = ["csirtLead", "chiefSecurityOfficer", "ciso"];
/** Reading drills: those who run them and those who approve their records (the CISO). */
const READ: readonly Role[] = [...RUN, "ciso"];
const EDIT_PLAYBOOKS: readonly Role[] = ["administrator", "csirtLead"];
const CALL_TREE_ROLES: readonly Role[] = ["csirtLead", "csirtMember", "chiefSecurityOfficer", "ciso"];

const KINDS = ["tabletop", "functional", "full_scale", "call_tree", "external"];
const CHANNELS = ["phone", "email", "in_person", "system", "media", "other"];
const MILESTONES = ["csirt_acknowledged", "judged_incident", "ciso_informed", "contained", "ppc_preliminary_draft"];
const CATEGORIES = [
  "unauthorized_access",
  "malware",
  "targeted_mail",
  "web_defacement",
  "dos",
  "data_leak",
  "misdirected_mail",
  "misdelivery",
  "loss_theft",
  "sns_hijack",
  "misconfig_exposure",
  "system_failure",
  "policy_violation",
  "other",
];
const CHANNEL_JA: Record<string, string> = {
  phone: "電話",
  email: "メール",
  in_person: "口頭・来庁",
  system: "システムの画面・警告",
  media: "報道・SNS",
  other: "その他",
};

/** The longest a scenario runs (30 days) and the fastest its clock, as sonae-core. */
const MAX_OFFSET_MINUTES = 30 * 24 * 60;
const MAX_SPEED = 3600;

/** What the drills need from the rest of the in-memory backend. */
export interface DrillsHost {
  now(): number;
  id(prefix: string): string;
  /** The case summaries: a started drill adds its case here. */
  cases(): CaseSummaryDto[];
  people(): readonly { id: string; name: string; title: string; roles: readonly Role[]; departmentId: string | null; officePhone: string; mobilePhone: string }[];
  departments(): readonly { id: string; name: string; managerPersonId: string | null }[];
  contacts(): readonly ContactDto[];
  /** Writes a line on a case's timeline. */
  timeline(actor: CaseActor, caseId: string, text: string): void;
  /** Adds an improvement task to a case; answers its id. */
  addTask(actor: CaseActor, caseId: string, title: string, ownerPersonId: string | null, dueOn: string | null): string;
  /** A task's status (`open` | `done` | `waived`), or "" when it is gone. */
  taskStatus(caseId: string, taskId: string): string;
  /** When the drill case reached each milestone (milestone code, instant). */
  reached(caseId: string): [string, number][];
  /** The current revision of a category's playbook. */
  playbookRevision(category: Category): number;
  /** Saves the next revision of a category's playbook (the current steps) with a note; answers its number. */
  revisePlaybook(actor: CaseActor, category: Category, note: string): number;
}

interface Segment {
  at: number;
  seconds: number;
  speed: number;
  running: boolean;
}

/** The scenario clock: segments started by each play, pause, change of speed or skip (drill_run.rs). */
class Clock {
  segments: Segment[] = [];

  secondsAt(t: number): number {
    const seg = [...this.segments].reverse().find((s) => s.at <= t);
    if (!seg) return 0;
    if (!seg.running) return seg.seconds;
    return seg.seconds + Math.floor((Math.max(0, t - seg.at) * seg.speed) / 1000);
  }

  get running(): boolean {
    return this.segments.at(-1)?.running ?? false;
  }

  get speed(): number {
    return this.segments.at(-1)?.speed ?? 1;
  }

  private push(now: number, speed: number, running: boolean): void {
    this.segments.push({ at: now, seconds: this.secondsAt(now), speed, running });
  }

  play(now: number): void {
    if (!this.running) this.push(now, this.speed, true);
  }

  pause(now: number): void {
    if (this.running) this.push(now, this.speed, false);
  }

  setSpeed(now: number, speed: number): void {
    if (!Number.isInteger(speed) || speed < 1 || speed > MAX_SPEED) throw invalid("speed", "error-out-of-range");
    if (this.segments.length) this.push(now, speed, this.running);
    else this.segments.push({ at: now, seconds: 0, speed, running: false });
  }

  skipTo(now: number, seconds: number): void {
    if (seconds < this.secondsAt(now) || seconds > MAX_OFFSET_MINUTES * 60) throw invalid("skipTo", "error-out-of-range");
    this.segments.push({ at: now, seconds, speed: this.speed, running: this.running });
  }
}

interface Inject {
  offsetMinutes: number;
  channel: string;
  text: string;
  expected: string;
}

/** A checked scenario: injects in time order with their minutes. */
interface Scenario extends Omit<ScenarioFile, "injects"> {
  injects: Inject[];
}

interface Released {
  seq: number;
  releasedAt: number;
  outcome: string | null;
  note: string;
}

interface Drill {
  id: string;
  plan: { name: string; fiscalYear: number; purpose: string; structure: string; scope: string; plannedOn: string | null; participants: ParticipantDto[] };
  scenario: Scenario;
  playbookRevision: number;
  state: "planned" | "running" | "ended" | "approved";
  caseId: string | null;
  clock: Clock;
  startedAt: number | null;
  endedAt: number | null;
  released: Released[];
  log: { id: string; at: number; work: string; decision: string; stumble: string }[];
  actions: { id: string; text: string; owner: string | null; dueOn: string | null; taskId: string }[];
  calls: { id: string; target: string; name: string; phone: string; calledAt: number; result: string; note: string }[];
  goodPoints: string;
  issues: string;
  revisePlaybook: boolean;
  newPlaybookRevision: number | null;
  approvedBy: string | null;
  approvedAt: number | null;
  committeeReportedOn: string | null;
  createdBy: string;
}

function fieldId(field: string): string {
  return `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function invalid(field: string, messageId: string, args: Record<string, string> = {}): ApiError {
  return { code: "validation", messageId, args: { fieldId: fieldId(field), ...args }, field };
}

function apiError(code: ApiError["code"], messageId: string): ApiError {
  return { code, messageId, args: {}, field: null };
}

const conflict = (messageId: string) => apiError("conflict", messageId);

function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `loss_theft` → `lossTheft`. */
function camel(code: string): Category {
  return code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as Category;
}

/** `90` → `1:30`. */
export function formatOffset(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

/** `1:30`, `01:30`, `90`, `１：３０` → 90; null when not a time (parse_offset). */
export function parseOffset(text: string): number | null {
  const half = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/：/g, ":");
  let minutes: number;
  const colon = half.indexOf(":");
  if (colon >= 0) {
    const h = half.slice(0, colon);
    const m = half.slice(colon + 1);
    if (!/^\d+$/.test(h) || !/^\d{2}$/.test(m) || Number(m) >= 60) return null;
    minutes = Number(h) * 60 + Number(m);
  } else {
    if (!/^\d+$/.test(half)) return null;
    minutes = Number(half);
  }
  return minutes <= MAX_OFFSET_MINUTES ? minutes : null;
}

function text(field: string, value: string, max: number, required: boolean, row?: number): string {
  const v = value.trim();
  const where = row === undefined ? field : `injects[${row}].${field}`;
  const args: Record<string, string> = row === undefined ? {} : { row: String(row) };
  if (required && !v) throw invalid(where, "error-field-required", args);
  if ([...v].length > max) throw invalid(where, "error-field-too-long", args);
  return v;
}

/** A scenario file checked as `scenario_from_file` + `Scenario::validate`; the first problem names its row and field. */
function checkScenario(f: ScenarioFile): Scenario {
  if (!KINDS.includes(f.kind.trim())) throw invalid("kind", "error-choice-not-found");
  if (!CATEGORIES.includes(f.category.trim())) throw invalid("category", "error-choice-not-found");
  for (const o of f.objectives) if (!MILESTONES.includes(o.milestone.trim())) throw invalid("objectives", "error-choice-not-found");
  const injects: Inject[] = f.injects.map((inj, i) => {
    const row = i + 1;
    const offset = parseOffset(inj.offset);
    if (offset === null) throw invalid(`injects[${row}].offset`, "error-offset-format", { row: String(row) });
    if (!CHANNELS.includes(inj.channel.trim())) throw invalid(`injects[${row}].channel`, "error-choice-not-found", { row: String(row) });
    return { offsetMinutes: offset, channel: inj.channel.trim(), text: inj.text, expected: inj.expected };
  });
  const key = text("key", f.key, 80, true);
  if (!/^[a-z0-9-]+$/.test(key)) throw invalid("key", "error-scenario-key");
  const title = text("title", f.title, 200, true);
  const summary = text("summary", f.summary, 2000, true);
  const seen = new Set<string>();
  for (const o of f.objectives) {
    if (seen.has(o.milestone)) throw invalid("objectives", "error-objective-duplicate");
    if (!(o.targetMinutes > 0 && o.targetMinutes <= MAX_OFFSET_MINUTES)) throw invalid("objectives", "error-out-of-range");
    seen.add(o.milestone);
  }
  if (injects.length === 0) throw invalid("injects", "error-scenario-no-injects");
  const checked = injects.map((inj, i) => ({
    ...inj,
    text: text("text", inj.text, 2000, true, i + 1),
    expected: text("expected", inj.expected, 2000, false, i + 1),
  }));
  // A stable sort: equal times keep their order.
  checked.sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  return { key, title, kind: f.kind.trim(), category: f.category.trim(), summary, objectives: f.objectives.map((o) => ({ ...o })), injects: checked };
}

function toFile(s: Scenario): ScenarioFile {
  return {
    ...s,
    objectives: s.objectives.map((o) => ({ ...o })),
    injects: s.injects.map((i): InjectFile => ({ offset: formatOffset(i.offsetMinutes), channel: i.channel, text: i.text, expected: i.expected })),
  };
}

/** RFC 4180-ish CSV rows (quoted cells with "" escapes, CRLF or LF); null when a quote is left open. */
function csvRows(input: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (quoted) return null;
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const BUILTIN: readonly Scenario[] = (JSON.parse(LIBRARY) as ScenarioFile[]).map(checkScenario);

export class MemoryDrills {
  private readonly drills: Drill[] = [];
  private readonly own: { scenario: Scenario; basedOn: string }[] = [];
  private readonly receiptSeq = new Map<string, number>();

  constructor(private readonly host: DrillsHost) {}

  // ------------------------------------------------------------------ scenarios

  scenarios(actor: CaseActor): ScenarioSummaryDto[] {
    this.require(actor, RUN);
    return [...BUILTIN.map((s) => summary(s, true, "")), ...this.own.map((o) => summary(o.scenario, false, o.basedOn))];
  }

  scenario(actor: CaseActor, key: string): ScenarioFile {
    this.require(actor, RUN);
    return toFile(this.find(key).scenario);
  }

  saveScenario(actor: CaseActor, input: SaveScenarioInput): ScenarioSummaryDto {
    this.require(actor, RUN);
    return this.store(checkScenario(input.scenario), input.basedOn);
  }

  importScenario(actor: CaseActor, input: ImportScenarioInput): ScenarioSummaryDto {
    this.require(actor, RUN);
    if (input.format === "json") {
      let file: ScenarioFile;
      try {
        file = JSON.parse(input.text) as ScenarioFile;
      } catch {
        throw invalid("file", "error-scenario-json", { line: "1", column: "1" });
      }
      return this.store(checkScenario(file), "");
    }
    if (input.format !== "csv") throw invalid("format", "error-choice-not-found");
    const { scenario: base, builtin } = this.find(input.key.trim());
    const rows = csvRows(input.text.replace(/^\uFEFF/, ""));
    if (rows === null) throw invalid("file", "error-csv-row", { row: "1" });
    const injects = rows
      .slice(1)
      .filter((r) => r.some((c) => c.trim() !== ""))
      .map((r): InjectFile => ({ offset: r[0] ?? "", channel: r[1] ?? "", text: r[2] ?? "", expected: r[3] ?? "" }));
    const s = checkScenario({ ...toFile(base), injects });
    const basedOn = builtin ? base.key : (this.own.find((o) => o.scenario.key === base.key)?.basedOn ?? "");
    if (builtin) s.key = `${base.key}-own`;
    return this.store(s, basedOn);
  }

  // ------------------------------------------------------------------ plans

  list(actor: CaseActor): DrillRowDto[] {
    this.require(actor, READ);
    return [...this.drills].reverse().map((d) => ({
      id: d.id,
      name: d.plan.name,
      kind: d.scenario.kind,
      fiscalYear: d.plan.fiscalYear,
      state: d.state,
      scenarioTitle: d.scenario.title,
      caseId: d.caseId,
      caseReceiptNo: this.host.cases().find((c) => c.id === d.caseId)?.receiptNo ?? null,
      plannedOn: d.plan.plannedOn,
      startedAt: d.startedAt === null ? null : rfc3339(d.startedAt),
      endedAt: d.endedAt === null ? null : rfc3339(d.endedAt),
    }));
  }

  plan(actor: CaseActor, input: DrillPlanInput): DrillDto {
    this.require(actor, RUN);
    const yearText = input.fiscalYear.trim();
    if (!/^-?\d+$/.test(yearText)) throw invalid("fiscalYear", "error-number-format");
    const year = Number(yearText);
    const people = this.host.people();
    const participants: ParticipantDto[] = [];
    for (const p of input.participants) {
      const personId = p.personId?.trim() || null;
      if (personId !== null && !people.some((x) => x.id === personId)) throw invalid("participants", "error-choice-not-found");
      const name = !p.name.trim() && personId ? (people.find((x) => x.id === personId)?.name ?? "") : p.name;
      participants.push({ personId, name, role: p.role });
    }
    const plannedOn = date("plannedOn", input.plannedOn);
    if (year < 2000 || year > 2099) throw invalid("fiscalYear", "error-out-of-range");
    const kept: ParticipantDto[] = [];
    for (const p of participants) {
      if (!p.name.trim() && !p.role.trim() && p.personId === null) continue;
      kept.push({ personId: p.personId, name: text("participants", p.name, 100, true), role: text("participants", p.role, 100, false) });
    }
    const plan = {
      name: text("name", input.name, 200, true),
      fiscalYear: year,
      purpose: text("purpose", input.purpose, 2000, false),
      structure: text("structure", input.structure, 2000, false),
      scope: text("scope", input.scope, 2000, false),
      plannedOn,
      participants: kept,
    };
    const scenarioOf = () => {
      try {
        return this.find(input.scenarioKey.trim()).scenario;
      } catch {
        throw invalid("scenarioKey", "error-choice-not-found");
      }
    };
    let drill: Drill;
    if (input.id) {
      drill = this.drill(input.id);
      if (drill.state !== "planned") throw conflict("error-drill-not-planned");
      if (drill.scenario.key !== input.scenarioKey.trim()) {
        drill.scenario = scenarioOf();
        drill.playbookRevision = this.host.playbookRevision(camel(drill.scenario.category));
      }
      drill.plan = plan;
    } else {
      const scenario = scenarioOf();
      drill = {
        id: this.host.id("drill"),
        plan,
        scenario,
        playbookRevision: this.host.playbookRevision(camel(scenario.category)),
        state: "planned",
        caseId: null,
        clock: new Clock(),
        startedAt: null,
        endedAt: null,
        released: [],
        log: [],
        actions: [],
        calls: [],
        goodPoints: "",
        issues: "",
        revisePlaybook: false,
        newPlaybookRevision: null,
        approvedBy: null,
        approvedAt: null,
        committeeReportedOn: null,
        createdBy: actor.label,
      };
      this.drills.push(drill);
    }
    return this.dto(actor, drill);
  }

  // ------------------------------------------------------------------ running

  start(actor: CaseActor, input: StartDrillInput): DrillDto {
    this.require(actor, RUN);
    const d = this.drill(input.drillId);
    if (d.state !== "planned") throw conflict("error-drill-not-planned");
    const now = this.host.now();
    const clock = new Clock();
    clock.setSpeed(now, input.speed);
    clock.play(now);
    const year = new Date(now + 9 * 3600_000).getUTCFullYear();
    let seq = (this.receiptSeq.get(String(year)) ?? 0) + 1;
    const no = (n: number) => `訓練-${year}-${String(n).padStart(2, "0")}`;
    while (this.host.cases().some((c) => c.receiptNo === no(seq))) seq += 1;
    this.receiptSeq.set(String(year), seq);
    const caseId = this.host.id("case");
    this.host.cases().unshift({
      id: caseId,
      receiptNo: no(seq),
      state: "received",
      title: d.scenario.title,
      category: camel(d.scenario.category),
      severity: null,
      drill: true,
      createdAt: rfc3339(now),
    });
    Object.assign(d, { clock, state: "running", caseId, startedAt: now });
    this.host.timeline(actor, caseId, `訓練「${d.plan.name}」を開始しました（シナリオ：${d.scenario.title}、時間の進み：${input.speed}倍）。`);
    this.release(actor, d, now);
    return this.dto(actor, d);
  }

  tick(actor: CaseActor, drillId: string): DrillDto {
    this.require(actor, RUN);
    const d = this.drill(drillId);
    if (d.state === "running") this.release(actor, d, this.host.now());
    return this.dto(actor, d);
  }

  clock(actor: CaseActor, input: DrillClockInput): DrillDto {
    this.require(actor, RUN);
    const d = this.running(input.drillId);
    const now = this.host.now();
    if (input.action === "play") d.clock.play(now);
    else if (input.action === "pause") d.clock.pause(now);
    else if (input.action === "speed") d.clock.setSpeed(now, input.value);
    else if (input.action === "skip") d.clock.skipTo(now, input.value * 60);
    else throw invalid("action", "error-choice-not-found");
    this.release(actor, d, now);
    return this.dto(actor, d);
  }

  mark(actor: CaseActor, input: MarkInjectInput): DrillDto {
    this.require(actor, RUN);
    const d = this.reviewable(input.drillId);
    if (input.outcome.trim() !== "achieved" && input.outcome.trim() !== "missed") throw invalid("outcome", "error-choice-not-found");
    const note = input.note.trim();
    if ([...note].length > 2000) throw invalid("note", "error-field-too-long");
    const r = d.released.find((x) => x.seq === input.seq);
    if (!r) throw conflict("error-inject-not-released");
    r.outcome = input.outcome.trim();
    r.note = note;
    return this.dto(actor, d);
  }

  end(actor: CaseActor, drillId: string): DrillDto {
    this.require(actor, RUN);
    const d = this.running(drillId);
    const now = this.host.now();
    d.clock.pause(now);
    d.state = "ended";
    d.endedAt = now;
    if (d.caseId) this.host.timeline(actor, d.caseId, `訓練「${d.plan.name}」を終了しました。`);
    return this.dto(actor, d);
  }

  // ------------------------------------------------------------------ after-action

  addLog(actor: CaseActor, input: DrillLogInput): DrillDto {
    this.require(actor, RUN);
    const d = this.reviewable(input.drillId);
    const now = this.host.now();
    let at = now;
    if (input.at.trim()) {
      const parsed = parseLocalDateTime(input.at);
      if (parsed === null) throw invalid("at", "error-datetime-format");
      at = parsed;
    }
    d.log.push({
      id: this.host.id("log"),
      at,
      work: text("work", input.work, 2000, true),
      decision: text("decision", input.decision, 2000, false),
      stumble: text("stumble", input.stumble, 2000, false),
    });
    d.log.sort((a, b) => a.at - b.at);
    return this.dto(actor, d);
  }

  saveAfterAction(actor: CaseActor, input: AfterActionInput): DrillDto {
    this.require(actor, RUN);
    const d = this.reviewable(input.drillId);
    d.goodPoints = text("goodPoints", input.goodPoints, 4000, false);
    d.issues = text("issues", input.issues, 4000, false);
    d.revisePlaybook = input.revisePlaybook;
    return this.dto(actor, d);
  }

  addAction(actor: CaseActor, input: DrillActionInput): DrillDto {
    this.require(actor, RUN);
    const d = this.reviewable(input.drillId);
    if (!d.caseId) throw conflict("error-drill-not-ended");
    const owner = input.ownerPersonId?.trim() || null;
    if (owner !== null && !this.host.people().some((p) => p.id === owner)) throw invalid("ownerPersonId", "error-choice-not-found");
    const due = date("dueOn", input.dueOn);
    const title = text("text", input.text, 200, true);
    const taskId = this.host.addTask(actor, d.caseId, title, owner, due);
    d.actions.push({ id: this.host.id("action"), text: title, owner, dueOn: due, taskId });
    this.host.timeline(actor, d.caseId, `訓練の改善事項をタスクとして登録しました：${title}`);
    return this.dto(actor, d);
  }

  revisePlaybook(actor: CaseActor, drillId: string): DrillDto {
    this.require(actor, RUN);
    this.require(actor, EDIT_PLAYBOOKS);
    const d = this.reviewable(drillId);
    if (d.newPlaybookRevision !== null) throw conflict("error-drill-playbook-revised");
    const on = new Date((d.startedAt ?? this.host.now()) + 9 * 3600_000).toISOString().slice(0, 10);
    d.newPlaybookRevision = this.host.revisePlaybook(actor, camel(d.scenario.category), `訓練「${d.plan.name}」（${on}実施）の結果を踏まえた改訂`);
    d.revisePlaybook = true;
    return this.dto(actor, d);
  }

  approve(actor: CaseActor, drillId: string): DrillDto {
    this.require(actor, APPROVE);
    const d = this.drill(drillId);
    if (d.createdBy === actor.label) throw apiError("forbidden", "error-drill-own-approval");
    if (d.state === "approved") throw conflict("error-drill-approved");
    if (d.state !== "ended") throw conflict("error-drill-not-ended");
    d.state = "approved";
    d.approvedBy = actor.label;
    d.approvedAt = this.host.now();
    return this.dto(actor, d);
  }

  reportToCommittee(actor: CaseActor, input: CommitteeReportInput): DrillDto {
    this.require(actor, RUN);
    const d = this.drill(input.drillId);
    if (d.state !== "approved") throw conflict("error-drill-not-approved");
    const on = date("reportedOn", input.reportedOn);
    if (on === null) throw invalid("reportedOn", "error-field-required");
    d.committeeReportedOn = on;
    return this.dto(actor, d);
  }

  recordCall(actor: CaseActor, input: DrillCallInput): DrillDto {
    this.require(actor, RUN);
    const d = this.running(input.drillId);
    if (!["answered", "no_answer", "wrong_number"].includes(input.result.trim())) throw invalid("result", "error-choice-not-found");
    const target = this.callTargets(d).find((t) => t.target === input.target);
    if (!target) throw invalid("target", "error-choice-not-found");
    const note = input.note.trim();
    if ([...note].length > 500) throw invalid("note", "error-field-too-long");
    d.calls.push({ id: this.host.id("call"), target: target.target, name: target.name, phone: target.phone, calledAt: this.host.now(), result: input.result.trim(), note });
    return this.dto(actor, d);
  }

  saveRecord(actor: CaseActor, input: SaveDrillRecordInput): SavedFileDto {
    this.require(actor, RUN);
    this.drill(input.drillId);
    const path = input.path.trim();
    if (!path) throw invalid("path", "error-field-required");
    if (!path.startsWith("/")) throw invalid("path", "error-path-not-absolute");
    if (this.savedPaths.has(path) && !input.overwrite) throw invalid("path", "error-file-exists");
    this.savedPaths.add(path);
    return { path, sha256: "0".repeat(64), size: 1024 };
  }

  private readonly savedPaths = new Set<string>();

  get(actor: CaseActor, drillId: string): DrillDto {
    this.require(actor, READ);
    return this.dto(actor, this.drill(drillId));
  }

  // ------------------------------------------------------------------ helpers

  private require(actor: CaseActor, roles: readonly Role[]): void {
    if (!actor.roles.some((r) => roles.includes(r))) throw apiError("forbidden", "error-forbidden");
  }

  private find(key: string): { scenario: Scenario; builtin: boolean } {
    const b = BUILTIN.find((s) => s.key === key);
    if (b) return { scenario: b, builtin: true };
    const o = this.own.find((x) => x.scenario.key === key);
    if (!o) throw apiError("notFound", "error-not-found");
    return { scenario: o.scenario, builtin: false };
  }

  private store(s: Scenario, basedOn: string): ScenarioSummaryDto {
    if (BUILTIN.some((b) => b.key === s.key)) throw invalid("key", "error-scenario-builtin-key");
    const entry = { scenario: s, basedOn: basedOn.trim() };
    const i = this.own.findIndex((o) => o.scenario.key === s.key);
    if (i >= 0) this.own[i] = entry;
    else this.own.push(entry);
    return summary(s, false, entry.basedOn);
  }

  private drill(id: string): Drill {
    const d = this.drills.find((x) => x.id === id);
    if (!d) throw apiError("notFound", "error-not-found");
    return d;
  }

  private running(id: string): Drill {
    const d = this.drill(id);
    if (d.state !== "running") throw conflict("error-drill-not-running");
    return d;
  }

  private reviewable(id: string): Drill {
    const d = this.drill(id);
    if (d.state === "approved") throw conflict("error-drill-approved");
    if (d.state === "planned") throw conflict("error-drill-not-ended");
    return d;
  }

  /** Releases the injects due now onto the drill case's timeline. */
  private release(actor: CaseActor, d: Drill, now: number): void {
    if (!d.caseId) return;
    const due = dueInjects(d.scenario, d.clock.secondsAt(now));
    for (let i = d.released.length; i < due; i++) {
      const inj = d.scenario.injects[i]!;
      d.released.push({ seq: i + 1, releasedAt: now, outcome: null, note: "" });
      this.host.timeline(actor, d.caseId, `【訓練状況付与 ${formatOffset(inj.offsetMinutes)}・${CHANNEL_JA[inj.channel] ?? inj.channel}】${inj.text}`);
    }
  }

  private callTargets(d: Drill): CallTargetDto[] {
    const now = this.host.now();
    const all = this.drills.flatMap((x) => x.calls.map((c) => ({ ...c, drillId: x.id })));
    const out: CallTargetDto[] = [];
    const add = (target: string, name: string, section: string, phone: string) => {
      const answered = all.filter((c) => c.target === target && c.result === "answered").map((c) => c.calledAt);
      const last = answered.length ? Math.max(...answered) : null;
      const mine = all.filter((c) => c.drillId === d.id && c.target === target).at(-1);
      const stale = (mine !== undefined && mine.result !== "answered") || last === null || last < now - 365 * 86_400_000;
      out.push({ target, name, section, phone, lastAnsweredAt: last === null ? null : rfc3339(last), stale });
    };
    const departments = this.host.departments();
    const managers = departments.map((x) => x.managerPersonId);
    for (const p of this.host.people()) {
      if (!p.roles.some((r) => CALL_TREE_ROLES.includes(r)) && !managers.includes(p.id)) continue;
      const section = departments.find((x) => x.id === p.departmentId)?.name ?? "";
      add(`person:${p.id}`, p.name, `${section} ${p.title}`.trim(), p.officePhone || p.mobilePhone);
    }
    for (const c of this.host.contacts()) add(`contact:${c.id}`, c.organization, c.section, c.phone);
    return out;
  }

  private dto(actor: CaseActor, d: Drill): DrillDto {
    const now = this.host.now();
    const people = this.host.people();
    const seconds = d.clock.secondsAt(now);
    const nameOf = (label: string) => people.find((p) => `person:${p.id}` === label)?.name ?? label;
    const next = d.state === "running" && d.clock.running ? d.scenario.injects[Math.max(d.released.length, dueInjects(d.scenario, seconds))] : undefined;
    const reached = d.caseId ? this.host.reached(d.caseId) : [];
    const receipt = this.host.cases().find((c) => c.id === d.caseId)?.receiptNo ?? null;
    return {
      id: d.id,
      name: d.plan.name,
      kind: d.scenario.kind,
      fiscalYear: d.plan.fiscalYear,
      purpose: d.plan.purpose,
      structure: d.plan.structure,
      scope: d.plan.scope,
      plannedOn: d.plan.plannedOn,
      participants: d.plan.participants.map((p) => ({ ...p })),
      scenario: toFile(d.scenario),
      playbookRevision: d.playbookRevision,
      state: d.state,
      caseId: d.caseId,
      caseReceiptNo: receipt,
      clock: {
        running: d.clock.running,
        speed: d.clock.speed,
        seconds,
        nextInjectInSeconds: next ? Math.ceil(Math.max(0, next.offsetMinutes * 60 - seconds) / d.clock.speed) : null,
      },
      startedAt: d.startedAt === null ? null : rfc3339(d.startedAt),
      endedAt: d.endedAt === null ? null : rfc3339(d.endedAt),
      injects: d.scenario.injects.map((inj, i) => {
        const r = d.released.find((x) => x.seq === i + 1);
        return {
          seq: i + 1,
          offset: formatOffset(inj.offsetMinutes),
          offsetMinutes: inj.offsetMinutes,
          channel: inj.channel,
          text: inj.text,
          expected: inj.expected,
          releasedAt: r ? rfc3339(r.releasedAt) : null,
          outcome: r?.outcome ?? null,
          note: r?.note ?? "",
        };
      }),
      results: d.scenario.objectives.map((o) => {
        const times = reached.filter(([m]) => m === o.milestone).map(([, t]) => t);
        const actual = times.length ? Math.ceil(d.clock.secondsAt(Math.min(...times)) / 60) : null;
        return {
          milestone: o.milestone,
          targetMinutes: o.targetMinutes,
          actualMinutes: actual,
          verdict: actual === null ? "notReached" : actual <= o.targetMinutes ? "met" : "exceeded",
        };
      }),
      log: d.log.map((l) => ({ id: l.id, at: rfc3339(l.at), work: l.work, decision: l.decision, stumble: l.stumble })),
      actions: d.actions.map((a) => ({
        id: a.id,
        text: a.text,
        ownerPersonId: a.owner,
        ownerName: people.find((p) => p.id === a.owner)?.name ?? null,
        dueOn: a.dueOn,
        taskId: a.taskId,
        taskStatus: d.caseId ? this.host.taskStatus(d.caseId, a.taskId) : "",
      })),
      callTargets: d.scenario.kind === "call_tree" ? this.callTargets(d) : [],
      calls: d.calls.map(
        (c): DrillCallDto => ({
          id: c.id,
          target: c.target,
          name: c.name,
          phone: c.phone,
          calledAt: rfc3339(c.calledAt),
          answeredAt: c.result === "answered" ? rfc3339(c.calledAt) : null,
          result: c.result,
          note: c.note,
        }),
      ),
      goodPoints: d.goodPoints,
      issues: d.issues,
      revisePlaybook: d.revisePlaybook,
      newPlaybookRevision: d.newPlaybookRevision,
      approvedBy: d.approvedBy === null ? null : nameOf(d.approvedBy),
      approvedAt: d.approvedAt === null ? null : rfc3339(d.approvedAt),
      committeeReportedOn: d.committeeReportedOn,
      can: {
        run: actor.roles.some((r) => RUN.includes(r)),
        approve: actor.roles.some((r) => APPROVE.includes(r)) && d.createdBy !== actor.label,
        revisePlaybook: actor.roles.some((r) => EDIT_PLAYBOOKS.includes(r)),
      },
    };
  }
}

function summary(s: Scenario, builtin: boolean, basedOn: string): ScenarioSummaryDto {
  return { key: s.key, title: s.title, kind: s.kind, category: s.category, summary: s.summary, builtin, basedOn, injectCount: s.injects.length };
}

/** How many injects (in time order) are due at scenario second `seconds`. */
function dueInjects(s: Scenario, seconds: number): number {
  let n = 0;
  while (n < s.injects.length && s.injects[n]!.offsetMinutes * 60 <= seconds) n++;
  return n;
}

/** `YYYY-MM-DD` or empty (null). */
function date(field: string, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) throw invalid(field, "error-date-format");
  return v;
}
