// A case's documents in memory (MemoryBackend): a reduced mirror of `sonae-api/src/forms.rs` for
// UI tests and browser-mode development. Which kinds make sense follows the memory tracker's
// owed destinations as `sonae_forms::kinds::applicable` does; the preview is a short letter built
// from the case (the real one comes from the Rust form builders); saving records the version and
// answers a path under /memory with a stand-in digest (no file is written and no PDF exists here).
import type { ApiError } from "../bindings/ApiError";
import type { CaseDocumentsDto } from "../bindings/CaseDocumentsDto";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { DocumentKindDto } from "../bindings/DocumentKindDto";
import type { DocumentPreviewDto } from "../bindings/DocumentPreviewDto";
import type { DocumentRequest } from "../bindings/DocumentRequest";
import type { ParticularsDto } from "../bindings/ParticularsDto";
import type { ParticularsInput } from "../bindings/ParticularsInput";
import type { PasteFieldDto } from "../bindings/PasteFieldDto";
import type { Role } from "../bindings/Role";
import type { SaveDocumentInput } from "../bindings/SaveDocumentInput";
import type { SavedDocumentDto } from "../bindings/SavedDocumentDto";
import type { SaveSubmissionInput } from "../bindings/SaveSubmissionInput";
import type { SubmissionDto } from "../bindings/SubmissionDto";

export const DOCUMENT_KINDS = [
  "first-report",
  "ppc-appi",
  "ppc-mynumber",
  "prefecture",
  "final-report",
  "subject-notice",
  "press-release",
  "police",
  "contacts",
] as const;

export interface DocumentsHost {
  now(): number;
  cases(): CaseSummaryDto[];
  /** Destinations the memory tracker owes for the case (`ppc`, `data-subjects` …); null: no facts yet. */
  owed(caseId: string): string[] | null;
  actor(): string;
}

const VIEW: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];
const HANDLE: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer"];

const EMPTY: ParticularsDto = {
  discoveredBy: "",
  contractor: "",
  dataItems: "",
  dataKind: "",
  confirmedPersons: "",
  personsCountedAt: "",
  causeActor: "",
  secondaryDamage: "",
  secondaryDamageDetail: "",
  subjectResponse: "",
  subjectResponseDetail: "",
  publication: "",
  publicationDetail: "",
  other: "",
  networkSegments: [],
  affectedServices: "",
  inquiryDesk: "",
};

function apiError(code: ApiError["code"], messageId: string, field: string | null = null): ApiError {
  return { code, messageId, args: {}, field };
}

/** A stand-in for SHA-256 (64 hex digits from FNV-1a over the text); memory has no PDF bytes. */
function digest(text: string): string {
  let out = "";
  for (let round = 0; round < 8; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out;
}

export class MemoryDocuments {
  private readonly particulars = new Map<string, ParticularsDto>();
  private readonly submissions = new Map<string, (SubmissionDto & { supersedes: string | null })[]>();
  private readonly files = new Set<string>();

  constructor(private readonly host: DocumentsHost) {}

  private require(roles: readonly Role[], allowed: readonly Role[]): void {
    if (!roles.some((r) => allowed.includes(r))) throw apiError("forbidden", "error-forbidden");
  }

  private summary(caseId: string): CaseSummaryDto {
    const c = this.host.cases().find((x) => x.id === caseId);
    if (!c) throw apiError("notFound", "error-not-found");
    return c;
  }

  private reason(c: CaseSummaryDto, kind: string): string | null {
    const judgedNot = c.state === "notIncident";
    if ((kind === "first-report" || kind === "final-report") && judgedNot) return "forms-na-not-incident";
    if (kind === "first-report" || kind === "final-report" || kind === "contacts") return null;
    const owed = this.host.owed(c.id);
    if (owed === null) return "forms-na-no-facts";
    const need: Record<string, [string, string]> = {
      "ppc-appi": ["ppc", "forms-na-no-ppc-appi"],
      "ppc-mynumber": ["ppc-mynumber", "forms-na-no-ppc-mynumber"],
      prefecture: ["prefecture", "forms-na-no-prefecture"],
      "subject-notice": ["data-subjects", "forms-na-no-subject-notice"],
      "press-release": ["publication", "forms-na-no-publication"],
      police: ["police", "forms-na-no-police"],
    };
    const [destination, why] = need[kind] ?? ["", "forms-na-no-facts"];
    return owed.includes(destination) ? null : why;
  }

  private kinds(c: CaseSummaryDto): DocumentKindDto[] {
    return DOCUMENT_KINDS.map((kind) => {
      const reason = this.reason(c, kind);
      const ppc = kind === "ppc-appi" && reason === null;
      const sent = (this.submissions.get(c.id) ?? []).filter((s) => s.kind === kind).length;
      return {
        kind,
        available: reason === null,
        reason,
        suggestedPpcKind: ppc ? (sent === 0 ? "preliminary" : "final") : null,
        fileName: reason === null ? this.fileName(c, kind) : null,
      };
    });
  }

  private dto(c: CaseSummaryDto): CaseDocumentsDto {
    const subs = this.submissions.get(c.id) ?? [];
    return {
      caseId: c.id,
      drill: c.drill,
      kinds: this.kinds(c),
      particulars: structuredClone(this.particulars.get(c.id) ?? EMPTY),
      submissions: subs.map(({ supersedes: _s, ...rest }) => ({ ...rest, superseded: subs.some((o) => o.supersedes === rest.id) })),
    };
  }

  caseDocuments(roles: readonly Role[], caseId: string): CaseDocumentsDto {
    this.require(roles, VIEW);
    return this.dto(this.summary(caseId));
  }

  saveParticulars(roles: readonly Role[], input: ParticularsInput): CaseDocumentsDto {
    this.require(roles, HANDLE);
    const c = this.summary(input.caseId);
    const p = input.particulars;
    if (p.confirmedPersons.trim() !== "" && !/^\d{1,9}$/.test(p.confirmedPersons.trim())) {
      throw apiError("validation", "error-not-a-number", "confirmedPersons");
    }
    if (p.inquiryDesk.length > 500) throw apiError("validation", "error-field-too-long", "inquiryDesk");
    this.particulars.set(c.id, { ...structuredClone(p), confirmedPersons: p.confirmedPersons.trim() });
    return this.dto(c);
  }

  private applicable(roles: readonly Role[], request: DocumentRequest): CaseSummaryDto {
    this.require(roles, VIEW);
    const c = this.summary(request.caseId);
    if (!(DOCUMENT_KINDS as readonly string[]).includes(request.kind)) throw apiError("validation", "error-choice-not-found", "kind");
    const reason = this.reason(c, request.kind);
    if (reason) throw apiError("conflict", reason);
    return c;
  }

  private fileName(c: CaseSummaryDto, kind: string): string {
    return `${c.drill ? "訓練_" : ""}${c.receiptNo}_${kind}.pdf`;
  }

  documentPreview(roles: readonly Role[], request: DocumentRequest): DocumentPreviewDto {
    const c = this.applicable(roles, request);
    const fields = [
      { label: "受付番号", value: c.receiptNo },
      { label: "件名", value: c.title },
    ];
    return {
      kind: request.kind,
      title: `${c.title}（${request.kind}）`,
      style: request.kind === "press-release" || request.kind === "police" || request.kind === "contacts" ? "plain" : "letter",
      drill: c.drill,
      docNumber: "情政第　　号",
      date: "令和8年11月22日",
      addressee: ["最高情報セキュリティ責任者　様"],
      sender: ["CSIRT責任者"],
      subject: "情報セキュリティインシデントの発生について（報告）",
      kindMarks: request.kind.startsWith("ppc") ? [request.ppcKind === "final" ? "【確報】" : "【速報】"] : [],
      preamble: ["標記について、下記のとおり報告します。"],
      items: [{ heading: "事案の概要", blocks: [{ kind: "fields", text: null, fields, columns: [], rows: [] }] }],
      unnumbered: 0,
      contact: [],
      fileName: this.fileName(c, request.kind),
      ppcKind: request.kind.startsWith("ppc") ? (request.ppcKind ?? "preliminary") : null,
    };
  }

  ppcPasteText(roles: readonly Role[], request: DocumentRequest): PasteFieldDto[] {
    const c = this.applicable(roles, request);
    if (!request.kind.startsWith("ppc")) throw apiError("validation", "error-choice-not-found", "kind");
    return [
      { label: "報告の種類", text: request.ppcKind === "final" ? "確報" : "速報" },
      { label: "概要（発生事案）", text: c.title },
    ];
  }

  private write(path: string, overwrite: boolean): string {
    const p = path.trim();
    if (!p.startsWith("/") || p.endsWith("/")) throw apiError("validation", "error-path-not-absolute", "path");
    if (this.files.has(p) && !overwrite) throw apiError("validation", "error-file-exists", "path");
    this.files.add(p);
    return p;
  }

  saveDocument(roles: readonly Role[], input: SaveDocumentInput): SavedDocumentDto {
    const c = this.applicable(roles, input);
    if (input.record) this.require(roles, HANDLE);
    const path = this.write(input.path, input.overwrite);
    const sha256 = digest(`${c.id}:${input.kind}:${this.host.now()}`);
    let submissionId: string | null = null;
    if (input.record) {
      const list = this.submissions.get(c.id) ?? [];
      const previous = [...list].reverse().find((s) => s.kind === input.kind && !list.some((o) => o.supersedes === s.id));
      submissionId = `memory-submission-${list.length + 1}`;
      list.push({
        id: submissionId,
        kind: input.kind,
        ppcKind: input.kind.startsWith("ppc") ? (input.ppcKind ?? "preliminary") : null,
        notificationKey: null,
        fileName: this.fileName(c, input.kind),
        sha256,
        size: 50_000,
        recordedBy: this.host.actor(),
        recordedAt: new Date(this.host.now()).toISOString(),
        superseded: false,
        supersedes: previous?.id ?? null,
      });
      this.submissions.set(c.id, list);
    }
    return { path, sha256, size: 50_000, submissionId, documents: this.dto(c) };
  }

  saveSubmission(roles: readonly Role[], input: SaveSubmissionInput): SavedDocumentDto {
    this.require(roles, VIEW);
    const c = this.summary(input.caseId);
    const s = (this.submissions.get(c.id) ?? []).find((x) => x.id === input.submissionId);
    if (!s) throw apiError("notFound", "error-not-found");
    const path = this.write(input.path, input.overwrite);
    return { path, sha256: s.sha256, size: s.size, submissionId: s.id, documents: this.dto(c) };
  }
}
