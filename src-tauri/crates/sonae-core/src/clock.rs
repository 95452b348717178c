//! Time, injected. Timestamps are UTC instants; people see them in JST.

use chrono::{DateTime, Utc};
use chrono_tz::Asia::Tokyo;

/// An instant in UTC. Stored as RFC 3339 text with a `Z` suffix.
pub type Timestamp = DateTime<Utc>;

/// Where "now" comes from. The app uses the system clock; tests use [`FixedClock`].
pub trait Clock: Send + Sync {
    /// Now, to the storage precision (whole seconds for the system clock).
    fn now(&self) -> Timestamp;

    /// Now to the millisecond, for what runs faster than real time (a drill's scenario clock at
    /// 600× moves ten scenario minutes in one real second). Defaults to [`Clock::now`].
    fn now_precise(&self) -> Timestamp {
        self.now()
    }
}

/// A clock that always answers the same instant.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}

/// Formats an instant for storage: RFC 3339, UTC, whole seconds, e.g. `2026-11-20T23:15:00Z`.
pub fn to_storage(t: Timestamp) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Parses the storage form written by [`to_storage`] (any RFC 3339 offset is accepted).
pub fn from_storage(s: &str) -> Option<Timestamp> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// The calendar date in Japan at instant `t`.
pub fn jst_date(t: Timestamp) -> chrono::NaiveDate {
    t.with_timezone(&Tokyo).date_naive()
}

/// The last minute of day `d` in Japan (23:59 JST): a due date as an instant.
pub fn jst_end_of_day(d: chrono::NaiveDate) -> Timestamp {
    use chrono::TimeZone as _;
    let naive = d.and_hms_opt(23, 59, 0).unwrap_or_default();
    Tokyo.from_local_datetime(&naive).single().map_or_else(|| naive.and_utc(), |t| t.with_timezone(&chrono::Utc))
}

/// Formats an instant as Japanese local time, e.g. `2026/11/21 08:15`.
pub fn to_jst_display(t: Timestamp) -> String {
    t.with_timezone(&Tokyo).format("%Y/%m/%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn storage_round_trip_and_jst_display() {
        let t = Utc.with_ymd_and_hms(2026, 11, 20, 23, 15, 0).unwrap();
        assert_eq!(to_storage(t), "2026-11-20T23:15:00Z");
        assert_eq!(from_storage("2026-11-20T23:15:00Z"), Some(t));
        assert_eq!(from_storage("2026-11-21T08:15:00+09:00"), Some(t));
        assert_eq!(to_jst_display(t), "2026/11/21 08:15");
        assert_eq!(from_storage("yesterday"), None);
    }
}
