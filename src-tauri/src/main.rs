//! Sonae's desktop shell: opens the database, holds it in Tauri state and exposes the API's use
//! cases as commands. Wiring only: every command delegates to `sonae-api` in one line.
//!
//! Until sign-in exists, the window acts as the local operator `system:desktop` with the 管理者
//! and CSIRT責任者 roles; the audit log records that label.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use sonae_api::dto::HomeDto;
use sonae_api::{Actor, ApiError, Ctx, OpenMode, RandomIds, Role, Store, SystemClock};
use std::sync::Mutex;
use tauri::State;

/// The open database (or why it could not be opened: the window still starts and shows it).
struct AppState {
    store: Result<Mutex<Store>, ApiError>,
    actor: Actor,
}

impl AppState {
    fn open() -> AppState {
        let store = sonae_api::default_db_path()
            .and_then(|path| sonae_api::open_store(&path, OpenMode::CreateOrMigrate, &SystemClock))
            .map(Mutex::new);
        AppState { store, actor: Actor::new("system:desktop", &[Role::Administrator, Role::CsirtLead]) }
    }

    /// Runs one use case with the real clock and ids, as this window's actor.
    fn run<T>(&self, f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let mut store = store.lock().map_err(|_| ApiError::new(sonae_api::ErrorCode::Internal, "error-internal"))?;
        f(&mut Ctx { store: &mut store, clock: &SystemClock, ids: &RandomIds, actor: &self.actor })
    }
}

#[tauri::command]
fn home(state: State<'_, AppState>) -> Result<HomeDto, ApiError> {
    state.run(sonae_api::home)
}

#[tauri::command]
fn load_demo(state: State<'_, AppState>) -> Result<HomeDto, ApiError> {
    state.run(sonae_api::load_demo)
}

#[tauri::command]
fn start_empty(state: State<'_, AppState>) -> Result<HomeDto, ApiError> {
    state.run(sonae_api::start_empty)
}

fn main() {
    tauri::Builder::default()
        .manage(AppState::open())
        .invoke_handler(tauri::generate_handler![home, load_demo, start_empty])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Sonae could not start: {e}");
            std::process::exit(1);
        });
}
