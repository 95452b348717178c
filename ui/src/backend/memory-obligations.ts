// The obligations of a case and the notification tracker, in memory (MemoryBackend). A reduced
// mirror of `sonae_core::obligations` + `sonae-api/src/tracker.rs`, enough for UI tests and
// browser-mode development: APPI 法68条 only (more than 100 persons, 要配慮, 財産的被害, 不正の目的;
// 高度な暗号化 and recovered-before-viewing exclude it), 本人通知 with it, the CISO always; 速報 target
// = day 5 and 確報 = day 30/60 counted from 知った日 as day 1 **without** moving past holidays (the
// Rust engine does; these dates are for screens, not for deadlines). 知った日 is taken on the first
// save and never moves; rows are never deleted.

import type { ApiError } from "../bindings/ApiError";
import type { DeadlinesDto } from "../bindings/DeadlinesDto";
import type { DueStatus } from "../bindings/DueStatus";
import type { NotificationRowDto } from "../bindings/NotificationRowDto";
import type { NotificationStage } from "../bindings/NotificationStage";
import type { NotificationState } from "../bindings/NotificationState";
import type { NotificationStateInput } from "../bindings/NotificationStateInput";
import type { ObligationFactsDto } from "../bindings/ObligationFactsDto";
import type { ObligationFactsInput } from "../bindings/ObligationFactsInput";
import type { ObligationsDto } from "../bindings/ObligationsDto";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { Role } from "../bindings/Role";

export interface ObligationsHost {
  now(): number;
  cases(): CaseSummaryDto[];
  /** The first candidate for 知った日 of a case (the reporter's "noticed" time), epoch ms. */
  noticedAt(caseId: string): number | null;
}

const VIEW: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];
const HANDLE: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer"];
const DAY = 86_400_000;

function apiError(code: ApiError["code"], messageId: string, field: string | null = null): ApiError {
  const args: Record<string, string> = {};
  if (field) args.fieldId = `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return { code, messageId, args, field };
}

/** Japan's calendar date of an instant, `YYYY-MM-DD`. */
function jstDate(ms: number): string {
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
}

function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

interface Owed {
  destination: string;
  basis: string;
  level: string;
  stage: NotificationStage;
  triggers: string[];
  due: string | null;
  finalDays: number | null;
  targetMinutes: number | null;
}

interface Stored {
  state: NotificationState;
  reason: string;
  sentAt: string | null;
  method: string;
  document: string;
  note: string;
}

function owed(knownOn: string, f: ObligationFactsDto): Owed[] {
  const out: Owed[] = [
    { destination: "ciso", basis: "security-policy", level: "policy", stage: "single", triggers: ["incident"], due: null, finalDays: null, targetMinutes: 60 },
  ];
  const pi = f.personalInfo;
  if (pi.involved && !pi.highlyEncrypted && !pi.recoveredBeforeViewing) {
    const triggers = [
      ...(pi.sensitive ? ["appi-43-1"] : []),
      ...(pi.financialDamageRisk ? ["appi-43-2"] : []),
      ...(pi.maliciousAct ? ["appi-43-3"] : []),
      ...(pi.maxPersons > 100 ? ["appi-43-4"] : []),
    ];
    if (triggers.length > 0) {
      const days = pi.maliciousAct ? 60 : 30;
      const base = { destination: "ppc", basis: "appi-68", level: "legal", triggers, targetMinutes: null };
      out.push({ ...base, stage: "preliminary", due: addDays(knownOn, 4), finalDays: null });
      out.push({ ...base, stage: "final", due: addDays(knownOn, days - 1), finalDays: days });
      out.push({ destination: "data-subjects", basis: "appi-68", level: "legal", stage: "single", triggers, due: null, finalDays: null, targetMinutes: null });
    }
  }
  return out;
}

const OPEN: readonly NotificationState[] = ["pending", "draft"];

function dueStatus(state: NotificationState, due: string | null, today: string): DueStatus {
  if (!due || !OPEN.includes(state)) return "calm";
  if (today > due) return "overdue";
  return (Date.parse(due) - Date.parse(today)) / DAY <= 2 ? "dueSoon" : "calm";
}

const key = (destination: string, basis: string, stage: NotificationStage) => `${destination}:${basis}:${stage}`;

export class MemoryObligations {
  private readonly facts = new Map<string, { knownOn: string; facts: ObligationFactsDto }>();
  private readonly stored = new Map<string, Map<string, Stored>>();

  constructor(private readonly host: ObligationsHost) {}

  private require(roles: readonly Role[], allowed: readonly Role[]): void {
    if (!roles.some((r) => allowed.includes(r))) throw apiError("forbidden", "error-forbidden");
  }

  private summary(caseId: string): CaseSummaryDto {
    const c = this.host.cases().find((x) => x.id === caseId);
    if (!c) throw apiError("notFound", "error-not-found");
    return c;
  }

  private rows(caseId: string): NotificationRowDto[] {
    const today = jstDate(this.host.now());
    const entry = this.facts.get(caseId);
    const stored = this.stored.get(caseId) ?? new Map<string, Stored>();
    const fresh: Stored = { state: "pending", reason: "", sentAt: null, method: "", document: "", note: "" };
    const rows: NotificationRowDto[] = (entry ? owed(entry.knownOn, entry.facts) : []).map((o) => {
      const s = stored.get(key(o.destination, o.basis, o.stage)) ?? fresh;
      return { ...o, ...s, owed: true, dueStatus: dueStatus(s.state, o.due, today) };
    });
    for (const [k, s] of stored) {
      const [destination, basis, stage] = k.split(":") as [string, string, NotificationStage];
      if (!rows.some((r) => key(r.destination, r.basis, r.stage) === k)) {
        rows.push({ destination, basis, level: "", stage, triggers: [], due: null, finalDays: null, targetMinutes: null, ...s, owed: false, dueStatus: "calm" });
      }
    }
    return rows;
  }

  private dto(caseId: string): ObligationsDto {
    const entry = this.facts.get(caseId);
    const noticed = this.host.noticedAt(caseId);
    return {
      caseId,
      knownOn: entry?.knownOn ?? null,
      knownOnSuggestion: noticed === null ? null : jstDate(noticed),
      facts: entry ? structuredClone(entry.facts) : null,
      rows: this.rows(caseId),
      notRequired: [],
      notes: [],
      today: jstDate(this.host.now()),
    };
  }

  caseObligations(roles: readonly Role[], caseId: string): ObligationsDto {
    this.require(roles, VIEW);
    this.summary(caseId);
    return this.dto(caseId);
  }

  saveObligationFacts(roles: readonly Role[], input: ObligationFactsInput): ObligationsDto {
    this.require(roles, HANDLE);
    this.summary(input.caseId);
    for (const [field, n] of [
      ["personalInfo.maxPersons", input.facts.personalInfo.maxPersons],
      ["myNumber.maxPersons", input.facts.myNumber.maxPersons],
    ] as const) {
      if (n > 100_000_000) throw apiError("validation", "error-too-large", field);
    }
    const previous = this.facts.get(input.caseId);
    let knownOn = previous?.knownOn;
    if (!knownOn) {
      const d = input.knownOn.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw apiError("validation", "error-date-format", "knownOn");
      if (d > jstDate(this.host.now())) throw apiError("validation", "error-datetime-future", "knownOn");
      knownOn = d;
    }
    this.facts.set(input.caseId, { knownOn, facts: structuredClone(input.facts) });
    return this.dto(input.caseId);
  }

  setNotificationState(roles: readonly Role[], input: NotificationStateInput): ObligationsDto {
    this.require(roles, HANDLE);
    this.summary(input.caseId);
    const row = this.rows(input.caseId).find((r) => r.destination === input.destination && r.basis === input.basis && r.stage === input.stage);
    if (!row) throw apiError("notFound", "error-not-found");
    const sentAt = input.sentAt.trim();
    if (input.state === "notRequired" && !input.reason.trim()) throw apiError("validation", "error-field-required", "reason");
    if (input.state === "sent" && !sentAt) throw apiError("validation", "error-field-required", "sentAt");
    if (input.state === "sent" && !input.method.trim()) throw apiError("validation", "error-field-required", "method");
    if ((input.state === "acknowledged" || input.state === "supplemented") && !row.sentAt && !sentAt) {
      throw apiError("validation", "error-notification-not-sent", "state");
    }
    const stored = this.stored.get(input.caseId) ?? new Map<string, Stored>();
    stored.set(key(input.destination, input.basis, input.stage), {
      state: input.state,
      reason: input.reason.trim(),
      sentAt: sentAt ? new Date(Date.parse(`${sentAt}:00+09:00`)).toISOString().replace(".000Z", "Z") : row.sentAt,
      method: input.method.trim() || row.method,
      document: input.document.trim() || row.document,
      note: input.note.trim(),
    });
    this.stored.set(input.caseId, stored);
    return this.dto(input.caseId);
  }

  deadlines(roles: readonly Role[]): DeadlinesDto {
    this.require(roles, VIEW);
    const open = this.host.cases().filter((c) => c.state !== "closed" && c.state !== "notIncident" && !c.drill);
    const rows = open.flatMap((c) =>
      this.rows(c.id)
        .filter((r) => r.owed && r.due !== null && OPEN.includes(r.state))
        .map((row) => ({ caseId: c.id, receiptNo: c.receiptNo, title: c.title, drill: c.drill, row })),
    );
    rows.sort((a, b) => (a.row.due ?? "").localeCompare(b.row.due ?? "") || a.receiptNo.localeCompare(b.receiptNo));
    return { today: jstDate(this.host.now()), rows };
  }
}
