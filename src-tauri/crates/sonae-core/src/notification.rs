//! The notification tracker: for each obligation the rules engine (`obligations.rs`) finds, one
//! row per submission — the PPC report has two, 速報 and 確報 — with its state, when and how it
//! was sent, and its deadline. A row is never deleted: when the facts change so that an
//! obligation is no longer owed, its row stays, marked as not owed now, with whatever was done.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::DomainError;
use crate::ids::CaseId;
use crate::obligations::{Basis, Destination, Obligation, Timing};
use chrono::NaiveDate;

coded_enum! {
    /// Which submission of an obligation a row tracks.
    pub enum Stage {
        /// 速報.
        Preliminary = "preliminary",
        /// 確報.
        Final = "final",
        /// The only submission (本人通知, 総務省, police …).
        Single = "single",
    }
}

coded_enum! {
    /// Where a notification stands.
    pub enum NotificationState {
        /// 要否判断中.
        Pending = "pending",
        /// 不要 (with the reason).
        NotRequired = "not_required",
        /// 下書き.
        Draft = "draft",
        /// 送付済.
        Sent = "sent",
        /// 受領確認.
        Acknowledged = "acknowledged",
        /// 追完 (supplementary report after sending).
        Supplemented = "supplemented",
    }
}

impl NotificationState {
    /// Still to be done: a deadline can pass.
    pub fn is_open(self) -> bool {
        matches!(self, NotificationState::Pending | NotificationState::Draft)
    }
}

/// The submissions an obligation needs, each with its deadline (or target) date.
pub fn stages_of(o: &Obligation) -> Vec<(Stage, Option<NaiveDate>)> {
    match o.timing {
        Timing::PreliminaryAndFinal => vec![(Stage::Preliminary, o.preliminary_target), (Stage::Final, o.final_deadline)],
        _ => vec![(Stage::Single, o.target_date.or(o.batch_period_end))],
    }
}

/// How many days before a deadline it counts as due soon.
pub const DUE_SOON_DAYS: i64 = 2;

/// Where a deadline stands on `today` for a row in `state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueStatus {
    /// Nothing to worry about (done, not required, no date, or far away).
    Calm,
    /// Within [`DUE_SOON_DAYS`] of the date.
    DueSoon,
    /// The date has passed and it is still open.
    Overdue,
}

/// The deadline's standing: overdue once `today` is after `due` (the due day itself is still in time).
pub fn due_status(state: NotificationState, due: Option<NaiveDate>, today: NaiveDate) -> DueStatus {
    match due {
        Some(d) if state.is_open() && today > d => DueStatus::Overdue,
        Some(d) if state.is_open() && (d - today).num_days() <= DUE_SOON_DAYS => DueStatus::DueSoon,
        _ => DueStatus::Calm,
    }
}

/// One tracked submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub case_id: CaseId,
    pub destination: Destination,
    pub basis: Basis,
    pub stage: Stage,
    pub state: NotificationState,
    /// Why it is not required (for [`NotificationState::NotRequired`]).
    pub reason: String,
    pub sent_at: Option<Timestamp>,
    /// How it was sent (e-mail, 電子申請, 持参 …).
    pub method: String,
    /// The document sent (its title or number).
    pub document: String,
    pub note: String,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

impl Notification {
    /// A new row in 要否判断中.
    pub fn new(case_id: CaseId, destination: Destination, basis: Basis, stage: Stage, actor: &str, now: Timestamp) -> Notification {
        Notification {
            case_id,
            destination,
            basis,
            stage,
            state: NotificationState::Pending,
            reason: String::new(),
            sent_at: None,
            method: String::new(),
            document: String::new(),
            note: String::new(),
            updated_by: actor.to_owned(),
            updated_at: now,
        }
    }

    /// The row's storage key: destination, basis and stage codes.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.destination.as_code(), self.basis.as_code(), self.stage.as_code())
    }

    /// Moves it to `state`. 不要 needs a reason; 送付済 needs when and how; 受領確認 and 追完
    /// need it sent first.
    #[allow(clippy::too_many_arguments)]
    pub fn set_state(
        &mut self,
        state: NotificationState,
        reason: &str,
        sent_at: Option<Timestamp>,
        method: &str,
        document: &str,
        note: &str,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), DomainError> {
        let (reason, method, document, note) = (reason.trim(), method.trim(), document.trim(), note.trim());
        for (field, v, max) in [("reason", reason, 1000), ("method", method, 200), ("document", document, 500), ("note", note, 2000)] {
            if v.chars().count() > max {
                return Err(DomainError::Invalid { field, message_id: "error-field-too-long" });
            }
        }
        if sent_at.is_some_and(|s| s > now + chrono::Duration::minutes(1)) {
            return Err(DomainError::Invalid { field: "sentAt", message_id: "error-datetime-future" });
        }
        match state {
            NotificationState::NotRequired if reason.is_empty() => {
                return Err(DomainError::Invalid { field: "reason", message_id: "error-field-required" });
            }
            NotificationState::Sent if sent_at.is_none() => {
                return Err(DomainError::Invalid { field: "sentAt", message_id: "error-field-required" });
            }
            NotificationState::Sent if method.is_empty() => {
                return Err(DomainError::Invalid { field: "method", message_id: "error-field-required" });
            }
            NotificationState::Acknowledged | NotificationState::Supplemented if self.sent_at.is_none() && sent_at.is_none() => {
                return Err(DomainError::Invalid { field: "state", message_id: "error-notification-not-sent" });
            }
            _ => {}
        }
        self.state = state;
        self.reason = reason.to_owned();
        if sent_at.is_some() {
            self.sent_at = sent_at;
        }
        if !method.is_empty() {
            self.method = method.to_owned();
        }
        if !document.is_empty() {
            self.document = document.to_owned();
        }
        self.note = note.to_owned();
        self.updated_by = actor.to_owned();
        self.updated_at = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn overdue_starts_the_day_after_the_deadline_and_only_while_open() {
        let due = Some(day(2026, 1, 5));
        assert_eq!(due_status(NotificationState::Pending, due, day(2026, 1, 5)), DueStatus::DueSoon);
        assert_eq!(due_status(NotificationState::Draft, due, day(2026, 1, 6)), DueStatus::Overdue);
        assert_eq!(due_status(NotificationState::Sent, due, day(2026, 1, 6)), DueStatus::Calm);
        assert_eq!(due_status(NotificationState::Pending, due, day(2026, 1, 2)), DueStatus::Calm);
        assert_eq!(due_status(NotificationState::Pending, None, day(2027, 1, 1)), DueStatus::Calm);
    }

    #[test]
    fn states_need_their_facts() {
        let now = Utc.with_ymd_and_hms(2026, 1, 5, 0, 0, 0).unwrap();
        let mut n = Notification::new(CaseId(uuid::Uuid::nil()), Destination::Ppc, Basis::Appi68, Stage::Final, "p", now);
        let set = |n: &mut Notification, s, r: &str, at, m: &str| n.set_state(s, r, at, m, "", "", "p", now);
        assert_eq!(
            set(&mut n, NotificationState::NotRequired, " ", None, ""),
            Err(DomainError::Invalid { field: "reason", message_id: "error-field-required" })
        );
        assert_eq!(
            set(&mut n, NotificationState::Acknowledged, "", None, ""),
            Err(DomainError::Invalid { field: "state", message_id: "error-notification-not-sent" })
        );
        assert_eq!(
            set(&mut n, NotificationState::Sent, "", Some(now), ""),
            Err(DomainError::Invalid { field: "method", message_id: "error-field-required" })
        );
        set(&mut n, NotificationState::Sent, "", Some(now), "電子申請").unwrap();
        set(&mut n, NotificationState::Acknowledged, "", None, "").unwrap();
        assert_eq!((n.state, n.sent_at, n.method.as_str()), (NotificationState::Acknowledged, Some(now), "電子申請"));
    }
}
