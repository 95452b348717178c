//! The fictional demo organization 架空市: departments, people and cases in every state.
//!
//! Everything here is invented. Times are relative to the injected clock, so a demo loaded today
//! looks current. States are written directly: the guarded workflow comes with the case feature.

use crate::Ctx;
use crate::dto::HomeDto;
use crate::error::ApiError;
use crate::home::home;
use crate::password;
use crate::setup::{Blueprint, ensure_no_organization};
use chrono::Duration;
use sonae_core::case::receipt_no;
use sonae_core::clock::Timestamp;
use sonae_core::report::{Medium, TriState};
use sonae_core::setup::{Contact, ContactKind, InfoSystem, NetworkSegment, OrgSettings, SchemePreset, preset_contacts, preset_levels};
use sonae_core::{
    Action, Case, CaseId, CaseState, Category, Department, DepartmentId, IncidentReport, OrgKind, Organization, OrganizationId, Person,
    PersonId, ReportDetails, ReportId, ReportSource, Role, Severity, TimelineEntry, TimelineEntryId, TimelineKind,
};
use sonae_core::{IdGen, PersonContact};
use sonae_store::AccountRow;

const DEPARTMENTS: &[(&str, &str)] = &[
    ("総務部 総務課", "総務"),
    ("総務部 情報政策課", "情政"),
    ("市民生活部 市民課", "市民"),
    ("福祉部 福祉課", "福祉"),
    ("財務部 税務課", "税務"),
    ("教育委員会 学校教育課", "学教"),
];

/// The password of every demo account (shown on the sign-in screen when demo data is loaded).
pub const DEMO_PASSWORD: &str = "kakuu-2026";
/// The demo administrator the desktop signs in as after loading the demo.
pub const DEMO_ADMIN_LOGIN: &str = "yamamoto";

/// (name, kana, title, department index, roles, login id, extension, after hours)
type DemoPerson = (&'static str, &'static str, &'static str, usize, &'static [Role], &'static str, u32, &'static str);
const PEOPLE: &[DemoPerson] = &[
    ("佐藤 一郎", "さとう いちろう", "副市長", 0, &[Role::Ciso, Role::Staff], "sato", 2001, "秘書課経由で常時連絡可"),
    ("高橋 誠", "たかはし まこと", "総務部長", 0, &[Role::ChiefSecurityOfficer, Role::Staff], "takahashi", 2101, "携帯に常時連絡可"),
    ("田中 美穂", "たなか みほ", "情報政策課長", 1, &[Role::CsirtLead, Role::Staff], "tanaka", 2201, "携帯に常時連絡可"),
    (
        "伊藤 健太",
        "いとう けんた",
        "主査",
        1,
        &[Role::CsirtMember, Role::SystemAdministrator, Role::Staff],
        "ito",
        2202,
        "22時まで携帯に連絡可",
    ),
    ("渡辺 由紀", "わたなべ ゆき", "主任", 1, &[Role::CsirtMember, Role::Staff], "watanabe", 2203, "22時まで携帯に連絡可"),
    (
        "山本 大輔",
        "やまもと だいすけ",
        "主事",
        1,
        &[Role::SystemAdministrator, Role::Administrator, Role::Staff],
        "yamamoto",
        2204,
        "携帯に常時連絡可",
    ),
    ("中村 さくら", "なかむら さくら", "主事", 2, &[Role::Staff], "nakamura", 2301, ""),
    ("小林 直樹", "こばやし なおき", "主任", 3, &[Role::Staff], "kobayashi", 2401, ""),
    ("加藤 恵", "かとう めぐみ", "主事", 4, &[Role::Staff], "kato", 2501, ""),
    ("吉田 翔", "よしだ しょう", "主事", 5, &[Role::Staff], "yoshida", 2601, ""),
];

/// (name, department index, segment, personal, my number, my-number affairs, provision network, contractor)
type DemoSystem = (&'static str, usize, NetworkSegment, bool, bool, bool, bool, &'static str);
const SYSTEMS: &[DemoSystem] = &[
    ("住民記録システム", 2, NetworkSegment::MyNumber, true, true, true, true, "架空情報システム株式会社"),
    ("税務システム", 4, NetworkSegment::MyNumber, true, true, true, true, "架空情報システム株式会社"),
    ("福祉総合システム", 3, NetworkSegment::MyNumber, true, true, true, true, "株式会社カクウ福祉ソリューションズ"),
    ("庁内メール・グループウェア", 1, NetworkSegment::Lgwan, true, false, false, false, ""),
    ("公式Webサイト CMS", 1, NetworkSegment::Internet, false, false, false, false, "架空ウェブ制作有限会社"),
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
    /// The CSIRT's triage of a judged case: (rationale, 影響範囲); empty for one not judged yet.
    triage: (&'static str, &'static str),
    /// Personal information in the report: (at most how many people, medium).
    persons: Option<(i64, Medium)>,
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
        triage: (
            "実在しない団体を名乗る標的型攻撃メールであり、情報セキュリティインシデントに該当する。",
            "税務課の職員3名が受信。添付ファイルの開封はなく、被害は確認されていない。",
        ),
        persons: None,
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
        triage: ("機器の故障であり、情報セキュリティインシデントには該当しない。", ""),
        persons: None,
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
        summary: "課税資料（個人名・個人番号を含む一覧、12名分）を添付したメールを、同姓の別の事業者に送信した。",
        triage: (
            "個人名を含む課税資料を外部に誤送信しており、情報セキュリティインシデントに該当する。",
            "課税資料1件（個人12名分の氏名・個人番号・課税額）。誤送信先は1事業者。",
        ),
        persons: Some((12, Medium::Electronic)),
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
        triage: (
            "外部からの不正ログインによる改ざんであり、情報セキュリティインシデントに該当する。",
            "公式Webサイトのイベント案内ページ1ページ。閲覧者が外部サイトへ誘導されたおそれがある。",
        ),
        persons: None,
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
        triage: (
            "個人情報を含む暗号化されていない記録媒体の所在不明であり、情報セキュリティインシデントに該当する。",
            "家庭訪問の対象者約150名の氏名・住所・訪問記録。USBメモリは暗号化機能なし。",
        ),
        persons: Some((150, Medium::Electronic)),
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
        triage: ("", ""),
        persons: Some((1, Medium::Paper)),
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
        triage: ("", ""),
        persons: None,
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
        triage: (
            "（訓練）ファイルサーバの暗号化を想定した情報セキュリティインシデントとして対応する。",
            "（訓練）税務課のファイルサーバ1台。",
        ),
        persons: None,
        timeline: &[(5, TimelineKind::Action, "（訓練）該当サーバをネットワークから切り離した。")],
    },
];

/// Fills an empty database with 架空市. Refused unless the database is at its first run.
pub fn load_demo(ctx: &mut Ctx<'_>) -> Result<HomeDto, ApiError> {
    ctx.actor.require(Action::InitializeOrganization)?;
    ensure_no_organization(ctx.store)?;
    let now = ctx.clock.now();
    let ids = ctx.ids;

    let bp = blueprint(ids)?;
    let (departments, people) = (&bp.departments, &bp.people);

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
        // Cases past 評価中 were judged: an incident, or not one (非該当), with the CSIRT's notes.
        if !matches!(d.state, CaseState::Received | CaseState::Triage) {
            case.triage.is_incident = Some(d.state != CaseState::NotIncident);
            case.triage.rationale = d.triage.0.to_owned();
            case.triage.impact = d.triage.1.to_owned();
            case.triage.handler = Some(people[3].id);
        }
        let personal = d.persons.map(|(n, medium)| ReportDetails {
            personal_info: Some(TriState::Yes),
            my_number: Some(TriState::No),
            max_persons: Some(n),
            medium: Some(medium),
            ..ReportDetails::default()
        });
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
            details: ReportDetails { entered_by: Some(reporter.id), ..personal.unwrap_or_default() },
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
        bp.write(w, "demo")?;
        for (case, report, entries) in &rows {
            w.insert_case(case)?;
            w.insert_report(report)?;
            for e in entries {
                w.insert_timeline_entry(e)?;
            }
        }
        Ok(())
    })?;
    work_on_demo_cases(ctx, &rows.iter().map(|(c, ..)| c.clone()).collect::<Vec<_>>())?;
    document_demo_cases(ctx)?;
    home(ctx)
}

/// Gives the demo's judged cases the work they would have by now: the tasks of judging them an
/// incident (when they were opened, plus 30 minutes), the 第一報 to the CISO, and — as far as
/// each case has come — its response tasks and recovery checklist done.
fn work_on_demo_cases(ctx: &mut Ctx<'_>, cases: &[Case]) -> Result<(), ApiError> {
    use sonae_core::casework::{TaskList, TaskStatus};
    let now = ctx.clock.now();
    let mut changed = Vec::new();
    for case in cases.iter().filter(|c| matches!(c.state, CaseState::Responding | CaseState::Recovering | CaseState::Prevention)) {
        let judged_at = case.created_at + Duration::minutes(30);
        let mut case = case.clone();
        case.ciso_informed_at = Some(judged_at + Duration::minutes(20));
        let (mut tasks, _) = crate::casework::tasks_for_incident(ctx, &case, judged_at)?;
        for t in &mut tasks {
            let done = match t.list {
                TaskList::Response => case.state != CaseState::Responding || t.kind == sonae_core::casework::TaskKind::CisoReport,
                TaskList::Recovery => case.state == CaseState::Prevention,
            };
            if done {
                t.set_status(TaskStatus::Done, "", &ctx.actor.label, (judged_at + Duration::hours(1)).min(now))?;
            }
        }
        changed.push((case, tasks));
    }
    ctx.store.write(&ctx.actor.label, now, |w| {
        for (case, tasks) in &changed {
            w.update_case(case)?;
            for t in tasks {
                w.put_task(t)?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

/// The facts, 報告事項, evidence, cause and measures that make each of the nine documents
/// (`sonae report <kind>`) make sense for at least one demo case:
///
/// * メール誤送信: a 特定個人情報 leak (番号法 guideline report), cause and measures (事故報告書);
/// * Webページ改ざん: 不正アクセス (police) with preserved logs as evidence, 総務省・都道府県;
/// * USBメモリの紛失: 150 persons (PPC APPI 規則43条4号, 本人通知, 公表 → 報道発表);
/// * the ランサムウェア drill: ransomware (police), so its documents show the 訓練 marks.
fn document_demo_cases(ctx: &mut Ctx<'_>) -> Result<(), ApiError> {
    use crate::dto::{CrimeFactsDto, MyNumberFactsDto, MyNumberSystem, ObligationFactsDto, PersonalInfoFactsDto};
    use sonae_core::casework::{CauseCategory, Evidence, EvidenceFile, EvidenceSource, Measure, MeasureStatus, RootCause};
    use sonae_core::particulars::{Particulars, PublicationStatus, SubjectResponse};
    use sonae_core::{EvidenceFileId, EvidenceId, MeasureId};
    use sonae_store::CaseFactsRow;

    let now = ctx.clock.now();
    let ids = ctx.ids;
    let actor = ctx.actor.label.clone();
    let cases = ctx.store.cases()?;
    let find = |part: &str| cases.iter().find(|c| c.title.contains(part)).cloned();
    let tokyo = |t: Timestamp| t.with_timezone(&chrono_tz::Asia::Tokyo).date_naive();
    let mut facts_rows = Vec::new();
    let mut particulars = Vec::new();
    let mut updated = Vec::new();
    let mut measures = Vec::new();
    let mut evidence = Vec::new();

    if let Some(mut c) = find("メール誤送信") {
        let facts = ObligationFactsDto {
            personal_info: PersonalInfoFactsDto { involved: true, max_persons: 12, ..Default::default() },
            my_number: MyNumberFactsDto { involved: true, system: MyNumberSystem::None, max_persons: 12, ..Default::default() },
            ..Default::default()
        };
        facts_rows.push((c.id, tokyo(c.created_at), facts));
        particulars.push((
            c.id,
            Particulars {
                discovered_by: "税務課職員（送信者本人）".into(),
                data_items: "氏名、個人番号、課税額".into(),
                data_kind: "住民情報（課税資料）".into(),
                confirmed_persons: Some(12),
                persons_counted_at: Some(c.created_at + Duration::hours(2)),
                cause_actor: "報告者（税務課職員）".into(),
                secondary_damage: Some(TriState::No),
                secondary_damage_detail: "誤送信先から削除済みである旨の書面を受領しており、二次被害は確認されていない。".into(),
                subject_response: Some(SubjectResponse::Done),
                subject_response_detail: "対象者12名全員に電話で説明し謝罪した後、文書を送付した。".into(),
                publication: Some(PublicationStatus::Planned),
                publication_detail: "半期ごとの事故等の公表で、市ホームページに掲載する予定。".into(),
                inquiry_desk: "財務部 税務課　電話 048-000-2401（平日8時30分〜17時15分）".into(),
                ..Particulars::default()
            },
        ));
        c.root_cause = RootCause {
            category: Some(CauseCategory::HumanError),
            narrative: "メールソフトの宛先の自動補完で、同姓の別事業者のアドレスを選択したまま送信した。送信前の宛先確認の手順が定められていなかった。".into(),
            ciso_instructions: "個人情報を含むメールの送信前確認を全庁で徹底し、外部への添付送信の方法を見直すこと。".into(),
        };
        updated.push(c.clone());
        let judged = c.created_at + Duration::days(3);
        measures.push(Measure::new(
            MeasureId::new(ids),
            c.id,
            "送信前の宛先確認を二人で行う手順を定め、課内に周知した。",
            MeasureStatus::Done,
            "財務部 税務課",
            Some(tokyo(judged)),
            judged,
            judged,
        )?);
        measures.push(Measure::new(
            MeasureId::new(ids),
            c.id,
            "個人情報を含むファイルの外部送信をファイル授受システムに切り替える。",
            MeasureStatus::Planned,
            "総務部 情報政策課",
            Some(tokyo(now) + Duration::days(60)),
            judged,
            judged,
        )?);
    }
    if let Some(c) = find("Webサイトの一部ページ改ざん") {
        let facts = ObligationFactsDto { crime: CrimeFactsDto { unauthorized_access: true, ..Default::default() }, ..Default::default() };
        facts_rows.push((c.id, tokyo(c.created_at), facts));
        particulars.push((
            c.id,
            Particulars {
                discovered_by: "住民（市民課への電話連絡）".into(),
                network_segments: vec![NetworkSegment::Internet],
                affected_services: "市公式Webサイトのイベント案内ページの閲覧（当該ページを非公開とした）".into(),
                secondary_damage: Some(TriState::Unknown),
                secondary_damage_detail: "誘導先の外部サイトを閲覧した利用者への影響を調査中。".into(),
                inquiry_desk: "総務部 情報政策課　電話 048-000-2201（平日8時30分〜17時15分）".into(),
                ..Particulars::default()
            },
        ));
        let at = c.created_at + Duration::hours(4);
        let log = "2026-11-25T02:14:07+09:00 login ok user=web-admin src=203.0.113.45\n2026-11-25T02:16:51+09:00 page update id=event-2026-12 user=web-admin\n";
        let e = Evidence::new(
            EvidenceId::new(ids),
            c.id,
            "CMSのアクセスログ（不審なログインの前後）",
            EvidenceSource::Log,
            "公式Webサイト CMS",
            "伊藤 健太",
            at,
            "情報政策課 証拠保管用ロッカー（USB-HDD 1号）",
            &actor,
            at,
        )?;
        evidence.push((e, "cms-access.log", log.as_bytes().to_vec()));
        let html = "<a href=\"https://example.invalid/\">詳しくはこちら</a>\n";
        let e = Evidence::new(
            EvidenceId::new(ids),
            c.id,
            "改ざんされたイベント案内ページのHTML",
            EvidenceSource::System,
            "公式Webサイト",
            "伊藤 健太",
            at,
            "情報政策課 証拠保管用ロッカー（USB-HDD 1号）",
            &actor,
            at,
        )?;
        evidence.push((e, "event-page.html", html.as_bytes().to_vec()));
    }
    if let Some(c) = find("USBメモリの紛失") {
        let facts = ObligationFactsDto {
            personal_info: PersonalInfoFactsDto { involved: true, max_persons: 150, ..Default::default() },
            ..Default::default()
        };
        facts_rows.push((c.id, tokyo(c.created_at), facts));
        particulars.push((
            c.id,
            Particulars {
                discovered_by: "福祉課職員（USBメモリの使用者）".into(),
                data_items: "氏名、住所、電話番号、家庭訪問の記録".into(),
                data_kind: "住民情報（福祉課の家庭訪問記録）".into(),
                confirmed_persons: Some(148),
                persons_counted_at: Some(c.created_at + Duration::hours(5)),
                cause_actor: "報告者（福祉課職員）".into(),
                secondary_damage: Some(TriState::Unknown),
                secondary_damage_detail: "現時点で不正利用の報告はないが、USBメモリが発見されていないため調査中。".into(),
                subject_response: Some(SubjectResponse::Planned),
                subject_response_detail: "対象者に文書で通知し、謝罪する予定。".into(),
                publication: Some(PublicationStatus::Planned),
                publication_detail: "報道機関への資料提供及び市ホームページへの掲載を予定。".into(),
                other: "警察署に遺失届を提出した。".into(),
                network_segments: Vec::new(),
                inquiry_desk: "福祉部 福祉課　電話 048-000-2301（平日8時30分〜17時15分）".into(),
                ..Particulars::default()
            },
        ));
    }
    if let Some(c) = find("ランサムウェア感染を想定") {
        let facts = ObligationFactsDto { crime: CrimeFactsDto { ransomware: true, ..Default::default() }, ..Default::default() };
        facts_rows.push((c.id, tokyo(c.created_at), facts));
    }

    let mut files = Vec::new();
    for (e, name, bytes) in &evidence {
        let sha = ctx.store.put_evidence_bytes(bytes)?;
        files.push(EvidenceFile {
            id: EvidenceFileId::new(ids),
            evidence_id: e.id,
            file_name: (*name).to_owned(),
            sha256: sha,
            size: bytes.len() as u64,
            added_by: actor.clone(),
            added_at: e.recorded_at,
        });
    }
    let internal = |_| ApiError::new(crate::error::ErrorCode::Internal, "error-internal");
    let mut facts_json = Vec::new();
    for (case_id, known_on, facts) in facts_rows {
        let json = serde_json::to_string(&facts).map_err(internal)?;
        facts_json.push(CaseFactsRow { case_id, known_on, facts_json: json, updated_by: actor.clone(), updated_at: now });
    }
    let mut particulars_json = Vec::new();
    for (case_id, p) in &particulars {
        particulars_json
            .push((format!("particulars:{case_id}"), serde_json::to_string(&crate::forms::particulars_dto(p)).map_err(internal)?));
    }
    ctx.store.write(&actor, now, |w| {
        for row in &facts_json {
            w.put_case_facts(row)?;
        }
        for (key, json) in &particulars_json {
            w.put_setting(key, json)?;
        }
        for c in &updated {
            w.update_case(c)?;
        }
        for m in &measures {
            w.put_measure(m)?;
        }
        for (e, ..) in &evidence {
            w.insert_evidence(e)?;
        }
        for f in &files {
            w.insert_evidence_file(f)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// 架空市 as a [`Blueprint`]: the same writer the wizard and `org import` use.
fn blueprint(ids: &dyn IdGen) -> Result<Blueprint, ApiError> {
    let mut org = Organization::new(OrganizationId::new(ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長")?;
    let mut departments: Vec<Department> =
        DEPARTMENTS.iter().map(|(name, short)| Department::new(DepartmentId::new(ids), name, short)).collect::<Result<_, _>>()?;
    let mut people = Vec::new();
    let mut accounts = Vec::new();
    for (name, kana, title, dept, roles, login, ext, after_hours) in PEOPLE {
        let mut p = Person::new(PersonId::new(ids), Some(departments[*dept].id), name, kana, title, roles)?;
        p.contact = PersonContact {
            office_phone: format!("048-000-{ext:04}"),
            mobile_phone: if after_hours.is_empty() { String::new() } else { format!("090-0000-{ext:04}") },
            email: format!("{login}@city.kakuu.example.jp"),
            after_hours: (*after_hours).to_owned(),
        }
        .validate()?;
        accounts.push(AccountRow {
            person_id: p.id,
            login_id: (*login).to_owned(),
            password_hash: Some(password::hash(DEMO_PASSWORD)?),
            must_change_password: false,
            failed_attempts: 0,
            locked: false,
        });
        people.push(p);
    }
    // Heads of department are the 情報セキュリティ管理者; the CISO is the deputy mayor.
    departments[0].manager_person_id = Some(people[1].id);
    departments[1].manager_person_id = Some(people[2].id);
    org.settings = OrgSettings { ciso_person_id: Some(people[0].id), ..OrgSettings::default() }.validate()?;
    let systems = SYSTEMS
        .iter()
        .map(|(name, dept, segment, personal, my_number, affairs, network, contractor)| {
            InfoSystem {
                id: ids.new_uuid(),
                name: (*name).to_owned(),
                department_id: Some(departments[*dept].id),
                segment: *segment,
                holds_personal_info: *personal,
                holds_my_number: *my_number,
                my_number_affairs: *affairs,
                info_provision_network: *network,
                contractor: (*contractor).to_owned(),
            }
            .validate()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut contacts = preset_contacts(&org.prefecture, ids);
    contacts.push(Contact {
        id: ids.new_uuid(),
        kind: ContactKind::Contractor,
        organization: "架空情報システム株式会社".into(),
        section: "自治体サポートセンター".into(),
        phone: "0120-000-000".into(),
        after_hours_phone: "03-0000-0000".into(),
        email: "support@kakuu-is.example.jp".into(),
        note: "住民記録・税務システムの保守。夜間・休日は緊急窓口へ。".into(),
        sort_order: u32::try_from(contacts.len()).unwrap_or(0),
    });
    Ok(Blueprint {
        org,
        departments,
        people,
        accounts,
        scheme: SchemePreset::SoumuGuideline,
        levels: preset_levels(SchemePreset::SoumuGuideline, ids),
        systems,
        contacts,
    })
}

/// The calendar year in Japan of an instant (receipt numbers count per year).
fn sonae_year(t: Timestamp) -> i32 {
    use chrono::Datelike;
    (t + Duration::hours(9)).year()
}
