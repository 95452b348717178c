// In-memory dashboard, statistics and 年次報告 (issue 10) for unit tests and browser-mode
// development. The Rust side is the reference: this keeps its shapes and its rules that screens
// show — drill cases never counted, deadlines bucketed in Japan days (overdue / today / the six
// days after), the open states in workflow order, severities most severe first then "none".
// Durations are not measured here (no audit history): every interval is "not yet".

import type { CaseState } from "../bindings/CaseState";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { DashboardDto } from "../bindings/DashboardDto";
import type { DeadlinesDto } from "../bindings/DeadlinesDto";
import type { ExportDto } from "../bindings/ExportDto";
import type { Role } from "../bindings/Role";
import type { SaveAnnualReportInput } from "../bindings/SaveAnnualReportInput";
import type { SavedFileDto } from "../bindings/SavedFileDto";
import type { Severity } from "../bindings/Severity";
import type { StatisticsDto } from "../bindings/StatisticsDto";
import type { StatsGroupDto } from "../bindings/StatsGroupDto";
import type { StatsInterval } from "../bindings/StatsInterval";
import type { StatsQuery } from "../bindings/StatsQuery";
import type { ApiError } from "../bindings/ApiError";

function apiError(code: ApiError["code"], messageId: string, args: Record<string, string> = {}, field: string | null = null): ApiError {
  return { code, messageId, args, field };
}

const VIEW_ALL: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];
const VIEW_TRAINING: readonly Role[] = ["administrator", "csirtLead", "chiefSecurityOfficer", "ciso"];
const OPEN_STATES: readonly CaseState[] = ["received", "triage", "responding", "recovering", "prevention"];
const SEVERITIES: readonly (Severity | null)[] = ["critical", "high", "medium", "low", null];
const INTERVALS: readonly StatsInterval[] = ["triage", "ciso", "containment", "closure"];

export interface StatsHost {
  now(): number;
  cases(): readonly CaseSummaryDto[];
  deadlines(roles: readonly Role[]): DeadlinesDto;
  /** People on the 12-month alert. */
  trainingOverdue(): number;
}

/** `YYYY-MM-DD` in Japan of an instant. */
function jstDay(ms: number): string {
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export class MemoryStats {
  private exports = 0;

  constructor(private readonly host: StatsHost) {}

  private require(roles: readonly Role[]) {
    if (!roles.some((r) => VIEW_ALL.includes(r))) throw apiError("forbidden", "error-forbidden");
  }

  dashboard(roles: readonly Role[]): DashboardDto {
    this.require(roles);
    const today = jstDay(this.host.now());
    const open = this.host.cases().filter((c) => !c.drill && OPEN_STATES.includes(c.state));
    const deadlines = { overdue: 0, dueToday: 0, dueThisWeek: 0 };
    const week = addDays(today, 6);
    for (const r of this.host.deadlines(roles).rows) {
      const due = r.row.due;
      if (due === null) continue;
      if (due < today) deadlines.overdue += 1;
      else if (due === today) deadlines.dueToday += 1;
      else if (due <= week) deadlines.dueThisWeek += 1;
    }
    return {
      today,
      openTotal: open.length,
      openByState: OPEN_STATES.map((state) => ({ state, count: open.filter((c) => c.state === state).length })),
      openBySeverity: SEVERITIES.map((severity) => ({ severity, count: open.filter((c) => c.severity === severity).length })),
      deadlines,
      cisoWaiting: [],
      cisoWaitingCount: 0,
      nextDrill: null,
      drillsPlanned: 0,
      trainingOverdue: roles.some((r) => VIEW_TRAINING.includes(r)) ? this.host.trainingOverdue() : null,
    };
  }

  statistics(roles: readonly Role[], q: StatsQuery): StatisticsDto {
    this.require(roles);
    const day = (field: "from" | "to", v: string | null | undefined): string | null => {
      const t = (v ?? "").trim();
      if (t === "") return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) throw apiError("validation", "error-date-format", { fieldId: `field-stats-${field}` }, field);
      return t;
    };
    const from = day("from", q.from);
    const to = day("to", q.to);
    if (from && to && to < from) throw apiError("validation", "error-stats-period-order", { fieldId: "field-stats-to" }, "to");
    const inPeriod = (c: CaseSummaryDto) => {
      const d = jstDay(Date.parse(c.createdAt));
      return (!from || d >= from) && (!to || d <= to);
    };
    const all = this.host.cases().filter(inPeriod);
    const real = all.filter((c) => !c.drill);
    const keyOf = (c: CaseSummaryDto): string => {
      const d = jstDay(Date.parse(c.createdAt));
      switch (q.groupBy) {
        case "category":
          return c.category;
        case "severity":
          return c.severity ?? "";
        case "month":
          return d.slice(0, 7);
        case "fiscalYear": {
          const y = Number(d.slice(0, 4));
          return String(Number(d.slice(5, 7)) >= 4 ? y : y - 1);
        }
        case "department":
          return "";
      }
    };
    const group = (key: string, label: string, cases: readonly CaseSummaryDto[]): StatsGroupDto => ({
      key,
      label,
      count: cases.length,
      open: cases.filter((c) => OPEN_STATES.includes(c.state)).length,
      intervals: INTERVALS.map((interval) => ({ interval, reached: 0, notYet: cases.length, medianSeconds: null, meanSeconds: null })),
    });
    const keys = [...new Set(real.map(keyOf))].sort();
    return {
      groupBy: q.groupBy,
      from,
      to,
      groups: keys.map((k) => group(k, k, real.filter((c) => keyOf(c) === k))),
      total: group("", "合計", real),
      drillsLeftOut: all.length - real.length,
    };
  }

  exportCsv(roles: readonly Role[], q: StatsQuery): ExportDto {
    this.statistics(roles, q);
    this.exports += 1;
    return { path: `/memory/exports/toukei-${this.exports}.csv` };
  }

  saveAnnualReport(roles: readonly Role[], input: SaveAnnualReportInput): SavedFileDto {
    this.require(roles);
    if (input.path.trim() === "") throw apiError("validation", "error-field-required", { fieldId: "field-path" }, "path");
    return { path: input.path.trim(), sha256: "0".repeat(64), size: 1 };
  }
}
