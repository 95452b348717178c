import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import {
  createBackend,
  isApiError,
  MemoryBackend,
  TauriBackend,
  toApiError,
  UNKNOWN_ERROR_ID,
} from "../src/backend";
import { DEMO_CASES } from "../src/backend/memory";
import type { ApiError } from "../src/bindings/ApiError";
import type { HomeDto } from "../src/bindings/HomeDto";

const storageError: ApiError = {
  code: "storage",
  messageId: "error-storage",
  args: {},
  field: null,
};

describe("toApiError", () => {
  it("keeps an ApiError", () => {
    expect(toApiError(storageError)).toEqual(storageError);
    expect(isApiError(storageError)).toBe(true);
  });

  it.each([["a plain string"], [new Error("boom")], [null], [{ code: "nope", messageId: "x", args: {} }]])(
    "turns %o into the generic error",
    (value) => {
      expect(toApiError(value)).toEqual({
        code: "internal",
        messageId: UNKNOWN_ERROR_ID,
        args: {},
        field: null,
      });
    },
  );
});

describe("MemoryBackend", () => {
  it("starts at first run, then loads the demo once", async () => {
    const backend = new MemoryBackend();
    expect((await backend.home()).setup).toBe("firstRun");
    const home = await backend.loadDemo();
    expect(home.setup).toBe("ready");
    expect(home.organization?.name).toBe("架空市");
    expect(home.cases).toHaveLength(DEMO_CASES.length);
    expect(home.stateCounts.reduce((n, c) => n + c.count, 0)).toBe(
      DEMO_CASES.filter((c) => !c.drill).length,
    );
    await expect(backend.loadDemo()).rejects.toMatchObject({ code: "conflict" });
  });

  it("records an empty start", async () => {
    const home = await new MemoryBackend().startEmpty();
    expect(home).toMatchObject({ setup: "empty", organization: null, cases: [] });
  });

  it("rejects every call while told to fail", async () => {
    const backend = new MemoryBackend({ failWith: storageError });
    await expect(backend.home()).rejects.toEqual(storageError);
    backend.failWith(null);
    await expect(backend.home()).resolves.toMatchObject({ setup: "firstRun" });
  });
});

describe("TauriBackend", () => {
  afterEach(() => {
    clearMocks();
    delete (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__;
  });

  const home: HomeDto = { setup: "empty", organization: null, cases: [], stateCounts: [] };

  it("calls the Tauri commands by their Rust names", async () => {
    const called: string[] = [];
    mockIPC((cmd) => {
      called.push(cmd);
      return home;
    });
    const backend = new TauriBackend();
    await backend.home();
    await backend.loadDemo();
    await backend.startEmpty();
    expect(called).toEqual(["home", "load_demo", "start_empty"]);
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
    mockIPC(() => home);
    expect(createBackend()).toBeInstanceOf(TauriBackend);
  });
});
