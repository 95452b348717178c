//! `sonae exchange key|trust`, `sonae export case` and `sonae import` between two demo databases:
//! the case arrives, a second import changes nothing, and a changed byte, an unknown key, a
//! truncated and an oversized file each exit 2 with one localized line while B's database file
//! stays byte-identical; `sonae check` passes on B (docs/exchange.md).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sonae(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonae")).args(args).env_remove("SONAE_DATA_DIR").output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(args: &[&str]) -> String {
    let out = sonae(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

fn demo_db(dir: &Path) -> PathBuf {
    let path = dir.join("sonae.db");
    ok(&["--db", path.to_str().unwrap(), "demo"]);
    path
}

/// SHA-256 of the database's bytes (the CLI has closed it, so there is no -wal left to hold changes).
fn db_bytes(db: &Path) -> String {
    use sha2::Digest;
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    assert!(!Path::new(&wal).exists() || std::fs::metadata(&wal).unwrap().len() == 0);
    hex::encode(sha2::Sha256::digest(std::fs::read(db).unwrap()))
}

fn public_key(db: &Path) -> String {
    let out = ok(&["--db", db.to_str().unwrap(), "--lang", "en", "exchange", "key"]);
    out.lines().find_map(|l| l.strip_prefix("Public key: ")).unwrap().trim().to_owned()
}

fn refused(db: &Path, file: &Path, expected: &str) {
    let before = db_bytes(db);
    let out = sonae(&["--db", db.to_str().unwrap(), "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(expected), "{err}");
    assert!(out.stdout.is_empty());
    assert_eq!(db_bytes(db), before, "a refused import changed the database");
}

#[test]
fn a_case_travels_between_two_installations_and_every_bad_file_is_refused() {
    let (da, dbb) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (demo_db(da.path()), demo_db(dbb.path()));
    let (a_s, b_s) = (a.to_str().unwrap(), b.to_str().unwrap());
    let key = public_key(&a);
    assert_eq!(key.len(), 64);
    assert!(da.path().join("installation.key").exists());
    let trusted = ok(&["--db", b_s, "exchange", "trust", "--name", "本庁CSIRT", "--key", &key]);
    assert!(trusted.contains("本庁CSIRT"), "{trusted}");

    let bundle = dbb.path().join("case.bundle");
    let written = ok(&["--db", a_s, "export", "case", "--case", "2026-0004", "--out", bundle.to_str().unwrap()]);
    assert!(written.contains("2026-0004"), "{written}");
    // Never overwritten.
    let again = sonae(&["--db", a_s, "export", "case", "--case", "2026-0004", "--out", bundle.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    let unknown = sonae(&["--db", a_s, "export", "case", "--case", "1999-9999", "--out", dbb.path().join("x").to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));

    let bytes = std::fs::read(&bundle).unwrap();
    // The bad files first, while B is untouched.
    let mut changed = bytes.clone();
    let at = bytes.len() / 3;
    changed[at] ^= 0x01;
    let changed_file = dbb.path().join("changed.bundle");
    std::fs::write(&changed_file, &changed).unwrap();
    refused(&b, &changed_file, "改変");

    let stranger = tempfile::tempdir().unwrap();
    let c = demo_db(stranger.path());
    let foreign = stranger.path().join("foreign.bundle");
    ok(&["--db", c.to_str().unwrap(), "export", "case", "--case", "2026-0004", "--out", foreign.to_str().unwrap()]);
    let fp = ok(&["--db", c.to_str().unwrap(), "exchange", "key"]);
    let fp = fp.lines().next().unwrap().rsplit(' ').next().unwrap().to_owned();
    refused(&b, &foreign, &fp);

    let cut = dbb.path().join("cut.bundle");
    std::fs::write(&cut, &bytes[..bytes.len() / 2 + 100]).unwrap();
    refused(&b, &cut, "途中で切れて");

    let huge = dbb.path().join("huge.bundle");
    std::fs::File::create(&huge).unwrap().set_len(200 * 1024 * 1024 + 1).unwrap();
    refused(&b, &huge, "大きすぎ");

    // The real one, twice.
    let done = ok(&["--db", b_s, "import", bundle.to_str().unwrap()]);
    assert!(done.contains("取り込みました"), "{done}");
    let entries = |db: &str| ok(&["--db", db, "--lang", "en", "audit", "verify"]);
    let after_first = entries(b_s);
    let before = db_bytes(&b);
    let second = ok(&["--db", b_s, "import", bundle.to_str().unwrap()]);
    assert!(second.contains("何も変更していません"), "{second}");
    assert_eq!(entries(b_s), after_first);
    assert_eq!(db_bytes(&b), before);
    let listed = ok(&["--db", b_s, "case", "list", "--json"]);
    assert!(listed.contains("-2026-0004"), "the imported case is listed under its own number");
    ok(&["--db", b_s, "check"]);
}

fn sonae_with_progress(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonae")).args(args).env_remove("SONAE_DATA_DIR").env("SONAE_PROGRESS", "1").output().unwrap()
}

#[test]
fn a_staff_report_travels_as_a_file_with_progress_on_stderr_only() {
    let (da, dbb) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (demo_db(da.path()), demo_db(dbb.path()));
    let (a_s, b_s) = (a.to_str().unwrap(), b.to_str().unwrap());
    let key = public_key(&a);
    ok(&["--db", b_s, "exchange", "trust", "--name", "総務課端末", "--key", &key]);
    let (report, staff_receipt): (String, String) = rusqlite::Connection::open(&a)
        .unwrap()
        .query_row(
            "SELECT r.id, c.receipt_no FROM incident_report r JOIN incident_case c ON c.id = r.case_id WHERE c.drill = 0 ORDER BY r.submitted_at DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();

    let file = dbb.path().join("report.bundle");
    let out = sonae_with_progress(&["--db", a_s, "export", "report", "--report", &report, "--out", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&staff_receipt), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("ファイル作成中…"), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("作成中"), "progress never goes to stdout");
    let unknown = sonae(&["--db", a_s, "export", "report", "--report", "nope", "--out", dbb.path().join("x").to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stderr));
    assert!(text(&unknown.stderr).contains("nope"));

    let before = ok(&["--db", b_s, "case", "list", "--json"]);
    let out = sonae_with_progress(&["--db", b_s, "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let done = text(&out.stdout);
    assert!(done.contains("職員報告を「総務課端末」"), "{done}");
    let progress = text(&out.stderr);
    assert!(progress.contains("ファイル検証中…") && progress.contains("取込み中…"), "{progress}");
    let after: Vec<serde_json::Value> = serde_json::from_str(&ok(&["--db", b_s, "case", "list", "--json"])).unwrap();
    let before: Vec<serde_json::Value> = serde_json::from_str(&before).unwrap();
    assert_eq!(after.len(), before.len() + 1);
    let new = after.iter().find(|c| !before.iter().any(|x| x["id"] == c["id"])).unwrap();
    assert_eq!(new["state"], "received");
    assert!(done.contains(new["receiptNo"].as_str().unwrap()), "{done} names the number here");

    let bytes = db_bytes(&b);
    let second = ok(&["--db", b_s, "import", file.to_str().unwrap()]);
    assert!(second.contains("取り込み済み"), "{second}");
    assert_eq!(db_bytes(&b), bytes);
    ok(&["--db", b_s, "check"]);
}

#[test]
fn backups_report_progress_on_stderr_and_stay_quiet_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let db_s = db.to_str().unwrap();
    let archive = dir.path().join("b.tar");
    let out = sonae_with_progress(&["--db", db_s, "backup", "create", "--out", archive.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("データベースを複製中…") && err.contains("バックアップ作成中…"), "{err}");
    let last = err.lines().last().unwrap();
    assert!(last.starts_with("バックアップ作成中…") && last.ends_with("ファイル"), "{last}");
    let (done, total) = last.trim_start_matches("バックアップ作成中… ").trim_end_matches(" ファイル").split_once('/').unwrap();
    assert_eq!(done, total, "the last line is the whole: {last}");
    assert!(!text(&out.stdout).contains("中…"));
    let verify = sonae_with_progress(&["--db", db_s, "--lang", "en", "backup", "verify", archive.to_str().unwrap()]);
    assert_eq!(verify.status.code(), Some(0));
    assert!(text(&verify.stderr).lines().last().unwrap().contains("Verifying the backup… 100 %"), "{}", text(&verify.stderr));
    // Without a terminal and without SONAE_PROGRESS, stderr stays empty on success.
    let quiet = sonae(&["--db", db_s, "backup", "verify", archive.to_str().unwrap()]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(quiet.stderr.is_empty(), "{}", text(&quiet.stderr));
}
