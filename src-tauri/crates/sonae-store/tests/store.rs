//! The store against real database files in temp dirs.

use chrono::{TimeZone, Utc};
use rusqlite::Connection;
use sonae_core::case::receipt_no;
use sonae_core::{Case, CaseId, Category, Department, DepartmentId, SequentialIds, Timestamp};
use sonae_store::{AuditProblem, LATEST_VERSION, OpenMode, Store, StoreError, Table};
use std::path::Path;

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 20, 23, 15, 0).unwrap()
}

fn sample(path: &Path) -> (Store, CaseId) {
    let ids = SequentialIds::new();
    let mut store = Store::open(path, OpenMode::CreateOrMigrate, now()).unwrap();
    let case = Case::open(CaseId::new(&ids), receipt_no(2026, 1), "USBメモリの紛失", Category::LossTheft, false, now()).unwrap();
    let dept = Department::new(DepartmentId::new(&ids), "福祉課", "福祉").unwrap();
    store
        .write("system:test", now(), |w| {
            w.put_department(&dept)?;
            w.insert_case(&case)?;
            w.put_setting("setup.start", "demo")
        })
        .unwrap();
    (store, case.id)
}

#[test]
fn every_table_but_the_log_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = sample(&dir.path().join("a.db"));
    drop(store);
    let conn = Connection::open(dir.path().join("a.db")).unwrap();
    // The full-text index (`search_index` and its FTS5 shadow tables) is derived data, rebuilt from
    // the audited tables by triggers; it is not audited itself.
    let mut stmt =
        conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name").unwrap();
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut audited: Vec<String> = Table::ALL.iter().map(|t| t.name().to_owned()).collect();
    audited.push("audit_log".into());
    audited.sort();
    assert_eq!(tables, audited);
}

#[test]
fn a_clean_database_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = sample(&dir.path().join("a.db"));
    let report = store.verify_audit().unwrap();
    assert_eq!(report.entries, 3);
    assert_eq!(report.problems, vec![]);
    assert!(store.integrity_problems().unwrap().is_empty());
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn failed_write_leaves_neither_row_nor_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = sample(&dir.path().join("a.db"));
    let ids = SequentialIds::new();
    let dup = Case::open(CaseId::new(&ids), receipt_no(2026, 1), "重複", Category::Other, false, now()).unwrap();
    let err = store.write("system:test", now(), |w| {
        w.put_setting("x", "y")?;
        w.insert_case(&dup)
    });
    assert!(matches!(err, Err(StoreError::Conflict { .. })));
    assert_eq!(store.setting("x").unwrap(), None);
    assert_eq!(store.verify_audit().unwrap().entries, 3);
}

fn tamper(path: &Path, sql: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn editing_a_data_row_is_detected_at_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let (store, case_id) = sample(&path);
    drop(store);
    tamper(&path, "UPDATE incident_case SET title = 'USBメモリの紛失（軽微）'");
    let store = Store::open(&path, OpenMode::ReadOnly, now()).unwrap();
    let problems = store.verify_audit().unwrap().problems;
    assert_eq!(problems, vec![AuditProblem::RowChanged { seq: 2, table: "incident_case".into(), id: case_id.to_string() }]);
}

#[test]
fn editing_deleting_or_forging_audit_entries_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    drop(sample(&path));

    tamper(&path, "UPDATE audit_log SET actor = 'person:someone-else' WHERE seq = 2");
    let p = Store::open(&path, OpenMode::ReadOnly, now()).unwrap().verify_audit().unwrap().problems;
    assert_eq!(p.first(), Some(&AuditProblem::HashMismatch { seq: 2 }));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    drop(sample(&path));
    tamper(&path, "DELETE FROM audit_log WHERE seq = 1");
    let p = Store::open(&path, OpenMode::ReadOnly, now()).unwrap().verify_audit().unwrap().problems;
    assert_eq!(p.first(), Some(&AuditProblem::SequenceGap { expected: 1, found: 2 }));
    assert!(p.iter().any(|x| matches!(x, AuditProblem::RowUnaudited { table, .. } if table == "department")));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    drop(sample(&path));
    tamper(&path, "DELETE FROM setting");
    let p = Store::open(&path, OpenMode::ReadOnly, now()).unwrap().verify_audit().unwrap().problems;
    assert_eq!(p, vec![AuditProblem::RowMissing { seq: 3, table: "setting".into(), id: "setup.start".into() }]);
}

#[test]
fn a_newer_schema_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    drop(sample(&path));
    tamper(&path, &format!("PRAGMA user_version = {}", LATEST_VERSION + 1));
    let before = std::fs::read(&path).unwrap();
    for mode in [OpenMode::ReadOnly, OpenMode::ExistingOrFail, OpenMode::CreateOrMigrate] {
        let err = Store::open(&path, mode, now()).err().unwrap();
        assert!(matches!(err, StoreError::SchemaTooNew { found, known } if found == LATEST_VERSION + 1 && known == LATEST_VERSION));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

#[test]
fn missing_corrupt_and_foreign_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.db");
    assert!(matches!(Store::open(&missing, OpenMode::ReadOnly, now()), Err(StoreError::NotFound { .. })));
    assert!(matches!(Store::open(&missing, OpenMode::ExistingOrFail, now()), Err(StoreError::NotFound { .. })));
    assert!(!missing.exists());

    let corrupt = dir.path().join("corrupt.db");
    std::fs::write(&corrupt, "これはデータベースではありません".repeat(20)).unwrap();
    // Without "SQLite format 3" a file may be encrypted: only a key can tell it from garbage.
    let key = sonae_store::cipher::DbKey::for_file(&corrupt, "some passphrase").unwrap();
    for mode in [OpenMode::ReadOnly, OpenMode::CreateOrMigrate] {
        assert!(matches!(Store::open(&corrupt, mode, now()), Err(StoreError::Encrypted { .. })));
        assert!(matches!(Store::open_keyed(&corrupt, mode, now(), Some(&key)), Err(StoreError::WrongPassphrase { .. })));
    }
    let short = dir.path().join("short.db");
    std::fs::write(&short, "not a database").unwrap();
    assert!(matches!(Store::open(&short, OpenMode::ExistingOrFail, now()), Err(StoreError::Unreadable { .. })));
    assert_eq!(std::fs::read_to_string(&corrupt).unwrap(), "これはデータベースではありません".repeat(20));

    let foreign = dir.path().join("foreign.db");
    tamper(&foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    let before = std::fs::read(&foreign).unwrap();
    assert!(matches!(Store::open(&foreign, OpenMode::CreateOrMigrate, now()), Err(StoreError::NotSonae { .. })));
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
}

#[test]
fn migrating_an_older_database_takes_a_backup_first() {
    use sonae_store::Migration;
    let v1 = Migration { version: 1, sql: "CREATE TABLE setting (id TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);" };
    let v2 = Migration { version: 2, sql: "ALTER TABLE setting ADD COLUMN note TEXT;" };
    let broken = Migration { version: 3, sql: "ALTER TABLE nowhere ADD COLUMN x TEXT;" };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let store = Store::open_with(&path, OpenMode::CreateOrMigrate, now(), &[v1]).unwrap();
    store.schema_version().unwrap();
    drop(store);
    tamper(&path, "INSERT INTO setting VALUES ('k', 'v')");

    let store = Store::open_with(&path, OpenMode::ExistingOrFail, now(), &[v1, v2]).unwrap();
    assert_eq!(store.schema_version().unwrap(), 2);
    drop(store);
    let backup = dir.path().join("a.db.v1-20261120T231500Z.bak");
    let copy = Connection::open(&backup).unwrap();
    let (version, value): (i64, String) = copy
        .query_row("SELECT (SELECT user_version FROM pragma_user_version), value FROM setting", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((version, value.as_str()), (1, "v"));

    // A failing step rolls everything back; the database stays at v2 and keeps its data.
    let later = Utc.with_ymd_and_hms(2026, 11, 21, 0, 0, 0).unwrap();
    assert!(Store::open_with(&path, OpenMode::ExistingOrFail, later, &[v1, v2, broken]).is_err());
    let store = Store::open_with(&path, OpenMode::ReadOnly, later, &[v1, v2]).unwrap();
    assert_eq!(store.schema_version().unwrap(), 2);
}

/// Schema v13: full-text rows are queued during a write and indexed once before it commits; a
/// text changed in the same write is indexed with its last value, and a later change replaces it.
#[test]
fn search_rows_are_indexed_at_commit_with_their_last_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let (mut store, _) = sample(&path);
    let ids = SequentialIds::new();
    // `sample` took the first two ids of a sequence like this one.
    let _ = (CaseId::new(&ids), CaseId::new(&ids));
    let mut case = Case::open(CaseId::new(&ids), receipt_no(2026, 2), "誤送信の第一報", Category::MisdirectedMail, false, now()).unwrap();
    store
        .write("system:test", now(), |w| {
            w.insert_case(&case)?;
            case.title = "メール誤送信（訂正後の件名）".into();
            w.update_case(&case)
        })
        .unwrap();
    // Another connection sees only what was committed.
    let count = |sql: &str| -> i64 { Connection::open(&path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap() };
    let hits = |term: &str| count(&format!("SELECT count(*) FROM search_index WHERE search_index MATCH '\"{term}\"'"));
    assert_eq!(count("SELECT count(*) FROM search_index_pending"), 0);
    assert_eq!(hits("訂正後の件名"), 1);
    assert_eq!(hits("第一報"), 0);
    assert_eq!(hits("USBメモリ"), 1);

    case.title = "メール誤送信（再訂正）".into();
    store.write("system:test", now(), |w| w.update_case(&case)).unwrap();
    assert_eq!(hits("訂正後の件名"), 0);
    assert_eq!(hits("再訂正"), 1);
    assert_eq!(count("SELECT count(*) FROM search_index_pending"), 0);
}

/// The case list's counts are remembered only while nothing changes: a write through this store,
/// or through another connection (another window, the CLI), is counted at once.
#[test]
fn the_case_list_total_follows_writes_from_any_connection() {
    use sonae_store::{CaseListQuery, CaseOrder};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let (mut store, _) = sample(&path);
    let query = CaseListQuery {
        state: None,
        open_only: false,
        severity: None,
        category: None,
        handler: None,
        overdue_only: false,
        text: None,
        order: CaseOrder::Severity,
        offset: 1,
        limit: 50,
        now: now(),
    };
    assert_eq!(store.case_page(&query).unwrap().total, 1);
    assert_eq!(store.case_page(&query).unwrap().total, 1);
    let ids = SequentialIds::new();
    let _ = (CaseId::new(&ids), CaseId::new(&ids));
    let second = Case::open(CaseId::new(&ids), receipt_no(2026, 2), "誤送信", Category::MisdirectedMail, false, now()).unwrap();
    store.write("system:test", now(), |w| w.insert_case(&second)).unwrap();
    let page = store.case_page(&query).unwrap();
    assert_eq!((page.total, page.rows.len()), (2, 1));

    let mut other = Store::open(&path, OpenMode::CreateOrMigrate, now()).unwrap();
    let third = Case::open(CaseId::new(&ids), receipt_no(2026, 3), "紛失", Category::LossTheft, false, now()).unwrap();
    other.write("system:test", now(), |w| w.insert_case(&third)).unwrap();
    let page = store.case_page(&query).unwrap();
    assert_eq!((page.total, page.rows.len()), (3, 2));
}
