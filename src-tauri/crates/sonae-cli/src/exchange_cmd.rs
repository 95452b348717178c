//! `sonae exchange key|trust|revoke|keys`, `sonae export case|report` and `sonae import`: signed
//! bundles between installations (docs/exchange.md). Every refusal of a bundle exits 2 with one
//! localized line. Also the progress lines of long operations (bundles, backups) on stderr.

use crate::{Failure, api_failure, cli_actor};
use clap::Subcommand;
use sonae_api::{ApiError, Ctx, ImportResultDto, OpenMode, Progress, RandomIds, SystemClock};
use sonae_i18n::Localizer;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Prints progress lines (`cli-progress-*`) on stderr — never on stdout, which may be JSON —
/// when stderr is a terminal or `SONAE_PROGRESS=1`: the first report of each step, then at most
/// one line every half second, and the last (done = total).
pub(crate) fn progress_printer(l10n: &Localizer) -> impl FnMut(Progress) + '_ {
    let on = std::io::stderr().is_terminal() || std::env::var_os("SONAE_PROGRESS").is_some_and(|v| v == "1");
    let mut last: Option<(&'static str, Instant, u64)> = None;
    move |p: Progress| {
        if !on {
            return;
        }
        let now = Instant::now();
        let due = match last {
            None => true,
            Some((step, at, done)) => {
                step != p.step
                    || (p.done >= p.total && done < p.total)
                    || (now.duration_since(at) >= Duration::from_millis(500) && done != p.done)
            }
        };
        if due {
            let (done, total, percent) = (p.done.to_string(), p.total.to_string(), p.percent().to_string());
            eprintln!("{}", l10n.msg(p.step, &[("done", &done), ("total", &total), ("percent", &percent)]));
            last = Some((p.step, now, p.done));
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum ExchangeCommand {
    /// This installation's public key and fingerprint (the key is generated on first use and kept
    /// as `installation.key` beside the database)
    Key,
    /// Trust another installation's public key: its signed bundles can then be imported here
    Trust {
        /// A name for the key (the other installation)
        #[arg(long)]
        name: String,
        /// The public key: 64 hexadecimal digits, as `sonae exchange key` shows it there
        #[arg(long, value_name = "HEX")]
        key: String,
    },
    /// Revoke a trusted key (it stays in the register with the time)
    Revoke {
        /// Its fingerprint, XXXX-XXXX-XXXX-XXXX
        fingerprint: String,
    },
    /// The trusted keys
    Keys,
}

#[derive(Subcommand)]
pub(crate) enum ExportCommand {
    /// One case with its reports, timeline, work, evidence files, facts, tracker and submissions
    /// as one signed file (never overwrites a file)
    Case {
        /// The case: its 受付番号 or its id
        #[arg(long, value_name = "CASE")]
        case: String,
        /// Output file
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// One submitted staff report as one signed file, for the CSIRT's installation to import
    /// (never overwrites a file)
    Report {
        /// The report's id
        #[arg(long, value_name = "ID")]
        report: String,
        /// Output file
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// A refused bundle exits 2, whatever the error's kind.
fn refusal(l10n: &Localizer, e: ApiError) -> Failure {
    let refused = e.message_id.starts_with("error-bundle-") || e.message_id == "error-file-unreadable";
    let f = api_failure(l10n, e);
    if refused { Failure { code: 2, ..f } } else { f }
}

/// Reads a bundle file for `sonae import`, refusing one over the size limit before reading it,
/// and runs every check of the import on the database opened read-only: a refused bundle leaves
/// the database file byte-identical (opening it for writing alone would change its header).
/// `None` when the bundle is already imported (the result says so and nothing needs opening).
pub(crate) fn read_bundle(l10n: &Localizer, file: &Path, db: &Path) -> Result<(Vec<u8>, Option<ImportResultDto>), Failure> {
    let unreadable = || refusal(l10n, ApiError::new(sonae_api::ErrorCode::Validation, "error-file-unreadable").arg("path", file.display()));
    let size = std::fs::metadata(file).map_err(|_| unreadable())?.len();
    sonae_api::check_bundle_size(size).map_err(|e| refusal(l10n, e))?;
    let bytes = std::fs::read(file).map_err(|_| unreadable())?;
    let clock = SystemClock;
    let mut store = crate::open_db(l10n, db, OpenMode::ReadOnly)?;
    let actor = cli_actor();
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &RandomIds, actor: &actor };
    let done = sonae_api::check_bundle_import_with_progress(&mut ctx, &bytes, &mut progress_printer(l10n)).map_err(|e| refusal(l10n, e))?;
    Ok((bytes, done))
}

pub(crate) fn exchange(l10n: &Localizer, ctx: &mut Ctx<'_>, command: ExchangeCommand) -> Result<(), Failure> {
    let fail = |e: ApiError| refusal(l10n, e);
    match command {
        ExchangeCommand::Key => {
            let k = sonae_api::installation_key(ctx).map_err(fail)?;
            println!("{}", l10n.msg("cli-exchange-key", &[("fingerprint", &k.fingerprint), ("key", &k.public_key)]));
        }
        ExchangeCommand::Trust { name, key } => {
            let k = sonae_api::trust_key(ctx, &name, &key).map_err(fail)?;
            println!("{}", l10n.msg("cli-exchange-trusted", &[("name", &k.name), ("fingerprint", &k.fingerprint)]));
        }
        ExchangeCommand::Revoke { fingerprint } => {
            let k = sonae_api::revoke_key(ctx, &fingerprint).map_err(fail)?;
            println!("{}", l10n.msg("cli-exchange-revoked", &[("name", &k.name), ("fingerprint", &k.fingerprint)]));
        }
        ExchangeCommand::Keys => {
            for k in sonae_api::list_trusted_keys(ctx).map_err(fail)? {
                let revoked = k.revoked_at.as_deref().map(|at| l10n.msg("cli-exchange-key-revoked", &[("at", at)])).unwrap_or_default();
                println!("{}\t{}\t{}\t{}", k.fingerprint, k.name, k.public_key, revoked);
            }
        }
    }
    Ok(())
}

pub(crate) fn export(l10n: &Localizer, ctx: &mut Ctx<'_>, command: ExportCommand) -> Result<(), Failure> {
    let fail = |e: ApiError| api_failure(l10n, e);
    let (out, report) = match &command {
        ExportCommand::Case { out, .. } => (out, false),
        ExportCommand::Report { out, .. } => (out, true),
    };
    let shown = out.display().to_string();
    if out.exists() {
        return Err(Failure { line: l10n.msg("cli-export-exists", &[("path", &shown)]), code: 2 });
    }
    let mut progress = progress_printer(l10n);
    let written = match &command {
        ExportCommand::Case { case, out } => sonae_api::export_case(ctx, case, out, &mut progress).map_err(|e| {
            if e.code == sonae_api::ErrorCode::NotFound {
                Failure { line: l10n.msg("cli-export-case-unknown", &[("case", case)]), code: 2 }
            } else {
                fail(e)
            }
        })?,
        ExportCommand::Report { report, out } => sonae_api::export_report(ctx, report, out, &mut progress).map_err(|e| {
            if e.code == sonae_api::ErrorCode::NotFound {
                Failure { line: l10n.msg("cli-export-report-unknown", &[("report", report)]), code: 2 }
            } else {
                fail(e)
            }
        })?,
    };
    let args = [("path", shown.as_str()), ("receipt", written.receipt_no.as_str()), ("fingerprint", written.fingerprint.as_str())];
    let id = if report { "cli-export-report-written" } else { "cli-export-written" };
    println!("{}", l10n.msg(id, &args));
    Ok(())
}

pub(crate) fn import(l10n: &Localizer, ctx: &mut Ctx<'_>, bytes: &[u8]) -> Result<(), Failure> {
    let r = sonae_api::import_bundle_with_progress(ctx, bytes, &mut progress_printer(l10n)).map_err(|e| refusal(l10n, e))?;
    print_import(l10n, &r);
    Ok(())
}

pub(crate) fn print_import(l10n: &Localizer, r: &ImportResultDto) {
    let count = r.inserted.to_string();
    let args = [("receipt", r.receipt_no.as_str()), ("name", &r.exporter_name), ("fingerprint", &r.exporter), ("count", &count)];
    let id = match (r.kind.as_str(), r.inserted) {
        ("report", 0) => "cli-import-report-unchanged",
        ("report", _) => "cli-import-report-done",
        (_, 0) => "cli-import-unchanged",
        _ => "cli-import-done",
    };
    println!("{}", l10n.msg(id, &args));
}
