//! Staff report bundles (issue 9): a staff-side installation S exports a submitted report as a
//! signed file and the CSIRT's installation C (another demo database, with other ids) imports it:
//! the case opens in 受付 with C's own next 受付番号 and the same ids, the people and department are
//! C's rows found by name, a second import writes nothing. Who may export and import; a changed,
//! unknown, cut or mislabelled file and a reporter C does not know are refused with C's file
//! byte-identical; case bundles keep their old bytes (no `reportId`); progress reaches the end.

use chrono::{TimeZone, Utc};
use ed25519_dalek::Signer;
use sha2::{Digest, Sha256};
use sonae_api::dto::*;
use sonae_api::{
    Actor, ApiError, Ctx, ErrorCode, FixedClock, IdGen, InstallationKey, OpenMode, Progress, RandomIds, Role, SequentialIds, Store,
};
use std::io::Read;
use std::path::{Path, PathBuf};

/// 2026-11-22 09:00 JST.
fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

struct Db {
    dir: tempfile::TempDir,
    store: Store,
    ids: Box<dyn IdGen>,
}

const ADMIN: &[Role] = &[Role::Administrator];

impl Db {
    fn demo(ids: Box<dyn IdGen>) -> Db {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, t0()).unwrap();
        let admin = Actor::new("system:test", ADMIN);
        sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &FixedClock(t0()), ids: ids.as_ref(), actor: &admin }).unwrap();
        Db { dir, store, ids }
    }

    fn run<T>(&mut self, actor: &Actor, f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        f(&mut Ctx { store: &mut self.store, clock: &FixedClock(t0()), ids: self.ids.as_ref(), actor })
    }

    fn admin(&mut self) -> Actor {
        Actor::new("system:test", ADMIN)
    }

    /// The demo person called `name`, acting with their own roles.
    fn person(&mut self, name: &str) -> Actor {
        let admin = self.admin();
        let p = self.run(&admin, sonae_api::list_people).unwrap().into_iter().find(|p| p.name == name).unwrap();
        Actor::new(format!("person:{}", p.id), &p.roles.into_iter().map(Into::into).collect::<Vec<_>>())
    }

    fn person_id(&mut self, name: &str) -> String {
        self.person(name).label.trim_start_matches("person:").to_owned()
    }

    /// SHA-256 of the database file and its WAL, and the audit entry count.
    fn fingerprint(&self) -> (String, i64) {
        let mut h = Sha256::new();
        for suffix in ["", "-wal"] {
            if let Ok(b) = std::fs::read(self.dir.path().join(format!("sonae.db{suffix}"))) {
                h.update(&b);
            }
        }
        (hex::encode(h.finalize()), self.store.verify_audit().unwrap().entries)
    }

    fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.dir.path().join("sonae.db")).unwrap()
    }

    /// 中村 さくら (staff) files a report: a USB stick found by a resident, relayed by phone.
    fn submit(&mut self) -> ReportReceiptDto {
        let clerk = self.person("中村 さくら");
        let options = self.run(&clerk, sonae_api::report_options).unwrap();
        let form = ReportFormDto {
            source: "resident".into(),
            symptoms: vec!["pc_lost_stolen".into()],
            category: "loss_theft".into(),
            what_happened: "住民から、市の封筒に入ったUSBメモリを駅で拾ったと電話があった。\n封筒は課で回収済み。".into(),
            noticed_at: "2026-11-22T08:10".into(),
            department_id: options.me.department_id.clone().unwrap_or_default(),
            device: "USBメモリ（白、8GB）".into(),
            personal_info: "yes".into(),
            my_number: "unknown".into(),
            max_persons: "120".into(),
            medium: "electronic".into(),
            reporter_name: "市民 一郎".into(),
            reporter_phone: "090-0000-0000".into(),
            relay_channel: "phone".into(),
            relay_received_at: "2026-11-22T08:05".into(),
            ..ReportFormDto::default()
        };
        let draft =
            self.run(&clerk, |c| sonae_api::save_report_draft(c, SaveDraftInput { draft_id: None, step: 6, form: form.clone() })).unwrap();
        self.run(&clerk, |c| sonae_api::submit_report(c, SubmitReportInput { draft_id: draft.id, form })).unwrap()
    }
}

/// S (staff side, its own ids) with a submitted report, C (the CSIRT) trusting S's key, and the
/// report file S's clerk wrote.
struct World {
    s: Db,
    c: Db,
    receipt: ReportReceiptDto,
    file: PathBuf,
    _out: tempfile::TempDir,
}

fn world() -> World {
    let mut s = Db::demo(Box::new(SequentialIds::new()));
    let mut c = Db::demo(Box::new(RandomIds));
    let admin = s.admin();
    let key = s.run(&admin, sonae_api::installation_key).unwrap();
    let admin_c = c.admin();
    c.run(&admin_c, |ctx| sonae_api::trust_key(ctx, "総務課端末", &key.public_key)).unwrap();
    let receipt = s.submit();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("report.bundle");
    let clerk = s.person("中村 さくら");
    let written = s.run(&clerk, |ctx| sonae_api::export_report(ctx, &receipt.report_id, &file, &mut sonae_api::progress::ignore)).unwrap();
    assert_eq!((written.receipt_no.as_str(), written.fingerprint.as_str()), (receipt.receipt_no.as_str(), key.fingerprint.as_str()));
    assert_eq!(written.size, std::fs::metadata(&file).unwrap().len());
    World { s, c, receipt, file, _out: out }
}

fn entry(bundle: &[u8], name: &str) -> Vec<u8> {
    let mut tar = tar::Archive::new(bundle);
    for e in tar.entries().unwrap() {
        let mut e = e.unwrap();
        if e.path().unwrap().to_string_lossy() == name {
            let mut out = Vec::new();
            e.read_to_end(&mut out).unwrap();
            return out;
        }
    }
    panic!("no {name}");
}

fn names(bundle: &[u8]) -> Vec<String> {
    tar::Archive::new(bundle).entries().unwrap().map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned()).collect()
}

fn refused(c: &mut Db, actor: &Actor, bytes: &[u8], message_id: &str) -> ApiError {
    let before = c.fingerprint();
    let e = c.run(actor, |ctx| sonae_api::import_bundle(ctx, bytes)).unwrap_err();
    assert_eq!(e.message_id, message_id, "{e:?}");
    assert_eq!(c.fingerprint(), before, "a refused import changed the database ({message_id})");
    e
}

#[test]
fn a_submitted_report_travels_to_the_csirt_and_opens_a_case_in_received_with_the_csirt_s_number() {
    let mut w = world();
    let bundle = std::fs::read(&w.file).unwrap();
    // The file: the report and its 知った日 candidate, not the case.
    assert_eq!(
        names(&bundle),
        ["manifest.json", "manifest.sig", "refs.json", "rows/incident_report.json", "rows/known_date_candidate.json"]
    );
    let manifest: serde_json::Value = serde_json::from_slice(&entry(&bundle, "manifest.json")).unwrap();
    assert_eq!(manifest["kind"], "report");
    assert_eq!(manifest["reportId"], w.receipt.report_id.as_str());
    assert_eq!(manifest["caseId"], w.receipt.case_id.as_str());
    let refs = String::from_utf8(entry(&bundle, "refs.json")).unwrap();
    assert!(refs.contains("中村 さくら"), "{refs}");

    // C has had a report of its own meanwhile: its next number is not S's.
    let c_own = w.c.submit();
    assert_eq!(c_own.receipt_no, w.receipt.receipt_no, "both demos count alike");
    let member = w.c.person("渡辺 由紀");
    let before = w.c.run(&member, sonae_api::list_cases).unwrap().len();
    let r = w.c.run(&member, |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
    assert_eq!(r.kind, "report");
    assert_eq!(r.case_id, w.receipt.case_id);
    assert_eq!(r.exporter_name, "総務課端末");
    assert_eq!(r.inserted, 3, "the case, the report and the candidate: {r:?}");
    assert_ne!(r.receipt_no, w.receipt.receipt_no, "the 受付番号 is C's own");
    assert!(r.receipt_no > c_own.receipt_no, "{} after {}", r.receipt_no, c_own.receipt_no);

    // The case is in 受付, with the report's title and category, under the same ids.
    let cases = w.c.run(&member, sonae_api::list_cases).unwrap();
    assert_eq!(cases.len(), before + 1);
    let case = cases.iter().find(|x| x.id == w.receipt.case_id).expect("the same case id");
    assert_eq!((case.receipt_no.as_str(), case.state, case.category), (r.receipt_no.as_str(), CaseState::Received, Category::LossTheft));
    assert_eq!(case.title, "住民から、市の封筒に入ったUSBメモリを駅で拾ったと電話があった。");
    let detail = w.c.run(&member, |ctx| sonae_api::get_case(ctx, &w.receipt.case_id)).unwrap();
    let line = detail.timeline.iter().map(|t| t.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(line.contains(&format!("受付番号: {}", r.receipt_no)), "{line}");
    assert!(line.contains(&format!("報告元の端末での受付番号 {}", w.receipt.receipt_no)), "{line}");
    assert!(line.contains("総務課端末"), "{line}");

    // The clerk and her department are C's own rows, found by name: she sees her report on C.
    let (clerk_c, clerk_s) = (w.c.person_id("中村 さくら"), w.s.person_id("中村 さくら"));
    assert_ne!(clerk_c, clerk_s, "the installations have their own ids");
    let conn = w.c.sql();
    let (entered_by, department): (String, String) = conn
        .query_row("SELECT entered_by_person_id, department_id FROM incident_report WHERE id = ?1", [&w.receipt.report_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(entered_by, clerk_c);
    let dept_name: String = conn.query_row("SELECT name FROM department WHERE id = ?1", [&department], |r| r.get(0)).unwrap();
    let s_dept: String =
        w.s.sql()
            .query_row(
                "SELECT d.name FROM incident_report r JOIN department d ON d.id = r.department_id WHERE r.id = ?1",
                [&w.receipt.report_id],
                |r| r.get(0),
            )
            .unwrap();
    assert_eq!(dept_name, s_dept);
    let clerk = w.c.person("中村 さくら");
    let mine = w.c.run(&clerk, sonae_api::my_reports).unwrap();
    assert!(mine.iter().any(|m| m.report_id == w.receipt.report_id && m.receipt_no.as_deref() == Some(r.receipt_no.as_str())));
    let (at, basis): (String, String) = conn
        .query_row("SELECT at, basis FROM known_date_candidate WHERE case_id = ?1", [&w.receipt.case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((at.as_str(), basis.as_str()), ("2026-11-21T23:10:00Z", "reporter_noticed"));

    // Importing again writes nothing; C's check passes.
    let before = w.c.fingerprint();
    let again = w.c.run(&member, |ctx| sonae_api::import_bundle(ctx, &bundle)).unwrap();
    assert_eq!((again.inserted, again.unchanged, again.receipt_no.as_str()), (0, 2, r.receipt_no.as_str()));
    assert_eq!(w.c.fingerprint(), before);
    let checked = w.c.run(&member, |ctx| sonae_api::check_bundle_import(ctx, &bundle)).unwrap();
    assert_eq!(checked.map(|x| x.inserted), Some(0));
    let admin = w.c.admin();
    let report = w.c.run(&admin, sonae_api::check).unwrap();
    assert!(report.integrity_problems.is_empty() && report.audit.problems.is_empty(), "{report:?}");
}

#[test]
fn only_the_reporter_or_a_case_handler_exports_a_report_and_only_handlers_import_it() {
    let mut w = world();
    let out = w._out.path().to_path_buf();
    let id = w.receipt.report_id.clone();
    let export = |db: &mut Db, who: &Actor, file: &Path| {
        db.run(who, |ctx| sonae_api::export_report(ctx, &id, file, &mut sonae_api::progress::ignore))
    };
    // Another clerk: the report does not exist for them; the CISO sees reports but handles none.
    let other = w.s.person("小林 直樹");
    assert_eq!(export(&mut w.s, &other, &out.join("x1")).unwrap_err().code, ErrorCode::NotFound);
    let ciso = w.s.person("佐藤 一郎");
    assert_eq!(export(&mut w.s, &ciso, &out.join("x2")).unwrap_err().code, ErrorCode::Forbidden);
    assert!(!out.join("x1").exists() && !out.join("x2").exists());
    let member = w.s.person("渡辺 由紀");
    export(&mut w.s, &member, &out.join("x3")).unwrap();
    // Never over an existing file, which is left as it was.
    let clerk = w.s.person("中村 さくら");
    std::fs::write(out.join("taken"), b"keep").unwrap();
    let e = export(&mut w.s, &clerk, &out.join("taken")).unwrap_err();
    assert_eq!(e.message_id, "error-bundle-file-exists");
    assert_eq!(std::fs::read(out.join("taken")).unwrap(), b"keep");

    // Importing needs HandleCases.
    let bundle = std::fs::read(&w.file).unwrap();
    let clerk_c = w.c.person("中村 さくら");
    let e = refused(&mut w.c, &clerk_c, &bundle, "error-forbidden");
    assert_eq!(e.code, ErrorCode::Forbidden);
}

#[test]
fn a_changed_unknown_cut_or_mislabelled_report_file_and_an_unknown_reporter_are_refused_writing_nothing() {
    let mut w = world();
    let bundle = std::fs::read(&w.file).unwrap();
    let member = w.c.person("渡辺 由紀");

    let mut changed = bundle.clone();
    let at = changed.windows(3).position(|x| x == b"USB").expect("the report's text is in the file");
    changed[at] = b'X';
    refused(&mut w.c, &member, &changed, "error-bundle-tampered");
    refused(&mut w.c, &member, &bundle[..bundle.len() - 1024], "error-bundle-truncated");

    // A file signed by a key C does not know.
    let dir = tempfile::tempdir().unwrap();
    let stranger = InstallationKey::load_or_create(dir.path()).unwrap();
    let clerk = w.s.person("中村 さくら");
    let foreign = w.s.run(&clerk, |ctx| sonae_api::export_report_bundle(ctx, &w.receipt.report_id, &stranger)).unwrap();
    let e = refused(&mut w.c, &member, &foreign, "error-bundle-unknown-key");
    assert_eq!(e.args.get("fingerprint").map(String::as_str), Some(stranger.fingerprint().as_str()));

    // A correctly signed manifest saying `report` without naming the report is not a bundle.
    let mut manifest: serde_json::Value = serde_json::from_slice(&entry(&bundle, "manifest.json")).unwrap();
    manifest.as_object_mut().unwrap().remove("reportId");
    let forged = resign(&bundle, &serde_json::to_vec_pretty(&manifest).unwrap(), w.s.dir.path());
    refused(&mut w.c, &member, &forged, "error-bundle-format");

    // C does not know the clerk by that name: refused, naming her.
    let admin = w.c.admin();
    let people = w.c.run(&admin, sonae_api::list_people).unwrap();
    let p = people.into_iter().find(|p| p.name == "中村 さくら").unwrap();
    let input = PersonInput {
        id: Some(p.id.clone()),
        name: "中村 さくら（旧姓 森）".into(),
        name_kana: p.name_kana,
        title: p.title,
        department_id: p.department_id,
        roles: p.roles,
        office_phone: p.office_phone,
        mobile_phone: p.mobile_phone,
        email: p.email,
        after_hours: p.after_hours,
    };
    w.c.run(&admin, |ctx| sonae_api::save_person(ctx, input)).unwrap();
    let e = refused(&mut w.c, &member, &bundle, "error-bundle-reference");
    assert_eq!(e.args.get("name").map(String::as_str), Some("中村 さくら"));
}

/// The bundle with another manifest, signed with the key in `key_dir` (the rest as it was),
/// written canonically.
fn resign(bundle: &[u8], manifest: &[u8], key_dir: &Path) -> Vec<u8> {
    let secret: [u8; 32] =
        hex::decode(std::fs::read_to_string(key_dir.join(sonae_api::KEY_FILE)).unwrap().trim()).unwrap().try_into().unwrap();
    let signature = ed25519_dalek::SigningKey::from_bytes(&secret).sign(manifest);
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for name in names(bundle) {
        let bytes = match name.as_str() {
            "manifest.json" => manifest.to_vec(),
            "manifest.sig" => hex::encode(signature.to_bytes()).into_bytes(),
            _ => entry(bundle, &name),
        };
        entries.push((name, bytes));
    }
    let mut tar = tar::Builder::new(Vec::new());
    for (name, bytes) in &entries {
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

#[test]
fn case_bundles_name_no_report_and_progress_reaches_the_end() {
    let mut w = world();
    let lead = Actor::new("system:test", &[Role::CsirtLead]);
    let case = w.s.run(&lead, sonae_api::list_cases).unwrap().into_iter().find(|c| c.receipt_no == "2026-0004").unwrap().id;
    let key = InstallationKey::load_or_create(w.s.dir.path()).unwrap();
    let mut seen: Vec<Progress> = Vec::new();
    let bundle = w.s.run(&lead, |ctx| sonae_api::export_case_bundle_with_progress(ctx, &case, &key, &mut |p| seen.push(p))).unwrap();
    let manifest: serde_json::Value = serde_json::from_slice(&entry(&bundle, "manifest.json")).unwrap();
    assert_eq!(manifest["kind"], "case");
    assert!(manifest.get("reportId").is_none(), "case bundles keep their format: {manifest}");
    let last = seen.last().unwrap();
    assert_eq!((last.step, last.done), ("cli-progress-bundle-export", last.total));

    let member = w.c.person("渡辺 由紀");
    let mut seen: Vec<Progress> = Vec::new();
    let r = w.c.run(&member, |ctx| sonae_api::import_bundle_with_progress(ctx, &bundle, &mut |p| seen.push(p))).unwrap();
    assert_eq!(r.kind, "case");
    assert!(r.inserted > 10, "{r:?}");
    assert!(seen.iter().any(|p| p.step == "cli-progress-bundle-check"));
    let last = seen.last().unwrap();
    assert_eq!((last.step, last.done, last.percent()), ("cli-progress-bundle-import", last.total, 100));
    assert!(seen.windows(2).all(|x| x[0].step != x[1].step || x[0].done <= x[1].done), "{seen:?}");
}
