//! Encryption at rest (issue 9): the database is a SQLCipher file keyed from the organization's
//! passphrase, and evidence files beside it are sealed with a key kept inside that database.
//!
//! - **Database key**: Argon2id(passphrase, salt) → 32 bytes, given to SQLCipher as raw key data
//!   with an explicit salt (`PRAGMA key = "x'<key><salt>'"`), so SQLCipher's own key derivation is
//!   not run a second time and the salt is the file's first 16 bytes. Nothing secret is stored
//!   anywhere: to open a file, its salt is read back from its header and the key derived again.
//!   The Argon2id parameters are fixed (`KDF_*`); changing them is a new key format.
//! - **Evidence key**: 32 random bytes, the setting `evidence-key` inside the encrypted database,
//!   written once when the database becomes encrypted. Changing the passphrase re-keys the
//!   database (`PRAGMA rekey`) and so re-wraps this key; evidence files never need rewriting.
//! - **Evidence files** are `SONAE-EV1\0` + a 24-byte random nonce + XChaCha20-Poly1305 of the
//!   content. A file without the magic is read as plain bytes (evidence from before encryption
//!   was switched on, until `encrypt_evidence_files` seals it). Names stay the SHA-256 of the
//!   plain content, so the audit chain and the re-check are the same either way.
//!
//! A wrong passphrase cannot be told from a file that is not a database at all: SQLCipher only
//! sees that the first page does not authenticate. Both answer `StoreError::WrongPassphrase`.

use crate::error::StoreError;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use rusqlite::Connection;
use std::io::Read;
use std::path::Path;
use zeroize::Zeroizing;

/// Argon2id memory cost in KiB (64 MiB), iterations and lanes.
pub const KDF_MEMORY_KIB: u32 = 64 * 1024;
pub const KDF_ITERATIONS: u32 = 3;
pub const KDF_LANES: u32 = 1;

/// The setting that holds the evidence key (hex) inside an encrypted database.
pub const EVIDENCE_KEY_SETTING: &str = "evidence-key";

const EVIDENCE_MAGIC: &[u8; 10] = b"SONAE-EV1\0";
const NONCE_LEN: usize = 24;

/// The key of one encrypted database: the derived key and the file's salt.
#[derive(Clone)]
pub struct DbKey {
    key: Zeroizing<[u8; 32]>,
    salt: [u8; 16],
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(..)")
    }
}

impl DbKey {
    /// Derives the key of `passphrase` for a file with `salt` (Argon2id, about half a second).
    pub fn derive(passphrase: &str, salt: [u8; 16]) -> DbKey {
        let params = Params::new(KDF_MEMORY_KIB, KDF_ITERATIONS, KDF_LANES, Some(32)).expect("valid Argon2 parameters");
        let mut key = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &salt, key.as_mut())
            .expect("a 16-byte salt and a 32-byte output are valid");
        DbKey { key, salt }
    }

    /// A key for a new file: a fresh random salt.
    pub fn new_file(passphrase: &str) -> DbKey {
        let mut salt = [0u8; 16];
        OsRng.fill_bytes(&mut salt);
        DbKey::derive(passphrase, salt)
    }

    /// The key of `passphrase` for the existing encrypted file at `path` (its salt is read back).
    pub fn for_file(path: &Path, passphrase: &str) -> Result<DbKey, StoreError> {
        match file_kind(path)? {
            FileKind::Encrypted { salt } => Ok(DbKey::derive(passphrase, salt)),
            FileKind::Missing | FileKind::Empty => Err(StoreError::NotFound { path: path.to_owned() }),
            FileKind::Plain => Err(StoreError::NotEncrypted { path: path.to_owned() }),
        }
    }

    /// The same salt with another passphrase (changing the passphrase keeps the file's salt).
    pub fn with_passphrase(&self, passphrase: &str) -> DbKey {
        DbKey::derive(passphrase, self.salt)
    }

    /// Whether both are the same key (compared without an early exit).
    pub fn same_as(&self, other: &DbKey) -> bool {
        let diff = self.key.iter().zip(other.key.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
        diff == 0 && self.salt == other.salt
    }

    /// The `PRAGMA key` / `rekey` value: raw key data with the explicit salt.
    fn pragma_value(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new([0u8; 48]);
        bytes[..32].copy_from_slice(self.key.as_ref());
        bytes[32..].copy_from_slice(&self.salt);
        Zeroizing::new(format!("x'{}'", hex::encode_upper(bytes.as_ref())))
    }

    /// Keys a connection. Must be the first statement on it.
    pub(crate) fn apply(&self, conn: &Connection) -> Result<(), StoreError> {
        conn.pragma_update(None, "key", self.pragma_value().as_str())?;
        // SQLCipher logs a failed page-1 check to stderr; the caller reports it as one message.
        // Its first activation (the key above) sets a default level, so this comes after.
        conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
        Ok(())
    }

    /// Re-encrypts the open database under `to` (`PRAGMA rekey`).
    pub(crate) fn rekey(conn: &Connection, to: &DbKey) -> Result<(), StoreError> {
        conn.pragma_update(None, "rekey", to.pragma_value().as_str())?;
        Ok(())
    }

    /// `ATTACH … KEY` clause value for `sqlcipher_export` into a new encrypted file.
    pub(crate) fn attach(&self, conn: &Connection, file: &Path, schema: &str) -> Result<(), StoreError> {
        let path = file.to_str().ok_or(StoreError::Conflict { what: "path is not UTF-8" })?;
        conn.execute(&format!("ATTACH DATABASE ?1 AS {schema} KEY \"{}\"", self.pragma_value().as_str()), [path])?;
        Ok(())
    }
}

/// What a database file is, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Missing,
    /// Zero bytes: SQLite treats it as a new, empty database.
    Empty,
    /// A plain SQLite file (`SQLite format 3`).
    Plain,
    /// Anything else of at least one page header: an encrypted file (or not a database at all,
    /// which only a key can tell). `salt` is its first 16 bytes.
    Encrypted {
        salt: [u8; 16],
    },
}

/// Reads the first bytes of `path` without opening it as a database.
pub fn file_kind(path: &Path) -> Result<FileKind, StoreError> {
    let unreadable = |reason: String| StoreError::Unreadable { path: path.to_owned(), reason };
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(e) => return Err(unreadable(e.to_string())),
    };
    let mut buf = Vec::with_capacity(100);
    f.take(100).read_to_end(&mut buf).map_err(|e| unreadable(e.to_string()))?;
    if buf.is_empty() {
        return Ok(FileKind::Empty);
    }
    if buf.starts_with(b"SQLite format 3\0") {
        return Ok(FileKind::Plain);
    }
    if buf.len() < 100 {
        return Err(unreadable("not an SQLite database".into()));
    }
    let mut salt = [0u8; 16];
    salt.copy_from_slice(&buf[..16]);
    Ok(FileKind::Encrypted { salt })
}

/// The key that seals evidence files.
#[derive(Clone)]
pub struct EvidenceKey(Zeroizing<[u8; 32]>);

impl EvidenceKey {
    pub(crate) fn random() -> EvidenceKey {
        let mut key = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(key.as_mut());
        EvidenceKey(key)
    }

    pub(crate) fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    pub(crate) fn from_hex(text: &str) -> Option<EvidenceKey> {
        let bytes = Zeroizing::new(hex::decode(text).ok()?);
        let mut key = Zeroizing::new([0u8; 32]);
        if bytes.len() != 32 {
            return None;
        }
        key.copy_from_slice(&bytes);
        Some(EvidenceKey(key))
    }

    /// Seals `plain` with a fresh random nonce.
    pub(crate) fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let sealed = cipher.encrypt(XNonce::from_slice(&nonce), plain).expect("in-memory encryption does not fail");
        let mut out = Vec::with_capacity(EVIDENCE_MAGIC.len() + NONCE_LEN + sealed.len());
        out.extend_from_slice(EVIDENCE_MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens a sealed file's bytes; `None` when they do not authenticate under this key.
    pub(crate) fn open(&self, stored: &[u8]) -> Option<Vec<u8>> {
        let rest = stored.strip_prefix(EVIDENCE_MAGIC.as_slice())?;
        if rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        XChaCha20Poly1305::new(self.0.as_ref().into()).decrypt(XNonce::from_slice(nonce), sealed).ok()
    }
}

/// Whether stored evidence bytes are sealed (start with the magic).
pub fn is_sealed(stored: &[u8]) -> bool {
    stored.starts_with(EVIDENCE_MAGIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_evidence_opens_only_with_its_key_and_untouched_bytes() {
        let key = EvidenceKey::random();
        let sealed = key.seal(b"USB memory photo");
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(6).any(|w| w == b"memory"));
        assert_eq!(key.open(&sealed).as_deref(), Some(&b"USB memory photo"[..]));
        assert_eq!(EvidenceKey::random().open(&sealed), None);
        let mut changed = sealed.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        assert_eq!(key.open(&changed), None);
        let back = EvidenceKey::from_hex(&key.to_hex()).unwrap();
        assert_eq!(back.open(&sealed).as_deref(), Some(&b"USB memory photo"[..]));
    }

    #[test]
    fn the_same_passphrase_and_salt_give_the_same_key() {
        let a = DbKey::derive("correct horse battery", [7; 16]);
        let b = DbKey::derive("correct horse battery", [7; 16]);
        let c = DbKey::derive("correct horse battery", [8; 16]);
        assert_eq!(*a.pragma_value(), *b.pragma_value());
        assert_ne!(*a.pragma_value(), *c.pragma_value());
        assert!(a.pragma_value().ends_with(&format!("{}'", hex::encode_upper([7u8; 16]))));
        assert_eq!(a.pragma_value().len(), 2 + 96 + 1);
    }
}
