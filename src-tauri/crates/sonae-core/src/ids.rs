//! Identifiers: UUIDs wrapped in one type per kind of object, and their injected generator.

use uuid::Uuid;

/// Where new identifiers come from. The app uses random v4 UUIDs; tests use [`SequentialIds`].
pub trait IdGen: Send + Sync {
    fn new_uuid(&self) -> Uuid;
}

/// Deterministic identifiers `00000000-0000-4000-8000-000000000001`, `…0002`, … for tests.
#[derive(Debug, Default)]
pub struct SequentialIds(std::sync::atomic::AtomicU64);

impl SequentialIds {
    pub fn new() -> Self {
        Self::default()
    }
}

impl IdGen for SequentialIds {
    fn new_uuid(&self) -> Uuid {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0000 | u128::from(n))
    }
}

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh identifier from the injected generator.
            pub fn new(ids: &dyn IdGen) -> Self {
                Self(ids.new_uuid())
            }

            /// Parses the hyphenated text form.
            pub fn parse(s: &str) -> Option<Self> {
                Uuid::parse_str(s).ok().map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    )+};
}

id_type!(
    /// An organization (one per database).
    OrganizationId,
    /// A department (課等).
    DepartmentId,
    /// A person on the staff.
    PersonId,
    /// An incident report (職員報告 or a relayed report).
    ReportId,
    /// A case (事案).
    CaseId,
    /// A timeline entry of a case.
    TimelineEntryId,
    /// A task of a case (response task or recovery check).
    TaskId,
    /// An item of evidence.
    EvidenceId,
    /// A file attached to an item of evidence.
    EvidenceFileId,
    /// A chain-of-custody transfer.
    CustodyId,
    /// A 緊急対策会議 (or any case meeting).
    MeetingId,
    /// A decision proposed in a case.
    DecisionId,
    /// A drill (緊急時対応訓練) plan and its run.
    DrillId,
    /// An annual training plan (one per 年度).
    TrainingPlanId,
    /// A training session (研修の実施回).
    TrainingSessionId,
    /// A recurrence-prevention measure.
    MeasureId,
    /// A saved revision of a playbook.
    PlaybookRevisionId,
    /// A link between two cases.
    CaseLinkId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_ids_are_valid_and_distinct() {
        let ids = SequentialIds::new();
        let a = CaseId::new(&ids);
        let b = CaseId::new(&ids);
        assert_eq!(a.to_string(), "00000000-0000-4000-8000-000000000001");
        assert_ne!(a, b);
        assert_eq!(CaseId::parse(&b.to_string()), Some(b));
        assert_eq!(CaseId::parse("not-a-uuid"), None);
    }
}
