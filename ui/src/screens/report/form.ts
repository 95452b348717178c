// The report wizard's form model: the empty form, which step each field is on, and the mapping
// between the form's codes (Rust storage codes, snake_case) and the generated camelCase enums.

import type { ApiError } from "../../bindings/ApiError";
import type { Category } from "../../bindings/Category";
import type { FieldIssueDto } from "../../bindings/FieldIssueDto";
import type { GuidanceDto } from "../../bindings/GuidanceDto";
import type { NetworkSegment } from "../../bindings/NetworkSegment";
import type { ReportFormDto } from "../../bindings/ReportFormDto";
import type { ReporterDto } from "../../bindings/ReporterDto";
import type { Symptom } from "../../l10n/labels";
import type { Translate } from "../../l10n/useT";

export type FormField = keyof ReportFormDto;

/** The wizard's steps, 1-based as the backend counts them. */
export const STEP_COUNT = 7;
export const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The short title of a step (the step indicator, the review, the resume offer). */
export function stepTitle(t: Translate, step: number): string {
  switch (step) {
    case 1:
      return t("ui-report-step-1");
    case 2:
      return t("ui-report-step-2");
    case 3:
      return t("ui-report-step-3");
    case 4:
      return t("ui-report-step-4");
    case 5:
      return t("ui-report-step-5");
    case 6:
      return t("ui-report-step-6");
    default:
      return t("ui-report-step-7");
  }
}

/** The step each field is entered on (issues say the same; this is for focusing and the review). */
export const FIELD_STEP: Record<FormField, number> = {
  source: 1,
  symptoms: 1,
  category: 1,
  whatHappened: 1,
  noticedAt: 2,
  occurredAt: 2,
  occurredNote: 2,
  departmentId: 3,
  device: 3,
  systemId: 3,
  networkSegment: 3,
  classLevelId: 4,
  personalInfo: 4,
  myNumber: 4,
  maxPersons: 4,
  medium: 4,
  actionsTaken: 5,
  reporterName: 6,
  reporterPhone: 6,
  reporterEmail: 6,
  reporterReachability: 6,
  relayOrg: 6,
  relayChannel: 6,
  relayReceivedAt: 6,
};

const JST_MS = 9 * 3600_000;

/** Now as the value of an `<input type="datetime-local">` in Japan time: `2026-11-22T09:05`. */
export function nowLocal(now = Date.now()): string {
  return new Date(now + JST_MS).toISOString().slice(0, 16);
}

/** `2026-11-22T09:05` → `2026/11/22 09:05` (as typed when it is not a date-time). */
export function showLocal(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value.trim());
  return m ? `${m[1]}/${m[2]}/${m[3]} ${m[4]}:${m[5]}` : value;
}

/** `HH:MM` in Japan time of an RFC 3339 instant. */
export function jstTime(rfc3339: string): string {
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) return "";
  return new Date(ms + JST_MS).toISOString().slice(11, 16);
}

/** A new report: the signed-in person reports something they noticed just now. */
export function newForm(me: ReporterDto, now = Date.now()): ReportFormDto {
  return {
    source: "staff",
    symptoms: [],
    category: "",
    whatHappened: "",
    noticedAt: nowLocal(now),
    occurredAt: "",
    occurredNote: "",
    departmentId: me.departmentId ?? "",
    device: "",
    systemId: "",
    networkSegment: "",
    classLevelId: "",
    personalInfo: "",
    myNumber: "",
    maxPersons: "",
    medium: "",
    actionsTaken: "",
    reporterName: me.name,
    reporterPhone: me.phone,
    reporterEmail: me.email,
    reporterReachability: "",
    relayOrg: "",
    relayChannel: "",
    relayReceivedAt: "",
  };
}

/** A form read back from a draft: every field present, whatever an older draft held. */
export function completeForm(form: Partial<ReportFormDto>): ReportFormDto {
  const empty = newForm({ name: "", departmentId: null, phone: "", email: "" });
  const out: ReportFormDto = { ...empty, noticedAt: "" };
  for (const key of Object.keys(out) as FormField[]) {
    const v = form[key];
    if (key === "symptoms") out.symptoms = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
    else if (typeof v === "string") (out as Record<FormField, unknown>)[key] = v;
  }
  return out;
}

/**
 * The form after the source changed: the reporter's own details are filled in for a report of
 * their own and taken out (when untouched) for a report relayed from someone outside.
 */
export function withSource(form: ReportFormDto, source: string, me: ReporterDto, now = Date.now()): ReportFormDto {
  const next = { ...form, source };
  const mine = form.reporterName === me.name && form.reporterPhone === me.phone && form.reporterEmail === me.email;
  const blank = !form.reporterName.trim() && !form.reporterPhone.trim() && !form.reporterEmail.trim();
  if (source === "staff") {
    if (blank) Object.assign(next, { reporterName: me.name, reporterPhone: me.phone, reporterEmail: me.email });
  } else {
    if (mine) Object.assign(next, { reporterName: "", reporterPhone: "", reporterEmail: "" });
    if (!form.relayReceivedAt.trim()) next.relayReceivedAt = nowLocal(now);
  }
  return next;
}

const CATEGORY_CODES: Record<Category, string> = {
  unauthorizedAccess: "unauthorized_access",
  malware: "malware",
  targetedMail: "targeted_mail",
  webDefacement: "web_defacement",
  dos: "dos",
  dataLeak: "data_leak",
  misdirectedMail: "misdirected_mail",
  misdelivery: "misdelivery",
  lossTheft: "loss_theft",
  snsHijack: "sns_hijack",
  misconfigExposure: "misconfig_exposure",
  systemFailure: "system_failure",
  policyViolation: "policy_violation",
  other: "other",
};

/** `lossTheft` → `loss_theft`. */
export function categoryCode(category: Category): string {
  return CATEGORY_CODES[category];
}

/** `loss_theft` → `lossTheft`; null for anything else. */
export function categoryOf(code: string): Category | null {
  const found = (Object.keys(CATEGORY_CODES) as Category[]).find((c) => CATEGORY_CODES[c] === code.trim());
  return found ?? null;
}

/** The category a symptom most likely belongs to (as `Symptom::likely_category` in Rust). */
export const SYMPTOM_CATEGORY: Record<Symptom, Category> = {
  pc_lost_stolen: "lossTheft",
  forms_lost_stolen: "lossTheft",
  mail_misaddressed: "misdirectedMail",
  pc_connects_by_itself: "malware",
  pc_slow: "malware",
  strange_screen: "malware",
  files_altered: "malware",
  unknown_files: "malware",
  unsent_mail_in_sent_box: "malware",
};

const SEGMENT_CODES: Record<NetworkSegment, string> = {
  myNumber: "my_number",
  lgwan: "lgwan",
  internet: "internet",
};

/** `myNumber` → `my_number`. */
export function segmentCode(segment: NetworkSegment): string {
  return SEGMENT_CODES[segment];
}

/** `my_number` → `myNumber`; null for `unknown`, empty or anything else. */
export function segmentOf(code: string): NetworkSegment | null {
  const found = (Object.keys(SEGMENT_CODES) as NetworkSegment[]).find((s) => SEGMENT_CODES[s] === code.trim());
  return found ?? null;
}

/** The organization's guidance for a category, or null (then the default Fluent text applies). */
export function customGuidance(guidance: readonly GuidanceDto[], category: Category): string[] | null {
  const steps = guidance.find((g) => g.category === category)?.steps.filter((s) => s.trim() !== "");
  return steps && steps.length > 0 ? steps : null;
}

/** Splits a Fluent guidance text into its steps (one per line). */
export function guidanceLines(text: string): string[] {
  return text
    .split("\n")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An issue as an `ApiError`, so that the usual error text resolves its field label. */
export function issueError(issue: FieldIssueDto): ApiError {
  return { code: "validation", messageId: issue.messageId, args: { fieldId: issue.fieldId }, field: issue.field };
}

/** A refused submission as the issue it names (the backend puts the step in `args.step`). */
export function issueOfError(error: ApiError): FieldIssueDto | null {
  const step = Number(error.args.step);
  if (error.code !== "validation" || !error.field || !Number.isInteger(step) || step < 1 || step > STEP_COUNT) return null;
  return { step, field: error.field, messageId: error.messageId, fieldId: error.args.fieldId ?? "" };
}
