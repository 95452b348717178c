//! Cases (事案): the thing the CSIRT works on, opened from a report.
//!
//! The guarded transitions between states are `workflow.rs`; the work inside a case (tasks,
//! evidence, decisions, measures) is `casework.rs`.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::CaseId;

coded_enum! {
    /// Where a case stands (000 §5.3(3), 004 第68条–第71条).
    pub enum CaseState {
        /// 受付: reported, not yet looked at.
        Received = "received",
        /// 評価中: the CSIRT is judging whether it is an incident.
        Triage = "triage",
        /// 対応中: containment.
        Responding = "responding",
        /// 復旧中: recovery.
        Recovering = "recovering",
        /// 再発防止: recurrence prevention.
        Prevention = "prevention",
        /// 完了: closed.
        Closed = "closed",
        /// 非該当: judged not to be an incident; closed with a reason.
        NotIncident = "not_incident",
    }
}

impl CaseState {
    /// Whether the case still needs work.
    pub fn is_open(self) -> bool {
        !matches!(self, CaseState::Closed | CaseState::NotIncident)
    }
}

coded_enum! {
    /// Incident category (product taxonomy; organizations may extend it later).
    pub enum Category {
        /// 不正アクセス
        UnauthorizedAccess = "unauthorized_access",
        /// マルウェア感染 (ランサムウェア含む)
        Malware = "malware",
        /// 標的型攻撃メール
        TargetedMail = "targeted_mail",
        /// Webページ改ざん
        WebDefacement = "web_defacement",
        /// サービス不能攻撃 (DoS)
        Dos = "dos",
        /// 情報漏えい (内部不正・持ち出し)
        DataLeak = "data_leak",
        /// メール誤送信
        MisdirectedMail = "misdirected_mail",
        /// 誤送付・誤交付 (紙)
        Misdelivery = "misdelivery",
        /// 紛失・盗難 (PC・媒体・帳票)
        LossTheft = "loss_theft",
        /// SNSアカウント乗っ取り
        SnsHijack = "sns_hijack",
        /// 設定ミスによる公開
        MisconfigExposure = "misconfig_exposure",
        /// システム障害
        SystemFailure = "system_failure",
        /// ポリシー違反
        PolicyViolation = "policy_violation",
        /// その他
        Other = "other",
    }
}

coded_enum! {
    /// 重要度: four levels (labels become configurable with the organization settings).
    pub enum Severity {
        Low = "low",
        Medium = "medium",
        High = "high",
        Critical = "critical",
    }
}

/// The CSIRT's triage of a case (000 §5.3(3)①).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Triage {
    /// Judged an incident (`Some(true)`), not one (`Some(false)`), or not judged yet.
    pub is_incident: Option<bool>,
    /// Why it is, or is not, an incident.
    pub rationale: String,
    /// 影響範囲.
    pub impact: String,
    /// The CSIRT member in charge.
    pub handler: Option<crate::ids::PersonId>,
}

/// A case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub id: CaseId,
    /// 受付番号, unique per database, e.g. `2026-0007`.
    pub receipt_no: String,
    pub title: String,
    pub category: Category,
    pub state: CaseState,
    pub severity: Option<Severity>,
    /// A drill case: watermarked everywhere, never counted as real.
    pub drill: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub triage: Triage,
    /// When the 第一報 to the CISO was made (000 §5.3(3)②).
    pub ciso_informed_at: Option<Timestamp>,
    /// Root cause and the CISO's instructions (000 §5.3(3)④⑤).
    pub root_cause: crate::casework::RootCause,
}

impl Case {
    /// A new case in state 受付.
    pub fn open(id: CaseId, receipt_no: String, title: &str, category: Category, drill: bool, now: Timestamp) -> Result<Self, DomainError> {
        Ok(Self {
            id,
            receipt_no,
            title: required_text("title", title, 200)?,
            category,
            state: CaseState::Received,
            severity: None,
            drill,
            created_at: now,
            updated_at: now,
            triage: Triage::default(),
            ciso_informed_at: None,
            root_cause: crate::casework::RootCause::default(),
        })
    }
}

/// The receipt number for the `seq`-th case of `year`: `2026-0007`.
pub fn receipt_no(year: i32, seq: u32) -> String {
    format!("{year}-{seq:04}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_new_case_is_received_and_untriaged() {
        let ids = SequentialIds::new();
        let now = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
        let c = Case::open(CaseId::new(&ids), receipt_no(2026, 7), " USBメモリの紛失 ", Category::LossTheft, false, now).unwrap();
        assert_eq!(c.receipt_no, "2026-0007");
        assert_eq!(c.title, "USBメモリの紛失");
        assert_eq!(c.state, CaseState::Received);
        assert_eq!(c.severity, None);
        assert!(c.state.is_open());
        assert!(!CaseState::NotIncident.is_open());
    }

    #[test]
    fn title_is_required_and_bounded() {
        let ids = SequentialIds::new();
        let now = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
        assert!(Case::open(CaseId::new(&ids), receipt_no(2026, 1), "", Category::Other, false, now).is_err());
        let long = "あ".repeat(201);
        assert_eq!(
            Case::open(CaseId::new(&ids), receipt_no(2026, 1), &long, Category::Other, false, now),
            Err(DomainError::Invalid { field: "title", message_id: "error-field-too-long" })
        );
    }
}
