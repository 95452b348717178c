//! Backups (issue 9) on a real database with an evidence file: create, verify, restore into an
//! empty directory and over a live database (kept beside it); a changed byte, a truncated archive
//! and an unexpected entry are refused by name and restore writes nothing then.

use base64::Engine as _;
use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, Ctx, ErrorCode, FixedClock, OpenMode, SequentialIds, Store};
use std::path::Path;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

/// A demo database whose received case has an item of evidence with one file.
fn demo_with_evidence(dir: &Path) -> (Store, Vec<u8>) {
    let mut store = Store::open(&dir.join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
    let ids = SequentialIds::new();
    let admin = Actor::new("system:test", &[sonae_api::Role::Administrator, sonae_api::Role::CsirtLead]);
    let mut ctx = Ctx { store: &mut store, clock: &FixedClock(t0()), ids: &ids, actor: &admin };
    sonae_api::load_demo(&mut ctx).unwrap();
    let case = sonae_api::list_cases(&mut ctx).unwrap().into_iter().find(|c| c.state == CaseState::Responding).unwrap();
    let ev = EvidenceInput {
        case_id: case.id.clone(),
        description: "ファイアウォールのログ".into(),
        source: EvidenceSource::Log,
        source_detail: String::new(),
        collected_by: "渡辺 由紀".into(),
        collected_at: "2026-11-22T08:00".into(),
        storage_place: "証拠保管庫".into(),
    };
    let detail = sonae_api::add_evidence(&mut ctx, ev).unwrap();
    let content = "2026-11-22 07:59 DENY 10.0.0.5 → 203.0.113.9\n".repeat(50).into_bytes();
    let file = EvidenceFileInput {
        case_id: case.id,
        evidence_id: detail.evidence[0].id.clone(),
        file_name: "fw.log".into(),
        content_base64: base64::engine::general_purpose::STANDARD.encode(&content),
    };
    sonae_api::attach_evidence_file(&mut ctx, file).unwrap();
    (store, content)
}

fn create(store: &mut Store, out: &Path) -> sonae_api::BackupManifest {
    let ids = SequentialIds::new();
    let actor = Actor::new("system:test", &[sonae_api::Role::CsirtLead]);
    sonae_api::create_backup(&mut Ctx { store, clock: &FixedClock(t0()), ids: &ids, actor: &actor }, out).unwrap()
}

#[test]
fn a_backup_restores_into_an_empty_directory_with_its_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, content) = demo_with_evidence(dir.path());
    let archive = dir.path().join("backup.tar");
    let made = create(&mut store, &archive);
    assert_eq!((made.files.len(), made.cases), (4, 9), "the database, the demo's two evidence files and this one; nine cases");
    assert_eq!(sonae_api::verify_backup(&archive).unwrap(), made);

    // A staff member may not write backups.
    let staff = Actor::new("system:test", &[sonae_api::Role::Staff]);
    let ids = SequentialIds::new();
    let err = sonae_api::create_backup(
        &mut Ctx { store: &mut store, clock: &FixedClock(t0()), ids: &ids, actor: &staff },
        &dir.path().join("x.tar"),
    );
    assert_eq!(err.unwrap_err().code, ErrorCode::Forbidden);

    let elsewhere = tempfile::tempdir().unwrap();
    sonae_api::restore_backup(&archive, &elsewhere.path().join("sonae.db"), t0()).unwrap();
    let restored = Store::open(&elsewhere.path().join("sonae.db"), OpenMode::ReadOnly, t0()).unwrap();
    assert!(restored.verify_audit().unwrap().problems.is_empty());
    assert_eq!(restored.cases().unwrap().len(), 9);
    let sha = sonae_core::casework::sha256_hex(&content);
    assert_eq!(std::fs::read(elsewhere.path().join("evidence").join(&sha)).unwrap(), content);
}

#[test]
fn restoring_over_a_live_database_keeps_it_beside_the_restored_one() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = demo_with_evidence(dir.path());
    let archive = dir.path().join("backup.tar");
    create(&mut store, &archive);
    drop(store);
    let live_before = std::fs::read(dir.path().join("sonae.db")).unwrap();
    sonae_api::restore_backup(&archive, &dir.path().join("sonae.db"), t0()).unwrap();
    let kept = dir.path().join("sonae.db.before-restore-20261122T000000Z");
    assert_eq!(std::fs::read(&kept).unwrap(), live_before, "the live database is renamed, never overwritten");
    assert!(Store::open(&dir.path().join("sonae.db"), OpenMode::ReadOnly, t0()).unwrap().verify_audit().unwrap().problems.is_empty());
}

#[test]
fn a_changed_byte_a_truncated_archive_and_a_stray_entry_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = demo_with_evidence(dir.path());
    let archive = dir.path().join("backup.tar");
    create(&mut store, &archive);
    let bytes = std::fs::read(&archive).unwrap();

    // One byte inside the database entry (tar headers are 512 bytes; the content follows).
    let mut changed = bytes.clone();
    changed[512 + 4096] ^= 1;
    let bad = dir.path().join("changed.tar");
    std::fs::write(&bad, &changed).unwrap();
    let err = sonae_api::verify_backup(&bad).unwrap_err();
    assert_eq!((err.message_id.as_str(), err.args["entry"].as_str()), ("error-backup-mismatch", "sonae.db"));

    let truncated = dir.path().join("truncated.tar");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let err = sonae_api::verify_backup(&truncated).unwrap_err();
    assert!(matches!(err.message_id.as_str(), "error-backup-unreadable" | "error-backup-manifest"), "{err:?}");

    let mut stray = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(3);
    header.set_cksum();
    stray.append_data(&mut header, "evidence/notes.txt", &b"x\n\n"[..]).unwrap();
    let stray_path = dir.path().join("stray.tar");
    std::fs::write(&stray_path, stray.into_inner().unwrap()).unwrap();
    assert_eq!(sonae_api::verify_backup(&stray_path).unwrap_err().message_id, "error-backup-unexpected-entry");

    // Restore refuses them all and leaves the target directory untouched.
    let target = tempfile::tempdir().unwrap();
    for archive in [&bad, &truncated, &stray_path] {
        assert!(sonae_api::restore_backup(archive, &target.path().join("sonae.db"), t0()).is_err());
        assert_eq!(std::fs::read_dir(target.path()).unwrap().count(), 0, "{}", archive.display());
    }
}

/// The daily automatic backup: once a day (Japan time), the newest seven kept, and nothing but
/// automatic backups ever removed from the folder.
#[test]
fn automatic_backups_are_daily_and_only_the_newest_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = demo_with_evidence(dir.path());
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let mine = backups.join("sonae-before-upgrade.tar");
    std::fs::write(&mine, b"a user's own file").unwrap();
    let ids = SequentialIds::new();
    let actor = Actor::new("system:auto-backup", &[sonae_api::Role::Administrator]);
    let mut run = |at: chrono::DateTime<Utc>| {
        sonae_api::auto_backup(&mut Ctx { store: &mut store, clock: &FixedClock(at), ids: &ids, actor: &actor }, &backups, 7).unwrap()
    };
    // 2026-11-22 09:00 JST, then 23:59 JST the same day: one backup.
    let first = run(t0());
    let sonae_api::AutoBackup::Made { path, removed, .. } = &first else { panic!("{first:?}") };
    assert!(removed.is_empty());
    assert_eq!(path.file_name().unwrap(), "sonae-auto-20261122-090000.tar");
    sonae_api::verify_backup(path).unwrap();
    let again = run(t0() + chrono::Duration::minutes(14 * 60 + 59));
    assert_eq!(again, sonae_api::AutoBackup::AlreadyToday(path.clone()));
    // Nine more days: seven automatic backups remain, the newest.
    for day in 1..=9 {
        run(t0() + chrono::Duration::days(day));
    }
    let kept = sonae_api::auto_backups(&backups);
    assert_eq!(kept.len(), 7);
    assert_eq!(kept[0].file_name().unwrap(), "sonae-auto-20261201-090000.tar");
    assert_eq!(kept[6].file_name().unwrap(), "sonae-auto-20261125-090000.tar");
    assert_eq!(std::fs::read(&mine).unwrap(), b"a user's own file", "other files are never touched");
    // Staff may not make backups.
    let staff = Actor::new("system:test", &[sonae_api::Role::Staff]);
    let e = sonae_api::auto_backup(&mut Ctx { store: &mut store, clock: &FixedClock(t0()), ids: &ids, actor: &staff }, &backups, 7);
    assert_eq!(e.unwrap_err().code, ErrorCode::Forbidden);
}
