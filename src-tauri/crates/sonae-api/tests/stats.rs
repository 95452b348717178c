//! Statistics on the demo organization (issue 10), against figures worked out by hand from
//! `demo.rs`, and the CSV export.
//!
//! How the demo's records read (loaded at t0 = 2026-11-24T00:00Z = 09:00 JST): every demo case row
//! is written at t0, already in its state, so the audit history of each case row says it left
//! 受付 at t0; the 第一報 is recorded (by `work_on_demo_cases`) at t0 for the three cases in
//! 対応中 / 復旧中 / 再発防止; their response tasks — the containment ones among them — were done at
//! report + 30 min (judged) + 1 h = report + 90 min, except in the 対応中 USB case where only the
//! 第一報 task is done; the 完了 and 非該当 cases were written ended at t0. A case's report came in
//! `hours_ago` before t0:
//!
//! | case (category, department, 重要度)           | state    | hours_ago | minutes   |
//! |-----------------------------------------------|----------|-----------|-----------|
//! | 標的型攻撃メール (税務課, 低)                   | 完了     | 24·41=984 | 59,040    |
//! | プリンター複合機 (システム障害, 市民課, なし)     | 非該当   | 24·26=624 | 37,440    |
//! | メール誤送信 (税務課, 中)                        | 再発防止 | 24·12=288 | 17,280    |
//! | Webページ改ざん (情報政策課, 高)                 | 復旧中   | 24·6=144  | 8,640     |
//! | USBメモリの紛失 (紛失・盗難, 福祉課, 高)          | 対応中   | 50        | 3,000     |
//! | 住民票の誤交付 (誤送付・誤交付, 市民課, 中)        | 評価中   | 20        | 1,200     |
//! | 窓口PCの警告画面 (マルウェア, 市民課, なし)        | 受付     | 3         | (not yet) |
//!
//! The two drill cases (the ランサムウェア drill and the finished 標的型攻撃メール drill) are never
//! counted.

mod support;
use chrono::{TimeZone, Utc};
use sonae_api::dto::*;
use sonae_api::{ErrorCode, Lang};
use support::World;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 0, 0, 0).unwrap()
}

fn query(group_by: StatsGrouping) -> StatsQuery {
    StatsQuery { from: None, to: None, group_by }
}

/// (reached, not yet, median minutes, mean minutes) of one interval.
fn minutes(g: &StatsGroupDto, i: StatsInterval) -> (u32, u32, Option<i64>, Option<i64>) {
    let s = g.intervals.iter().find(|x| x.interval == i).unwrap();
    (s.reached, s.not_yet, s.median_seconds.map(|v| v / 60), s.mean_seconds.map(|v| v / 60))
}

fn group<'a>(s: &'a StatisticsDto, label: &str) -> &'a StatsGroupDto {
    s.groups.iter().find(|g| g.label == label).unwrap_or_else(|| panic!("no group {label}: {:?}", s.groups))
}

#[test]
fn demo_statistics_equal_the_hand_computed_figures() {
    let mut w = World::demo_at(t0());
    let (ciso, _) = w.person("佐藤 一郎");
    let before = w.store.verify_audit().unwrap().entries;
    let s = w.run(&ciso, |c| sonae_api::statistics(c, query(StatsGrouping::Category))).unwrap();

    // Seven real cases, five still open (受付, 評価中, 対応中, 復旧中, 再発防止; 完了 and 非該当
    // ended): count 7, open 5. Both drill cases are left out.
    assert_eq!((s.total.count, s.total.open, s.drills_left_out), (7, 5, 2));
    assert_eq!(s.total.label, "合計");

    // Report → triage: six reached (窓口PC has not), sorted 1,200 3,000 8,640 17,280 37,440 59,040.
    // Even count: median = (8,640 + 17,280) / 2 = 12,960 min (216 h);
    // mean = (1,200 + 3,000 + 8,640 + 17,280 + 37,440 + 59,040) / 6 = 126,600 / 6 = 21,100 min.
    assert_eq!(minutes(&s.total, StatsInterval::Triage), (6, 1, Some(12_960), Some(21_100)));
    // Report → 第一報: メール誤送信 17,280, Web 8,640, USB 3,000 (odd count: median 8,640);
    // mean = 28,920 / 3 = 9,640 min. The other four have none.
    assert_eq!(minutes(&s.total, StatsInterval::Ciso), (3, 4, Some(8_640), Some(9_640)));
    // Report → containment: メール誤送信 and Web, 90 min each.
    assert_eq!(minutes(&s.total, StatsInterval::Containment), (2, 5, Some(90), Some(90)));
    // Report → closure: 標的型 59,040 and プリンター (非該当) 37,440: median = mean = 96,480 / 2 = 48,240.
    assert_eq!(minutes(&s.total, StatsInterval::Closure), (2, 5, Some(48_240), Some(48_240)));

    // By category every real case has its own; マルウェア holds only the 窓口PC case (the
    // ランサムウェア drill is マルウェア too, and is not counted).
    assert_eq!(s.groups.len(), 7);
    let malware = group(&s, "マルウェア感染（ランサムウェアを含む）");
    assert_eq!((malware.key.as_str(), malware.count, malware.open), ("malware", 1, 1));
    assert_eq!(minutes(malware, StatsInterval::Triage), (0, 1, None, None));
    let mail = group(&s, "標的型攻撃メール");
    assert_eq!((mail.count, minutes(mail, StatsInterval::Closure)), (1, (1, 0, Some(59_040), Some(59_040))));

    // By department: 市民課 3 (プリンター 37,440, 住民票 1,200, 窓口PC not yet: median (1,200 +
    // 37,440) / 2 = 19,320), 税務課 2 (59,040 and 17,280: median 38,160), 情報政策課 1, 福祉課 1.
    let s = w.run(&ciso, |c| sonae_api::statistics(c, query(StatsGrouping::Department))).unwrap();
    let counts: Vec<(&str, u32)> = s.groups.iter().map(|g| (g.label.as_str(), g.count)).collect();
    assert_eq!(counts.len(), 4, "{counts:?}");
    let shimin = group(&s, "市民生活部 市民課");
    assert_eq!((shimin.count, minutes(shimin, StatsInterval::Triage)), (3, (2, 1, Some(19_320), Some(19_320))));
    let zeimu = group(&s, "財務部 税務課");
    assert_eq!((zeimu.count, minutes(zeimu, StatsInterval::Triage)), (2, (2, 0, Some(38_160), Some(38_160))));
    assert_eq!(group(&s, "総務部 情報政策課").count, 1);
    assert_eq!(group(&s, "福祉部 福祉課").count, 1);

    // By 重要度, most severe first: 高 2 (Web, USB), 中 2 (メール誤送信, 住民票), 低 1 (標的型),
    // 未設定 2 (プリンター, 窓口PC). The drill's 緊急 is not a group.
    let s = w.run(&ciso, |c| sonae_api::statistics(c, query(StatsGrouping::Severity))).unwrap();
    let counts: Vec<(&str, &str, u32)> = s.groups.iter().map(|g| (g.key.as_str(), g.label.as_str(), g.count)).collect();
    assert_eq!(counts, vec![("high", "高", 2), ("medium", "中", 2), ("low", "低", 1), ("", "未設定", 2)]);
    // 高: Web 8,640 and USB 3,000 → median 5,820 (each reached the 第一報 at t0).
    assert_eq!(minutes(&s.groups[0], StatsInterval::Ciso), (2, 0, Some(5_820), Some(5_820)));

    // By month (JST): 984 h and 624 h before 2026-11-24 09:00 are 10-14 and 10-29; the rest November.
    let s = w.run(&ciso, |c| sonae_api::statistics(c, query(StatsGrouping::Month))).unwrap();
    let counts: Vec<(&str, &str, u32)> = s.groups.iter().map(|g| (g.key.as_str(), g.label.as_str(), g.count)).collect();
    assert_eq!(counts, vec![("2026-10", "令和8年10月", 2), ("2026-11", "令和8年11月", 5)]);

    // By 年度: all seven in 令和8年度.
    let s = w.run(&ciso, |c| sonae_api::statistics(c, query(StatsGrouping::FiscalYear))).unwrap();
    let counts: Vec<(&str, &str, u32)> = s.groups.iter().map(|g| (g.key.as_str(), g.label.as_str(), g.count)).collect();
    assert_eq!(counts, vec![("2026", "令和8年度", 7)]);

    // A period of report days: from 11-01 leaves the two October cases out; both drill cases fall
    // in November (2 and 20 days before t0) and are still left out.
    let q = StatsQuery { from: Some("2026-11-01".into()), to: Some("2026-11-24".into()), group_by: StatsGrouping::Category };
    let s = w.run(&ciso, |c| sonae_api::statistics(c, q)).unwrap();
    assert_eq!((s.total.count, s.drills_left_out, s.from.as_deref()), (5, 2, Some("2026-11-01")));

    assert_eq!(w.store.verify_audit().unwrap().entries, before, "statistics write nothing");
}

#[test]
fn statistics_need_every_case_and_a_valid_period() {
    let mut w = World::demo_at(t0());
    let (staff, _) = w.person("中村 さくら");
    assert_eq!(w.run(&staff, |c| sonae_api::statistics(c, query(StatsGrouping::Month))).unwrap_err().code, ErrorCode::Forbidden);
    let (member, _) = w.person("渡辺 由紀");
    let bad = StatsQuery { from: Some("2026/11/01".into()), to: None, group_by: StatsGrouping::Month };
    let e = w.run(&member, |c| sonae_api::statistics(c, bad)).unwrap_err();
    assert_eq!((e.code, e.message_id.as_str(), e.field.as_deref()), (ErrorCode::Validation, "error-date-format", Some("from")));
    assert_eq!(e.args["fieldId"], "field-stats-from");
    let reversed = StatsQuery { from: Some("2026-11-02".into()), to: Some("2026-11-01".into()), group_by: StatsGrouping::Month };
    let e = w.run(&member, |c| sonae_api::statistics(c, reversed)).unwrap_err();
    assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-stats-period-order", Some("to")));
    // Empty bounds mean none.
    let open = StatsQuery { from: Some(" ".into()), to: Some(String::new()), group_by: StatsGrouping::Month };
    assert_eq!(w.run(&member, |c| sonae_api::statistics(c, open)).unwrap().total.count, 7);
}

#[test]
fn the_csv_opens_in_excel_with_japanese_headers() {
    let mut w = World::demo_at(t0());
    let (lead, _) = w.person("田中 美穂");
    let csv = w.run(&lead, |c| sonae_api::statistics_csv(c, query(StatsGrouping::Severity), Lang::Ja)).unwrap();
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(&header[..4], ["重要度", "件数", "うち対応中", "報告から評価開始まで：到達件数"]);
    assert_eq!(header.len(), 3 + 4 * 4);
    assert!(header.contains(&"報告からCISOへの第一報まで：中央値（分）"));
    // One row per group (高, 中, 低, 未設定) and the total; minutes with one decimal, empty when none.
    assert_eq!(lines.len(), 1 + 4 + 1);
    assert!(lines[1].starts_with("高,2,2,2,0,5820.0,5820.0,"), "{}", lines[1]);
    assert!(lines[5].starts_with("合計,7,5,6,1,12960.0,21100.0,3,4,8640.0,9640.0,"), "{}", lines[5]);
    assert!(lines[4].starts_with("未設定,2,1,1,1,37440.0,37440.0,0,2,,,"), "{}", lines[4]);

    // The export writes the same text under <dir>/exports/.
    let dir = w.dir.path().to_path_buf();
    let out = w.run(&lead, |c| sonae_api::export_statistics_csv(c, &dir, query(StatsGrouping::Severity), Lang::Ja)).unwrap();
    assert!(out.path.contains("/exports/toukei-"), "{}", out.path);
    assert_eq!(std::fs::read_to_string(&out.path).unwrap(), csv);
    // English headers for the English CSV.
    let en = w.run(&lead, |c| sonae_api::statistics_csv(c, query(StatsGrouping::Severity), Lang::En)).unwrap();
    assert!(en.trim_start_matches('\u{feff}').starts_with("Severity,Cases,Of which open,"), "{en}");
}

mod annual {
    use super::*;
    use support::pdf::{assert_fonts_embedded_subset, assert_qpdf_ok, pdf, pdftotext, save, tool};

    #[test]
    fn the_annual_report_has_cases_by_category_and_month_with_charts_notifications_training_and_drills() {
        let mut w = World::demo_at(t0());
        let (ciso, _) = w.person("佐藤 一郎");
        let Some(bytes) = pdf(w.run(&ciso, |c| sonae_api::annual_report_pdf(c, 2026))) else { return };
        assert!(bytes.starts_with(b"%PDF-"));
        let path = save("annual-report.pdf", &bytes);
        if let Ok(dir) = std::env::var("SONAE_KEEP_PDF") {
            std::fs::copy(&path, std::path::Path::new(&dir).join("annual-report.pdf")).unwrap();
        }
        assert_fonts_embedded_subset(&path);
        assert_qpdf_ok(&path);
        if !tool("pdftotext") {
            return;
        }
        let text: String = pdftotext(&path, None).lines().map(str::trim).collect();
        // pdftotext gives table cells one per line; joined without breaks they read in order.
        for want in [
            "令和8年度情報セキュリティインシデント等の状況について（報告）",
            "副市長佐藤 一郎様",
            "情報セキュリティ委員会様",
            // Seven real cases, five open; both drill cases left out (the hand count above).
            "報告を受けた事案は7件（うち対応中5件）です。訓練として実施した事案2件は含めていません。",
            // 標的型攻撃メール: triage and closure 984 h = 41 days.
            "標的型攻撃メール1041日0時間41日0時間",
            // Intervals: triage median 12,960 min = 9 days; CISO 8,640 min = 6 days; containment 90 min.
            "報告から評価開始まで69日0時間14日15時間1",
            "報告からCISOへの第一報まで36日0時間6日16時間4",
            "報告から封じ込めまで21時間30分1時間30分5",
            // USB (2026-0005, 150 persons): the PPC 速報 is owed and not sent yet.
            "2026-0005個人情報保護委員会速報11月26日－未送付",
            // メール誤送信 (2026-0003): its 速報 day has passed without a report.
            "未送付（期限超過）",
            // Training: the demo's three sessions, the 12-month alert's three people.
            "研修を3回実施し、受講者は延べ7名（対象9名）でした。",
            "特定個人情報取扱者は3名です。",
            // The demo drill: CISO 52 min and acknowledgement 8 min met, containment 35 min exceeded.
            "訓練を1件計画し、うち1件を実施しました。",
            "3項目中2項目達成",
        ] {
            assert!(text.contains(want), "{want} in:\n{text}");
        }
        assert!(!text.contains("ランサムウェア感染を想定"), "drill cases are not listed");
        // The month table in layout order: 4月…9月 all zero, then 10月 2, 11月 5, the rest zero.
        let out = std::process::Command::new("pdftotext").arg("-layout").arg(&*path).arg("-").output().unwrap();
        let layout: Vec<String> =
            String::from_utf8_lossy(&out.stdout).lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        let months = layout.iter().position(|l| l == "10月 11月 12月 1月 2月 3月").expect("second half of the month table");
        assert_eq!(layout[months + 1..].iter().find(|l| !l.is_empty()).unwrap(), "2 5 0 0 0 0");
        assert!(layout.contains(&"0 0 0 0 0 0".to_owned()));
        // The month chart: a bar per month with its count; the category chart one per category.
        for want in ["4月 0件", "10月 2件", "11月 5件", "3月 0件", "標的型攻撃メール 1件", "システム障害 1件"] {
            assert!(layout.iter().any(|l| l == want), "{want} in {layout:#?}");
        }
    }

    #[test]
    fn the_annual_report_needs_the_overview_rights_and_is_saved_where_asked() {
        let mut w = World::demo_at(t0());
        let (member, _) = w.person("渡辺 由紀");
        // A CSIRT member sees every case but not training records.
        assert_eq!(w.run(&member, |c| sonae_api::annual_report_pdf(c, 2026)).unwrap_err().code, ErrorCode::Forbidden);
        let (lead, _) = w.person("田中 美穂");
        let e = w.run(&lead, |c| sonae_api::annual_report_pdf(c, 1999)).unwrap_err();
        assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Validation, Some("fiscalYear")));
        let target = w.dir.path().join("out").join("年次報告.pdf");
        let input = |overwrite| SaveAnnualReportInput { fiscal_year: 2026, path: target.display().to_string(), overwrite };
        let Some(_) = pdf(w.run(&lead, |c| sonae_api::annual_report_pdf(c, 2026))) else { return };
        let saved = w.run(&lead, |c| sonae_api::save_annual_report(c, input(false))).unwrap();
        assert_eq!(std::fs::metadata(&target).unwrap().len(), saved.size);
        let e = w.run(&lead, |c| sonae_api::save_annual_report(c, input(false))).unwrap_err();
        assert_eq!((e.message_id.as_str(), e.field.as_deref()), ("error-file-exists", Some("path")));
        w.run(&lead, |c| sonae_api::save_annual_report(c, input(true))).unwrap();
        let relative = SaveAnnualReportInput { fiscal_year: 2026, path: "年次報告.pdf".into(), overwrite: false };
        assert_eq!(w.run(&lead, |c| sonae_api::save_annual_report(c, relative)).unwrap_err().message_id, "error-path-not-absolute");
    }
}
