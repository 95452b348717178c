//! `sonae bench --cases N [--json] [--keep DIR]` (issue 10, docs/performance.md): generates the
//! demo organization plus N realistic cases into a fresh database (`sonae_api::bench`) and
//! measures what users wait for — opening the file, a page of the case list, search, the
//! dashboard, the obligations of every open case, each document — through the same API as the app.
//! Progress lines go to stderr; the figures to stdout as a table, or as one JSON object.
//!
//! The database is a temporary directory removed at the end, unless `--keep DIR` names a
//! directory to leave it in (`DIR/sonae.db`, e.g. as an app data directory for the E2E test).
//! Like `init` and `demo`, it is created encrypted (SQLCipher) when `SONAE_PASSPHRASE` is set —
//! as installations are — and plain otherwise; the JSON says which (`encrypted`).

use crate::{Failure, api_failure, cli_actor};
use clap::Subcommand;
use sonae_api::bench::{BenchData, OrderedIds, Rng, SEARCH_TERMS_3, SEARCH_TERMS_6, generate_bench_data};
use sonae_api::dto::{CaseFilterInput, CaseSort, CaseState, Category, DocumentRequest, Severity};
use sonae_api::{Ctx, OpenMode, Store, SystemClock};
use sonae_i18n::Localizer;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Page size of the measured case-list pages.
const PAGE_SIZE: u32 = 50;
/// Measured list pages, and searches per term length.
const LIST_SAMPLES: usize = 200;
const SEARCH_SAMPLES: usize = 100;
/// Dashboard and obligations are measured this many times after one warm-up; the slowest counts.
const REPEATS: usize = 5;

#[derive(Subcommand)]
pub(crate) enum BenchCommand {
    /// Generate N cases (with 10·N timeline lines and 2·N tasks) into a temporary database and
    /// measure the case list, search, dashboard, obligations, documents, size and memory
    /// (docs/performance.md)
    Bench {
        /// How many cases to generate
        #[arg(long, value_name = "N", default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        cases: u32,
        /// Print one JSON object instead of a table
        #[arg(long)]
        json: bool,
        /// Leave the database in DIR (as DIR/sonae.db; DIR must not hold one yet) instead of a
        /// temporary directory
        #[arg(long, value_name = "DIR")]
        keep: Option<PathBuf>,
        /// Seed of the generated words, states and times
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Only generate (with --keep: a large database for trying the app or the E2E test);
        /// the JSON then has the generation figures only
        #[arg(long, requires = "keep")]
        generate_only: bool,
    },
}

/// Renders one document, giving its size in bytes.
type RenderDocument = Box<dyn FnMut(&mut Ctx<'_>) -> Result<usize, sonae_api::ApiError>>;

/// p50 and p95 of durations in milliseconds (nearest rank).
fn percentiles(samples: &mut [f64]) -> (f64, f64) {
    if samples.is_empty() {
        return (0.0, 0.0);
    }
    samples.sort_by(f64::total_cmp);
    let rank = |q: f64| samples[((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1];
    (rank(0.50), rank(0.95))
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// Two decimals are plenty for milliseconds and megabytes.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The process's peak resident set size in MB (`VmHWM` of /proc/self/status; 0 where there is none).
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn file_mb(path: &Path) -> f64 {
    let size = |p: PathBuf| std::fs::metadata(p).map_or(0, |m| m.len());
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    (size(path.to_path_buf()) + size(wal)) as f64 / (1024.0 * 1024.0)
}

/// A random filter of the case list, as users combine them.
fn random_filter(rng: &mut Rng, people: &[String]) -> CaseFilterInput {
    let states = [
        CaseState::Received,
        CaseState::Triage,
        CaseState::Responding,
        CaseState::Recovering,
        CaseState::Prevention,
        CaseState::Closed,
        CaseState::NotIncident,
    ];
    let (state, open_only) = match rng.below(10) {
        0..4 => (None, true),
        4..7 => (None, false),
        _ => (Some(*rng.pick(&states)), false),
    };
    let severities = [Severity::Low, Severity::Medium, Severity::High, Severity::Critical];
    let categories =
        [Category::MisdirectedMail, Category::Misdelivery, Category::LossTheft, Category::TargetedMail, Category::Malware, Category::Dos];
    CaseFilterInput {
        state,
        open_only,
        severity: rng.chance(25).then(|| *rng.pick(&severities)),
        assignee_person_id: (rng.chance(15) && !people.is_empty()).then(|| rng.pick(people).clone()),
        category: rng.chance(25).then(|| *rng.pick(&categories)),
        overdue_only: rng.chance(10),
        sort: *rng.pick(&[CaseSort::Newest, CaseSort::Oldest, CaseSort::Severity, CaseSort::NextDue]),
        page: 0,
        page_size: PAGE_SIZE,
        query: None,
    }
}

/// Everything measured, in the JSON's key order.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Figures {
    cases: u32,
    demo_cases: u32,
    timeline_entries: u64,
    tasks: u64,
    open_cases: u32,
    encrypted: bool,
    generate_seconds: f64,
    open_ms: f64,
    list_page_p50_ms: f64,
    list_page_p95_ms: f64,
    list_page_samples: usize,
    search3_p50_ms: f64,
    search3_p95_ms: f64,
    search6_p50_ms: f64,
    search6_p95_ms: f64,
    search_p95_ms: f64,
    search_samples: usize,
    search2_ms: f64,
    home_ms: f64,
    dashboard_ms: f64,
    obligations_ms: f64,
    obligations_rows: usize,
    fonts_ms: Option<f64>,
    pdf_ms: std::collections::BTreeMap<String, f64>,
    pdf_max_ms: Option<f64>,
    /// The slowest document of a case (the organization's yearly documents left out).
    case_pdf_max_ms: Option<f64>,
    pdf_pages: std::collections::BTreeMap<String, u32>,
    pdf_case: String,
    db_size_mb: f64,
    peak_rss_mb: f64,
    total_seconds: f64,
    database: Option<String>,
}

pub(crate) fn run(command: BenchCommand, l10n: &Localizer) -> Result<(), Failure> {
    let BenchCommand::Bench { cases, json, keep, seed, generate_only } = command;
    let fail = |e: sonae_api::ApiError| api_failure(l10n, e);
    let storage = |path: &Path| Failure { line: l10n.msg("cli-bench-dir-unusable", &[("path", &path.display().to_string())]), code: 2 };
    let started = Instant::now();
    // The temporary directory lives until the end of this function.
    let temp = match &keep {
        Some(_) => None,
        None => Some(tempfile::tempdir().map_err(|_| storage(&std::env::temp_dir()))?),
    };
    let dir = match (&keep, &temp) {
        (Some(d), _) => d.clone(),
        (None, Some(t)) => t.path().to_path_buf(),
        (None, None) => unreachable!("one of them is set"),
    };
    std::fs::create_dir_all(&dir).map_err(|_| storage(&dir))?;
    let path = dir.join(sonae_api::DB_FILE_NAME);
    if path.exists() {
        return Err(storage(&path));
    }
    let clock = SystemClock;
    let passphrase = std::env::var("SONAE_PASSPHRASE").ok().filter(|p| !p.is_empty());
    let open = |clock: &SystemClock| sonae_api::encryption::open_store_with(&path, OpenMode::CreateOrMigrate, clock, passphrase.as_deref());
    // Time-ordered ids (see `OrderedIds`): generation writes append to the id indexes.
    let ids = OrderedIds::new(seed);
    let actor = cli_actor();

    // Generate.
    let t = Instant::now();
    let data: BenchData = {
        let mut store: Store = open(&clock).map_err(fail)?;
        let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
        let mut shown = 0;
        let mut progress = |done: u32, total: u32| {
            let tenth = u64::from(done) * 10 / u64::from(total.max(1));
            if tenth > shown || done == total {
                shown = tenth;
                eprintln!("{}", l10n.msg("cli-bench-progress", &[("done", &done.to_string()), ("total", &total.to_string())]));
            }
        };
        generate_bench_data(&mut ctx, cases, seed, &mut progress).map_err(fail)?
    };
    let generate_seconds = t.elapsed().as_secs_f64();
    if generate_only {
        let generated = serde_json::json!({
            "cases": data.cases,
            "demoCases": data.demo_cases,
            "timelineEntries": data.timeline_entries,
            "tasks": data.tasks,
            "openCases": data.open_cases,
            "encrypted": passphrase.is_some(),
            "generateSeconds": round2(generate_seconds),
            "dbSizeMb": round2(file_mb(&path)),
            "database": path.display().to_string(),
        });
        if json {
            println!("{}", serde_json::to_string_pretty(&generated).unwrap_or_else(|_| "{}".into()));
        } else {
            let args = [
                ("cases", data.cases.to_string()),
                ("timeline", data.timeline_entries.to_string()),
                ("tasks", data.tasks.to_string()),
                ("seconds", format!("{generate_seconds:.1}")),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            println!("{}", l10n.msg("cli-bench-generated", &args));
            println!("{}", l10n.msg("cli-bench-kept", &[("path", &path.display().to_string())]));
        }
        return Ok(());
    }
    eprintln!("{}", l10n.msg("cli-bench-measuring", &[]));

    // Open (with the migration check, and the key derivation when encrypted) as the app does at
    // start-up.
    let t = Instant::now();
    let mut store: Store = open(&clock).map_err(fail)?;
    let open_ms = ms(t);
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    let mut rng = Rng::new(seed ^ 0x005E_A7C4);
    let people: Vec<String> = sonae_api::list_people(&mut ctx).map_err(fail)?.into_iter().map(|p| p.id).collect();

    // Case list: a filter's first page, then a random page of the same filter.
    let mut list = Vec::new();
    while list.len() < LIST_SAMPLES {
        let filter = random_filter(&mut rng, &people);
        let t = Instant::now();
        let first = sonae_api::search_cases(&mut ctx, filter.clone()).map_err(fail)?;
        list.push(ms(t));
        let pages = first.total.div_ceil(PAGE_SIZE);
        if pages > 1 {
            let page = rng.below(u64::from(pages)) as u32;
            let t = Instant::now();
            sonae_api::search_cases(&mut ctx, CaseFilterInput { page, ..filter }).map_err(fail)?;
            list.push(ms(t));
        }
    }
    let (list_p50, list_p95) = percentiles(&mut list);

    // Search: 3- and 6-character terms, half of them combined with filters; mostly the first page.
    let search = |terms: &[&str], rng: &mut Rng, ctx: &mut Ctx<'_>| -> Result<Vec<f64>, Failure> {
        let mut out = Vec::new();
        for _ in 0..SEARCH_SAMPLES {
            let base =
                if rng.chance(50) { random_filter(rng, &people) } else { CaseFilterInput { open_only: false, ..random_filter(rng, &[]) } };
            let base = if rng.chance(50) {
                base
            } else {
                CaseFilterInput {
                    state: None,
                    open_only: false,
                    severity: None,
                    assignee_person_id: None,
                    category: None,
                    overdue_only: false,
                    ..base
                }
            };
            let filter = CaseFilterInput { query: Some((*rng.pick(terms)).to_owned()), sort: CaseSort::Newest, ..base };
            let t = Instant::now();
            let found = sonae_api::search_cases(ctx, filter.clone()).map_err(|e| api_failure(l10n, e))?;
            out.push(ms(t));
            let pages = found.total.div_ceil(PAGE_SIZE);
            if pages > 1 && rng.chance(30) {
                let page = rng.below(u64::from(pages)) as u32;
                let t = Instant::now();
                sonae_api::search_cases(ctx, CaseFilterInput { page, ..filter }).map_err(|e| api_failure(l10n, e))?;
                out.push(ms(t));
            }
        }
        Ok(out)
    };
    let mut s3 = search(SEARCH_TERMS_3, &mut rng, &mut ctx)?;
    let mut s6 = search(SEARCH_TERMS_6, &mut rng, &mut ctx)?;
    let mut all: Vec<f64> = s3.iter().chain(&s6).copied().collect();
    let (s3_p50, s3_p95) = percentiles(&mut s3);
    let (s6_p50, s6_p95) = percentiles(&mut s6);
    let (_, search_p95) = percentiles(&mut all);
    let search_samples = all.len();
    // One two-character search (the LIKE fallback, outside the targets).
    let t = Instant::now();
    let two = CaseFilterInput { query: Some("紛失".into()), ..random_filter(&mut Rng::new(1), &[]) };
    sonae_api::search_cases(&mut ctx, CaseFilterInput { state: None, open_only: false, ..two }).map_err(fail)?;
    let search2_ms = ms(t);

    // Home, dashboard and the obligations of every open case: the slowest of a few warm runs.
    let slowest = |f: &mut dyn FnMut() -> Result<(), Failure>| -> Result<f64, Failure> {
        f()?;
        let mut worst: f64 = 0.0;
        for _ in 0..REPEATS {
            let t = Instant::now();
            f()?;
            worst = worst.max(ms(t));
        }
        Ok(worst)
    };
    let home_ms = slowest(&mut || sonae_api::home(&mut ctx).map(drop).map_err(fail))?;
    let dashboard_ms = slowest(&mut || sonae_api::dashboard(&mut ctx).map(drop).map_err(fail))?;
    let mut obligations_rows = 0;
    let obligations_ms = slowest(&mut || {
        obligations_rows = sonae_api::deadlines(&mut ctx).map_err(fail)?.rows.len();
        Ok(())
    })?;

    // Every document that makes sense for the large case (fonts are parsed once per process:
    // the first document pays for it, so it is measured separately).
    let mut pdf_ms = std::collections::BTreeMap::new();
    let mut pdf_pages = std::collections::BTreeMap::new();
    let mut fonts_ms = None;
    for kind in sonae_api::DOCUMENT_KINDS {
        let request = DocumentRequest { case_id: data.large_case_id.clone(), kind: kind.to_owned(), ppc_kind: None };
        let mut render = || sonae_api::document_pdf(&mut ctx, request.clone());
        let t = Instant::now();
        let first = render();
        let first_ms = ms(t);
        match first {
            Err(e) if sonae_api::is_not_applicable(&e) => continue,
            // Anything else (fonts missing on this machine …) is said on stderr; documents are
            // then not measured (`pdfMaxMs` null) but the other figures stand.
            Err(e) => {
                eprintln!("{}", api_failure(l10n, e).line);
                break;
            }
            Ok(_) => {}
        }
        if fonts_ms.is_none() {
            fonts_ms = Some(round2(first_ms));
        }
        let t = Instant::now();
        let pdf = render().map_err(fail)?;
        pdf_ms.insert(kind.to_owned(), round2(ms(t)));
        pdf_pages.insert(kind.to_owned(), pdf.pages);
    }
    // The organization's documents of this 年度 (April–March, Japan time): the 年次報告 counts
    // every case of the year, the 研修実施報告 every training record, the 訓練実施記録 one drill.
    if fonts_ms.is_some() {
        use chrono::Datelike as _;
        let today = (chrono::Utc::now() + chrono::Duration::hours(9)).date_naive();
        let fiscal_year = if today.month() >= 4 { today.year() } else { today.year() - 1 };
        let drill = sonae_api::list_drills(&mut ctx)
            .map_err(fail)?
            .into_iter()
            .find(|d| matches!(d.state.as_str(), "ended" | "approved"))
            .map(|d| d.id);
        let mut org_documents: Vec<(&str, RenderDocument)> = vec![
            ("annual-report", Box::new(move |ctx| sonae_api::annual_report_pdf(ctx, fiscal_year).map(|b| b.len()))),
            ("training-report", Box::new(move |ctx| sonae_api::training_report_pdf(ctx, fiscal_year).map(|b| b.len()))),
        ];
        if let Some(id) = drill {
            org_documents.push(("drill-record", Box::new(move |ctx| sonae_api::drill_record_bytes(ctx, &id).map(|(b, _)| b.len()))));
        }
        for (kind, render) in &mut org_documents {
            render(&mut ctx).map_err(fail)?;
            let t = Instant::now();
            render(&mut ctx).map_err(fail)?;
            pdf_ms.insert((*kind).to_owned(), round2(ms(t)));
        }
    }
    let pdf_max_ms = pdf_ms.values().copied().reduce(f64::max);
    let case_pdf_max_ms = pdf_ms.iter().filter(|(k, _)| pdf_pages.contains_key(*k)).map(|(_, v)| *v).reduce(f64::max);
    drop(store);

    let figures = Figures {
        cases: data.cases,
        demo_cases: data.demo_cases,
        timeline_entries: data.timeline_entries,
        tasks: data.tasks,
        open_cases: data.open_cases,
        encrypted: passphrase.is_some(),
        generate_seconds: round2(generate_seconds),
        open_ms: round2(open_ms),
        list_page_p50_ms: round2(list_p50),
        list_page_p95_ms: round2(list_p95),
        list_page_samples: list.len(),
        search3_p50_ms: round2(s3_p50),
        search3_p95_ms: round2(s3_p95),
        search6_p50_ms: round2(s6_p50),
        search6_p95_ms: round2(s6_p95),
        search_p95_ms: round2(search_p95),
        search_samples,
        search2_ms: round2(search2_ms),
        home_ms: round2(home_ms),
        dashboard_ms: round2(dashboard_ms),
        obligations_ms: round2(obligations_ms),
        obligations_rows,
        fonts_ms,
        pdf_ms,
        pdf_max_ms,
        case_pdf_max_ms,
        pdf_pages,
        pdf_case: data.large_case_receipt_no.clone(),
        db_size_mb: round2(file_mb(&path)),
        peak_rss_mb: round2(peak_rss_mb()),
        total_seconds: round2(started.elapsed().as_secs_f64()),
        database: keep.as_ref().map(|_| path.display().to_string()),
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&figures).unwrap_or_else(|_| "{}".into()));
    } else {
        print_table(l10n, &figures);
    }
    Ok(())
}

fn print_table(l10n: &Localizer, f: &Figures) {
    let n = |x: f64| format!("{x:.1}");
    let line = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        println!("{}", l10n.msg(id, &args));
    };
    line(
        "cli-bench-generated",
        &[
            ("cases", f.cases.to_string()),
            ("timeline", f.timeline_entries.to_string()),
            ("tasks", f.tasks.to_string()),
            ("seconds", n(f.generate_seconds)),
        ],
    );
    line(if f.encrypted { "cli-bench-encrypted" } else { "cli-bench-plain" }, &[]);
    line("cli-bench-open", &[("ms", n(f.open_ms))]);
    line("cli-bench-list", &[("p50", n(f.list_page_p50_ms)), ("p95", n(f.list_page_p95_ms)), ("samples", f.list_page_samples.to_string())]);
    line("cli-bench-search", &[("chars", "3".into()), ("p50", n(f.search3_p50_ms)), ("p95", n(f.search3_p95_ms))]);
    line("cli-bench-search", &[("chars", "6".into()), ("p50", n(f.search6_p50_ms)), ("p95", n(f.search6_p95_ms))]);
    line("cli-bench-search-short", &[("ms", n(f.search2_ms))]);
    line("cli-bench-home", &[("ms", n(f.home_ms))]);
    line("cli-bench-dashboard", &[("ms", n(f.dashboard_ms))]);
    line("cli-bench-obligations", &[("cases", (f.open_cases + f.demo_cases).to_string()), ("ms", n(f.obligations_ms))]);
    if let Some(fonts) = f.fonts_ms {
        line("cli-bench-fonts", &[("ms", n(fonts))]);
    }
    for (kind, ms) in &f.pdf_ms {
        match f.pdf_pages.get(kind) {
            Some(pages) => {
                line("cli-bench-pdf", &[("kind", kind.clone()), ("case", f.pdf_case.clone()), ("pages", pages.to_string()), ("ms", n(*ms))])
            }
            None => line("cli-bench-org-pdf", &[("kind", kind.clone()), ("ms", n(*ms))]),
        }
    }
    line("cli-bench-db-size", &[("mb", n(f.db_size_mb))]);
    line("cli-bench-rss", &[("mb", n(f.peak_rss_mb))]);
    line("cli-bench-total", &[("seconds", n(f.total_seconds))]);
    if let Some(db) = &f.database {
        line("cli-bench-kept", &[("path", db.clone())]);
    }
}
