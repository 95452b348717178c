//! Offline exchange of signed bundles (issue 9; the format is `docs/exchange.md`): a whole case
//! between CSIRT installations, or one staff report from a staff-side installation to the CSIRT's.
//!
//! Each installation has an ed25519 key, generated on first need and kept as the file
//! `installation.key` beside the database (0600 on unix), never in it. Its fingerprint is the
//! first 16 hex digits of the SHA-256 of the public key, grouped `XXXX-XXXX-XXXX-XXXX`. The
//! organization registers the public keys whose bundles it accepts (`trusted_key`, audited;
//! revoking keeps the row).
//!
//! A bundle is one tar file: `manifest.json` (format, exporter fingerprint, the case, every other
//! entry with its SHA-256 and size), `manifest.sig` (the ed25519 signature over the manifest's
//! exact bytes, hex), `refs.json` (the organization rows the case points at, by natural key), one
//! `rows/<table>.json` per table and `evidence/<sha256>` per evidence file. The tar is written
//! canonically (fixed headers, no timestamps), and import re-builds it from what it read and
//! compares the hashes, so no byte of the file — headers and padding included — escapes the check.
//!
//! Import checks everything before writing anything: size, structure, format version, signature
//! against a trusted non-revoked key, every entry's hash, the rows' shape, that every person,
//! department, system and classification level the case points at can be found here (by id, or by
//! name when this installation has its own row for it), and that no row of the same id differs.
//! Then one audited transaction inserts the missing rows with their own ids and writes a timeline
//! line; importing the same bundle again finds every row and writes nothing.
//!
//! A report bundle (`kind: report`) carries one submitted report and its 知った日 candidate, not
//! the case: importing it opens the case (same id) in 受付 with the next 受付番号 of this
//! installation, as if the report had been submitted here.

use crate::Ctx;
use crate::cases::actor_name;
use crate::error::{ApiError, ErrorCode, fluent_id};
use crate::progress::{OnProgress, Progress};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sonae_core::clock::to_storage;
use sonae_core::{Action, Case, CaseId, Category, ReportId, TimelineEntry, TimelineEntryId, TimelineKind};
use sonae_i18n::{Lang, Localizer};
use sonae_store::{CASE_TABLES, ImportOutcome, REFERENCE_TABLES, REPORT_TABLES, RawRow, RawValue, Store, Table, TrustedKeyRow};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The bundle format this version writes and reads.
pub const BUNDLE_FORMAT: u32 = 1;
/// A bundle larger than this is refused before it is read.
pub const MAX_BUNDLE_BYTES: u64 = 200 * 1024 * 1024;
/// The private key's file name, beside the database.
pub const KEY_FILE: &str = "installation.key";

const MANIFEST: &str = "manifest.json";
const SIGNATURE: &str = "manifest.sig";
const REFS: &str = "refs.json";

/// What a bundle holds (the manifest's `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A whole case (CSIRT to CSIRT).
    Case,
    /// One submitted staff report (a staff-side installation to the CSIRT's).
    Report,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Case => "case",
            Kind::Report => "report",
        }
    }

    fn from_code(code: &str) -> Option<Kind> {
        [Kind::Case, Kind::Report].into_iter().find(|k| k.code() == code)
    }

    /// The tables the bundle carries, in insertion order.
    fn tables(self) -> &'static [(Table, &'static str)] {
        match self {
            Kind::Case => CASE_TABLES,
            Kind::Report => REPORT_TABLES,
        }
    }
}
/// Prefix of the 受付番号 of an imported case whose own number is already used here.
const IMPORTED_PREFIX: &str = "取込";

fn err(code: ErrorCode, id: &str) -> ApiError {
    ApiError::new(code, id)
}

fn field_err(id: &str, field: &str) -> ApiError {
    let mut e = err(ErrorCode::Validation, id).arg("fieldId", fluent_id("field", field));
    e.field = Some(field.to_owned());
    e
}

fn tampered() -> ApiError {
    err(ErrorCode::Validation, "error-bundle-tampered")
}

fn truncated() -> ApiError {
    err(ErrorCode::Validation, "error-bundle-truncated")
}

fn format_error(detail: impl ToString) -> ApiError {
    err(ErrorCode::Validation, "error-bundle-format").arg("detail", detail)
}

fn internal<E>(_: E) -> ApiError {
    err(ErrorCode::Internal, "error-internal")
}

// ---------------------------------------------------------------------------------------------
// The installation key

/// This installation's signing key.
pub struct InstallationKey {
    signing: SigningKey,
}

/// The fingerprint of a public key: the first 16 hex digits of its SHA-256, `XXXX-XXXX-XXXX-XXXX`.
pub fn fingerprint_of(public_key: &[u8; 32]) -> String {
    let hex = hex::encode_upper(Sha256::digest(public_key));
    [&hex[0..4], &hex[4..8], &hex[8..12], &hex[12..16]].join("-")
}

/// The directory of the database file (where `installation.key` and `evidence/` live).
pub fn data_dir_of(store: &Store) -> PathBuf {
    store.path().parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

impl InstallationKey {
    /// Reads `installation.key` in `dir`, or generates it (from the operating system's random
    /// source) when there is none. The file holds the 32-byte secret as hex; 0600 on unix.
    pub fn load_or_create(dir: &Path) -> Result<InstallationKey, ApiError> {
        let path = dir.join(KEY_FILE);
        let unreadable = || err(ErrorCode::Storage, "error-key-file").arg("path", path.display());
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let bytes: [u8; 32] = hex::decode(text.trim()).ok().and_then(|b| b.try_into().ok()).ok_or_else(unreadable)?;
                Ok(InstallationKey { signing: SigningKey::from_bytes(&bytes) })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let signing = SigningKey::generate(&mut rand_core::OsRng);
                let tmp = dir.join(format!(".{KEY_FILE}.{}.partial", std::process::id()));
                let written = (|| {
                    let mut options = std::fs::OpenOptions::new();
                    options.write(true).create_new(true);
                    #[cfg(unix)]
                    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                    let mut f = options.open(&tmp)?;
                    f.write_all(format!("{}\n", hex::encode(signing.to_bytes())).as_bytes())?;
                    f.sync_all()?;
                    // A hard link never replaces a key another process made meanwhile.
                    std::fs::hard_link(&tmp, &path)
                })();
                let _ = std::fs::remove_file(&tmp);
                match written {
                    Ok(()) => Ok(InstallationKey { signing }),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => InstallationKey::load_or_create(dir),
                    Err(_) => Err(unreadable()),
                }
            }
            Err(_) => Err(unreadable()),
        }
    }

    /// The public key as 64 lowercase hex digits.
    pub fn public_hex(&self) -> String {
        hex::encode(self.signing.verifying_key().to_bytes())
    }

    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.signing.verifying_key().to_bytes())
    }
}

/// This installation's public key, for another installation to trust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyInfoDto {
    pub fingerprint: String,
    pub public_key: String,
}

/// This installation's key (generated on first need). Needs ManageOrganization.
pub fn installation_key(ctx: &mut Ctx<'_>) -> Result<KeyInfoDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let key = InstallationKey::load_or_create(&data_dir_of(ctx.store))?;
    Ok(KeyInfoDto { fingerprint: key.fingerprint(), public_key: key.public_hex() })
}

// ---------------------------------------------------------------------------------------------
// Trusted keys

/// A row of the trusted-keys register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrustedKeyDto {
    pub fingerprint: String,
    pub name: String,
    pub public_key: String,
    pub added_by: String,
    pub added_at: String,
    pub revoked_at: Option<String>,
}

fn key_dto(k: TrustedKeyRow) -> TrustedKeyDto {
    let TrustedKeyRow { id, name, public_key, added_by, added_at, revoked_at } = k;
    TrustedKeyDto { fingerprint: id, name, public_key, added_by, added_at, revoked_at }
}

fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(text.trim()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// Trusts another installation's public key (64 hex digits) under a name; trusting a revoked key
/// again lifts the revocation. Needs ManageOrganization.
pub fn trust_key(ctx: &mut Ctx<'_>, name: &str, public_key: &str) -> Result<TrustedKeyDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(field_err("error-key-name", "keyName"));
    }
    let key = parse_public_key(public_key).ok_or_else(|| field_err("error-key-invalid", "publicKey"))?;
    let public_key = hex::encode(key.to_bytes());
    let fingerprint = fingerprint_of(&key.to_bytes());
    let existing = ctx.store.trusted_keys()?.into_iter().find(|k| k.id == fingerprint);
    let row = TrustedKeyRow {
        id: fingerprint,
        name: name.to_owned(),
        public_key,
        added_by: existing.as_ref().map_or_else(|| ctx.actor.label.clone(), |k| k.added_by.clone()),
        added_at: existing.as_ref().map_or_else(|| to_storage(ctx.clock.now()), |k| k.added_at.clone()),
        revoked_at: None,
    };
    if existing.as_ref() != Some(&row) {
        ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_trusted_key(&row))?;
    }
    Ok(key_dto(row))
}

/// The trusted-keys register. Needs ManageOrganization.
pub fn list_trusted_keys(ctx: &mut Ctx<'_>) -> Result<Vec<TrustedKeyDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    Ok(ctx.store.trusted_keys()?.into_iter().map(key_dto).collect())
}

/// Revokes a trusted key (the row stays, with the time). Needs ManageOrganization.
pub fn revoke_key(ctx: &mut Ctx<'_>, fingerprint: &str) -> Result<TrustedKeyDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let Some(mut row) = ctx.store.trusted_keys()?.into_iter().find(|k| k.id == fingerprint.trim()) else {
        return Err(err(ErrorCode::NotFound, "error-key-unknown").arg("fingerprint", fingerprint.trim()));
    };
    if row.revoked_at.is_none() {
        row.revoked_at = Some(to_storage(ctx.clock.now()));
        ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_trusted_key(&row))?;
    }
    Ok(key_dto(row))
}

// ---------------------------------------------------------------------------------------------
// The bundle

/// One entry of a bundle besides the manifest and its signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BundleEntry {
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BundleManifest {
    pub format: u32,
    /// What the bundle holds: `case` or `report`.
    pub kind: String,
    /// The exporting installation's fingerprint.
    pub exporter: String,
    /// Its public key (hex); import verifies with the *registered* key of that fingerprint.
    pub public_key: String,
    /// RFC 3339 UTC.
    pub created_at: String,
    pub schema_version: i64,
    pub case_id: String,
    /// The case's 受付番号 at the exporter (for a report: the staff-side number, for information).
    pub receipt_no: String,
    /// A report bundle's report (absent from case bundles, whose bytes stay as they were).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    pub entries: Vec<BundleEntry>,
}

/// `refs.json`: an organization row the case points at, with its natural key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BundleRef {
    table: String,
    id: String,
    key: String,
}

fn rows_path(table: Table) -> String {
    format!("rows/{}.json", table.name())
}

fn json_of(row: &RawRow) -> serde_json::Value {
    let map = row
        .iter()
        .map(|(k, v)| {
            let v = match v {
                RawValue::Null => serde_json::Value::Null,
                RawValue::Integer(i) => (*i).into(),
                RawValue::Real(x) => serde_json::json!({ "real": x }),
                RawValue::Text(t) => t.clone().into(),
                RawValue::Blob(b) => serde_json::json!({ "blob": hex::encode(b) }),
            };
            (k.clone(), v)
        })
        .collect();
    serde_json::Value::Object(map)
}

fn row_of_json(table: Table, v: serde_json::Value) -> Result<RawRow, ApiError> {
    let bad = || format_error(table.name());
    let serde_json::Value::Object(map) = v else { return Err(bad()) };
    let mut row = RawRow::new();
    for (k, v) in map {
        let value = match v {
            serde_json::Value::Null => RawValue::Null,
            serde_json::Value::String(s) => RawValue::Text(s),
            serde_json::Value::Number(n) => RawValue::Integer(n.as_i64().ok_or_else(bad)?),
            serde_json::Value::Object(o) if o.len() == 1 => match o.iter().next() {
                Some((tag, serde_json::Value::String(h))) if tag == "blob" => RawValue::Blob(hex::decode(h).map_err(|_| bad())?),
                Some((tag, serde_json::Value::Number(x))) if tag == "real" => RawValue::Real(x.as_f64().ok_or_else(bad)?),
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        };
        row.insert(k, value);
    }
    Ok(row)
}

/// Appends one entry with canonical header fields (so the same entries always give the same bytes).
fn append<W: Write>(tar: &mut tar::Builder<W>, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_path(name)?;
    header.set_size(bytes.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_uid(0);
    header.set_gid(0);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    tar.append(&header, bytes)
}

/// The canonical tar of these entries, into `out`.
fn write_tar<W: Write>(out: W, entries: &[(String, Vec<u8>)]) -> std::io::Result<W> {
    let mut tar = tar::Builder::new(out);
    for (name, bytes) in entries {
        append(&mut tar, name, bytes)?;
    }
    tar.into_inner()
}

/// A writer that only hashes.
struct HashWriter(Sha256, u64);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        self.1 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn is_person_label(s: &str) -> Option<&str> {
    s.strip_prefix("person:").filter(|id| uuid::Uuid::parse_str(id).is_ok())
}

fn reference_table(name: &str) -> Option<Table> {
    REFERENCE_TABLES.iter().copied().find(|t| t.name() == name)
}

/// Writes a signed bundle of one case (its id). Needs ViewAllCases. Answers the file's bytes.
pub fn export_case_bundle(ctx: &mut Ctx<'_>, case_id: &str, key: &InstallationKey) -> Result<Vec<u8>, ApiError> {
    export_case_bundle_with_progress(ctx, case_id, key, &mut crate::progress::ignore)
}

/// [`export_case_bundle`], reporting progress (`cli-progress-bundle-export`).
pub fn export_case_bundle_with_progress(
    ctx: &mut Ctx<'_>,
    case_id: &str,
    key: &InstallationKey,
    progress: OnProgress<'_>,
) -> Result<Vec<u8>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let not_found = || err(ErrorCode::NotFound, "error-not-found");
    let id = CaseId::parse(case_id).ok_or_else(not_found)?;
    let tables = ctx.store.case_rows(id)?;
    let receipt_no = match tables.first().and_then(|(_, rows)| rows.first()).and_then(|r| r.get("receipt_no")) {
        Some(RawValue::Text(r)) => r.clone(),
        _ => return Err(not_found()),
    };
    let head = Head { kind: Kind::Case, case_id: id.to_string(), receipt_no, report_id: None };
    sign_bundle(ctx, key, head, &tables, progress)
}

/// Writes a signed bundle of one submitted staff report (its id) for the CSIRT's installation:
/// the report and its 知った日 candidate, not the case. The person who entered or filed it may,
/// and anyone with HandleCases; other CSIRT roles are refused, and to anyone else the report
/// does not exist.
pub fn export_report_bundle(ctx: &mut Ctx<'_>, report_id: &str, key: &InstallationKey) -> Result<Vec<u8>, ApiError> {
    export_report_bundle_with_progress(ctx, report_id, key, &mut crate::progress::ignore)
}

/// [`export_report_bundle`], reporting progress (`cli-progress-bundle-export`).
pub fn export_report_bundle_with_progress(
    ctx: &mut Ctx<'_>,
    report_id: &str,
    key: &InstallationKey,
    progress: OnProgress<'_>,
) -> Result<Vec<u8>, ApiError> {
    ctx.actor.require(Action::FileReport)?;
    let not_found = || err(ErrorCode::NotFound, "error-not-found");
    let id = ReportId::parse(report_id).ok_or_else(not_found)?;
    let row = ctx.store.report(id)?.ok_or_else(not_found)?;
    let person = ctx.actor.person_id();
    let own = person.is_some() && (row.report.details.entered_by == person || row.report.reporter_person_id == person);
    if !own && !ctx.actor.may(Action::HandleCases) {
        // Who may see every report is told no; for anyone else the report does not exist.
        if ctx.actor.may(Action::ViewAllCases) {
            return Err(err(ErrorCode::Forbidden, "error-forbidden"));
        }
        return Err(not_found());
    }
    let (Some(case_id), Some(receipt_no)) = (row.report.case_id, row.receipt_no) else { return Err(not_found()) };
    let tables = ctx.store.report_rows(&id.to_string())?;
    let head = Head { kind: Kind::Report, case_id: case_id.to_string(), receipt_no, report_id: Some(id.to_string()) };
    sign_bundle(ctx, key, head, &tables, progress)
}

/// What a bundle is of (the manifest's head).
struct Head {
    kind: Kind,
    case_id: String,
    receipt_no: String,
    report_id: Option<String>,
}

/// The signed canonical tar of these rows, with the organization rows they point at and the
/// evidence files their `evidence_file` rows name.
fn sign_bundle(
    ctx: &mut Ctx<'_>,
    key: &InstallationKey,
    head: Head,
    tables: &[(Table, Vec<RawRow>)],
    progress: OnProgress<'_>,
) -> Result<Vec<u8>, ApiError> {
    // The organization rows the case points at, named by natural key.
    let mut refs: BTreeSet<(Table, String)> = BTreeSet::new();
    for (table, rows) in tables {
        let fks: Vec<(String, Table)> =
            ctx.store.foreign_columns(*table)?.into_iter().filter_map(|(c, t)| reference_table(&t).map(|t| (c, t))).collect();
        for row in rows {
            for (column, target) in &fks {
                if let Some(RawValue::Text(v)) = row.get(column) {
                    refs.insert((*target, v.clone()));
                }
            }
            for v in row.values() {
                if let RawValue::Text(s) = v
                    && let Some(person) = is_person_label(s)
                {
                    refs.insert((Table::Person, person.to_owned()));
                }
            }
        }
    }
    let mut ref_list = Vec::new();
    for (table, id) in refs {
        if let Some(key) = ctx.store.reference_key(table, &id)? {
            ref_list.push(BundleRef { table: table.name().to_owned(), id, key });
        }
    }
    let mut entries: Vec<(String, Vec<u8>)> = vec![(REFS.to_owned(), serde_json::to_vec_pretty(&ref_list).map_err(internal)?)];
    let mut evidence = BTreeSet::new();
    for (table, rows) in tables {
        if *table == Table::EvidenceFile {
            for row in rows {
                if let Some(RawValue::Text(sha)) = row.get("sha256") {
                    evidence.insert(sha.clone());
                }
            }
        }
        let json: Vec<serde_json::Value> = rows.iter().map(json_of).collect();
        entries.push((rows_path(*table), serde_json::to_vec_pretty(&json).map_err(internal)?));
    }
    let step = "cli-progress-bundle-export";
    let total = (entries.len() + evidence.len()) as u64;
    progress(Progress { step, done: entries.len() as u64, total });
    for sha in evidence {
        // Opened (unsealed) when the database is encrypted: a bundle carries the content.
        let bytes = ctx.store.evidence_bytes(&sha)?;
        let bytes = bytes.filter(|b| hex::encode(Sha256::digest(b)) == sha);
        let bytes = bytes.ok_or_else(|| err(ErrorCode::Conflict, "error-bundle-evidence-missing").arg("file", &sha))?;
        entries.push((format!("evidence/{sha}"), bytes));
        progress(Progress { step, done: entries.len() as u64, total });
    }
    let manifest = BundleManifest {
        format: BUNDLE_FORMAT,
        kind: head.kind.code().into(),
        exporter: key.fingerprint(),
        public_key: key.public_hex(),
        created_at: to_storage(ctx.clock.now()),
        schema_version: ctx.store.schema_version()?,
        case_id: head.case_id,
        receipt_no: head.receipt_no,
        report_id: head.report_id,
        entries: entries
            .iter()
            .map(|(path, bytes)| BundleEntry { path: path.clone(), sha256: hex::encode(Sha256::digest(bytes)), size: bytes.len() as u64 })
            .collect(),
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).map_err(internal)?;
    let signature = key.signing.sign(&manifest_bytes);
    let mut all = vec![(MANIFEST.to_owned(), manifest_bytes), (SIGNATURE.to_owned(), hex::encode(signature.to_bytes()).into_bytes())];
    all.extend(entries);
    let out = write_tar(Vec::new(), &all).map_err(internal)?;
    if out.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(err(ErrorCode::Validation, "error-bundle-too-large").arg("limit", MAX_BUNDLE_BYTES / (1024 * 1024)));
    }
    Ok(out)
}

/// A bundle written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleWrittenDto {
    pub path: String,
    /// The case's 受付番号 here.
    pub receipt_no: String,
    /// This installation's fingerprint (the receiving side must trust its key).
    pub fingerprint: String,
    #[ts(type = "number")]
    pub size: u64,
}

/// Writes `bytes` as a new file `out` (never replacing one: a file that is there, or appears
/// meanwhile, is refused), through a temporary name so that no half-written file is left.
pub fn write_new_file(out: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    let exists = || err(ErrorCode::Conflict, "error-bundle-file-exists").arg("path", out.display());
    if out.exists() {
        return Err(exists());
    }
    let failed = || err(ErrorCode::Storage, "error-bundle-write").arg("path", out.display());
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|_| failed())?;
    }
    let mut partial = out.to_path_buf().into_os_string();
    partial.push(".partial");
    std::fs::write(&partial, bytes).map_err(|_| failed())?;
    // A hard link never replaces a file that appeared meanwhile.
    let linked = std::fs::hard_link(&partial, out);
    let _ = std::fs::remove_file(&partial);
    match linked {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
        Err(_) => Err(failed()),
    }
}

/// Exports a case bundle (case id or 受付番号) to the new file `out`, signed with this
/// installation's key (beside the database). Needs ViewAllCases.
pub fn export_case(ctx: &mut Ctx<'_>, case: &str, out: &Path, progress: OnProgress<'_>) -> Result<BundleWrittenDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = case.trim();
    let id = match CaseId::parse(case) {
        Some(id) => id.to_string(),
        None => ctx.store.case_id_by_receipt(case)?.ok_or_else(|| err(ErrorCode::NotFound, "error-not-found"))?,
    };
    let key = InstallationKey::load_or_create(&data_dir_of(ctx.store))?;
    let bytes = export_case_bundle_with_progress(ctx, &id, &key, progress)?;
    written(ctx, out, &bytes, &id, &key)
}

/// Exports a submitted staff report to the new file `out`, signed with this installation's key,
/// for the hand-over to the CSIRT's installation (see [`export_report_bundle`] for who may).
pub fn export_report(ctx: &mut Ctx<'_>, report_id: &str, out: &Path, progress: OnProgress<'_>) -> Result<BundleWrittenDto, ApiError> {
    ctx.actor.require(Action::FileReport)?;
    let key = InstallationKey::load_or_create(&data_dir_of(ctx.store))?;
    let bytes = export_report_bundle_with_progress(ctx, report_id, &key, progress)?;
    let case_id = ReportId::parse(report_id)
        .and_then(|id| ctx.store.report(id).ok().flatten())
        .and_then(|r| r.report.case_id)
        .map(|c| c.to_string())
        .unwrap_or_default();
    written(ctx, out, &bytes, &case_id, &key)
}

fn written(ctx: &Ctx<'_>, out: &Path, bytes: &[u8], case_id: &str, key: &InstallationKey) -> Result<BundleWrittenDto, ApiError> {
    write_new_file(out, bytes)?;
    let receipt_no = match ctx.store.raw_row(Table::IncidentCase, case_id)?.and_then(|r| r.get("receipt_no").cloned()) {
        Some(RawValue::Text(r)) => r,
        _ => String::new(),
    };
    Ok(BundleWrittenDto { path: out.display().to_string(), receipt_no, fingerprint: key.fingerprint(), size: bytes.len() as u64 })
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportResultDto {
    /// `case` or `report`.
    pub kind: String,
    pub case_id: String,
    /// The 受付番号 the case has here.
    pub receipt_no: String,
    pub exporter: String,
    pub exporter_name: String,
    /// Rows written; 0 when everything was already here.
    pub inserted: u32,
    pub unchanged: u32,
    pub evidence_files: u32,
}

/// The size check alone (the CLI asks before reading a file).
pub fn check_bundle_size(size: u64) -> Result<(), ApiError> {
    if size > MAX_BUNDLE_BYTES {
        return Err(err(ErrorCode::Validation, "error-bundle-too-large").arg("limit", MAX_BUNDLE_BYTES / (1024 * 1024)));
    }
    Ok(())
}

/// Reads the tar strictly: regular files only, known names, no duplicates, canonical bytes.
fn read_tar(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ApiError> {
    // A canonical bundle is whole 512-byte blocks ending in two zero blocks. Without them (one
    // changed byte still leaves 1023 zeros) the file was cut; a file with them that does not parse
    // was changed.
    let cut =
        !bytes.len().is_multiple_of(512) || bytes.len() < 1024 || bytes[bytes.len() - 1024..].iter().filter(|b| **b == 0).count() < 1023;
    if cut {
        return Err(truncated());
    }
    let mut archive = tar::Archive::new(bytes);
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in archive.entries().map_err(|_| tampered())? {
        let mut entry = entry.map_err(|_| tampered())?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(tampered());
        }
        let name = entry.path().map_err(|_| tampered())?.to_string_lossy().into_owned();
        let size = entry.header().size().map_err(|_| tampered())?;
        let mut content = Vec::new();
        entry.read_to_end(&mut content).map_err(|_| tampered())?;
        if content.len() as u64 != size {
            return Err(tampered());
        }
        if out.iter().any(|(n, _)| *n == name) {
            return Err(tampered());
        }
        out.push((name, content));
    }
    let rebuilt = write_tar(HashWriter(Sha256::new(), 0), &out).map_err(internal)?;
    if rebuilt.1 != bytes.len() as u64 || rebuilt.0.finalize().as_slice() != Sha256::digest(bytes).as_slice() {
        return Err(tampered());
    }
    Ok(out)
}

/// A bundle that passed every check, ready to be written.
struct Checked {
    kind: Kind,
    manifest: BundleManifest,
    signer: TrustedKeyRow,
    refs: Vec<BundleRef>,
    rows: Vec<(Table, Vec<RawRow>)>,
    evidence: Vec<(String, Vec<u8>)>,
}

/// Everything that needs no database rows: structure, format, signature, hashes, rows' shape.
fn check_bundle(store: &Store, bytes: &[u8], progress: OnProgress<'_>) -> Result<Checked, ApiError> {
    check_bundle_size(bytes.len() as u64)?;
    let entries = read_tar(bytes)?;
    let get = |name: &str| entries.iter().find(|(n, _)| n == name).map(|(_, b)| b.as_slice());
    let (Some(manifest_bytes), Some(signature)) = (get(MANIFEST), get(SIGNATURE)) else {
        return Err(format_error(MANIFEST));
    };
    // Every file this version writes has a manifest that parses: one that does not was changed.
    let value: serde_json::Value = serde_json::from_slice(manifest_bytes).map_err(|_| tampered())?;
    let format = value.get("format").and_then(serde_json::Value::as_u64);
    let version_error = |f: u64| err(ErrorCode::Validation, "error-bundle-format-version").arg("value", f).arg("known", BUNDLE_FORMAT);
    // The signature first, against the key registered under the exporter's fingerprint.
    let Some(exporter) = value.get("exporter").and_then(serde_json::Value::as_str) else {
        return Err(match format {
            Some(f) if f != u64::from(BUNDLE_FORMAT) => version_error(f),
            _ => format_error(MANIFEST),
        });
    };
    let keys = store.trusted_keys()?;
    let Some(signer) = keys.into_iter().find(|k| k.id == exporter) else {
        return Err(err(ErrorCode::Validation, "error-bundle-unknown-key").arg("fingerprint", exporter));
    };
    if signer.revoked_at.is_some() {
        return Err(err(ErrorCode::Validation, "error-bundle-revoked-key").arg("fingerprint", &signer.id).arg("name", &signer.name));
    }
    let public = parse_public_key(&signer.public_key).ok_or_else(tampered)?;
    let signature: [u8; 64] = std::str::from_utf8(signature)
        .ok()
        .and_then(|s| hex::decode(s).ok())
        .and_then(|b| b.try_into().ok())
        .filter(|b: &[u8; 64]| hex::encode(b).as_bytes() == signature)
        .ok_or_else(tampered)?;
    public.verify_strict(manifest_bytes, &Signature::from_bytes(&signature)).map_err(|_| tampered())?;
    match format {
        Some(f) if f == u64::from(BUNDLE_FORMAT) => {}
        Some(f) => return Err(version_error(f)),
        None => return Err(format_error(MANIFEST)),
    }
    let manifest: BundleManifest = serde_json::from_value(value).map_err(|_| format_error(MANIFEST))?;
    let kind = Kind::from_code(&manifest.kind)
        .filter(|k| (*k == Kind::Report) == manifest.report_id.is_some())
        .ok_or_else(|| format_error(format!("kind = {}", manifest.kind)))?;
    if manifest.public_key != signer.public_key {
        return Err(tampered());
    }
    // Exactly the listed entries, with exactly their hashes.
    let listed: BTreeMap<&str, &BundleEntry> = manifest.entries.iter().map(|e| (e.path.as_str(), e)).collect();
    if listed.len() != manifest.entries.len() {
        return Err(format_error("entries"));
    }
    let step = "cli-progress-bundle-check";
    let total = entries.len() as u64;
    for (i, (name, content)) in entries.iter().enumerate().filter(|(_, (n, _))| n != MANIFEST && n != SIGNATURE) {
        let Some(e) = listed.get(name.as_str()) else { return Err(tampered()) };
        if e.size != content.len() as u64 || e.sha256 != hex::encode(Sha256::digest(content)) {
            return Err(tampered());
        }
        progress(Progress { step, done: i as u64 + 1, total });
    }
    if manifest.entries.iter().any(|e| get(&e.path).is_none()) {
        return Err(truncated());
    }
    // From here on the content is what the trusted exporter signed; check its shape.
    if manifest.schema_version != store.schema_version()? {
        return Err(err(ErrorCode::Validation, "error-bundle-schema")
            .arg("value", manifest.schema_version)
            .arg("known", store.schema_version()?));
    }
    let refs: Vec<BundleRef> = serde_json::from_slice(get(REFS).ok_or_else(|| format_error(REFS))?).map_err(|_| format_error(REFS))?;
    if refs.iter().any(|r| reference_table(&r.table).is_none()) {
        return Err(format_error(REFS));
    }
    let mut rows = Vec::new();
    for &(table, _) in kind.tables() {
        let path = rows_path(table);
        let list: Vec<serde_json::Value> =
            serde_json::from_slice(get(&path).ok_or_else(|| format_error(&path))?).map_err(|_| format_error(&path))?;
        let list = list.into_iter().map(|v| row_of_json(table, v)).collect::<Result<Vec<_>, _>>()?;
        let columns = store.table_columns(table)?;
        for row in &list {
            if row.len() != columns.len()
                || columns.iter().any(|c| !row.contains_key(c))
                || !matches!(row.get("id"), Some(RawValue::Text(_)))
            {
                return Err(format_error(&path));
            }
        }
        rows.push((table, list));
    }
    let case_id = RawValue::Text(manifest.case_id.clone());
    match kind {
        Kind::Case => {
            let case_ok = matches!(rows.first().map(|(_, r)| r.as_slice()), Some([case]) if case.get("id") == Some(&case_id));
            if !case_ok || CaseId::parse(&manifest.case_id).is_none() {
                return Err(format_error(rows_path(Table::IncidentCase)));
            }
        }
        Kind::Report => {
            // Exactly the report, of the named case; candidates of that case only.
            let report_id = manifest.report_id.clone().map(RawValue::Text);
            let report_ok = matches!(rows.first().map(|(_, r)| r.as_slice()), Some([report])
                if report.get("id") == report_id.as_ref() && report.get("case_id") == Some(&case_id));
            if !report_ok || CaseId::parse(&manifest.case_id).is_none() {
                return Err(format_error(rows_path(Table::IncidentReport)));
            }
            for (table, list) in rows.iter().skip(1) {
                if list.iter().any(|r| r.get("case_id") != Some(&case_id)) {
                    return Err(format_error(rows_path(*table)));
                }
            }
        }
    }
    // Evidence: exactly the files the evidence rows name.
    let wanted: BTreeSet<String> = rows
        .iter()
        .filter(|(t, _)| *t == Table::EvidenceFile)
        .flat_map(|(_, r)| r.iter().filter_map(|row| if let Some(RawValue::Text(s)) = row.get("sha256") { Some(s.clone()) } else { None }))
        .collect();
    let mut evidence = Vec::new();
    for (name, content) in &entries {
        if let Some(sha) = name.strip_prefix("evidence/") {
            if !wanted.contains(sha) || hex::encode(Sha256::digest(content)) != sha {
                return Err(format_error(name));
            }
            evidence.push((sha.to_owned(), content.clone()));
        } else if ![MANIFEST, SIGNATURE, REFS].contains(&name.as_str()) && !kind.tables().iter().any(|(t, _)| rows_path(*t) == *name) {
            return Err(format_error(name));
        }
    }
    if let Some(missing) = wanted.iter().find(|sha| !evidence.iter().any(|(s, _)| s == *sha)) {
        return Err(format_error(format!("evidence/{missing}")));
    }
    Ok(Checked { kind, manifest, signer, refs, rows, evidence })
}

/// The label of a reference table for messages.
fn reference_label(table: Table) -> &'static str {
    match table {
        Table::Person => "exchange-ref-person",
        Table::Department => "exchange-ref-department",
        Table::InfoSystem => "exchange-ref-system",
        _ => "exchange-ref-class-level",
    }
}

/// Maps the bundle's organization references to this installation's rows, rewrites the rows
/// accordingly and decides the case's 受付番号 here. Reads only.
fn map_rows(store: &Store, c: &mut Checked) -> Result<Option<String>, ApiError> {
    let mut mapped: BTreeMap<(Table, String), String> = BTreeMap::new();
    let mut unresolved: BTreeMap<(Table, String), String> = BTreeMap::new();
    for r in &c.refs {
        let table = reference_table(&r.table).ok_or_else(|| format_error(REFS))?;
        if store.raw_row(table, &r.id)?.is_some() {
            mapped.insert((table, r.id.clone()), r.id.clone());
            continue;
        }
        match store.rows_with_key(table, &r.key)?.as_slice() {
            [one] => {
                mapped.insert((table, r.id.clone()), one.clone());
            }
            _ => {
                unresolved.insert((table, r.id.clone()), r.key.clone());
            }
        }
    }
    for (table, rows) in &mut c.rows {
        let fks: Vec<(String, Table)> =
            store.foreign_columns(*table)?.into_iter().filter_map(|(col, t)| reference_table(&t).map(|t| (col, t))).collect();
        for row in rows.iter_mut() {
            for (column, target) in &fks {
                let Some(RawValue::Text(v)) = row.get(column).cloned() else { continue };
                let k = (*target, v.clone());
                if let Some(local) = mapped.get(&k) {
                    row.insert(column.clone(), RawValue::Text(local.clone()));
                } else if let Some(name) = unresolved.get(&k) {
                    let l10n = Localizer::shared(Lang::Ja);
                    return Err(err(ErrorCode::Conflict, "error-bundle-reference")
                        .arg("kindId", reference_label(*target))
                        .arg("kind", l10n.msg(reference_label(*target), &[]))
                        .arg("name", name));
                } else if store.raw_row(*target, &v)?.is_none() {
                    return Err(format_error(format!("{}.{column}", table.name())));
                }
            }
            for value in row.values_mut() {
                if let RawValue::Text(s) = value
                    && let Some(person) = is_person_label(s)
                    && let Some(local) = mapped.get(&(Table::Person, person.to_owned()))
                {
                    *s = format!("person:{local}");
                }
            }
        }
    }
    // The 受付番号 is the installation's own: an existing case keeps its number; a new one keeps
    // the bundle's unless a different case here has it. (A report's new case takes the next number
    // here when it is written.)
    let case_id = c.manifest.case_id.clone();
    if c.kind == Kind::Report || store.raw_row(Table::IncidentCase, &case_id)?.is_some() {
        return Ok(None);
    }
    let original = c.manifest.receipt_no.clone();
    if !store.receipt_used_by_other(&original, &case_id)? {
        return Ok(None);
    }
    let renumbered = format!("{IMPORTED_PREFIX}{}-{original}", &c.manifest.exporter[..4]);
    if store.receipt_used_by_other(&renumbered, &case_id)? {
        return Err(err(ErrorCode::Conflict, "error-bundle-conflict").arg("table", Table::IncidentCase.name()).arg("id", &case_id));
    }
    if let Some(case) = c.rows.first_mut().and_then(|(_, r)| r.first_mut()) {
        case.insert("receipt_no".into(), RawValue::Text(renumbered.clone()));
    }
    Ok(Some(renumbered))
}

/// Columns that may differ between an incoming row and the row of the same id here.
fn ignored(table: Table) -> &'static [&'static str] {
    if table == Table::IncidentCase { &["receipt_no"] } else { &[] }
}

/// The case a report bundle opens here (when it is not here yet), from the report's own values.
struct NewCase {
    title: String,
    category: Category,
    drill: bool,
    source: String,
    reporter: String,
}

/// A bundle that passed every check, with what importing it would write.
struct Plan {
    checked: Checked,
    renumbered: Option<String>,
    /// A report bundle whose case is not here yet.
    new_case: Option<NewCase>,
    new: u32,
    same: u32,
}

fn text_of<'a>(row: &'a RawRow, column: &str) -> Option<&'a str> {
    match row.get(column) {
        Some(RawValue::Text(t)) => Some(t),
        _ => None,
    }
}

/// The case a report bundle's report opens, checked like a submission here would be.
fn new_case_of(report: &RawRow) -> Result<NewCase, ApiError> {
    let bad = || format_error(rows_path(Table::IncidentReport));
    let category = text_of(report, "category").and_then(Category::from_code).ok_or_else(bad)?;
    let title = sonae_core::report::case_title_of(text_of(report, "summary").ok_or_else(bad)?);
    if title.is_empty() {
        return Err(bad());
    }
    let drill = match report.get("drill") {
        Some(RawValue::Integer(0)) => false,
        Some(RawValue::Integer(1)) => true,
        _ => return Err(bad()),
    };
    let source = text_of(report, "source").and_then(sonae_core::ReportSource::from_code).ok_or_else(bad)?.as_code().to_owned();
    let reporter = text_of(report, "reporter_name").ok_or_else(bad)?.to_owned();
    Ok(NewCase { title, category, drill, source, reporter })
}

/// Every check of [`import_bundle`], reading only.
fn plan(store: &Store, bytes: &[u8], progress: OnProgress<'_>) -> Result<Plan, ApiError> {
    let mut checked = check_bundle(store, bytes, progress)?;
    let renumbered = map_rows(store, &mut checked)?;
    let (mut new, mut same) = (0u32, 0u32);
    let mut new_case = None;
    if checked.kind == Kind::Report && store.raw_row(Table::IncidentCase, &checked.manifest.case_id)?.is_none() {
        let report = checked.rows.first().and_then(|(_, r)| r.first()).ok_or_else(|| format_error(rows_path(Table::IncidentReport)))?;
        new_case = Some(new_case_of(report)?);
        new += 1;
    }
    for (table, rows) in &checked.rows {
        for row in rows {
            let Some(RawValue::Text(id)) = row.get("id") else { return Err(format_error(table.name())) };
            match store.raw_row(*table, id)? {
                None => new += 1,
                Some(existing) if existing.iter().all(|(k, v)| ignored(*table).contains(&k.as_str()) || row.get(k) == Some(v)) => same += 1,
                Some(_) => {
                    return Err(err(ErrorCode::Conflict, "error-bundle-conflict").arg("table", table.name()).arg("id", id));
                }
            }
        }
    }
    Ok(Plan { checked, renumbered, new_case, new, same })
}

/// The 受付番号 the bundle's case has here (the bundle's own before it is imported).
fn receipt_here(store: &Store, manifest: &BundleManifest) -> Result<String, ApiError> {
    match store.raw_row(Table::IncidentCase, &manifest.case_id)?.and_then(|r| r.get("receipt_no").cloned()) {
        Some(RawValue::Text(r)) => Ok(r),
        _ => Ok(manifest.receipt_no.clone()),
    }
}

/// Runs every check of [`import_bundle`] and writes nothing; the CLI calls it on a read-only
/// database first, so a refused bundle never even opens the file for writing. Answers the result
/// of the import when it would write nothing (everything is already here), `None` when it would
/// write rows. Needs HandleCases.
pub fn check_bundle_import(ctx: &mut Ctx<'_>, bytes: &[u8]) -> Result<Option<ImportResultDto>, ApiError> {
    check_bundle_import_with_progress(ctx, bytes, &mut crate::progress::ignore)
}

/// [`check_bundle_import`], reporting progress (`cli-progress-bundle-check`).
pub fn check_bundle_import_with_progress(
    ctx: &mut Ctx<'_>,
    bytes: &[u8],
    progress: OnProgress<'_>,
) -> Result<Option<ImportResultDto>, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let p = plan(ctx.store, bytes, progress)?;
    if p.new > 0 {
        return Ok(None);
    }
    let c = &p.checked;
    Ok(Some(ImportResultDto {
        kind: c.kind.code().to_owned(),
        case_id: c.manifest.case_id.clone(),
        receipt_no: receipt_here(ctx.store, &c.manifest)?,
        exporter: c.signer.id.clone(),
        exporter_name: c.signer.name.clone(),
        inserted: 0,
        unchanged: p.same,
        evidence_files: c.evidence.len() as u32,
    }))
}

/// Imports a signed bundle. Needs HandleCases. Checks everything before writing; writes every
/// missing row with its own id in one audited transaction, plus a timeline line; writes nothing
/// when every row is already here. A report bundle whose case is not here opens it in 受付 with
/// the next 受付番号 of this installation.
pub fn import_bundle(ctx: &mut Ctx<'_>, bytes: &[u8]) -> Result<ImportResultDto, ApiError> {
    import_bundle_with_progress(ctx, bytes, &mut crate::progress::ignore)
}

/// [`import_bundle`], reporting progress (`cli-progress-bundle-check`, then `cli-progress-bundle-import`).
pub fn import_bundle_with_progress(ctx: &mut Ctx<'_>, bytes: &[u8], progress: OnProgress<'_>) -> Result<ImportResultDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let Plan { checked, renumbered, new_case, new, same } = plan(ctx.store, bytes, &mut *progress)?;
    let Checked { kind, manifest, signer, rows, evidence, .. } = checked;
    let mut result = ImportResultDto {
        kind: kind.code().to_owned(),
        case_id: manifest.case_id.clone(),
        receipt_no: manifest.receipt_no.clone(),
        exporter: signer.id.clone(),
        exporter_name: signer.name.clone(),
        inserted: 0,
        unchanged: same,
        evidence_files: evidence.len() as u32,
    };
    if new == 0 {
        result.receipt_no = receipt_here(ctx.store, &manifest)?;
        return Ok(result);
    }
    let step = "cli-progress-bundle-import";
    let total = u64::from(new) + evidence.len() as u64;
    let mut done = 0u64;
    progress(Progress { step, done, total });
    // Evidence files first (a failed write below leaves at most unreferenced files).
    for (sha, content) in &evidence {
        if ctx.store.put_evidence_bytes(content)? != *sha {
            return Err(tampered());
        }
        done += 1;
        progress(Progress { step, done, total });
    }
    let now = ctx.clock.now();
    let case_id = CaseId::parse(&manifest.case_id).ok_or_else(|| format_error(rows_path(Table::IncidentCase)))?;
    let who = actor_name(ctx, &ctx.actor.label)?;
    let l10n = Localizer::shared(Lang::Ja);
    let receipt_format = match &new_case {
        Some(_) => ctx.store.organization()?.ok_or_else(|| err(ErrorCode::NotFound, "error-not-found"))?.settings.receipt_format,
        None => String::new(),
    };
    let line_id = TimelineEntryId::new(ctx.ids);
    let mut conflict = None;
    let actor = ctx.actor.label.clone();
    let inserted = ctx.store.write(&actor, now, |w| {
        let mut inserted = 0u32;
        let mut text = String::new();
        if let Some(nc) = &new_case {
            let receipt = crate::report::take_receipt_no(w, &receipt_format, now)?;
            let case = Case::open(case_id, receipt.clone(), &nc.title, nc.category, nc.drill, now)
                .map_err(|_| sonae_store::StoreError::Conflict { what: "case title" })?;
            w.insert_case(&case)?;
            inserted += 1;
            let source = l10n.msg(&crate::error::fluent_id("report-origin", &crate::report::camel(&nc.source)), &[]);
            text.push_str(&l10n.msg("timeline-report-received", &[("source", &source), ("reporter", &nc.reporter), ("receipt", &receipt)]));
            text.push('\n');
        }
        for (table, rows) in &rows {
            for row in rows {
                match w.import_row(*table, row, ignored(*table))? {
                    ImportOutcome::Inserted => inserted += 1,
                    ImportOutcome::Same => {}
                    ImportOutcome::Differs => {
                        conflict = Some((*table, row.get("id").cloned()));
                        return Err(sonae_store::StoreError::Conflict { what: "bundle row differs" });
                    }
                }
                done += 1;
                progress(Progress { step, done: done.min(total), total });
            }
        }
        match kind {
            Kind::Case => {
                let count = inserted.to_string();
                let args = [("who", who.as_str()), ("name", &signer.name), ("fingerprint", &signer.id), ("count", &count)];
                text.push_str(&l10n.msg("timeline-bundle-imported", &args));
                if let Some(r) = &renumbered {
                    text.push('\n');
                    text.push_str(&l10n.msg("timeline-bundle-renumbered", &[("original", &manifest.receipt_no), ("receipt", r)]));
                }
            }
            Kind::Report => {
                let args = [("who", who.as_str()), ("name", &signer.name), ("fingerprint", &signer.id), ("original", &manifest.receipt_no)];
                text.push_str(&l10n.msg("timeline-report-bundle-imported", &args));
            }
        }
        let line = TimelineEntry::new(line_id, case_id, TimelineKind::Action, now, now, &actor, &text)
            .map_err(|_| sonae_store::StoreError::Conflict { what: "timeline text" })?;
        w.insert_timeline_entry(&line)?;
        Ok(inserted)
    });
    let inserted = match (inserted, conflict) {
        (Ok(n), _) => n,
        (Err(_), Some((table, Some(RawValue::Text(id))))) => {
            return Err(err(ErrorCode::Conflict, "error-bundle-conflict").arg("table", table.name()).arg("id", id));
        }
        (Err(e), _) => return Err(e.into()),
    };
    progress(Progress { step, done: total, total });
    result.inserted = inserted;
    result.receipt_no = receipt_here(ctx.store, &manifest)?;
    Ok(result)
}

/// Reads a bundle file, refusing one over the size limit before reading it, and imports it.
pub fn import_bundle_file(ctx: &mut Ctx<'_>, path: &Path, progress: OnProgress<'_>) -> Result<ImportResultDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let unreadable = || err(ErrorCode::Validation, "error-file-unreadable").arg("path", path.display());
    let size = std::fs::metadata(path).map_err(|_| unreadable())?.len();
    check_bundle_size(size)?;
    let mut bytes = Vec::new();
    std::fs::File::open(path).map_err(|_| unreadable())?.take(MAX_BUNDLE_BYTES + 1).read_to_end(&mut bytes).map_err(|_| truncated())?;
    import_bundle_with_progress(ctx, &bytes, progress)
}
