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
    training_demo(ctx)?;
    drill_demo(ctx)?;
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

/// 研修 in 架空市 (issue 8), relative to today: the 年度's approved plan and six sessions over the
/// last 14 months and the next one, and the register of 特定個人情報 handlers, so that the
/// 12-month alert (番号法施行令32条) lists exactly three people, one for each reason:
///
/// * 伊藤 健太 — never trained: designated 10 months ago, attended only sessions without
///   サイバー脅威と対策 (the policy briefing, the targeted-mail drill);
/// * 加藤 恵 — last trained about 14 months ago (more than 12);
/// * 吉田 翔 — only absent: missed the handlers' sessions 14 and 5 months ago, no make-up.
///
/// Not listed: 中村 さくら (attended 5 months ago), 小林 直樹 (absent 5 months ago, attended the
/// make-up 4 months ago), 渡辺 由紀 (her designation ended 6 months ago).
fn training_demo(ctx: &mut Ctx<'_>) -> Result<(), ApiError> {
    use chrono::{Months, NaiveDate, TimeZone};
    use sonae_core::training::{
        Attendance, AttendanceRecord, Audience, Handler, Topic, TrainingPlan, TrainingPlanId, TrainingSession, TrainingSessionId,
        fiscal_year_of,
    };
    let now = ctx.clock.now();
    let ids = ctx.ids;
    let by = ctx.actor.label.clone();
    let today = now.with_timezone(&chrono_tz::Asia::Tokyo).date_naive();
    // A working day (not a 行政機関の休日) `months` before today, or after it when negative.
    let workday = |months: i32| {
        let d = if months >= 0 { today - Months::new(months.unsigned_abs()) } else { today + Months::new(months.unsigned_abs()) };
        let mut d: NaiveDate = d;
        while sonae_core::calendar::is_government_holiday(d) {
            d = d.pred_opt().unwrap_or(d);
        }
        d
    };
    // Attendance is entered at 17:00 on the day (never after now).
    let evening = |d: NaiveDate| chrono::Utc.from_utc_datetime(&d.and_hms_opt(8, 0, 0).unwrap_or_default()).min(now);
    let people = ctx.store.people()?;
    let person = |name: &str| people.iter().find(|p| p.name == name).map(|p| p.id);
    let names = ["中村 さくら", "小林 直樹", "加藤 恵", "吉田 翔", "伊藤 健太", "渡辺 由紀"];
    let [Some(nakamura), Some(kobayashi), Some(kato), Some(yoshida), Some(ito), Some(watanabe)] = names.map(person) else {
        return Ok(());
    };
    let everyone: Vec<PersonId> = people.iter().map(|p| p.id).collect();

    let fy = fiscal_year_of(today);
    let l10n = sonae_i18n::Localizer::shared(sonae_i18n::Lang::Ja);
    let approved = NaiveDate::from_ymd_opt(fy, 4, 20).unwrap_or(today).min(today);
    let plan = TrainingPlan {
        id: TrainingPlanId::new(ids),
        fiscal_year: fy,
        title: format!("{} 情報セキュリティ研修計画", sonae_forms::training_report::wareki_fiscal_year(l10n, fy)),
        goals: "全職員が年1回以上、情報セキュリティ研修を受講する。特定個人情報の事務取扱担当者は、サイバー脅威と対策を含む研修を毎年受講する（番号法施行令第32条）。".into(),
        content: "6月　特定個人情報取扱者研修（事務取扱担当者）、欠席者には補講を実施\n9月　標的型攻撃メール訓練（全職員）\n12月　情報セキュリティ研修（管理職）\n3月　情報セキュリティポリシー研修（全職員）".into(),
        approved_on: Some(approved),
        approved_by: "情報セキュリティ委員会".into(),
        updated_by: by.clone(),
        updated_at: now,
    }
    .validate(today)?;

    // (months ago, title, topics, audience, instructor, make-up of the session at this index)
    type DemoSession = (i32, &'static str, &'static [Topic], Audience, &'static str, Option<usize>);
    const SESSIONS: &[DemoSession] = &[
        (
            14,
            "特定個人情報取扱者研修",
            &[Topic::CyberThreats, Topic::PersonalInfo],
            Audience::MyNumberHandlers,
            "情報政策課長 田中 美穂",
            None,
        ),
        (
            8,
            "情報セキュリティポリシー研修（全職員）",
            &[Topic::SecurityPolicy, Topic::IncidentResponse],
            Audience::AllStaff,
            "情報政策課 伊藤 健太",
            None,
        ),
        (
            5,
            "特定個人情報取扱者研修",
            &[Topic::CyberThreats, Topic::PersonalInfo],
            Audience::MyNumberHandlers,
            "情報政策課長 田中 美穂",
            None,
        ),
        (
            4,
            "特定個人情報取扱者研修（補講）",
            &[Topic::CyberThreats, Topic::PersonalInfo],
            Audience::MyNumberHandlers,
            "情報政策課 渡辺 由紀",
            Some(2),
        ),
        (2, "標的型攻撃メール訓練", &[Topic::TargetedMailDrill], Audience::AllStaff, "情報政策課 伊藤 健太", None),
        (-1, "情報セキュリティ研修（管理職）", &[Topic::SecurityPolicy, Topic::IncidentResponse], Audience::Managers, "外部講師", None),
    ];
    let mut sessions: Vec<TrainingSession> = Vec::new();
    for (months, title, topics, audience, instructor, makeup) in SESSIONS {
        let held_on = workday(*months);
        let at = evening(held_on.min(today));
        let s = TrainingSession {
            id: TrainingSessionId::new(ids),
            held_on,
            title: (*title).into(),
            topics: topics.to_vec(),
            audience: *audience,
            instructor: (*instructor).into(),
            note: String::new(),
            makeup_of: makeup.map(|i| sessions[i].id),
            created_by: by.clone(),
            created_at: at,
            updated_at: at,
        }
        .validate(&sessions)?;
        sessions.push(s);
    }
    let mut attendance = Vec::new();
    let mut record = |session: usize, person: PersonId, status: Attendance, score: Option<u8>| {
        let s = &sessions[session];
        attendance.push(AttendanceRecord {
            session_id: s.id,
            person_id: person,
            status,
            comprehension: score,
            recorded_by: by.clone(),
            recorded_at: evening(s.held_on),
        });
    };
    use Attendance::{Absent, Attended};
    record(0, nakamura, Attended, Some(78));
    record(0, kobayashi, Attended, Some(82));
    record(0, kato, Attended, Some(75));
    record(0, yoshida, Absent, None);
    for (i, p) in everyone.iter().enumerate() {
        let score = u8::try_from(70 + (i * 7) % 28).unwrap_or(80);
        if *p == yoshida { record(1, *p, Absent, None) } else { record(1, *p, Attended, Some(score)) }
    }
    record(2, nakamura, Attended, Some(88));
    record(2, kobayashi, Absent, None);
    record(2, yoshida, Absent, None);
    record(3, kobayashi, Attended, Some(80));
    for (p, score) in [(ito, 100), (watanabe, 100), (kato, 90), (nakamura, 95), (kobayashi, 85)] {
        record(4, p, Attended, Some(score));
    }

    let designated = |months: i32| workday(months);
    let handler = |person: PersonId, on: NaiveDate, note: &str, released: Option<NaiveDate>| {
        Handler { person_id: person, designated_on: on, note: note.into(), released_on: released, updated_by: by.clone(), updated_at: now }
            .validate(today)
    };
    let handlers = vec![
        handler(nakamura, designated(36), "住民記録・個人番号カード事務", None)?,
        handler(kobayashi, designated(36), "障害福祉・生活保護事務", None)?,
        handler(kato, designated(36), "個人住民税の賦課事務", None)?,
        handler(yoshida, designated(30), "就学援助事務", None)?,
        handler(ito, designated(10), "マイナンバー利用事務系システムの運用", None)?,
        handler(watanabe, designated(36), "番号制度の庁内調整（人事異動により解除）", Some(designated(6)))?,
    ];
    ctx.store.write(&by, now, |w| {
        w.put_training_plan(&plan)?;
        for s in &sessions {
            w.put_training_session(s)?;
        }
        for a in &attendance {
            w.put_training_attendance(a)?;
        }
        for h in &handlers {
            w.put_my_number_handler(h)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// A finished drill: the 標的型攻撃メール tabletop drill held 20 days ago at 60× (one real second
/// is one scenario minute), planned by the CSIRT lead, played by the CSIRT member, run through its
/// drill case (acknowledged at 0:08, judged and contained at 0:25 / 0:35 — over the 30-minute
/// target —, the CISO told at 0:52), reviewed with a timed log and an improvement action, a
/// playbook revision, approved by the 統括情報セキュリティ責任者 and reported to the committee.
fn drill_demo(ctx: &mut Ctx<'_>) -> Result<(), ApiError> {
    use crate::dto::*;
    use crate::{Actor, FixedClock};
    let people = ctx.store.people()?;
    let actor =
        |name: &str| people.iter().find(|p| p.name == name).map(|p| (Actor::new(format!("person:{}", p.id), &p.roles), p.id.to_string()));
    let (Some((lead, _)), Some((member, member_id)), Some((chief, _))) = (actor("田中 美穂"), actor("渡辺 由紀"), actor("高橋 誠"))
    else {
        return Ok(());
    };
    let now = ctx.clock.now();
    let day = sonae_core::clock::jst_date(now) - Duration::days(20);
    // 10:00 JST on that day.
    let start = day.and_hms_opt(1, 0, 0).map(|t| t.and_utc()).unwrap_or(now - Duration::days(20));
    let (store, ids) = (&mut *ctx.store, ctx.ids);
    let mut at = |seconds: i64, who: &Actor, f: &mut dyn FnMut(&mut Ctx<'_>) -> Result<(), ApiError>| {
        f(&mut Ctx { store: &mut *store, clock: &FixedClock(start + Duration::seconds(seconds)), ids, actor: who })
    };
    let mut drill_id = String::new();
    at(-7 * 24 * 3600, &lead, &mut |c| {
        let d = crate::plan_drill(
            c,
            DrillPlanInput {
                id: None,
                scenario_key: "targeted-attack-mail".into(),
                name: "令和8年度 第1回 緊急時対応訓練（標的型攻撃メール）".into(),
                fiscal_year: sonae_core::training::fiscal_year_of(day).to_string(),
                purpose: "標的型攻撃メールの添付ファイルを開いた職員からの報告を受け、30分以内に封じ込め、60分以内にCISOへ第一報できることを確かめる。".into(),
                structure: "統裁者：情報政策課長（CSIRT責任者）。プレーヤー：CSIRT要員。評価者：総務部長（統括情報セキュリティ責任者）。".into(),
                scope: "情報政策課・税務課。インターネット接続系の端末。事故対応手順書（標的型攻撃メール）。".into(),
                planned_on: day.format("%Y-%m-%d").to_string(),
                participants: vec![
                    ParticipantDto { person_id: None, name: "田中 美穂".into(), role: "統裁者".into() },
                    ParticipantDto { person_id: None, name: "渡辺 由紀".into(), role: "CSIRT要員（プレーヤー）".into() },
                    ParticipantDto { person_id: None, name: "高橋 誠".into(), role: "評価者".into() },
                ],
            },
        )?;
        drill_id = d.id;
        Ok(())
    })?;
    let id = drill_id.clone();
    let mut case_id = String::new();
    at(0, &lead, &mut |c| {
        case_id = crate::start_drill(c, StartDrillInput { drill_id: id.clone(), speed: 60 })?.case_id.unwrap_or_default();
        Ok(())
    })?;
    let case = case_id.clone();
    at(8, &member, &mut |c| {
        crate::move_case(c, MoveCaseInput { case_id: case.clone(), mv: CaseMove::StartTriage, reason: String::new() }).map(drop)
    })?;
    at(16, &lead, &mut |c| crate::drill_tick(c, &id).map(drop))?;
    at(25, &member, &mut |c| {
        crate::triage_case(
            c,
            TriageInput {
                case_id: case.clone(),
                is_incident: Some(true),
                rationale: "（訓練）不審なマクロ付き文書を開いた端末が外部と通信した可能性がある。".into(),
                impact: "（訓練）税務課のインターネット接続系端末1台。".into(),
                severity: Some(Severity::High),
                handler_person_id: Some(member_id.clone()),
            },
        )
        .map(drop)
    })?;
    at(25, &lead, &mut |c| {
        crate::move_case(c, MoveCaseInput { case_id: case.clone(), mv: CaseMove::JudgeIncident, reason: String::new() }).map(drop)
    })?;
    at(35, &member, &mut |c| {
        let detail = crate::get_case(c, &case)?;
        if let Some(t) = detail.tasks.iter().find(|t| t.kind == TaskKind::Containment) {
            crate::set_task_status(
                c,
                TaskStatusInput {
                    case_id: case.clone(),
                    task_id: t.id.clone(),
                    status: TaskStatus::Done,
                    note: "（訓練）LANケーブルを抜いた".into(),
                },
            )?;
        }
        Ok(())
    })?;
    at(46, &lead, &mut |c| crate::drill_tick(c, &id).map(drop))?;
    at(52, &member, &mut |c| {
        let jst = (start + Duration::seconds(52) + Duration::hours(9)).format("%Y-%m-%dT%H:%M").to_string();
        crate::record_ciso_report(c, CisoReportInput { case_id: case.clone(), at: jst, note: "（訓練）電話で概要を報告".into() }).map(drop)
    })?;
    at(121, &lead, &mut |c| crate::drill_tick(c, &id).map(drop))?;
    for (seq, outcome, note) in [
        (1, "achieved", ""),
        (2, "achieved", "端末の隔離を指示した"),
        (3, "missed", "同じメールの受信者の確認が遅れた"),
        (4, "achieved", ""),
    ] {
        at(125, &lead, &mut |c| {
            crate::mark_inject(c, MarkInjectInput { drill_id: id.clone(), seq, outcome: outcome.into(), note: note.into() }).map(drop)
        })?;
    }
    at(130, &lead, &mut |c| crate::end_drill(c, &id).map(drop))?;
    let log = [
        (0, "職員から不審メールの添付ファイルを開いたとの電話を受け、受付", "端末のLANケーブルを抜くよう指示", ""),
        (
            15,
            "同じ件名のメールの受信者をメールサーバのログで確認",
            "情報システム担当者にログの抽出を指示",
            "ログの抽出手順が手順書になく、時間を要した",
        ),
        (45, "CISOへの第一報", "電話で概要を報告、続報は2時間後", ""),
    ];
    for (minutes, work, decision, stumble) in log {
        let jst = (start + Duration::seconds(minutes) + Duration::hours(9)).format("%Y-%m-%dT%H:%M").to_string();
        at(3600, &lead, &mut |c| {
            crate::add_drill_log(
                c,
                DrillLogInput {
                    drill_id: id.clone(),
                    at: jst.clone(),
                    work: work.into(),
                    decision: decision.into(),
                    stumble: stumble.into(),
                },
            )
            .map(drop)
        })?;
    }
    at(3600, &lead, &mut |c| {
        crate::save_after_action(
            c,
            AfterActionInput {
                drill_id: id.clone(),
                good_points: "報告から8分で受け付け、CISOへの第一報は目標の60分以内だった。\n端末の隔離の指示が早かった。".into(),
                issues: "封じ込めの完了が目標の30分を超えた。\n同じメールの受信者を確認する手順が手順書にない。".into(),
                revise_playbook: true,
            },
        )
        .map(drop)
    })?;
    at(3700, &lead, &mut |c| {
        crate::add_drill_action(
            c,
            DrillActionInput {
                drill_id: id.clone(),
                text: "メールサーバのログから同じメールの受信者を抽出する手順を手順書に追加する".into(),
                owner_person_id: Some(member_id.clone()),
                due_on: (day + Duration::days(45)).format("%Y-%m-%d").to_string(),
            },
        )
        .map(drop)
    })?;
    at(3800, &lead, &mut |c| crate::revise_playbook_after_drill(c, &id).map(drop))?;
    at(2 * 24 * 3600, &chief, &mut |c| crate::approve_drill(c, &id).map(drop))?;
    let reported = (day + Duration::days(9)).format("%Y-%m-%d").to_string();
    at(9 * 24 * 3600, &lead, &mut |c| {
        crate::report_drill_to_committee(c, CommitteeReportInput { drill_id: id.clone(), reported_on: reported.clone() }).map(drop)
    })?;
    Ok(())
}
