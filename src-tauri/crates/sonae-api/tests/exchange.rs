//! Signed case bundles (issue 9) between two demo databases A and B with different ids: B trusts
//! A's key; a case with evidence files moves over with its ids, a second import writes nothing;
//! a changed byte anywhere, an unknown or revoked key, a truncated, oversized or wrong-version file
//! and a conflicting row are each refused with their own error while B's file stays byte-identical;
//! the permissions of every function.

use chrono::{TimeZone, Utc};
use ed25519_dalek::Signer;
use sha2::{Digest, Sha256};
use sonae_api::dto::{TaskStatus, TaskStatusInput};
use sonae_api::{Actor, ApiError, Ctx, ErrorCode, FixedClock, IdGen, InstallationKey, OpenMode, RandomIds, Role, SequentialIds, Store};
use std::io::Read;
use std::path::Path;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

struct Db {
    dir: tempfile::TempDir,
    store: Store,
    ids: Box<dyn IdGen>,
}

impl Db {
    fn demo(ids: Box<dyn IdGen>) -> Db {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
        let admin = Actor::new("system:test", &[Role::Administrator]);
        sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &FixedClock(t0()), ids: ids.as_ref(), actor: &admin }).unwrap();
        Db { dir, store, ids }
    }

    fn run<T>(&mut self, roles: &[Role], f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let actor = Actor::new("system:test", roles);
        f(&mut Ctx { store: &mut self.store, clock: &FixedClock(t0()), ids: self.ids.as_ref(), actor: &actor })
    }

    /// SHA-256 of the database file and its WAL, and the audit entry count.
    fn fingerprint(&self) -> (String, i64) {
        let mut h = Sha256::new();
        for suffix in ["", "-wal"] {
            let p = self.dir.path().join(format!("sonae.db{suffix}"));
            if let Ok(b) = std::fs::read(&p) {
                h.update(&b);
            }
        }
        (hex::encode(h.finalize()), self.store.verify_audit().unwrap().entries)
    }

    fn case_id(&mut self, receipt: &str) -> String {
        let cases = self.run(&[Role::CsirtLead], sonae_api::list_cases).unwrap();
        cases.into_iter().find(|c| c.receipt_no == receipt).unwrap().id
    }
}

const LEAD: &[Role] = &[Role::CsirtLead];
const ADMIN: &[Role] = &[Role::Administrator];

/// A and B, B trusting A's key; the bundle of A's 2026-0004 (which has two evidence files).
fn setup() -> (Db, Db, InstallationKey, String, Vec<u8>) {
    let mut a = Db::demo(Box::new(SequentialIds::new()));
    let mut b = Db::demo(Box::new(RandomIds));
    let key_a = a.run(ADMIN, sonae_api::installation_key).unwrap();
    let key = InstallationKey::load_or_create(a.dir.path()).unwrap();
    assert_eq!(key.fingerprint(), key_a.fingerprint);
    b.run(ADMIN, |ctx| sonae_api::trust_key(ctx, "本庁CSIRT", &key_a.public_key)).unwrap();
    let case = a.case_id("2026-0004");
    let bundle = a.run(LEAD, |ctx| sonae_api::export_case_bundle(ctx, &case, &key)).unwrap();
    (a, b, key, case, bundle)
}

fn refused(b: &mut Db, bytes: &[u8], message_id: &str) -> ApiError {
    let before = b.fingerprint();
    let e = b.run(LEAD, |ctx| sonae_api::import_bundle(ctx, bytes)).unwrap_err();
    assert_eq!(e.message_id, message_id, "{e:?}");
    assert_eq!(b.fingerprint(), before, "a refused import changed the database ({message_id})");
    e
}

#[test]
fn a_case_moves_with_its_ids_and_a_second_import_writes_nothing() {
    let (mut a, mut b, key, case, bundle) = setup();
    // The key file is private to its owner and holds no more than the secret.
    let key_file = a.dir.path().join(sonae_api::KEY_FILE);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert_eq!(std::fs::read_to_string(&key_file).unwrap().trim().len(), 64);
    assert!(
        std::fs::read(a.dir.path().join("sonae.db"))
            .unwrap()
            .windows(64)
            .all(|w| w != std::fs::read_to_string(&key_file).unwrap().trim().as_bytes())
    );
    assert_eq!(InstallationKey::load_or_create(a.dir.path()).unwrap().public_hex(), key.public_hex(), "the key is kept");

    let before = b.fingerprint().1;
    let r = b.run(LEAD, |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
    assert_eq!(r.case_id, case);
    assert!(r.inserted > 10, "{r:?}");
    assert_eq!(r.evidence_files, 2);
    // B has its own 2026-0004, so the imported case gets a number of its own.
    assert_eq!(r.receipt_no, format!("取込{}-2026-0004", &key.fingerprint()[..4]));
    let in_a = a.run(LEAD, |ctx| sonae_api::get_case(ctx, &case)).unwrap();
    let in_b = b.run(LEAD, |ctx| sonae_api::get_case(ctx, &case)).unwrap();
    assert_eq!(in_b.summary.title, in_a.summary.title);
    assert_eq!(in_b.tasks.len(), in_a.tasks.len());
    assert_eq!(in_b.evidence.len(), in_a.evidence.len());
    assert_eq!(in_b.timeline.len(), in_a.timeline.len() + 1);
    // The handler is B's own 伊藤 (found by name), not A's id.
    assert_eq!(in_b.handler_name, in_a.handler_name);
    assert_ne!(in_b.handler_person_id, in_a.handler_person_id);
    let line = in_b.timeline.iter().find(|t| t.text.contains("取り込んだ")).unwrap();
    assert!(line.text.contains("本庁CSIRT") && line.text.contains(&key.fingerprint()), "{}", line.text);
    for f in in_a.evidence.iter().flat_map(|e| &e.files) {
        let there = std::fs::read(b.dir.path().join("evidence").join(&f.sha256)).unwrap();
        assert_eq!(hex::encode(Sha256::digest(&there)), f.sha256);
    }
    let entries = b.fingerprint().1;
    assert_eq!(entries - before, i64::from(r.inserted) + 1, "one audit entry per row and the timeline line");
    let check = b.run(ADMIN, sonae_api::check).unwrap();
    assert!(check.integrity_problems.is_empty() && check.audit.problems.is_empty() && check.evidence_problems.is_empty(), "{check:?}");

    // Again: nothing new, nothing written.
    let state = b.fingerprint();
    let again = b.run(LEAD, |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
    assert_eq!((again.inserted, again.unchanged), (0, r.inserted));
    assert_eq!(again.receipt_no, r.receipt_no);
    assert_eq!(b.fingerprint(), state);

    // Back to A: only B's import line is new there, and A's 受付番号 stays A's.
    let trusted_b = b.run(ADMIN, sonae_api::installation_key).unwrap();
    a.run(ADMIN, |ctx| sonae_api::trust_key(ctx, "支所", &trusted_b.public_key)).unwrap();
    let key_b = InstallationKey::load_or_create(b.dir.path()).unwrap();
    let back = b.run(LEAD, |ctx| sonae_api::export_case_bundle(ctx, &case, &key_b)).unwrap();
    let r = a.run(LEAD, |ctx| sonae_api::import_bundle(ctx, &back)).unwrap();
    assert_eq!((r.inserted, r.receipt_no.as_str()), (1, "2026-0004"));

    // A row changed here since: a conflict, and nothing is written.
    let task = in_b.tasks.iter().find(|t| t.status == TaskStatus::Open).unwrap();
    let input = TaskStatusInput { case_id: case.clone(), task_id: task.id.clone(), status: TaskStatus::Done, note: "済".into() };
    b.run(LEAD, |ctx| sonae_api::set_task_status(ctx, input)).unwrap();
    let e = refused(&mut b, &bundle, "error-bundle-conflict");
    assert_eq!((e.args["table"].as_str(), e.args["id"].as_str()), ("case_task", task.id.as_str()));
}

#[test]
fn every_damaged_or_foreign_bundle_is_refused_and_b_is_unchanged() {
    let (mut a, mut b, key, case, bundle) = setup();

    // One byte changed: in an entry's content, a header, the padding, the end-of-archive blocks.
    let evidence_at = bundle.windows(8).position(|w| w == b"\"sha256\"").unwrap();
    let positions = [bundle.len() / 2, 5, 100, 136, 512 + 10, evidence_at, bundle.len() - 700, bundle.len() - 1, bundle.len() - 1100];
    for at in positions {
        let mut bad = bundle.clone();
        bad[at] ^= 0x01;
        refused(&mut b, &bad, "error-bundle-tampered");
    }
    // And a sweep over the whole file (B checked once at the end).
    let before = b.fingerprint();
    for at in (0..bundle.len()).step_by(61) {
        let mut bad = bundle.clone();
        bad[at] ^= 0x20;
        let e = b.run(LEAD, |ctx| sonae_api::import_bundle(ctx, &bad));
        assert_eq!(e.map(drop).unwrap_err().message_id, "error-bundle-tampered", "byte {at}");
    }
    assert_eq!(b.fingerprint(), before);
    // A changed byte inside the rows is a hash mismatch.
    let mut bad = bundle.clone();
    let at = bundle.windows(9).position(|w| w == "改ざん".as_bytes()).unwrap();
    bad[at + 2] ^= 0x01;
    refused(&mut b, &bad, "error-bundle-tampered");

    // Signed by a key B does not know: the error names its fingerprint.
    let stranger_dir = tempfile::tempdir().unwrap();
    let stranger = InstallationKey::load_or_create(stranger_dir.path()).unwrap();
    let foreign = a.run(LEAD, |ctx| sonae_api::export_case_bundle(ctx, &case, &stranger)).unwrap();
    let e = refused(&mut b, &foreign, "error-bundle-unknown-key");
    assert_eq!(e.args["fingerprint"], stranger.fingerprint());

    // Truncated: anywhere, or exactly at a block boundary (the end-of-archive blocks missing).
    refused(&mut b, &bundle[..bundle.len() / 2], "error-bundle-truncated");
    refused(&mut b, &bundle[..bundle.len() - 1024], "error-bundle-truncated");
    refused(&mut b, &bundle[..1000], "error-bundle-truncated");
    refused(&mut b, b"", "error-bundle-truncated");
    refused(&mut b, b"not a bundle at all", "error-bundle-truncated");

    // Oversized.
    let huge = vec![0u8; usize::try_from(sonae_api::MAX_BUNDLE_BYTES).unwrap() + 1];
    refused(&mut b, &huge, "error-bundle-too-large");
    let big = b.dir.path().join("big.bundle");
    std::fs::File::create(&big).unwrap().set_len(sonae_api::MAX_BUNDLE_BYTES + 1).unwrap();
    let before = b.fingerprint();
    let e = b.run(LEAD, |ctx| sonae_api::import_bundle_file(ctx, &big, &mut sonae_api::progress::ignore)).unwrap_err();
    assert_eq!(e.message_id, "error-bundle-too-large");
    assert_eq!(b.fingerprint(), before);

    // Another format version, properly signed by A: its own error.
    let resigned = resign(&bundle, a.dir.path(), |m| m["format"] = 2.into());
    let e = refused(&mut b, &resigned, "error-bundle-format-version");
    assert_eq!(e.args["value"], "2");
    // A signature that does not fit the manifest.
    let mut entries = untar(&bundle);
    entries[1].1 = hex::encode([7u8; 64]).into_bytes();
    refused(&mut b, &canonical_tar(&entries), "error-bundle-tampered");

    // A revoked key.
    b.run(ADMIN, |ctx| sonae_api::revoke_key(ctx, &key.fingerprint())).unwrap();
    refused(&mut b, &bundle, "error-bundle-revoked-key");
    assert!(b.run(ADMIN, sonae_api::list_trusted_keys).unwrap()[0].revoked_at.is_some());
    // Trusted again, it imports.
    let public = key.public_hex();
    b.run(ADMIN, |ctx| sonae_api::trust_key(ctx, "本庁CSIRT", &public)).unwrap();
    b.run(LEAD, |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
}

#[test]
fn permissions_and_key_input() {
    let (mut a, mut b, key, case, bundle) = setup();
    let staff = &[Role::Staff];
    let member = &[Role::CsirtMember];
    let before = b.fingerprint();
    let forbidden = |r: Result<(), ApiError>| assert_eq!(r.unwrap_err().code, ErrorCode::Forbidden);
    forbidden(a.run(staff, |ctx| sonae_api::export_case_bundle(ctx, &case, &key).map(drop)));
    forbidden(b.run(staff, |ctx| sonae_api::import_bundle(ctx, &bundle).map(drop)));
    for roles in [staff.as_slice(), member.as_slice(), LEAD] {
        forbidden(b.run(roles, |ctx| sonae_api::trust_key(ctx, "x", &key.public_hex()).map(drop)));
        forbidden(b.run(roles, |ctx| sonae_api::revoke_key(ctx, &key.fingerprint()).map(drop)));
        forbidden(b.run(roles, |ctx| sonae_api::list_trusted_keys(ctx).map(drop)));
        forbidden(b.run(roles, |ctx| sonae_api::installation_key(ctx).map(drop)));
    }
    assert_eq!(b.fingerprint(), before);
    // Bad key input names the field and writes nothing.
    let e = b.run(ADMIN, |ctx| sonae_api::trust_key(ctx, "x", "abc")).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-key-invalid", Some("publicKey")));
    let e = b.run(ADMIN, |ctx| sonae_api::trust_key(ctx, " ", &key.public_hex())).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-key-name", Some("keyName")));
    let e = b.run(ADMIN, |ctx| sonae_api::revoke_key(ctx, "0000-0000-0000-0000")).unwrap_err();
    assert_eq!(e.message_id, "error-key-unknown");
    assert_eq!(b.fingerprint(), before);
}

fn untar(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in tar::Archive::new(bytes).entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        let mut b = Vec::new();
        e.read_to_end(&mut b).unwrap();
        out.push((name, b));
    }
    out
}

/// The same canonical tar the exporter writes (docs/exchange.md).
fn canonical_tar(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, bytes) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_path(name).unwrap();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_uid(0);
        h.set_gid(0);
        h.set_entry_type(tar::EntryType::Regular);
        h.set_cksum();
        tar.append(&h, bytes.as_slice()).unwrap();
    }
    tar.into_inner().unwrap()
}

/// The bundle with its manifest changed and signed again with the key in `key_dir`.
fn resign(bundle: &[u8], key_dir: &Path, change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let secret: [u8; 32] =
        hex::decode(std::fs::read_to_string(key_dir.join(sonae_api::KEY_FILE)).unwrap().trim()).unwrap().try_into().unwrap();
    let signing = ed25519_dalek::SigningKey::from_bytes(&secret);
    let mut entries = untar(bundle);
    let mut manifest: serde_json::Value = serde_json::from_slice(&entries[0].1).unwrap();
    change(&mut manifest);
    entries[0].1 = serde_json::to_vec_pretty(&manifest).unwrap();
    entries[1].1 = hex::encode(signing.sign(&entries[0].1).to_bytes()).into_bytes();
    canonical_tar(&entries)
}
