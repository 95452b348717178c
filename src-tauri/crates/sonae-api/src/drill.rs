//! Drill scenarios as files (issue 8, first step): the built-in library (`data/scenarios.json`,
//! compiled in), and a scenario read from or written to JSON (the whole scenario) or a
//! spreadsheet-friendly CSV of its injects (時刻 / 経路 / 付与する状況 / 期待される対応). Reading
//! checks everything with `sonae_core::drill::Scenario::validate`; a bad row is named and
//! nothing is taken.

use crate::cases::invalid;
use crate::error::ApiError;
use serde::{Deserialize, Serialize};
use sonae_core::Category;
use sonae_core::drill::{DrillKind, Inject, InjectChannel, Milestone, Objective, Scenario, ScenarioError, format_offset, parse_offset};
use ts_rs::TS;

const LIBRARY: &str = include_str!("../../../../data/scenarios.json");

/// A target in a scenario file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveFile {
    pub milestone: String,
    pub target_minutes: u32,
}

/// An inject in a scenario file; `offset` is `H:MM` of scenario time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InjectFile {
    pub offset: String,
    pub channel: String,
    pub text: String,
    #[serde(default)]
    pub expected: String,
}

/// A scenario as a JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioFile {
    pub key: String,
    pub title: String,
    pub kind: String,
    pub category: String,
    pub summary: String,
    #[serde(default)]
    pub objectives: Vec<ObjectiveFile>,
    pub injects: Vec<InjectFile>,
}

fn scenario_error(e: ScenarioError) -> ApiError {
    let field = match e.row {
        Some(row) => format!("injects[{row}].{}", e.field),
        None => e.field.to_owned(),
    };
    let err = invalid(&field, e.message_id);
    match e.row {
        Some(row) => err.arg("row", row),
        None => err,
    }
}

/// The file as the domain type, checked; the first problem names its row and field.
pub fn scenario_from_file(f: &ScenarioFile) -> Result<Scenario, ApiError> {
    let code = |field: &str, ok: bool| if ok { Ok(()) } else { Err(invalid(field, "error-choice-not-found")) };
    let kind = DrillKind::from_code(f.kind.trim());
    code("kind", kind.is_some())?;
    let category = Category::from_code(f.category.trim());
    code("category", category.is_some())?;
    let mut objectives = Vec::new();
    for o in &f.objectives {
        let milestone = Milestone::from_code(o.milestone.trim());
        code("objectives", milestone.is_some())?;
        objectives.push(Objective { milestone: milestone.expect("checked"), target_minutes: o.target_minutes });
    }
    let mut injects = Vec::new();
    for (i, inj) in f.injects.iter().enumerate() {
        let row = i + 1;
        let offset = parse_offset(&inj.offset)
            .ok_or_else(|| scenario_error(ScenarioError { row: Some(row), field: "offset", message_id: "error-offset-format" }))?;
        let channel = InjectChannel::from_code(inj.channel.trim())
            .ok_or_else(|| scenario_error(ScenarioError { row: Some(row), field: "channel", message_id: "error-choice-not-found" }))?;
        injects.push(Inject { offset_minutes: offset, channel, text: inj.text.clone(), expected: inj.expected.clone() });
    }
    Scenario {
        key: f.key.clone(),
        title: f.title.clone(),
        kind: kind.expect("checked"),
        category: category.expect("checked"),
        summary: f.summary.clone(),
        objectives,
        injects,
    }
    .validate()
    .map_err(scenario_error)
}

/// The domain type as a file.
pub fn scenario_to_file(s: &Scenario) -> ScenarioFile {
    ScenarioFile {
        key: s.key.clone(),
        title: s.title.clone(),
        kind: s.kind.as_code().to_owned(),
        category: s.category.as_code().to_owned(),
        summary: s.summary.clone(),
        objectives: s
            .objectives
            .iter()
            .map(|o| ObjectiveFile { milestone: o.milestone.as_code().to_owned(), target_minutes: o.target_minutes })
            .collect(),
        injects: s
            .injects
            .iter()
            .map(|i| InjectFile {
                offset: format_offset(i.offset_minutes),
                channel: i.channel.as_code().to_owned(),
                text: i.text.clone(),
                expected: i.expected.clone(),
            })
            .collect(),
    }
}

/// The built-in scenario library, checked (a broken library is a bug the tests catch).
pub fn builtin_scenarios() -> Result<Vec<Scenario>, ApiError> {
    let files: Vec<ScenarioFile> =
        serde_json::from_str(LIBRARY).map_err(|_| ApiError::new(crate::error::ErrorCode::Internal, "error-internal"))?;
    files.iter().map(scenario_from_file).collect()
}

/// A scenario from JSON text; a syntax error says where.
pub fn scenario_from_json(text: &str) -> Result<Scenario, ApiError> {
    let f: ScenarioFile =
        serde_json::from_str(text).map_err(|e| invalid("file", "error-scenario-json").arg("line", e.line()).arg("column", e.column()))?;
    scenario_from_file(&f)
}

/// A scenario as pretty JSON.
pub fn scenario_to_json(s: &Scenario) -> String {
    serde_json::to_string_pretty(&scenario_to_file(s)).unwrap_or_default() + "\n"
}

/// The CSV header (Japanese, as a drill sheet has it).
pub const CSV_HEADER: [&str; 4] = ["時刻", "経路", "付与する状況", "期待される対応"];

/// The injects as CSV with a BOM (so spreadsheet software reads UTF-8): 時刻 (H:MM), 経路 (the
/// channel code), 付与する状況, 期待される対応.
pub fn injects_to_csv(s: &Scenario) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(CSV_HEADER);
    for i in &s.injects {
        let _ = w.write_record([format_offset(i.offset_minutes).as_str(), i.channel.as_code(), &i.text, &i.expected]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// Replaces a scenario's injects with those of a CSV (as [`injects_to_csv`] writes it; a BOM is
/// accepted). Any bad row is named and nothing is taken.
pub fn injects_from_csv(s: &Scenario, text: &str) -> Result<Scenario, ApiError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let mut injects = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let row = i + 1;
        let rec = rec.map_err(|_| invalid("file", "error-csv-row").arg("row", row))?;
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |n: usize| rec.get(n).unwrap_or("").to_owned();
        injects.push(InjectFile { offset: cell(0), channel: cell(1), text: cell(2), expected: cell(3) });
    }
    let mut f = scenario_to_file(s);
    f.injects = injects;
    scenario_from_file(&f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_has_the_five_scenarios_issue_8_asks_for() {
        let all = builtin_scenarios().unwrap();
        let keys: Vec<&str> = all.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            ["ransomware-lgwan", "misdirected-mail-resident-list", "lost-usb-my-number", "web-defacement", "targeted-attack-mail"]
        );
        for s in &all {
            assert!(s.injects.len() >= 4 && !s.objectives.is_empty(), "{}", s.key);
            assert!(s.injects.iter().all(|i| !i.expected.is_empty()), "{}: every inject says what is expected", s.key);
        }
    }

    #[test]
    fn json_and_csv_round_trip() {
        for s in builtin_scenarios().unwrap() {
            assert_eq!(scenario_from_json(&scenario_to_json(&s)).unwrap(), s);
            let csv = injects_to_csv(&s);
            assert!(csv.starts_with("\u{feff}時刻,経路,付与する状況,期待される対応\n"));
            assert_eq!(injects_from_csv(&s, &csv).unwrap(), s);
        }
    }

    #[test]
    fn a_csv_with_one_bad_row_names_it_and_changes_nothing() {
        let s = builtin_scenarios().unwrap().remove(2);
        let csv = "時刻,経路,付与する状況,期待される対応\n0:00,phone,電話がある,受け付ける\n1時間後,phone,次の電話,対応する\n2:00,email,メール,返信する\n";
        let e = injects_from_csv(&s, csv).unwrap_err();
        assert_eq!((e.field.as_deref(), e.message_id.as_str()), (Some("injects[2].offset"), "error-offset-format"));
        assert_eq!(e.args.get("row").map(String::as_str), Some("2"));
        let csv = "時刻,経路,付与する状況,期待される対応\n0:00,phone,電話がある,受け付ける\n1:00,fax,ファクス,確認する\n";
        assert_eq!(injects_from_csv(&s, csv).unwrap_err().field.as_deref(), Some("injects[2].channel"));
        let csv = "時刻,経路,付与する状況,期待される対応\n0:00,phone,,受け付ける\n";
        assert_eq!(injects_from_csv(&s, csv).unwrap_err().field.as_deref(), Some("injects[1].text"));
        // Rows out of order are put in time order.
        let csv = "時刻,経路,付与する状況,期待される対応\n1:00,email,後,\n0:10,phone,先,\n";
        let got = injects_from_csv(&s, csv).unwrap();
        assert_eq!(got.injects.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["先", "後"]);
    }

    #[test]
    fn a_broken_json_file_says_where() {
        let e = scenario_from_json("{\n  \"key\": \"x\",\n  oops\n}").unwrap_err();
        assert_eq!(e.message_id, "error-scenario-json");
        assert_eq!(e.args.get("line").map(String::as_str), Some("3"));
    }
}
