// `Backend` held in memory: for component tests and for browser-mode development.
// It mimics the Rust side's observable behaviour (setup states, demo data), not its storage.

import type { ApiError } from "../bindings/ApiError";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { HomeDto } from "../bindings/HomeDto";
import type { OrganizationDto } from "../bindings/OrganizationDto";
import type { SetupState } from "../bindings/SetupState";
import { CASE_STATES } from "../l10n/labels";
import type { Backend } from "./backend";

/** Where a fresh `MemoryBackend` starts. */
export type MemoryStart = "firstRun" | "empty" | "demo";

export interface MemoryBackendOptions {
  start?: MemoryStart;
  /** Simulated latency of every call, in milliseconds. */
  delayMs?: number;
  /** When set, every call rejects with this error (until `failWith(null)`). */
  failWith?: ApiError | null;
}


export const DEMO_ORGANIZATION: OrganizationDto = {
  id: "org-demo-kakushi",
  name: "架空市",
  kind: "municipality",
  prefecture: "架空県",
};

/** Fictional cases of 架空市, newest first. Everything here is invented. */
export const DEMO_CASES: readonly CaseSummaryDto[] = [
  {
    id: "case-demo-0007",
    receiptNo: "2026-0007",
    state: "received",
    title: "業務用パソコンの動作が急に遅くなった",
    category: "other",
    severity: null,
    drill: false,
    createdAt: "2026-11-20T23:15:00Z",
  },
  {
    id: "case-demo-0006",
    receiptNo: "2026-0006",
    state: "responding",
    title: "ランサムウェア感染を想定した初動対応訓練",
    category: "malware",
    severity: "critical",
    drill: true,
    createdAt: "2026-11-18T01:00:00Z",
  },
  {
    id: "case-demo-0005",
    receiptNo: "2026-0005",
    state: "triage",
    title: "取引先を装った不審なメールの受信",
    category: "targetedMail",
    severity: "medium",
    drill: false,
    createdAt: "2026-11-12T05:42:00Z",
  },
  {
    id: "case-demo-0004",
    receiptNo: "2026-0004",
    state: "recovering",
    title: "説明会案内メールの宛先誤り（子育て支援課）",
    category: "misdirectedMail",
    severity: "high",
    drill: false,
    createdAt: "2026-10-30T02:05:00Z",
  },
  {
    id: "case-demo-0003",
    receiptNo: "2026-0003",
    state: "prevention",
    title: "住民税課のUSBメモリの紛失",
    category: "lossTheft",
    severity: "high",
    drill: false,
    createdAt: "2026-10-02T07:30:00Z",
  },
  {
    id: "case-demo-0002",
    receiptNo: "2026-0002",
    state: "closed",
    title: "窓口での証明書の誤交付",
    category: "misdelivery",
    severity: "low",
    drill: false,
    createdAt: "2026-08-19T04:10:00Z",
  },
  {
    id: "case-demo-0001",
    receiptNo: "2026-0001",
    state: "notIncident",
    title: "ホームページの表示崩れ",
    category: "webDefacement",
    severity: null,
    drill: false,
    createdAt: "2026-06-03T00:20:00Z",
  },
];

/** Real cases per state: drill cases are never counted (as on the Rust side). */
function countByState(cases: readonly CaseSummaryDto[]) {
  return CASE_STATES.map((state) => ({
    state,
    count: cases.filter((c) => c.state === state && !c.drill).length,
  }));
}

export class MemoryBackend implements Backend {
  private setup: SetupState = "firstRun";
  private organization: OrganizationDto | null = null;
  private cases: CaseSummaryDto[] = [];
  private readonly delayMs: number;
  private failure: ApiError | null;
  /** Names of the calls made so far, for assertions in tests. */
  readonly calls: string[] = [];

  constructor(options: MemoryBackendOptions = {}) {
    this.delayMs = options.delayMs ?? 0;
    this.failure = options.failWith ?? null;
    if (options.start === "demo") this.fillDemo();
    if (options.start === "empty") this.setup = "empty";
  }

  /** Makes every following call reject with `error`, or succeed again with `null`. */
  failWith(error: ApiError | null): void {
    this.failure = error;
  }

  home(): Promise<HomeDto> {
    return this.respond("home", () => undefined);
  }

  loadDemo(): Promise<HomeDto> {
    return this.respond("loadDemo", () => {
      if (this.setup !== "firstRun") throw this.conflict("error-already-initialized");
      this.fillDemo();
    });
  }

  startEmpty(): Promise<HomeDto> {
    return this.respond("startEmpty", () => {
      if (this.setup !== "firstRun") throw this.conflict("error-conflict");
      this.setup = "empty";
    });
  }

  private fillDemo(): void {
    this.setup = "ready";
    this.organization = { ...DEMO_ORGANIZATION };
    this.cases = DEMO_CASES.map((c) => ({ ...c }));
  }

  private conflict(messageId: string): ApiError {
    return { code: "conflict", messageId, args: {}, field: null };
  }

  private snapshot(): HomeDto {
    return {
      setup: this.setup,
      organization: this.organization ? { ...this.organization } : null,
      cases: this.cases.map((c) => ({ ...c })),
      stateCounts: countByState(this.cases),
    };
  }

  private async respond(name: string, change: () => void): Promise<HomeDto> {
    this.calls.push(name);
    if (this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    if (this.failure) throw { ...this.failure };
    change();
    return this.snapshot();
  }
}
