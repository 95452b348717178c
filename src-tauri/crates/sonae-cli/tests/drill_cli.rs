//! `sonae drill`: the built-in scenario library, export as JSON/CSV, and checking an edited file
//! (a bad row is named, exit 2, nothing printed on stdout).

use std::process::{Command, Output};

fn sonae(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonae")).args(args).env_remove("SONAE_DATA_DIR").output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_library_lists_five_scenarios_and_exports_round_trip_through_check() {
    let out = sonae(&["drill", "scenarios"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let list = text(&out.stdout);
    assert_eq!(list.lines().count(), 5, "{list}");
    assert!(list.contains("lost-usb-my-number\t机上訓練\t5\t個人番号を含むUSBメモリの紛失"), "{list}");

    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("s.json");
    let out = sonae(&["drill", "export", "lost-usb-my-number"]);
    std::fs::write(&json, &out.stdout).unwrap();
    let checked = sonae(&["drill", "check", json.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stderr));
    assert_eq!(checked.stdout, out.stdout, "export → check gives the same scenario");

    let csv = dir.path().join("s.csv");
    let out = sonae(&["drill", "export", "lost-usb-my-number", "--format", "csv"]);
    assert!(text(&out.stdout).starts_with("\u{feff}時刻,経路,付与する状況,期待される対応"));
    std::fs::write(&csv, &out.stdout).unwrap();
    let checked = sonae(&["drill", "check", csv.to_str().unwrap(), "--scenario", "lost-usb-my-number"]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stderr));
}

#[test]
fn a_bad_row_is_named_and_nothing_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, "時刻,経路,付与する状況,期待される対応\n0:00,phone,電話,受付\n1時間後,email,メール,返信\n").unwrap();
    for (lang, want) in [("ja", "2 行目の時刻"), ("en", "Row 2")] {
        let out = sonae(&["--lang", lang, "drill", "check", csv.to_str().unwrap(), "--scenario", "lost-usb-my-number"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("injects[2].offset") && err.contains(want), "{err}");
    }
    let out = sonae(&["drill", "export", "no-such"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("ransomware-lgwan"), "{}", text(&out.stderr));
}

/// `sonae drills`: the demo's finished drill in the list (JSON and table), and its 訓練実施記録 as
/// a PDF with 訓練 on every page; an unknown drill is a usage error.
#[test]
fn the_demo_drill_is_listed_and_its_record_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let db = db.to_str().unwrap();
    let out = sonae(&["--db", db, "demo"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = sonae(&["--db", db, "drills", "list", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0]["state"].as_str(), list[0]["kind"].as_str()), (Some("approved"), Some("tabletop")));
    let table = text(&sonae(&["--db", db, "drills", "list"]).stdout);
    assert!(table.contains("承認済") && table.contains("訓練-"), "{table}");

    let pdf = dir.path().join("record.pdf");
    let id = list[0]["id"].as_str().unwrap();
    let out = sonae(&["--db", db, "drills", "record", "--drill", id, "--out", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pages = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let pages = text(&pages.stdout);
    assert!(pages.contains("訓練実施記録") && pages.contains("目標時間と実績"), "{pages}");
    assert!(pages.split('\u{c}').filter(|p| !p.trim().is_empty()).all(|p| p.contains("訓練")));

    let out = sonae(&["--db", db, "drills", "record", "--drill", "no-such-drill", "--out", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).lines().count(), 1);
}
