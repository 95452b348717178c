//! The Japanese holiday calendar, computed offline, and the day counting of legal deadlines.
//!
//! * 国民の祝日 follow the 祝日法 rules as amended over time: fixed days, the Happy Monday days,
//!   春分の日・秋分の日 from the standard astronomical approximation, the one-off changes of
//!   2019–2021 (the enthronement days and the Olympic moves), 振替休日 (before 2007 only the
//!   Monday after a Sunday holiday; from 2007 the next day that is not a 国民の祝日) and 国民の休日
//!   (a day between two 国民の祝日).
//! * 行政機関の休日 (行政機関の休日に関する法律1条): Saturdays, Sundays, the holidays above, and the
//!   closing days 12/29–1/3. A deadline that falls on one moves to the next day that is not one
//!   (同法2条).
//!
//! The rules are correct for [`FIRST_YEAR`]..=[`LAST_YEAR`]; outside that range the current rules
//! are applied as they are (callers that take dates from users refuse such years). The equinox
//! days come from the standard approximation formula (valid 1980–2099), which matches the
//! 国立天文台 predictions for the years pinned in the tests; the legally binding date is announced
//! in the 官報 each February for the following year.

use crate::coded_enum;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The first year the rules here are pinned for.
pub const FIRST_YEAR: i32 = 2000;
/// The last year the rules here are pinned for.
pub const LAST_YEAR: i32 = 2099;

coded_enum! {
    /// Which holiday a day is. The label is a Fluent message (`cli-holiday-<code>`): the core
    /// never spells names.
    pub enum HolidayKind {
        /// 元日 (1/1)
        NewYearsDay = "new-years-day",
        /// 成人の日 (second Monday of January)
        ComingOfAgeDay = "coming-of-age-day",
        /// 建国記念の日 (2/11)
        NationalFoundationDay = "national-foundation-day",
        /// 天皇誕生日 (12/23 until 2018, none in 2019, 2/23 from 2020)
        EmperorsBirthday = "emperors-birthday",
        /// 春分の日
        VernalEquinoxDay = "vernal-equinox-day",
        /// 昭和の日 (4/29 from 2007)
        ShowaDay = "showa-day",
        /// 憲法記念日 (5/3)
        ConstitutionMemorialDay = "constitution-memorial-day",
        /// みどりの日 (4/29 until 2006, 5/4 from 2007)
        GreeneryDay = "greenery-day",
        /// こどもの日 (5/5)
        ChildrensDay = "childrens-day",
        /// 海の日 (third Monday of July from 2003; 7/23 in 2020, 7/22 in 2021)
        MarineDay = "marine-day",
        /// 山の日 (8/11 from 2016; 8/10 in 2020, 8/8 in 2021)
        MountainDay = "mountain-day",
        /// 敬老の日 (third Monday of September from 2003)
        RespectForTheAgedDay = "respect-for-the-aged-day",
        /// 秋分の日
        AutumnalEquinoxDay = "autumnal-equinox-day",
        /// 体育の日 (second Monday of October, 2000–2019)
        HealthAndSportsDay = "health-and-sports-day",
        /// スポーツの日 (second Monday of October from 2022; 7/24 in 2020, 7/23 in 2021)
        SportsDay = "sports-day",
        /// 文化の日 (11/3)
        CultureDay = "culture-day",
        /// 勤労感謝の日 (11/23)
        LaborThanksgivingDay = "labor-thanksgiving-day",
        /// 即位の日 (2019-05-01, 平成三十一年法律第一号)
        EnthronementDay = "enthronement-day",
        /// 即位礼正殿の儀の行われる日 (2019-10-22, same law)
        EnthronementCeremonyDay = "enthronement-ceremony-day",
        /// 振替休日 (祝日法3条2項)
        SubstituteHoliday = "substitute-holiday",
        /// 国民の休日 (祝日法3条3項)
        CitizensHoliday = "citizens-holiday",
    }
}

impl HolidayKind {
    /// Whether this is a 国民の祝日 proper (祝日法2条, and the two 2019 days the special law
    /// treats as such), as opposed to the 休日 of 祝日法3条 (振替休日, 国民の休日).
    pub fn is_proper_national_holiday(self) -> bool {
        !matches!(self, HolidayKind::SubstituteHoliday | HolidayKind::CitizensHoliday)
    }
}

/// One holiday of the 祝日法 calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Holiday {
    pub date: NaiveDate,
    pub kind: HolidayKind,
}

/// Why a day is a 行政機関の休日.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedReason {
    Saturday,
    Sunday,
    /// A 国民の祝日法 holiday (including 振替休日 and 国民の休日).
    Holiday(HolidayKind),
    /// 12/29–1/3 (年末年始).
    YearEnd,
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    // Only called with month/day pairs that exist in every year.
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

fn nth_monday(year: i32, month: u32, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n).unwrap_or(NaiveDate::MIN)
}

/// The day of March of 春分 in `year` (standard approximation, valid 1980–2099), computed in
/// millionths of a day so that no floating-point rounding can shift a date.
pub fn vernal_equinox_day(year: i32) -> u32 {
    equinox(year, 20_843_100)
}

/// The day of September of 秋分 in `year` (standard approximation, valid 1980–2099).
pub fn autumnal_equinox_day(year: i32) -> u32 {
    equinox(year, 23_248_800)
}

fn equinox(year: i32, base_micro_days: i64) -> u32 {
    let y = i64::from(year) - 1980;
    let micro = base_micro_days + 242_194 * y - 1_000_000 * y.div_euclid(4);
    u32::try_from(micro.div_euclid(1_000_000)).unwrap_or(20)
}

/// The 国民の祝日 proper of `year` (no 振替休日 or 国民の休日), unsorted.
fn proper_holidays(year: i32) -> Vec<Holiday> {
    use HolidayKind::*;
    let mut out = Vec::with_capacity(20);
    let mut add = |date: NaiveDate, kind: HolidayKind| out.push(Holiday { date, kind });
    add(ymd(year, 1, 1), NewYearsDay);
    add(if year >= 2000 { nth_monday(year, 1, 2) } else { ymd(year, 1, 15) }, ComingOfAgeDay);
    add(ymd(year, 2, 11), NationalFoundationDay);
    match year {
        ..=2018 => add(ymd(year, 12, 23), EmperorsBirthday),
        2019 => {}
        _ => add(ymd(year, 2, 23), EmperorsBirthday),
    }
    add(ymd(year, 3, vernal_equinox_day(year)), VernalEquinoxDay);
    add(ymd(year, 4, 29), if year >= 2007 { ShowaDay } else { GreeneryDay });
    add(ymd(year, 5, 3), ConstitutionMemorialDay);
    if year >= 2007 {
        add(ymd(year, 5, 4), GreeneryDay);
    }
    add(ymd(year, 5, 5), ChildrensDay);
    match year {
        2020 => add(ymd(year, 7, 23), MarineDay),
        2021 => add(ymd(year, 7, 22), MarineDay),
        2003.. => add(nth_monday(year, 7, 3), MarineDay),
        _ => add(ymd(year, 7, 20), MarineDay),
    }
    match year {
        2020 => add(ymd(year, 8, 10), MountainDay),
        2021 => add(ymd(year, 8, 8), MountainDay),
        2016.. => add(ymd(year, 8, 11), MountainDay),
        _ => {}
    }
    add(if year >= 2003 { nth_monday(year, 9, 3) } else { ymd(year, 9, 15) }, RespectForTheAgedDay);
    add(ymd(year, 9, autumnal_equinox_day(year)), AutumnalEquinoxDay);
    match year {
        2020 => add(ymd(year, 7, 24), SportsDay),
        2021 => add(ymd(year, 7, 23), SportsDay),
        2022.. => add(nth_monday(year, 10, 2), SportsDay),
        2000..=2019 => add(nth_monday(year, 10, 2), HealthAndSportsDay),
        _ => add(ymd(year, 10, 10), HealthAndSportsDay),
    }
    add(ymd(year, 11, 3), CultureDay);
    add(ymd(year, 11, 23), LaborThanksgivingDay);
    if year == 2019 {
        add(ymd(year, 5, 1), EnthronementDay);
        add(ymd(year, 10, 22), EnthronementCeremonyDay);
    }
    out
}

/// Every 国民の祝日法 holiday of `year`, sorted by date: the 祝日, 振替休日 and 国民の休日.
pub fn holidays(year: i32) -> Vec<Holiday> {
    let proper = proper_holidays(year);
    let is_proper = |d: NaiveDate| proper.iter().any(|h| h.date == d);
    let next = |d: NaiveDate| d.checked_add_days(Days::new(1));
    let mut extra = Vec::new();
    // 振替休日 (祝日法3条2項).
    for h in proper.iter().filter(|h| h.date.weekday() == Weekday::Sun) {
        let mut day = next(h.date);
        if h.date.year() >= 2007 {
            // The nearest following day that is not a 国民の祝日.
            while let Some(d) = day.filter(|d| is_proper(*d)) {
                day = next(d);
            }
        } else if day.is_some_and(is_proper) {
            // Before 2007 only the Monday itself could be a substitute.
            day = None;
        }
        if let Some(date) = day.filter(|d| d.year() == year) {
            extra.push(Holiday { date, kind: HolidayKind::SubstituteHoliday });
        }
    }
    // 国民の休日 (祝日法3条3項): a day that is not a 祝日, between two 祝日. Before 2007 the law
    // excluded Sundays and 振替休日 from it.
    for h in &proper {
        let (Some(mid), Some(after)) = (next(h.date), next(h.date).and_then(next)) else { continue };
        if is_proper(mid) || !is_proper(after) || mid.year() != year || extra.iter().any(|e| e.date == mid) {
            continue;
        }
        if year < 2007 && mid.weekday() == Weekday::Sun {
            continue;
        }
        extra.push(Holiday { date: mid, kind: HolidayKind::CitizensHoliday });
    }
    let mut all = proper;
    all.extend(extra);
    all.sort();
    all
}

/// The 国民の祝日法 holiday on `date`, if any.
pub fn holiday_on(date: NaiveDate) -> Option<HolidayKind> {
    holidays(date.year()).into_iter().find(|h| h.date == date).map(|h| h.kind)
}

/// Why `date` is a 行政機関の休日, or `None` for a working day of the national administration.
/// A holiday on a weekend is reported as the holiday.
pub fn closed_reason(date: NaiveDate) -> Option<ClosedReason> {
    if let Some(kind) = holiday_on(date) {
        return Some(ClosedReason::Holiday(kind));
    }
    if (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3) {
        return Some(ClosedReason::YearEnd);
    }
    match date.weekday() {
        Weekday::Sat => Some(ClosedReason::Saturday),
        Weekday::Sun => Some(ClosedReason::Sunday),
        _ => None,
    }
}

/// Whether `date` is a 行政機関の休日 (行政機関の休日に関する法律1条1項).
/// A municipality's own closing days (地方自治法4条の2) are deliberately not included: they do not
/// move deadlines owed to national bodies.
pub fn is_government_holiday(date: NaiveDate) -> bool {
    closed_reason(date).is_some()
}

/// `date` itself if it is not a 行政機関の休日, else the next day that is not one.
pub fn next_business_day_on_or_after(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while is_government_holiday(d) {
        match d.checked_add_days(Days::new(1)) {
            Some(n) => d = n,
            None => break,
        }
    }
    d
}

/// The date of day `n` when `day1` is day 1 (初日算入): `day1 + (n − 1)`, weekends and holidays
/// counted. `None` when `n` is 0 or the date overflows.
pub fn nth_day(day1: NaiveDate, n: u32) -> Option<NaiveDate> {
    let offset = n.checked_sub(1)?;
    day1.checked_add_days(Days::new(u64::from(offset)))
}

/// The deadline "within `days` days" counted from `day1` as day 1 (regulatory.md §4): day
/// `days`, moved to the next day that is not a 行政機関の休日 when it is one (行政機関の休日に関する
/// 法律2条). `None` when `days` is 0 or the date overflows.
///
/// Example: `day1` 2025-12-01, 30 days → day 30 is 2025-12-30 (closing day) → 2026-01-05.
pub fn deadline(day1: NaiveDate, days: u32) -> Option<NaiveDate> {
    nth_day(day1, days).map(next_business_day_on_or_after)
}

/// The day number of `date` when `day1` is day 1 (so `day1` itself is 1; days before are ≤ 0).
pub fn day_number(day1: NaiveDate, date: NaiveDate) -> i64 {
    (date - day1).num_days() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_worked_example_of_regulatory_md() {
        assert_eq!(nth_day(d("2025-12-01"), 30), Some(d("2025-12-30")));
        assert_eq!(deadline(d("2025-12-01"), 30), Some(d("2026-01-05")));
        assert_eq!(deadline(d("2025-12-01"), 0), None);
    }

    #[test]
    fn equinox_formula_matches_known_years() {
        let known = [(2019, 21, 23), (2020, 20, 22), (2024, 20, 22), (2027, 21, 23), (2028, 20, 22), (2030, 20, 23)];
        for (y, v, a) in known {
            assert_eq!((vernal_equinox_day(y), autumnal_equinox_day(y)), (v, a), "{y}");
        }
    }
}
