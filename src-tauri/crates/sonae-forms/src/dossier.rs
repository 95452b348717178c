//! [`Dossier`]: everything known about one case, gathered by the caller (the API reads it from
//! the store), from which every form is built. Plain owned data and lookups; no IO.

use sonae_core::casework::{Decision, Evidence, EvidenceFile, Measure, Meeting};
use sonae_core::notification::{Notification, NotificationState, Stage};
use sonae_core::obligations::{Assessment, Basis, Destination, Facts, Obligation};
use sonae_core::particulars::{Addressees, Particulars};
use sonae_core::{Case, Department, DepartmentId, IncidentReport, Organization, Person, PersonId, Role, TimelineEntry, Timestamp};

/// One case and what surrounds it.
#[derive(Debug, Clone)]
pub struct Dossier {
    pub org: Organization,
    pub case: Case,
    /// The case's reports (the first one first).
    pub reports: Vec<IncidentReport>,
    /// The timeline, in the order things happened.
    pub timeline: Vec<TimelineEntry>,
    /// Everyone in the organisation register, and its departments.
    pub people: Vec<Person>,
    pub departments: Vec<Department>,
    /// The organisation's name for the case's 重要度 (None: not assessed yet).
    pub severity_label: Option<String>,
    /// The category's label.
    pub category_label: String,
    /// The rules' facts (None: not entered yet) and their assessment.
    pub facts: Option<Facts>,
    pub assessment: Option<Assessment>,
    /// The tracker's rows (sent, when, how).
    pub notifications: Vec<Notification>,
    /// Evidence with its files (name, SHA-256, size).
    pub evidence: Vec<(Evidence, Vec<EvidenceFile>)>,
    /// Recurrence-prevention measures (実施済み / 実施予定).
    pub measures: Vec<Measure>,
    pub meetings: Vec<Meeting>,
    pub decisions: Vec<Decision>,
    /// 報告事項 entered for the reports.
    pub particulars: Particulars,
    /// Whom outside bodies' documents are addressed to.
    pub addressees: Addressees,
    /// When the document is issued (its date).
    pub issued_at: Timestamp,
}

impl Dossier {
    /// The first report, if the case came from one.
    pub fn report(&self) -> Option<&IncidentReport> {
        self.reports.first()
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn department(&self, id: DepartmentId) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }

    /// A person's department.
    pub fn department_of(&self, p: &Person) -> Option<&Department> {
        p.department_id.and_then(|d| self.department(d))
    }

    /// The department the first report concerns.
    pub fn report_department(&self) -> Option<&Department> {
        self.report().and_then(|r| r.department_id).and_then(|d| self.department(d))
    }

    /// The first person with `role`.
    pub fn with_role(&self, role: Role) -> Option<&Person> {
        self.people.iter().find(|p| p.roles.contains(&role))
    }

    /// The CISO in person (the organisation's setting), if registered.
    pub fn ciso(&self) -> Option<&Person> {
        self.org.settings.ciso_person_id.and_then(|id| self.person(id))
    }

    /// The CSIRT責任者, who signs the CSIRT's reports.
    pub fn csirt_lead(&self) -> Option<&Person> {
        self.with_role(Role::CsirtLead)
    }

    /// Whom to call back: the case's handler, else the CSIRT責任者.
    pub fn contact(&self) -> Option<&Person> {
        self.case.triage.handler.and_then(|id| self.person(id)).or_else(|| self.csirt_lead())
    }

    /// The obligations to `destination` (any basis).
    pub fn obligations_to(&self, destination: Destination) -> Vec<&Obligation> {
        self.assessment.as_ref().map(|a| a.obligations.iter().filter(|o| o.destination == destination).collect()).unwrap_or_default()
    }

    /// The obligation to `destination` on `basis`.
    pub fn obligation(&self, destination: Destination, basis: Basis) -> Option<&Obligation> {
        self.assessment.as_ref().and_then(|a| a.get(destination, basis))
    }

    /// The tracker's row for one submission.
    pub fn notification(&self, destination: Destination, basis: Basis, stage: Stage) -> Option<&Notification> {
        self.notifications.iter().find(|n| n.destination == destination && n.basis == basis && n.stage == stage)
    }

    /// Rows that were sent (送付済, 受領確認, 追完), in the order they were sent.
    pub fn sent(&self) -> Vec<&Notification> {
        let mut v: Vec<&Notification> =
            self.notifications.iter().filter(|n| n.sent_at.is_some() && n.state != NotificationState::NotRequired).collect();
        v.sort_by_key(|n| n.sent_at);
        v
    }
}
