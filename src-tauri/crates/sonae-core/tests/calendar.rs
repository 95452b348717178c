//! The holiday calendar against the Cabinet Office (内閣府) published lists for 2019–2030, spot
//! checks of earlier rule changes, invariants over 2000–2099, and tables of deadlines over the
//! year end and Golden Week.

use chrono::{Datelike, NaiveDate, Weekday};
use sonae_core::calendar::{self, ClosedReason, HolidayKind, HolidayKind::*};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// `(year, [(MM-DD, kind)])` as published by the Cabinet Office (「国民の祝日」について); the
/// 2027–2030 equinox days are the 国立天文台 predictions (3/21, 9/23; 3/20, 9/22; 3/20, 9/23;
/// 3/20, 9/23).
fn published() -> Vec<(i32, Vec<(&'static str, HolidayKind)>)> {
    vec![
        (
            2019,
            vec![
                ("01-01", NewYearsDay),
                ("01-14", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("03-21", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("04-30", CitizensHoliday),
                ("05-01", EnthronementDay),
                ("05-02", CitizensHoliday),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-15", MarineDay),
                ("08-11", MountainDay),
                ("08-12", SubstituteHoliday),
                ("09-16", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-14", HealthAndSportsDay),
                ("10-22", EnthronementCeremonyDay),
                ("11-03", CultureDay),
                ("11-04", SubstituteHoliday),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2020,
            vec![
                ("01-01", NewYearsDay),
                ("01-13", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("02-24", SubstituteHoliday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-23", MarineDay),
                ("07-24", SportsDay),
                ("08-10", MountainDay),
                ("09-21", RespectForTheAgedDay),
                ("09-22", AutumnalEquinoxDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2021,
            vec![
                ("01-01", NewYearsDay),
                ("01-11", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-22", MarineDay),
                ("07-23", SportsDay),
                ("08-08", MountainDay),
                ("08-09", SubstituteHoliday),
                ("09-20", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2022,
            vec![
                ("01-01", NewYearsDay),
                ("01-10", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-21", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-18", MarineDay),
                ("08-11", MountainDay),
                ("09-19", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-10", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2023,
            vec![
                ("01-01", NewYearsDay),
                ("01-02", SubstituteHoliday),
                ("01-09", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-21", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-17", MarineDay),
                ("08-11", MountainDay),
                ("09-18", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-09", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2024,
            vec![
                ("01-01", NewYearsDay),
                ("01-08", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-12", SubstituteHoliday),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-15", MarineDay),
                ("08-11", MountainDay),
                ("08-12", SubstituteHoliday),
                ("09-16", RespectForTheAgedDay),
                ("09-22", AutumnalEquinoxDay),
                ("09-23", SubstituteHoliday),
                ("10-14", SportsDay),
                ("11-03", CultureDay),
                ("11-04", SubstituteHoliday),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2025,
            vec![
                ("01-01", NewYearsDay),
                ("01-13", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("02-24", SubstituteHoliday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-21", MarineDay),
                ("08-11", MountainDay),
                ("09-15", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-13", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
                ("11-24", SubstituteHoliday),
            ],
        ),
        (
            2026,
            vec![
                ("01-01", NewYearsDay),
                ("01-12", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-20", MarineDay),
                ("08-11", MountainDay),
                ("09-21", RespectForTheAgedDay),
                ("09-22", CitizensHoliday),
                ("09-23", AutumnalEquinoxDay),
                ("10-12", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2027,
            vec![
                ("01-01", NewYearsDay),
                ("01-11", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-21", VernalEquinoxDay),
                ("03-22", SubstituteHoliday),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-19", MarineDay),
                ("08-11", MountainDay),
                ("09-20", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-11", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2028,
            vec![
                ("01-01", NewYearsDay),
                ("01-10", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-17", MarineDay),
                ("08-11", MountainDay),
                ("09-18", RespectForTheAgedDay),
                ("09-22", AutumnalEquinoxDay),
                ("10-09", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2029,
            vec![
                ("01-01", NewYearsDay),
                ("01-08", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-12", SubstituteHoliday),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("04-30", SubstituteHoliday),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("07-16", MarineDay),
                ("08-11", MountainDay),
                ("09-17", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("09-24", SubstituteHoliday),
                ("10-08", SportsDay),
                ("11-03", CultureDay),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
        (
            2030,
            vec![
                ("01-01", NewYearsDay),
                ("01-14", ComingOfAgeDay),
                ("02-11", NationalFoundationDay),
                ("02-23", EmperorsBirthday),
                ("03-20", VernalEquinoxDay),
                ("04-29", ShowaDay),
                ("05-03", ConstitutionMemorialDay),
                ("05-04", GreeneryDay),
                ("05-05", ChildrensDay),
                ("05-06", SubstituteHoliday),
                ("07-15", MarineDay),
                ("08-11", MountainDay),
                ("08-12", SubstituteHoliday),
                ("09-16", RespectForTheAgedDay),
                ("09-23", AutumnalEquinoxDay),
                ("10-14", SportsDay),
                ("11-03", CultureDay),
                ("11-04", SubstituteHoliday),
                ("11-23", LaborThanksgivingDay),
            ],
        ),
    ]
}

#[test]
fn matches_the_published_lists_2019_to_2030() {
    for (year, expected) in published() {
        let expected: Vec<(NaiveDate, HolidayKind)> = expected.iter().map(|(md, k)| (d(&format!("{year}-{md}")), *k)).collect();
        let got: Vec<(NaiveDate, HolidayKind)> = calendar::holidays(year).iter().map(|h| (h.date, h.kind)).collect();
        assert_eq!(got, expected, "{year}");
    }
}

#[test]
fn earlier_rule_changes() {
    let kind = |s: &str| calendar::holiday_on(d(s));
    // Happy Monday from 2000 (成人の日, 体育の日) and 2003 (海の日, 敬老の日).
    assert_eq!(kind("2000-01-10"), Some(ComingOfAgeDay));
    assert_eq!(kind("2000-01-15"), None);
    assert_eq!(kind("2000-10-09"), Some(HealthAndSportsDay));
    assert_eq!(kind("2002-07-20"), Some(MarineDay));
    assert_eq!(kind("2002-09-15"), Some(RespectForTheAgedDay));
    assert_eq!(kind("2002-09-16"), Some(SubstituteHoliday), "9/15 was a Sunday");
    assert_eq!(kind("2003-07-21"), Some(MarineDay));
    assert_eq!(kind("2003-09-15"), Some(RespectForTheAgedDay));
    // 5/4 before 2007: 国民の休日 between 5/3 and 5/5, but not on a Sunday and not as a 振替休日.
    assert_eq!(kind("2002-05-04"), Some(CitizensHoliday), "a Saturday still counts");
    assert_eq!(kind("2003-05-04"), None, "a Sunday does not");
    assert_eq!(kind("2006-05-04"), Some(CitizensHoliday));
    // 2007: 4/29 昭和の日, 5/4 みどりの日; 振替休日 the next day that is not a 祝日.
    assert_eq!(kind("2006-04-29"), Some(GreeneryDay));
    assert_eq!(kind("2007-04-29"), Some(ShowaDay));
    assert_eq!(kind("2007-04-30"), Some(SubstituteHoliday));
    assert_eq!(kind("2007-05-04"), Some(GreeneryDay));
    assert_eq!(kind("2008-05-06"), Some(SubstituteHoliday), "5/4 (Sun) moves past 5/5 to 5/6");
    // Silver Week 国民の休日.
    assert_eq!(kind("2009-09-22"), Some(CitizensHoliday));
    assert_eq!(kind("2015-09-22"), Some(CitizensHoliday));
    assert_eq!(kind("2032-09-21"), Some(CitizensHoliday));
    assert_eq!(kind("2037-09-22"), Some(CitizensHoliday));
    // 山の日 from 2016; 天皇誕生日 on 12/23 until 2018.
    assert_eq!(kind("2015-08-11"), None);
    assert_eq!(kind("2016-08-11"), Some(MountainDay));
    assert_eq!(kind("2018-12-23"), Some(EmperorsBirthday));
    assert_eq!(kind("2018-12-24"), Some(SubstituteHoliday));
    assert_eq!(kind("2019-12-23"), None);
    assert_eq!(kind("2019-02-23"), None);
    // No October holiday in 2020 and 2021; 体育の日 became スポーツの日 in 2020.
    assert_eq!(kind("2020-10-12"), None);
    assert_eq!(kind("2021-10-11"), None);
    assert_eq!(kind("2021-07-19"), None, "no third-Monday 海の日 in 2021");
}

#[test]
fn invariants_for_2000_to_2099() {
    for year in calendar::FIRST_YEAR..=calendar::LAST_YEAR {
        let hs = calendar::holidays(year);
        assert!(hs.windows(2).all(|w| w[0].date < w[1].date), "{year}: sorted, no duplicate dates");
        assert!(hs.iter().all(|h| h.date.year() == year));
        let proper = hs.iter().filter(|h| h.kind.is_proper_national_holiday()).count();
        let expected = match year {
            ..=2006 => 14,
            2007..=2015 => 15, // みどりの日 on 5/4
            2019 => 17,        // 山の日; no 天皇誕生日; 5/1 and 10/22
            _ => 16,
        };
        assert_eq!(proper, expected, "{year}");
        for h in &hs {
            let happy_monday = match h.kind {
                ComingOfAgeDay | HealthAndSportsDay => true,
                MarineDay => year >= 2003 && year != 2020 && year != 2021,
                RespectForTheAgedDay => year >= 2003,
                SportsDay => year >= 2022,
                _ => false,
            };
            if happy_monday {
                assert_eq!(h.date.weekday(), Weekday::Mon, "{year} {:?}", h.kind);
            }
            match h.kind {
                VernalEquinoxDay => assert!(h.date.month() == 3 && (19..=21).contains(&h.date.day()), "{year}"),
                AutumnalEquinoxDay => assert!(h.date.month() == 9 && (21..=24).contains(&h.date.day()), "{year}"),
                SubstituteHoliday => {
                    // The nearest day after a Sunday 祝日 with only 祝日 in between.
                    let mut prev = h.date.pred_opt().unwrap();
                    while calendar::holiday_on(prev).is_some_and(|k| k.is_proper_national_holiday()) && prev.weekday() != Weekday::Sun {
                        prev = prev.pred_opt().unwrap();
                    }
                    assert_eq!(prev.weekday(), Weekday::Sun, "{}", h.date);
                    assert!(calendar::holiday_on(prev).is_some_and(|k| k.is_proper_national_holiday()), "{}", h.date);
                }
                CitizensHoliday => {
                    let before = calendar::holiday_on(h.date.pred_opt().unwrap());
                    let after = calendar::holiday_on(h.date.succ_opt().unwrap());
                    assert!(
                        before.is_some_and(|k| k.is_proper_national_holiday()) && after.is_some_and(|k| k.is_proper_national_holiday())
                    );
                }
                _ => {}
            }
        }
        // Every Sunday 祝日 has its 振替休日.
        let sundays = hs.iter().filter(|h| h.kind.is_proper_national_holiday() && h.date.weekday() == Weekday::Sun).count();
        let substitutes = hs.iter().filter(|h| h.kind == SubstituteHoliday).count();
        if year >= 2007 {
            assert_eq!(sundays, substitutes, "{year}");
        }
    }
}

#[test]
fn government_holidays_add_weekends_and_the_year_end() {
    assert_eq!(calendar::closed_reason(d("2025-12-26")), None, "a Friday");
    assert_eq!(calendar::closed_reason(d("2025-12-27")), Some(ClosedReason::Saturday));
    assert_eq!(calendar::closed_reason(d("2025-12-28")), Some(ClosedReason::Sunday));
    for s in ["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02", "2026-01-03"] {
        assert_eq!(calendar::closed_reason(d(s)), Some(ClosedReason::YearEnd), "{s}");
    }
    assert_eq!(calendar::closed_reason(d("2026-01-01")), Some(ClosedReason::Holiday(NewYearsDay)));
    assert_eq!(calendar::closed_reason(d("2026-01-04")), Some(ClosedReason::Sunday));
    assert!(!calendar::is_government_holiday(d("2026-01-05")));
    assert_eq!(calendar::closed_reason(d("2025-05-06")), Some(ClosedReason::Holiday(SubstituteHoliday)));
    assert_eq!(calendar::next_business_day_on_or_after(d("2025-12-27")), d("2026-01-05"));
    assert_eq!(calendar::next_business_day_on_or_after(d("2025-12-26")), d("2025-12-26"));
    assert_eq!(calendar::next_business_day_on_or_after(d("2019-04-27")), d("2019-05-07"), "2019's ten-day Golden Week");
}

/// `(day 1, days, day N, deadline)`.
const DEADLINES: &[(&str, u32, &str, &str)] = &[
    // The worked example of regulatory.md §4.
    ("2025-12-01", 30, "2025-12-30", "2026-01-05"),
    // Year ends: day 30 on 12/30 of each year.
    ("2022-12-01", 30, "2022-12-30", "2023-01-04"),
    ("2023-12-01", 30, "2023-12-30", "2024-01-04"),
    ("2024-12-01", 30, "2024-12-30", "2025-01-06"),
    ("2026-12-01", 30, "2026-12-30", "2027-01-04"),
    ("2027-12-01", 30, "2027-12-30", "2028-01-04"),
    ("2028-12-01", 30, "2028-12-30", "2029-01-04"),
    ("2029-12-01", 30, "2029-12-30", "2030-01-04"),
    ("2030-12-01", 30, "2030-12-30", "2031-01-06"),
    ("2025-11-29", 30, "2025-12-28", "2026-01-05"),
    ("2025-11-28", 30, "2025-12-27", "2026-01-05"),
    ("2025-11-27", 30, "2025-12-26", "2025-12-26"),
    // 60 days (不正の目的) into the year end.
    ("2025-10-31", 60, "2025-12-29", "2026-01-05"),
    ("2025-11-04", 60, "2026-01-02", "2026-01-05"),
    // 成人の日 right after the year end.
    ("2026-12-13", 30, "2027-01-11", "2027-01-12"),
    // Golden Week.
    ("2019-03-29", 30, "2019-04-27", "2019-05-07"),
    ("2019-04-01", 30, "2019-04-30", "2019-05-07"),
    ("2025-04-01", 30, "2025-04-30", "2025-04-30"),
    ("2025-04-04", 30, "2025-05-03", "2025-05-07"),
    ("2025-04-05", 30, "2025-05-04", "2025-05-07"),
    ("2026-04-04", 30, "2026-05-03", "2026-05-07"),
    ("2026-03-06", 60, "2026-05-04", "2026-05-07"),
    ("2027-04-05", 30, "2027-05-04", "2027-05-06"),
    ("2029-03-31", 30, "2029-04-29", "2029-05-01"),
    // Silver Week 2026 (9/19 Sat … 9/23 Wed).
    ("2026-08-21", 30, "2026-09-19", "2026-09-24"),
    // A working day stays.
    ("2026-01-05", 30, "2026-02-03", "2026-02-03"),
    ("2026-01-05", 1, "2026-01-05", "2026-01-05"),
];

#[test]
fn deadline_table() {
    for &(day1, days, raw, deadline) in DEADLINES {
        assert_eq!(calendar::nth_day(d(day1), days), Some(d(raw)), "day {days} from {day1}");
        assert_eq!(calendar::deadline(d(day1), days), Some(d(deadline)), "deadline {days} days from {day1}");
        assert!(!calendar::is_government_holiday(d(deadline)));
    }
}

#[test]
fn day_numbers_count_day1_as_one() {
    assert_eq!(calendar::day_number(d("2025-12-01"), d("2025-12-01")), 1);
    assert_eq!(calendar::day_number(d("2025-12-01"), d("2025-12-30")), 30);
    assert_eq!(calendar::day_number(d("2025-12-01"), d("2025-11-30")), 0);
}
