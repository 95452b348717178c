//! Encryption at rest at the store level: a SQLCipher file keyed from a passphrase, sealed
//! evidence files, encrypted backups, re-keying and encrypting a plain file.

use sonae_core::Timestamp;
use sonae_store::cipher::{DbKey, FileKind, file_kind};
use sonae_store::{OpenMode, Store, StoreError};
use std::path::Path;

const SECRET: &str = "架空市役所　個人情報漏えい　山田太郎";

fn now() -> Timestamp {
    sonae_core::clock::from_storage("2026-12-02T00:00:00Z").unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn write_secret(store: &mut Store) {
    store.write("system:test", now(), |w| w.put_setting("note", SECRET)).unwrap();
}

fn assert_no_plain_text(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"), "{} starts like a plain SQLite file", path.display());
    assert!(!contains(&bytes, "山田太郎"), "{} shows the secret", path.display());
    assert!(!contains(&bytes, "CREATE TABLE"), "{} shows its schema", path.display());
}

#[test]
fn an_encrypted_database_opens_only_with_its_passphrase_and_shows_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sonae.db");
    let key = DbKey::new_file("correct horse battery staple");
    let mut store = Store::open_keyed(&path, OpenMode::CreateOrMigrate, now(), Some(&key)).unwrap();
    assert!(store.is_encrypted());
    write_secret(&mut store);
    drop(store);
    assert!(matches!(file_kind(&path).unwrap(), FileKind::Encrypted { .. }));
    assert_no_plain_text(&path);

    let before = std::fs::read(&path).unwrap();
    let wrong = DbKey::for_file(&path, "correct horse battery stapler").unwrap();
    for mode in [OpenMode::ReadOnly, OpenMode::ExistingOrFail, OpenMode::CreateOrMigrate] {
        assert!(matches!(Store::open_keyed(&path, mode, now(), Some(&wrong)), Err(StoreError::WrongPassphrase { .. })));
    }
    assert!(matches!(Store::open(&path, OpenMode::ExistingOrFail, now()), Err(StoreError::Encrypted { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before, "refused opens leave the file byte-identical");

    let right = DbKey::for_file(&path, "correct horse battery staple").unwrap();
    let store = Store::open_keyed(&path, OpenMode::ReadOnly, now(), Some(&right)).unwrap();
    assert_eq!(store.setting("note").unwrap().as_deref(), Some(SECRET));
    assert!(store.integrity_problems().unwrap().is_empty());
    assert!(store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn evidence_is_sealed_and_backups_stay_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sonae.db");
    let key = DbKey::new_file("correct horse battery staple");
    let mut store = Store::open_keyed(&path, OpenMode::CreateOrMigrate, now(), Some(&key)).unwrap();
    write_secret(&mut store);
    let sha = store.put_evidence_bytes(SECRET.as_bytes()).unwrap();
    let stored = std::fs::read(store.evidence_dir().join(&sha)).unwrap();
    assert!(!contains(&stored, "山田太郎"));
    assert_eq!(store.evidence_hash_now(&sha).unwrap().as_deref(), Some(sha.as_str()));
    assert_eq!(store.evidence_bytes(&sha).unwrap().as_deref(), Some(SECRET.as_bytes()));

    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).unwrap();
    assert_no_plain_text(&copy);
    let copy_key = DbKey::for_file(&copy, "correct horse battery staple").unwrap();
    let copy_store = Store::open_keyed(&copy, OpenMode::ReadOnly, now(), Some(&copy_key)).unwrap();
    assert_eq!(copy_store.setting("note").unwrap().as_deref(), Some(SECRET));
}

#[test]
fn changing_the_passphrase_rekeys_the_file_and_keeps_evidence_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sonae.db");
    let key = DbKey::new_file("first passphrase 2026");
    let mut store = Store::open_keyed(&path, OpenMode::CreateOrMigrate, now(), Some(&key)).unwrap();
    write_secret(&mut store);
    let sha = store.put_evidence_bytes(b"evidence before rekey").unwrap();
    let new = key.with_passphrase("second passphrase 2026");
    store.rekey(&new).unwrap();
    write_secret(&mut store);
    drop(store);
    assert_no_plain_text(&path);

    let old = DbKey::for_file(&path, "first passphrase 2026").unwrap();
    assert!(matches!(Store::open_keyed(&path, OpenMode::ReadOnly, now(), Some(&old)), Err(StoreError::WrongPassphrase { .. })));
    let new = DbKey::for_file(&path, "second passphrase 2026").unwrap();
    let store = Store::open_keyed(&path, OpenMode::ExistingOrFail, now(), Some(&new)).unwrap();
    assert_eq!(store.evidence_hash_now(&sha).unwrap().as_deref(), Some(sha.as_str()));
    assert!(store.integrity_problems().unwrap().is_empty());
    assert!(store.verify_audit().unwrap().problems.is_empty());
}

#[test]
fn a_plain_database_is_exported_encrypted_and_its_evidence_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sonae.db");
    let mut store = Store::open(&path, OpenMode::CreateOrMigrate, now()).unwrap();
    write_secret(&mut store);
    let sha = store.put_evidence_bytes(SECRET.as_bytes()).unwrap();
    assert!(contains(&std::fs::read(store.evidence_dir().join(&sha)).unwrap(), "山田太郎"));
    let key = DbKey::new_file("correct horse battery staple");
    assert!(matches!(Store::open_keyed(&path, OpenMode::ReadOnly, now(), Some(&key)), Err(StoreError::NotEncrypted { .. })));
    let target = dir.path().join("sonae.db.encrypting");
    store.export_encrypted(&target, &key).unwrap();
    drop(store);
    assert_no_plain_text(&target);
    std::fs::rename(&target, &path).unwrap();

    let store = Store::open_keyed(&path, OpenMode::ExistingOrFail, now(), Some(&key)).unwrap();
    assert_eq!(store.setting("note").unwrap().as_deref(), Some(SECRET));
    assert_eq!(store.schema_version().unwrap(), sonae_store::LATEST_VERSION);
    // Plain files still read; sealing rewrites them so the disk holds no plain evidence.
    assert_eq!(store.evidence_hash_now(&sha).unwrap().as_deref(), Some(sha.as_str()));
    assert_eq!(store.seal_plain_evidence_files().unwrap(), 1);
    assert_eq!(store.seal_plain_evidence_files().unwrap(), 0);
    assert!(!contains(&std::fs::read(store.evidence_dir().join(&sha)).unwrap(), "山田太郎"));
    assert_eq!(store.evidence_hash_now(&sha).unwrap().as_deref(), Some(sha.as_str()));
    assert!(store.verify_audit().unwrap().problems.is_empty());
}
