//! Store errors. They name files and versions, never case content.

use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    /// The database file does not exist (and we were told not to create it).
    NotFound {
        path: PathBuf,
    },
    /// The file exists but SQLite cannot read it as a database (or it cannot be opened at all).
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    /// A readable SQLite database, but not one of Sonae's.
    NotSonae {
        path: PathBuf,
    },
    /// Written by a newer Sonae: schema `found`, this binary knows up to `known`.
    SchemaTooNew {
        found: i64,
        known: i64,
    },
    /// Opened read-only, but the schema is older than this binary's and needs `sonae init`.
    NeedsMigration {
        found: i64,
        known: i64,
    },
    /// A stored value this version cannot interpret (e.g. an unknown enum code).
    BadValue {
        table: &'static str,
        column: &'static str,
        id: String,
    },
    /// A uniqueness or state conflict.
    Conflict {
        what: &'static str,
    },
    /// The file is encrypted and no passphrase was given.
    Encrypted {
        path: PathBuf,
    },
    /// The passphrase does not open the file (or the file is not a database at all).
    WrongPassphrase {
        path: PathBuf,
    },
    /// A passphrase was given for a file that is not encrypted.
    NotEncrypted {
        path: PathBuf,
    },
    Sqlite(rusqlite::Error),
    Io(std::io::Error),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::NotFound { path } => write!(f, "database not found: {}", path.display()),
            StoreError::Unreadable { path, reason } => write!(f, "cannot read database {}: {reason}", path.display()),
            StoreError::NotSonae { path } => write!(f, "not a Sonae database: {}", path.display()),
            StoreError::SchemaTooNew { found, known } => write!(f, "database schema v{found} is newer than v{known}"),
            StoreError::NeedsMigration { found, known } => write!(f, "database schema v{found} needs migration to v{known}"),
            StoreError::BadValue { table, column, id } => write!(f, "unreadable value in {table}.{column} of {id}"),
            StoreError::Conflict { what } => write!(f, "conflict: {what}"),
            StoreError::Encrypted { path } => write!(f, "database is encrypted: {}", path.display()),
            StoreError::WrongPassphrase { path } => write!(f, "wrong passphrase for {}", path.display()),
            StoreError::NotEncrypted { path } => write!(f, "database is not encrypted: {}", path.display()),
            StoreError::Sqlite(e) => write!(f, "sqlite: {e}"),
            StoreError::Io(e) => write!(f, "io: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}
