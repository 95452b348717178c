// The staff report's form rules for the in-memory backend, as the Rust side's
// `sonae_core::report::ReportForm::check`: the same fields, steps, order and message ids.

import type { FieldIssueDto } from "../bindings/FieldIssueDto";
import type { ReportFormDto } from "../bindings/ReportFormDto";

const SOURCES = ["staff", "resident", "contractor", "other"];
const SYMPTOMS = [
  "pc_lost_stolen",
  "mail_misaddressed",
  "forms_lost_stolen",
  "pc_connects_by_itself",
  "pc_slow",
  "strange_screen",
  "files_altered",
  "unknown_files",
  "unsent_mail_in_sent_box",
];
export const CATEGORY_CODES = [
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
const SEGMENTS = ["my_number", "lgwan", "internet"];
const TRI_STATES = ["yes", "no", "unknown"];
const MEDIA = ["paper", "electronic", "both", "unknown"];
const CHANNELS = ["phone", "visit", "email", "letter", "other"];
const MAX_PERSONS = 100_000_000;
const JST_MS = 9 * 3600_000;

/** What the form's ids must point at. */
export interface FormRefs {
  departments: readonly string[];
  systems: readonly string[];
  classLevels: readonly string[];
}

/** `noticedAt` → `field-noticed-at`, as the Rust side's `fluent_id("field", …)`. */
function fieldIdOf(field: string): string {
  return `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** `YYYY-MM-DDTHH:MM[:SS]` in Japan time → milliseconds since the epoch, or null. */
export function parseLocalDateTime(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? "0")) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return utc - JST_MS;
}

/** An instant as the form's Japan-time value. */
export function toLocalDateTime(ms: number): string {
  return new Date(ms + JST_MS).toISOString().slice(0, 16);
}

function persons(value: string): string | null {
  const v = [...value.trim()]
    .filter((c) => c !== "," && c !== "，")
    .map((c) => {
      const code = c.charCodeAt(0);
      if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
      return c === "－" || c === "ー" ? "-" : c;
    })
    .join("");
  if (!v) return null;
  if (!/^[+-]?\d+$/.test(v)) return "error-not-a-number";
  const n = Number(v);
  if (n < 0) return "error-negative";
  if (n > MAX_PERSONS) return "error-too-large";
  return null;
}

/** Every problem of the form, in step order, at most one per field. */
export function checkReportForm(form: ReportFormDto, now: number, refs: FormRefs): FieldIssueDto[] {
  const issues: FieldIssueDto[] = [];
  const add = (step: number, field: string, messageId: string) =>
    issues.push({ step, field, messageId, fieldId: fieldIdOf(field) });
  const text = (step: number, field: string, value: string, max: number, required: boolean) => {
    const v = value.trim();
    if (required && !v) add(step, field, "error-field-required");
    else if ([...v].length > max) add(step, field, "error-field-too-long");
  };
  const code = (step: number, field: string, value: string, codes: readonly string[], required: boolean) => {
    const v = value.trim();
    if (!v) {
      if (required) add(step, field, "error-field-required");
    } else if (!codes.includes(v)) add(step, field, "error-invalid-choice");
  };
  const time = (step: number, field: string, value: string, required: boolean): number | null => {
    const v = value.trim();
    if (!v) {
      if (required) add(step, field, "error-field-required");
      return null;
    }
    const t = parseLocalDateTime(v);
    if (t === null) {
      add(step, field, "error-datetime-format");
      return null;
    }
    if (t > now + 60_000) {
      add(step, field, "error-datetime-future");
      return null;
    }
    return t;
  };
  const reference = (step: number, field: string, value: string, known: readonly string[]) => {
    const v = value.trim();
    if (v && !known.includes(v)) add(step, field, "error-choice-not-found");
  };

  // Step 1.
  code(1, "source", form.source, SOURCES, true);
  if (form.symptoms.some((s) => !SYMPTOMS.includes(s.trim()))) add(1, "symptoms", "error-invalid-choice");
  code(1, "category", form.category, CATEGORY_CODES, true);
  text(1, "whatHappened", form.whatHappened, 4000, true);
  // Step 2.
  const noticed = time(2, "noticedAt", form.noticedAt, true);
  const occurred = time(2, "occurredAt", form.occurredAt, false);
  if (noticed !== null && occurred !== null && occurred > noticed) add(2, "occurredAt", "error-occurred-after-noticed");
  text(2, "occurredNote", form.occurredNote, 200, false);
  // Step 3.
  reference(3, "departmentId", form.departmentId, refs.departments);
  text(3, "device", form.device, 200, false);
  reference(3, "systemId", form.systemId, refs.systems);
  if (form.networkSegment.trim() !== "unknown") code(3, "networkSegment", form.networkSegment, SEGMENTS, false);
  // Step 4.
  reference(4, "classLevelId", form.classLevelId, refs.classLevels);
  code(4, "personalInfo", form.personalInfo, TRI_STATES, true);
  code(4, "myNumber", form.myNumber, TRI_STATES, true);
  const personsError = persons(form.maxPersons);
  if (personsError) add(4, "maxPersons", personsError);
  code(4, "medium", form.medium, MEDIA, false);
  // Step 5.
  text(5, "actionsTaken", form.actionsTaken, 4000, false);
  // Step 6.
  text(6, "reporterName", form.reporterName, 50, true);
  const phone = form.reporterPhone.trim();
  if ([...phone].length > 30) add(6, "reporterPhone", "error-field-too-long");
  else if (!/^[0-9()+\- ]*$/.test(phone)) add(6, "reporterPhone", "error-phone-format");
  const mail = form.reporterEmail.trim();
  if ([...mail].length > 254) add(6, "reporterEmail", "error-field-too-long");
  else if (mail && !/^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]+$/.test(mail)) add(6, "reporterEmail", "error-email-format");
  if (!phone && !mail) add(6, "reporterPhone", "error-reporter-unreachable");
  text(6, "reporterReachability", form.reporterReachability, 200, false);
  const source = SOURCES.includes(form.source.trim()) ? form.source.trim() : "staff";
  if (source !== "staff") {
    text(6, "relayOrg", form.relayOrg, 100, source === "contractor");
    code(6, "relayChannel", form.relayChannel, CHANNELS, true);
    time(6, "relayReceivedAt", form.relayReceivedAt, true);
  }
  return issues.sort((a, b) => a.step - b.step);
}

/** The 受付番号 period of a format at `now`: `2026` (calendar year) or `FY2026` (年度). */
export function receiptPeriod(format: string, now: number): string {
  const [year, fiscal] = yearsOf(now);
  return format.includes("{年度}") ? `FY${fiscal}` : String(year);
}

/** The `n`-th 受付番号 of the period containing `now`: `{年}-{n}` → `2026-0007`. */
export function receiptNumber(format: string, now: number, n: number): string {
  const [year, fiscal] = yearsOf(now);
  return format
    .replaceAll("{年度}", String(fiscal))
    .replaceAll("{年}", String(year))
    .replaceAll("{n}", String(n).padStart(4, "0"));
}

function yearsOf(now: number): [number, number] {
  const d = new Date(now + JST_MS);
  const year = d.getUTCFullYear();
  return [year, d.getUTCMonth() >= 3 ? year : year - 1];
}

/** A case title: the first line of what happened, at most 60 characters and an ellipsis. */
export function caseTitle(whatHappened: string): string {
  const first = [...(whatHappened.split("\n")[0] ?? "").trim()];
  return first.length > 60 ? `${first.slice(0, 60).join("")}…` : first.join("");
}
