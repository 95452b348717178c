import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import {
  createBackend,
  guardBackend,
  isApiError,
  MemoryBackend,
  TauriBackend,
  toApiError,
  UNKNOWN_ERROR_ID,
} from "../src/backend";
import { DEMO_CASES, DEMO_PASSWORD } from "../src/backend/memory";
import type { ApiError } from "../src/bindings/ApiError";
import type { SessionDto } from "../src/bindings/SessionDto";
import type { SetupInput } from "../src/bindings/SetupInput";

const storageError: ApiError = { code: "storage", messageId: "error-storage", args: {}, field: null };

const SETUP: SetupInput = {
  orgName: "見本町",
  orgKind: "municipality",
  prefecture: "長野県",
  headTitle: "町長",
  cisoTitle: "副町長",
  cisoName: "鈴木　一郎",
  ordinanceSensitiveInfo: true,
  honorific: "dono",
  docNumberFormat: "{年度}{課略称}第{n}号",
  cisoReportTargetMinutes: 30,
  classificationPreset: "infoCategory4",
  adminName: "佐々木　花子",
  adminDepartmentName: "総務課",
  adminDepartmentShortName: "総務",
  adminLoginId: "sasaki",
  adminPassword: "mihon-2026",
};

describe("toApiError", () => {
  it("keeps an ApiError, including the new codes", () => {
    expect(toApiError(storageError)).toEqual(storageError);
    const locked: ApiError = { code: "locked", messageId: "error-account-locked", args: {}, field: null };
    expect(isApiError(locked)).toBe(true);
    expect(isApiError({ ...locked, code: "unauthenticated" })).toBe(true);
  });

  it.each([["a plain string"], [new Error("boom")], [null], [{ code: "nope", messageId: "x", args: {} }]])(
    "turns %o into the generic error",
    (value) => {
      expect(toApiError(value)).toEqual({ code: "internal", messageId: UNKNOWN_ERROR_ID, args: {}, field: null });
    },
  );
});

describe("MemoryBackend", () => {
  it("starts at first run, then loads the demo once and signs in its administrator", async () => {
    const backend = new MemoryBackend();
    expect(await backend.sessionStatus()).toMatchObject({ setup: "firstRun", user: null, demo: false });
    const session = await backend.loadDemo();
    expect(session).toMatchObject({ setup: "ready", locked: false, demo: true });
    expect(session.user).toMatchObject({ name: "山本 大輔", loginId: "yamamoto" });
    expect(session.user?.roles).toContain("administrator");
    const home = await backend.home();
    expect(home.organization?.name).toBe("架空市");
    expect(home.cases).toHaveLength(DEMO_CASES.length);
    await expect(backend.loadDemo()).rejects.toMatchObject({ code: "conflict" });
  });

  it("completes the setup and signs the administrator in", async () => {
    const backend = new MemoryBackend();
    const session = await backend.completeSetup(SETUP);
    expect(session.user).toMatchObject({ name: "佐々木　花子", departmentName: "総務課", mustChangePassword: false });
    const setup = await backend.orgSetup();
    expect(setup.organization).toMatchObject({ name: "見本町", honorific: "dono", cisoReportTargetMinutes: 30 });
    expect(setup.classification.levels.map((l) => l.label)).toEqual(["情報区分Ⅰ", "情報区分Ⅱ", "情報区分Ⅲ", "情報区分Ⅳ"]);
    const contacts = await backend.listContacts();
    expect(contacts.map((c) => c.organization)).toContain("長野県警察");
    const people = await backend.listPeople();
    expect(people.map((p) => p.name)).toEqual(["佐々木　花子", "鈴木　一郎"]);
  });

  it("reports setup errors by input field with the label's Fluent id", async () => {
    const backend = new MemoryBackend();
    await expect(backend.completeSetup({ ...SETUP, orgName: " " })).rejects.toEqual({
      code: "validation",
      messageId: "error-field-required",
      args: { fieldId: "field-org-name" },
      field: "orgName",
    });
    await expect(backend.completeSetup({ ...SETUP, adminPassword: "sasaki" })).rejects.toMatchObject({
      field: "adminPassword",
      messageId: "error-password-too-short",
    });
    await expect(backend.completeSetup({ ...SETUP, adminPassword: "abcdefghij" })).rejects.toMatchObject({
      messageId: "error-password-kinds",
    });
    await expect(backend.completeSetup({ ...SETUP, docNumberFormat: "第号" })).rejects.toMatchObject({
      field: "docNumberFormat",
    });
    expect((await backend.sessionStatus()).setup).toBe("firstRun");
  });

  it("signs in, refuses a wrong password, and locks the account after 5 failures", async () => {
    const backend = new MemoryBackend({ start: "demo" });
    await expect(backend.home()).rejects.toMatchObject({ code: "unauthenticated" });
    const wrong = { loginId: "tanaka", password: "nope" };
    for (let i = 0; i < 4; i++) {
      await expect(backend.signIn(wrong)).rejects.toEqual({
        code: "validation",
        messageId: "error-sign-in-failed",
        args: { remaining: String(4 - i) },
        field: "password",
      });
    }
    await expect(backend.signIn(wrong)).rejects.toMatchObject({ code: "locked", messageId: "error-account-locked" });
    await expect(backend.signIn({ loginId: "tanaka", password: DEMO_PASSWORD })).rejects.toMatchObject({ code: "locked" });

    await backend.signIn({ loginId: "YAMAMOTO", password: DEMO_PASSWORD });
    const tanaka = (await backend.listPeople()).find((p) => p.account?.loginId === "tanaka")!;
    expect(tanaka.account).toMatchObject({ locked: true, failedAttempts: 5 });
    await backend.unlockAccount({ personId: tanaka.id });
    await backend.signOut();
    const session = await backend.signIn({ loginId: "tanaka", password: DEMO_PASSWORD });
    expect(session.user?.name).toBe("田中 美穂");
  });

  it("forbids non-administrators to save", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    await expect(backend.listContacts()).resolves.not.toHaveLength(0);
    await expect(
      backend.saveDepartment({ id: null, name: "新しい課", shortName: "新", managerPersonId: null }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("locks an idle session", async () => {
    let now = 0;
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto", now: () => now });
    await backend.home();
    now += 15 * 60_000;
    const session = await backend.sessionStatus();
    expect(session).toMatchObject({ locked: true, idleLockMinutes: 15 });
    expect(session.user?.name).toBe("山本 大輔");
    await expect(backend.home()).rejects.toMatchObject({ code: "unauthenticated" });
    await backend.signIn({ loginId: "yamamoto", password: DEMO_PASSWORD });
    await expect(backend.home()).resolves.toBeTruthy();
  });

  it("makes a person with an initial password change it", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    const ito = (await backend.listPeople()).find((p) => p.name === "伊藤 健太")!;
    await expect(backend.setAccount({ personId: ito.id, loginId: "ito", initialPassword: "ito" })).rejects.toMatchObject({
      field: "initialPassword",
    });
    await backend.setAccount({ personId: ito.id, loginId: "ito", initialPassword: "shoki-pass-1" });
    await backend.signOut();
    const session = await backend.signIn({ loginId: "ito", password: "shoki-pass-1" });
    expect(session.user?.mustChangePassword).toBe(true);
    const changed = await backend.changePassword({ currentPassword: "shoki-pass-1", newPassword: "jibun-no-pass-2" });
    expect(changed.user?.mustChangePassword).toBe(false);
  });

  it("rejects every call while told to fail", async () => {
    const backend = new MemoryBackend({ failWith: storageError });
    await expect(backend.sessionStatus()).rejects.toEqual(storageError);
    backend.failWith(null);
    await expect(backend.sessionStatus()).resolves.toMatchObject({ setup: "firstRun" });
  });
});

describe("guardBackend", () => {
  it("reports a lost session and rethrows", async () => {
    let lost = 0;
    const guarded = guardBackend(new MemoryBackend({ start: "demo" }), () => lost++);
    await expect(guarded.home()).rejects.toMatchObject({ code: "unauthenticated" });
    expect(lost).toBe(1);
    await expect(guarded.signIn({ loginId: "x", password: "y" })).rejects.toMatchObject({ code: "validation" });
    expect(lost).toBe(1);
  });
});

describe("TauriBackend", () => {
  afterEach(() => {
    clearMocks();
    delete (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__;
  });

  const session: SessionDto = { setup: "ready", user: null, locked: false, idleLockMinutes: 15, demo: false };

  it("calls the Tauri commands by their Rust names, passing input as `input`", async () => {
    const called: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      called.push([cmd, args]);
      return session;
    });
    const backend = new TauriBackend();
    await backend.sessionStatus();
    await backend.signIn({ loginId: "a", password: "b" });
    await backend.completeSetup(SETUP);
    await backend.saveContact({
      id: null,
      kind: "external",
      organization: "o",
      section: "",
      phone: "",
      afterHoursPhone: "",
      email: "",
      note: "",
    });
    await backend.unlockAccount({ personId: "p" });
    await backend.exportContactsCsv();
    expect(called.map(([c]) => c)).toEqual([
      "session_status",
      "sign_in",
      "complete_setup",
      "save_contact",
      "unlock_account",
      "export_contacts_csv",
    ]);
    expect(called[1]![1]).toEqual({ input: { loginId: "a", password: "b" } });
    expect(called[2]![1]).toEqual({ input: SETUP });
    expect(called[4]![1]).toEqual({ input: { personId: "p" } });
  });

  it("uses every command name of the contract", async () => {
    const called: string[] = [];
    mockIPC((cmd) => {
      called.push(cmd);
      return [];
    });
    const b = new TauriBackend();
    const noInput = [
      b.signOut(), b.loadDemo(), b.home(), b.orgSetup(), b.listDepartments(), b.listPeople(), b.listSystems(), b.listContacts(),
    ];
    await Promise.all(noInput);
    await b.changePassword({ currentPassword: "a", newPassword: "b" });
    await b.updateOrgProfile({} as never);
    await b.updateClassLevel({ id: "l", label: "x", description: "" });
    await b.saveDepartment({ id: null, name: "n", shortName: "s", managerPersonId: null });
    await b.savePerson({} as never);
    await b.setAccount({ personId: "p", loginId: "l", initialPassword: "i" });
    await b.saveSystem({} as never);
    expect(called).toEqual([
      "sign_out", "load_demo", "home", "org_setup", "list_departments", "list_people", "list_systems", "list_contacts",
      "change_password", "update_org_profile", "update_class_level", "save_department", "save_person", "set_account", "save_system",
    ]);
  });

  it("names the report commands and their arguments as Tauri expects (draftId, reportId)", async () => {
    const called: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      called.push([cmd, args]);
      return cmd === "discard_report_draft" ? null : [];
    });
    const b = new TauriBackend();
    const form = {} as never;
    await b.reportOptions();
    await b.saveReportDraft({ draftId: null, step: 1, form });
    await b.openReportDrafts();
    await expect(b.discardReportDraft("d-1")).resolves.toBeUndefined();
    await b.submitReport({ draftId: "d-1", form });
    await b.myReports();
    await b.allReports();
    await b.getReport("r-1");
    await b.listGuidance();
    await b.saveGuidance({ category: "malware", steps: ["a"] });
    expect(called.map(([c]) => c)).toEqual([
      "report_options", "save_report_draft", "open_report_drafts", "discard_report_draft", "submit_report",
      "my_reports", "all_reports", "get_report", "list_guidance", "save_guidance",
    ]);
    expect(called[1]![1]).toEqual({ input: { draftId: null, step: 1, form } });
    expect(called[3]![1]).toEqual({ draftId: "d-1" });
    expect(called[4]![1]).toEqual({ input: { draftId: "d-1", form } });
    expect(called[7]![1]).toEqual({ reportId: "r-1" });
    expect(called[9]![1]).toEqual({ input: { category: "malware", steps: ["a"] } });
  });

  it("passes an ApiError through and normalises anything else", async () => {
    mockIPC((cmd) => {
      if (cmd === "home") throw storageError;
      throw "a panic message that must not reach the user";
    });
    const backend = new TauriBackend();
    await expect(backend.home()).rejects.toEqual(storageError);
    await expect(backend.loadDemo()).rejects.toMatchObject({ messageId: UNKNOWN_ERROR_ID });
  });

  it("is chosen when the Tauri internals are present", () => {
    expect(createBackend()).toBeInstanceOf(MemoryBackend);
    mockIPC(() => session);
    expect(createBackend()).toBeInstanceOf(TauriBackend);
  });
});

describe("MemoryBackend report rules (as ReportForm::check in Rust)", () => {
  const NOW = Date.parse("2026-11-22T00:00:00Z"); // 09:00 in Japan
  const empty = {
    source: "", symptoms: [], category: "", whatHappened: "", noticedAt: "", occurredAt: "", occurredNote: "",
    departmentId: "", device: "", systemId: "", networkSegment: "", classLevelId: "", personalInfo: "", myNumber: "",
    maxPersons: "", medium: "", actionsTaken: "", reporterName: "", reporterPhone: "", reporterEmail: "",
    reporterReachability: "", relayOrg: "", relayChannel: "", relayReceivedAt: "",
  };

  async function staff() {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura", now: () => NOW });
    return backend;
  }

  it("names every required field of an empty form by step, in order", async () => {
    const backend = await staff();
    const draft = await backend.saveReportDraft({ draftId: null, step: 1, form: empty });
    expect(draft.issues.map((i) => [i.step, i.field])).toEqual([
      [1, "source"], [1, "category"], [1, "whatHappened"], [2, "noticedAt"], [4, "personalInfo"], [4, "myNumber"],
      [6, "reporterName"], [6, "reporterPhone"],
    ]);
    expect(draft.issues[3]).toEqual({ step: 2, field: "noticedAt", messageId: "error-field-required", fieldId: "field-noticed-at" });
  });

  it("refuses future and out-of-order dates and bad counts, and accepts full-width digits", async () => {
    const backend = await staff();
    const check = async (patch: Partial<typeof empty>) =>
      (await backend.saveReportDraft({ draftId: null, step: 2, form: { ...empty, ...patch } })).issues
        .filter((i) => i.step === 2 || i.step === 4)
        .map((i) => `${i.field}:${i.messageId}`);
    expect(await check({ noticedAt: "2026-11-23T08:00" })).toContain("noticedAt:error-datetime-future");
    expect(await check({ noticedAt: "2026-11-22T09:01" })).not.toContain("noticedAt:error-datetime-future");
    expect(await check({ noticedAt: "2026-11-22T08:00", occurredAt: "2026-11-22T08:30" })).toContain(
      "occurredAt:error-occurred-after-noticed",
    );
    expect(await check({ occurredAt: "きのう" })).toContain("occurredAt:error-datetime-format");
    expect(await check({ maxPersons: "-1" })).toContain("maxPersons:error-negative");
    expect(await check({ maxPersons: "約50" })).toContain("maxPersons:error-not-a-number");
    expect(await check({ maxPersons: "100000001" })).toContain("maxPersons:error-too-large");
    expect((await check({ maxPersons: "１，２００" })).filter((x) => x.startsWith("maxPersons"))).toEqual([]);
  });

  it("asks a relayed report for the channel and the time received, and a contractor's for the company", async () => {
    const backend = await staff();
    const draft = await backend.saveReportDraft({
      draftId: null,
      step: 6,
      form: { ...empty, source: "contractor", reporterName: "委託 太郎", reporterPhone: "048-000-0000" },
    });
    expect(draft.issues.filter((i) => i.step === 6).map((i) => i.field)).toEqual(["relayOrg", "relayChannel", "relayReceivedAt"]);
  });

  it("numbers receipts per year after the numbers already taken, and lists the CSIRT lead first", async () => {
    const backend = await staff();
    const form = {
      ...empty, source: "staff", category: "loss_theft", whatHappened: "USBメモリを紛失した\n詳細", noticedAt: "2026-11-22T08:10",
      personalInfo: "yes", myNumber: "unknown", reporterName: "中村 さくら", reporterPhone: "048-000-1201",
    };
    const draft = await backend.saveReportDraft({ draftId: null, step: 7, form });
    expect(draft.issues).toEqual([]);
    const receipt = await backend.submitReport({ draftId: draft.id, form });
    expect(receipt.receiptNo).toBe("2026-0008"); // the demo has 2026-0001 … 0007
    expect(receipt.category).toBe("lossTheft");
    expect(receipt.noticedAt).toBe("2026-11-21T23:10:00Z");
    expect(receipt.contacts[0]!.name).toBe("田中 美穂");
    await expect(backend.submitReport({ draftId: draft.id, form })).rejects.toMatchObject({ code: "conflict" });
    const mine = await backend.myReports();
    expect(mine.map((r) => [r.receiptNo, r.title, r.caseState])).toEqual([["2026-0008", "USBメモリを紛失した", "received"]]);
    expect(await backend.openReportDrafts()).toEqual([]);
    await expect(backend.allReports()).rejects.toMatchObject({ code: "forbidden" });
  });
});
