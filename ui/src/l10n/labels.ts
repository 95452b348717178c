// Enum value → message id in common.ftl (kebab-case of the camelCase value).
//
// Written out rather than computed so that tsc fails when a generated enum gains a member and the
// message-id test can see every id.

import type { CaseState } from "../bindings/CaseState";
import type { Category } from "../bindings/Category";
import type { OrgKind } from "../bindings/OrgKind";
import type { Severity } from "../bindings/Severity";

/** Every case state in the path of a case, then the two ways out (the order Rust reports them in). */
export const CASE_STATES: readonly CaseState[] = [
  "received",
  "triage",
  "responding",
  "recovering",
  "prevention",
  "closed",
  "notIncident",
];

export const CASE_STATE_IDS: Record<CaseState, string> = {
  received: "case-state-received",
  triage: "case-state-triage",
  responding: "case-state-responding",
  recovering: "case-state-recovering",
  prevention: "case-state-prevention",
  closed: "case-state-closed",
  notIncident: "case-state-not-incident",
};

export const CATEGORY_IDS: Record<Category, string> = {
  unauthorizedAccess: "category-unauthorized-access",
  malware: "category-malware",
  targetedMail: "category-targeted-mail",
  webDefacement: "category-web-defacement",
  dos: "category-dos",
  dataLeak: "category-data-leak",
  misdirectedMail: "category-misdirected-mail",
  misdelivery: "category-misdelivery",
  lossTheft: "category-loss-theft",
  snsHijack: "category-sns-hijack",
  misconfigExposure: "category-misconfig-exposure",
  systemFailure: "category-system-failure",
  policyViolation: "category-policy-violation",
  other: "category-other",
};

export const SEVERITY_IDS: Record<Severity, string> = {
  low: "severity-low",
  medium: "severity-medium",
  high: "severity-high",
  critical: "severity-critical",
};

export const ORG_KIND_IDS: Record<OrgKind, string> = {
  municipality: "org-kind-municipality",
  partialAffairsAssociation: "org-kind-partial-affairs-association",
  assembly: "org-kind-assembly",
};
