//! Backups (issue 9): one tar archive holding a consistent copy of the database (SQLite's online
//! backup), every evidence file, and `manifest.json` listing each entry's SHA-256 and size.
//!
//! `verify_backup` reads the whole archive and refuses anything but exactly the manifest's entries
//! with exactly their hashes (no other names, no paths outside the archive, evidence named by its own
//! hash). `restore_backup` verifies first, then writes; it never overwrites the live database — the
//! current file (and its -wal/-shm) is renamed to `<name>.before-restore-<UTC stamp>` — and never
//! deletes an evidence file: one with the same name but other bytes is set aside the same way.

use crate::Ctx;
use crate::error::{ApiError, ErrorCode};
use crate::progress::{OnProgress, Progress};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sonae_core::casework::is_sha256_hex;
use sonae_core::clock::to_storage;
use sonae_core::{Action, Timestamp};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The archive format this version writes and reads.
pub const BACKUP_FORMAT: u32 = 1;
const MANIFEST: &str = "manifest.json";
const DB_ENTRY: &str = "sonae.db";

/// One entry of the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupManifest {
    pub format: u32,
    /// RFC 3339 UTC.
    pub created_at: String,
    pub schema_version: i64,
    /// Audit entries in the database at backup time (anchors the chain's length outside the file).
    pub audit_entries: i64,
    pub cases: usize,
    /// The database and evidence files are encrypted (as they are on disk): an evidence entry's
    /// hash is then of its sealed bytes, not of the content its name is the hash of.
    #[serde(default)]
    pub encrypted: bool,
    pub files: Vec<BackupFile>,
}

fn fail(code: ErrorCode, id: &str) -> ApiError {
    ApiError::new(code, id)
}

fn io(_: std::io::Error) -> ApiError {
    fail(ErrorCode::Storage, "error-backup-write")
}

fn sha_of_file(path: &Path) -> Result<(String, u64), ApiError> {
    let mut f = std::fs::File::open(path).map_err(io)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        h.update(&buf[..n]);
    }
    Ok((hex::encode(h.finalize()), size))
}

/// Writes a backup archive to `out` (which must not exist). Answers its manifest.
pub fn create_backup(ctx: &mut Ctx<'_>, out: &Path) -> Result<BackupManifest, ApiError> {
    create_backup_with_progress(ctx, out, &mut crate::progress::ignore)
}

/// [`create_backup`], reporting progress: `cli-progress-backup-database` (0/1, 1/1) while the
/// database is copied, then `cli-progress-backup-files` per file written into the archive.
pub fn create_backup_with_progress(ctx: &mut Ctx<'_>, out: &Path, progress: OnProgress<'_>) -> Result<BackupManifest, ApiError> {
    ctx.actor.require(Action::MakeBackups)?;
    if out.exists() {
        return Err(fail(ErrorCode::Conflict, "error-backup-exists").arg("path", out.display().to_string()));
    }
    let now = ctx.clock.now();
    let partial_db = sibling(out, ".db.partial");
    let partial = sibling(out, ".partial");
    let _ = std::fs::remove_file(&partial_db);
    progress(Progress { step: "cli-progress-backup-database", done: 0, total: 1 });
    ctx.store.backup_to(&partial_db)?;
    progress(Progress { step: "cli-progress-backup-database", done: 1, total: 1 });
    let result = (|| {
        let (db_sha, db_size) = sha_of_file(&partial_db)?;
        let mut files = vec![BackupFile { path: DB_ENTRY.into(), sha256: db_sha, size: db_size }];
        let evidence_dir = ctx.store.evidence_dir();
        let mut evidence: Vec<String> =
            ctx.store.evidence_files_raw()?.into_iter().map(|f| f.sha256).filter(|s| is_sha256_hex(s)).collect();
        evidence.sort();
        evidence.dedup();
        for sha in &evidence {
            // The content must still match its name (sealed files are opened to check); the
            // archive keeps the file as stored, so an encrypted installation's backup is too.
            match ctx.store.evidence_hash_now(sha)? {
                None => return Err(fail(ErrorCode::Conflict, "error-backup-evidence-missing").arg("file", sha.clone())),
                Some(actual) if &actual != sha => {
                    return Err(fail(ErrorCode::Conflict, "error-backup-evidence-changed").arg("file", sha.clone()));
                }
                Some(_) => {}
            }
            let (stored, size) = sha_of_file(&evidence_dir.join(sha))
                .map_err(|_| fail(ErrorCode::Conflict, "error-backup-evidence-missing").arg("file", sha.clone()))?;
            files.push(BackupFile { path: format!("evidence/{sha}"), sha256: stored, size });
        }
        let manifest = BackupManifest {
            format: BACKUP_FORMAT,
            created_at: to_storage(now),
            schema_version: sonae_store::LATEST_VERSION,
            audit_entries: ctx.store.verify_audit()?.entries,
            cases: ctx.store.case_count()?,
            encrypted: ctx.store.is_encrypted(),
            files,
        };
        let file = std::fs::File::create(&partial).map_err(io)?;
        let mut tar = tar::Builder::new(std::io::BufWriter::new(file));
        let (step, total) = ("cli-progress-backup-files", evidence.len() as u64 + 2);
        tar.append_path_with_name(&partial_db, DB_ENTRY).map_err(io)?;
        progress(Progress { step, done: 1, total });
        for (i, sha) in evidence.iter().enumerate() {
            tar.append_path_with_name(evidence_dir.join(sha), format!("evidence/{sha}")).map_err(io)?;
            progress(Progress { step, done: i as u64 + 2, total });
        }
        let json = serde_json::to_vec_pretty(&manifest).map_err(|_| fail(ErrorCode::Internal, "error-internal"))?;
        let mut header = tar::Header::new_gnu();
        header.set_size(json.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, MANIFEST, json.as_slice()).map_err(io)?;
        let mut inner = tar.into_inner().map_err(io)?;
        inner.flush().map_err(io)?;
        inner.get_ref().sync_all().map_err(io)?;
        drop(inner);
        std::fs::rename(&partial, out).map_err(io)?;
        progress(Progress { step, done: total, total });
        Ok(manifest)
    })();
    let _ = std::fs::remove_file(&partial_db);
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn unreadable() -> ApiError {
    fail(ErrorCode::Validation, "error-backup-unreadable")
}

/// Each entry's SHA-256 and size, by name.
type Seen = BTreeMap<String, (String, u64)>;

/// A reader that reports how many of the archive's bytes were read (at most once per percent).
struct Counting<'a, R> {
    inner: R,
    step: &'static str,
    done: u64,
    total: u64,
    reported: u64,
    progress: OnProgress<'a>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done = (self.done + n as u64).min(self.total);
        let p = Progress { step: self.step, done: self.done, total: self.total };
        if p.percent() > self.reported || (n == 0 && self.reported < 100) {
            self.reported = p.percent();
            (self.progress)(p);
        }
        Ok(n)
    }
}

/// Reads every entry of the archive, hashing it, and hands each entry but the manifest to `keep`
/// (restore writes them, verify does not), reporting the bytes read as `step`. Answers the hashes
/// and the manifest's bytes.
fn read_entries(
    archive: &Path,
    step: &'static str,
    progress: OnProgress<'_>,
    mut keep: impl FnMut(&str, &[u8]) -> Result<(), ApiError>,
) -> Result<(Seen, Vec<u8>), ApiError> {
    let file = std::fs::File::open(archive)
        .map_err(|_| fail(ErrorCode::NotFound, "error-file-unreadable").arg("path", archive.display().to_string()))?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    progress(Progress { step, done: 0, total });
    let counting = Counting { inner: std::io::BufReader::new(file), step, done: 0, total, reported: 0, progress };
    let mut tar = tar::Archive::new(counting);
    let mut seen = BTreeMap::new();
    let mut manifest = None;
    for entry in tar.entries().map_err(|_| unreadable())? {
        let mut entry = entry.map_err(|_| unreadable())?;
        let name = entry.path().map_err(|_| unreadable())?.to_string_lossy().into_owned();
        let allowed = name == DB_ENTRY || name == MANIFEST || name.strip_prefix("evidence/").is_some_and(is_sha256_hex);
        if !allowed || seen.contains_key(&name) || !entry.header().entry_type().is_file() {
            return Err(fail(ErrorCode::Validation, "error-backup-unexpected-entry").arg("entry", name));
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(|_| unreadable())?;
        let sha = hex::encode(Sha256::digest(&bytes));
        let size = bytes.len() as u64;
        if name == MANIFEST {
            manifest = Some(bytes);
        } else {
            keep(&name, &bytes)?;
        }
        seen.insert(name, (sha, size));
    }
    let manifest = manifest.ok_or_else(|| fail(ErrorCode::Validation, "error-backup-manifest"))?;
    // The archive's trailing padding is not read: the end of the entries is the end.
    let counting = tar.into_inner();
    (counting.progress)(Progress { step, done: total, total });
    Ok((seen, manifest))
}

fn check_manifest(seen: &Seen, manifest: &[u8]) -> Result<BackupManifest, ApiError> {
    let m: BackupManifest = serde_json::from_slice(manifest).map_err(|_| fail(ErrorCode::Validation, "error-backup-manifest"))?;
    if m.format != BACKUP_FORMAT {
        return Err(fail(ErrorCode::Validation, "error-backup-format").arg("value", m.format.to_string()));
    }
    let listed: BTreeMap<&str, (&str, u64)> = m.files.iter().map(|f| (f.path.as_str(), (f.sha256.as_str(), f.size))).collect();
    for (name, (sha, size)) in seen.iter().filter(|(n, _)| n.as_str() != MANIFEST) {
        match listed.get(name.as_str()) {
            None => return Err(fail(ErrorCode::Validation, "error-backup-unexpected-entry").arg("entry", name.clone())),
            Some((expected, expected_size)) if expected != sha || expected_size != size => {
                return Err(fail(ErrorCode::Validation, "error-backup-mismatch").arg("entry", name.clone()));
            }
            Some(_) => {}
        }
        if !m.encrypted && name.strip_prefix("evidence/").is_some_and(|own| own != sha) {
            return Err(fail(ErrorCode::Validation, "error-backup-mismatch").arg("entry", name.clone()));
        }
    }
    if let Some(missing) = m.files.iter().find(|f| !seen.contains_key(&f.path)) {
        return Err(fail(ErrorCode::Validation, "error-backup-missing-entry").arg("entry", missing.path.clone()));
    }
    if !seen.contains_key(DB_ENTRY) {
        return Err(fail(ErrorCode::Validation, "error-backup-missing-entry").arg("entry", DB_ENTRY));
    }
    Ok(m)
}

/// Reads the whole archive and checks every entry against the manifest. Writes nothing.
pub fn verify_backup(archive: &Path) -> Result<BackupManifest, ApiError> {
    verify_backup_with_progress(archive, &mut crate::progress::ignore)
}

/// [`verify_backup`], reporting the bytes read (`cli-progress-verify`).
pub fn verify_backup_with_progress(archive: &Path, progress: OnProgress<'_>) -> Result<BackupManifest, ApiError> {
    let (seen, manifest) = read_entries(archive, "cli-progress-verify", progress, |_, _| Ok(()))?;
    check_manifest(&seen, &manifest)
}

/// Restores an archive as the database file `db` (evidence files into `evidence/` beside it):
/// verified completely first; the live database is renamed, never overwritten; evidence files are
/// added, never deleted.
pub fn restore_backup(archive: &Path, db: &Path, now: Timestamp) -> Result<BackupManifest, ApiError> {
    restore_backup_with_progress(archive, db, now, &mut crate::progress::ignore)
}

/// [`restore_backup`], reporting the bytes read: `cli-progress-verify`, then `cli-progress-restore`.
pub fn restore_backup_with_progress(
    archive: &Path,
    db: &Path,
    now: Timestamp,
    progress: OnProgress<'_>,
) -> Result<BackupManifest, ApiError> {
    let manifest = verify_backup_with_progress(archive, &mut *progress)?;
    let data_dir = db.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    std::fs::create_dir_all(data_dir.join("evidence")).map_err(io)?;
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let incoming = sibling(db, ".restoring");
    let _ = std::fs::remove_file(&incoming);
    let (seen, again) = read_entries(archive, "cli-progress-restore", progress, |name, bytes| {
        if name == DB_ENTRY {
            std::fs::write(&incoming, bytes).map_err(io)
        } else {
            let target = data_dir.join(name);
            if target.exists() {
                // The same bytes are there already (a sealed file is sealed anew with another
                // nonce each time, so an equal content may differ: it is set aside, not lost).
                let (sha, _) = sha_of_file(&target)?;
                if sha == hex::encode(Sha256::digest(bytes)) {
                    return Ok(());
                }
                std::fs::rename(&target, sibling(&target, &format!(".before-restore-{stamp}"))).map_err(io)?;
            }
            let tmp = sibling(&target, ".partial");
            std::fs::write(&tmp, bytes).map_err(io)?;
            std::fs::rename(&tmp, &target).map_err(io)
        }
    })?;
    // The archive could have changed between the two reads: check the bytes actually written.
    if check_manifest(&seen, &again)? != manifest {
        let _ = std::fs::remove_file(&incoming);
        return Err(fail(ErrorCode::Validation, "error-backup-mismatch").arg("entry", MANIFEST));
    }
    let live = db.to_path_buf();
    if live.exists() {
        for suffix in ["", "-wal", "-shm"] {
            let from = sibling(&live, suffix);
            if from.exists() {
                std::fs::rename(&from, sibling(&live, &format!("{suffix}.before-restore-{stamp}"))).map_err(io)?;
            }
        }
    }
    std::fs::rename(&incoming, &live).map_err(io)?;
    Ok(manifest)
}

/// The name prefix of automatic backups; only files named `sonae-auto-YYYYMMDD-HHMMSS.tar` are
/// ever rotated, nothing else in the folder is touched.
const AUTO_PREFIX: &str = "sonae-auto-";

/// What [`auto_backup`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutoBackup {
    /// Today (Japan time) already has an automatic backup.
    AlreadyToday(PathBuf),
    /// A backup was written; older automatic backups beyond the kept number were removed.
    Made { path: PathBuf, manifest: BackupManifest, removed: Vec<PathBuf> },
}

/// The automatic backups in `dir`, newest first (by the stamp in their names).
pub fn auto_backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(is_auto_name))
        .collect();
    found.sort();
    found.reverse();
    found
}

fn is_auto_name(name: &str) -> bool {
    let Some(stamp) = name.strip_prefix(AUTO_PREFIX).and_then(|r| r.strip_suffix(".tar")) else { return false };
    let b = stamp.as_bytes();
    b.len() == 15 && b[8] == b'-' && b.iter().enumerate().all(|(i, c)| i == 8 || c.is_ascii_digit())
}

/// The daily automatic backup (issue 9): unless `dir` already holds one stamped today (Japan
/// time), writes `sonae-auto-<YYYYMMDD-HHMMSS>.tar` there (as [`create_backup`]), then keeps the
/// newest `keep` (at least 1) automatic backups and removes older ones — only files with the
/// automatic name. The desktop app calls it at start-up; `sonae backup auto` from a scheduler.
pub fn auto_backup(ctx: &mut Ctx<'_>, dir: &Path, keep: usize) -> Result<AutoBackup, ApiError> {
    ctx.actor.require(Action::MakeBackups)?;
    let now = ctx.clock.now();
    let today = sonae_core::clock::jst_date(now).format("%Y%m%d").to_string();
    if let Some(existing) = auto_backups(dir)
        .into_iter()
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n[AUTO_PREFIX.len()..].starts_with(&today)))
    {
        return Ok(AutoBackup::AlreadyToday(existing));
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| fail(ErrorCode::Storage, "error-backup-write").arg("path", dir.display().to_string()).arg("reason", e.to_string()))?;
    let stamp = now.with_timezone(&chrono_tz::Asia::Tokyo).format("%Y%m%d-%H%M%S");
    let path = dir.join(format!("{AUTO_PREFIX}{stamp}.tar"));
    let manifest = create_backup(ctx, &path)?;
    let mut removed = Vec::new();
    for old in auto_backups(dir).into_iter().skip(keep.max(1)) {
        if std::fs::remove_file(&old).is_ok() {
            removed.push(old);
        }
    }
    Ok(AutoBackup::Made { path, manifest, removed })
}
