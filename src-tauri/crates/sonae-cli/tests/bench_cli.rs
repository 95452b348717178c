//! `sonae bench`: the JSON has the documented keys with sane values (no timing is asserted: this
//! runs in a debug build on a shared machine), every generated row is audited (`check` passes on
//! the kept database), and a directory that already holds a database is refused.

use std::process::{Command, Output};

fn sonae(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonae")).args(args).env_remove("SONAE_DATA_DIR").output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn bench_prints_the_figures_as_json_and_keeps_an_audited_database() {
    let dir = tempfile::tempdir().unwrap();
    let keep = dir.path().join("data");
    let out = sonae(&["bench", "--cases", "200", "--json", "--keep", keep.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Progress on stderr, one JSON object on stdout.
    assert!(stderr(&out).contains("200 / 200"), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let num = |k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} missing in {v}"));
    assert_eq!(num("cases"), 200.0);
    assert_eq!(num("timelineEntries"), 2000.0);
    assert_eq!(num("tasks"), 400.0);
    assert!(num("demoCases") >= 1.0);
    for k in [
        "generateSeconds",
        "openMs",
        "listPageP50Ms",
        "listPageP95Ms",
        "search3P95Ms",
        "search6P95Ms",
        "searchP95Ms",
        "homeMs",
        "dashboardMs",
        "obligationsMs",
        "dbSizeMb",
        "peakRssMb",
        "totalSeconds",
    ] {
        assert!(num(k) > 0.0, "{k} = {}", v[k]);
    }
    assert!(num("listPageP50Ms") <= num("listPageP95Ms"));
    assert!(num("searchSamples") >= 200.0 && num("listPageSamples") >= 200.0);
    assert!(num("generateSeconds") <= num("totalSeconds"));
    // Documents: every kind measured is a positive time and the maximum is one of them (the
    // figure is null only where the fonts are missing).
    let pdfs = v["pdfMs"].as_object().unwrap();
    if let Some(max) = v["pdfMaxMs"].as_f64() {
        assert!(pdfs.len() >= 3, "{pdfs:?}");
        assert!(pdfs.values().all(|m| m.as_f64().unwrap() > 0.0));
        assert!(pdfs.values().any(|m| m.as_f64().unwrap() == max));
        // The organization's yearly documents are measured too; the case documents' maximum
        // leaves them out.
        for kind in ["annual-report", "training-report", "drill-record", "first-report"] {
            assert!(pdfs.contains_key(kind), "{kind}: {pdfs:?}");
        }
        let case_max = v["casePdfMaxMs"].as_f64().unwrap();
        assert!(case_max <= max && case_max >= pdfs["first-report"].as_f64().unwrap());
    } else {
        assert!(pdfs.is_empty());
    }

    // The kept database: every row went through the audited writer.
    let db = keep.join("sonae.db");
    assert_eq!(v["database"].as_str(), Some(db.to_str().unwrap()));
    let check = sonae(&["--db", db.to_str().unwrap(), "check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let list = sonae(&["--db", db.to_str().unwrap(), "case", "list", "--json"]);
    let cases: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(cases.as_array().unwrap().len() as f64, 200.0 + num("demoCases"));

    // A directory that already holds a database is refused, and the database is left as it was.
    let before = std::fs::read(&db).unwrap();
    let again = sonae(&["bench", "--cases", "10", "--keep", keep.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert_eq!(stderr(&again).lines().count(), 1, "{}", stderr(&again));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}
