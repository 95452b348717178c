//! Opening the database file: probe its header without writing, refuse what we must not touch,
//! back up before migrating, then configure the connection.

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
    /// Opens the database at `path`. `now` names the backup copy taken before a migration.
    pub fn open(path: &Path, mode: OpenMode, now: Timestamp) -> Result<Store, StoreError> {
        Store::open_with(path, mode, now, MIGRATIONS)
    }

    /// [`Store::open`] with an explicit migration list (tests of the migration machinery).
    pub fn open_with(path: &Path, mode: OpenMode, now: Timestamp, migrations: &[Migration]) -> Result<Store, StoreError> {
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
            configure(&conn)?;
            migrate(&mut conn, migrations)?;
            return Ok(Store { conn, path: path.to_owned() });
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

        let flags = if mode == OpenMode::ReadOnly {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let mut conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
        // The header may be stale when a -wal file holds newer pages: ask SQLite too.
        let (version, app_id, tables) =
            probe(&conn).map_err(|e| StoreError::Unreadable { path: path.to_owned(), reason: e.to_string() })?;
        if version > latest {
            return Err(StoreError::SchemaTooNew { found: version, known: latest });
        }
        if app_id != SONAE_APPLICATION_ID && (app_id != 0 || version != 0 || tables != 0) {
            return Err(StoreError::NotSonae { path: path.to_owned() });
        }
        if mode == OpenMode::ReadOnly {
            if version < latest {
                return Err(StoreError::NeedsMigration { found: version, known: latest });
            }
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            conn.pragma_update(None, "query_only", true)?;
            return Ok(Store { conn, path: path.to_owned() });
        }
        if version < latest && header_version.max(version) > 0 {
            backup(&conn, &backup_path(path, version, now))?;
        }
        configure(&conn)?;
        if version > 0 && version < latest {
            // Rows the migration changes are recorded; rows that were already suspect are not.
            let suspect = if has_audit_log(&conn)? { crate::audit::suspect_rows(&conn)? } else { Default::default() };
            let actor = format!("system:migration-v{version}-v{latest}");
            let at = sonae_core::clock::to_storage(now);
            migrate_then(&mut conn, migrations, |tx| {
                // Cached `SELECT *` statements still describe the old columns.
                tx.flush_prepared_statement_cache();
                if has_audit_log(tx)? { crate::audit::record_migrated_rows(tx, &at, &actor, &suspect) } else { Ok(()) }
            })?;
        } else {
            migrate(&mut conn, migrations)?;
        }
        Ok(Store { conn, path: path.to_owned() })
    }

    /// Writes a consistent copy of the database to `to` (SQLite's online backup), which must not
    /// exist yet.
    pub fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        backup(&self.conn, to)
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
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                out.push(line);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| Ok(format!("foreign key: {} row {}", r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// The schema as `(type, name, sql)` rows sorted by name, for comparing two databases.
    pub fn schema_dump(&self) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn has_audit_log(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'", [], |r| r.get::<_, i64>(0))? > 0)
}

fn probe(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    let version = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok((version, app_id, tables))
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "normal")?;
    Ok(())
}

fn backup_path(path: &Path, version: i64, now: Timestamp) -> PathBuf {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}-{stamp}.bak"));
    path.with_file_name(name)
}

/// A consistent copy through SQLite's online backup (it includes pages still in the -wal file).
fn backup(conn: &Connection, to: &Path) -> Result<(), StoreError> {
    if to.exists() {
        return Err(StoreError::Conflict { what: "backup file already exists" });
    }
    conn.backup(rusqlite::MAIN_DB, to, None)?;
    Ok(())
}
