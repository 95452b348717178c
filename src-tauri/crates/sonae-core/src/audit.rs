//! The audit chain's hashing rule.
//!
//! Each audit entry's hash is SHA-256 over the previous entry's hash and the entry's own fields,
//! including the full content of the changed row after the change. Changing or deleting any past
//! entry breaks the chain; changing a data row makes it differ from its last recorded content.
//! The store writes and verifies entries; the rule itself lives here so it is one pure function.

use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hashed fields of one audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFields<'a> {
    pub seq: i64,
    /// RFC 3339 UTC.
    pub at: &'a str,
    pub actor: &'a str,
    /// `insert`, `update` or `delete`.
    pub action: &'a str,
    pub object_table: &'a str,
    pub object_id: &'a str,
    /// Canonical JSON of the row after the change; `None` after a delete.
    pub row_json: Option<&'a str>,
}

/// Hex SHA-256 of the entry chained to `prev_hash`.
///
/// Fields are length-prefixed so that no two different entries hash the same bytes.
pub fn entry_hash(prev_hash: &str, f: &AuditFields<'_>) -> String {
    let mut h = Sha256::new();
    let seq = f.seq.to_string();
    let parts: [Option<&str>; 8] =
        [Some(prev_hash), Some(&seq), Some(f.at), Some(f.actor), Some(f.action), Some(f.object_table), Some(f.object_id), f.row_json];
    for p in parts {
        match p {
            Some(s) => {
                h.update((s.len() as u64).to_be_bytes());
                h.update(s.as_bytes());
            }
            None => h.update(u64::MAX.to_be_bytes()),
        }
    }
    hex::encode(h.finalize())
}

/// What the audit log records in place of a secret column's value (a password hash): its own
/// SHA-256, so that a change is still detected but the secret never leaves its row.
pub fn redact(value: &str) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(value.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(row: Option<&str>) -> AuditFields<'_> {
        AuditFields {
            seq: 1,
            at: "2026-11-20T23:15:00Z",
            actor: "system:cli",
            action: "insert",
            object_table: "incident_case",
            object_id: "00000000-0000-4000-8000-000000000001",
            row_json: row,
        }
    }

    #[test]
    fn hash_depends_on_every_field_and_the_previous_hash() {
        let base = entry_hash(GENESIS_HASH, &fields(Some(r#"{"title":"紛失"}"#)));
        assert_eq!(base.len(), 64);
        assert_ne!(base, entry_hash(GENESIS_HASH, &fields(Some(r#"{"title":"盗難"}"#))));
        assert_ne!(base, entry_hash(GENESIS_HASH, &fields(None)));
        assert_ne!(base, entry_hash(&base, &fields(Some(r#"{"title":"紛失"}"#))));
        assert_eq!(base, entry_hash(GENESIS_HASH, &fields(Some(r#"{"title":"紛失"}"#))));
    }

    #[test]
    fn field_boundaries_cannot_be_shifted() {
        let mut a = fields(None);
        a.actor = "ab";
        a.action = "c";
        let mut b = fields(None);
        b.actor = "a";
        b.action = "bc";
        assert_ne!(entry_hash(GENESIS_HASH, &a), entry_hash(GENESIS_HASH, &b));
    }
}
