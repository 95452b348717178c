// The only door between the UI and the Rust side.
//
// Components receive a `Backend` and never know which implementation they talk to.
// Architecture invariant: only files in this folder import `@tauri-apps/*`.

import type { Backend } from "./backend";
import { MemoryBackend, type MemoryStart } from "./memory";
import { TauriBackend } from "./tauri";

export type { Backend } from "./backend";
export { isApiError, toApiError, UNKNOWN_ERROR_ID } from "./errors";
export { MemoryBackend, type MemoryBackendOptions, type MemoryStart } from "./memory";
export { guardBackend } from "./guard";
export { TauriBackend } from "./tauri";

/** True inside the Tauri webview. */
export function isTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

/**
 * Picks the implementation at startup: Tauri when running inside the desktop shell, otherwise the
 * in-memory one (browser-mode development with `npm run ui:dev`). In browser mode,
 * `?memory=demo` starts with the demo data loaded (at the sign-in screen; add `&as=yamamoto` to start
 * signed in) and `?delay=ms` simulates a slow backend.
 */
export function createBackend(): Backend {
  if (isTauri()) return new TauriBackend();
  const params = new URLSearchParams(window.location.search);
  const memory = params.get("memory");
  const start: MemoryStart = memory === "demo" ? memory : "firstRun";
  const delay = Number(params.get("delay") ?? "300");
  return new MemoryBackend({
    start,
    signedInAs: params.get("as"),
    delayMs: Number.isFinite(delay) ? delay : 300,
  });
}
