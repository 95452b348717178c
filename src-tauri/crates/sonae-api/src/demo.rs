//! The fictional demo organization 架空市: departments, people and cases in every state.
//!
//! Everything here is invented. Times are relative to the injected clock, so a demo loaded today
//! looks current. States are written directly: the guarded workflow comes with the case feature.

use crate::Ctx;
use crate::dto::HomeDto;
use crate::error::ApiError;
use crate::home::{SETUP_START_KEY, ensure_first_run, home};
use chrono::Duration;
use sonae_core::case::receipt_no;
use sonae_core::clock::Timestamp;
use sonae_core::{
    Action, Case, CaseId, CaseState, Category, Department, DepartmentId, IncidentReport, OrgKind, Organization, OrganizationId, Person,
    PersonId, ReportId, ReportSource, Role, Severity, TimelineEntry, TimelineEntryId, TimelineKind,
};

const DEPARTMENTS: &[(&str, &str)] = &[
    ("総務部 総務課", "総務"),
    ("総務部 情報政策課", "情政"),
    ("市民生活部 市民課", "市民"),
    ("福祉部 福祉課", "福祉"),
    ("財務部 税務課", "税務"),
    ("教育委員会 学校教育課", "学教"),
];

/// (name, kana, title, department index, roles)
const PEOPLE: &[(&str, &str, &str, usize, &[Role])] = &[
    ("佐藤 一郎", "さとう いちろう", "副市長", 0, &[Role::Ciso, Role::Staff]),
    ("高橋 誠", "たかはし まこと", "総務部長", 0, &[Role::ChiefSecurityOfficer, Role::Staff]),
    ("田中 美穂", "たなか みほ", "情報政策課長", 1, &[Role::CsirtLead, Role::Staff]),
    ("伊藤 健太", "いとう けんた", "主査", 1, &[Role::CsirtMember, Role::SystemAdministrator, Role::Staff]),
    ("渡辺 由紀", "わたなべ ゆき", "主任", 1, &[Role::CsirtMember, Role::Staff]),
    ("山本 大輔", "やまもと だいすけ", "主事", 1, &[Role::SystemAdministrator, Role::Administrator, Role::Staff]),
    ("中村 さくら", "なかむら さくら", "主事", 2, &[Role::Staff]),
    ("小林 直樹", "こばやし なおき", "主任", 3, &[Role::Staff]),
    ("加藤 恵", "かとう めぐみ", "主事", 4, &[Role::Staff]),
    ("吉田 翔", "よしだ しょう", "主事", 5, &[Role::Staff]),
];

struct DemoCase {
    /// How long before "now" the report came in.
    hours_ago: i64,
    title: &'static str,
    category: Category,
    state: CaseState,
    severity: Option<Severity>,
    drill: bool,
    department: usize,
    reporter: usize,
    summary: &'static str,
    /// (minutes after the report, kind, text)
    timeline: &'static [(i64, TimelineKind, &'static str)],
}

const CASES: &[DemoCase] = &[
    DemoCase {
        hours_ago: 24 * 41,
        title: "標的型攻撃メールの受信（開封なし）",
        category: Category::TargetedMail,
        state: CaseState::Closed,
        severity: Some(Severity::Low),
        drill: false,
        department: 4,
        reporter: 8,
        summary: "「固定資産税の還付について」という件名で、実在しない団体を名乗るメールを受信した。添付ファイル（.zip）は開いていない。",
        timeline: &[
            (20, TimelineKind::Observation, "送信元ドメインは実在しない。添付ファイルは未開封であることを本人に確認した。"),
            (90, TimelineKind::Action, "同一件名のメールを全庁のメールサーバで検索し、他に2通受信していたことを確認、隔離した。"),
            (24 * 60, TimelineKind::Decision, "被害なしと判断し、全庁に注意喚起を行ったうえで完了とした。"),
        ],
    },
    DemoCase {
        hours_ago: 24 * 26,
        title: "プリンター複合機の動作不良",
        category: Category::SystemFailure,
        state: CaseState::NotIncident,
        severity: None,
        drill: false,
        department: 2,
        reporter: 6,
        summary: "窓口の複合機が印刷途中で停止し、「不明なジョブ」と表示された。",
        timeline: &[(
            45,
            TimelineKind::Decision,
            "保守業者の点検で給紙部の故障と判明。情報セキュリティインシデントには該当しないと判断した。",
        )],
    },
    DemoCase {
        hours_ago: 24 * 12,
        title: "メール誤送信（税務課・宛先の選択誤り）",
        category: Category::MisdirectedMail,
        state: CaseState::Prevention,
        severity: Some(Severity::Medium),
        drill: false,
        department: 4,
        reporter: 8,
        summary: "課税資料（個人名を含む一覧、12名分）を添付したメールを、同姓の別の事業者に送信した。",
        timeline: &[
            (10, TimelineKind::Communication, "誤送信先に電話で連絡し、メールと添付ファイルの削除を依頼した。"),
            (180, TimelineKind::Communication, "誤送信先から削除済みである旨の書面を受領した。"),
            (24 * 60 * 3, TimelineKind::Decision, "送信前の宛先確認を二人で行う手順を定め、再発防止策として課内に周知することとした。"),
        ],
    },
    DemoCase {
        hours_ago: 24 * 6,
        title: "公式Webサイトの一部ページ改ざん",
        category: Category::WebDefacement,
        state: CaseState::Recovering,
        severity: Some(Severity::High),
        drill: false,
        department: 1,
        reporter: 3,
        summary: "市公式Webサイトのイベント案内ページに、外部サイトへ誘導する不審なリンクが埋め込まれているとの連絡が住民からあった。",
        timeline: &[
            (15, TimelineKind::Action, "該当ページを非公開にし、CMS の管理者アカウントのパスワードを変更した。"),
            (60, TimelineKind::Communication, "CISO（副市長）へ第一報を行った。"),
            (240, TimelineKind::Observation, "CMS のアクセスログに海外からの不審なログインを確認した。ログを保全した。"),
        ],
    },
    DemoCase {
        hours_ago: 50,
        title: "USBメモリの紛失（福祉課・個人情報を含む）",
        category: Category::LossTheft,
        state: CaseState::Responding,
        severity: Some(Severity::High),
        drill: false,
        department: 3,
        reporter: 7,
        summary: "家庭訪問の記録（対象者約150名の氏名・住所を含む）を保存した庁用USBメモリが見当たらない。最後に確認したのは訪問先からの帰庁時。",
        timeline: &[
            (30, TimelineKind::Action, "庁舎内と公用車内を捜索したが発見できなかった。"),
            (120, TimelineKind::Communication, "警察署に遺失届を提出した。"),
            (180, TimelineKind::Observation, "USBメモリは暗号化機能のない製品であったことを確認した。"),
        ],
    },
    DemoCase {
        hours_ago: 20,
        title: "住民票の写しの誤交付（別人の分を交付）",
        category: Category::Misdelivery,
        state: CaseState::Triage,
        severity: Some(Severity::Medium),
        drill: false,
        department: 2,
        reporter: 6,
        summary: "窓口で住民票の写しを交付した際、同時刻に請求のあった別の住民の分を誤って渡した。受け取った方から連絡があり判明した。",
        timeline: &[(25, TimelineKind::Communication, "誤って交付した住民票の写しを回収する日時を先方と調整した。")],
    },
    DemoCase {
        hours_ago: 3,
        title: "窓口PCに不審な警告画面が表示される",
        category: Category::Malware,
        state: CaseState::Received,
        severity: None,
        drill: false,
        department: 2,
        reporter: 6,
        summary: "インターネット接続系のPCで「ウイルスに感染しています。サポートに電話してください」という画面が表示され、閉じられない。LANケーブルは抜いた。",
        timeline: &[],
    },
    DemoCase {
        hours_ago: 24 * 2,
        title: "ランサムウェア感染を想定した対応訓練",
        category: Category::Malware,
        state: CaseState::Responding,
        severity: Some(Severity::Critical),
        drill: true,
        department: 4,
        reporter: 8,
        summary: "（訓練）税務課のファイルサーバ上のファイルが暗号化され、身代金を要求する画面が表示されたという想定。",
        timeline: &[(5, TimelineKind::Action, "（訓練）該当サーバをネットワークから切り離した。")],
    },
];

/// Fills an empty database with 架空市. Refused unless the database is at its first run.
pub fn load_demo(ctx: &mut Ctx<'_>) -> Result<HomeDto, ApiError> {
    ctx.actor.require(Action::InitializeOrganization)?;
    ensure_first_run(ctx)?;
    let now = ctx.clock.now();
    let ids = ctx.ids;

    let org = Organization::new(OrganizationId::new(ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長")?;
    let departments: Vec<Department> =
        DEPARTMENTS.iter().map(|(name, short)| Department::new(DepartmentId::new(ids), name, short)).collect::<Result<_, _>>()?;
    let people: Vec<Person> = PEOPLE
        .iter()
        .map(|(name, kana, title, dept, roles)| Person::new(PersonId::new(ids), Some(departments[*dept].id), name, kana, title, roles))
        .collect::<Result<_, _>>()?;

    // Receipt numbers follow the order reports came in.
    let mut order: Vec<&DemoCase> = CASES.iter().collect();
    order.sort_by_key(|c| std::cmp::Reverse(c.hours_ago));
    let mut rows = Vec::new();
    for (i, d) in order.iter().enumerate() {
        let at: Timestamp = now - Duration::hours(d.hours_ago);
        let case_no = receipt_no(sonae_year(at), u32::try_from(i + 1).unwrap_or(u32::MAX));
        let mut case = Case::open(CaseId::new(ids), case_no, d.title, d.category, d.drill, at)?;
        case.state = d.state;
        case.severity = d.severity;
        let reporter = &people[d.reporter];
        let report = IncidentReport {
            id: ReportId::new(ids),
            case_id: Some(case.id),
            source: ReportSource::Staff,
            reporter_person_id: Some(reporter.id),
            reporter_name: reporter.name.clone(),
            reporter_contact: format!("内線 {}", 2100 + d.reporter * 7),
            department_id: Some(departments[d.department].id),
            category: d.category,
            summary: d.summary.to_owned(),
            noticed_at: Some(at - Duration::minutes(20)),
            occurred_at: None,
            submitted_at: at,
            drill: d.drill,
        }
        .validate()?;
        let handler = format!("person:{}", people[3].id);
        let entries: Vec<TimelineEntry> = d
            .timeline
            .iter()
            .map(|(minutes, kind, text)| {
                let t = at + Duration::minutes(*minutes);
                TimelineEntry::new(TimelineEntryId::new(ids), case.id, *kind, t, t, &handler, text)
            })
            .collect::<Result<_, _>>()?;
        if let Some(last) = entries.last() {
            case.updated_at = last.recorded_at.min(now);
        }
        rows.push((case, report, entries));
    }

    ctx.store.write(&ctx.actor.label, now, |w| {
        w.insert_organization(&org)?;
        for d in &departments {
            w.insert_department(d)?;
        }
        for p in &people {
            w.insert_person(p)?;
        }
        for (case, report, entries) in &rows {
            w.insert_case(case)?;
            w.insert_report(report)?;
            for e in entries {
                w.insert_timeline_entry(e)?;
            }
        }
        w.put_setting(SETUP_START_KEY, "demo")
    })?;
    home(ctx)
}

/// The calendar year in Japan of an instant (receipt numbers count per year).
fn sonae_year(t: Timestamp) -> i32 {
    use chrono::Datelike;
    (t + Duration::hours(9)).year()
}
