//! Statistics of real cases (issue 10; 000 §5.2(2)⑦ annual statistics for the 情報セキュリティ委員会):
//! counts and the median and mean time from the report to each milestone, grouped by category,
//! department, severity, month or 年度.
//!
//! Rules, decided here once:
//! - **Drill cases are never counted** (`Case::drill`), whatever the caller passes in.
//! - A case belongs to the month and 年度 (April–March) of its report, in Japan time; a period
//!   (`from`..=`to`, Japan dates, both optional) selects cases by that same day.
//! - The intervals run from the report (the case's `created_at`) to: triage (the case left 受付),
//!   the CISO informed (第一報 recorded), containment (the first containment task done), closure
//!   (the case ended: 完了 or 非該当). The instants are measured by the caller from the case's own
//!   records, the way drills are measured.
//! - A case that has not reached a milestone is left out of that interval's median and mean and
//!   counted in its `not_yet` (so `reached + not_yet` is the group's count). A milestone recorded
//!   before the report (a time typed in by hand) counts as zero, never negative.
//! - The median of an even number of durations is the mean of the two middle ones, rounded down to
//!   the whole second; the mean is rounded down to the whole second as well.

use crate::case::{CaseState, Category, Severity};
use crate::clock::{Timestamp, jst_date};
use crate::coded_enum;
use crate::ids::{CaseId, DepartmentId};
use crate::training::fiscal_year_of;
use chrono::{Datelike, NaiveDate};

coded_enum! {
    /// How statistics are grouped.
    pub enum Grouping {
        /// 分類 (incident category).
        Category = "category",
        /// 部署 (the department of the case's first report).
        Department = "department",
        /// 重要度.
        Severity = "severity",
        /// 月 (of the report, Japan time).
        Month = "month",
        /// 年度 (April–March, of the report).
        FiscalYear = "fiscal_year",
    }
}

coded_enum! {
    /// A measured interval, from the report to a milestone.
    pub enum Interval {
        /// 報告 → 受付確認・評価開始 (the case left 受付).
        Triage = "triage",
        /// 報告 → CISOへの第一報.
        Ciso = "ciso",
        /// 報告 → 封じ込め完了 (the first containment task done).
        Containment = "containment",
        /// 報告 → 終結 (完了 or 非該当).
        Closure = "closure",
    }
}

/// One case and the instants it reached each milestone (None: not reached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTimes {
    pub case_id: CaseId,
    pub drill: bool,
    pub category: Category,
    pub severity: Option<Severity>,
    pub state: CaseState,
    /// The department of the case's first report, if it named one.
    pub department: Option<DepartmentId>,
    pub reported_at: Timestamp,
    pub triaged_at: Option<Timestamp>,
    pub ciso_informed_at: Option<Timestamp>,
    pub contained_at: Option<Timestamp>,
    pub closed_at: Option<Timestamp>,
}

impl CaseTimes {
    /// When the case reached the end of `interval`.
    pub fn reached(&self, interval: Interval) -> Option<Timestamp> {
        match interval {
            Interval::Triage => self.triaged_at,
            Interval::Ciso => self.ciso_informed_at,
            Interval::Containment => self.contained_at,
            Interval::Closure => self.closed_at,
        }
    }

    /// Seconds from the report to the end of `interval` (never negative), if reached.
    pub fn seconds(&self, interval: Interval) -> Option<i64> {
        self.reached(interval).map(|t| (t - self.reported_at).num_seconds().max(0))
    }

    /// The group this case falls in under `by`.
    pub fn key(&self, by: Grouping) -> GroupKey {
        let day = jst_date(self.reported_at);
        match by {
            Grouping::Category => GroupKey::Category(self.category),
            Grouping::Department => GroupKey::Department(self.department),
            Grouping::Severity => GroupKey::Severity(self.severity),
            Grouping::Month => GroupKey::Month(day.year(), day.month()),
            Grouping::FiscalYear => GroupKey::FiscalYear(fiscal_year_of(day)),
        }
    }
}

/// A group's key. Groups are listed in [`GroupKey::rank`] order: categories in declaration order,
/// severities most severe first, months and years in time order, "none" last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GroupKey {
    Category(Category),
    Department(Option<DepartmentId>),
    Severity(Option<Severity>),
    /// (year, month 1–12).
    Month(i32, u32),
    FiscalYear(i32),
}

impl GroupKey {
    /// The listing order within one grouping.
    fn rank(&self) -> (u8, i64) {
        match *self {
            GroupKey::Severity(Some(s)) => (0, -(Severity::ALL.iter().position(|x| *x == s).unwrap_or(0) as i64)),
            GroupKey::Severity(None) | GroupKey::Department(None) => (1, 0),
            _ => (0, 0),
        }
    }
}

/// One interval's figures over a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IntervalStats {
    /// Cases that reached the milestone (those the median and mean are taken over).
    pub reached: u32,
    /// Cases that have not reached it (yet).
    pub not_yet: u32,
    pub median_seconds: Option<i64>,
    pub mean_seconds: Option<i64>,
}

/// One group's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupStats {
    /// None for the total over every group.
    pub key: Option<GroupKey>,
    pub count: u32,
    /// Of `count`, the cases still open.
    pub open: u32,
    /// In [`Interval::ALL`] order.
    pub intervals: Vec<(Interval, IntervalStats)>,
}

/// Statistics over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statistics {
    pub by: Grouping,
    /// Groups with at least one case, in [`GroupKey`] order.
    pub groups: Vec<GroupStats>,
    pub total: GroupStats,
    /// Drill cases that were passed in and left out.
    pub drills_left_out: u32,
}

/// The median of `values` (sorted here): the middle one, or for an even count the mean of the
/// two middle ones rounded down. None when empty.
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]).div_euclid(2) })
}

/// The mean of `values` rounded down; None when empty.
pub fn mean(values: &[i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
    i64::try_from(sum.div_euclid(values.len() as i128)).ok()
}

/// Whether a case reported at `at` falls in `from..=to` (Japan dates; open ends allowed).
pub fn in_period(at: Timestamp, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    let day = jst_date(at);
    from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
}

fn group_stats(key: Option<GroupKey>, cases: &[&CaseTimes]) -> GroupStats {
    let intervals = Interval::ALL
        .iter()
        .map(|&i| {
            let mut values: Vec<i64> = cases.iter().filter_map(|c| c.seconds(i)).collect();
            let reached = values.len() as u32;
            let stats = IntervalStats {
                reached,
                not_yet: cases.len() as u32 - reached,
                mean_seconds: mean(&values),
                median_seconds: median(&mut values),
            };
            (i, stats)
        })
        .collect();
    GroupStats { key, count: cases.len() as u32, open: cases.iter().filter(|c| c.state.is_open()).count() as u32, intervals }
}

/// Statistics of the real cases among `cases` reported in `from..=to`, grouped `by`.
pub fn compute(cases: &[CaseTimes], by: Grouping, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Statistics {
    let drills_left_out = cases.iter().filter(|c| c.drill && in_period(c.reported_at, from, to)).count() as u32;
    let real: Vec<&CaseTimes> = cases.iter().filter(|c| !c.drill && in_period(c.reported_at, from, to)).collect();
    let mut grouped: std::collections::BTreeMap<GroupKey, Vec<&CaseTimes>> = std::collections::BTreeMap::new();
    for c in &real {
        grouped.entry(c.key(by)).or_default().push(c);
    }
    Statistics {
        by,
        groups: {
            let mut groups: Vec<GroupStats> = grouped.into_iter().map(|(k, v)| group_stats(Some(k), &v)).collect();
            // Stable: keys equal in rank keep their natural order.
            groups.sort_by_key(|g| g.key.map(|k| k.rank()));
            groups
        },
        total: group_stats(None, &real),
        drills_left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;
    use chrono::{Duration, TimeZone, Utc};

    fn case(ids: &SequentialIds, day: u32, drill: bool, category: Category, minutes: &[Option<i64>; 4]) -> CaseTimes {
        let at = Utc.with_ymd_and_hms(2026, 6, day, 0, 0, 0).unwrap();
        let after = |m: Option<i64>| m.map(|m| at + Duration::minutes(m));
        CaseTimes {
            case_id: CaseId::new(ids),
            drill,
            category,
            severity: None,
            state: if minutes[3].is_some() { CaseState::Closed } else { CaseState::Responding },
            department: None,
            reported_at: at,
            triaged_at: after(minutes[0]),
            ciso_informed_at: after(minutes[1]),
            contained_at: after(minutes[2]),
            closed_at: after(minutes[3]),
        }
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7]), Some(7));
        assert_eq!(median(&mut [30, 10, 20]), Some(20));
        // Even: the mean of the two middle ones (20 and 40), rounded down when it is not whole.
        assert_eq!(median(&mut [40, 10, 20, 100]), Some(30));
        assert_eq!(median(&mut [1, 2]), Some(1));
        assert_eq!(mean(&[1, 2]), Some(1));
        assert_eq!(mean(&[10, 20, 40, 100]), Some(42));
    }

    #[test]
    fn groups_skip_drills_and_count_cases_not_yet_there() {
        let ids = SequentialIds::new();
        let m = |v: i64| Some(v);
        let cases = vec![
            // Three 標的型 cases: triage after 10, 20, 60 minutes (odd: median 20).
            case(&ids, 1, false, Category::TargetedMail, &[m(10), m(30), None, m(600)]),
            case(&ids, 2, false, Category::TargetedMail, &[m(20), m(50), m(120), None]),
            case(&ids, 3, false, Category::TargetedMail, &[m(60), None, None, None]),
            // Two lost-device cases (even: median 15 of 10 and 20 minutes).
            case(&ids, 4, false, Category::LossTheft, &[m(10), m(40), None, m(1440)]),
            case(&ids, 5, false, Category::LossTheft, &[m(20), m(41), None, m(2880)]),
            // A drill case: never counted, however fast.
            case(&ids, 6, true, Category::LossTheft, &[m(1), m(2), m(3), m(4)]),
        ];
        let s = compute(&cases, Grouping::Category, None, None);
        assert_eq!(s.drills_left_out, 1);
        assert_eq!(s.total.count, 5);
        assert_eq!(s.groups.len(), 2);
        let mail = &s.groups[0];
        assert_eq!(mail.key, Some(GroupKey::Category(Category::TargetedMail)));
        assert_eq!((mail.count, mail.open), (3, 2));
        let triage = mail.intervals[0].1;
        assert_eq!(triage, IntervalStats { reached: 3, not_yet: 0, median_seconds: Some(20 * 60), mean_seconds: Some(30 * 60) });
        let ciso = mail.intervals[1].1;
        assert_eq!(ciso, IntervalStats { reached: 2, not_yet: 1, median_seconds: Some(40 * 60), mean_seconds: Some(40 * 60) });
        let lost = &s.groups[1];
        assert_eq!(lost.count, 2);
        assert_eq!(lost.intervals[0].1.median_seconds, Some(15 * 60));
        // 40 and 41 minutes: the median is 40 min 30 s.
        assert_eq!(lost.intervals[1].1.median_seconds, Some(40 * 60 + 30));
        assert_eq!(lost.intervals[2].1, IntervalStats { reached: 0, not_yet: 2, median_seconds: None, mean_seconds: None });
        // The total over five: triage 10, 10, 20, 20, 60 → median 20, mean 24.
        assert_eq!(s.total.intervals[0].1.median_seconds, Some(20 * 60));
        assert_eq!(s.total.intervals[0].1.mean_seconds, Some(24 * 60));
    }

    #[test]
    fn periods_and_time_groups_are_japan_days() {
        let ids = SequentialIds::new();
        // 2026-03-31 15:00 UTC is 2026-04-01 00:00 in Japan: 年度 2026, April.
        let mut c = case(&ids, 1, false, Category::Other, &[None, None, None, None]);
        c.reported_at = Utc.with_ymd_and_hms(2026, 3, 31, 15, 0, 0).unwrap();
        let mut d = c.clone();
        d.reported_at = Utc.with_ymd_and_hms(2026, 3, 31, 14, 59, 59).unwrap();
        let both = [c.clone(), d];
        let fy = compute(&both, Grouping::FiscalYear, None, None);
        assert_eq!(
            fy.groups.iter().map(|g| g.key).collect::<Vec<_>>(),
            vec![Some(GroupKey::FiscalYear(2025)), Some(GroupKey::FiscalYear(2026))]
        );
        let months = compute(&both, Grouping::Month, None, None);
        assert_eq!(months.groups[1].key, Some(GroupKey::Month(2026, 4)));
        let april = NaiveDate::from_ymd_opt(2026, 4, 1);
        assert_eq!(compute(&both, Grouping::Month, april, None).total.count, 1);
        assert_eq!(compute(&both, Grouping::Month, None, NaiveDate::from_ymd_opt(2026, 3, 31)).total.count, 1);
        // Severities: most severe first, none last.
        let mut hi = c.clone();
        hi.severity = Some(Severity::High);
        let mut lo = c;
        lo.severity = Some(Severity::Low);
        let sev = compute(&[lo, hi], Grouping::Severity, None, None);
        assert_eq!(sev.groups[0].key, Some(GroupKey::Severity(Some(Severity::High))));
    }
}
