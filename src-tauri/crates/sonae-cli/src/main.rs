//! `sonae`: the same API as the desktop app, from a terminal (administration, scripting, checks).
//!
//! Exit codes: 0 success, 2 a usage or validation error (unknown flag, missing file …), 1 any
//! other failure (unreadable or newer database, broken audit chain …). Every failure is one
//! localized line on stderr; nothing panics on bad input.
//!
//! The CLI acts as the local operator `system:cli` with the 管理者 and CSIRT責任者 roles: whoever
//! can run it already holds the operating-system rights to the database file. `obligations` and
//! `calendar` are pure computations and open no database (`obligations_cmd`).

mod bench_cmd;
mod exchange_cmd;
mod facts_json;
mod obligations_cmd;
mod stats_cmd;

use clap::{Parser, Subcommand, error::ContextKind, error::ErrorKind};
use sonae_api::dto::{AuditProblemDto, CaseSummaryDto};
use sonae_api::{Actor, ApiError, Clock, Ctx, OpenMode, RandomIds, Role, Store, SystemClock};
use sonae_i18n::{Lang, Localizer};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sonae", version, about = "Sonae (備え): incident response for Japanese local governments")]
struct Cli {
    /// Database file (default: sonae.db in the app-data directory; SONAE_DATA_DIR overrides it)
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Language of messages
    #[arg(long, global = true, value_parser = ["ja", "en"], default_value = "ja")]
    lang: String,
    #[command(subcommand)]
    command: TopCommand,
}

#[derive(Subcommand)]
enum TopCommand {
    #[command(flatten)]
    Db(Command),
    #[command(flatten)]
    Offline(obligations_cmd::OfflineCommand),
    #[command(flatten)]
    Bench(bench_cmd::BenchCommand),
}

/// Commands that work on a database.
#[derive(Subcommand)]
enum Command {
    /// Create the database, or migrate it to this version's schema (after a backup copy)
    Init,
    /// Fill an empty database with the fictional organization 架空市
    Demo,
    /// Cases
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// The audit log
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// SQLite integrity check plus audit verification; never writes
    Check,
    /// The organization setup (no case data)
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Local accounts
    Account {
        #[command(subcommand)]
        command: AccountCommand,
    },
    /// Backups of the database and the evidence files (one archive with a SHA-256 manifest)
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// A document of a case as PDF (docs/cli.md): first-report, ppc-appi, ppc-mynumber,
    /// prefecture, final-report, subject-notice, press-release, police, contacts; or `annual`,
    /// the 年次報告 of a 年度 to the 情報セキュリティ委員会 (--year instead of --case)
    Report {
        /// The document
        #[arg(value_name = "KIND", value_parser = clap::builder::PossibleValuesParser::new(
            sonae_api::DOCUMENT_KINDS.iter().copied().chain(["annual"])))]
        kind: String,
        /// The case: its 受付番号 (2026-0005) or its id
        #[arg(long, value_name = "CASE", conflicts_with = "year")]
        case: Option<String>,
        /// `annual`: the 年度 (2026 = 令和8年度, April–March)
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
        /// Output file (PDF)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// PPC reports: preliminary (速報), final (確報), combined (速報兼確報) or supplement (追完);
        /// by default what the tracker suggests
        #[arg(long, value_name = "KIND", value_parser = ["preliminary", "final", "combined", "supplement"])]
        ppc_kind: Option<String>,
    },
    /// Statistics of real cases (drill cases never counted): counts and median times by group
    Stats(stats_cmd::StatsArgs),
    /// The organization's drills (緊急時対応訓練) in the database: the list and the 訓練実施記録 PDF.
    /// (Scenario files, which need no database, are `sonae drill`.)
    Drills {
        #[command(subcommand)]
        command: DrillsCommand,
    },
    /// Signed case bundles between installations: this installation's key and the trusted keys
    /// (docs/exchange.md)
    Exchange {
        #[command(subcommand)]
        command: exchange_cmd::ExchangeCommand,
    },
    /// Write a signed bundle (docs/exchange.md)
    Export {
        #[command(subcommand)]
        command: exchange_cmd::ExportCommand,
    },
    /// Import a signed case bundle; checks everything first, writes nothing it already has
    Import {
        /// The bundle file
        file: PathBuf,
    },
    /// Encryption at rest: encrypt a plain database, or change the passphrase (re-keys the file).
    /// The passphrase comes from SONAE_PASSPHRASE or a prompt (docs/encryption.md)
    Passphrase {
        #[command(subcommand)]
        command: PassphraseCommand,
    },
    /// Training (研修): sessions, the 12-month alert of 特定個人情報 handlers, attendance CSV
    /// import, the annual report (docs/training.md)
    Training {
        #[command(subcommand)]
        command: TrainingCommand,
    },
}

#[derive(Subcommand)]
enum DrillsCommand {
    /// Every drill, newest first (id, state, 年度, the drill case's 受付番号, name)
    List {
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Write a drill's 訓練実施記録 as PDF
    Record {
        /// The drill's id (see `sonae drills list`)
        #[arg(long, value_name = "ID")]
        drill: String,
        /// Output file (PDF)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum TrainingCommand {
    /// The sessions of a 年度 (id, date, title, attended / recorded)
    Sessions {
        /// The 年度 (fiscal year starting in April), e.g. 2026; default: the current one
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
    },
    /// Handlers of 特定個人情報 without a session on サイバー脅威と対策 in the last 12 months
    Alert {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Import an attendance CSV (UTF-8; 氏名,出欠,理解度) for one session; one bad row refuses the file
    Import {
        /// The session's id (see `sonae training sessions`)
        #[arg(long, value_name = "ID")]
        session: String,
        /// The CSV file
        file: PathBuf,
    },
    /// Write the annual training report (研修実施報告) of a 年度 as PDF
    Report {
        /// The 年度, e.g. 2026
        #[arg(long, value_name = "YEAR")]
        year: i32,
        /// Output file (PDF)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum PassphraseCommand {
    /// Encrypt this plain database and its evidence files; the plain file is kept beside it
    /// (`.before-encryption-<stamp>`) for you to remove once the encrypted one is checked
    Set,
    /// Change the passphrase: current from SONAE_PASSPHRASE or a prompt, new from
    /// SONAE_NEW_PASSPHRASE or a prompt (twice)
    Change,
}

#[derive(Subcommand)]
enum BackupCommand {
    /// Write a backup archive (never overwrites a file)
    Create {
        /// Output file
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check every entry of an archive against its manifest; writes nothing
    Verify {
        /// The archive
        file: PathBuf,
    },
    /// Verify, then restore into the database's directory; the current database is kept beside it
    Restore {
        /// The archive
        file: PathBuf,
    },
    /// The daily automatic backup into `backups/` beside the database, unless today has one;
    /// keeps the newest N automatic backups (for a task scheduler; the app does it at start-up)
    Auto {
        /// How many automatic backups to keep
        #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(u16).range(1..=365))]
        keep: u16,
    },
}

#[derive(Subcommand)]
enum OrgCommand {
    /// Write the whole setup as a human-editable TOML file (docs/org-file.md)
    Export {
        /// Output file
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read a setup file into a database without an organization; checks everything first
    Import {
        /// The TOML file
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum AccountCommand {
    /// Give an account a new one-time initial password (printed once) and unlock it
    Reset {
        /// Login id
        #[arg(long)]
        login: String,
    },
}

#[derive(Subcommand)]
enum CaseCommand {
    /// List every case, newest first
    List {
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Re-compute the hash chain and compare every row with its last audit entry
    Verify,
}

/// The passphrase of an encrypted database (issue 9): `SONAE_PASSPHRASE`, else asked on the
/// terminal (without echo) when there is one. `None` for a plain or missing file — which `init`
/// and `demo` create encrypted when `SONAE_PASSPHRASE` is set.
fn passphrase_for(l10n: &Localizer, path: &std::path::Path) -> Result<Option<String>, Failure> {
    use std::io::IsTerminal as _;
    if let Some(p) = std::env::var("SONAE_PASSPHRASE").ok().filter(|p| !p.is_empty()) {
        return Ok(Some(p));
    }
    let kind = sonae_api::encryption::database_file(path).map_err(|e| api_failure(l10n, e))?;
    if kind != sonae_api::encryption::DatabaseFile::Encrypted {
        return Ok(None);
    }
    // Asked once per run (a bundle import opens the file twice).
    static TYPED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(typed) = TYPED.get() {
        return Ok(Some(typed.clone()));
    }
    if !std::io::stdin().is_terminal() {
        return Err(api_failure(l10n, sonae_api::encryption::locked(path)));
    }
    let prompt = format!("{} ", l10n.msg("cli-passphrase-prompt", &[("path", &path.display().to_string())]));
    let typed = rpassword::prompt_password(prompt).map_err(|_| api_failure(l10n, sonae_api::encryption::locked(path)))?;
    Ok(Some(TYPED.get_or_init(|| typed).clone()))
}

/// A new passphrase: from `env`, else typed twice on the terminal.
fn new_passphrase(l10n: &Localizer, env: &str) -> Result<String, Failure> {
    use std::io::IsTerminal as _;
    let fail = |e: ApiError| api_failure(l10n, e);
    if let Some(p) = std::env::var(env).ok().filter(|p| !p.is_empty()) {
        sonae_api::encryption::check_new_passphrase(&p, None, "passphrase").map_err(fail)?;
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        return Err(fail(ApiError::new(sonae_api::ErrorCode::Validation, "error-passphrase-env").arg("name", env)));
    }
    let unreadable = || fail(ApiError::new(sonae_api::ErrorCode::Validation, "error-passphrase-env").arg("name", env));
    let first = rpassword::prompt_password(format!("{} ", l10n.msg("cli-passphrase-new", &[]))).map_err(|_| unreadable())?;
    let again = rpassword::prompt_password(format!("{} ", l10n.msg("cli-passphrase-again", &[]))).map_err(|_| unreadable())?;
    sonae_api::encryption::check_new_passphrase(&first, Some(&again), "passphrase").map_err(fail)?;
    Ok(first)
}

/// Opens the database, with its passphrase when it is encrypted.
pub(crate) fn open_db(l10n: &Localizer, path: &std::path::Path, mode: OpenMode) -> Result<Store, Failure> {
    let passphrase = passphrase_for(l10n, path)?;
    sonae_api::encryption::open_store_with(path, mode, &SystemClock, passphrase.as_deref()).map_err(|e| api_failure(l10n, e))
}

/// Who the CLI acts as (see the module docs).
fn cli_actor() -> Actor {
    Actor::new("system:cli", &[Role::Administrator, Role::CsirtLead])
}

/// What went wrong, already localized, with its exit code.
struct Failure {
    line: String,
    code: u8,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let l10n = Localizer::new(lang_from_args(&args));
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&l10n, &e),
    };
    let l10n = Localizer::new(Lang::parse(&cli.lang).unwrap_or(Lang::Ja));
    match run(cli, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{}", f.line);
            ExitCode::from(f.code)
        }
    }
}

/// `--lang` is needed before clap has parsed anything, to localize clap's own errors.
fn lang_from_args(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = if a == "--lang" { it.next().map(String::as_str) } else { a.strip_prefix("--lang=") };
        if let Some(lang) = value.and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::Ja
}

fn usage_error(l10n: &Localizer, e: &clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            // The usage of the (sub)command that needs more, on stderr.
            eprint!("{}", e.render());
            return ExitCode::from(2);
        }
        _ => {}
    }
    let get = |k| e.get(k).map(|v| v.to_string());
    let detail = match (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue), get(ContextKind::InvalidSubcommand)) {
        // A value not among the possible ones lists them: `<KIND> = memo [first-report, …]`.
        (Some(arg), Some(value), _) => Some(match e.get(ContextKind::ValidValue) {
            Some(clap::error::ContextValue::Strings(valid)) => format!("{arg} = {value} [{}]", valid.join(", ")),
            _ => format!("{arg} = {value}"),
        }),
        (Some(arg), None, _) => Some(arg),
        (None, _, sub) => sub,
    };
    let detail = detail.unwrap_or_else(|| {
        let rendered = e.render().to_string();
        rendered.lines().next().unwrap_or_default().trim_start_matches("error: ").to_owned()
    });
    eprintln!("{}", l10n.msg("cli-usage-error", &[("detail", &detail)]));
    ExitCode::from(2)
}

fn api_failure(l10n: &Localizer, e: ApiError) -> Failure {
    let mut args: Vec<(String, String)> = e.args.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if let Some(field_id) = e.args.get("fieldId") {
        args.push(("field".into(), l10n.msg(field_id, &[])));
    }
    // A nested reason (the org file names where, then why).
    if let Some(reason_id) = e.args.get("reasonId") {
        let inner: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let reason = l10n.msg(reason_id, &inner);
        args.push(("reason".into(), reason));
    }
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    Failure { line: l10n.msg(&e.message_id, &args), code: u8::try_from(e.exit_code()).unwrap_or(1) }
}

fn problem_line(l10n: &Localizer, p: &AuditProblemDto) -> String {
    let args: Vec<(&str, &str)> = p.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    l10n.msg(&p.message_id, &args)
}

fn run(cli: Cli, l10n: &Localizer) -> Result<(), Failure> {
    let cli_lang = cli.lang.clone();
    let command = match cli.command {
        TopCommand::Offline(c) => return obligations_cmd::run(c, l10n),
        TopCommand::Bench(c) => return bench_cmd::run(c, l10n),
        TopCommand::Db(c) => c,
    };
    let fail = |e: ApiError| api_failure(l10n, e);
    let path = match cli.db {
        Some(p) => p,
        None => sonae_api::default_db_path().map_err(fail)?,
    };
    // Verifying and restoring a backup open no database.
    match &command {
        Command::Backup { command: BackupCommand::Verify { file } } => {
            let m = sonae_api::verify_backup_with_progress(file, &mut exchange_cmd::progress_printer(l10n)).map_err(fail)?;
            println!(
                "{}",
                l10n.msg(
                    "cli-backup-verified",
                    &[("files", &m.files.len().to_string()), ("cases", &m.cases.to_string()), ("at", &m.created_at)]
                )
            );
            return Ok(());
        }
        Command::Backup { command: BackupCommand::Restore { file } } => {
            let m = sonae_api::restore_backup_with_progress(file, &path, SystemClock.now(), &mut exchange_cmd::progress_printer(l10n))
                .map_err(fail)?;
            println!(
                "{}",
                l10n.msg(
                    "cli-backup-restored",
                    &[("path", &path.display().to_string()), ("cases", &m.cases.to_string()), ("at", &m.created_at)]
                )
            );
            return Ok(());
        }
        _ => {}
    }
    if let Command::Passphrase { command: PassphraseCommand::Set } = &command {
        let passphrase = new_passphrase(l10n, "SONAE_PASSPHRASE")?;
        let done = sonae_api::encryption::encrypt_database(&path, &passphrase, None, &SystemClock).map_err(fail)?;
        println!(
            "{}",
            l10n.msg(
                "cli-encrypted",
                &[
                    ("path", &path.display().to_string()),
                    ("files", &done.sealed_files.to_string()),
                    ("plain", &done.plain_copy.display().to_string())
                ]
            )
        );
        eprintln!("{}", l10n.msg("cli-encrypted-plain-copy", &[("plain", &done.plain_copy.display().to_string())]));
        return Ok(());
    }
    let mode = match command {
        Command::Passphrase { .. } => OpenMode::ExistingOrFail,
        Command::Init | Command::Demo | Command::Org { command: OrgCommand::Import { .. } } => OpenMode::CreateOrMigrate,
        Command::Case { .. } | Command::Org { .. } | Command::Account { .. } => OpenMode::ExistingOrFail,
        Command::Audit { .. } | Command::Check | Command::Backup { .. } | Command::Report { .. } => OpenMode::ReadOnly,
        Command::Drills { .. } => OpenMode::ReadOnly,
        Command::Stats(_) => OpenMode::ReadOnly,
        Command::Training { command: TrainingCommand::Import { .. } } => OpenMode::ExistingOrFail,
        Command::Training { .. } => OpenMode::ReadOnly,
        Command::Exchange { .. } | Command::Import { .. } => OpenMode::ExistingOrFail,
        Command::Export { .. } => OpenMode::ReadOnly,
    };
    // An import file is checked completely before the database is opened (or created).
    let import_text = match &command {
        Command::Org { command: OrgCommand::Import { file } } => {
            let text = std::fs::read_to_string(file)
                .map_err(|_| fail(ApiError::new(sonae_api::ErrorCode::Validation, "error-file-unreadable").arg("path", file.display())))?;
            sonae_api::check_org_file(&text).map_err(fail)?;
            text
        }
        Command::Training { command: TrainingCommand::Import { file, .. } } => read_csv(l10n, file)?,
        _ => String::new(),
    };
    // A bundle is checked completely on the database opened read-only; one already imported
    // needs no writable open at all.
    let bundle = match &command {
        Command::Import { file } => match exchange_cmd::read_bundle(l10n, file, &path)? {
            (_, Some(done)) => {
                exchange_cmd::print_import(l10n, &done);
                return Ok(());
            }
            (bytes, None) => bytes,
        },
        _ => Vec::new(),
    };
    let clock = SystemClock;
    let ids = RandomIds;
    let actor = cli_actor();
    let mut store: Store = open_db(l10n, &path, mode)?;
    let shown = path.display().to_string();
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    match command {
        Command::Passphrase { command: PassphraseCommand::Set } => unreachable!("handled before the database is opened"),
        Command::Passphrase { command: PassphraseCommand::Change } => {
            let current = passphrase_for(l10n, &path)?.unwrap_or_default();
            let new = new_passphrase(l10n, "SONAE_NEW_PASSPHRASE")?;
            sonae_api::encryption::change_passphrase(&mut ctx, &current, &new, &new).map_err(fail)?;
            println!("{}", l10n.msg("cli-passphrase-changed", &[("path", &shown)]));
        }
        Command::Init => {
            let version = ctx.store.schema_version().map_err(|e| fail(e.into()))?;
            println!("{}", l10n.msg("cli-init-done", &[("path", &shown), ("version", &version.to_string())]));
        }
        Command::Demo => {
            let home = sonae_api::load_demo(&mut ctx).map_err(fail)?;
            println!("{}", l10n.msg("cli-demo-done", &[("path", &shown), ("cases", &home.cases.len().to_string())]));
        }
        Command::Case { command: CaseCommand::List { json } } => {
            let cases = sonae_api::list_cases(&mut ctx).map_err(fail)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&cases).unwrap_or_else(|_| "[]".into()));
            } else {
                print_cases(l10n, &cases);
            }
        }
        Command::Audit { command: AuditCommand::Verify } => {
            let report = sonae_api::verify_audit(&mut ctx).map_err(fail)?;
            if let Some(first) = report.problems.first() {
                let first = problem_line(l10n, first);
                let count = report.problems.len().to_string();
                return Err(Failure { line: l10n.msg("cli-audit-broken", &[("count", &count), ("first", &first)]), code: 1 });
            }
            println!("{}", l10n.msg("cli-audit-ok", &[("entries", &report.entries.to_string())]));
        }
        Command::Org { command: OrgCommand::Export { out } } => {
            let text = sonae_api::org_export(&mut ctx).map_err(fail)?;
            std::fs::write(&out, text).map_err(|_| fail(ApiError::new(sonae_api::ErrorCode::Storage, "error-export-failed")))?;
            println!("{}", l10n.msg("cli-org-exported", &[("path", &out.display().to_string())]));
        }
        Command::Org { command: OrgCommand::Import { .. } } => {
            let people = sonae_api::org_import(&mut ctx, &import_text).map_err(fail)?;
            println!("{}", l10n.msg("cli-org-imported", &[("people", &people.to_string())]));
        }
        Command::Account { command: AccountCommand::Reset { login } } => {
            let password = sonae_api::reset_account_password(&mut ctx, &login).map_err(fail)?;
            println!("{}", l10n.msg("cli-account-reset", &[("login", &login), ("password", &password)]));
        }
        Command::Backup { command: BackupCommand::Create { out } } => {
            let m = sonae_api::create_backup_with_progress(&mut ctx, &out, &mut exchange_cmd::progress_printer(l10n)).map_err(fail)?;
            let evidence = (m.files.len() - 1).to_string();
            println!(
                "{}",
                l10n.msg(
                    "cli-backup-created",
                    &[("path", &out.display().to_string()), ("cases", &m.cases.to_string()), ("files", &evidence)]
                )
            );
        }
        Command::Backup { command: BackupCommand::Auto { keep } } => {
            let dir = path.parent().map(|d| d.join("backups")).unwrap_or_else(|| PathBuf::from("backups"));
            match sonae_api::auto_backup(&mut ctx, &dir, usize::from(keep)).map_err(fail)? {
                sonae_api::AutoBackup::Made { path, removed, .. } => println!(
                    "{}",
                    l10n.msg("cli-backup-auto-made", &[("path", &path.display().to_string()), ("removed", &removed.len().to_string())])
                ),
                sonae_api::AutoBackup::AlreadyToday(path) => {
                    println!("{}", l10n.msg("cli-backup-auto-exists", &[("path", &path.display().to_string())]))
                }
            }
        }
        Command::Backup { .. } => unreachable!("verify and restore return above"),
        Command::Report { kind, year: Some(year), out, .. } if kind == "annual" => {
            let pdf = sonae_api::annual_report_pdf(&mut ctx, year).map_err(fail)?;
            std::fs::write(&out, &pdf)
                .map_err(|_| Failure { line: l10n.msg("cli-report-write-failed", &[("path", &out.display().to_string())]), code: 1 })?;
            println!(
                "{}",
                l10n.msg(
                    "cli-annual-written",
                    &[("path", &out.display().to_string()), ("year", &year.to_string()), ("bytes", &pdf.len().to_string())]
                )
            );
        }
        Command::Report { kind, year: None, .. } if kind == "annual" => {
            return Err(Failure { line: l10n.msg("cli-annual-year-missing", &[]), code: 2 });
        }
        Command::Report { kind, year: Some(_), .. } => {
            return Err(Failure { line: l10n.msg("cli-report-year-only-annual", &[("kind", &kind)]), code: 2 });
        }
        Command::Report { kind, case: None, .. } => {
            return Err(Failure { line: l10n.msg("cli-report-case-missing", &[("kind", &kind)]), code: 2 });
        }
        Command::Report { kind, case: Some(case), out, ppc_kind, .. } => {
            // A 受付番号 or an id; an unknown case is a usage error (exit 2).
            let cases = sonae_api::list_cases(&mut ctx).map_err(fail)?;
            let Some(found) = cases.iter().find(|c| c.receipt_no == case || c.id == case) else {
                return Err(Failure { line: l10n.msg("cli-report-case-unknown", &[("case", &case)]), code: 2 });
            };
            let request = sonae_api::dto::DocumentRequest { case_id: found.id.clone(), kind, ppc_kind };
            // A kind that makes no sense for the case says why and exits 2.
            let (pdf, _, drill) = sonae_api::document_bytes(&mut ctx, request).map_err(|e| {
                let code = if sonae_api::is_not_applicable(&e) { 2 } else { 1 };
                Failure { code, ..fail(e) }
            })?;
            std::fs::write(&out, &pdf)
                .map_err(|_| Failure { line: l10n.msg("cli-report-write-failed", &[("path", &out.display().to_string())]), code: 1 })?;
            let args = [("path", out.display().to_string()), ("receipt", found.receipt_no.clone()), ("bytes", pdf.len().to_string())];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            println!("{}", l10n.msg("cli-report-written", &args));
            if drill {
                println!("{}", l10n.msg("cli-report-drill-note", &[]));
            }
        }
        Command::Drills { command } => drills(l10n, &mut ctx, command)?,
        Command::Stats(args) => stats_cmd::run(l10n, Lang::parse(&cli_lang).unwrap_or(Lang::Ja), &mut ctx, args)?,
        Command::Training { command } => training(l10n, &mut ctx, command, &import_text)?,
        Command::Exchange { command } => exchange_cmd::exchange(l10n, &mut ctx, command)?,
        Command::Export { command } => exchange_cmd::export(l10n, &mut ctx, command)?,
        Command::Import { .. } => exchange_cmd::import(l10n, &mut ctx, &bundle)?,
        Command::Check => {
            let report = sonae_api::check(&mut ctx).map_err(fail)?;
            if let Some(first) = report.integrity_problems.first() {
                let count = report.integrity_problems.len().to_string();
                return Err(Failure { line: l10n.msg("cli-integrity-failed", &[("count", &count), ("first", first)]), code: 1 });
            }
            if let Some(first) = report.audit.problems.first() {
                let first = problem_line(l10n, first);
                let count = report.audit.problems.len().to_string();
                return Err(Failure { line: l10n.msg("cli-audit-broken", &[("count", &count), ("first", &first)]), code: 1 });
            }
            if let Some(first) = report.evidence_problems.first() {
                let count = report.evidence_problems.len().to_string();
                return Err(Failure { line: l10n.msg("cli-evidence-broken", &[("count", &count), ("first", &first.file_name)]), code: 1 });
            }
            println!("{}", l10n.msg("cli-check-ok", &[("entries", &report.audit.entries.to_string())]));
            if report.evidence_files > 0 {
                println!("{}", l10n.msg("cli-check-evidence-ok", &[("count", &report.evidence_files.to_string())]));
            }
        }
    }
    Ok(())
}

/// An attendance CSV's text: a missing file or one that is not UTF-8 is a usage error (exit 2).
fn read_csv(l10n: &Localizer, file: &std::path::Path) -> Result<String, Failure> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|_| Failure { line: l10n.msg("cli-training-unreadable", &[("path", &shown)]), code: 2 })?;
    String::from_utf8(bytes).map_err(|_| Failure { line: l10n.msg("cli-training-not-utf8", &[("path", &shown)]), code: 2 })
}

/// `sonae training …`.
fn drills(l10n: &Localizer, ctx: &mut Ctx<'_>, command: DrillsCommand) -> Result<(), Failure> {
    let fail = |e: ApiError| api_failure(l10n, e);
    match command {
        DrillsCommand::List { json } => {
            let list = sonae_api::list_drills(ctx).map_err(fail)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into()));
                return Ok(());
            }
            for d in &list {
                let state = l10n.msg(&format!("drill-state-{}", d.state), &[]);
                println!("{}\t{}\t{}\t{}\t{}", d.id, state, d.fiscal_year, d.case_receipt_no.as_deref().unwrap_or("－"), d.name);
            }
        }
        DrillsCommand::Record { drill, out } => {
            let (pdf, _) = sonae_api::drill_record_bytes(ctx, &drill).map_err(|e| {
                let code = if e.code == sonae_api::ErrorCode::NotFound { 2 } else { 1 };
                Failure { code, ..fail(e) }
            })?;
            std::fs::write(&out, &pdf)
                .map_err(|_| Failure { line: l10n.msg("cli-report-write-failed", &[("path", &out.display().to_string())]), code: 1 })?;
            println!(
                "{}",
                l10n.msg("cli-drill-record-written", &[("path", &out.display().to_string()), ("bytes", &pdf.len().to_string())])
            );
        }
    }
    Ok(())
}

fn training(l10n: &Localizer, ctx: &mut Ctx<'_>, command: TrainingCommand, csv: &str) -> Result<(), Failure> {
    use std::io::Write as _;
    let fail = |e: ApiError| api_failure(l10n, e);
    match command {
        TrainingCommand::Sessions { year } => {
            let y = sonae_api::training_year(ctx, year).map_err(fail)?;
            let mut out = std::io::stdout().lock();
            if y.sessions.is_empty() {
                let _ = writeln!(out, "{}", l10n.msg("cli-training-sessions-none", &[("year", &y.fiscal_year.to_string())]));
            }
            for s in &y.sessions {
                let recorded = (s.attended + s.absent).to_string();
                let counts = l10n.msg("cli-training-attended-of", &[("attended", &s.attended.to_string()), ("recorded", &recorded)]);
                if writeln!(out, "{}\t{}\t{}\t{}", s.id, s.held_on, counts, s.title).is_err() {
                    break;
                }
            }
        }
        TrainingCommand::Alert { json } => {
            let list = sonae_api::training_alert(ctx).map_err(fail)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list).unwrap_or_else(|_| "{}".into()));
                return Ok(());
            }
            if list.alerts.is_empty() {
                println!("{}", l10n.msg("cli-training-alert-none", &[("today", &list.today)]));
                return Ok(());
            }
            println!("{}", l10n.msg("cli-training-alert-heading", &[("today", &list.today), ("from", &list.window_start)]));
            let mut out = std::io::stdout().lock();
            for a in &list.alerts {
                let reason = l10n.msg(&label_id("training-alert-reason", &a.reason), &[]);
                let reason = match (&a.last_attended, &a.last_absent) {
                    (Some(day), _) => l10n.msg("cli-training-alert-last-attended", &[("reason", &reason), ("date", day)]),
                    (None, Some(day)) => l10n.msg("cli-training-alert-last-absent", &[("reason", &reason), ("date", day)]),
                    (None, None) => reason,
                };
                let department = a.department.clone().unwrap_or_default();
                if writeln!(out, "{}\t{}\t{}\t{}", a.name, department, a.designated_on, reason).is_err() {
                    break;
                }
            }
        }
        TrainingCommand::Import { session, .. } => {
            let input = sonae_api::dto::AttendanceCsvInput { session_id: session, text: csv.to_owned() };
            // An unknown session is a usage error (exit 2), like a missing file.
            let done = sonae_api::import_attendance_csv(ctx, input).map_err(|e| match e.code {
                sonae_api::ErrorCode::NotFound => Failure { line: l10n.msg("cli-training-session-unknown", &[]), code: 2 },
                _ => fail(e),
            })?;
            let s = &done.detail.session;
            println!(
                "{}",
                l10n.msg("cli-training-imported", &[("count", &done.imported.to_string()), ("date", &s.held_on), ("title", &s.title)])
            );
        }
        TrainingCommand::Report { year, out } => {
            let pdf = sonae_api::training_report_pdf(ctx, year).map_err(fail)?;
            let shown = out.display().to_string();
            std::fs::write(&out, &pdf).map_err(|_| Failure { line: l10n.msg("cli-report-write-failed", &[("path", &shown)]), code: 1 })?;
            println!("{}", l10n.msg("cli-training-report-written", &[("path", &shown), ("bytes", &pdf.len().to_string())]));
        }
    }
    Ok(())
}

/// The Fluent label id of an enum DTO value: its camelCase serde name under `prefix`.
fn label_id(prefix: &str, value: &impl serde::Serialize) -> String {
    let camel = serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    sonae_api::fluent_id(prefix, &camel)
}

/// Prints the case list. A closed pipe (`sonae case list | head`) ends the listing quietly.
fn print_cases(l10n: &Localizer, cases: &[CaseSummaryDto]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if cases.is_empty() {
        let _ = writeln!(out, "{}", l10n.msg("cli-case-list-empty", &[]));
        return;
    }
    if writeln!(out, "{}", l10n.msg("cli-case-list-header", &[])).is_err() {
        return;
    }
    for c in cases {
        let created = sonae_api::clock::from_storage(&c.created_at).map(sonae_api::clock::to_jst_display).unwrap_or_default();
        let severity = match &c.severity {
            Some(s) => l10n.msg(&label_id("severity", s), &[]),
            None => l10n.msg("cli-severity-none", &[]),
        };
        let drill = if c.drill { l10n.msg("cli-drill-mark", &[]) } else { String::new() };
        let line = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}{}",
            c.receipt_no,
            created,
            l10n.msg(&label_id("case-state", &c.state), &[]),
            l10n.msg(&label_id("category", &c.category), &[]),
            severity,
            drill,
            c.title
        );
        if line.is_err() {
            return;
        }
    }
}
