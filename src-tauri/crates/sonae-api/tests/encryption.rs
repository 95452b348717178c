//! Encryption at rest through the use cases (issue 9): a case with evidence moves between two
//! encrypted installations with different passphrases (the bundle carries the content, each side
//! seals it with its own key); `change_passphrase` checks the current one, the rules of the new
//! one, and needs ManageOrganization; a plain installation answers that it is not encrypted.

use chrono::{TimeZone, Utc};
use sonae_api::encryption::{DbKey, change_passphrase, encryption_status, open_store_with};
use sonae_api::{Actor, ApiError, Ctx, ErrorCode, FixedClock, InstallationKey, OpenMode, RandomIds, Role, Store};

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

fn run<T>(store: &mut Store, roles: &[Role], f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
    let actor = Actor::new("system:test", roles);
    f(&mut Ctx { store, clock: &FixedClock(t0()), ids: &RandomIds, actor: &actor })
}

fn encrypted_demo(dir: &std::path::Path, passphrase: &str) -> Store {
    let mut store = open_store_with(&dir.join("sonae.db"), OpenMode::CreateOrMigrate, &FixedClock(t0()), Some(passphrase)).unwrap();
    assert!(store.is_encrypted());
    run(&mut store, &[Role::Administrator], sonae_api::load_demo).unwrap();
    store
}

#[test]
fn a_case_with_evidence_moves_between_two_encrypted_installations() {
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut a = encrypted_demo(dir_a.path(), "本庁 CSIRT のパスフレーズ");
    let mut b = encrypted_demo(dir_b.path(), "支所 CSIRT のパスフレーズ");
    let key_a = run(&mut a, &[Role::Administrator], sonae_api::installation_key).unwrap();
    run(&mut b, &[Role::Administrator], |ctx| sonae_api::trust_key(ctx, "本庁CSIRT", &key_a.public_key)).unwrap();
    let key = InstallationKey::load_or_create(dir_a.path()).unwrap();
    let case = run(&mut a, &[Role::CsirtLead], sonae_api::list_cases).unwrap().into_iter().find(|c| c.receipt_no == "2026-0004").unwrap();
    let bundle = run(&mut a, &[Role::CsirtLead], |ctx| sonae_api::export_case_bundle(ctx, &case.id, &key)).unwrap();
    run(&mut b, &[Role::CsirtLead], |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
    let report = run(&mut b, &[Role::CsirtLead], sonae_api::check).unwrap();
    assert!(report.evidence_problems.is_empty(), "{:?}", report.evidence_problems);
    assert!(report.audit.problems.is_empty());
    for entry in std::fs::read_dir(dir_b.path().join("evidence")).unwrap() {
        assert!(std::fs::read(entry.unwrap().path()).unwrap().starts_with(b"SONAE-EV1"), "B's evidence is sealed");
    }
}

#[test]
fn changing_the_passphrase_checks_the_current_one_and_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = encrypted_demo(dir.path(), "最初のパスフレーズ 2026");
    let refused = |store: &mut Store, roles: &[Role], current: &str, new: &str, confirm: &str| {
        run(store, roles, |ctx| change_passphrase(ctx, current, new, confirm)).unwrap_err()
    };
    let admin = &[Role::Administrator];
    let e = refused(&mut store, &[Role::CsirtLead], "最初のパスフレーズ 2026", "次のパスフレーズ 2027", "次のパスフレーズ 2027");
    assert_eq!(e.code, ErrorCode::Forbidden);
    let e = refused(&mut store, admin, "違うパスフレーズ 2026", "次のパスフレーズ 2027", "次のパスフレーズ 2027");
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-passphrase-wrong", Some("currentPassphrase")));
    let e = refused(&mut store, admin, "最初のパスフレーズ 2026", "短い", "短い");
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-passphrase-too-short", Some("newPassphrase")));
    let e = refused(&mut store, admin, "最初のパスフレーズ 2026", "次のパスフレーズ 2027", "次のパスフレーズ 2028");
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-passphrase-mismatch", Some("confirmPassphrase")));
    let e = refused(&mut store, admin, "最初のパスフレーズ 2026", "最初のパスフレーズ 2026", "最初のパスフレーズ 2026");
    assert_eq!(e.message_id, "error-passphrase-unchanged");

    run(&mut store, admin, |ctx| change_passphrase(ctx, "最初のパスフレーズ 2026", "次のパスフレーズ 2027", "次のパスフレーズ 2027"))
        .unwrap();
    let status = run(&mut store, admin, encryption_status).unwrap();
    assert!(status.encrypted);
    assert!(status.rekeyed_at.is_some());
    drop(store);

    let path = dir.path().join("sonae.db");
    let old = open_store_with(&path, OpenMode::ReadOnly, &FixedClock(t0()), Some("最初のパスフレーズ 2026")).err().unwrap();
    assert_eq!((old.message_id.as_str(), old.field.as_deref()), ("error-passphrase-wrong", Some("passphrase")));
    let locked = open_store_with(&path, OpenMode::ReadOnly, &FixedClock(t0()), None).err().unwrap();
    assert_eq!(locked.code, ErrorCode::DatabaseLocked);
    let mut store =
        Store::open_keyed(&path, OpenMode::ReadOnly, t0(), Some(&DbKey::for_file(&path, "次のパスフレーズ 2027").unwrap())).unwrap();
    assert!(run(&mut store, admin, sonae_api::check).unwrap().audit.problems.is_empty());
}

#[test]
fn a_plain_installation_says_it_is_not_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store_with(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, &FixedClock(t0()), None).unwrap();
    let admin = &[Role::Administrator];
    assert!(!run(&mut store, admin, encryption_status).unwrap().encrypted);
    let e =
        run(&mut store, admin, |ctx| change_passphrase(ctx, "なんでもよい文字列です", "次のパスフレーズ 2027", "次のパスフレーズ 2027"))
            .unwrap_err();
    assert_eq!(e.message_id, "error-db-not-encrypted");
}
