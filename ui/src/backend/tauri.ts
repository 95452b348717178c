// `Backend` over Tauri IPC. Command names must match the `#[tauri::command]`s in src-tauri.

import { invoke } from "@tauri-apps/api/core";
import type { HomeDto } from "../bindings/HomeDto";
import type { Backend } from "./backend";
import { toApiError } from "./errors";

async function call<T>(command: string): Promise<T> {
  try {
    return await invoke<T>(command);
  } catch (error) {
    throw toApiError(error);
  }
}

export class TauriBackend implements Backend {
  home(): Promise<HomeDto> {
    return call<HomeDto>("home");
  }

  loadDemo(): Promise<HomeDto> {
    return call<HomeDto>("load_demo");
  }

  startEmpty(): Promise<HomeDto> {
    return call<HomeDto>("start_empty");
  }
}
