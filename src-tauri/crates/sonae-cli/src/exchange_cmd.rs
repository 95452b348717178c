//! `sonae exchange key|trust|revoke|keys`, `sonae export case` and `sonae import`: signed case
//! bundles between installations (docs/exchange.md). Every refusal of a bundle exits 2 with one
//! localized line.

use crate::{Failure, api_failure, cli_actor};
use clap::Subcommand;
use sonae_api::{ApiError, Ctx, ImportResultDto, InstallationKey, OpenMode, RandomIds, SystemClock};
use sonae_i18n::Localizer;
use std::path::{Path, PathBuf};

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
    let mut store = sonae_api::open_store(db, OpenMode::ReadOnly, &clock).map_err(|e| api_failure(l10n, e))?;
    let actor = cli_actor();
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &RandomIds, actor: &actor };
    let done = sonae_api::check_bundle_import(&mut ctx, &bytes).map_err(|e| refusal(l10n, e))?;
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

pub(crate) fn export(l10n: &Localizer, ctx: &mut Ctx<'_>, db: &Path, command: ExportCommand) -> Result<(), Failure> {
    let fail = |e: ApiError| api_failure(l10n, e);
    let ExportCommand::Case { case, out } = command;
    let shown = out.display().to_string();
    if out.exists() {
        return Err(Failure { line: l10n.msg("cli-export-exists", &[("path", &shown)]), code: 2 });
    }
    let cases = sonae_api::list_cases(ctx).map_err(fail)?;
    let Some(found) = cases.iter().find(|c| c.receipt_no == case || c.id == case) else {
        return Err(Failure { line: l10n.msg("cli-export-case-unknown", &[("case", &case)]), code: 2 });
    };
    let dir = db.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let key = InstallationKey::load_or_create(&dir).map_err(fail)?;
    let bytes = sonae_api::export_case_bundle(ctx, &found.id, &key).map_err(fail)?;
    let write_failed = || Failure { line: l10n.msg("cli-report-write-failed", &[("path", &shown)]), code: 1 };
    let mut partial = out.clone().into_os_string();
    partial.push(".partial");
    std::fs::write(&partial, &bytes).map_err(|_| write_failed())?;
    // A hard link never replaces a file that appeared meanwhile.
    let linked = std::fs::hard_link(&partial, &out);
    let _ = std::fs::remove_file(&partial);
    linked.map_err(|_| write_failed())?;
    let fingerprint = key.fingerprint();
    let args = [("path", shown.as_str()), ("receipt", found.receipt_no.as_str()), ("fingerprint", fingerprint.as_str())];
    println!("{}", l10n.msg("cli-export-written", &args));
    Ok(())
}

pub(crate) fn import(l10n: &Localizer, ctx: &mut Ctx<'_>, bytes: &[u8]) -> Result<(), Failure> {
    let r = sonae_api::import_bundle(ctx, bytes).map_err(|e| refusal(l10n, e))?;
    print_import(l10n, &r);
    Ok(())
}

pub(crate) fn print_import(l10n: &Localizer, r: &ImportResultDto) {
    let count = r.inserted.to_string();
    let args = [("receipt", r.receipt_no.as_str()), ("name", &r.exporter_name), ("fingerprint", &r.exporter), ("count", &count)];
    let id = if r.inserted == 0 { "cli-import-unchanged" } else { "cli-import-done" };
    println!("{}", l10n.msg(id, &args));
}
