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
