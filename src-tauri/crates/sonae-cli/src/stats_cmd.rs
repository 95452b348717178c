//! `sonae stats`: statistics of real cases (issue 10) — a table on stdout, `--json` for the
//! statistics as the app receives them, `--csv FILE` for the Excel CSV (UTF-8 with BOM). Drill
//! cases are never counted. Opens the database read-only.

use crate::{Failure, api_failure};
use clap::Args;
use sonae_api::Ctx;
use sonae_api::dto::{StatsGrouping, StatsQuery};
use sonae_i18n::{Lang, Localizer};
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct StatsArgs {
    /// How to group: category, department, severity, month or fiscal-year (年度)
    #[arg(long, value_name = "BY", default_value = "category",
          value_parser = ["category", "department", "severity", "month", "fiscal-year"])]
    by: String,
    /// First report day counted (YYYY-MM-DD, Japan)
    #[arg(long, value_name = "D")]
    from: Option<String>,
    /// Last report day counted (YYYY-MM-DD, Japan)
    #[arg(long, value_name = "D")]
    to: Option<String>,
    /// Write the CSV (UTF-8 with BOM, for Excel) to FILE
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Print the statistics as JSON
    #[arg(long)]
    json: bool,
}

/// Whole minutes and hours of a duration, `－` for none.
fn duration(l10n: &Localizer, seconds: Option<i64>) -> String {
    match seconds {
        None => "－".into(),
        Some(s) => {
            let m = s / 60;
            l10n.msg("cli-stats-duration", &[("hours", &(m / 60).to_string()), ("minutes", &(m % 60).to_string())])
        }
    }
}

pub(crate) fn run(l10n: &Localizer, lang: Lang, ctx: &mut Ctx<'_>, args: StatsArgs) -> Result<(), Failure> {
    let fail = |e| api_failure(l10n, e);
    let group_by = match args.by.as_str() {
        "department" => StatsGrouping::Department,
        "severity" => StatsGrouping::Severity,
        "month" => StatsGrouping::Month,
        "fiscal-year" => StatsGrouping::FiscalYear,
        _ => StatsGrouping::Category,
    };
    let query = StatsQuery { from: args.from, to: args.to, group_by };
    if let Some(file) = &args.csv {
        let text = sonae_api::statistics_csv(ctx, query.clone(), lang).map_err(fail)?;
        std::fs::write(file, text.as_bytes())
            .map_err(|_| Failure { line: l10n.msg("cli-report-write-failed", &[("path", &file.display().to_string())]), code: 1 })?;
        eprintln!("{}", l10n.msg("cli-stats-csv-written", &[("path", &file.display().to_string())]));
    }
    let s = sonae_api::statistics(ctx, query).map_err(fail)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&s).unwrap_or_else(|_| "{}".into()));
        return Ok(());
    }
    if args.csv.is_some() {
        return Ok(());
    }
    let by = l10n.msg(&format!("stats-group-{}", args.by), &[]);
    let mut header = vec![by, l10n.msg("stats-csv-count", &[]), l10n.msg("stats-csv-open", &[])];
    for i in ["triage", "ciso", "containment", "closure"] {
        header.push(l10n.msg("cli-stats-median", &[("interval", &l10n.msg(&format!("stats-interval-{i}"), &[]))]));
    }
    println!("{}", header.join("\t"));
    for g in s.groups.iter().chain([&s.total]) {
        let mut row = vec![g.label.clone(), g.count.to_string(), g.open.to_string()];
        row.extend(g.intervals.iter().map(|i| duration(l10n, i.median_seconds)));
        println!("{}", row.join("\t"));
    }
    if s.drills_left_out > 0 {
        println!("{}", l10n.msg("cli-stats-drills-left-out", &[("count", &s.drills_left_out.to_string())]));
    }
    Ok(())
}
