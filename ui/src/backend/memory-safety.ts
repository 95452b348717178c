// Data safety held in memory (issue 9): backups as entries of a folder, this installation's key,
// the trusted-keys register and bundle files by path. It mimics the Rust side's permissions,
// refusals (existing file, empty path, unknown file) and progress, not the archives themselves.

import type { ApiError } from "../bindings/ApiError";
import type { BackupFileDto } from "../bindings/BackupFileDto";
import type { BackupListDto } from "../bindings/BackupListDto";
import type { BackupSummaryDto } from "../bindings/BackupSummaryDto";
import type { BundleWrittenDto } from "../bindings/BundleWrittenDto";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { ImportResultDto } from "../bindings/ImportResultDto";
import type { KeyInfoDto } from "../bindings/KeyInfoDto";
import type { ProgressDto } from "../bindings/ProgressDto";
import type { Role } from "../bindings/Role";
import type { TrustedKeyDto } from "../bindings/TrustedKeyDto";

export const MEMORY_DATA_DIR = "/memory/data";
const BACKUPS = `${MEMORY_DATA_DIR}/backups`;

const MAKE_BACKUPS: readonly Role[] = ["administrator", "csirtLead"];
const HANDLE_CASES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer"];
const VIEW_ALL_CASES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];

function apiError(code: ApiError["code"], messageId: string, args: Record<string, string> = {}, field: string | null = null): ApiError {
  return { code, messageId, args, field };
}

function needs(roles: readonly Role[], allowed: readonly Role[]): void {
  if (!roles.some((r) => allowed.includes(r))) throw apiError("forbidden", "error-forbidden");
}

function pathOf(path: string, field: string): string {
  const p = path.trim();
  if (!p) throw apiError("validation", "error-field-required", { fieldId: `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` }, field);
  return p;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

interface Bundle {
  kind: "case" | "report";
  caseId: string;
  receiptNo: string;
  size: number;
}

export interface SafetyContext {
  now(): number;
  cases(): CaseSummaryDto[];
  /** The case and whether `personId` entered or filed the report; null when there is no such report. */
  report(reportId: string, personId: string): { caseId: string | null; own: boolean } | null;
}

export class MemorySafety {
  private backups: { file: BackupFileDto; summary: BackupSummaryDto }[] = [];
  private trusted: TrustedKeyDto[] = [];
  private bundles = new Map<string, Bundle>();
  private current: ProgressDto | null = null;
  private readonly key: KeyInfoDto = {
    fingerprint: "A39F-929C-CC6D-9F69",
    publicKey: "a9d91e".padEnd(64, "0"),
  };

  constructor(private readonly ctx: SafetyContext) {}

  progress(): ProgressDto | null {
    return this.current;
  }

  listBackups(roles: readonly Role[]): BackupListDto {
    needs(roles, MAKE_BACKUPS);
    const stamp = new Date(this.ctx.now() + 9 * 3600_000).toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
    return {
      folder: BACKUPS,
      database: `${MEMORY_DATA_DIR}/sonae.db`,
      suggestedPath: `${BACKUPS}/sonae-${stamp}.tar`,
      files: [...this.backups.map((b) => b.file)].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)),
    };
  }

  makeBackup(roles: readonly Role[], path: string): BackupSummaryDto {
    needs(roles, MAKE_BACKUPS);
    const p = pathOf(path, "backupPath");
    if (this.backups.some((b) => b.file.path === p)) throw apiError("conflict", "error-backup-exists", { path: p });
    const files = 12;
    for (let done = 0; done <= files; done++) {
      this.current = { operation: "make_backup", step: "cli-progress-backup-files", done, total: files, percent: Math.floor((done * 100) / files) };
    }
    this.current = null;
    const at = iso(this.ctx.now());
    const summary: BackupSummaryDto = {
      path: p,
      createdAt: at,
      schemaVersion: 11,
      cases: this.ctx.cases().length,
      auditEntries: 400 + this.ctx.cases().length,
      evidenceFiles: 2,
      size: 512_000,
    };
    const fileName = p.split(/[\\/]/).pop() ?? p;
    this.backups.push({ file: { path: p, fileName, size: summary.size, modifiedAt: at, automatic: fileName.startsWith("sonae-auto-") }, summary });
    return summary;
  }

  checkBackup(roles: readonly Role[], path: string): BackupSummaryDto {
    needs(roles, MAKE_BACKUPS);
    const p = pathOf(path, "backupPath");
    const found = this.backups.find((b) => b.file.path === p);
    if (!found) throw apiError("notFound", "error-file-unreadable", { path: p });
    return found.summary;
  }

  installationKey(roles: readonly Role[]): KeyInfoDto {
    needs(roles, ["administrator"]);
    return { ...this.key };
  }

  listTrustedKeys(roles: readonly Role[]): TrustedKeyDto[] {
    needs(roles, ["administrator"]);
    return this.trusted.map((k) => ({ ...k }));
  }

  trustKey(roles: readonly Role[], actor: string, name: string, publicKey: string): TrustedKeyDto {
    needs(roles, ["administrator"]);
    const n = name.trim();
    if (!n || [...n].length > 100) throw apiError("validation", "error-key-name", { fieldId: "field-key-name" }, "keyName");
    const hex = publicKey.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw apiError("validation", "error-key-invalid", { fieldId: "field-public-key" }, "publicKey");
    // A stand-in fingerprint: the key's first 16 hex digits, grouped.
    const up = hex.slice(0, 16).toUpperCase();
    const fingerprint = [up.slice(0, 4), up.slice(4, 8), up.slice(8, 12), up.slice(12, 16)].join("-");
    const existing = this.trusted.find((k) => k.fingerprint === fingerprint);
    const row: TrustedKeyDto = {
      fingerprint,
      name: n,
      publicKey: hex,
      addedBy: existing?.addedBy ?? actor,
      addedAt: existing?.addedAt ?? iso(this.ctx.now()),
      revokedAt: null,
    };
    this.trusted = [...this.trusted.filter((k) => k.fingerprint !== fingerprint), row];
    return { ...row };
  }

  revokeKey(roles: readonly Role[], fingerprint: string): TrustedKeyDto {
    needs(roles, ["administrator"]);
    const k = this.trusted.find((x) => x.fingerprint === fingerprint.trim());
    if (!k) throw apiError("notFound", "error-key-unknown", { fingerprint: fingerprint.trim() });
    k.revokedAt ??= iso(this.ctx.now());
    return { ...k };
  }

  exportCase(roles: readonly Role[], caseId: string, path: string): BundleWrittenDto {
    needs(roles, VIEW_ALL_CASES);
    const c = this.ctx.cases().find((x) => x.id === caseId || x.receiptNo === caseId);
    if (!c) throw apiError("notFound", "error-not-found");
    return this.write(path, { kind: "case", caseId: c.id, receiptNo: c.receiptNo, size: 48_128 });
  }

  exportReport(roles: readonly Role[], personId: string, reportId: string, path: string): BundleWrittenDto {
    const r = this.ctx.report(reportId, personId);
    if (!r?.caseId) throw apiError("notFound", "error-not-found");
    if (!r.own && !roles.some((x) => HANDLE_CASES.includes(x))) {
      throw roles.some((x) => VIEW_ALL_CASES.includes(x)) ? apiError("forbidden", "error-forbidden") : apiError("notFound", "error-not-found");
    }
    const c = this.ctx.cases().find((x) => x.id === r.caseId);
    return this.write(path, { kind: "report", caseId: r.caseId, receiptNo: c?.receiptNo ?? "", size: 6_656 });
  }

  importBundle(roles: readonly Role[], path: string): ImportResultDto {
    needs(roles, HANDLE_CASES);
    const p = pathOf(path, "bundlePath");
    const b = this.bundles.get(p);
    if (!b) throw apiError("validation", "error-file-unreadable", { path: p });
    // This installation's own file: every row is already here.
    return {
      kind: b.kind,
      caseId: b.caseId,
      receiptNo: b.receiptNo,
      exporter: this.key.fingerprint,
      exporterName: "この端末",
      inserted: 0,
      unchanged: b.kind === "report" ? 2 : 20,
      evidenceFiles: 0,
    };
  }

  private write(path: string, bundle: Bundle): BundleWrittenDto {
    const p = pathOf(path, "bundlePath");
    if (this.bundles.has(p)) throw apiError("conflict", "error-bundle-file-exists", { path: p });
    this.bundles.set(p, bundle);
    return { path: p, receiptNo: bundle.receiptNo, fingerprint: this.key.fingerprint, size: bundle.size };
  }
}
