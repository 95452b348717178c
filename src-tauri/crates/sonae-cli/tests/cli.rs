//! The `sonae` binary as a user runs it: real files, real exit codes, one line on stderr.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sonae(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonae")).args(args).env_remove("SONAE_DATA_DIR").output().unwrap()
}

fn db_arg(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn demo_db(dir: &Path) -> PathBuf {
    let path = dir.join("x.db");
    let out = sonae(&["--db", &db_arg(&path), "demo"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    path
}

#[test]
fn demo_then_check_passes() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let out = sonae(&["--db", &db_arg(&db), "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("検査に合格しました"));
    let out = sonae(&["--db", &db_arg(&db), "audit", "verify"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn case_list_json_has_the_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let out = sonae(&["--db", &db_arg(&db), "case", "list", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let cases: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cases.len(), 9);
    for c in &cases {
        for key in ["id", "receiptNo", "state", "title", "category", "severity", "drill", "createdAt"] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
    }
    assert_eq!(cases.iter().filter(|c| c["drill"] == true).count(), 2, "the ransomware drill case and the finished drill's case");
    let table = sonae(&["--db", &db_arg(&db), "case", "list"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("【訓練】ランサムウェア"), "{text}");
    assert!(text.lines().count() == 10, "a header and nine cases:\n{text}");
}

/// Every text cell of every table, changed with plain SQL, makes `check` fail and name an entry.
#[test]
fn changing_any_text_cell_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let pristine = demo_db(dir.path());
    let conn = Connection::open(&pristine).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut cells = Vec::new();
    for t in &tables {
        let cols: Vec<(String, String)> = conn
            .prepare(&format!("SELECT name, type FROM pragma_table_info('{t}')"))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (col, ty) in cols.into_iter().filter(|(_, ty)| ty == "TEXT") {
            let _ = ty;
            for order in ["ASC", "DESC"] {
                cells.push((t.clone(), col.clone(), order));
            }
        }
    }
    drop(conn);
    assert!(cells.len() > 60, "{}", cells.len());
    let copy = dir.path().join("tampered.db");
    for (table, col, order) in cells {
        std::fs::copy(&pristine, &copy).unwrap();
        let c = Connection::open(&copy).unwrap();
        let changed = c
            .execute(
                &format!("UPDATE {table} SET {col} = {col} || '改' WHERE rowid = (SELECT rowid FROM {table} WHERE {col} IS NOT NULL ORDER BY rowid {order} LIMIT 1)"),
                [],
            )
            .unwrap_or(0);
        drop(c);
        if changed == 0 {
            continue;
        }
        let out = sonae(&["--db", &db_arg(&copy), "check"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{table}.{col} {order}: {err}");
        assert!(err.contains("監査"), "{table}.{col}: {err}");
        assert!(err.contains('#') || err.contains("監査記録がありません"), "{table}.{col}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn a_newer_schema_is_refused_and_the_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    Connection::open(&db).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
    let before = std::fs::read(&db).unwrap();
    for cmd in [&["check"][..], &["init"], &["case", "list"], &["demo"]] {
        let mut args = vec!["--db", db.to_str().unwrap()];
        args.extend_from_slice(cmd);
        let out = sonae(&args);
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        let err = stderr(&out);
        assert!(err.contains("より新しい版") && err.contains("v99"), "{err}");
        assert_eq!(err.lines().count(), 1);
        assert_eq!(std::fs::read(&db).unwrap(), before, "{cmd:?} touched the file");
    }
    let out = sonae(&["--lang", "en", "--db", db.to_str().unwrap(), "check"]);
    assert!(stderr(&out).contains("newer Sonae"), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [&["--bogus"][..], &["case", "lst"], &["--lang", "fr", "check"], &["check", "--json"]] {
        let out = sonae(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("コマンドの指定に誤りがあります"), "{err}");
    }
    let out = sonae(&["--lang", "en", "--bogus"]);
    assert!(stderr(&out).starts_with("Invalid command line: --bogus"), "{}", stderr(&out));
    assert_eq!(sonae(&["--help"]).status.code(), Some(0));
}

#[test]
fn missing_and_corrupt_files_are_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.db");
    for cmd in [&["check"][..], &["audit", "verify"], &["case", "list"]] {
        let mut args = vec!["--db", missing.to_str().unwrap()];
        args.extend_from_slice(cmd);
        let out = sonae(&args);
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
        assert!(stderr(&out).contains("見つかりません"));
        assert!(!missing.exists(), "{cmd:?} created the file");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let corrupt = dir.path().join("corrupt.db");
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&corrupt, &garbage).unwrap();
    // Without "SQLite format 3" a file may be an encrypted database: without a passphrase it is
    // reported as such, with one as a wrong passphrase; either way it is not touched.
    for cmd in ["check", "init", "demo"] {
        let out = sonae(&["--db", corrupt.to_str().unwrap(), cmd]);
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        assert!(stderr(&out).contains("暗号化されています"), "{}", stderr(&out));
        let out = Command::new(env!("CARGO_BIN_EXE_sonae"))
            .args(["--db", corrupt.to_str().unwrap(), cmd])
            .env_remove("SONAE_DATA_DIR")
            .env("SONAE_PASSPHRASE", "some passphrase 2026")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(stderr(&out).contains("パスフレーズが違います"), "{}", stderr(&out));
        assert_eq!(std::fs::read(&corrupt).unwrap(), garbage);
    }
    let short = dir.path().join("short.db");
    std::fs::write(&short, b"not a database").unwrap();
    let out = sonae(&["--db", short.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("読み取れません"), "{}", stderr(&out));
}

#[test]
fn sonae_data_dir_sets_the_default_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sonae")).arg("init").env("SONAE_DATA_DIR", dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("sonae.db").exists());
}

#[test]
fn org_export_import_export_is_identical_and_bad_files_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_db(dir.path());
    let first = dir.path().join("first.toml");
    let out = sonae(&["--db", &db_arg(&a), "org", "export", "--out", first.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let b = dir.path().join("b.db");
    let out = sonae(&["--db", &db_arg(&b), "org", "import", first.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let second = dir.path().join("second.toml");
    sonae(&["--db", &db_arg(&b), "org", "export", "--out", second.to_str().unwrap()]);
    assert_eq!(std::fs::read(&first).unwrap(), std::fs::read(&second).unwrap());
    assert_eq!(sonae(&["--db", &db_arg(&b), "check"]).status.code(), Some(0));

    // The imported administrator gets a one-time password and can be reset again.
    let out = sonae(&["--db", &db_arg(&b), "account", "reset", "--login", "yamamoto"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("初期パスワード"));

    // A truncated file names its line; a bad value names its entry and field; nothing is written.
    let text = std::fs::read_to_string(&first).unwrap();
    let cases = [
        (text[..text.len() / 3].to_owned(), "行目"),
        (text.replace("email = \"kato@city.kakuu.example.jp\"", "email = \"kato\""), "[[person]] #"),
    ];
    let c = dir.path().join("c.db");
    sonae(&["--db", &db_arg(&c), "init"]);
    let before = std::fs::read(&c).unwrap();
    for (bad, needle) in cases {
        let file = dir.path().join("bad.toml");
        std::fs::write(&file, bad).unwrap();
        let out = sonae(&["--db", &db_arg(&c), "org", "import", file.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("組織設定ファイル") && err.contains(needle), "{err}");
        assert_eq!(err.lines().count(), 1);
        assert_eq!(std::fs::read(&c).unwrap(), before, "the database changed");
        // Not even created when missing.
        let d = dir.path().join("never.db");
        sonae(&["--db", &db_arg(&d), "org", "import", file.to_str().unwrap()]);
        assert!(!d.exists());
    }
    let out = sonae(&["--lang", "en", "--db", &db_arg(&c), "org", "import", dir.path().join("bad.toml").to_str().unwrap()]);
    assert!(stderr(&out).contains("email"), "{}", stderr(&out));
}

#[test]
fn backup_then_remove_the_data_directory_then_restore_gives_the_same_cases_and_a_passing_check() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let db = demo_db(&data);
    let archive = dir.path().join("sonae-backup.tar");
    let list = |db: &std::path::Path| String::from_utf8(sonae(&["--db", &db_arg(db), "case", "list", "--json"]).stdout).unwrap();
    let before = list(&db);
    let out = sonae(&["--db", &db_arg(&db), "backup", "create", "--out", &db_arg(&archive)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let again = sonae(&["--db", &db_arg(&db), "backup", "create", "--out", &db_arg(&archive)]);
    assert_eq!(again.status.code(), Some(1), "an existing file is never overwritten");
    assert_eq!(sonae(&["backup", "verify", &db_arg(&archive)]).status.code(), Some(0));

    std::fs::remove_dir_all(&data).unwrap();
    let out = sonae(&["--db", &db_arg(&db), "backup", "restore", &db_arg(&archive)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(list(&db), before);
    let check = sonae(&["--db", &db_arg(&db), "check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));

    // One byte changed: refused with one localized line, exit 2, nothing written.
    let mut bytes = std::fs::read(&archive).unwrap();
    bytes[512 + 100] ^= 1;
    std::fs::write(&archive, &bytes).unwrap();
    let refused = sonae(&["backup", "verify", &db_arg(&archive)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("一致しません"), "{}", stderr(&refused));
    assert_eq!(stderr(&refused).lines().count(), 1);
}

/// `sonae backup auto`: today's backup into `backups/` beside the database, once a day.
#[test]
fn backup_auto_writes_one_backup_a_day_beside_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let out = sonae(&["--db", &db_arg(&db), "backup", "auto"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let made: Vec<_> = std::fs::read_dir(dir.path().join("backups")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(made.len(), 1);
    let verify = sonae(&["backup", "verify", made[0].to_str().unwrap()]);
    assert_eq!(verify.status.code(), Some(0), "{}", stderr(&verify));
    let again = sonae(&["--db", &db_arg(&db), "backup", "auto"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(String::from_utf8_lossy(&again.stdout).contains("作成済み"));
    assert_eq!(std::fs::read_dir(dir.path().join("backups")).unwrap().count(), 1);
    let bad = sonae(&["--db", &db_arg(&db), "backup", "auto", "--keep", "0"]);
    assert_eq!(bad.status.code(), Some(2));
}
