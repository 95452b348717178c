//! Roles (000 §1, 004 第2章) and what each may do.
//!
//! Permissions are decided here, in one table, and enforced by `sonae-api` on every use case.
//! The UI may hide what a role cannot do, but it is never the thing that forbids it.

use crate::coded_enum;

coded_enum! {
    /// A role a person holds. A person may hold several.
    pub enum Role {
        /// 職員: files reports.
        Staff = "staff",
        /// CSIRT要員 / インシデントハンドラー: runs cases.
        CsirtMember = "csirt_member",
        /// CSIRT責任者: assigns, approves triage and closure.
        CsirtLead = "csirt_lead",
        /// 統括情報セキュリティ責任者: receives reports, orders containment, reports to the CISO.
        ChiefSecurityOfficer = "chief_security_officer",
        /// CISO (最高情報セキュリティ責任者): is informed, decides on 公表 and 緊急対策会議.
        Ciso = "ciso",
        /// 情報システム担当者: carries out containment and recovery.
        SystemAdministrator = "system_administrator",
        /// 管理者: sets the organization up.
        Administrator = "administrator",
    }
}

coded_enum! {
    /// Something a user may try to do through the API.
    pub enum Action {
        /// See the home screen (everyone signed in).
        ViewHome = "view_home",
        /// See every case, not only one's own reports.
        ViewAllCases = "view_all_cases",
        /// Fill an empty database with the fictional demo organization, or choose an empty start.
        InitializeOrganization = "initialize_organization",
        /// Verify the audit chain and the database's integrity.
        VerifyAudit = "verify_audit",
        /// See the organization's setup: settings, departments, people, systems, 緊急連絡網.
        ViewOrganization = "view_organization",
        /// Change the organization's setup, people and accounts (管理者, 004 第26条).
        ManageOrganization = "manage_organization",
        /// File an incident report, own drafts, see one's own reports (every member of staff, 004 第85条).
        FileReport = "file_report",
        /// Work a case: triage notes, timeline, routine state moves (CSIRT, 000 §5.3(3)).
        HandleCases = "handle_cases",
        /// Decide on a case: incident or not, closure, reopening (CSIRT責任者, 統括情報セキュリティ責任者).
        DecideCases = "decide_cases",
        /// Approve or reject a decision proposed in a case (not one's own, 000 §1(5)): CSIRT責任者,
        /// 統括情報セキュリティ責任者, CISO (緊急対策会議, 004 第6条).
        ApproveDecisions = "approve_decisions",
        /// Edit the 事故対応手順書 (playbooks, 004 第69条2): 管理者, CSIRT責任者.
        EditPlaybooks = "edit_playbooks",
        /// Write a backup of the database and the evidence files: 管理者, CSIRT責任者.
        MakeBackups = "make_backups",
        /// Plan, run and review drills (緊急時対応訓練, 000 §5.2(3), 004 第69条3): 管理者, CSIRT責任者,
        /// 統括情報セキュリティ責任者.
        RunDrills = "run_drills",
        /// See training plans, sessions and everyone's attendance (000 §5.2(2)): 管理者, CSIRT責任者,
        /// 統括情報セキュリティ責任者, CISO (to whom the records are reported).
        ViewTraining = "view_training",
        /// Plan training, record sessions and attendance (000 §5.2(2), 004 第24条): 管理者,
        /// 統括情報セキュリティ責任者.
        ManageTraining = "manage_training",
    }
}

impl Role {
    /// Whether this role alone permits `action`.
    pub fn permits(self, action: Action) -> bool {
        use Action::*;
        use Role::*;
        match action {
            ViewHome => true,
            ViewAllCases => matches!(self, CsirtMember | CsirtLead | ChiefSecurityOfficer | Ciso | Administrator),
            InitializeOrganization => matches!(self, Administrator),
            VerifyAudit => matches!(self, Administrator | CsirtLead | ChiefSecurityOfficer),
            ViewOrganization => true,
            ManageOrganization => matches!(self, Administrator),
            FileReport => true,
            HandleCases => matches!(self, CsirtMember | CsirtLead | ChiefSecurityOfficer),
            DecideCases => matches!(self, CsirtLead | ChiefSecurityOfficer),
            ApproveDecisions => matches!(self, CsirtLead | ChiefSecurityOfficer | Ciso),
            EditPlaybooks => matches!(self, Administrator | CsirtLead),
            MakeBackups => matches!(self, Administrator | CsirtLead),
            RunDrills => matches!(self, Administrator | CsirtLead | ChiefSecurityOfficer),
            ViewTraining => matches!(self, Administrator | CsirtLead | ChiefSecurityOfficer | Ciso),
            ManageTraining => matches!(self, Administrator | ChiefSecurityOfficer),
        }
    }
}

/// Whether any of `roles` permits `action`.
pub fn any_permits(roles: &[Role], action: Action) -> bool {
    roles.iter().any(|r| r.permits(action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.as_code()), Some(*r));
        }
        assert_eq!(Role::from_code("mayor"), None);
    }

    #[test]
    fn staff_cannot_see_all_cases_or_initialize() {
        assert!(any_permits(&[Role::Staff], Action::ViewHome));
        assert!(!any_permits(&[Role::Staff], Action::ViewAllCases));
        assert!(!any_permits(&[Role::Staff, Role::SystemAdministrator], Action::InitializeOrganization));
        assert!(any_permits(&[Role::Staff, Role::Administrator], Action::InitializeOrganization));
        assert!(!any_permits(&[], Action::ViewHome));
    }
}
