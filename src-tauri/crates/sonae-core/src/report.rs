//! Incident reports (職員報告, or relayed from 住民等 / 委託先, 000 §5.3(2)).

use crate::case::Category;
use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::{CaseId, DepartmentId, PersonId, ReportId};

coded_enum! {
    /// Who the report came from.
    pub enum ReportSource {
        /// A staff member noticed it.
        Staff = "staff",
        /// Relayed from a resident (住民等).
        Resident = "resident",
        /// Relayed from a contractor (委託先).
        Contractor = "contractor",
        /// Relayed from another body.
        Other = "other",
    }
}

/// A submitted report. The guided wizard with drafts comes with the staff-report feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentReport {
    pub id: ReportId,
    pub case_id: Option<CaseId>,
    pub source: ReportSource,
    pub reporter_person_id: Option<PersonId>,
    pub reporter_name: String,
    pub reporter_contact: String,
    pub department_id: Option<DepartmentId>,
    pub category: Category,
    pub summary: String,
    /// When the reporter noticed it: the first candidate for 知った日.
    pub noticed_at: Option<Timestamp>,
    /// When it probably happened.
    pub occurred_at: Option<Timestamp>,
    pub submitted_at: Timestamp,
    pub drill: bool,
}

impl IncidentReport {
    /// Validates the free-text fields.
    pub fn validate(mut self) -> Result<Self, DomainError> {
        self.reporter_name = required_text("reporterName", &self.reporter_name, 50)?;
        self.summary = required_text("summary", &self.summary, 4000)?;
        Ok(self)
    }
}
