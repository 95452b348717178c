//! Reading PDFs back with poppler (`pdftotext`, `pdffonts`, `pdfinfo`) and qpdf, and golden
//! files of extracted text. A tool that is not installed skips the check with a note, except on
//! CI (`CI=true`), where the test command installs them.

use super::World;
use chrono::{TimeZone, Utc};
use sonae_api::ApiError;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The instant the document tests run at: 2026-11-21 09:30 in Japan.
pub fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap()
}

/// (id, 受付番号) of the demo case whose title contains `title_part`.
pub fn case_id(w: &mut World, title_part: &str) -> (String, String) {
    let (lead, _) = w.person("田中 美穂");
    let c = w.run(&lead, sonae_api::list_cases).unwrap().into_iter().find(|c| c.title.contains(title_part)).unwrap();
    (c.id, c.receipt_no)
}

/// The PDF, or `None` with a note where the fonts are not installed (CI installs them, and there
/// a missing font fails).
pub fn pdf(result: Result<Vec<u8>, ApiError>) -> Option<Vec<u8>> {
    match result {
        Err(e) if e.message_id == "error-font-missing" && std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("note: skipped, fonts not installed: {:?}", e.args);
            None
        }
        other => Some(other.unwrap()),
    }
}

pub fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        eprintln!("note: {name} (poppler-utils) not installed: the read-back is skipped");
    }
    found
}

pub fn save(name: &str, bytes: &[u8]) -> tempfile::TempPath {
    if let Some(dir) = std::env::var_os("SONAE_FORMS_OUT") {
        std::fs::write(Path::new(&dir).join(name), bytes).unwrap();
    }
    let file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    file.into_temp_path()
}

pub fn pdftotext(path: &Path, page: Option<usize>) -> String {
    let mut cmd = Command::new("pdftotext");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(path).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

pub fn pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

pub fn assert_fonts_embedded_subset(path: &Path) {
    if !tool("pdffonts") {
        return;
    }
    let out = Command::new("pdffonts").arg(path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "body and heading fonts:\n{text}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(cols[0].as_bytes().get(6) == Some(&b'+') && cols[0].contains("BIZUD"), "a BIZ UD subset: {row}");
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "embedded, subset, unicode: {row}");
    }
}

/// `qpdf --check` passes (skipped with a note where qpdf is not installed, except on CI).
pub fn assert_qpdf_ok(path: &Path) {
    match Command::new("qpdf").arg("--check").arg(path).output() {
        Err(_) if std::env::var("CI").as_deref() != Ok("true") => eprintln!("note: qpdf not installed: qpdf --check skipped"),
        Err(e) => panic!("qpdf: {e}"),
        Ok(out) => assert!(
            out.status.success(),
            "qpdf --check {}:\n{}{}",
            path.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

/// The text of a PDF as compared with a golden file: `pdftotext -layout`, trailing spaces
/// dropped, runs of blank lines made one.
pub fn golden_text(path: &Path) -> String {
    let out = Command::new("pdftotext").arg("-layout").arg(path).arg("-").output().unwrap();
    assert!(out.status.success());
    let raw = String::from_utf8(out.stdout).unwrap();
    let mut text = String::new();
    let mut blank = false;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank && !text.is_empty() {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    text
}

/// Compares `text` with `tests/golden/<name>.txt`; `UPDATE_GOLDEN=1` writes it instead. A
/// mismatch shows the first differing line.
pub fn assert_golden(name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("no golden file {}: run with UPDATE_GOLDEN=1", path.display()));
    if want != text {
        let (i, (w, g)) = want
            .lines()
            .chain(std::iter::repeat(""))
            .zip(text.lines().chain(std::iter::repeat("")))
            .enumerate()
            .find(|(_, (w, g))| w != g)
            .unwrap();
        panic!(
            "{name}: line {} differs from the golden file\n want: {w}\n  got: {g}\n(UPDATE_GOLDEN=1 rewrites {})",
            i + 1,
            path.display()
        );
    }
}
