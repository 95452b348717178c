// Enum value → message id in common.ftl (kebab-case of the camelCase value).
//
// Written out rather than computed so that tsc fails when a generated enum gains a member and the
// message-id test can see every id.

import type { CisoWaitReason } from "../bindings/CisoWaitReason";
import type { StatsGrouping } from "../bindings/StatsGrouping";
import type { StatsInterval } from "../bindings/StatsInterval";
import type { CaseMove } from "../bindings/CaseMove";
import type { CaseSort } from "../bindings/CaseSort";
import type { CaseState } from "../bindings/CaseState";
import type { MyNumberSystem } from "../bindings/MyNumberSystem";
import type { NotificationStage } from "../bindings/NotificationStage";
import type { NotificationState } from "../bindings/NotificationState";
import type { CauseCategory } from "../bindings/CauseCategory";
import type { DecisionStatus } from "../bindings/DecisionStatus";
import type { EvidenceSource } from "../bindings/EvidenceSource";
import type { MeasureStatus } from "../bindings/MeasureStatus";
import type { MissingCondition } from "../bindings/MissingCondition";
import type { TaskKind } from "../bindings/TaskKind";
import type { TaskList } from "../bindings/TaskList";
import type { TaskStatus } from "../bindings/TaskStatus";
import type { TimelineKind } from "../bindings/TimelineKind";
import type { Category } from "../bindings/Category";
import type { ClassAxis } from "../bindings/ClassAxis";
import type { ContactKind } from "../bindings/ContactKind";
import type { Honorific } from "../bindings/Honorific";
import type { NetworkSegment } from "../bindings/NetworkSegment";
import type { OrgKind } from "../bindings/OrgKind";
import type { Role } from "../bindings/Role";
import type { SchemePreset } from "../bindings/SchemePreset";
import type { Severity } from "../bindings/Severity";
import type { AttendanceStatus } from "../bindings/AttendanceStatus";
import type { TrainingAlertReason } from "../bindings/TrainingAlertReason";
import type { TrainingAudience } from "../bindings/TrainingAudience";
import type { TrainingTopic } from "../bindings/TrainingTopic";

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

export const ORG_KINDS: readonly OrgKind[] = ["municipality", "partialAffairsAssociation", "assembly"];

/** Every role, in the order of the organisation chart (shown in this order everywhere). */
export const ROLES: readonly Role[] = [
  "ciso",
  "chiefSecurityOfficer",
  "csirtLead",
  "csirtMember",
  "systemAdministrator",
  "administrator",
  "staff",
];

export const ROLE_IDS: Record<Role, string> = {
  staff: "role-staff",
  csirtMember: "role-csirt-member",
  csirtLead: "role-csirt-lead",
  chiefSecurityOfficer: "role-chief-security-officer",
  ciso: "role-ciso",
  systemAdministrator: "role-system-administrator",
  administrator: "role-administrator",
};

// The labels below live in ui.ftl (ui-…) until common.ftl has them; contact kinds already do.

export const HONORIFIC_IDS: Record<Honorific, string> = {
  sama: "ui-honorific-sama",
  dono: "ui-honorific-dono",
};

export const SCHEME_PRESETS: readonly SchemePreset[] = ["soumuGuideline", "infoCategory4"];

export const SCHEME_PRESET_IDS: Record<SchemePreset, string> = {
  soumuGuideline: "ui-scheme-soumu-guideline",
  infoCategory4: "ui-scheme-info-category-4",
};

export const SCHEME_PRESET_DESCRIPTION_IDS: Record<SchemePreset, string> = {
  soumuGuideline: "ui-scheme-soumu-guideline-description",
  infoCategory4: "ui-scheme-info-category-4-description",
};

export const CLASS_AXIS_IDS: Record<ClassAxis, string> = {
  confidentiality: "ui-class-axis-confidentiality",
  integrity: "ui-class-axis-integrity",
  availability: "ui-class-axis-availability",
  category: "ui-class-axis-category",
};

export const NETWORK_SEGMENTS: readonly NetworkSegment[] = ["myNumber", "lgwan", "internet"];

export const NETWORK_SEGMENT_IDS: Record<NetworkSegment, string> = {
  myNumber: "ui-segment-my-number",
  lgwan: "ui-segment-lgwan",
  internet: "ui-segment-internet",
};

export const CONTACT_KINDS: readonly ContactKind[] = ["external", "contractor", "internal"];

export const CONTACT_KIND_IDS: Record<ContactKind, string> = {
  internal: "contact-kind-internal",
  external: "contact-kind-external",
  contractor: "contact-kind-contractor",
};

// The staff report (report.ftl). Report form values are the Rust storage codes (snake_case).

/** Every category, in the order the report wizard lists them. */
export const CATEGORIES: readonly Category[] = [
  "lossTheft",
  "misdirectedMail",
  "misdelivery",
  "malware",
  "targetedMail",
  "unauthorizedAccess",
  "dataLeak",
  "webDefacement",
  "dos",
  "snsHijack",
  "misconfigExposure",
  "systemFailure",
  "policyViolation",
  "other",
];

export const CATEGORY_HINT_IDS: Record<Category, string> = {
  unauthorizedAccess: "category-unauthorized-access-hint",
  malware: "category-malware-hint",
  targetedMail: "category-targeted-mail-hint",
  webDefacement: "category-web-defacement-hint",
  dos: "category-dos-hint",
  dataLeak: "category-data-leak-hint",
  misdirectedMail: "category-misdirected-mail-hint",
  misdelivery: "category-misdelivery-hint",
  lossTheft: "category-loss-theft-hint",
  snsHijack: "category-sns-hijack-hint",
  misconfigExposure: "category-misconfig-exposure-hint",
  systemFailure: "category-system-failure-hint",
  policyViolation: "category-policy-violation-hint",
  other: "category-other-hint",
};

/** The default first-response guidance of each category: one step per line. */
export const GUIDANCE_IDS: Record<Category, string> = {
  unauthorizedAccess: "guidance-unauthorized-access",
  malware: "guidance-malware",
  targetedMail: "guidance-targeted-mail",
  webDefacement: "guidance-web-defacement",
  dos: "guidance-dos",
  dataLeak: "guidance-data-leak",
  misdirectedMail: "guidance-misdirected-mail",
  misdelivery: "guidance-misdelivery",
  lossTheft: "guidance-loss-theft",
  snsHijack: "guidance-sns-hijack",
  misconfigExposure: "guidance-misconfig-exposure",
  systemFailure: "guidance-system-failure",
  policyViolation: "guidance-policy-violation",
  other: "guidance-other",
};

export const REPORT_SOURCES = ["staff", "resident", "contractor", "other"] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const REPORT_SOURCE_IDS: Record<ReportSource, string> = {
  staff: "report-source-staff",
  resident: "report-source-resident",
  contractor: "report-source-contractor",
  other: "report-source-other",
};

/** The staff symptom checklist of 004 第85条. */
export const SYMPTOMS = [
  "pc_lost_stolen",
  "mail_misaddressed",
  "forms_lost_stolen",
  "pc_connects_by_itself",
  "pc_slow",
  "strange_screen",
  "files_altered",
  "unknown_files",
  "unsent_mail_in_sent_box",
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const SYMPTOM_IDS: Record<Symptom, string> = {
  pc_lost_stolen: "symptom-pc-lost-stolen",
  mail_misaddressed: "symptom-mail-misaddressed",
  forms_lost_stolen: "symptom-forms-lost-stolen",
  pc_connects_by_itself: "symptom-pc-connects-by-itself",
  pc_slow: "symptom-pc-slow",
  strange_screen: "symptom-strange-screen",
  files_altered: "symptom-files-altered",
  unknown_files: "symptom-unknown-files",
  unsent_mail_in_sent_box: "symptom-unsent-mail-in-sent-box",
};

export const TRI_STATES = ["yes", "no", "unknown"] as const;
export type TriState = (typeof TRI_STATES)[number];

export const TRI_STATE_IDS: Record<TriState, string> = {
  yes: "tri-state-yes",
  no: "tri-state-no",
  unknown: "tri-state-unknown",
};

export const MEDIA = ["paper", "electronic", "both", "unknown"] as const;
export type Medium = (typeof MEDIA)[number];

export const MEDIUM_IDS: Record<Medium, string> = {
  paper: "medium-paper",
  electronic: "medium-electronic",
  both: "medium-both",
  unknown: "medium-unknown",
};

export const RELAY_CHANNELS = ["phone", "visit", "email", "letter", "other"] as const;
export type RelayChannel = (typeof RELAY_CHANNELS)[number];

export const RELAY_CHANNEL_IDS: Record<RelayChannel, string> = {
  phone: "relay-channel-phone",
  visit: "relay-channel-visit",
  email: "relay-channel-email",
  letter: "relay-channel-letter",
  other: "relay-channel-other",
};

/** The 47 prefectures in the order of the national local-government code: key and stored name. */
export const PREFECTURES: readonly (readonly [Prefecture, string])[] = [
  ["hokkaido", "北海道"],
  ["aomori", "青森県"],
  ["iwate", "岩手県"],
  ["miyagi", "宮城県"],
  ["akita", "秋田県"],
  ["yamagata", "山形県"],
  ["fukushima", "福島県"],
  ["ibaraki", "茨城県"],
  ["tochigi", "栃木県"],
  ["gunma", "群馬県"],
  ["saitama", "埼玉県"],
  ["chiba", "千葉県"],
  ["tokyo", "東京都"],
  ["kanagawa", "神奈川県"],
  ["niigata", "新潟県"],
  ["toyama", "富山県"],
  ["ishikawa", "石川県"],
  ["fukui", "福井県"],
  ["yamanashi", "山梨県"],
  ["nagano", "長野県"],
  ["gifu", "岐阜県"],
  ["shizuoka", "静岡県"],
  ["aichi", "愛知県"],
  ["mie", "三重県"],
  ["shiga", "滋賀県"],
  ["kyoto", "京都府"],
  ["osaka", "大阪府"],
  ["hyogo", "兵庫県"],
  ["nara", "奈良県"],
  ["wakayama", "和歌山県"],
  ["tottori", "鳥取県"],
  ["shimane", "島根県"],
  ["okayama", "岡山県"],
  ["hiroshima", "広島県"],
  ["yamaguchi", "山口県"],
  ["tokushima", "徳島県"],
  ["kagawa", "香川県"],
  ["ehime", "愛媛県"],
  ["kochi", "高知県"],
  ["fukuoka", "福岡県"],
  ["saga", "佐賀県"],
  ["nagasaki", "長崎県"],
  ["kumamoto", "熊本県"],
  ["oita", "大分県"],
  ["miyazaki", "宮崎県"],
  ["kagoshima", "鹿児島県"],
  ["okinawa", "沖縄県"],
];

export type Prefecture =
  | "hokkaido"
  | "aomori"
  | "iwate"
  | "miyagi"
  | "akita"
  | "yamagata"
  | "fukushima"
  | "ibaraki"
  | "tochigi"
  | "gunma"
  | "saitama"
  | "chiba"
  | "tokyo"
  | "kanagawa"
  | "niigata"
  | "toyama"
  | "ishikawa"
  | "fukui"
  | "yamanashi"
  | "nagano"
  | "gifu"
  | "shizuoka"
  | "aichi"
  | "mie"
  | "shiga"
  | "kyoto"
  | "osaka"
  | "hyogo"
  | "nara"
  | "wakayama"
  | "tottori"
  | "shimane"
  | "okayama"
  | "hiroshima"
  | "yamaguchi"
  | "tokushima"
  | "kagawa"
  | "ehime"
  | "kochi"
  | "fukuoka"
  | "saga"
  | "nagasaki"
  | "kumamoto"
  | "oita"
  | "miyazaki"
  | "kagoshima"
  | "okinawa";

export const PREFECTURE_IDS: Record<Prefecture, string> = {
  hokkaido: "ui-prefecture-hokkaido",
  aomori: "ui-prefecture-aomori",
  iwate: "ui-prefecture-iwate",
  miyagi: "ui-prefecture-miyagi",
  akita: "ui-prefecture-akita",
  yamagata: "ui-prefecture-yamagata",
  fukushima: "ui-prefecture-fukushima",
  ibaraki: "ui-prefecture-ibaraki",
  tochigi: "ui-prefecture-tochigi",
  gunma: "ui-prefecture-gunma",
  saitama: "ui-prefecture-saitama",
  chiba: "ui-prefecture-chiba",
  tokyo: "ui-prefecture-tokyo",
  kanagawa: "ui-prefecture-kanagawa",
  niigata: "ui-prefecture-niigata",
  toyama: "ui-prefecture-toyama",
  ishikawa: "ui-prefecture-ishikawa",
  fukui: "ui-prefecture-fukui",
  yamanashi: "ui-prefecture-yamanashi",
  nagano: "ui-prefecture-nagano",
  gifu: "ui-prefecture-gifu",
  shizuoka: "ui-prefecture-shizuoka",
  aichi: "ui-prefecture-aichi",
  mie: "ui-prefecture-mie",
  shiga: "ui-prefecture-shiga",
  kyoto: "ui-prefecture-kyoto",
  osaka: "ui-prefecture-osaka",
  hyogo: "ui-prefecture-hyogo",
  nara: "ui-prefecture-nara",
  wakayama: "ui-prefecture-wakayama",
  tottori: "ui-prefecture-tottori",
  shimane: "ui-prefecture-shimane",
  okayama: "ui-prefecture-okayama",
  hiroshima: "ui-prefecture-hiroshima",
  yamaguchi: "ui-prefecture-yamaguchi",
  tokushima: "ui-prefecture-tokushima",
  kagawa: "ui-prefecture-kagawa",
  ehime: "ui-prefecture-ehime",
  kochi: "ui-prefecture-kochi",
  fukuoka: "ui-prefecture-fukuoka",
  saga: "ui-prefecture-saga",
  nagasaki: "ui-prefecture-nagasaki",
  kumamoto: "ui-prefecture-kumamoto",
  oita: "ui-prefecture-oita",
  miyazaki: "ui-prefecture-miyazaki",
  kagoshima: "ui-prefecture-kagoshima",
  okinawa: "ui-prefecture-okinawa",
};

// CSIRT case work. The enum labels are shared with Rust (common.ftl, playbook.ftl); the list's
// sort orders and the timeline kinds are UI words (ui.ftl).

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

export const CASE_MOVE_IDS: Record<CaseMove, string> = {
  startTriage: "case-move-start-triage",
  notIncident: "case-move-not-incident",
  judgeIncident: "case-move-judge-incident",
  startRecovery: "case-move-start-recovery",
  startPrevention: "case-move-start-prevention",
  close: "case-move-close",
  stepBack: "case-move-step-back",
  reopen: "case-move-reopen",
};

export const MISSING_IDS: Record<MissingCondition, string> = {
  reason: "missing-reason",
  rationale: "missing-rationale",
  severity: "missing-severity",
  impact: "missing-impact",
  handler: "missing-handler",
  openTasks: "missing-open-tasks",
  recoveryNotVerified: "missing-recovery-not-verified",
  rootCause: "missing-root-cause",
  measures: "missing-measures",
  cisoNotInformed: "missing-ciso-not-informed",
};

/** Task kinds in the order of the playbook's sections. */
export const TASK_KINDS: readonly TaskKind[] = [
  "cisoReport",
  "containment",
  "otherSystems",
  "evidence",
  "inform",
  "recoveryCheck",
  "improvement",
  "other",
];

export const TASK_KIND_IDS: Record<TaskKind, string> = {
  containment: "task-kind-containment",
  otherSystems: "task-kind-other-systems",
  evidence: "task-kind-evidence",
  inform: "task-kind-inform",
  cisoReport: "task-kind-ciso-report",
  improvement: "task-kind-improvement",
  recoveryCheck: "task-kind-recovery-check",
  other: "task-kind-other",
};

export const TASK_STATUS_IDS: Record<TaskStatus, string> = {
  open: "task-status-open",
  done: "task-status-done",
  waived: "task-status-waived",
};

export const TASK_LIST_IDS: Record<TaskList, string> = {
  response: "task-list-response",
  recovery: "task-list-recovery",
};

export const EVIDENCE_SOURCES: readonly EvidenceSource[] = ["device", "system", "log", "document", "other"];

export const EVIDENCE_SOURCE_IDS: Record<EvidenceSource, string> = {
  device: "evidence-source-device",
  system: "evidence-source-system",
  log: "evidence-source-log",
  document: "evidence-source-document",
  other: "evidence-source-other",
};

export const DECISION_STATUS_IDS: Record<DecisionStatus, string> = {
  proposed: "decision-status-proposed",
  approved: "decision-status-approved",
  rejected: "decision-status-rejected",
};

export const CAUSE_CATEGORIES: readonly CauseCategory[] = [
  "humanError",
  "ruleViolation",
  "procedureGap",
  "vulnerability",
  "misconfiguration",
  "externalAttack",
  "insiderMisconduct",
  "contractor",
  "failureOrDisaster",
  "unknown",
  "other",
];

export const CAUSE_CATEGORY_IDS: Record<CauseCategory, string> = {
  humanError: "cause-category-human-error",
  ruleViolation: "cause-category-rule-violation",
  procedureGap: "cause-category-procedure-gap",
  vulnerability: "cause-category-vulnerability",
  misconfiguration: "cause-category-misconfiguration",
  externalAttack: "cause-category-external-attack",
  insiderMisconduct: "cause-category-insider-misconduct",
  contractor: "cause-category-contractor",
  failureOrDisaster: "cause-category-failure-or-disaster",
  unknown: "cause-category-unknown",
  other: "cause-category-other",
};

export const MEASURE_STATUS_IDS: Record<MeasureStatus, string> = {
  done: "measure-status-done",
  planned: "measure-status-planned",
};

export const TIMELINE_KIND_IDS: Record<TimelineKind, string> = {
  action: "ui-case-timeline-kind-action",
  observation: "ui-case-timeline-kind-observation",
  decision: "ui-case-timeline-kind-decision",
  communication: "ui-case-timeline-kind-communication",
};

export const CASE_SORTS: readonly CaseSort[] = ["newest", "oldest", "severity", "nextDue"];

export const CASE_SORT_IDS: Record<CaseSort, string> = {
  newest: "ui-case-sort-newest",
  oldest: "ui-case-sort-oldest",
  severity: "ui-case-sort-severity",
  nextDue: "ui-case-sort-next-due",
};

// Obligations and the notification tracker (obligation.ftl). Destination, basis, level, trigger,
// reason and note codes are the Rust storage codes (kebab-case strings in the DTOs).

export const DESTINATION_IDS: Readonly<Record<string, string>> = {
  ciso: "destination-ciso",
  ppc: "destination-ppc",
  "data-subjects": "destination-data-subjects",
  soumu: "destination-soumu",
  prefecture: "destination-prefecture",
  police: "destination-police",
  contractor: "destination-contractor",
  ipa: "destination-ipa",
  jpcert: "destination-jpcert",
  publication: "destination-publication",
  committee: "destination-committee",
};

export const BASIS_IDS: Readonly<Record<string, string>> = {
  "appi-68": "basis-appi-68",
  "mynumber-29-4": "basis-mynumber-29-4",
  "mynumber-guideline": "basis-mynumber-guideline",
  "security-policy": "basis-security-policy",
  voluntary: "basis-voluntary",
};

export const LEVEL_IDS: Readonly<Record<string, string>> = {
  legal: "level-legal",
  guideline: "level-guideline",
  policy: "level-policy",
  voluntary: "level-voluntary",
};

export const TRIGGER_IDS: Readonly<Record<string, string>> = {
  "appi-43-1": "trigger-appi-43-1",
  "appi-43-2": "trigger-appi-43-2",
  "appi-43-3": "trigger-appi-43-3",
  "appi-43-4": "trigger-appi-43-4",
  "appi-43-5": "trigger-appi-43-5",
  "mynumber-2-1": "trigger-mynumber-2-1",
  "mynumber-2-2": "trigger-mynumber-2-2",
  "mynumber-2-3": "trigger-mynumber-2-3",
  "mynumber-2-4": "trigger-mynumber-2-4",
  "mynumber-leak": "trigger-mynumber-leak",
  incident: "trigger-incident",
  severity: "trigger-severity",
  "statutory-report": "trigger-statutory-report",
  "crime-unauthorized-access": "trigger-crime-unauthorized-access",
  "crime-ransomware": "trigger-crime-ransomware",
  "crime-malware": "trigger-crime-malware",
  "crime-theft": "trigger-crime-theft",
  "crime-insider": "trigger-crime-insider",
  "crime-other": "trigger-crime-other",
  "contractor-involved": "trigger-contractor-involved",
};

export const NOTIFICATION_STAGE_IDS: Record<NotificationStage, string> = {
  preliminary: "notification-stage-preliminary",
  final: "notification-stage-final",
  single: "notification-stage-single",
};

export const NOTIFICATION_STATES: readonly NotificationState[] = ["pending", "notRequired", "draft", "sent", "acknowledged", "supplemented"];

export const NOTIFICATION_STATE_IDS: Record<NotificationState, string> = {
  pending: "notification-state-pending",
  notRequired: "notification-state-not-required",
  draft: "notification-state-draft",
  sent: "notification-state-sent",
  acknowledged: "notification-state-acknowledged",
  supplemented: "notification-state-supplemented",
};

export const NOT_REQUIRED_IDS: Readonly<Record<string, string>> = {
  assembly: "not-required-assembly",
  "highly-encrypted": "not-required-highly-encrypted",
  "recovered-before-viewing": "not-required-recovered-before-viewing",
  "no-reportable-event": "not-required-no-reportable-event",
};

export const OBLIGATION_NOTE_IDS: Readonly<Record<string, string>> = {
  "ordinance-sensitive-not-defined": "obligation-note-ordinance-sensitive-not-defined",
  "personal-info-not-involved": "obligation-note-personal-info-not-involved",
  "my-number-not-involved": "obligation-note-my-number-not-involved",
  "appi-includes-my-number": "obligation-note-appi-includes-my-number",
};

export const MY_NUMBER_SYSTEMS: readonly MyNumberSystem[] = ["none", "network", "usage", "relatedPublic"];

export const MY_NUMBER_SYSTEM_IDS: Record<MyNumberSystem, string> = {
  none: "ui-obligation-mn-system-none",
  network: "ui-obligation-mn-system-network",
  usage: "ui-obligation-mn-system-usage",
  relatedPublic: "ui-obligation-mn-system-related-public",
};

// Documents (issue 7; ui.ftl). Kinds are `sonae_forms::Kind` codes; reasons are forms.ftl ids.

export const DOCUMENT_KIND_IDS: Readonly<Record<string, string>> = {
  "first-report": "ui-doc-kind-first-report",
  "ppc-appi": "ui-doc-kind-ppc-appi",
  "ppc-mynumber": "ui-doc-kind-ppc-mynumber",
  prefecture: "ui-doc-kind-prefecture",
  "final-report": "ui-doc-kind-final-report",
  "subject-notice": "ui-doc-kind-subject-notice",
  "press-release": "ui-doc-kind-press-release",
  police: "ui-doc-kind-police",
  contacts: "ui-doc-kind-contacts",
};

export const PPC_KINDS: readonly string[] = ["preliminary", "final", "combined", "supplement"];

export const PPC_KIND_IDS: Readonly<Record<string, string>> = {
  preliminary: "ui-doc-ppc-kind-preliminary",
  final: "ui-doc-ppc-kind-final",
  combined: "ui-doc-ppc-kind-combined",
  supplement: "ui-doc-ppc-kind-supplement",
};

export const PARTICULARS_TRI_IDS: Readonly<Record<string, string>> = {
  yes: "ui-doc-tri-yes",
  no: "ui-doc-tri-no",
  unknown: "ui-doc-tri-unknown",
};

export const SUBJECT_RESPONSE_IDS: Readonly<Record<string, string>> = {
  undecided: "ui-doc-subject-undecided",
  done: "ui-doc-subject-done",
  planned: "ui-doc-subject-planned",
  impossible: "ui-doc-subject-impossible",
};

export const PUBLICATION_STATUS_IDS: Readonly<Record<string, string>> = {
  undecided: "ui-doc-publication-undecided",
  done: "ui-doc-publication-done",
  planned: "ui-doc-publication-planned",
  not_planned: "ui-doc-publication-not-planned",
};

/** Why a document makes no sense for a case (forms.ftl; the API's `reason`). */
export const NOT_APPLICABLE_IDS: Readonly<Record<string, string>> = {
  "forms-na-not-incident": "forms-na-not-incident",
  "forms-na-not-judged": "forms-na-not-judged",
  "forms-na-no-facts": "forms-na-no-facts",
  "forms-na-no-ppc-appi": "forms-na-no-ppc-appi",
  "forms-na-no-ppc-mynumber": "forms-na-no-ppc-mynumber",
  "forms-na-no-prefecture": "forms-na-no-prefecture",
  "forms-na-no-subject-notice": "forms-na-no-subject-notice",
  "forms-na-no-publication": "forms-na-no-publication",
  "forms-na-no-police": "forms-na-no-police",
};

// Drills (issue 8; drill.ftl and ui.ftl). Codes are the Rust storage codes (snake_case) the drill
// DTOs carry.

export const DRILL_KIND_IDS: Readonly<Record<string, string>> = {
  tabletop: "drill-kind-tabletop",
  functional: "drill-kind-functional",
  full_scale: "drill-kind-full-scale",
  call_tree: "drill-kind-call-tree",
  external: "drill-kind-external",
};

export const INJECT_CHANNEL_IDS: Readonly<Record<string, string>> = {
  phone: "inject-channel-phone",
  email: "inject-channel-email",
  in_person: "inject-channel-in-person",
  system: "inject-channel-system",
  media: "inject-channel-media",
  other: "inject-channel-other",
};

export const MILESTONE_IDS: Readonly<Record<string, string>> = {
  csirt_acknowledged: "milestone-csirt-acknowledged",
  judged_incident: "milestone-judged-incident",
  ciso_informed: "milestone-ciso-informed",
  contained: "milestone-contained",
  ppc_preliminary_draft: "milestone-ppc-preliminary-draft",
};

export const DRILL_STATE_IDS: Readonly<Record<string, string>> = {
  planned: "drill-state-planned",
  running: "drill-state-running",
  ended: "drill-state-ended",
  approved: "drill-state-approved",
};

export const INJECT_OUTCOME_IDS: Readonly<Record<string, string>> = {
  achieved: "inject-outcome-achieved",
  missed: "inject-outcome-missed",
};

export const CALL_RESULTS: readonly string[] = ["answered", "no_answer", "wrong_number"];

export const CALL_RESULT_IDS: Readonly<Record<string, string>> = {
  answered: "call-result-answered",
  no_answer: "call-result-no-answer",
  wrong_number: "call-result-wrong-number",
};

/** Measured against the target (`DrillResultDto.verdict`). */
export const DRILL_VERDICT_IDS: Readonly<Record<string, string>> = {
  met: "ui-drill-verdict-met",
  exceeded: "ui-drill-verdict-exceeded",
  notReached: "ui-drill-verdict-not-reached",
};

/** The scenario clock's speeds the facilitator chooses from (scenario seconds per real second). */
export const DRILL_SPEEDS: readonly number[] = [1, 10, 60, 600];

export const DRILL_SPEED_IDS: Readonly<Record<string, string>> = {
  1: "ui-drill-speed-1",
  10: "ui-drill-speed-10",
  60: "ui-drill-speed-60",
  600: "ui-drill-speed-600",
};

// Training (研修, issue 8; common.ftl).

export const TRAINING_TOPICS: readonly TrainingTopic[] = [
  "cyberThreats",
  "securityPolicy",
  "personalInfo",
  "incidentResponse",
  "targetedMailDrill",
  "systemOperation",
  "contractorManagement",
  "other",
];

export const TRAINING_TOPIC_IDS: Record<TrainingTopic, string> = {
  cyberThreats: "training-topic-cyber-threats",
  securityPolicy: "training-topic-security-policy",
  personalInfo: "training-topic-personal-info",
  incidentResponse: "training-topic-incident-response",
  targetedMailDrill: "training-topic-targeted-mail-drill",
  systemOperation: "training-topic-system-operation",
  contractorManagement: "training-topic-contractor-management",
  other: "training-topic-other",
};

export const TRAINING_AUDIENCES: readonly TrainingAudience[] = [
  "allStaff",
  "myNumberHandlers",
  "managers",
  "csirt",
  "systemStaff",
  "contractors",
];

export const TRAINING_AUDIENCE_IDS: Record<TrainingAudience, string> = {
  allStaff: "training-audience-all-staff",
  myNumberHandlers: "training-audience-my-number-handlers",
  managers: "training-audience-managers",
  csirt: "training-audience-csirt",
  systemStaff: "training-audience-system-staff",
  contractors: "training-audience-contractors",
};

export const ATTENDANCE_STATUS_IDS: Record<AttendanceStatus, string> = {
  attended: "training-attendance-attended",
  absent: "training-attendance-absent",
};

export const TRAINING_ALERT_REASON_IDS: Record<TrainingAlertReason, string> = {
  neverTrained: "training-alert-reason-never-trained",
  expired: "training-alert-reason-expired",
  onlyAbsent: "training-alert-reason-only-absent",
};

// Dashboard and statistics (issue 10; stats.ftl).

export const CISO_WAIT_REASON_IDS: Record<CisoWaitReason, string> = {
  firstReport: "ui-dash-ciso-first-report",
  meetingDecision: "ui-dash-ciso-meeting-decision",
};

export const STATS_GROUPINGS: readonly StatsGrouping[] = ["category", "department", "severity", "month", "fiscalYear"];

export const STATS_GROUPING_IDS: Record<StatsGrouping, string> = {
  category: "stats-group-category",
  department: "stats-group-department",
  severity: "stats-group-severity",
  month: "stats-group-month",
  fiscalYear: "stats-group-fiscal-year",
};

export const STATS_INTERVAL_IDS: Record<StatsInterval, string> = {
  triage: "stats-interval-triage",
  ciso: "stats-interval-ciso",
  containment: "stats-interval-containment",
  closure: "stats-interval-closure",
};

// Progress of long operations (issue 9; exchange.ftl, shared with the CLI's stderr lines). The
// API's `step` is the id itself; keys are its camelCase without `cli-progress-`.
export const PROGRESS_STEP_IDS = {
  backupDatabase: "cli-progress-backup-database",
  backupFiles: "cli-progress-backup-files",
  verify: "cli-progress-verify",
  restore: "cli-progress-restore",
  bundleExport: "cli-progress-bundle-export",
  bundleCheck: "cli-progress-bundle-check",
  bundleImport: "cli-progress-bundle-import",
} as const;
export type ProgressStep = keyof typeof PROGRESS_STEP_IDS;

/** The key of a `cli-progress-*` step, or null for a step this UI does not know. */
export function progressStep(step: string): ProgressStep | null {
  const key = step.replace(/^cli-progress-/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(PROGRESS_STEP_IDS, key) ? (key as ProgressStep) : null;
}
