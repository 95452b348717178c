//! Crash safety (issue 9): a child process files reports in a loop — each one a case, a report, a
//! timeline line and their audit entries in one transaction — and is killed with SIGKILL at a random
//! moment, 50 times over the same database file. After every kill the database opens, SQLite's
//! integrity check and the audit chain pass, and every case whose commit the child acknowledged (by
//! printing its 受付番号 after the commit returned) is present.
//!
//! The child is this test binary itself, re-run with `SONAE_CRASH_CHILD` naming the database: the
//! `crash_child` test does the work only then and is a no-op in a normal run.

use sonae_api::dto::*;
use sonae_api::{Actor, Ctx, OpenMode, RandomIds, Store, SystemClock};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "SONAE_CRASH_CHILD";

fn form(department_id: String) -> ReportFormDto {
    ReportFormDto {
        source: "staff".into(),
        symptoms: vec!["pc_lost_stolen".into()],
        category: "loss_theft".into(),
        what_happened: "業務用ノートPCが見当たらない（クラッシュ試験）。".into(),
        noticed_at: "2026-01-05T08:00".into(),
        department_id,
        device: "ノートPC".into(),
        personal_info: "no".into(),
        my_number: "no".into(),
        max_persons: "0".into(),
        medium: "electronic".into(),
        reporter_name: "中村 さくら".into(),
        reporter_phone: "048-000-2107".into(),
        ..ReportFormDto::default()
    }
}

/// The child: files reports until it is killed, printing each 受付番号 once its commit returned.
#[test]
fn crash_child() {
    let Some(db) = std::env::var_os(CHILD_ENV) else { return };
    let mut store = Store::open(Path::new(&db), OpenMode::ExistingOrFail, SystemClock.now_for_open()).unwrap();
    let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
    let clock = SystemClock;
    let people = sonae_api::list_people(&mut Ctx { store: &mut store, clock: &clock, ids: &RandomIds, actor: &admin }).unwrap();
    let clerk = people.into_iter().find(|p| p.name == "中村 さくら").unwrap();
    let actor = Actor::new(format!("person:{}", clerk.id), &[sonae_api::Role::Staff]);
    let department = clerk.department_id.clone().unwrap_or_default();
    let mut out = std::io::stdout().lock();
    loop {
        let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &RandomIds, actor: &actor };
        let draft =
            sonae_api::save_report_draft(&mut ctx, SaveDraftInput { draft_id: None, step: 7, form: form(department.clone()) }).unwrap();
        let receipt = sonae_api::submit_report(&mut ctx, SubmitReportInput { draft_id: draft.id, form: form(department.clone()) }).unwrap();
        writeln!(out, "{}", receipt.receipt_no).unwrap();
        out.flush().unwrap();
    }
}

/// A small xorshift generator: the kill moments need no cryptographic quality, only variety.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn killing_the_writer_at_random_moments_loses_no_acknowledged_case_and_breaks_nothing() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sonae.db");
    {
        let mut store = Store::open(&db, OpenMode::CreateOrMigrate, SystemClock.now_for_open()).unwrap();
        let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
        sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &SystemClock, ids: &RandomIds, actor: &admin }).unwrap();
    }
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    println!("crash test seed {seed}");
    let mut rng = Rng(seed);
    let exe = std::env::current_exe().unwrap();
    let mut acknowledged: Vec<String> = Vec::new();
    let started = Instant::now();
    for round in 0..50 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .collect::<Vec<_>>()
        });
        // Let it start and write for a while, then kill it at a random moment.
        std::thread::sleep(Duration::from_millis(100 + rng.next(300)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let lines = reader.join().unwrap();
        acknowledged.extend(lines);

        let store = Store::open(&db, OpenMode::ExistingOrFail, SystemClock.now_for_open())
            .unwrap_or_else(|e| panic!("round {round}: the database does not open after SIGKILL: {e:?}"));
        assert_eq!(store.integrity_problems().unwrap(), Vec::<String>::new(), "round {round}: integrity_check");
        let audit = store.verify_audit().unwrap();
        assert!(audit.problems.is_empty(), "round {round}: audit chain: {:?}", audit.problems);
        let present: std::collections::HashSet<String> = store.cases().unwrap().into_iter().map(|c| c.receipt_no).collect();
        for no in &acknowledged {
            assert!(present.contains(no), "round {round}: case {no} was acknowledged but is missing");
        }
    }
    assert!(acknowledged.len() >= 50, "the child wrote too little to test anything: {} cases", acknowledged.len());
    println!("crash test: 50 kills, {} acknowledged cases, {:?}", acknowledged.len(), started.elapsed());
}

/// `SystemClock` as the instant `Store::open` takes (the time of a pre-migration backup's name).
trait NowForOpen {
    fn now_for_open(&self) -> chrono::DateTime<chrono::Utc>;
}

impl NowForOpen for SystemClock {
    fn now_for_open(&self) -> chrono::DateTime<chrono::Utc> {
        use sonae_api::Clock;
        self.now()
    }
}
