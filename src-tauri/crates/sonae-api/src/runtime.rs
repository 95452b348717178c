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
}

/// Random (v4) UUIDs.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomIds;

impl IdGen for RandomIds {
    fn new_uuid(&self) -> uuid::Uuid {
        uuid::Uuid::new_v4()
    }
}
