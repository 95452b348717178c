//! The case list at scale (issue 10): `search_cases` filters, orders, counts and pages in SQL
//! (schema v12). It must answer exactly what filtering and sorting every case in memory answered
//! (the behaviour before v12), on generated data with all states, severities and overdue tasks;
//! and the search index (rowids naming the case) must survive VACUUM and follow edits.

mod support;
use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{Actor, Ctx, FixedClock, OpenMode, Role, SequentialIds, Store};
use std::collections::{HashMap, HashSet};
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
}

fn all() -> CaseFilterInput {
    CaseFilterInput {
        state: None,
        open_only: false,
        severity: None,
        assignee_person_id: None,
        category: None,
        overdue_only: false,
        sort: CaseSort::Newest,
        page: 0,
        page_size: 50,
        query: None,
    }
}

/// What the list showed before v12: every case newest first, filtered and stably sorted in memory.
struct Reference {
    cases: Vec<CaseSummaryDto>,
    handler: HashMap<String, Option<String>>,
    /// (open tasks, overdue tasks, next due)
    tasks: HashMap<String, (u32, u32, Option<String>)>,
}

impl Reference {
    fn ids(&self, f: &CaseFilterInput, hits: Option<&HashSet<String>>) -> Vec<String> {
        let sev_rank = |s: Option<Severity>| match s {
            Some(Severity::Critical) => 0,
            Some(Severity::High) => 1,
            Some(Severity::Medium) => 2,
            Some(Severity::Low) => 3,
            None => 4,
        };
        let mut rows: Vec<&CaseSummaryDto> = self
            .cases
            .iter()
            .filter(|c| match f.state {
                Some(s) => c.state == s,
                None => !f.open_only || !matches!(c.state, CaseState::Closed | CaseState::NotIncident),
            })
            .filter(|c| f.severity.is_none_or(|s| c.severity == Some(s)))
            .filter(|c| f.category.is_none_or(|k| c.category == k))
            .filter(|c| f.assignee_person_id.as_ref().is_none_or(|a| self.handler[&c.id].as_ref() == Some(a)))
            .filter(|c| !f.overdue_only || self.tasks[&c.id].1 > 0)
            .filter(|c| hits.is_none_or(|h| h.contains(&c.id)))
            .collect();
        match f.sort {
            CaseSort::Newest => {}
            CaseSort::Oldest => rows.reverse(),
            CaseSort::Severity => rows.sort_by_key(|c| sev_rank(c.severity)),
            CaseSort::NextDue => rows.sort_by_key(|c| {
                let next = self.tasks[&c.id].2.clone();
                (next.is_none(), next)
            }),
        }
        rows.into_iter().map(|c| c.id.clone()).collect()
    }
}

#[test]
fn the_sql_case_list_answers_what_filtering_in_memory_answered() {
    let dir = tempfile::tempdir().unwrap();
    let now = t0();
    let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, now).unwrap();
    let ids = SequentialIds::new();
    let clock = FixedClock(now);
    let actor = Actor::new("system:test", &[Role::Administrator, Role::CsirtLead]);
    let mut ctx = Ctx { store: &mut store, clock: &clock, ids: &ids, actor: &actor };
    let data = sonae_api::bench::generate_bench_data(&mut ctx, 400, 7, &mut |_, _| {}).unwrap();
    assert_eq!((data.cases, data.timeline_entries, data.tasks), (400, 4000, 800));

    let cases = sonae_api::list_cases(&mut ctx).unwrap();
    let mut handler = HashMap::new();
    let mut tasks = HashMap::new();
    for c in &cases {
        let d = sonae_api::get_case(&mut ctx, &c.id).unwrap();
        handler.insert(c.id.clone(), d.handler_person_id.clone());
        let open: Vec<&TaskDto> = d.tasks.iter().filter(|t| t.status == TaskStatus::Open).collect();
        let next = open.iter().filter_map(|t| t.due_at.clone()).min();
        tasks.insert(c.id.clone(), (open.len() as u32, open.iter().filter(|t| t.overdue).count() as u32, next));
    }
    let reference = Reference { cases, handler, tasks };
    let people: Vec<String> = sonae_api::list_people(&mut ctx).unwrap().into_iter().map(|p| p.id).collect();
    let handlers: Vec<String> = people.into_iter().filter(|p| reference.handler.values().any(|h| h.as_ref() == Some(p))).collect();
    assert!(!handlers.is_empty());

    let mut filters = Vec::new();
    for sort in [CaseSort::Newest, CaseSort::Oldest, CaseSort::Severity, CaseSort::NextDue] {
        filters.push(CaseFilterInput { sort, ..all() });
        filters.push(CaseFilterInput { sort, open_only: true, ..all() });
        filters.push(CaseFilterInput { sort, overdue_only: true, ..all() });
        filters.push(CaseFilterInput { sort, state: Some(CaseState::Closed), severity: Some(Severity::Low), ..all() });
        filters.push(CaseFilterInput { sort, category: Some(Category::MisdirectedMail), open_only: true, ..all() });
        filters.push(CaseFilterInput { sort, assignee_person_id: Some(handlers[0].clone()), ..all() });
        filters.push(CaseFilterInput { sort, state: Some(CaseState::Responding), overdue_only: true, ..all() });
    }
    let mut overdue_seen = false;
    for f in filters {
        let expected = reference.ids(&f, None);
        overdue_seen |= f.overdue_only && !expected.is_empty();
        // Pages past the middle are read from the end (in reverse), and a page may span segments.
        for (page, page_size) in [(0, 50), (1, 50), (3, 17), (5, 50), (7, 50), (8, 50), (20, 17), (23, 17), (1000, 50)] {
            let got = sonae_api::search_cases(&mut ctx, CaseFilterInput { page, page_size, ..f.clone() }).unwrap();
            assert_eq!(got.total as usize, expected.len(), "{f:?}");
            let want: Vec<&String> = expected.iter().skip((page * page_size) as usize).take(page_size as usize).collect();
            let have: Vec<&String> = got.rows.iter().map(|r| &r.summary.id).collect();
            assert_eq!(have, want, "{f:?} page {page}");
            for r in &got.rows {
                let (open, overdue, next) = &reference.tasks[&r.summary.id];
                assert_eq!((r.open_tasks, r.overdue_tasks, &r.next_due_at), (*open, *overdue, next), "{}", r.summary.receipt_no);
                assert!(r.snippet.is_none());
            }
        }
    }
    assert!(overdue_seen, "the generated data has overdue tasks");

    // Search, alone and combined with filters: the cases the v7 search found, in list order.
    for q in ["誤送信", "マイナンバー", "USBメモリ", "標的型攻撃メール", "税務課", "存在しない語句"] {
        let hits: HashSet<String> = ctx.store.search_cases_text(q).unwrap().into_iter().map(|(id, _)| id.to_string()).collect();
        for f in [
            CaseFilterInput { query: Some(q.into()), ..all() },
            CaseFilterInput { query: Some(q.into()), open_only: true, sort: CaseSort::Severity, ..all() },
            CaseFilterInput { query: Some(q.into()), state: Some(CaseState::Closed), sort: CaseSort::Oldest, ..all() },
            CaseFilterInput { query: Some(q.into()), overdue_only: true, sort: CaseSort::NextDue, ..all() },
            CaseFilterInput { query: Some(q.into()), sort: CaseSort::Severity, page: 2, page_size: 20, ..all() },
            CaseFilterInput { query: Some(q.into()), sort: CaseSort::Newest, page: 3, page_size: 20, ..all() },
        ] {
            let expected = reference.ids(&f, Some(&hits));
            let got = sonae_api::search_cases(&mut ctx, f.clone()).unwrap();
            assert_eq!(got.total as usize, expected.len(), "{q}: {f:?}");
            let have: Vec<&String> = got.rows.iter().map(|r| &r.summary.id).collect();
            let from = (f.page * f.page_size) as usize;
            assert_eq!(have, expected.iter().skip(from).take(f.page_size as usize).collect::<Vec<_>>(), "{q}: {f:?}");
            for r in &got.rows {
                let s = r.snippet.as_deref().unwrap_or_default();
                let marked = s.split('\u{2}').nth(1).and_then(|rest| rest.split('\u{3}').next()).unwrap_or_default();
                assert_eq!(marked.to_lowercase(), q.to_lowercase(), "{q}: {s:?}");
            }
        }
    }
    // The home screen lists the newest cases only; the list pages through all of them.
    let home = sonae_api::home(&mut ctx).unwrap();
    assert_eq!(home.cases.len(), sonae_api::HOME_CASE_LIMIT as usize);
    assert_eq!(home.cases.iter().map(|c| &c.id).collect::<Vec<_>>(), reference.cases.iter().take(50).map(|c| &c.id).collect::<Vec<_>>());
}

#[test]
fn search_survives_vacuum_and_follows_edits() {
    let mut w = World::demo_at(t0());
    let (lead, lead_id) = w.person("田中 美穂");
    let search = |q: &str| CaseFilterInput { query: Some(q.into()), ..all() };
    let ids = |p: &CasePageDto| p.rows.iter().map(|r| r.summary.id.clone()).collect::<Vec<_>>();
    let before = w.run(&lead, |c| sonae_api::search_cases(c, search("メール"))).unwrap();
    assert!(before.total >= 2);

    let conn = rusqlite::Connection::open(w.dir.path().join("sonae.db")).unwrap();
    conn.execute_batch("VACUUM").unwrap();
    drop(conn);
    let after = w.run(&lead, |c| sonae_api::search_cases(c, search("メール"))).unwrap();
    assert_eq!((ids(&after), after.total), (ids(&before), before.total));
    assert_eq!(
        after.rows.iter().map(|r| r.snippet.clone()).collect::<Vec<_>>(),
        before.rows.iter().map(|r| r.snippet.clone()).collect::<Vec<_>>()
    );

    // A triage note is found once written, and no longer once replaced (the old row is removed).
    let case = w.run(&lead, sonae_api::list_cases).unwrap().into_iter().find(|c| c.state == CaseState::Received).unwrap();
    let triage = |rationale: &str| TriageInput {
        case_id: case.id.clone(),
        is_incident: None,
        rationale: rationale.into(),
        impact: String::new(),
        severity: None,
        handler_person_id: Some(lead_id.clone()),
    };
    w.run(&lead, |c| sonae_api::triage_case(c, triage("庁舎北棟の複合機から送信された。"))).unwrap();
    let found = w.run(&lead, |c| sonae_api::search_cases(c, search("北棟の複合機"))).unwrap();
    assert_eq!(ids(&found), vec![case.id.clone()]);
    assert!(found.rows[0].snippet.as_deref().unwrap().contains("\u{2}北棟の複合機\u{3}"));
    w.run(&lead, |c| sonae_api::triage_case(c, triage("南棟の端末から送信された。"))).unwrap();
    assert_eq!(w.run(&lead, |c| sonae_api::search_cases(c, search("北棟の複合機"))).unwrap().total, 0);
    assert_eq!(ids(&w.run(&lead, |c| sonae_api::search_cases(c, search("南棟の端末"))).unwrap()), vec![case.id.clone()]);
    // Two characters: the LIKE fallback, combined with the assignee filter.
    let mine = CaseFilterInput { assignee_person_id: Some(lead_id), ..search("南棟") };
    let two = w.run(&lead, |c| sonae_api::search_cases(c, mine)).unwrap();
    assert_eq!(ids(&two), vec![case.id.clone()]);
    assert!(two.rows[0].snippet.as_deref().unwrap().contains("\u{2}南棟\u{3}"));
}
