//! Playbooks (事故対応手順書, 004 第69条2): per category, the steps that become a case's tasks
//! when it is judged an incident — emergency measures for the 情報システム担当者, the check whether
//! the same thing happens in other systems (000 §5.3(3)③), evidence to secure, people to inform.
//!
//! Every category has a built-in playbook (revision 0) whose step titles are Fluent messages
//! (`locales/*/playbook.ftl`). An organization edits a playbook by saving a new revision with its
//! own text; revisions are never changed or deleted, so a case always shows which revision its
//! tasks came from. The recovery checklist (004 第71条1) has built-in items the same way.

use crate::case::Category;
use crate::casework::{TaskKind, optional_text};
use crate::clock::Timestamp;
use crate::error::{DomainError, required_text};
use crate::ids::PlaybookRevisionId;

/// A step of a built-in playbook: its title is the Fluent message `message_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltInStep {
    pub kind: TaskKind,
    pub message_id: &'static str,
    pub mandatory: bool,
    /// Due this many hours after the case is judged an incident.
    pub due_hours: Option<u32>,
}

const fn step(kind: TaskKind, message_id: &'static str, mandatory: bool, due_hours: Option<u32>) -> BuiltInStep {
    BuiltInStep { kind, message_id, mandatory, due_hours }
}

use TaskKind::{Containment as C, Evidence as E, Inform as I, OtherSystems as O};

/// Categories without a playbook of their own.
const GENERIC: &[BuiltInStep] = &[
    step(C, "playbook-generic-contain", true, Some(2)),
    step(O, "playbook-generic-other-systems", true, Some(24)),
    step(E, "playbook-generic-evidence", true, Some(4)),
    step(I, "playbook-generic-inform", false, Some(24)),
];

const LOSS_THEFT: &[BuiltInStep] = &[
    step(C, "playbook-loss-theft-search", true, Some(2)),
    step(C, "playbook-loss-theft-remote-lock", true, Some(2)),
    step(C, "playbook-loss-theft-credentials", true, Some(4)),
    step(O, "playbook-loss-theft-inventory", true, Some(48)),
    step(E, "playbook-loss-theft-record", true, Some(4)),
    step(I, "playbook-loss-theft-police", true, Some(24)),
    step(I, "playbook-loss-theft-owner-dept", false, Some(24)),
];

/// The built-in playbook of `category` (revision 0).
pub fn built_in(category: Category) -> &'static [BuiltInStep] {
    match category {
        Category::LossTheft => LOSS_THEFT,
        _ => GENERIC,
    }
}

/// The built-in recovery checklist items (Fluent ids), 004 第71条1.
pub const RECOVERY_CHECKS: &[&str] = &[
    "recovery-check-cause-removed",
    "recovery-check-security-functions",
    "recovery-check-access-control",
    "recovery-check-logs",
    "recovery-check-monitoring",
];

/// One step of a saved playbook revision: the organization's own text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaybookStep {
    pub kind: TaskKind,
    pub title: String,
    pub mandatory: bool,
    pub due_hours: Option<u32>,
}

/// A saved revision of a category's playbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaybookRevision {
    pub id: PlaybookRevisionId,
    pub category: Category,
    /// 1, 2, …: one more than the previous saved revision (0 is the built-in playbook).
    pub revision: u32,
    pub steps: Vec<PlaybookStep>,
    /// What changed and why.
    pub note: String,
    pub saved_by: String,
    pub saved_at: Timestamp,
}

/// At most this many hours ahead for a step's due time (one year).
pub const MAX_DUE_HOURS: u32 = 24 * 366;

impl PlaybookRevision {
    /// Checks and builds a revision. Steps need a title; a playbook needs at least one step.
    /// Errors name the field as `steps.<index>.title` etc. through `DomainError` with the
    /// index returned alongside.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: PlaybookRevisionId,
        category: Category,
        revision: u32,
        steps: Vec<PlaybookStep>,
        note: &str,
        saved_by: &str,
        now: Timestamp,
    ) -> Result<Self, (Option<usize>, DomainError)> {
        if steps.is_empty() {
            return Err((None, DomainError::Invalid { field: "steps", message_id: "error-playbook-empty" }));
        }
        if steps.len() > 100 {
            return Err((None, DomainError::Invalid { field: "steps", message_id: "error-playbook-too-many" }));
        }
        let mut checked = Vec::with_capacity(steps.len());
        for (i, s) in steps.into_iter().enumerate() {
            if s.kind == TaskKind::CisoReport || s.kind == TaskKind::RecoveryCheck {
                return Err((Some(i), DomainError::Invalid { field: "kind", message_id: "error-choice-not-found" }));
            }
            if s.due_hours.is_some_and(|h| h == 0 || h > MAX_DUE_HOURS) {
                return Err((Some(i), DomainError::Invalid { field: "dueHours", message_id: "error-playbook-due-hours" }));
            }
            let title = required_text("title", &s.title, 200).map_err(|e| (Some(i), e))?;
            checked.push(PlaybookStep { title, ..s });
        }
        Ok(PlaybookRevision {
            id,
            category,
            revision,
            steps: checked,
            note: optional_text("note", note, 1000).map_err(|e| (None, e))?,
            saved_by: saved_by.to_owned(),
            saved_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{IdGen, SequentialIds};

    #[test]
    fn every_category_has_a_playbook_with_each_section() {
        for c in Category::ALL {
            let steps = built_in(*c);
            for kind in [C, O, E, I] {
                assert!(steps.iter().any(|s| s.kind == kind), "{c:?} lacks {kind:?}");
            }
            assert!(steps.iter().any(|s| s.mandatory), "{c:?} has no mandatory step");
        }
    }

    #[test]
    fn a_revision_needs_steps_with_titles() {
        let ids = SequentialIds::new();
        let now = chrono::DateTime::UNIX_EPOCH;
        let id = PlaybookRevisionId(ids.new_uuid());
        let step = |t: &str| PlaybookStep { kind: C, title: t.into(), mandatory: true, due_hours: Some(2) };
        assert_eq!(
            PlaybookRevision::new(id, Category::Dos, 1, vec![], "", "p", now).unwrap_err().1,
            DomainError::Invalid { field: "steps", message_id: "error-playbook-empty" }
        );
        let err = PlaybookRevision::new(id, Category::Dos, 1, vec![step("遮断"), step(" ")], "", "p", now).unwrap_err();
        assert_eq!(err, (Some(1), DomainError::Invalid { field: "title", message_id: "error-field-required" }));
        let ok = PlaybookRevision::new(id, Category::Dos, 1, vec![step(" 遮断 ")], "初版", "p", now).unwrap();
        assert_eq!(ok.steps[0].title, "遮断");
    }
}
