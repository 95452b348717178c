//! `sonae obligations` and `sonae calendar` as scripts use them (docs/cli.md): JSON on stdin or
//! from a file, JSON on stdout, exit 2 and one localized line naming the field on bad input, and
//! no database anywhere.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sonae_with_stdin(args: &[&str], stdin: &str, data_dir: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sonae"))
        .args(args)
        .env("SONAE_DATA_DIR", data_dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs with an empty, private data dir and checks afterwards that no database appeared in it.
fn sonae(args: &[&str], stdin: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let out = sonae_with_stdin(args, stdin, dir.path());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{args:?} created files: no database for offline commands");
    out
}

fn stdout_json(o: &Output) -> Value {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn find<'a>(out: &'a Value, destination: &str, basis: &str) -> Option<&'a Value> {
    out["obligations"].as_array().unwrap().iter().find(|o| o["destination"] == destination && o["basis"] == basis)
}

/// The acceptance check of issue 6, verbatim.
#[test]
fn acceptance_101_persons_known_on_2025_12_01() {
    let input = r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"involved":true,"maxPersons":101}}"#;
    let out = stdout_json(&sonae(&["obligations"], input));
    let ppc = find(&out, "ppc", "appi-68").expect("a ppc/appi-68 obligation");
    assert_eq!(ppc["triggers"], serde_json::json!(["appi-43-4"]));
    assert_eq!(ppc["finalDays"], 30);
    assert_eq!(ppc["finalDeadline"], "2026-01-05");
    assert_eq!(ppc["preliminaryTarget"], "2025-12-05");
    assert_eq!(ppc["legal"], true);
    let notice = find(&out, "data-subjects", "appi-68").expect("a data-subjects notice");
    assert_eq!(notice["triggers"], serde_json::json!(["appi-43-4"]));
}

#[test]
fn every_obligation_has_the_documented_fields() {
    let input = r#"{"organization":{"kind":"union"},"knownOn":"2025-10-31",
        "personalInfo":{"involved":true,"maliciousAct":true,"maxPersons":3},
        "myNumber":{"involved":true,"system":"usage","maliciousAct":true},
        "crime":{"unauthorizedAccess":true},"contractor":{"involved":true},"severity":"high"}"#;
    let out = stdout_json(&sonae(&["obligations"], input));
    assert_eq!(out["knownOn"], "2025-10-31");
    let all = out["obligations"].as_array().unwrap();
    let keys = [
        "destination",
        "basis",
        "level",
        "legal",
        "triggers",
        "timing",
        "preliminaryTargetFrom",
        "preliminaryTarget",
        "finalDays",
        "finalDeadline",
        "targetMinutes",
        "targetDays",
        "targetDate",
        "batchPeriodEnd",
    ];
    for o in all {
        for k in keys {
            assert!(o.get(k).is_some(), "{k} missing in {o}");
        }
    }
    let dests: Vec<&str> = all.iter().map(|o| o["destination"].as_str().unwrap()).collect();
    assert_eq!(
        dests,
        [
            "ciso",
            "ppc",
            "ppc",
            "data-subjects",
            "data-subjects",
            "soumu",
            "prefecture",
            "police",
            "contractor",
            "ipa",
            "jpcert",
            "publication",
            "committee"
        ]
    );
    // 不正の目的 → 60 days; day 60 is 12/29 (closing day) → 2026-01-05.
    for basis in ["appi-68", "mynumber-29-4"] {
        let p = find(&out, "ppc", basis).unwrap();
        assert_eq!((p["finalDays"].as_u64(), p["finalDeadline"].as_str()), (Some(60), Some("2026-01-05")), "{basis}");
    }
    assert_eq!(find(&out, "ppc", "mynumber-29-4").unwrap()["triggers"], serde_json::json!(["mynumber-2-1", "mynumber-2-2"]));
    assert_eq!(find(&out, "ipa", "voluntary").unwrap()["legal"], false);
}

#[test]
fn input_file_assembly_and_not_required() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.json");
    std::fs::write(
        &file,
        r#"{"organization":{"kind":"assembly"},"knownOn":"2026-04-30","personalInfo":{"involved":true,"maxPersons":500}}"#,
    )
    .unwrap();
    let out = stdout_json(&sonae(&["obligations", "--input", file.to_str().unwrap()], ""));
    assert!(find(&out, "ppc", "appi-68").is_none());
    assert!(find(&out, "data-subjects", "appi-68").is_none());
    assert_eq!(out["notRequired"], serde_json::json!([{"destination":"ppc","basis":"appi-68","reason":"assembly"}]));
}

#[test]
fn previous_facts_explain_the_change_and_keep_the_known_day() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    std::fs::write(
        &old,
        r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"involved":true,"maxPersons":150}}"#,
    )
    .unwrap();
    let new = r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-10","personalInfo":{"involved":true,"maxPersons":150,"maliciousAct":true}}"#;
    let out = stdout_json(&sonae(&["obligations", "--previous", old.to_str().unwrap()], new));
    assert_eq!(out["knownOn"], "2025-12-01");
    let r = &out["recomputation"];
    assert_eq!(r["ignoredKnownOn"], "2025-12-10");
    assert_eq!(r["factChanges"], serde_json::json!([{"field":"personalInfo.maliciousAct","from":false,"to":true}]));
    let ppc = r["changes"].as_array().unwrap().iter().find(|c| c["destination"] == "ppc").unwrap();
    assert_eq!(ppc["change"], "updated");
    assert_eq!(ppc["because"], serde_json::json!(["personalInfo.maliciousAct"]));
    assert!(ppc["deltas"].as_array().unwrap().contains(&serde_json::json!({"kind":"final-days","from":30,"to":60})));
    assert_eq!(find(&out, "ppc", "appi-68").unwrap()["finalDeadline"], "2026-01-29");
}

#[test]
fn bad_input_exits_2_naming_the_field_in_both_languages() {
    let base = r#""organization":{"kind":"municipality"},"knownOn":"2025-12-01""#;
    let cases = [
        (format!(r#"{{{base},"personalInfo":{{"involved":true,"maxPersons":"many"}}}}"#), "personalInfo.maxPersons"),
        (format!(r#"{{{base},"personalInfo":{{"involved":true,"maxPersons":-5}}}}"#), "personalInfo.maxPersons"),
        (format!(r#"{{{base},"personalInfo":{{"involvd":true}}}}"#), "personalInfo.involvd"),
        (format!(r#"{{{base},"myNumber":{{"involved":true,"system":"lgwan"}}}}"#), "myNumber.system"),
        (r#"{"organization":{"kind":"city"},"knownOn":"2025-12-01"}"#.to_owned(), "organization.kind"),
        (r#"{"organization":{"kind":"municipality"},"knownOn":"2025/12/01"}"#.to_owned(), "knownOn"),
        (r#"{"organization":{"kind":"municipality"}}"#.to_owned(), "knownOn"),
    ];
    for (input, field) in &cases {
        for lang in ["ja", "en"] {
            let out = sonae(&["--lang", lang, "obligations"], input);
            assert_eq!(out.status.code(), Some(2), "{input}");
            assert!(out.stdout.is_empty());
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(err.contains(field), "{lang}: {err} should name {field}");
        }
    }
    let out = sonae(&["--lang", "en", "obligations"], "{\"organization\":");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
    let out = sonae(&["obligations"], r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","myNumber":{"system":"lgwan"}}"#);
    assert!(stderr(&out).contains("使える値: none, network, usage, relatedPublic"), "{}", stderr(&out));
    let out = sonae(&["--lang", "en", "obligations", "--input", "/nonexistent/facts.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/facts.json"));
}

#[test]
fn calendar_holidays_in_both_languages() {
    let out = stdout_json(&sonae(&["calendar", "holidays", "--year", "2019"], ""));
    let list = out.as_array().unwrap();
    assert_eq!(list.len(), 22);
    assert_eq!(list[0], serde_json::json!({"date":"2019-01-01","name":"元日","kind":"new-years-day"}));
    let names: Vec<(&str, &str)> = list.iter().map(|h| (h["date"].as_str().unwrap(), h["name"].as_str().unwrap())).collect();
    for expected in [
        ("2019-04-30", "国民の休日"),
        ("2019-05-01", "即位の日"),
        ("2019-05-06", "振替休日"),
        ("2019-10-14", "体育の日"),
        ("2019-10-22", "即位礼正殿の儀の行われる日"),
    ] {
        assert!(names.contains(&expected), "{expected:?}");
    }
    let en = stdout_json(&sonae(&["--lang", "en", "calendar", "holidays", "--year", "2020"], ""));
    assert!(en.as_array().unwrap().contains(&serde_json::json!({"date":"2020-07-24","name":"Sports Day","kind":"sports-day"})));
    let out = sonae(&["calendar", "holidays", "--year", "2100"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--year"));
}

#[test]
fn calendar_deadline_prints_the_date() {
    for (from, days, expected) in [
        ("2025-12-01", "30", "2026-01-05"),
        ("2025-10-31", "60", "2026-01-05"),
        ("2025-04-05", "30", "2025-05-07"),
        ("2026-02-02", "1", "2026-02-02"),
    ] {
        let out = sonae(&["calendar", "deadline", "--from", from, "--days", days], "");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{expected}\n"));
    }
    for args in
        [&["--from", "2025-12-32", "--days", "30"][..], &["--from", "2025-12-01", "--days", "0"], &["--from", "2025-12-01", "--days", "x"]]
    {
        let mut all = vec!["calendar", "deadline"];
        all.extend_from_slice(args);
        let out = sonae(&all, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
}
