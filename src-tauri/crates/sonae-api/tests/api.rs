//! Use cases against a real database file, with a fixed clock and sequential ids.

use chrono::{TimeZone, Utc};
use sonae_api::dto::{CaseState, SetupState};
use sonae_api::{Actor, Ctx, ErrorCode, FixedClock, OpenMode, Role, SequentialIds, Store};

fn clock() -> FixedClock {
    FixedClock(Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap())
}

fn admin() -> Actor {
    Actor::new("system:test", &[Role::Administrator])
}

fn store(dir: &tempfile::TempDir) -> Store {
    Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, clock().0).unwrap()
}

#[test]
fn first_run_then_demo_fills_the_home_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(&dir);
    let (clock, ids, actor) = (clock(), SequentialIds::new(), admin());
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    assert_eq!(sonae_api::home(&mut ctx).unwrap().setup, SetupState::FirstRun);

    let home = sonae_api::load_demo(&mut ctx).unwrap();
    assert_eq!(home.setup, SetupState::Ready);
    assert_eq!(home.organization.as_ref().unwrap().name, "架空市");
    // Seven real cases, the ransomware drill case and the finished drill's case (訓練-…).
    assert_eq!(home.cases.len(), 9);
    assert_eq!(home.cases.iter().filter(|c| c.drill).count(), 2);
    // Newest first, numbered in arrival order within the JST year.
    assert_eq!(home.cases[0].receipt_no, "2026-0008");
    assert_eq!(home.cases[0].state, CaseState::Received);
    assert_eq!(home.cases[0].created_at, "2026-11-20T21:30:00Z");
    // The drill case is listed but not counted.
    assert!(home.cases.iter().any(|c| c.drill));
    let responding = home.state_counts.iter().find(|s| s.state == CaseState::Responding).unwrap();
    assert_eq!(responding.count, 1);
    let counted: i64 = home.state_counts.iter().map(|s| s.count).sum();
    assert_eq!(counted, 7);

    let report = sonae_api::check(&mut ctx).unwrap();
    assert!(report.ok(), "{report:?}");
    assert!(report.audit.entries > 50);

    let again = sonae_api::load_demo(&mut ctx).unwrap_err();
    assert_eq!((again.code, again.message_id.as_str()), (ErrorCode::Conflict, "error-already-initialized"));
}

#[test]
fn a_v1_empty_start_choice_leads_to_the_wizard() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(&dir);
    let (clock, ids, actor) = (clock(), SequentialIds::new(), admin());
    // What a v1 database recorded when the user chose "start empty".
    store.write("system:desktop", clock.0, |w| w.put_setting("setup.start", "empty")).unwrap();
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    assert_eq!(sonae_api::home(&mut ctx).unwrap().setup, SetupState::FirstRun);
    assert_eq!(sonae_api::load_demo(&mut ctx).unwrap().setup, SetupState::Ready);
}
