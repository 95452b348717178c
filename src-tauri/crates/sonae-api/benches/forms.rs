//! Render time of every document kind on the demo data: `cargo bench -p sonae-api --bench forms`
//! (a release build). Loads 架空市 into a temporary database, then for each kind and each demo
//! case it makes sense for, renders it a number of times through the API (reading the case
//! from SQLite, building the document, laying it out, writing the PDF) and prints the median and
//! worst time, pages and size. Issue 7's target is under 100 ms per form; this prints, it does
//! not fail (a timed test would be flaky on a busy machine). A 3,000-character, 40-row 事故報告書
//! is measured too.

use chrono::{Duration, TimeZone, Utc};
use sonae_api::dto::{DocumentRequest, TimelineEntryInput, TimelineKind, TriageInput};
use sonae_api::{Actor, Ctx, FixedClock, OpenMode, Role, SequentialIds, Store};
use std::time::Instant;

const RUNS: usize = 20;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, now).unwrap();
    let ids = SequentialIds::new();
    let clock = FixedClock(now);
    let admin = Actor::new("system:bench", &[Role::Administrator]);
    sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &admin }).unwrap();
    let lead = Actor::new("system:bench", &[Role::CsirtLead]);
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &lead };

    let first = sonae_api::list_cases(&mut ctx).unwrap()[0].id.clone();
    let t = Instant::now();
    if let Err(e) = sonae_api::document_bytes(&mut ctx, DocumentRequest { case_id: first, kind: "contacts".into(), ppc_kind: None }) {
        println!("forms bench: skipped, {} {:?}", e.message_id, e.args);
        return;
    }
    println!("first document, fonts loaded: {:.1} ms", ms(t));

    let cases = sonae_api::list_cases(&mut ctx).unwrap();
    let mut worst_median: f64 = 0.0;
    for kind in sonae_api::DOCUMENT_KINDS {
        for c in &cases {
            let request = DocumentRequest { case_id: c.id.clone(), kind: kind.into(), ppc_kind: None };
            if sonae_api::document_bytes(&mut ctx, request.clone()).is_err() {
                continue;
            }
            let (median, worst, size) = measure(&mut ctx, &request);
            worst_median = worst_median.max(median);
            println!("{kind:<15} {}: median {median:.1} ms, worst {worst:.1} ms over {RUNS} renders; {size} bytes", c.receipt_no);
        }
    }

    // The long case: 3,000 characters of narrative and 40 timeline rows.
    let usb = cases.iter().find(|c| c.title.contains("USBメモリ")).unwrap().id.clone();
    let sentence = "職員が庁用のUSBメモリ（暗号化機能なし）を紛失したとの報告を受け、庁舎内と公用車内を捜索したが、発見には至らなかった。";
    let rationale: String = sentence.repeat(60).chars().take(3000).collect();
    let member = Actor::new("system:bench", &[Role::CsirtLead]);
    let mut ctx = Ctx { store: ctx.store, clock: &clock, ids: &ids, actor: &member };
    sonae_api::triage_case(
        &mut ctx,
        TriageInput {
            case_id: usb.clone(),
            is_incident: Some(true),
            rationale,
            impact: "対象者約150名。".into(),
            severity: Some(sonae_api::dto::Severity::High),
            handler_person_id: None,
        },
    )
    .unwrap();
    for i in 0..40 {
        let at = (now - Duration::hours(40) + Duration::minutes(50 * i)).with_timezone(&chrono_tz::Asia::Tokyo);
        let input = TimelineEntryInput {
            case_id: usb.clone(),
            kind: TimelineKind::Observation,
            occurred_at: at.format("%Y-%m-%dT%H:%M").to_string(),
            text: format!("経過{i}：関係者へ連絡し、状況を確認した。"),
        };
        sonae_api::add_timeline_entry(&mut ctx, input).unwrap();
    }
    let (median, worst, size) = measure(&mut ctx, &DocumentRequest { case_id: usb, kind: "final-report".into(), ppc_kind: None });
    println!("final-report, long (3,000 characters, 40 rows): median {median:.1} ms, worst {worst:.1} ms; {size} bytes");
    println!("slowest median of the demo documents: {worst_median:.1} ms (target: under 100 ms)");
}

fn measure(ctx: &mut Ctx<'_>, request: &DocumentRequest) -> (f64, f64, usize) {
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        size = sonae_api::document_bytes(ctx, request.clone()).unwrap().0.len();
        times.push(ms(t));
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1], size)
}
