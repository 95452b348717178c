//! The work inside a case once it is judged an incident.
//!
//! - Tasks (from the category's playbook, 004 第69条2): assignee, due, done with a note, or waived
//!   with a reason. The recovery checklist (004 第71条1) is the same kind of row on its own list.
//! - Evidence (004 第70条4(3), 000 §6.5(3)): what, from where, collected by whom and when, where it
//!   is kept; files are content-addressed by SHA-256 (the store keeps the bytes); custody transfers.
//! - 緊急対策会議 (004 第6条) and decisions, approved or rejected by someone other than the
//!   proposer (separation of duties, 000 §1(5)).
//! - Root cause and recurrence-prevention measures (000 §5.3(3)④⑤, 004 第71条2).
//!
//! Everything here is plain data and rules; who may do what is `role.rs`, storing is the store's.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::*;
use chrono::NaiveDate;

coded_enum! {
    /// Which list a task is on.
    pub enum TaskList {
        /// 対応: containment, checks, evidence, people to inform.
        Response = "response",
        /// 復旧確認: the security functions work again (004 第71条1).
        Recovery = "recovery",
    }
}

coded_enum! {
    /// What a task is about (the playbook's sections).
    pub enum TaskKind {
        /// 緊急措置: what the 情報システム担当者 does now.
        Containment = "containment",
        /// 他システムでの同種事象の確認 (000 §5.3(3)③).
        OtherSystems = "other_systems",
        /// 証拠保全.
        Evidence = "evidence",
        /// 連絡: people and bodies to inform.
        Inform = "inform",
        /// 第一報 to the CISO (000 §5.3(3)②): created when the case is judged an incident.
        CisoReport = "ciso_report",
        /// 改善事項: an improvement action from a drill's review (issue 8).
        Improvement = "improvement",
        /// 復旧確認: one item of the recovery checklist.
        RecoveryCheck = "recovery_check",
        /// Anything else.
        Other = "other",
    }
}

coded_enum! {
    /// Where a task stands.
    pub enum TaskStatus {
        /// 未完了.
        Open = "open",
        /// 完了.
        Done = "done",
        /// 不要 (waived with a reason).
        Waived = "waived",
    }
}

/// A task of a case, or an item of its recovery checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: TaskId,
    pub case_id: CaseId,
    pub list: TaskList,
    pub kind: TaskKind,
    pub title: String,
    /// Closing the case needs it done or waived.
    pub mandatory: bool,
    pub assignee: Option<PersonId>,
    pub due_at: Option<Timestamp>,
    pub status: TaskStatus,
    /// The completion note, or the reason it was waived.
    pub note: String,
    /// The playbook revision it came from (0 = the built-in playbook), if any.
    pub playbook_revision: Option<u32>,
    /// Order within its list.
    pub position: u32,
    pub created_at: Timestamp,
    /// Who closed it (an actor label) and when.
    pub closed_by: Option<String>,
    pub closed_at: Option<Timestamp>,
}

impl Task {
    /// A new open task. The title is required (at most 200 characters).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: TaskId,
        case_id: CaseId,
        list: TaskList,
        kind: TaskKind,
        title: &str,
        mandatory: bool,
        position: u32,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        Ok(Task {
            id,
            case_id,
            list,
            kind,
            title: required_text("title", title, 200)?,
            mandatory,
            assignee: None,
            due_at: None,
            status: TaskStatus::Open,
            note: String::new(),
            playbook_revision: None,
            position,
            created_at: now,
            closed_by: None,
            closed_at: None,
        })
    }

    /// Marks it done, waived (a reason is required) or open again.
    pub fn set_status(&mut self, status: TaskStatus, note: &str, actor: &str, now: Timestamp) -> Result<(), DomainError> {
        let note = note.trim();
        if note.chars().count() > 2000 {
            return Err(DomainError::too_long("note"));
        }
        if status == TaskStatus::Waived && note.is_empty() {
            return Err(DomainError::Invalid { field: "note", message_id: "error-task-waive-reason" });
        }
        self.status = status;
        self.note = note.to_owned();
        if status == TaskStatus::Open {
            self.closed_by = None;
            self.closed_at = None;
        } else {
            self.closed_by = Some(actor.to_owned());
            self.closed_at = Some(now);
        }
        Ok(())
    }

    /// Open and past its due time.
    pub fn is_overdue(&self, now: Timestamp) -> bool {
        self.status == TaskStatus::Open && self.due_at.is_some_and(|d| d < now)
    }

    /// Mandatory and neither done nor waived.
    pub fn blocks_closing(&self) -> bool {
        self.mandatory && self.status == TaskStatus::Open
    }
}

/// Whether a recovery checklist is complete: at least one item, every item done or waived with a
/// reason, and at least one actually done (a list of nothing but waivers verifies nothing).
pub fn recovery_verified(items: &[Task]) -> bool {
    let recovery: Vec<&Task> = items.iter().filter(|t| t.list == TaskList::Recovery).collect();
    !recovery.is_empty() && recovery.iter().all(|t| t.status != TaskStatus::Open) && recovery.iter().any(|t| t.status == TaskStatus::Done)
}

/// Mandatory response tasks that are neither done nor waived.
pub fn open_mandatory_tasks(tasks: &[Task]) -> u32 {
    tasks.iter().filter(|t| t.list == TaskList::Response && t.blocks_closing()).count() as u32
}

coded_enum! {
    /// Where an item of evidence comes from.
    pub enum EvidenceSource {
        /// 端末・媒体 (PC, USB memory, smartphone).
        Device = "device",
        /// 情報システム.
        System = "system",
        /// ログ.
        Log = "log",
        /// 文書・帳票・メール.
        Document = "document",
        /// その他.
        Other = "other",
    }
}

/// An item of evidence (004 第70条4(3)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub id: EvidenceId,
    pub case_id: CaseId,
    pub description: String,
    pub source: EvidenceSource,
    /// Which device, system or log.
    pub source_detail: String,
    /// Who collected it (a name as typed: it may be a vendor or the police).
    pub collected_by: String,
    pub collected_at: Timestamp,
    /// Where it is kept now (保管場所).
    pub storage_place: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

impl Evidence {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: EvidenceId,
        case_id: CaseId,
        description: &str,
        source: EvidenceSource,
        source_detail: &str,
        collected_by: &str,
        collected_at: Timestamp,
        storage_place: &str,
        recorded_by: &str,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        if collected_at > now + chrono::Duration::minutes(1) {
            return Err(DomainError::Invalid { field: "collectedAt", message_id: "error-datetime-future" });
        }
        Ok(Evidence {
            id,
            case_id,
            description: required_text("description", description, 2000)?,
            source,
            source_detail: optional_text("sourceDetail", source_detail, 500)?,
            collected_by: required_text("collectedBy", collected_by, 200)?,
            collected_at,
            storage_place: required_text("storagePlace", storage_place, 500)?,
            recorded_by: recorded_by.to_owned(),
            recorded_at: now,
        })
    }
}

/// A file attached to an item of evidence, known by its content's SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFile {
    pub id: EvidenceFileId,
    pub evidence_id: EvidenceId,
    /// The name it had when attached (shown; never used as a path).
    pub file_name: String,
    /// Lower-case hex SHA-256 of the content: also its name in the data folder.
    pub sha256: String,
    pub size: u64,
    pub added_by: String,
    pub added_at: Timestamp,
}

/// The lower-case hex SHA-256 of `bytes`: an evidence file's identity.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// Whether `s` is 64 lower-case hex digits.
pub fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A chain-of-custody transfer: who handed the evidence to whom, when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustodyTransfer {
    pub id: CustodyId,
    pub evidence_id: EvidenceId,
    pub from: String,
    pub to: String,
    pub at: Timestamp,
    pub purpose: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

impl CustodyTransfer {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: CustodyId,
        evidence_id: EvidenceId,
        from: &str,
        to: &str,
        at: Timestamp,
        purpose: &str,
        recorded_by: &str,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        if at > now + chrono::Duration::minutes(1) {
            return Err(DomainError::Invalid { field: "at", message_id: "error-datetime-future" });
        }
        let from = required_text("from", from, 200)?;
        let to = required_text("to", to, 200)?;
        if from == to {
            return Err(DomainError::Invalid { field: "to", message_id: "error-custody-same-holder" });
        }
        Ok(CustodyTransfer {
            id,
            evidence_id,
            from,
            to,
            at,
            purpose: required_text("purpose", purpose, 500)?,
            recorded_by: recorded_by.to_owned(),
            recorded_at: now,
        })
    }
}

/// A 緊急対策会議 (004 第6条) or another meeting on the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: MeetingId,
    pub case_id: CaseId,
    pub held_at: Timestamp,
    /// Participants, one per line as typed.
    pub participants: String,
    pub agenda: String,
    pub notes: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

impl Meeting {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: MeetingId,
        case_id: CaseId,
        held_at: Timestamp,
        participants: &str,
        agenda: &str,
        notes: &str,
        recorded_by: &str,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        Ok(Meeting {
            id,
            case_id,
            held_at,
            participants: required_text("participants", participants, 2000)?,
            agenda: required_text("agenda", agenda, 2000)?,
            notes: optional_text("notes", notes, 4000)?,
            recorded_by: recorded_by.to_owned(),
            recorded_at: now,
        })
    }
}

coded_enum! {
    /// Where a decision stands.
    pub enum DecisionStatus {
        /// 提案中.
        Proposed = "proposed",
        /// 承認.
        Approved = "approved",
        /// 却下.
        Rejected = "rejected",
    }
}

/// A decision proposed in a case, approved or rejected by someone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: DecisionId,
    pub case_id: CaseId,
    pub meeting_id: Option<MeetingId>,
    pub text: String,
    /// The proposer (an actor label).
    pub proposed_by: String,
    pub proposed_at: Timestamp,
    pub status: DecisionStatus,
    pub decided_by: Option<String>,
    pub decided_at: Option<Timestamp>,
    /// The approver's or rejecter's comment.
    pub decision_note: String,
}

/// Why a decision cannot be decided by this actor now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecideError {
    /// The proposer may not approve or reject their own proposal (000 §1(5)).
    OwnProposal,
    /// It was approved or rejected already.
    AlreadyDecided,
}

impl Decision {
    pub fn propose(
        id: DecisionId,
        case_id: CaseId,
        meeting_id: Option<MeetingId>,
        text: &str,
        proposer: &str,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        Ok(Decision {
            id,
            case_id,
            meeting_id,
            text: required_text("text", text, 2000)?,
            proposed_by: proposer.to_owned(),
            proposed_at: now,
            status: DecisionStatus::Proposed,
            decided_by: None,
            decided_at: None,
            decision_note: String::new(),
        })
    }

    /// Approves or rejects it as `actor`, who must not be the proposer.
    pub fn decide(&mut self, approve: bool, note: &str, actor: &str, now: Timestamp) -> Result<(), DecideError> {
        if self.status != DecisionStatus::Proposed {
            return Err(DecideError::AlreadyDecided);
        }
        if self.proposed_by == actor {
            return Err(DecideError::OwnProposal);
        }
        self.status = if approve { DecisionStatus::Approved } else { DecisionStatus::Rejected };
        self.decided_by = Some(actor.to_owned());
        self.decided_at = Some(now);
        self.decision_note = note.trim().to_owned();
        Ok(())
    }
}

coded_enum! {
    /// 原因の分類 (000 §5.3(3)④).
    pub enum CauseCategory {
        /// 人為的ミス (誤操作・確認不足).
        HumanError = "human_error",
        /// 規程・手順の不遵守.
        RuleViolation = "rule_violation",
        /// 規程・手順の不備.
        ProcedureGap = "procedure_gap",
        /// 脆弱性・パッチ未適用.
        Vulnerability = "vulnerability",
        /// 設定の不備.
        Misconfiguration = "misconfiguration",
        /// 外部からの攻撃.
        ExternalAttack = "external_attack",
        /// 内部不正.
        InsiderMisconduct = "insider_misconduct",
        /// 委託先に起因.
        Contractor = "contractor",
        /// 障害・災害.
        FailureOrDisaster = "failure_or_disaster",
        /// 不明 (調査中).
        Unknown = "unknown",
        /// その他.
        Other = "other",
    }
}

/// The root cause and the CISO's instructions (000 §5.3(3)④⑤).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RootCause {
    pub category: Option<CauseCategory>,
    pub narrative: String,
    /// The CISO's instructions on recurrence prevention, as recorded.
    pub ciso_instructions: String,
}

impl RootCause {
    /// Filled in: a category and a narrative.
    pub fn is_filled(&self) -> bool {
        self.category.is_some() && !self.narrative.trim().is_empty()
    }
}

coded_enum! {
    /// Whether a measure is in place or planned (004 第71条2).
    pub enum MeasureStatus {
        /// 実施済み.
        Done = "done",
        /// 実施予定.
        Planned = "planned",
    }
}

/// A recurrence-prevention measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub id: MeasureId,
    pub case_id: CaseId,
    pub text: String,
    pub status: MeasureStatus,
    /// Who carries it out (a department or a person, as typed).
    pub owner: String,
    /// By when (実施予定) or when it was done (実施済み).
    pub due_on: Option<NaiveDate>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Measure {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: MeasureId,
        case_id: CaseId,
        text: &str,
        status: MeasureStatus,
        owner: &str,
        due_on: Option<NaiveDate>,
        created_at: Timestamp,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        if status == MeasureStatus::Planned && due_on.is_none() {
            return Err(DomainError::Invalid { field: "dueOn", message_id: "error-measure-due-required" });
        }
        Ok(Measure {
            id,
            case_id,
            text: required_text("text", text, 2000)?,
            status,
            owner: required_text("owner", owner, 200)?,
            due_on,
            created_at,
            updated_at: now,
        })
    }
}

coded_enum! {
    /// How two cases are linked (000 §5.3(3)①).
    pub enum LinkKind {
        /// 重複: the same incident reported twice.
        Duplicate = "duplicate",
        /// 関連: a related incident.
        Related = "related",
    }
}

/// A link from one case to another. Kept forever.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseLink {
    pub id: CaseLinkId,
    pub case_id: CaseId,
    pub other_case_id: CaseId,
    pub kind: LinkKind,
    pub note: String,
    pub created_by: String,
    pub created_at: Timestamp,
}

impl CaseLink {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: CaseLinkId,
        case_id: CaseId,
        other_case_id: CaseId,
        kind: LinkKind,
        note: &str,
        created_by: &str,
        now: Timestamp,
    ) -> Result<Self, DomainError> {
        if case_id == other_case_id {
            return Err(DomainError::Invalid { field: "otherReceiptNo", message_id: "error-link-self" });
        }
        Ok(CaseLink {
            id,
            case_id,
            other_case_id,
            kind,
            note: optional_text("note", note, 1000)?,
            created_by: created_by.to_owned(),
            created_at: now,
        })
    }
}

/// Trims and bounds an optional text.
pub(crate) fn optional_text(field: &'static str, value: &str, max: usize) -> Result<String, DomainError> {
    let v = value.trim();
    if v.chars().count() > max { Err(DomainError::too_long(field)) } else { Ok(v.to_owned()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
    }

    fn task(ids: &SequentialIds, list: TaskList, mandatory: bool) -> Task {
        Task::new(TaskId::new(ids), CaseId(uuid::Uuid::nil()), list, TaskKind::Other, "作業", mandatory, 0, now()).unwrap()
    }

    #[test]
    fn waiving_needs_a_reason_and_reopening_clears_who_closed_it() {
        let ids = SequentialIds::new();
        let mut t = task(&ids, TaskList::Response, true);
        assert!(t.blocks_closing());
        assert_eq!(
            t.set_status(TaskStatus::Waived, "  ", "person:a", now()),
            Err(DomainError::Invalid { field: "note", message_id: "error-task-waive-reason" })
        );
        t.set_status(TaskStatus::Waived, "該当する端末なし", "person:a", now()).unwrap();
        assert!(!t.blocks_closing());
        assert_eq!(t.closed_by.as_deref(), Some("person:a"));
        t.set_status(TaskStatus::Open, "", "person:a", now()).unwrap();
        assert_eq!((t.closed_by, t.closed_at), (None, None));
    }

    #[test]
    fn overdue_means_open_and_past_due() {
        let ids = SequentialIds::new();
        let mut t = task(&ids, TaskList::Response, false);
        assert!(!t.is_overdue(now()));
        t.due_at = Some(now() - chrono::Duration::minutes(1));
        assert!(t.is_overdue(now()));
        t.set_status(TaskStatus::Done, "", "person:a", now()).unwrap();
        assert!(!t.is_overdue(now()));
    }

    #[test]
    fn recovery_is_verified_only_when_every_item_is_closed_and_one_is_done() {
        let ids = SequentialIds::new();
        assert!(!recovery_verified(&[]));
        let mut a = task(&ids, TaskList::Recovery, true);
        let mut b = task(&ids, TaskList::Recovery, true);
        let response = task(&ids, TaskList::Response, true);
        a.set_status(TaskStatus::Waived, "対象外", "x", now()).unwrap();
        assert!(!recovery_verified(&[a.clone(), b.clone(), response.clone()]));
        b.set_status(TaskStatus::Waived, "対象外", "x", now()).unwrap();
        assert!(!recovery_verified(&[a.clone(), b.clone()]), "waivers alone verify nothing");
        b.set_status(TaskStatus::Done, "", "x", now()).unwrap();
        assert!(recovery_verified(&[a, b, response.clone()]));
        assert_eq!(open_mandatory_tasks(&[response]), 1);
    }

    #[test]
    fn the_proposer_cannot_decide_their_own_proposal_and_a_decision_is_final() {
        let ids = SequentialIds::new();
        let mut d =
            Decision::propose(DecisionId::new(&ids), CaseId(uuid::Uuid::nil()), None, "全庁にUSB使用停止を通知する", "person:w", now())
                .unwrap();
        assert_eq!(d.decide(true, "", "person:w", now()), Err(DecideError::OwnProposal));
        assert_eq!(d.status, DecisionStatus::Proposed);
        d.decide(true, "承認します", "person:t", now()).unwrap();
        assert_eq!(d.status, DecisionStatus::Approved);
        assert_eq!(d.decide(false, "", "person:s", now()), Err(DecideError::AlreadyDecided));
    }

    #[test]
    fn evidence_and_custody_check_their_fields() {
        let ids = SequentialIds::new();
        let later = now() + chrono::Duration::hours(2);
        let e = Evidence::new(
            EvidenceId::new(&ids),
            CaseId(uuid::Uuid::nil()),
            "",
            EvidenceSource::Device,
            "",
            "渡辺",
            now(),
            "金庫",
            "p",
            now(),
        );
        assert_eq!(e, Err(DomainError::Invalid { field: "description", message_id: "error-field-required" }));
        let e = Evidence::new(
            EvidenceId::new(&ids),
            CaseId(uuid::Uuid::nil()),
            "ログ",
            EvidenceSource::Log,
            "",
            "渡辺",
            later,
            "金庫",
            "p",
            now(),
        );
        assert_eq!(e, Err(DomainError::Invalid { field: "collectedAt", message_id: "error-datetime-future" }));
        let c = CustodyTransfer::new(CustodyId::new(&ids), EvidenceId::new(&ids), "渡辺", "渡辺", now(), "解析", "p", now());
        assert_eq!(c, Err(DomainError::Invalid { field: "to", message_id: "error-custody-same-holder" }));
        assert!(is_sha256_hex(&"a".repeat(64)));
        assert!(!is_sha256_hex(&"A".repeat(64)));
    }

    #[test]
    fn a_planned_measure_needs_a_due_date_and_root_cause_needs_category_and_narrative() {
        let ids = SequentialIds::new();
        let m =
            Measure::new(MeasureId::new(&ids), CaseId(uuid::Uuid::nil()), "研修", MeasureStatus::Planned, "情報政策課", None, now(), now());
        assert_eq!(m, Err(DomainError::Invalid { field: "dueOn", message_id: "error-measure-due-required" }));
        let rc = RootCause { category: Some(CauseCategory::HumanError), narrative: " ".into(), ciso_instructions: String::new() };
        assert!(!rc.is_filled());
        assert!(RootCause { narrative: "持ち出し手順の未遵守".into(), ..rc }.is_filled());
    }
}
