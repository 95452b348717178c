//! The real clock and id generator, for the app and the CLI (tests inject fixed ones).

use sonae_core::{Clock, IdGen, Timestamp};

/// The system clock, truncated to whole seconds (the storage precision).
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let now = chrono::Utc::now();
        chrono::DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
    }

    fn now_precise(&self) -> Timestamp {
        let now = chrono::Utc::now();
        chrono::DateTime::from_timestamp_millis(now.timestamp_millis()).unwrap_or(now)
    }
}

/// Random (v4) UUIDs.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomIds;

impl IdGen for RandomIds {
    fn new_uuid(&self) -> uuid::Uuid {
        uuid::Uuid::new_v4()
    }
}

/// The system clock moved by a fixed offset: time still runs, from another starting point.
/// The desktop uses it in debug (test) builds when `SONAE_TEST_NOW` is set, so end-to-end tests
/// can see a deadline pass; release builds always use the system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct ShiftedClock {
    pub offset: chrono::Duration,
}

impl ShiftedClock {
    /// A clock that reads `start` now and runs on from there.
    pub fn starting_at(start: Timestamp) -> ShiftedClock {
        ShiftedClock { offset: start - SystemClock.now() }
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> Timestamp {
        SystemClock.now() + self.offset
    }

    fn now_precise(&self) -> Timestamp {
        SystemClock.now_precise() + self.offset
    }
}
