//! The data-safety page's use cases (issue 9): backups made, listed and verified from the app in
//! `<data dir>/backups`, with what their manifests say. Restoring stays with the CLI
//! (`sonae backup restore`), with the app closed: the running app holds the database open.

use crate::Ctx;
use crate::backup::{BackupManifest, create_backup_with_progress, verify_backup_with_progress};
use crate::error::{ApiError, ErrorCode};
use crate::progress::OnProgress;
use serde::Serialize;
use sonae_core::Action;
use sonae_core::clock::to_storage;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The folder of backups beside the database (the automatic ones are written there too).
pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

/// A new backup's default path: `<data dir>/backups/sonae-<YYYYMMDD-HHMMSS>.tar` (Japan time);
/// never the automatic backups' name, so rotation never removes it.
pub fn default_backup_path(ctx: &Ctx<'_>, data_dir: &Path) -> String {
    let stamp = ctx.clock.now().with_timezone(&chrono_tz::Asia::Tokyo).format("%Y%m%d-%H%M%S");
    backups_dir(data_dir).join(format!("sonae-{stamp}.tar")).display().to_string()
}

/// What a backup archive's manifest says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummaryDto {
    pub path: String,
    /// RFC 3339 UTC.
    pub created_at: String,
    pub schema_version: i64,
    pub cases: u32,
    pub audit_entries: u32,
    /// Evidence files in the archive.
    pub evidence_files: u32,
    #[ts(type = "number")]
    pub size: u64,
}

fn summary(path: &Path, m: &BackupManifest) -> BackupSummaryDto {
    BackupSummaryDto {
        path: path.display().to_string(),
        created_at: m.created_at.clone(),
        schema_version: m.schema_version,
        cases: u32::try_from(m.cases).unwrap_or(u32::MAX),
        audit_entries: u32::try_from(m.audit_entries).unwrap_or(u32::MAX),
        evidence_files: u32::try_from(m.files.iter().filter(|f| f.path.starts_with("evidence/")).count()).unwrap_or(u32::MAX),
        size: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
    }
}

fn path_of(path: &str) -> Result<PathBuf, ApiError> {
    let path = path.trim();
    if path.is_empty() {
        let mut e = ApiError::new(ErrorCode::Validation, "error-field-required").arg("fieldId", "field-backup-path");
        e.field = Some("backupPath".into());
        return Err(e);
    }
    Ok(PathBuf::from(path))
}

/// Writes a backup to the new file `path` (its folder is created). Needs MakeBackups.
pub fn make_backup(ctx: &mut Ctx<'_>, path: &str, progress: OnProgress<'_>) -> Result<BackupSummaryDto, ApiError> {
    ctx.actor.require(Action::MakeBackups)?;
    let path = path_of(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| ApiError::new(ErrorCode::Storage, "error-backup-write").arg("path", parent.display()).arg("reason", e))?;
    }
    let m = create_backup_with_progress(ctx, &path, progress)?;
    Ok(summary(&path, &m))
}

/// Reads a backup archive completely and checks it against its manifest; answers what it holds.
/// Writes nothing. Needs MakeBackups.
pub fn check_backup(ctx: &mut Ctx<'_>, path: &str, progress: OnProgress<'_>) -> Result<BackupSummaryDto, ApiError> {
    ctx.actor.require(Action::MakeBackups)?;
    let path = path_of(path)?;
    let m = verify_backup_with_progress(&path, progress)?;
    Ok(summary(&path, &m))
}

/// A file in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFileDto {
    pub path: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: u64,
    /// Last written, RFC 3339 UTC.
    pub modified_at: String,
    /// A daily automatic backup (`sonae-auto-…`), rotated.
    pub automatic: bool,
}

/// The backups folder: where new backups go by default, and the `.tar` files in it, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupListDto {
    pub folder: String,
    /// The database file (for the restore command the page shows).
    pub database: String,
    /// The path a new backup is offered under.
    pub suggested_path: String,
    pub files: Vec<BackupFileDto>,
}

/// The `.tar` files in `<data dir>/backups`, newest first. Needs MakeBackups.
pub fn list_backups(ctx: &mut Ctx<'_>, data_dir: &Path) -> Result<BackupListDto, ApiError> {
    ctx.actor.require(Action::MakeBackups)?;
    let dir = backups_dir(data_dir);
    let automatic = crate::backup::auto_backups(&dir);
    let mut files: Vec<BackupFileDto> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_name()?.to_str()?.to_owned();
            let meta = e.metadata().ok().filter(std::fs::Metadata::is_file)?;
            if !name.ends_with(".tar") {
                return None;
            }
            let modified: chrono::DateTime<chrono::Utc> = meta.modified().ok()?.into();
            Some(BackupFileDto {
                automatic: automatic.contains(&path),
                path: path.display().to_string(),
                file_name: name,
                size: meta.len(),
                modified_at: to_storage(modified),
            })
        })
        .collect();
    files.sort_by(|a, b| b.modified_at.cmp(&a.modified_at).then_with(|| b.file_name.cmp(&a.file_name)));
    let database = data_dir.join(sonae_store::DB_FILE_NAME).display().to_string();
    Ok(BackupListDto { folder: dir.display().to_string(), database, suggested_path: default_backup_path(ctx, data_dir), files })
}
