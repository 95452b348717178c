//! Frozen databases from released schema versions upgrade to the latest schema, and the result
//! is the same schema a fresh database gets (Mozilla application-services' approach).
//!
//! `fixtures/sonae-v1.db` was made by `sonae demo` at schema v1 and must never be regenerated:
//! when the schema changes, add a migration and keep this file as it is.

use chrono::{TimeZone, Utc};
use sonae_store::{LATEST_VERSION, OpenMode, Store};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

#[test]
fn v1_fixture_upgrades_to_the_fresh_schema() {
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap();
    let bytes = std::fs::read(fixture("sonae-v1.db")).unwrap();
    assert_eq!(&bytes[60..64], &1u32.to_be_bytes(), "the fixture must stay a v1 database");

    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.db");
    std::fs::write(&old, &bytes).unwrap();
    let upgraded = Store::open(&old, OpenMode::ExistingOrFail, now).unwrap();
    let fresh = Store::open(&dir.path().join("fresh.db"), OpenMode::CreateOrMigrate, now).unwrap();

    assert_eq!(upgraded.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(upgraded.schema_dump().unwrap(), fresh.schema_dump().unwrap());
    assert!(upgraded.integrity_problems().unwrap().is_empty());
    let audit = upgraded.verify_audit().unwrap();
    assert!(audit.problems.is_empty(), "{:?}", audit.problems);
    assert!(audit.entries > 50);
    assert_eq!(upgraded.cases().unwrap().len(), 8);

    let backup = dir.path().join("old.db.v1-20261122T000000Z.bak");
    assert_eq!(backup.exists(), LATEST_VERSION > 1, "a backup is taken exactly when a migration runs");
}

/// A migration records the rows it changes, but never launders a row tampered with before it.
#[test]
fn migration_keeps_earlier_tampering_visible() {
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.db");
    std::fs::copy(fixture("sonae-v1.db"), &old).unwrap();
    {
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute("UPDATE incident_case SET title = title || '（改）' WHERE receipt_no = '2026-0005'", []).unwrap();
    }
    let upgraded = Store::open(&old, OpenMode::ExistingOrFail, now).unwrap();
    let problems = upgraded.verify_audit().unwrap().problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(matches!(&problems[0], sonae_store::AuditProblem::RowChanged { table, .. } if table == "incident_case"));
}
