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

use TaskKind::{Containment as C, Evidence as E, Inform as I, Other as X, OtherSystems as O};

// Each table is in the order the steps become tasks: what must happen first comes first (a
// defaced page is recorded before it is taken down). Containment is due within 1–4 hours of the
// judgement, evidence within hours, the check of other systems within 1–3 days. Voluntary steps
// (IPA, JPCERT/CC) are optional and have no due time. The 第一報 to the CISO is not a playbook
// step: every incident gets it as its own task (`TaskKind::CisoReport`).

/// Categories without a playbook of their own (システム障害, ポリシー違反, その他).
const GENERIC: &[BuiltInStep] = &[
    step(C, "playbook-generic-contain", true, Some(2)),
    step(E, "playbook-generic-evidence", true, Some(4)),
    step(O, "playbook-generic-other-systems", true, Some(24)),
    step(I, "playbook-generic-inform", false, Some(24)),
];

/// 不正アクセス (004 第69条2(1), 000 §6.5).
const UNAUTHORIZED_ACCESS: &[BuiltInStep] = &[
    step(C, "playbook-unauthorized-access-isolate", true, Some(1)),
    step(C, "playbook-unauthorized-access-block", true, Some(2)),
    step(C, "playbook-unauthorized-access-accounts", true, Some(2)),
    step(E, "playbook-unauthorized-access-logs", true, Some(4)),
    step(E, "playbook-unauthorized-access-disk-image", false, Some(24)),
    step(E, "playbook-unauthorized-access-traces", true, Some(8)),
    step(O, "playbook-unauthorized-access-same-weakness", true, Some(24)),
    step(O, "playbook-unauthorized-access-same-credentials", true, Some(48)),
    step(I, "playbook-unauthorized-access-owner-dept", true, Some(4)),
    step(I, "playbook-unauthorized-access-contractor", false, Some(4)),
    step(I, "playbook-unauthorized-access-police", false, Some(72)),
    step(I, "playbook-unauthorized-access-ipa-jpcert", false, None),
];

/// 内部からの情報漏えい (004 第69条2(2)).
const DATA_LEAK: &[BuiltInStep] = &[
    step(C, "playbook-data-leak-restrict-access", true, Some(2)),
    step(C, "playbook-data-leak-block-channel", true, Some(4)),
    step(C, "playbook-data-leak-takedown", false, Some(24)),
    step(E, "playbook-data-leak-logs", true, Some(4)),
    step(E, "playbook-data-leak-devices", true, Some(8)),
    step(X, "playbook-data-leak-identify", true, Some(24)),
    step(O, "playbook-data-leak-other-systems", true, Some(48)),
    step(O, "playbook-data-leak-other-depts", false, Some(72)),
    step(I, "playbook-data-leak-owner-dept", true, Some(8)),
    step(I, "playbook-data-leak-personnel", true, Some(24)),
    step(I, "playbook-data-leak-police", false, Some(72)),
];

/// マルウェア感染・ランサムウェア (004 第69条2(3), 000 §6.4(2)⑦).
const MALWARE: &[BuiltInStep] = &[
    step(C, "playbook-malware-disconnect", true, Some(1)),
    step(E, "playbook-malware-screen", true, Some(1)),
    step(C, "playbook-malware-block", true, Some(2)),
    step(C, "playbook-malware-protect-backups", true, Some(2)),
    step(C, "playbook-malware-credentials", true, Some(4)),
    step(E, "playbook-malware-keep-powered", true, Some(2)),
    step(E, "playbook-malware-logs", true, Some(4)),
    step(E, "playbook-malware-sample", false, Some(8)),
    step(O, "playbook-malware-scan", true, Some(24)),
    step(O, "playbook-malware-indicators", true, Some(24)),
    step(I, "playbook-malware-owner-dept", true, Some(4)),
    step(I, "playbook-malware-contractor", false, Some(4)),
    step(I, "playbook-malware-police", false, Some(24)),
    step(I, "playbook-malware-ipa-jpcert", false, None),
];

/// 標的型攻撃メール (000 §6.5(7)).
const TARGETED_MAIL: &[BuiltInStep] = &[
    step(C, "playbook-targeted-mail-isolate-opened", true, Some(1)),
    step(E, "playbook-targeted-mail-original", true, Some(2)),
    step(C, "playbook-targeted-mail-block", true, Some(2)),
    step(C, "playbook-targeted-mail-purge", true, Some(4)),
    step(E, "playbook-targeted-mail-logs", true, Some(4)),
    step(O, "playbook-targeted-mail-recipients", true, Some(8)),
    step(I, "playbook-targeted-mail-warn-staff", true, Some(4)),
    step(I, "playbook-targeted-mail-spoofed-party", false, Some(24)),
    step(I, "playbook-targeted-mail-ipa-jpcert", false, None),
];

/// Webページ改ざん (000 §6.5(1)③).
const WEB_DEFACEMENT: &[BuiltInStep] = &[
    step(E, "playbook-web-defacement-record-page", true, Some(1)),
    step(C, "playbook-web-defacement-take-down", true, Some(1)),
    step(C, "playbook-web-defacement-credentials", true, Some(4)),
    step(C, "playbook-web-defacement-restrict-admin", false, Some(8)),
    step(E, "playbook-web-defacement-logs", true, Some(4)),
    step(X, "playbook-web-defacement-visitors", true, Some(24)),
    step(O, "playbook-web-defacement-other-sites", true, Some(24)),
    step(I, "playbook-web-defacement-contractor", false, Some(2)),
    step(I, "playbook-web-defacement-public-notice", false, Some(24)),
    step(I, "playbook-web-defacement-police", false, Some(72)),
    step(I, "playbook-web-defacement-ipa-jpcert", false, None),
];

/// サービス不能攻撃 (000 §6.5(2)(6)).
const DOS: &[BuiltInStep] = &[
    step(C, "playbook-dos-upstream-filter", true, Some(2)),
    step(C, "playbook-dos-limit", true, Some(2)),
    step(E, "playbook-dos-logs", true, Some(4)),
    step(E, "playbook-dos-threat", false, Some(4)),
    step(O, "playbook-dos-shared-systems", true, Some(8)),
    step(I, "playbook-dos-owner-dept", true, Some(4)),
    step(I, "playbook-dos-police", false, Some(72)),
    step(I, "playbook-dos-jpcert", false, None),
];

/// メール誤送信 (004 第85条1(2)).
const MISDIRECTED_MAIL: &[BuiltInStep] = &[
    step(C, "playbook-misdirected-mail-ask-delete", true, Some(1)),
    step(C, "playbook-misdirected-mail-disable-link", false, Some(1)),
    step(C, "playbook-misdirected-mail-confirm-deletion", true, Some(24)),
    step(E, "playbook-misdirected-mail-copy", true, Some(2)),
    step(E, "playbook-misdirected-mail-send-log", false, Some(8)),
    step(X, "playbook-misdirected-mail-identify", true, Some(8)),
    step(O, "playbook-misdirected-mail-other-sends", true, Some(24)),
    step(I, "playbook-misdirected-mail-intended-recipient", false, Some(24)),
    step(I, "playbook-misdirected-mail-owner-dept", true, Some(4)),
];

/// 誤送付・誤交付 (paper).
const MISDELIVERY: &[BuiltInStep] = &[
    step(C, "playbook-misdelivery-hold-batch", false, Some(2)),
    step(C, "playbook-misdelivery-retrieve", true, Some(4)),
    step(C, "playbook-misdelivery-confirm-no-copies", true, Some(24)),
    step(E, "playbook-misdelivery-records", true, Some(8)),
    step(O, "playbook-misdelivery-check-batch", true, Some(24)),
    step(I, "playbook-misdelivery-intended-recipient", true, Some(24)),
    step(I, "playbook-misdelivery-contractor", false, Some(24)),
];

/// 紛失・盗難 (004 第85条1(1)(3), 000 §5.4(1)②).
const LOSS_THEFT: &[BuiltInStep] = &[
    step(C, "playbook-loss-theft-search", true, Some(2)),
    step(C, "playbook-loss-theft-remote-lock", true, Some(2)),
    step(C, "playbook-loss-theft-credentials", true, Some(4)),
    step(E, "playbook-loss-theft-record", true, Some(4)),
    step(E, "playbook-loss-theft-access-records", false, Some(24)),
    step(O, "playbook-loss-theft-inventory", true, Some(48)),
    step(I, "playbook-loss-theft-police", true, Some(24)),
    step(I, "playbook-loss-theft-owner-dept", false, Some(24)),
];

/// SNSアカウント乗っ取り.
const SNS_HIJACK: &[BuiltInStep] = &[
    step(E, "playbook-sns-hijack-screenshots", true, Some(1)),
    step(C, "playbook-sns-hijack-secure-account", true, Some(1)),
    step(C, "playbook-sns-hijack-platform", true, Some(2)),
    step(C, "playbook-sns-hijack-two-factor", true, Some(4)),
    step(C, "playbook-sns-hijack-remove-posts", false, Some(4)),
    step(O, "playbook-sns-hijack-other-accounts", true, Some(24)),
    step(I, "playbook-sns-hijack-public-notice", true, Some(4)),
    step(I, "playbook-sns-hijack-pr-dept", false, Some(4)),
];

/// 設定ミスによる公開.
const MISCONFIG_EXPOSURE: &[BuiltInStep] = &[
    step(E, "playbook-misconfig-exposure-record", true, Some(1)),
    step(C, "playbook-misconfig-exposure-close", true, Some(1)),
    step(C, "playbook-misconfig-exposure-caches", false, Some(24)),
    step(E, "playbook-misconfig-exposure-access-logs", true, Some(4)),
    step(O, "playbook-misconfig-exposure-other-settings", true, Some(48)),
    step(I, "playbook-misconfig-exposure-owner-dept", true, Some(4)),
];

/// The built-in playbook of `category` (revision 0).
pub fn built_in(category: Category) -> &'static [BuiltInStep] {
    match category {
        Category::UnauthorizedAccess => UNAUTHORIZED_ACCESS,
        Category::Malware => MALWARE,
        Category::TargetedMail => TARGETED_MAIL,
        Category::WebDefacement => WEB_DEFACEMENT,
        Category::Dos => DOS,
        Category::DataLeak => DATA_LEAK,
        Category::MisdirectedMail => MISDIRECTED_MAIL,
        Category::Misdelivery => MISDELIVERY,
        Category::LossTheft => LOSS_THEFT,
        Category::SnsHijack => SNS_HIJACK,
        Category::MisconfigExposure => MISCONFIG_EXPOSURE,
        Category::SystemFailure | Category::PolicyViolation | Category::Other => GENERIC,
    }
}

/// The built-in recovery checklist items (Fluent ids), 004 第71条1: after recovery, the security
/// functions of the systems work again. Items that do not apply are waived with a reason.
pub const RECOVERY_CHECKS: &[&str] = &[
    "recovery-check-cause-removed",
    "recovery-check-patches",
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
                assert!(steps.iter().any(|s| s.kind == kind && s.mandatory) || kind == I, "{c:?} has no mandatory {kind:?} step");
            }
            assert!(steps.iter().any(|s| s.mandatory), "{c:?} has no mandatory step");
        }
    }

    #[test]
    fn the_categories_of_issue_5_and_004_have_their_own_playbook() {
        use Category::*;
        for c in [
            UnauthorizedAccess,
            DataLeak,
            Malware,
            LossTheft,
            MisdirectedMail,
            WebDefacement,
            Dos,
            TargetedMail,
            Misdelivery,
            SnsHijack,
            MisconfigExposure,
        ] {
            let prefix = format!("playbook-{}-", c.as_code().replace('_', "-"));
            assert!(built_in(c).iter().all(|s| s.message_id.starts_with(&prefix)), "{c:?}: every id starts with {prefix}");
        }
        for c in [SystemFailure, PolicyViolation, Other] {
            assert!(built_in(c).iter().all(|s| s.message_id.starts_with("playbook-generic-")), "{c:?} uses the generic playbook");
        }
    }

    #[test]
    fn step_ids_are_unique_kebab_case_and_due_times_are_sensible() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Category::ALL {
            for s in built_in(*c) {
                let id = s.message_id;
                assert!(id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'), "{id}");
                assert!(!matches!(s.kind, TaskKind::CisoReport | TaskKind::RecoveryCheck), "{id}: not a playbook kind");
                if let Some(h) = s.due_hours {
                    assert!(h > 0 && h <= MAX_DUE_HOURS, "{id}: due hours {h}");
                }
                if s.kind == C {
                    assert!(s.due_hours.is_some_and(|h| h <= 24), "{id}: containment is due within a day");
                }
                if s.mandatory {
                    assert!(s.due_hours.is_some(), "{id}: a mandatory step has a due time");
                }
            }
            assert!(
                built_in(*c).iter().any(|s| s.kind == C && s.mandatory && s.due_hours.is_some_and(|h| h <= 4)),
                "{c:?}: a mandatory emergency measure is due within 4 hours"
            );
        }
        // Ids are unique; the generic table (shared by several categories) is counted once.
        let tables = Category::ALL.iter().map(|c| built_in(*c)).filter(|t| !t[0].message_id.starts_with("playbook-generic-"));
        for s in tables.chain([GENERIC]).flatten() {
            assert!(seen.insert(s.message_id), "{} appears twice", s.message_id);
        }
        let recovery: std::collections::BTreeSet<_> = RECOVERY_CHECKS.iter().collect();
        assert_eq!(recovery.len(), RECOVERY_CHECKS.len());
        assert!(RECOVERY_CHECKS.iter().all(|id| id.starts_with("recovery-check-")));
    }

    #[test]
    fn every_built_in_playbook_is_a_valid_revision() {
        let ids = SequentialIds::new();
        for c in Category::ALL {
            let steps = built_in(*c)
                .iter()
                .map(|s| PlaybookStep { kind: s.kind, title: s.message_id.into(), mandatory: s.mandatory, due_hours: s.due_hours })
                .collect();
            let r = PlaybookRevision::new(PlaybookRevisionId(ids.new_uuid()), *c, 1, steps, "", "p", chrono::DateTime::UNIX_EPOCH);
            assert!(r.is_ok(), "{c:?}: {r:?}");
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
