//! `sonae obligations` and `sonae calendar`: the notification rules and the holiday calendar from
//! a terminal, for scripts and checks. Pure computations: no database is opened (`--db` is
//! ignored). The JSON contract is documented in `docs/cli.md`; codes are the domain's stable
//! codes, holiday names and error lines are localized (`--lang`).

use crate::Failure;
use crate::facts_json::{self, InputError, Problem};
use chrono::NaiveDate;
use clap::Subcommand;
use serde::Serialize;
use serde_json::{Value, json};
use sonae_api::calendar;
use sonae_api::obligations::{self as ob, FactValue, Obligation, ObligationDelta};
use sonae_i18n::Localizer;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The largest `--days` accepted.
const MAX_DAYS: u32 = 3650;

/// Commands that need no database.
#[derive(Subcommand)]
pub enum OfflineCommand {
    /// Notifications owed or recommended for the facts of an incident: JSON in (stdin or --input), JSON out (docs/cli.md)
    Obligations {
        /// Read the facts from this file instead of stdin
        #[arg(long, value_name = "FILE")]
        input: Option<PathBuf>,
        /// Earlier facts of the same incident: also explain what changed (知った日 stays the earlier one)
        #[arg(long, value_name = "FILE")]
        previous: Option<PathBuf>,
    },
    /// The Japanese holiday calendar (国民の祝日, 行政機関の休日) and deadline counting
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Drill scenarios (緊急時対応訓練): the built-in library, export and check (docs/cli.md)
    Drill {
        #[command(subcommand)]
        command: DrillCommand,
    },
}

#[derive(Subcommand)]
pub enum DrillCommand {
    /// The built-in scenarios: key, 種別, number of injects, title
    Scenarios,
    /// A built-in scenario as JSON (the whole scenario) or CSV (its injects: 時刻 / 経路 / 付与する状況 / 期待される対応)
    Export {
        /// The scenario's key (see `sonae drill scenarios`)
        #[arg(value_name = "KEY")]
        key: String,
        /// json or csv
        #[arg(long, value_name = "FORMAT", default_value = "json", value_parser = ["json", "csv"])]
        format: String,
    },
    /// Checks an edited scenario: a JSON file, or a CSV of injects for a built-in scenario (--scenario); prints the scenario as JSON
    Check {
        /// The file (.json, or .csv with --scenario)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The built-in scenario whose injects a CSV replaces
        #[arg(long, value_name = "KEY")]
        scenario: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum CalendarCommand {
    /// The national holidays of a year (2000–2099) as a JSON array
    Holidays {
        /// The year
        #[arg(long, value_name = "YYYY")]
        year: i32,
    },
    /// The deadline "within N days", the start day counted as day 1, moved past 行政機関の休日
    Deadline {
        /// Day 1 (知った日)
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        /// Number of days (30 or 60 for a PPC 確報)
        #[arg(long, value_name = "N")]
        days: u32,
    },
}

/// Runs one offline command.
pub fn run(command: OfflineCommand, l10n: &Localizer) -> Result<(), Failure> {
    match command {
        OfflineCommand::Obligations { input, previous } => obligations(l10n, input.as_deref(), previous.as_deref()),
        OfflineCommand::Calendar { command: CalendarCommand::Holidays { year } } => holidays(l10n, year),
        OfflineCommand::Calendar { command: CalendarCommand::Deadline { from, days } } => deadline(l10n, &from, days),
        OfflineCommand::Drill { command } => drill(l10n, command),
    }
}

fn api_line(l10n: &Localizer, e: &sonae_api::ApiError) -> String {
    let args: Vec<(&str, &str)> = e.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let message = l10n.msg(&e.message_id, &args);
    match &e.field {
        Some(f) => l10n.msg("cli-drill-field-error", &[("field", f), ("message", &message)]),
        None => message,
    }
}

fn drill(l10n: &Localizer, command: DrillCommand) -> Result<(), Failure> {
    use sonae_api::drill;
    let fail = |e: sonae_api::ApiError| Failure { line: api_line(l10n, &e), code: 1 };
    let library = drill::builtin_scenarios().map_err(fail)?;
    let find = |key: &str| {
        library.iter().find(|s| s.key == key).cloned().ok_or_else(|| {
            let keys: Vec<&str> = library.iter().map(|s| s.key.as_str()).collect();
            invalid(l10n.msg("cli-drill-unknown-scenario", &[("key", key), ("keys", &keys.join(", "))]))
        })
    };
    match command {
        DrillCommand::Scenarios => {
            for s in &library {
                let kind = l10n.msg(&format!("drill-kind-{}", s.kind.as_code().replace('_', "-")), &[]);
                emit(&format!("{}\t{}\t{}\t{}", s.key, kind, s.injects.len(), s.title));
            }
        }
        DrillCommand::Export { key, format } => {
            let s = find(&key)?;
            let text = if format == "csv" { drill::injects_to_csv(&s) } else { drill::scenario_to_json(&s) };
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
        }
        DrillCommand::Check { file, scenario } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|_| Failure { line: l10n.msg("cli-drill-unreadable", &[("path", &file.display().to_string())]), code: 1 })?;
            let checked = match scenario {
                Some(key) => drill::injects_from_csv(&find(&key)?, &text),
                None => drill::scenario_from_json(&text),
            }
            .map_err(|e| invalid(api_line(l10n, &e)))?;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(drill::scenario_to_json(&checked).as_bytes());
        }
    }
    Ok(())
}

/// Prints to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
}

fn invalid(line: String) -> Failure {
    Failure { line, code: 2 }
}

/// The localized line for a refused input.
pub fn input_error_line(l10n: &Localizer, e: &InputError) -> String {
    let field = if e.field.is_empty() { l10n.msg("cli-input-root", &[]) } else { e.field.clone() };
    let f = field.as_str();
    match &e.problem {
        Problem::Syntax { line, column } => l10n.msg("cli-input-not-json", &[("line", &line.to_string()), ("column", &column.to_string())]),
        Problem::Type(expected) => l10n.msg("cli-input-type", &[("field", f), ("expected", &l10n.msg(expected.message_id(), &[]))]),
        Problem::UnknownField => l10n.msg("cli-input-unknown-field", &[("field", f)]),
        Problem::Value { value, allowed } => {
            l10n.msg("cli-input-value", &[("field", f), ("value", value), ("allowed", &allowed.join(", "))])
        }
        Problem::Missing => l10n.msg("cli-input-missing", &[("field", f)]),
        Problem::Date { value } => l10n.msg("cli-input-date", &[("field", f), ("value", value)]),
        Problem::Range { value, min, max } => l10n.msg("cli-input-range", &[("field", f), ("value", value), ("min", min), ("max", max)]),
    }
}

fn read_input(l10n: &Localizer, file: Option<&Path>) -> Result<String, Failure> {
    match file {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|_| invalid(l10n.msg("error-file-unreadable", &[("path", &path.display().to_string())])))
        }
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|_| invalid(l10n.msg("cli-input-stdin-unreadable", &[])))?;
            Ok(text)
        }
    }
}

fn obligations(l10n: &Localizer, input: Option<&Path>, previous: Option<&Path>) -> Result<(), Failure> {
    let text = read_input(l10n, input)?;
    let current = facts_json::parse(&text).map_err(|e| invalid(input_error_line(l10n, &e)))?;
    let output = match previous {
        None => {
            let assessment = ob::assess(&current.facts, &current.policy);
            Output::new(current.facts.known_on, &assessment, None)
        }
        Some(path) => {
            let text = read_input(l10n, Some(path))?;
            let old = facts_json::parse(&text)
                .map_err(|e| invalid(l10n.msg("cli-input-previous", &[("detail", &input_error_line(l10n, &e))])))?;
            // The current policy judges both.
            let r = ob::recompute(&old.facts, &current.facts, &current.policy);
            Output::new(old.facts.known_on, &r.assessment, Some(RecomputationJson::new(&r)))
        }
    };
    emit(&serde_json::to_string_pretty(&output).unwrap_or_default());
    Ok(())
}

fn holidays(l10n: &Localizer, year: i32) -> Result<(), Failure> {
    if !(calendar::FIRST_YEAR..=calendar::LAST_YEAR).contains(&year) {
        let (min, max) = (calendar::FIRST_YEAR.to_string(), calendar::LAST_YEAR.to_string());
        return Err(invalid(
            l10n.msg("cli-input-range", &[("field", "--year"), ("value", &year.to_string()), ("min", &min), ("max", &max)]),
        ));
    }
    let list: Vec<HolidayJson> = calendar::holidays(year)
        .iter()
        .map(|h| HolidayJson { date: date(h.date), name: holiday_name(l10n, h.kind), kind: h.kind.as_code() })
        .collect();
    emit(&serde_json::to_string_pretty(&list).unwrap_or_default());
    Ok(())
}

fn deadline(l10n: &Localizer, from: &str, days: u32) -> Result<(), Failure> {
    let day1 =
        facts_json::parse_date(from).map_err(|problem| invalid(input_error_line(l10n, &InputError { field: "--from".into(), problem })))?;
    if !(1..=MAX_DAYS).contains(&days) {
        let problem = Problem::Range { value: days.to_string(), min: "1".into(), max: MAX_DAYS.to_string() };
        return Err(invalid(input_error_line(l10n, &InputError { field: "--days".into(), problem })));
    }
    let due = calendar::deadline(day1, days).map(date).unwrap_or_default();
    emit(&due);
    Ok(())
}

/// The localized name of a holiday.
pub fn holiday_name(l10n: &Localizer, kind: calendar::HolidayKind) -> String {
    l10n.msg(&format!("cli-holiday-{}", kind.as_code()), &[])
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[derive(Serialize)]
struct HolidayJson {
    date: String,
    name: String,
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Output {
    known_on: String,
    obligations: Vec<ObligationJson>,
    not_required: Vec<NotRequiredJson>,
    notes: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recomputation: Option<RecomputationJson>,
}

impl Output {
    fn new(known_on: NaiveDate, a: &ob::Assessment, recomputation: Option<RecomputationJson>) -> Output {
        Output {
            known_on: date(known_on),
            obligations: a.obligations.iter().map(ObligationJson::new).collect(),
            not_required: a
                .not_required
                .iter()
                .map(|n| NotRequiredJson { destination: n.destination.as_code(), basis: n.basis.as_code(), reason: n.reason.as_code() })
                .collect(),
            notes: a.notes.iter().map(|n| n.as_code()).collect(),
            recomputation,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ObligationJson {
    destination: &'static str,
    basis: &'static str,
    level: &'static str,
    legal: bool,
    triggers: Vec<&'static str>,
    timing: &'static str,
    preliminary_target_from: Option<String>,
    preliminary_target: Option<String>,
    final_days: Option<u32>,
    final_deadline: Option<String>,
    target_minutes: Option<u32>,
    target_days: Option<u32>,
    target_date: Option<String>,
    batch_period_end: Option<String>,
}

impl ObligationJson {
    fn new(o: &Obligation) -> ObligationJson {
        ObligationJson {
            destination: o.destination.as_code(),
            basis: o.basis.as_code(),
            level: o.level().as_code(),
            legal: o.is_legal(),
            triggers: o.triggers.iter().map(|t| t.as_code()).collect(),
            timing: o.timing.as_code(),
            preliminary_target_from: o.preliminary_target_from.map(date),
            preliminary_target: o.preliminary_target.map(date),
            final_days: o.final_days,
            final_deadline: o.final_deadline.map(date),
            target_minutes: o.target_minutes,
            target_days: o.target_days,
            target_date: o.target_date.map(date),
            batch_period_end: o.batch_period_end.map(date),
        }
    }
}

#[derive(Serialize)]
struct NotRequiredJson {
    destination: &'static str,
    basis: &'static str,
    reason: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecomputationJson {
    /// The 知った日 the new facts named, not taken.
    ignored_known_on: Option<String>,
    fact_changes: Vec<Value>,
    changes: Vec<Value>,
}

fn fact_value(v: FactValue) -> Value {
    match v {
        FactValue::Bool(b) => Value::Bool(b),
        FactValue::Count(n) => Value::from(n),
        FactValue::Code(c) => Value::from(c),
        FactValue::Unset => Value::Null,
    }
}

fn delta(d: &ObligationDelta) -> Value {
    let dates =
        |kind: &str, from: Option<NaiveDate>, to: Option<NaiveDate>| json!({ "kind": kind, "from": from.map(date), "to": to.map(date) });
    match d {
        ObligationDelta::TriggerAdded(t) => json!({ "kind": "trigger-added", "trigger": t.as_code() }),
        ObligationDelta::TriggerRemoved(t) => json!({ "kind": "trigger-removed", "trigger": t.as_code() }),
        ObligationDelta::FinalDays { from, to } => json!({ "kind": "final-days", "from": from, "to": to }),
        ObligationDelta::FinalDeadline { from, to } => dates("final-deadline", *from, *to),
        ObligationDelta::Timing { from, to } => json!({ "kind": "timing", "from": from.as_code(), "to": to.as_code() }),
        ObligationDelta::TargetDate { from, to } => dates("target-date", *from, *to),
        ObligationDelta::BatchPeriodEnd { from, to } => dates("batch-period-end", *from, *to),
    }
}

impl RecomputationJson {
    fn new(r: &ob::Recomputation) -> RecomputationJson {
        RecomputationJson {
            ignored_known_on: r.known_on_kept.map(date),
            fact_changes: r
                .fact_changes
                .iter()
                .map(|c| json!({ "field": c.field.as_code(), "from": fact_value(c.from), "to": fact_value(c.to) }))
                .collect(),
            changes: r
                .changes
                .iter()
                .map(|c| {
                    json!({
                        "destination": c.destination.as_code(),
                        "basis": c.basis.as_code(),
                        "change": c.kind.as_code(),
                        "deltas": c.deltas.iter().map(delta).collect::<Vec<_>>(),
                        "because": c.because.iter().map(|f| f.as_code()).collect::<Vec<_>>(),
                        "notRequired": c.not_required.map(|n| n.as_code()),
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sonae_i18n::Lang;

    #[test]
    fn every_holiday_and_input_message_exists_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            let l10n = Localizer::new(lang);
            for kind in calendar::HolidayKind::ALL {
                let id = format!("cli-holiday-{}", kind.as_code());
                assert!(l10n.has(&id), "{lang:?}: {id}");
            }
            for e in
                [facts_json::Expected::Boolean, facts_json::Expected::Integer, facts_json::Expected::String, facts_json::Expected::Object]
            {
                assert!(l10n.has(e.message_id()), "{lang:?}: {}", e.message_id());
            }
        }
        let ja = Localizer::new(Lang::Ja);
        assert_eq!(holiday_name(&ja, calendar::HolidayKind::HealthAndSportsDay), "体育の日");
        assert_eq!(holiday_name(&Localizer::new(Lang::En), calendar::HolidayKind::NewYearsDay), "New Year's Day");
    }
}
