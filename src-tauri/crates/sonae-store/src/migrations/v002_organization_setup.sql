-- Sonae schema v2: organization settings, classification scheme, systems register,
-- 緊急連絡網, local accounts.

ALTER TABLE organization ADD COLUMN ciso_person_id TEXT REFERENCES person (id);
ALTER TABLE organization ADD COLUMN ordinance_sensitive_info INTEGER NOT NULL DEFAULT 0 CHECK (ordinance_sensitive_info IN (0, 1));
ALTER TABLE organization ADD COLUMN honorific TEXT NOT NULL DEFAULT 'sama' CHECK (honorific IN ('sama', 'dono'));
ALTER TABLE organization ADD COLUMN doc_number_format TEXT NOT NULL DEFAULT '{課略称}第{n}号';
ALTER TABLE organization ADD COLUMN ciso_report_target_minutes INTEGER NOT NULL DEFAULT 60;
ALTER TABLE organization ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 15;
ALTER TABLE organization ADD COLUMN lockout_attempts INTEGER NOT NULL DEFAULT 5;

ALTER TABLE department ADD COLUMN manager_person_id TEXT REFERENCES person (id);

ALTER TABLE person ADD COLUMN office_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN mobile_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN after_hours TEXT NOT NULL DEFAULT '';

-- The levels of the organization's one classification scheme (preset + edits).
CREATE TABLE classification_level (
    id          TEXT PRIMARY KEY NOT NULL,
    scheme      TEXT NOT NULL,
    axis        TEXT NOT NULL,
    code        TEXT NOT NULL,
    label       TEXT NOT NULL,
    description TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    UNIQUE (scheme, axis, code)
) STRICT;

CREATE TABLE info_system (
    id                     TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    department_id          TEXT REFERENCES department (id),
    segment                TEXT NOT NULL CHECK (segment IN ('my_number', 'lgwan', 'internet')),
    holds_personal_info    INTEGER NOT NULL CHECK (holds_personal_info IN (0, 1)),
    holds_my_number        INTEGER NOT NULL CHECK (holds_my_number IN (0, 1)),
    my_number_affairs      INTEGER NOT NULL CHECK (my_number_affairs IN (0, 1)),
    info_provision_network INTEGER NOT NULL CHECK (info_provision_network IN (0, 1)),
    contractor             TEXT NOT NULL
) STRICT;

CREATE TABLE contact (
    id                TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('internal', 'external', 'contractor')),
    organization      TEXT NOT NULL,
    section           TEXT NOT NULL,
    phone             TEXT NOT NULL,
    after_hours_phone TEXT NOT NULL,
    email             TEXT NOT NULL,
    note              TEXT NOT NULL,
    sort_order        INTEGER NOT NULL
) STRICT;

-- A person's local account; id = the person's id. password_hash is Argon2id (PHC string), or
-- NULL until a password is set; the audit log records only its SHA-256.
CREATE TABLE account (
    id                   TEXT PRIMARY KEY NOT NULL REFERENCES person (id),
    login_id             TEXT NOT NULL UNIQUE,
    password_hash        TEXT,
    must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL,
    locked               INTEGER NOT NULL CHECK (locked IN (0, 1))
) STRICT;
