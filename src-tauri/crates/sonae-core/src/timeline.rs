//! Timeline entries: what happened in a case, when it happened and when it was recorded.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::{CaseId, TimelineEntryId};

coded_enum! {
    /// What kind of entry.
    pub enum TimelineKind {
        /// Something the system did or a user did through it (state change, task …).
        Action = "action",
        /// 確認事項: something observed.
        Observation = "observation",
        /// 判断: a decision and its reason.
        Decision = "decision",
        /// 連絡: a call, mail or meeting with someone.
        Communication = "communication",
    }
}

/// One line of a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    pub id: TimelineEntryId,
    pub case_id: CaseId,
    pub kind: TimelineKind,
    /// When it happened (may be earlier than recorded).
    pub occurred_at: Timestamp,
    /// When it was written down.
    pub recorded_at: Timestamp,
    /// Who recorded it (an actor label, e.g. `person:<uuid>`).
    pub actor: String,
    pub text: String,
}

impl TimelineEntry {
    pub fn new(
        id: TimelineEntryId,
        case_id: CaseId,
        kind: TimelineKind,
        occurred_at: Timestamp,
        recorded_at: Timestamp,
        actor: &str,
        text: &str,
    ) -> Result<Self, DomainError> {
        Ok(Self { id, case_id, kind, occurred_at, recorded_at, actor: actor.to_owned(), text: required_text("text", text, 4000)? })
    }
}
