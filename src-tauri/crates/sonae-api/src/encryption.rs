//! Encryption at rest as use cases (issue 9): opening the database with the organization's
//! passphrase, creating it encrypted at first run, encrypting a plain installation, and changing
//! the passphrase (which re-keys the file).
//!
//! The keys themselves are `sonae_store::cipher`: Argon2id of the passphrase with the file's own
//! salt; nothing secret is ever written outside the encrypted file. A wrong passphrase is a
//! validation error on the field `passphrase` (or `currentPassphrase`); a file that needs one
//! answers `ErrorCode::DatabaseLocked` so the app can ask for it.

use crate::dto::EncryptionDto;
use crate::error::{ApiError, ErrorCode};
use crate::{Clock, Ctx};
use sonae_core::Action;
pub use sonae_store::cipher::DbKey;
use sonae_store::cipher::{FileKind, file_kind};
use sonae_store::{OpenMode, Store, StoreError};
use std::path::{Path, PathBuf};

/// The shortest passphrase accepted (characters). Long enough for a phrase that a team can share
/// by word of mouth; Argon2id makes each guess cost about half a second.
pub const PASSPHRASE_MIN_CHARS: usize = 12;
/// The longest passphrase accepted (characters).
pub const PASSPHRASE_MAX_CHARS: usize = 256;

/// The setting recording the last change of passphrase (audited, with who changed it).
const REKEYED_AT: &str = "encryption-rekeyed-at";

/// Whether the database at `path` is encrypted, plain or not there yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseFile {
    Missing,
    Plain,
    Encrypted,
}

/// What the file at `path` is, from its first bytes (nothing is opened).
pub fn database_file(path: &Path) -> Result<DatabaseFile, ApiError> {
    Ok(match file_kind(path)? {
        FileKind::Missing | FileKind::Empty => DatabaseFile::Missing,
        FileKind::Plain => DatabaseFile::Plain,
        FileKind::Encrypted { .. } => DatabaseFile::Encrypted,
    })
}

/// Checks a new passphrase (and its confirmation, when the form has one) for `field`.
pub fn check_new_passphrase(passphrase: &str, confirm: Option<&str>, field: &str) -> Result<(), ApiError> {
    let chars = passphrase.chars().count();
    if passphrase.trim().is_empty() {
        return Err(crate::cases::invalid(field, "error-field-required"));
    }
    if chars < PASSPHRASE_MIN_CHARS {
        return Err(ApiError::new(ErrorCode::Validation, "error-passphrase-too-short")
            .on(field)
            .arg("min", PASSPHRASE_MIN_CHARS)
            .arg("fieldId", crate::fluent_id("field", field)));
    }
    if chars > PASSPHRASE_MAX_CHARS {
        return Err(ApiError::new(ErrorCode::Validation, "error-field-too-long").on(field).arg("max", PASSPHRASE_MAX_CHARS));
    }
    if confirm.is_some_and(|c| c != passphrase) {
        return Err(ApiError::new(ErrorCode::Validation, "error-passphrase-mismatch").on("confirmPassphrase"));
    }
    Ok(())
}

fn wrong_passphrase(field: &str) -> ApiError {
    crate::cases::invalid(field, "error-passphrase-wrong")
}

fn wrong(field: &str) -> impl Fn(StoreError) -> ApiError + '_ {
    move |e| match e {
        StoreError::WrongPassphrase { .. } => wrong_passphrase(field),
        other => other.into(),
    }
}

/// Opens the database at `path` with `passphrase` when it is encrypted. A missing file is
/// created (CreateOrMigrate) encrypted when a passphrase is given — checked as a new one —, plain
/// otherwise; a plain file opens as it is whatever the passphrase.
pub fn open_store_with(path: &Path, mode: OpenMode, clock: &dyn Clock, passphrase: Option<&str>) -> Result<Store, ApiError> {
    let now = clock.now();
    match (database_file(path)?, passphrase) {
        (DatabaseFile::Encrypted, None) => Err(locked(path)),
        (DatabaseFile::Encrypted, Some(p)) => {
            let key = DbKey::for_file(path, p)?;
            Store::open_keyed(path, mode, now, Some(&key)).map_err(wrong("passphrase"))
        }
        (DatabaseFile::Missing, Some(p)) if mode == OpenMode::CreateOrMigrate => {
            check_new_passphrase(p, None, "passphrase")?;
            Ok(Store::open_keyed(path, mode, now, Some(&DbKey::new_file(p)))?)
        }
        _ => Ok(Store::open(path, mode, now)?),
    }
}

/// Opens an encrypted database with an already derived key (the desktop's second connection).
pub fn open_store_keyed(path: &Path, mode: OpenMode, clock: &dyn Clock, key: Option<&DbKey>) -> Result<Store, ApiError> {
    Store::open_keyed(path, mode, clock.now(), key).map_err(wrong("passphrase"))
}

/// The error of an encrypted database opened without its passphrase.
pub fn locked(path: &Path) -> ApiError {
    ApiError::new(ErrorCode::DatabaseLocked, "error-db-encrypted").arg("path", path.display().to_string())
}

/// What encrypting a plain installation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encrypted {
    /// The plain database as it was, kept beside the new one: the user removes it (securely)
    /// once the encrypted one is checked — Sonae deletes no data on its own.
    pub plain_copy: PathBuf,
    /// Evidence files sealed in place.
    pub sealed_files: usize,
}

/// Encrypts the plain database at `path` (nobody else may have it open): an encrypted copy is
/// written beside it with `sqlcipher_export` and checked (integrity, audit chain), the plain file
/// is renamed to `<name>.before-encryption-<stamp>`, the copy takes its name, and the plain
/// evidence files are sealed in place.
pub fn encrypt_database(path: &Path, passphrase: &str, confirm: Option<&str>, clock: &dyn Clock) -> Result<Encrypted, ApiError> {
    check_new_passphrase(passphrase, confirm, "passphrase")?;
    match database_file(path)? {
        DatabaseFile::Missing => return Err(StoreError::NotFound { path: path.to_owned() }.into()),
        DatabaseFile::Encrypted => return Err(ApiError::new(ErrorCode::Conflict, "error-db-already-encrypted")),
        DatabaseFile::Plain => {}
    }
    let now = clock.now();
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let partial = sibling(path, ".encrypting");
    if partial.exists() {
        // Left by an interrupted run: set aside, never deleted.
        std::fs::rename(&partial, sibling(path, &format!(".encrypting-{stamp}.partial"))).map_err(io)?;
    }
    let key = DbKey::new_file(passphrase);
    {
        let store = Store::open(path, OpenMode::ExistingOrFail, now)?;
        store.export_encrypted(&partial, &key)?;
    }
    {
        let copy = Store::open_keyed(&partial, OpenMode::ExistingOrFail, now, Some(&key))?;
        let sound = copy.integrity_problems()?.is_empty() && copy.verify_audit()?.problems.is_empty();
        if !sound {
            return Err(ApiError::new(ErrorCode::Storage, "error-encrypt-check-failed"));
        }
    }
    let plain_copy = sibling(path, &format!(".before-encryption-{stamp}"));
    std::fs::rename(path, &plain_copy).map_err(io)?;
    for suffix in ["-wal", "-shm"] {
        let side = sibling(path, suffix);
        if side.exists() {
            std::fs::rename(&side, sibling(&plain_copy, suffix)).map_err(io)?;
        }
    }
    std::fs::rename(&partial, path).map_err(io)?;
    let store = Store::open_keyed(path, OpenMode::ExistingOrFail, now, Some(&key))?;
    let sealed_files = store.seal_plain_evidence_files()?;
    Ok(Encrypted { plain_copy, sealed_files })
}

/// Changes the organization's passphrase: the current one must be right; the file is re-keyed
/// (`PRAGMA rekey`) and the change is recorded (setting `encryption-rekeyed-at`, audited).
pub fn change_passphrase(ctx: &mut Ctx<'_>, current: &str, new: &str, confirm: &str) -> Result<(), ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let Some(key) = ctx.store.db_key().cloned() else {
        return Err(ApiError::new(ErrorCode::Conflict, "error-db-not-encrypted"));
    };
    if !key.with_passphrase(current).same_as(&key) {
        return Err(wrong_passphrase("currentPassphrase"));
    }
    check_new_passphrase(new, Some(confirm), "newPassphrase")?;
    if new == current {
        return Err(ApiError::new(ErrorCode::Validation, "error-passphrase-unchanged").on("newPassphrase"));
    }
    ctx.store.rekey(&key.with_passphrase(new))?;
    let at = sonae_core::clock::to_storage(ctx.clock.now());
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_setting(REKEYED_AT, &at))?;
    Ok(())
}

/// Whether the database is encrypted (ManageOrganization: the settings page).
pub fn encryption_status(ctx: &mut Ctx<'_>) -> Result<EncryptionDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    Ok(EncryptionDto {
        encrypted: ctx.store.is_encrypted(),
        rekeyed_at: ctx.store.setting(REKEYED_AT)?,
        min_chars: PASSPHRASE_MIN_CHARS as u32,
    })
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn io(_: std::io::Error) -> ApiError {
    ApiError::new(ErrorCode::Storage, "error-storage")
}
