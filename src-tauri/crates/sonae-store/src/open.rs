//! Opening the database file: probe its header without writing, refuse what we must not touch,
//! back up before migrating, then configure the connection.

use crate::cipher::{DbKey, EVIDENCE_KEY_SETTING, EvidenceKey, FileKind, file_kind};
use crate::error::StoreError;
use crate::migrate::{MIGRATIONS, Migration, SONAE_APPLICATION_ID, migrate, migrate_then};
use rusqlite::{Connection, OpenFlags};
use sonae_core::Timestamp;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The database file's name inside the data directory.
pub const DB_FILE_NAME: &str = "sonae.db";

/// The app-data directory: `$SONAE_DATA_DIR` if set, else the platform's data directory
/// followed by the app identifier (the same place Tauri's `app_data_dir` points to).
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os("SONAE_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join("jp.sonae.desktop")),
    }
}

/// How [`Store::open`] treats the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file if it is missing; migrate an older schema (after a backup copy).
    CreateOrMigrate,
    /// The file must exist; migrate an older schema (after a backup copy).
    ExistingOrFail,
    /// The file must exist at the current schema; nothing is ever written.
    ReadOnly,
}

/// An open Sonae database.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    /// The database key when the file is encrypted.
    key: Option<DbKey>,
    /// The key that seals evidence files (encrypted databases only).
    pub(crate) evidence_key: Option<EvidenceKey>,
    /// Counts of the case list, remembered until the database changes (`Store::case_page`).
    pub(crate) counts: crate::queries::CountCache,
}

/// What the first 100 bytes of a file say.
#[derive(Debug)]
enum Header {
    /// A zero-length file: SQLite treats it as an empty database.
    Empty,
    Sqlite {
        user_version: i64,
        application_id: i64,
    },
}

fn read_header(path: &Path) -> Result<Header, StoreError> {
    let unreadable = |reason: String| StoreError::Unreadable { path: path.to_owned(), reason };
    let mut f = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut buf = Vec::with_capacity(100);
    f.by_ref().take(100).read_to_end(&mut buf).map_err(|e| unreadable(e.to_string()))?;
    if buf.is_empty() {
        return Ok(Header::Empty);
    }
    if buf.len() < 100 || &buf[..16] != b"SQLite format 3\0" {
        return Err(unreadable("not an SQLite database".into()));
    }
    let be = |at: usize| i64::from(i32::from_be_bytes([buf[at], buf[at + 1], buf[at + 2], buf[at + 3]]));
    Ok(Header::Sqlite { user_version: be(60), application_id: be(68) })
}

impl Store {
    /// Opens the plain (unencrypted) database at `path`. `now` names the backup copy taken before
    /// a migration.
    pub fn open(path: &Path, mode: OpenMode, now: Timestamp) -> Result<Store, StoreError> {
        Store::open_with_key(path, mode, now, MIGRATIONS, None)
    }

    /// [`Store::open`] of a file encrypted with `key` (`None`: a plain file). A new (or empty) file
    /// is created encrypted when a key is given. A plain file with a key, or an encrypted one
    /// without, is refused (`NotEncrypted`, `Encrypted`); a key that does not open it is
    /// `WrongPassphrase`, found before anything is written.
    pub fn open_keyed(path: &Path, mode: OpenMode, now: Timestamp, key: Option<&DbKey>) -> Result<Store, StoreError> {
        Store::open_with_key(path, mode, now, MIGRATIONS, key)
    }

    /// [`Store::open`] with an explicit migration list (tests of the migration machinery).
    pub fn open_with(path: &Path, mode: OpenMode, now: Timestamp, migrations: &[Migration]) -> Result<Store, StoreError> {
        Store::open_with_key(path, mode, now, migrations, None)
    }

    /// [`Store::open_keyed`] with an explicit migration list.
    pub fn open_with_key(
        path: &Path,
        mode: OpenMode,
        now: Timestamp,
        migrations: &[Migration],
        key: Option<&DbKey>,
    ) -> Result<Store, StoreError> {
        let kind = file_kind(path)?;
        let conn = match (kind, key) {
            (FileKind::Plain, Some(_)) => return Err(StoreError::NotEncrypted { path: path.to_owned() }),
            (FileKind::Encrypted { .. }, None) => {
                // Not "SQLite format 3": encrypted, or not a database at all. Without a key the
                // caller cannot tell; a plain open would say "not an SQLite database".
                return Err(StoreError::Encrypted { path: path.to_owned() });
            }
            (FileKind::Encrypted { .. }, Some(key)) => open_encrypted(path, mode, now, migrations, key)?,
            (FileKind::Missing | FileKind::Empty | FileKind::Plain, _) => open_plain(path, mode, now, migrations, key)?,
        };
        let mut store = Store { conn, path: path.to_owned(), key: key.cloned(), evidence_key: None, counts: Default::default() };
        if key.is_some() {
            store.load_evidence_key(mode, now)?;
        }
        Ok(store)
    }

    /// Reads the evidence key; a writable open of an encrypted file that has none yet (just
    /// created) writes a new one, audited as `system:encryption`.
    fn load_evidence_key(&mut self, mode: OpenMode, now: Timestamp) -> Result<(), StoreError> {
        let bad = || StoreError::BadValue { table: "setting", column: "value", id: EVIDENCE_KEY_SETTING.into() };
        self.evidence_key = match self.setting(EVIDENCE_KEY_SETTING)? {
            Some(text) => Some(EvidenceKey::from_hex(&text).ok_or_else(bad)?),
            None if mode != OpenMode::ReadOnly => {
                let key = EvidenceKey::random();
                self.write("system:encryption", now, |w| w.put_setting(EVIDENCE_KEY_SETTING, &key.to_hex()))?;
                Some(key)
            }
            None => None,
        };
        Ok(())
    }

    /// Writes a consistent copy of the database to `to` (SQLite's online backup), which must not
    /// exist yet. The copy of an encrypted database is encrypted with the same key.
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        backup(&self.conn, to, self.key.as_ref())
    }

    /// Whether the file is encrypted (opened with a key).
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The key the file was opened with.
    pub fn db_key(&self) -> Option<&DbKey> {
        self.key.as_ref()
    }

    /// Re-encrypts the open, encrypted database under `new` (`PRAGMA rekey`). The evidence key
    /// inside it is re-wrapped with it; evidence files are unchanged.
    pub fn rekey(&mut self, new: &DbKey) -> Result<(), StoreError> {
        if self.key.is_none() {
            return Err(StoreError::NotEncrypted { path: self.path.clone() });
        }
        DbKey::rekey(&self.conn, new)?;
        self.key = Some(new.clone());
        Ok(())
    }

    /// Writes an encrypted copy of this plain database to `to` (which must not exist) with
    /// `sqlcipher_export`, carrying `user_version` and `application_id`.
    pub fn export_encrypted(&self, to: &Path, key: &DbKey) -> Result<(), StoreError> {
        if self.key.is_some() {
            return Err(StoreError::Conflict { what: "database is already encrypted" });
        }
        if to.exists() {
            return Err(StoreError::Conflict { what: "target file already exists" });
        }
        let version = self.schema_version()?;
        let app_id: i64 = self.conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        // An attached file inherits the connection's flags, which do not include "create": an
        // empty file is a new database to SQLite.
        std::fs::File::create_new(to)?;
        key.attach(&self.conn, to, "encrypted")?;
        let result = (|| {
            self.conn.prepare_cached("SELECT sqlcipher_export('encrypted')")?.query_row([], |_| Ok(()))?;
            self.conn.execute_batch(&format!("PRAGMA encrypted.user_version = {version}; PRAGMA encrypted.application_id = {app_id};"))?;
            Ok::<_, StoreError>(())
        })();
        self.conn.execute_batch("DETACH DATABASE encrypted")?;
        result
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: an empty list means the file is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                out.push(line);
            }
        }
        let mut stmt = self.conn.prepare_cached("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| Ok(format!("foreign key: {} row {}", r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// The schema as `(type, name, sql)` rows sorted by name, for comparing two databases.
    pub fn schema_dump(&self) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn flags(mode: OpenMode) -> OpenFlags {
    if mode == OpenMode::ReadOnly {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    }
}

/// Refuses what [`probe`] found when it is not a Sonae file this binary may open in `mode`.
fn check_probe(path: &Path, mode: OpenMode, latest: i64, (version, app_id, tables): (i64, i64, i64)) -> Result<(), StoreError> {
    if version > latest {
        return Err(StoreError::SchemaTooNew { found: version, known: latest });
    }
    if app_id != SONAE_APPLICATION_ID && (app_id != 0 || version != 0 || tables != 0) {
        return Err(StoreError::NotSonae { path: path.to_owned() });
    }
    if mode == OpenMode::ReadOnly && version < latest {
        return Err(StoreError::NeedsMigration { found: version, known: latest });
    }
    Ok(())
}

fn read_only(conn: Connection) -> Result<Connection, StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

/// An encrypted file: key the connection, and let the first read authenticate page 1 — a wrong
/// key fails there, before anything is written. The raw header says nothing (it is ciphertext).
fn open_encrypted(path: &Path, mode: OpenMode, now: Timestamp, migrations: &[Migration], key: &DbKey) -> Result<Connection, StoreError> {
    let latest = migrations.last().map_or(0, |m| m.version);
    let mut conn = Connection::open_with_flags(path, flags(mode))
        .map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
    key.apply(&conn)?;
    let found = probe(&conn).map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::WrongPassphrase { path: path.to_owned() },
        _ => StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() },
    })?;
    check_probe(path, mode, latest, found)?;
    if mode == OpenMode::ReadOnly {
        return read_only(conn);
    }
    let version = found.0;
    if version > 0 && version < latest {
        backup(&conn, &backup_path(path, version, now), Some(key))?;
    }
    configure(&conn)?;
    migrate_recorded(&mut conn, migrations, version, now)?;
    Ok(conn)
}

/// A plain file (or a missing or empty one, which becomes encrypted when `key` is given).
fn open_plain(
    path: &Path,
    mode: OpenMode,
    now: Timestamp,
    migrations: &[Migration],
    key: Option<&DbKey>,
) -> Result<Connection, StoreError> {
    let latest = migrations.last().map_or(0, |m| m.version);
    let exists = path.try_exists().map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
    if !exists {
        if mode != OpenMode::CreateOrMigrate {
            return Err(StoreError::NotFound { path: path.to_owned() });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut conn = Connection::open(path)?;
        if let Some(key) = key {
            key.apply(&conn)?;
        }
        configure(&conn)?;
        migrate(&mut conn, migrations)?;
        return Ok(conn);
    }

    // Decide from the raw header first: a file we must refuse is never opened by SQLite.
    let header_version = match read_header(path)? {
        Header::Empty if mode == OpenMode::ReadOnly => return Err(StoreError::NotSonae { path: path.to_owned() }),
        Header::Empty => 0,
        Header::Sqlite { user_version, .. } if user_version > latest => {
            return Err(StoreError::SchemaTooNew { found: user_version, known: latest });
        }
        Header::Sqlite { user_version, application_id } => {
            if application_id != SONAE_APPLICATION_ID && (application_id != 0 || user_version != 0) {
                return Err(StoreError::NotSonae { path: path.to_owned() });
            }
            user_version
        }
    };

    let mut conn = Connection::open_with_flags(path, flags(mode))
        .map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
    if let Some(key) = key {
        // Only an empty file reaches here with a key: it becomes an encrypted database.
        key.apply(&conn)?;
    }
    // The header may be stale when a -wal file holds newer pages: ask SQLite too.
    let found = probe(&conn).map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
    check_probe(path, mode, latest, found)?;
    if mode == OpenMode::ReadOnly {
        return read_only(conn);
    }
    let version = found.0;
    if version < latest && header_version.max(version) > 0 {
        backup(&conn, &backup_path(path, version, now), None)?;
    }
    configure(&conn)?;
    migrate_recorded(&mut conn, migrations, version, now)?;
    Ok(conn)
}

/// Applies the migrations after `version`; rows they change are recorded in the audit log by
/// `system:migration-vN-vM`, except rows that were already suspect (upgrading never launders
/// tampering).
fn migrate_recorded(conn: &mut Connection, migrations: &[Migration], version: i64, now: Timestamp) -> Result<(), StoreError> {
    let latest = migrations.last().map_or(0, |m| m.version);
    if version > 0 && version < latest {
        let suspect = if has_audit_log(conn)? { crate::audit::suspect_rows(conn)? } else { Default::default() };
        let actor = format!("system:migration-v{version}-v{latest}");
        let at = sonae_core::clock::to_storage(now);
        migrate_then(conn, migrations, |tx| {
            // Cached `SELECT *` statements still describe the old columns.
            tx.flush_prepared_statement_cache();
            if has_audit_log(tx)? { crate::audit::record_migrated_rows(tx, &at, &actor, &suspect) } else { Ok(()) }
        })?;
    } else {
        migrate(conn, migrations)?;
    }
    Ok(())
}

fn has_audit_log(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'")?
        .query_row([], |r| r.get::<_, i64>(0))?
        > 0)
}

fn probe(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    let version = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables = conn.prepare_cached("SELECT count(*) FROM sqlite_schema")?.query_row([], |r| r.get(0))?;
    Ok((version, app_id, tables))
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "normal")?;
    // A page cache of up to 64 MiB (SQLite's default is 2 MiB): at 100,000 cases the indexes the
    // case list, search and the audit log walk are hundreds of MB, and every page read from an
    // encrypted file is decrypted again when it is not cached (issue 10). Statements are prepared
    // once per connection: a write touches a dozen different ones per case.
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

fn backup_path(path: &Path, version: i64, now: Timestamp) -> PathBuf {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}-{stamp}.bak"));
    path.with_file_name(name)
}

/// A consistent copy through SQLite's online backup (it includes pages still in the -wal file).
/// The copy of an encrypted database is keyed with the same key and salt before a page is
/// written, so it is encrypted too.
fn backup(conn: &Connection, to: &Path, key: Option<&DbKey>) -> Result<(), StoreError> {
    if to.exists() {
        return Err(StoreError::Conflict { what: "backup file already exists" });
    }
    let mut dst = Connection::open(to)?;
    if let Some(key) = key {
        key.apply(&dst)?;
    }
    rusqlite::backup::Backup::new(conn, &mut dst)?.run_to_completion(256, std::time::Duration::ZERO, None)?;
    Ok(())
}
