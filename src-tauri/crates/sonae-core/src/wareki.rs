//! 和暦: Japanese era dates for documents (regulatory.md §6).
//!
//! The eras are a table of data, [`ERAS`]: a new era is one more row, no code change. The first
//! year of an era is written 元年 (令和元年5月1日, never 令和1年). Dates before the Gregorian
//! calendar was adopted in Japan (明治6年1月1日 = 1873-01-01) have no Gregorian 和暦 and give `None`.
//!
//! An era name is part of the notation itself (a 和暦 date is only ever written in Japanese), so
//! unlike other labels it lives here as data rather than in Fluent.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone};

/// One era: its name and its first day (Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    pub name: &'static str,
    /// The first day of the era: year 1 (元年) begins here.
    pub start: (i32, u32, u32),
}

/// The eras since the Gregorian calendar was adopted, oldest first.
pub const ERAS: &[Era] = &[
    Era { name: "明治", start: (1868, 10, 23) },
    Era { name: "大正", start: (1912, 7, 30) },
    Era { name: "昭和", start: (1926, 12, 25) },
    Era { name: "平成", start: (1989, 1, 8) },
    Era { name: "令和", start: (2019, 5, 1) },
];

/// The first day Japan counted in the Gregorian calendar.
const GREGORIAN_ADOPTED: (i32, u32, u32) = (1873, 1, 1);

/// A date in 和暦.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wareki {
    pub era: &'static Era,
    /// The year of the era, 1 for 元年.
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid era table date")
}

impl Wareki {
    /// The 和暦 of a Gregorian date; `None` before 1873-01-01.
    pub fn from_date(date: NaiveDate) -> Option<Wareki> {
        if date < ymd(GREGORIAN_ADOPTED) {
            return None;
        }
        let era = ERAS.iter().rev().find(|e| ymd(e.start) <= date)?;
        Some(Wareki { era, year: date.year() - era.start.0 + 1, month: date.month(), day: date.day() })
    }

    /// The 和暦 of an instant, in the given time zone (documents use Japan time).
    pub fn from_instant<Tz: TimeZone>(at: DateTime<Tz>) -> Option<Wareki> {
        Wareki::from_date(at.date_naive())
    }

    /// The era and year: `令和元年`, `令和8年`.
    pub fn year_text(&self) -> String {
        if self.year == 1 { format!("{}元年", self.era.name) } else { format!("{}{}年", self.era.name, self.year) }
    }
}

impl std::fmt::Display for Wareki {
    /// `令和8年4月1日`, `令和元年5月1日` (算用数字, as in 横書き official documents).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}月{}日", self.year_text(), self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_wareki() {
        let cases: &[((i32, u32, u32), &str)] = &[
            ((2019, 4, 30), "平成31年4月30日"),
            ((2019, 5, 1), "令和元年5月1日"),
            ((2019, 12, 31), "令和元年12月31日"),
            ((2020, 1, 1), "令和2年1月1日"),
            ((2026, 4, 1), "令和8年4月1日"),
            ((1989, 1, 7), "昭和64年1月7日"),
            ((1989, 1, 8), "平成元年1月8日"),
            ((1926, 12, 24), "大正15年12月24日"),
            ((1926, 12, 25), "昭和元年12月25日"),
            ((1912, 7, 29), "明治45年7月29日"),
            ((1912, 7, 30), "大正元年7月30日"),
            ((1873, 1, 1), "明治6年1月1日"),
            ((2099, 12, 31), "令和81年12月31日"),
        ];
        for ((y, m, day), want) in cases {
            assert_eq!(Wareki::from_date(d(*y, *m, *day)).unwrap().to_string(), *want, "{y}-{m}-{day}");
        }
        assert_eq!(Wareki::from_date(d(1872, 12, 31)), None);
    }

    #[test]
    fn instants_use_the_given_zone() {
        use chrono::Utc;
        use chrono_tz::Asia::Tokyo;
        // 2019-04-30 15:00 UTC is already 5月1日 in Japan.
        let t = Utc.with_ymd_and_hms(2019, 4, 30, 15, 0, 0).unwrap();
        assert_eq!(Wareki::from_instant(t).unwrap().to_string(), "平成31年4月30日");
        assert_eq!(Wareki::from_instant(t.with_timezone(&Tokyo)).unwrap().to_string(), "令和元年5月1日");
    }

    #[test]
    fn year_text() {
        assert_eq!(Wareki::from_date(d(2019, 6, 1)).unwrap().year_text(), "令和元年");
        assert_eq!(Wareki::from_date(d(2026, 6, 1)).unwrap().year_text(), "令和8年");
    }

    #[test]
    fn the_era_table_is_ordered() {
        assert!(ERAS.windows(2).all(|w| ymd(w[0].start) < ymd(w[1].start)));
    }
}
