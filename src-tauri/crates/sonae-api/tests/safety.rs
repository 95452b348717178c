//! The data-safety page's use cases on the demo database: a backup made under the suggested
//! path with progress to the end, listed with its size, verified with what its manifest says;
//! an empty path names the field; only MakeBackups roles may; restoring reports progress too.

use chrono::{TimeZone, Utc};
use sonae_api::{Actor, ApiError, Ctx, ErrorCode, FixedClock, OpenMode, Progress, Role, SequentialIds, Store};

/// 2026-11-22 09:00 JST.
fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

fn run<T>(store: &mut Store, roles: &[Role], f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
    let actor = Actor::new("system:test", roles);
    f(&mut Ctx { store, clock: &FixedClock(t0()), ids: &SequentialIds::new(), actor: &actor })
}

#[test]
fn a_backup_made_from_the_page_is_listed_and_verified_with_progress_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
    run(&mut store, &[Role::Administrator], sonae_api::load_demo).unwrap();
    let lead = &[Role::CsirtLead];

    let list = run(&mut store, lead, |ctx| sonae_api::list_backups(ctx, dir.path())).unwrap();
    assert!(list.files.is_empty());
    assert_eq!(list.suggested_path, dir.path().join("backups/sonae-20261122-090000.tar").display().to_string());

    let mut seen: Vec<Progress> = Vec::new();
    let made = run(&mut store, lead, |ctx| sonae_api::make_backup(ctx, &list.suggested_path, &mut |p| seen.push(p))).unwrap();
    assert_eq!(seen.first().map(|p| (p.step, p.done)), Some(("cli-progress-backup-database", 0)));
    let last = seen.last().unwrap();
    assert_eq!((last.step, last.percent()), ("cli-progress-backup-files", 100));
    assert!(made.cases > 0 && made.audit_entries > 0 && made.evidence_files > 0, "{made:?}");
    assert_eq!(made.created_at, "2026-11-22T00:00:00Z");
    assert_eq!(made.size, std::fs::metadata(&list.suggested_path).unwrap().len());

    let list = run(&mut store, lead, |ctx| sonae_api::list_backups(ctx, dir.path())).unwrap();
    assert_eq!(list.files.len(), 1);
    assert_eq!(
        (list.files[0].file_name.as_str(), list.files[0].size, list.files[0].automatic),
        ("sonae-20261122-090000.tar", made.size, false)
    );

    let mut seen: Vec<Progress> = Vec::new();
    let checked = run(&mut store, lead, |ctx| sonae_api::check_backup(ctx, &made.path, &mut |p| seen.push(p))).unwrap();
    assert_eq!(checked, made);
    assert_eq!(seen.last().map(|p| (p.step, p.percent())), Some(("cli-progress-verify", 100)));
    assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));

    // A second backup never replaces the first.
    let again = run(&mut store, lead, |ctx| sonae_api::make_backup(ctx, &made.path, &mut sonae_api::progress::ignore)).unwrap_err();
    assert_eq!(again.message_id, "error-backup-exists");

    // Restoring reports verifying, then restoring, up to 100 %.
    let target = tempfile::tempdir().unwrap();
    let mut seen: Vec<Progress> = Vec::new();
    sonae_api::restore_backup_with_progress(std::path::Path::new(&made.path), &target.path().join("sonae.db"), t0(), &mut |p| seen.push(p))
        .unwrap();
    assert!(seen.iter().any(|p| p.step == "cli-progress-verify"));
    assert_eq!(seen.last().map(|p| (p.step, p.percent())), Some(("cli-progress-restore", 100)));
}

#[test]
fn an_empty_path_names_the_field_and_only_backup_roles_may() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
    run(&mut store, &[Role::Administrator], sonae_api::load_demo).unwrap();
    let e = run(&mut store, &[Role::Administrator], |ctx| sonae_api::make_backup(ctx, "  ", &mut sonae_api::progress::ignore)).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Validation, Some("backupPath")));
    for roles in [&[Role::Staff][..], &[Role::CsirtMember], &[Role::Ciso]] {
        let path = dir.path().join("x.tar").display().to_string();
        let e = run(&mut store, roles, |ctx| sonae_api::make_backup(ctx, &path, &mut sonae_api::progress::ignore)).unwrap_err();
        assert_eq!(e.code, ErrorCode::Forbidden);
        assert_eq!(run(&mut store, roles, |ctx| sonae_api::list_backups(ctx, dir.path())).unwrap_err().code, ErrorCode::Forbidden);
        assert!(!dir.path().join("x.tar").exists());
    }
}
