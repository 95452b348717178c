//! 訓練実施記録: the record of a 緊急時対応訓練 (000 §5.2(3), 004 第69条3; regulatory.md §7), for
//! the CISO and the 情報セキュリティ委員会, as a 資料.
//!
//! It holds the drill's overview (訓練名, 種別, 年度, 日時, 目的, 体制, 範囲, the playbook revision
//! exercised, the drill case's 受付番号), the scenario and its injects with what came of each, the
//! participants, the target times against the measured ones, the timed log, the call tree's
//! results (連絡網疎通訓練 only), 良かった点, 課題, the improvement actions, whether the playbook
//! is to be revised, and approval and the report to the committee. An empty section says なし
//! rather than disappear (the call tree's is left out when nobody was called).
//!
//! The record is not a drill-marked document: it is the real record *of* a drill, submitted to
//! the committee, so it has no 訓練 watermark or 提出しないこと banner. Every page still says
//! 訓練: its running head is 「訓練実施記録　{訓練名}」.
//!
//! The input is plain data ([`DrillRecord`]); the caller gathers it from the store.

use crate::common::{m, wareki_date, wareki_datetime, wareki_day};
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use chrono::{NaiveDate, Timelike};
use chrono_tz::Asia::Tokyo;
use sonae_core::Timestamp;
use sonae_core::drill::{DrillKind, InjectChannel, Milestone, format_offset};
use sonae_i18n::Localizer;

/// Everything the 訓練実施記録 says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillRecord {
    pub org_name: String,
    /// 訓練名.
    pub name: String,
    pub kind: DrillKind,
    /// 年度 (2026 → 令和8年度).
    pub fiscal_year: i32,
    pub started_at: Option<Timestamp>,
    pub ended_at: Option<Timestamp>,
    pub purpose: String,
    /// 体制.
    pub structure: String,
    /// 範囲.
    pub scope: String,
    pub scenario_title: String,
    /// 想定.
    pub scenario_summary: String,
    pub injects: Vec<RecordInject>,
    pub participants: Vec<RecordParticipant>,
    /// 目標時間と実績.
    pub results: Vec<RecordResult>,
    /// 時系列記録.
    pub log: Vec<RecordLog>,
    /// 連絡網疎通訓練 only (empty otherwise).
    pub calls: Vec<RecordCall>,
    /// 良かった点, one point a line.
    pub good_points: String,
    /// 課題, one point a line.
    pub issues: String,
    /// 改善事項（担当・期限）.
    pub actions: Vec<RecordAction>,
    /// 手順書改訂の要否.
    pub revise_playbook: bool,
    /// The playbook exercised, e.g. 事故対応手順書（紛失・盗難）.
    pub playbook_title: String,
    /// The revision exercised (0 = 標準版, the built-in one).
    pub playbook_revision: u32,
    /// The revision the drill led to, once written.
    pub new_playbook_revision: Option<u32>,
    /// 承認者: name and title.
    pub approved_by: Option<String>,
    pub approved_at: Option<Timestamp>,
    /// 委員会への報告日.
    pub committee_reported_on: Option<NaiveDate>,
    /// The drill case's 受付番号 (a 机上訓練 may have no case).
    pub case_receipt_no: Option<String>,
    /// The 作成日.
    pub issued_at: Timestamp,
}

/// An inject as given in the drill and what came of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInject {
    pub offset_minutes: u32,
    pub channel: InjectChannel,
    pub text: String,
    pub expected: String,
    /// When the facilitator gave it; None: never given.
    pub released_at: Option<Timestamp>,
    /// 達成 / 未達; None: not marked.
    pub achieved: Option<bool>,
    pub note: String,
}

/// A participant and their role in the drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordParticipant {
    pub name: String,
    pub role: String,
}

/// A target time and the measured one (minutes from the drill's start; None: not reached).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordResult {
    pub milestone: Milestone,
    pub target_minutes: u32,
    pub actual_minutes: Option<u32>,
}

/// A line of the timed log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordLog {
    pub at: Timestamp,
    /// 作業内容・状況.
    pub work: String,
    /// 判断・指示.
    pub decision: String,
    /// つまずいた工程.
    pub stumble: String,
}

/// A call of the 連絡網疎通訓練.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordCall {
    pub name: String,
    pub phone: String,
    pub called_at: Timestamp,
    pub answered_at: Option<Timestamp>,
    pub answered: bool,
    pub note: String,
}

/// An improvement action with its owner and due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordAction {
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

/// The 訓練実施記録 as a [`Document`]: a 資料 with the organisation as sender, not drill-marked,
/// with 「訓練実施記録　{訓練名}」 at the top of every page.
pub fn build(r: &DrillRecord, l10n: &Localizer) -> Document {
    let items = vec![
        Item { heading: m(l10n, "forms-drill-item-overview"), blocks: vec![overview(l10n, r)] },
        Item { heading: m(l10n, "forms-drill-item-scenario"), blocks: scenario(l10n, r) },
        Item { heading: m(l10n, "forms-drill-item-participants"), blocks: vec![participants(l10n, r)] },
        Item { heading: m(l10n, "forms-drill-item-results"), blocks: results(l10n, r) },
        Item { heading: m(l10n, "forms-drill-item-log"), blocks: vec![log(l10n, r)] },
    ]
    .into_iter()
    .chain((!r.calls.is_empty()).then(|| Item { heading: m(l10n, "forms-drill-item-calls"), blocks: calls(l10n, r) }))
    .chain([
        Item { heading: m(l10n, "forms-drill-item-good-points"), blocks: vec![text_or_none(l10n, &r.good_points)] },
        Item { heading: m(l10n, "forms-drill-item-issues"), blocks: vec![text_or_none(l10n, &r.issues)] },
        Item { heading: m(l10n, "forms-drill-item-actions"), blocks: vec![actions(l10n, r)] },
        Item { heading: m(l10n, "forms-drill-item-revision"), blocks: vec![Block::Paragraph(revision(l10n, r))] },
        Item { heading: m(l10n, "forms-drill-item-approval"), blocks: vec![approval(l10n, r)] },
    ])
    .collect();

    Document {
        title: m(l10n, "forms-drill-title"),
        style: Style::Plain,
        unnumbered: 0,
        // The real record of a drill, for the committee: not a document of the drill case.
        drill: false,
        running_head: Some(l10n.msg("forms-drill-running-head", &[("name", r.name.trim())])),
        letterhead: Letterhead {
            doc_number: String::new(),
            date: l10n.msg("forms-drill-created", &[("date", &wareki_date(r.issued_at))]),
            addressee: Vec::new(),
            sender: vec![r.org_name.trim().to_owned()],
        },
        subject: m(l10n, "forms-drill-title"),
        kind_marks: Vec::new(),
        preamble: vec![m(l10n, "forms-drill-preamble")],
        items,
        contact: Vec::new(),
    }
}

pub use crate::common::wareki_fiscal_year;

/// A duration as a clerk writes it: `15分`, `1時間30分`, `3日`, `1日2時間`.
pub fn duration(l10n: &Localizer, minutes: u32) -> String {
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let parts: Vec<String> =
        [("forms-drill-duration-days", days), ("forms-drill-duration-hours", hours), ("forms-drill-duration-minutes", mins)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(id, n)| l10n.msg(id, &[("n", &n.to_string())]))
            .collect();
    if parts.is_empty() {
        l10n.msg("forms-drill-duration-minutes", &[("n", "0")])
    } else {
        parts.join(&m(l10n, "forms-drill-duration-join"))
    }
}

fn kind_label(l10n: &Localizer, kind: DrillKind) -> String {
    m(
        l10n,
        match kind {
            DrillKind::Tabletop => "forms-drill-kind-tabletop",
            DrillKind::Functional => "forms-drill-kind-functional",
            DrillKind::FullScale => "forms-drill-kind-full-scale",
            DrillKind::CallTree => "forms-drill-kind-call-tree",
            DrillKind::External => "forms-drill-kind-external",
        },
    )
}

fn channel_label(l10n: &Localizer, channel: InjectChannel) -> String {
    m(
        l10n,
        match channel {
            InjectChannel::Phone => "forms-drill-channel-phone",
            InjectChannel::Email => "forms-drill-channel-email",
            InjectChannel::InPerson => "forms-drill-channel-in-person",
            InjectChannel::System => "forms-drill-channel-system",
            InjectChannel::Media => "forms-drill-channel-media",
            InjectChannel::Other => "forms-drill-channel-other",
        },
    )
}

fn milestone_label(l10n: &Localizer, milestone: Milestone) -> String {
    m(
        l10n,
        match milestone {
            Milestone::CsirtAcknowledged => "forms-drill-milestone-csirt-acknowledged",
            Milestone::JudgedIncident => "forms-drill-milestone-judged-incident",
            Milestone::CisoInformed => "forms-drill-milestone-ciso-informed",
            Milestone::Contained => "forms-drill-milestone-contained",
            Milestone::PpcPreliminaryDraft => "forms-drill-milestone-ppc-preliminary-draft",
        },
    )
}

/// The text, or `fallback` when there is none.
fn or_else(l10n: &Localizer, value: &str, fallback: &str) -> String {
    let v = value.trim();
    if v.is_empty() { m(l10n, fallback) } else { v.to_owned() }
}

/// `13:05` in Japan time, for table cells.
fn clock(at: Timestamp) -> String {
    let local = at.with_timezone(&Tokyo);
    format!("{}:{:02}", local.hour(), local.minute())
}

/// The text as typed, one point a line, or なし.
fn text_or_none(l10n: &Localizer, text: &str) -> Block {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    Block::Paragraph(if lines.is_empty() { m(l10n, "forms-drill-none") } else { lines.join("\n") })
}

fn table_or_none(l10n: &Localizer, columns: Vec<Column>, rows: Vec<Vec<String>>) -> Block {
    if rows.is_empty() { Block::Paragraph(m(l10n, "forms-drill-none")) } else { Block::Table(Table { columns, rows }) }
}

fn columns(l10n: &Localizer, spec: &[(&str, u16)]) -> Vec<Column> {
    spec.iter().map(|&(id, weight)| Column { header: m(l10n, id), weight }).collect()
}

/// `令和8年10月15日（木）13時30分から15時45分まで`; the end date only when it is another day.
fn when(l10n: &Localizer, r: &DrillRecord) -> String {
    let Some(start) = r.started_at else { return m(l10n, "forms-drill-not-recorded") };
    let start_text = wareki_datetime(l10n, start);
    match r.ended_at {
        None => l10n.msg("forms-drill-when-open", &[("start", &start_text)]),
        Some(end) => {
            let same_day = start.with_timezone(&Tokyo).date_naive() == end.with_timezone(&Tokyo).date_naive();
            let end_text = if same_day {
                let local = end.with_timezone(&Tokyo);
                l10n.msg("forms-drill-time", &[("hour", &local.hour().to_string()), ("minute", &format!("{:02}", local.minute()))])
            } else {
                wareki_datetime(l10n, end)
            };
            l10n.msg("forms-drill-when", &[("start", &start_text), ("end", &end_text)])
        }
    }
}

fn playbook(l10n: &Localizer, title: &str, revision: u32) -> String {
    let title = or_else(l10n, title, "forms-value-not-entered");
    if revision == 0 {
        l10n.msg("forms-drill-playbook-standard", &[("title", &title)])
    } else {
        l10n.msg("forms-drill-playbook-revision", &[("title", &title), ("revision", &revision.to_string())])
    }
}

fn overview(l10n: &Localizer, r: &DrillRecord) -> Block {
    let f = |label: &str, value: String| (m(l10n, label), value);
    let entered = |v: &str| or_else(l10n, v, "forms-value-not-entered");
    Block::Fields(vec![
        f("forms-drill-field-name", entered(&r.name)),
        f("forms-drill-field-kind", kind_label(l10n, r.kind)),
        f("forms-drill-field-fiscal-year", wareki_fiscal_year(l10n, r.fiscal_year)),
        f("forms-drill-field-when", when(l10n, r)),
        f("forms-drill-field-purpose", entered(&r.purpose)),
        f("forms-drill-field-structure", entered(&r.structure)),
        f("forms-drill-field-scope", entered(&r.scope)),
        f("forms-drill-field-playbook", playbook(l10n, &r.playbook_title, r.playbook_revision)),
        f(
            "forms-drill-field-receipt-no",
            r.case_receipt_no.as_deref().map_or_else(|| m(l10n, "forms-drill-no-case"), |n| or_else(l10n, n, "forms-drill-no-case")),
        ),
    ])
}

fn scenario(l10n: &Localizer, r: &DrillRecord) -> Vec<Block> {
    let fields = vec![
        (m(l10n, "forms-drill-field-scenario-title"), or_else(l10n, &r.scenario_title, "forms-value-not-entered")),
        (m(l10n, "forms-drill-field-scenario-summary"), or_else(l10n, &r.scenario_summary, "forms-value-not-entered")),
        // 付与した状況: なし, or what the table's times mean.
        (
            m(l10n, "forms-drill-injects-heading"),
            m(l10n, if r.injects.is_empty() { "forms-drill-none" } else { "forms-drill-injects-note" }),
        ),
    ];
    let mut blocks = vec![Block::Fields(fields)];
    if r.injects.is_empty() {
        return blocks;
    }
    // 時刻 holds `1:30` and `（未付与）` on one line each, 経路 `口頭・来庁`; 結果 two characters.
    let cols = columns(
        l10n,
        &[
            ("forms-drill-column-offset", 13),
            ("forms-drill-column-channel", 13),
            ("forms-drill-column-inject", 28),
            ("forms-drill-column-expected", 24),
            ("forms-drill-column-outcome", 7),
            ("forms-drill-column-note", 15),
        ],
    );
    let rows = r
        .injects
        .iter()
        .map(|i| {
            let released = match i.released_at {
                Some(at) => l10n.msg("forms-drill-released-at", &[("time", &clock(at))]),
                None => m(l10n, "forms-drill-not-released"),
            };
            let outcome = match i.achieved {
                Some(true) => "forms-drill-outcome-achieved",
                Some(false) => "forms-drill-outcome-missed",
                None => "forms-drill-outcome-none",
            };
            vec![
                format!("{}\n{released}", format_offset(i.offset_minutes)),
                channel_label(l10n, i.channel),
                i.text.trim().to_owned(),
                i.expected.trim().to_owned(),
                m(l10n, outcome),
                i.note.trim().to_owned(),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table { columns: cols, rows }));
    blocks
}

fn participants(l10n: &Localizer, r: &DrillRecord) -> Block {
    let rows = r.participants.iter().map(|p| vec![p.name.trim().to_owned(), p.role.trim().to_owned()]).collect();
    table_or_none(l10n, columns(l10n, &[("forms-drill-column-name", 30), ("forms-drill-column-role", 70)]), rows)
}

fn results(l10n: &Localizer, r: &DrillRecord) -> Vec<Block> {
    if r.results.is_empty() {
        return vec![Block::Paragraph(m(l10n, "forms-drill-none"))];
    }
    let rows = r
        .results
        .iter()
        .map(|x| {
            let (actual, verdict) = match x.actual_minutes {
                None => (m(l10n, "forms-drill-actual-none"), "forms-drill-verdict-not-reached"),
                Some(a) if a <= x.target_minutes => (duration(l10n, a), "forms-drill-verdict-within"),
                Some(a) => (duration(l10n, a), "forms-drill-verdict-exceeded"),
            };
            vec![milestone_label(l10n, x.milestone), duration(l10n, x.target_minutes), actual, m(l10n, verdict)]
        })
        .collect();
    vec![
        Block::Paragraph(m(l10n, "forms-drill-results-note")),
        Block::Table(Table {
            columns: columns(
                l10n,
                &[
                    ("forms-drill-column-milestone", 46),
                    ("forms-drill-column-target", 18),
                    ("forms-drill-column-actual", 18),
                    ("forms-drill-column-verdict", 18),
                ],
            ),
            rows,
        }),
    ]
}

fn log(l10n: &Localizer, r: &DrillRecord) -> Block {
    let mut entries: Vec<&RecordLog> = r.log.iter().collect();
    entries.sort_by_key(|e| e.at);
    // The date is written only when the drill ran over more than one day.
    let first_day = r.started_at.or(entries.first().map(|e| e.at)).map(|t| t.with_timezone(&Tokyo).date_naive());
    let one_day = entries.iter().all(|e| Some(e.at.with_timezone(&Tokyo).date_naive()) == first_day);
    let rows = entries
        .iter()
        .map(|e| {
            let at = if one_day {
                clock(e.at)
            } else {
                let local = e.at.with_timezone(&Tokyo);
                let day = l10n.msg(
                    "forms-drill-log-day",
                    &[("month", &chrono::Datelike::month(&local).to_string()), ("day", &chrono::Datelike::day(&local).to_string())],
                );
                format!("{day}\n{}", clock(e.at))
            };
            vec![at, e.work.trim().to_owned(), e.decision.trim().to_owned(), e.stumble.trim().to_owned()]
        })
        .collect();
    table_or_none(
        l10n,
        columns(
            l10n,
            &[
                ("forms-drill-column-at", 11),
                ("forms-drill-column-work", 35),
                ("forms-drill-column-decision", 29),
                ("forms-drill-column-stumble", 25),
            ],
        ),
        rows,
    )
}

fn calls(l10n: &Localizer, r: &DrillRecord) -> Vec<Block> {
    let answered = r.calls.iter().filter(|c| c.answered).count();
    let summary = l10n.msg(
        "forms-drill-calls-summary",
        &[
            ("total", &r.calls.len().to_string()),
            ("answered", &answered.to_string()),
            ("unanswered", &(r.calls.len() - answered).to_string()),
        ],
    );
    let rows = r
        .calls
        .iter()
        .map(|c| {
            let answered_at = match (c.answered, c.answered_at) {
                (true, Some(at)) => clock(at),
                _ => m(l10n, "forms-drill-actual-none"),
            };
            let result = if c.answered { "forms-drill-call-answered" } else { "forms-drill-call-unanswered" };
            vec![
                c.name.trim().to_owned(),
                c.phone.trim().to_owned(),
                clock(c.called_at),
                answered_at,
                m(l10n, result),
                c.note.trim().to_owned(),
            ]
        })
        .collect();
    vec![
        Block::Paragraph(summary),
        Block::Table(Table {
            // 電話 holds `090-0000-0000` on one line (a number cut in two is a wrong number).
            columns: columns(
                l10n,
                &[
                    ("forms-drill-column-name", 20),
                    ("forms-drill-column-phone", 21),
                    ("forms-drill-column-called", 10),
                    ("forms-drill-column-answered", 10),
                    ("forms-drill-column-result", 12),
                    ("forms-drill-column-note", 27),
                ],
            ),
            rows,
        }),
    ]
}

fn actions(l10n: &Localizer, r: &DrillRecord) -> Block {
    let rows = r
        .actions
        .iter()
        .map(|a| {
            vec![
                a.text.trim().to_owned(),
                or_else(l10n, &a.owner, "forms-value-not-entered"),
                a.due.map_or_else(|| m(l10n, "forms-drill-due-none"), wareki_day),
            ]
        })
        .collect();
    table_or_none(
        l10n,
        columns(l10n, &[("forms-drill-column-action", 56), ("forms-drill-column-owner", 24), ("forms-drill-column-due", 20)]),
        rows,
    )
}

/// 要（改訂第3版） / 要（改訂版は未作成） / 否.
fn revision(l10n: &Localizer, r: &DrillRecord) -> String {
    match (r.revise_playbook, r.new_playbook_revision) {
        (false, _) => m(l10n, "forms-drill-revision-not-needed"),
        (true, None) => m(l10n, "forms-drill-revision-needed-pending"),
        (true, Some(n)) => l10n.msg("forms-drill-revision-needed", &[("revision", &n.to_string())]),
    }
}

fn approval(l10n: &Localizer, r: &DrillRecord) -> Block {
    let not_yet = || m(l10n, "forms-drill-not-yet");
    Block::Fields(vec![
        (
            m(l10n, "forms-drill-field-approver"),
            r.approved_by.as_deref().map(str::trim).filter(|s| !s.is_empty()).map_or_else(not_yet, str::to_owned),
        ),
        (m(l10n, "forms-drill-field-approved-on"), r.approved_at.map_or_else(not_yet, wareki_date)),
        (m(l10n, "forms-drill-field-committee"), r.committee_reported_on.map_or_else(not_yet, wareki_day)),
    ])
}
