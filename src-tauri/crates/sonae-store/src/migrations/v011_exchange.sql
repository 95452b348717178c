-- Sonae schema v11: offline exchange (issue 9). The register of other installations' public keys
-- whose signed bundles this installation accepts. id = the key's fingerprint (first 16 hex of the
-- SHA-256 of the public key, grouped 4-4-4-4). A key is never deleted: revoking sets revoked_at.
-- This installation's own private key is a file beside the database, never a row.

CREATE TABLE trusted_key (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    revoked_at TEXT
) STRICT;
