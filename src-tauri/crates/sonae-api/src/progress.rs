//! Progress of long operations (backups, bundles): the operation calls a callback with the step
//! it is in (a Fluent id whose message takes `$done`, `$total` and `$percent`) and how far it got.
//! The CLI prints throttled lines on stderr, the desktop keeps the latest for the UI's progress bar.

use serde::Serialize;
use ts_rs::TS;

/// How far a long operation got. `step` is a Fluent id (`cli-progress-*`); `done` ≤ `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub step: &'static str,
    pub done: u64,
    pub total: u64,
}

impl Progress {
    /// Whole percent, 100 when there is nothing to do.
    pub fn percent(&self) -> u64 {
        (self.done.min(self.total) * 100).checked_div(self.total).unwrap_or(100)
    }

    pub fn dto(&self, operation: &str) -> ProgressDto {
        ProgressDto {
            operation: operation.to_owned(),
            step: self.step.to_owned(),
            done: self.done,
            total: self.total,
            percent: self.percent(),
        }
    }
}

/// The callback long operations report to.
pub type OnProgress<'a> = &'a mut dyn FnMut(Progress);

/// A callback that ignores progress (the plain functions call their `*_with_progress` variant with it).
pub fn ignore(_: Progress) {}

/// The latest progress of a long operation the UI started (`operation` is the command's name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressDto {
    pub operation: String,
    /// A Fluent id taking `$done`, `$total`, `$percent`.
    pub step: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub percent: u64,
}
