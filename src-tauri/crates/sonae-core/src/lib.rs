//! Sonae's domain model.
//!
//! Architecture invariant: this crate does no IO. No files, no SQL, no clock reads, no random
//! numbers, no Tauri, no serde. Time comes in through [`Clock`], identifiers through [`IdGen`];
//! everything else is plain data and pure functions, so every rule can be tested with fixed
//! inputs and the same inputs always give the same outputs (and the same PDFs later on).

pub mod audit;
pub mod calendar;
pub mod case;
pub mod casework;
pub mod clock;
pub mod drill;
pub mod drill_run;
pub mod error;
pub mod ids;
pub mod notification;
pub mod obligations;
pub mod org;
pub mod particulars;
pub mod playbook;
pub mod report;
pub mod role;
pub mod setup;
pub mod stats;
pub mod timeline;
pub mod training;
pub mod wareki;
pub mod workflow;

pub use case::{Case, CaseState, Category, Severity};
pub use clock::{Clock, FixedClock, Timestamp};
pub use error::DomainError;
pub use ids::{
    CaseId, CaseLinkId, CustodyId, DecisionId, DepartmentId, DrillId, EvidenceFileId, EvidenceId, IdGen, MeasureId, MeetingId,
    OrganizationId, PersonId, PlaybookRevisionId, ReportId, SequentialIds, TaskId, TimelineEntryId,
};
pub use org::{Department, OrgKind, Organization, Person, PersonContact};
pub use report::{IncidentReport, ReportDetails, ReportForm, ReportSource};
pub use role::{Action, Role};
pub use timeline::{TimelineEntry, TimelineKind};

/// Declares a closed enum with a stable storage code per variant (`as_code` / `from_code`).
///
/// Codes are what the database stores; they never change once released.
macro_rules! coded_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable storage code of this variant.
            pub fn as_code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a storage code; `None` for a code this version does not know.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use coded_enum;
