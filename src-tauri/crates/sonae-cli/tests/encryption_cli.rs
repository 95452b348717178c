//! Encryption at rest through the `sonae` binary (issue 9): a demo created with
//! `SONAE_PASSPHRASE` is a SQLCipher file whose bytes — and its backup's — show none of the demo
//! text; a missing or wrong passphrase is one clear line and changes nothing; backup → remove the
//! data directory → restore gives the same cases and a passing `check`; the passphrase changes
//! (re-key) and a plain installation can be encrypted.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASS: &str = "架空市 CSIRT 2026 備え";

fn sonae(args: &[&str], passphrase: Option<&str>, extra: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sonae"));
    cmd.args(args).env_remove("SONAE_DATA_DIR").env_remove("SONAE_PASSPHRASE").env_remove("SONAE_NEW_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("SONAE_PASSPHRASE", p);
    }
    for (k, v) in extra {
        cmd.env(k, v);
    }
    cmd.stdin(Stdio::null()).output().unwrap()
}

fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// What `strings -e S` (8-bit, so UTF-8 Japanese too) prints for a file, or `None` without binutils.
fn strings(path: &Path) -> Option<String> {
    let out = Command::new("strings").args(["-n", "4", "-e", "S"]).arg(path).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The demo's case titles and receipt numbers, and the other text a thief must not read.
fn demo_text(db: &Path) -> Vec<String> {
    let out = ok(&sonae(&["--db", s(db), "case", "list", "--json"], Some(PASS), &[]));
    let cases: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(cases.len(), 9);
    let mut text: Vec<String> = cases.iter().map(|c| c["title"].as_str().unwrap().to_owned()).collect();
    text.extend(["架空市", "山本", "yamamoto", "CREATE TABLE", "incident_case", "ランサムウェア"].map(String::from));
    text
}

fn assert_unreadable(path: &Path, text: &[String]) {
    let bytes = std::fs::read(path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"), "{} starts like a plain database", path.display());
    for t in text {
        assert!(!contains(&bytes, t), "{} shows {t:?}", path.display());
    }
    if let Some(out) = strings(path) {
        for t in text {
            assert!(!out.contains(t.as_str()), "strings {} shows {t:?}", path.display());
        }
    }
}

fn encrypted_demo(dir: &Path) -> PathBuf {
    let db = dir.join("data").join("sonae.db");
    ok(&sonae(&["--db", s(&db), "demo"], Some(PASS), &[]));
    db
}

#[test]
fn an_encrypted_demo_and_its_backup_show_none_of_the_demo_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_demo(dir.path());
    let text = demo_text(&db);
    assert_unreadable(&db, &text);
    let backup = dir.path().join("backup.tar");
    ok(&sonae(&["--db", s(&db), "backup", "create", "--out", s(&backup)], Some(PASS), &[]));
    assert_unreadable(&backup, &text);
    ok(&sonae(&["backup", "verify", s(&backup)], None, &[]));
    // Evidence files beside the database are sealed too.
    let evidence: Vec<PathBuf> = std::fs::read_dir(db.parent().unwrap().join("evidence")).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(!evidence.is_empty(), "the demo has evidence files");
    for file in &evidence {
        let bytes = std::fs::read(file).unwrap();
        assert!(bytes.starts_with(b"SONAE-EV1"), "{} is not sealed", file.display());
    }
    ok(&sonae(&["--db", s(&db), "check"], Some(PASS), &[]));
}

#[test]
fn a_missing_or_wrong_passphrase_is_one_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_demo(dir.path());
    let before = std::fs::read(&db).unwrap();
    let out = sonae(&["--db", s(&db), "case", "list"], None, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("暗号化されています"), "{err}");
    for args in [&["case", "list"][..], &["check"], &["init"], &["backup", "create", "--out", "/tmp/never.tar"]] {
        let mut full = vec!["--db", s(&db)];
        full.extend_from_slice(args);
        let out = sonae(&full, Some("not the passphrase at all"), &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("パスフレーズが違います"), "{err}");
    }
    let out = sonae(&["--lang", "en", "--db", s(&db), "check"], Some("wrong passphrase 123"), &[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Wrong passphrase"));
    assert_eq!(std::fs::read(&db).unwrap(), before, "refused runs leave the file byte-identical");
    assert!(!Path::new("/tmp/never.tar").exists());
}

#[test]
fn backup_remove_the_data_directory_restore_gives_the_same_cases() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_demo(dir.path());
    let cases = ok(&sonae(&["--db", s(&db), "case", "list", "--json"], Some(PASS), &[]));
    let backup = dir.path().join("backup.tar");
    ok(&sonae(&["--db", s(&db), "backup", "create", "--out", s(&backup)], Some(PASS), &[]));
    std::fs::remove_dir_all(db.parent().unwrap()).unwrap();
    ok(&sonae(&["--db", s(&db), "backup", "restore", s(&backup)], None, &[]));
    assert_eq!(ok(&sonae(&["--db", s(&db), "case", "list", "--json"], Some(PASS), &[])), cases);
    let check = ok(&sonae(&["--db", s(&db), "check"], Some(PASS), &[]));
    assert!(check.contains("検査に合格しました"), "{check}");
    assert_unreadable(&db, &demo_text(&db));
}

#[test]
fn changing_the_passphrase_rekeys_and_a_plain_installation_can_be_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_demo(dir.path());
    let new = "新しいパスフレーズ 2027 年度";
    let out = sonae(&["--db", s(&db), "passphrase", "change"], Some(PASS), &[("SONAE_NEW_PASSPHRASE", "short")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("12 文字以上"));
    ok(&sonae(&["--db", s(&db), "passphrase", "change"], Some(PASS), &[("SONAE_NEW_PASSPHRASE", new)]));
    assert_eq!(sonae(&["--db", s(&db), "check"], Some(PASS), &[]).status.code(), Some(2));
    ok(&sonae(&["--db", s(&db), "check"], Some(new), &[]));

    // A plain demo, encrypted afterwards: the plain file is kept beside it (and said so).
    let plain = dir.path().join("plain").join("sonae.db");
    ok(&sonae(&["--db", s(&plain), "demo"], None, &[]));
    assert!(std::fs::read(&plain).unwrap().starts_with(b"SQLite format 3"));
    let out = sonae(&["--db", s(&plain), "passphrase", "set"], Some(PASS), &[]);
    let said = ok(&out);
    assert!(said.contains("暗号化しました"), "{said}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("before-encryption"));
    ok(&sonae(&["--db", s(&plain), "check"], Some(PASS), &[]));
    assert_unreadable(&plain, &demo_text(&plain));
    for file in std::fs::read_dir(plain.parent().unwrap().join("evidence")).unwrap() {
        assert!(std::fs::read(file.unwrap().path()).unwrap().starts_with(b"SONAE-EV1"));
    }
    let kept: Vec<_> = std::fs::read_dir(plain.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("sonae.db.before-encryption-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
}
