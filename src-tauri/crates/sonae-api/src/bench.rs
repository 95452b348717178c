//! Benchmark data (`sonae bench`, issue 10): the demo organization 架空市 plus `n` invented cases
//! spread over about five years, each with one staff report, ten timeline lines and two tasks, in
//! Japanese built from a varied vocabulary, and one "large" demo case (hundreds of timeline lines)
//! to render documents from.
//!
//! Everything goes through the audited [`sonae_store::Writer`] (one audit entry per row, the same
//! hash rule as any other write), in transactions of [`CHUNK`] cases. The generator refuses a
//! database that already has an organization (it starts with [`crate::load_demo`]), so it can
//! never add invented cases to real data. A small deterministic generator (SplitMix64) picks the
//! words, so a seed gives the same texts, states and times; ids come from the injected [`IdGen`].

use crate::Ctx;
use crate::dto::{ObligationFactsDto, PersonalInfoFactsDto};
use crate::error::ApiError;
use chrono::Duration;
use sonae_core::casework::{Task, TaskKind, TaskList, TaskStatus};
use sonae_core::clock::Timestamp;
use sonae_core::{
    Action, Case, CaseId, CaseState, Category, IncidentReport, PersonId, ReportDetails, ReportId, ReportSource, Severity, TaskId,
    TimelineEntry, TimelineEntryId, TimelineKind,
};
use sonae_store::CaseFactsRow;

/// Cases written per transaction.
pub const CHUNK: u32 = 2_000;
/// Timeline lines and tasks of each generated case.
pub const TIMELINE_PER_CASE: u32 = 10;
pub const TASKS_PER_CASE: u32 = 2;
/// What the large case gets on top of its demo content.
const LARGE_TIMELINE: u32 = 300;
const LARGE_TASKS: u32 = 30;

/// What [`generate_bench_data`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchData {
    /// Generated cases (the demo's own are not counted).
    pub cases: u32,
    /// The demo's own cases.
    pub demo_cases: u32,
    pub reports: u32,
    pub timeline_entries: u64,
    pub tasks: u64,
    /// Of the generated cases, those still open (those about personal information have facts).
    pub open_cases: u32,
    /// The demo case made large for the documents.
    pub large_case_id: String,
    pub large_case_receipt_no: String,
}

/// 3-character and 6-character search terms that occur in the generated texts, some often, some
/// rarely (for the search measurements).
pub const SEARCH_TERMS_3: &[&str] = &["標的型", "誤送信", "改ざん", "住民票", "暗号化", "委託先", "税務課", "不審な", "USB", "乗っ取"];
pub const SEARCH_TERMS_6: &[&str] = &["マイナンバー", "不正アクセス", "USBメモリ", "住民基本台帳", "アクセスログ", "保守委託業者"];

/// Ids for generated data: random-looking UUIDs (version 4 bits) whose first six bytes count up,
/// so rows are appended to the end of every id index instead of landing on a random page each.
/// With random v4 ids, writing 1.4 million rows dirties a different page of each id index (and of
/// the audit log's object index) per row — gigabytes of page writes for a 2 GB file; real data
/// arrives a few rows at a time, where that does not matter.
#[derive(Debug)]
pub struct OrderedIds {
    next: std::sync::atomic::AtomicU64,
    salt: u64,
}

impl OrderedIds {
    pub fn new(seed: u64) -> OrderedIds {
        let mut rng = Rng::new(seed);
        // Start somewhere in the lower half of the 48-bit space, so the counter never wraps.
        OrderedIds { next: std::sync::atomic::AtomicU64::new(rng.below(1 << 46)), salt: rng.next_u64() }
    }
}

impl sonae_core::IdGen for OrderedIds {
    fn new_uuid(&self) -> uuid::Uuid {
        let n = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tail = Rng::new(n ^ self.salt).next_u64();
        let mut b = [0u8; 16];
        b[..6].copy_from_slice(&n.to_be_bytes()[2..]);
        b[6..14].copy_from_slice(&tail.to_be_bytes());
        b[14..].copy_from_slice(&(n as u16).to_be_bytes());
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        uuid::Uuid::from_bytes(b)
    }
}

/// SplitMix64: small, fast and good enough to pick words.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 ‥ n-1 (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const DEPTS: &[&str] = &[
    "市民課",
    "税務課",
    "福祉課",
    "保険年金課",
    "子育て支援課",
    "高齢介護課",
    "学校教育課",
    "上下水道課",
    "建設課",
    "環境課",
    "会計課",
    "議会事務局",
    "選挙管理委員会事務局",
    "中央図書館",
    "総務課",
    "情報政策課",
];
const DEVICES: &[&str] =
    &["USBメモリ", "ノートパソコン", "業務用スマートフォン", "タブレット端末", "外付けハードディスク", "公用携帯電話", "書類鞄"];
const DOCS: &[&str] = &[
    "住民票の写し",
    "課税通知書",
    "納税通知書",
    "介護保険被保険者証",
    "児童手当の案内",
    "健診結果通知",
    "選挙人名簿抄本",
    "学校だより",
    "給与支払報告書",
    "入札参加資格申請書",
    "マイナンバーカード交付通知書",
];
const SYSTEMS: &[&str] = &[
    "住民基本台帳システム",
    "税務システム",
    "福祉総合システム",
    "財務会計システム",
    "文書管理システム",
    "グループウェア",
    "公式ホームページ",
    "図書館システム",
    "電子申請システム",
    "学校ホームページ",
];
const PLACES: &[&str] = &["電車内", "出張先", "庁舎内の会議室", "駐車場", "窓口", "公用車内", "飲食店", "自宅への帰路"];
const SENDERS: &[&str] = &["宅配業者", "県の担当課", "取引先の金融機関", "国の省庁", "委託先の事業者", "市長"];
const VENDORS: &[&str] = &["保守委託業者", "ネットワーク事業者", "委託先の開発会社", "県警察本部サイバー犯罪対策課（相談）", "J-LISの窓口"];
const MEASURES: &[&str] = &[
    "持ち出し手順の見直し",
    "送信前のダブルチェックの徹底",
    "多要素認証の導入",
    "職員研修の実施",
    "設定の定期点検",
    "アクセスログの定期確認",
    "封入作業の複数人確認",
];
const FINDINGS: &[&str] = &[
    "不審な通信は確認されなかった",
    "外部への送信の痕跡が見つかった",
    "同種の事象は他部署では確認されなかった",
    "対象ファイルは暗号化されていた",
    "アクセスログに深夜の不審なログイン試行が残っていた",
    "マイナンバーを含むファイルは保存されていなかった",
    "住民基本台帳の情報への影響はなかった",
];

/// A case title for a category.
fn title(rng: &mut Rng, category: Category) -> String {
    let (dept, dev, doc, sys, place) = (rng.pick(DEPTS), rng.pick(DEVICES), rng.pick(DOCS), rng.pick(SYSTEMS), rng.pick(PLACES));
    match category {
        Category::LossTheft => {
            if rng.chance(70) {
                format!("{place}で{dept}の{dev}を紛失")
            } else {
                format!("{dept}職員の{dev}の盗難（{place}）")
            }
        }
        Category::MisdirectedMail => format!("{doc}を含むメールの誤送信（{dept}）"),
        Category::Misdelivery => format!("{doc}の誤送付（{dept}）"),
        Category::TargetedMail => format!("{}を装った標的型攻撃メールの受信（{dept}）", rng.pick(SENDERS)),
        Category::Malware => {
            if rng.chance(30) {
                format!("ランサムウェアによるファイルの暗号化（{dept}）")
            } else {
                format!("{dept}の{dev}のマルウェア感染の疑い")
            }
        }
        Category::UnauthorizedAccess => format!("{sys}への不正アクセスの疑い"),
        Category::WebDefacement => format!("{sys}の改ざん"),
        Category::Dos => format!("{sys}へのDoS攻撃によるアクセス障害"),
        Category::DataLeak => format!("{doc}の情報漏えいの疑い（{dept}）"),
        Category::SnsHijack => format!("{dept}の公式SNSアカウントの乗っ取り"),
        Category::MisconfigExposure => format!("{sys}の設定不備による{doc}の公開"),
        Category::SystemFailure => format!("{sys}の障害による業務の停止"),
        Category::PolicyViolation => format!("{dept}における私物{dev}の無断使用"),
        _ => format!("{dept}からの不審な事象の相談（{sys}）"),
    }
}

/// How often each category is reported (per mille, roughly what municipalities see: mistakes
/// in sending and losing things far more than attacks).
const CATEGORY_WEIGHTS: &[(Category, u64)] = &[
    (Category::MisdirectedMail, 220),
    (Category::Misdelivery, 180),
    (Category::LossTheft, 140),
    (Category::TargetedMail, 110),
    (Category::Malware, 60),
    (Category::UnauthorizedAccess, 50),
    (Category::SystemFailure, 60),
    (Category::PolicyViolation, 50),
    (Category::MisconfigExposure, 30),
    (Category::DataLeak, 30),
    (Category::WebDefacement, 15),
    (Category::Dos, 15),
    (Category::SnsHijack, 15),
    (Category::Other, 25),
];

fn category(rng: &mut Rng) -> Category {
    let total: u64 = CATEGORY_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut x = rng.below(total);
    for (c, w) in CATEGORY_WEIGHTS {
        if x < *w {
            return *c;
        }
        x -= w;
    }
    Category::Other
}

fn severity(rng: &mut Rng) -> Severity {
    match rng.below(100) {
        0..45 => Severity::Low,
        45..80 => Severity::Medium,
        80..95 => Severity::High,
        _ => Severity::Critical,
    }
}

/// The state of a case reported `age_days` ago: old cases are almost all finished.
fn state(rng: &mut Rng, age_days: i64) -> CaseState {
    let x = rng.below(1000);
    match age_days {
        0..3 => [CaseState::Received, CaseState::Triage, CaseState::Responding][(x % 3) as usize],
        3..30 => match x {
            0..100 => CaseState::Triage,
            100..450 => CaseState::Responding,
            450..650 => CaseState::Recovering,
            650..750 => CaseState::Prevention,
            750..870 => CaseState::Closed,
            _ => CaseState::NotIncident,
        },
        30..180 => match x {
            0..60 => CaseState::Responding,
            60..120 => CaseState::Recovering,
            120..250 => CaseState::Prevention,
            250..850 => CaseState::Closed,
            _ => CaseState::NotIncident,
        },
        _ => match x {
            0..4 => CaseState::Prevention,
            4..6 => CaseState::Recovering,
            6..850 => CaseState::Closed,
            _ => CaseState::NotIncident,
        },
    }
}

/// Ten timeline lines: (minutes after the report, kind, text).
fn timeline_texts(rng: &mut Rng, c: &Case, reporter: &str, dept: &str, closed: bool) -> Vec<(i64, TimelineKind, String)> {
    let n = 1 + rng.below(300);
    let asset = rng.below(100_000);
    let mut out = vec![
        (0, TimelineKind::Communication, format!("{reporter}（{dept}）から電話で第一報を受けた。受付番号は{}。", c.receipt_no)),
        (
            15,
            TimelineKind::Observation,
            format!("対象の{}（管理番号 PC-{asset:05}）と{}の状況を確認した。", rng.pick(DEVICES), rng.pick(SYSTEMS)),
        ),
        (40, TimelineKind::Action, format!("{}のアクセスログを取得し、証拠として保全した。", rng.pick(SYSTEMS))),
        (90, TimelineKind::Observation, format!("調査の結果、{}。", rng.pick(FINDINGS))),
        (120, TimelineKind::Decision, format!("影響範囲は最大{n}件と見込み、対応方針を決定した。")),
        (180, TimelineKind::Communication, format!("{}に調査を依頼した。", rng.pick(VENDORS))),
        (240, TimelineKind::Communication, "統括情報セキュリティ責任者を通じてCISOに第一報を行った。".to_owned()),
        (600, TimelineKind::Action, format!("{}の職員に注意喚起の通知を送付した。", rng.pick(DEPTS))),
        (1440, TimelineKind::Communication, format!("対象者{n}名への連絡を開始した。")),
    ];
    out.push(if closed {
        (4320, TimelineKind::Decision, format!("再発防止策として{}を行うこととし、対応を完了した。", rng.pick(MEASURES)))
    } else {
        (4320, TimelineKind::Decision, format!("再発防止策として{}を検討する。", rng.pick(MEASURES)))
    });
    out
}

/// Fills an empty database with the demo organization and `n` generated cases. `progress` is
/// called after each transaction with (cases written, n).
pub fn generate_bench_data(ctx: &mut Ctx<'_>, n: u32, seed: u64, progress: &mut dyn FnMut(u32, u32)) -> Result<BenchData, ApiError> {
    ctx.actor.require(Action::InitializeOrganization)?;
    crate::load_demo(ctx)?;
    let now = ctx.clock.now();
    let ids = ctx.ids;
    let people = ctx.store.people()?;
    let departments = ctx.store.departments()?;
    let csirt: Vec<PersonId> = people
        .iter()
        .filter(|p| p.roles.iter().any(|r| matches!(r, sonae_core::Role::CsirtMember | sonae_core::Role::CsirtLead)))
        .map(|p| p.id)
        .collect();
    let mut rng = Rng::new(seed);

    // Report times over the five years before the demo's own cases, oldest first, so that
    // receipt numbers count up with time within each year.
    let span = 5 * 365 * 24 * 60;
    let mut times: Vec<Timestamp> =
        (0..n).map(|_| now - Duration::days(2) - Duration::minutes(rng.below(span as u64) as i64)).collect::<Vec<_>>();
    times.sort();
    let mut seq: std::collections::HashMap<i32, u32> = std::collections::HashMap::new();
    let demo = ctx.store.recent_cases(1_000)?;
    let mut data = BenchData {
        cases: 0,
        demo_cases: demo.len() as u32,
        reports: 0,
        timeline_entries: 0,
        tasks: 0,
        open_cases: 0,
        large_case_id: String::new(),
        large_case_receipt_no: String::new(),
    };
    let year_of = |t: Timestamp| {
        use chrono::Datelike;
        (t + Duration::hours(9)).year()
    };
    // The demo numbered this year's first receipts; generated ones of this year follow them.
    let this_year = year_of(now);
    let demo_taken = demo.iter().filter(|c| c.receipt_no.starts_with(&format!("{this_year}-"))).count() as u32;
    seq.insert(this_year, demo_taken);

    for chunk in times.chunks(CHUNK as usize) {
        let mut rows = Vec::with_capacity(chunk.len());
        for &at in chunk {
            let year = year_of(at);
            let s = seq.entry(year).or_insert(0);
            *s += 1;
            let receipt = sonae_core::case::receipt_no(year, *s);
            let cat = category(&mut rng);
            let age_days = (now - at).num_days();
            let st = state(&mut rng, age_days);
            let mut case = Case::open(CaseId::new(ids), receipt, &title(&mut rng, cat), cat, false, at)?;
            case.state = st;
            let judged = !matches!(st, CaseState::Received | CaseState::Triage);
            let handler = *rng.pick(&csirt);
            if judged {
                case.severity = Some(if st == CaseState::NotIncident { Severity::Low } else { severity(&mut rng) });
                case.triage.is_incident = Some(st != CaseState::NotIncident);
                case.triage.rationale = format!("{}の報告内容と初期調査の結果から判断した。", case.title);
                case.triage.impact = format!("{}の業務に影響。対象者は調査中。", rng.pick(DEPTS));
                case.triage.handler = Some(handler);
                if st != CaseState::NotIncident {
                    case.ciso_informed_at = Some(at + Duration::hours(4));
                }
            }
            let reporter = rng.pick(&people);
            let dept = departments.iter().find(|d| Some(d.id) == reporter.department_id).or(departments.first());
            let dept_name = dept.map_or("", |d| d.name.as_str()).to_owned();
            let report = IncidentReport {
                id: ReportId::new(ids),
                case_id: Some(case.id),
                source: ReportSource::Staff,
                reporter_person_id: Some(reporter.id),
                reporter_name: reporter.name.clone(),
                reporter_contact: reporter.contact.office_phone.clone(),
                department_id: dept.map(|d| d.id),
                category: cat,
                summary: format!("{}。{}の職員が気付き、上司に報告した。{}", case.title, dept_name, rng.pick(FINDINGS)),
                noticed_at: Some(at - Duration::minutes(30)),
                occurred_at: None,
                submitted_at: at,
                drill: false,
                details: ReportDetails { entered_by: Some(reporter.id), ..ReportDetails::default() },
            };
            let closed = !st.is_open();
            let actor = format!("person:{handler}");
            let entries = timeline_texts(&mut rng, &case, &reporter.name, &dept_name, closed)
                .into_iter()
                .map(|(minutes, kind, text)| {
                    let t = (at + Duration::minutes(minutes)).min(now);
                    TimelineEntry::new(TimelineEntryId::new(ids), case.id, kind, t, t, &actor, &text)
                })
                .collect::<Result<Vec<_>, _>>()?;
            case.updated_at = entries.last().map_or(at, |e| e.recorded_at);
            let task = |kind: TaskKind, title: String, position: u32, open: bool, due: Option<Timestamp>| Task {
                id: TaskId::new(ids),
                case_id: case.id,
                list: TaskList::Response,
                kind,
                title,
                mandatory: true,
                assignee: Some(handler),
                due_at: due,
                status: if open { TaskStatus::Open } else { TaskStatus::Done },
                note: if open { String::new() } else { "対応済み。".to_owned() },
                playbook_revision: Some(0),
                position,
                created_at: at,
                closed_by: (!open).then(|| actor.clone()),
                closed_at: (!open).then(|| (at + Duration::hours(6)).min(now)),
            };
            // Open cases keep their containment step open, due two days after the report (so
            // the older ones are overdue); finished cases have both steps done.
            let tasks = vec![
                task(
                    TaskKind::Containment,
                    format!("初動対応（{}の確認と回収）", rng.pick(DEVICES)),
                    0,
                    !closed,
                    Some(at + Duration::hours(48)),
                ),
                task(TaskKind::Inform, format!("{}への連絡", rng.pick(DEPTS)), 1, false, Some(at + Duration::hours(24))),
            ];
            data.open_cases += u32::from(!closed);
            // Open cases about personal information have their facts entered (the obligations
            // of every open case are then assessed from them).
            let personal = matches!(cat, Category::MisdirectedMail | Category::Misdelivery | Category::LossTheft | Category::DataLeak);
            let facts = (!closed && judged && personal)
                .then(|| {
                    let dto = ObligationFactsDto {
                        personal_info: PersonalInfoFactsDto { involved: true, max_persons: 1 + rng.below(200), ..Default::default() },
                        ..Default::default()
                    };
                    serde_json::to_string(&dto).map(|facts_json| CaseFactsRow {
                        case_id: case.id,
                        known_on: (at + Duration::hours(9)).date_naive(),
                        facts_json,
                        updated_by: actor.clone(),
                        updated_at: at + Duration::hours(2),
                    })
                })
                .transpose()
                .map_err(|_| ApiError::new(crate::error::ErrorCode::Internal, "error-internal"))?;
            rows.push((case, report, entries, tasks, facts));
        }
        ctx.store.write(&ctx.actor.label, now, |w| {
            for (case, report, entries, tasks, facts) in &rows {
                w.insert_case(case)?;
                w.insert_report(report)?;
                for e in entries {
                    w.insert_timeline_entry(e)?;
                }
                for t in tasks {
                    w.put_task(t)?;
                }
                if let Some(f) = facts {
                    w.put_case_facts(f)?;
                }
            }
            Ok(())
        })?;
        data.cases += rows.len() as u32;
        data.reports += rows.len() as u32;
        data.timeline_entries += rows.iter().map(|r| r.2.len() as u64).sum::<u64>();
        data.tasks += rows.iter().map(|r| r.3.len() as u64).sum::<u64>();
        progress(data.cases, n);
    }
    let large = enlarge_a_demo_case(ctx, &mut rng)?;
    data.large_case_receipt_no = large.receipt_no;
    data.large_case_id = large.id.to_string();
    Ok(data)
}

/// The demo case with the most documents that make sense, given hundreds of timeline lines and
/// tens of tasks more.
fn enlarge_a_demo_case(ctx: &mut Ctx<'_>, rng: &mut Rng) -> Result<Case, ApiError> {
    let now = ctx.clock.now();
    let mut best: Option<(usize, Case)> = None;
    for c in ctx.store.recent_cases(50)?.into_iter().filter(|c| !c.drill) {
        let docs = crate::case_documents(ctx, &c.id.to_string())?;
        let applicable = docs.kinds.iter().filter(|k| k.available).count();
        if best.as_ref().is_none_or(|(n, _)| applicable > *n) {
            best = Some((applicable, c));
        }
    }
    let Some((_, case)) = best else { return Err(crate::cases::not_found()) };
    let actor = ctx.actor.label.clone();
    let mut entries = Vec::new();
    for i in 0..LARGE_TIMELINE {
        let t = (case.created_at + Duration::minutes(i64::from(i) * 7)).min(now);
        let text = format!(
            "{}の{}を確認した（{}回目）。{}。",
            rng.pick(SYSTEMS),
            ["アクセスログ", "通信記録", "端末の状態", "バックアップ"][(i % 4) as usize],
            i + 1,
            rng.pick(FINDINGS)
        );
        entries.push(TimelineEntry::new(TimelineEntryId::new(ctx.ids), case.id, TimelineKind::Observation, t, t, &actor, &text)?);
    }
    let tasks: Vec<Task> = (0..LARGE_TASKS)
        .map(|i| Task {
            id: TaskId::new(ctx.ids),
            case_id: case.id,
            list: TaskList::Response,
            kind: TaskKind::Other,
            title: format!("{}の追加調査（{}）", rng.pick(SYSTEMS), i + 1),
            mandatory: false,
            assignee: None,
            due_at: None,
            status: TaskStatus::Done,
            note: format!("{}。", rng.pick(FINDINGS)),
            playbook_revision: None,
            position: 100 + i,
            created_at: case.created_at,
            closed_by: Some(actor.clone()),
            closed_at: Some(now),
        })
        .collect();
    ctx.store.write(&actor, now, |w| {
        for e in &entries {
            w.insert_timeline_entry(e)?;
        }
        for t in &tasks {
            w.put_task(t)?;
        }
        Ok(())
    })?;
    Ok(case)
}
