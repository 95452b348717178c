//! Render time of documents: `cargo bench -p sonae-forms` (a release build). Prints the time to
//! load the fonts once, then the median and worst time and the size of each document over a
//! number of renders. The acceptance target is under 100 ms per form; this prints, it does not
//! fail (a timed test would be flaky on a busy machine).

use chrono::{Duration, TimeZone, Utc};
use sonae_core::{
    Case, CaseId, Category, IncidentReport, OrgKind, Organization, OrganizationId, Person, PersonId, ReportDetails, ReportId, ReportSource,
    Role, SequentialIds, Severity, TimelineEntry, TimelineEntryId, TimelineKind,
};
use sonae_forms::first_report::{FirstReportInput, first_report};
use sonae_forms::{Document, Fonts, render};
use sonae_i18n::{Lang, Localizer};
use std::time::Instant;

fn first_report_doc(l10n: &Localizer, rows: usize, narrative_chars: usize) -> Document {
    let ids = SequentialIds::new();
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 0, 30, 0).unwrap();
    let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
    let mut case =
        Case::open(CaseId::new(&ids), "2026-0005".into(), "USBメモリの紛失（福祉課・個人情報を含む）", Category::LossTheft, false, now)
            .unwrap();
    case.severity = Some(Severity::High);
    case.triage.is_incident = Some(true);
    let sentence = "職員が庁用のUSBメモリ（暗号化機能なし）を紛失したとの報告を受け、庁舎内と公用車内を捜索したが、発見には至らなかった。";
    case.triage.rationale = sentence.repeat(narrative_chars / sentence.chars().count() + 1).chars().take(narrative_chars).collect();
    case.triage.impact = "家庭訪問の対象者約150名の氏名・住所・訪問記録。".into();
    let ciso = Person::new(PersonId::new(&ids), None, "佐藤 一郎", "さとう いちろう", "副市長", &[Role::Ciso]).unwrap();
    let lead = Person::new(PersonId::new(&ids), None, "田中 美穂", "たなか みほ", "情報政策課長", &[Role::CsirtLead]).unwrap();
    let report = IncidentReport {
        id: ReportId::new(&ids),
        case_id: Some(case.id),
        source: ReportSource::Staff,
        reporter_person_id: None,
        reporter_name: "小林 直樹".into(),
        reporter_contact: "内線 2149".into(),
        department_id: None,
        category: Category::LossTheft,
        summary: "家庭訪問の記録（対象者約150名の氏名・住所を含む）を保存した庁用USBメモリが見当たらない。".into(),
        noticed_at: Some(now - Duration::hours(50)),
        occurred_at: None,
        submitted_at: now - Duration::hours(49),
        drill: false,
        details: ReportDetails::default(),
    };
    let timeline: Vec<TimelineEntry> = (0..rows)
        .map(|i| {
            let at = now - Duration::hours(48) + Duration::minutes(50 * i as i64);
            let text = format!("経過{i}：関係者へ連絡し、状況を確認した。{}", "確認の結果、追加の措置は不要と判断した。".repeat(i % 4));
            TimelineEntry::new(TimelineEntryId::new(&ids), case.id, TimelineKind::Observation, at, at, "person:x", &text).unwrap()
        })
        .collect();
    first_report(
        l10n,
        &FirstReportInput {
            org: &org,
            case: &case,
            report: Some(&report),
            report_department: None,
            timeline: &timeline,
            ciso: Some(&ciso),
            sender: Some((&lead, None)),
            contact: Some((&lead, None)),
            severity_label: Some("高"),
            category_label: "紛失・盗難（PC・媒体・帳票）",
            issued_at: now,
        },
    )
}

fn main() {
    let t = Instant::now();
    let fonts = match Fonts::shared(None) {
        Ok(f) => f,
        Err(e) => {
            println!("forms bench: skipped, {e}");
            return;
        }
    };
    println!("fonts loaded in {:.1} ms ({} / {})", ms(t), fonts.paths.body.0.display(), fonts.paths.heading.0.display());
    let l10n = Localizer::new(Lang::Ja);
    let docs = [
        ("first report (demo-sized: 3 timeline rows)", first_report_doc(&l10n, 3, 60)),
        ("first report, long (3,000 characters, 40 timeline rows)", first_report_doc(&l10n, 40, 3000)),
    ];
    for (name, doc) in &docs {
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..30 {
            let t = Instant::now();
            last = Some(render(doc, &fonts, &l10n, 0));
            times.push(ms(t));
        }
        times.sort_by(f64::total_cmp);
        let pdf = last.expect("rendered");
        println!(
            "{name}: median {:.1} ms, worst {:.1} ms over {} renders; {} pages, {} bytes",
            times[times.len() / 2],
            times[times.len() - 1],
            times.len(),
            pdf.pages,
            pdf.bytes.len()
        );
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
