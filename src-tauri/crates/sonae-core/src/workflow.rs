//! The case workflow (000 §5.3(3)①–⑤, 004 第68条–第71条) as a state machine with explicit guards.
//!
//! 受付 → 評価中 → 非該当 (closed with a reason) | 対応中 → 復旧中 → 再発防止 → 完了, a step back with a
//! reason (e.g. 復旧中 → 対応中 when the malware comes back), and reopening a closed case with a
//! reason. [`next_state`] decides; it never panics: an impossible move is
//! [`WorkflowError::NotAllowed`], a move whose conditions are not met is
//! [`WorkflowError::Missing`] listing *every* missing condition, so the user sees at once what is
//! left to do.

use crate::case::CaseState;
use crate::coded_enum;

coded_enum! {
    /// What a user asks the case to do.
    pub enum Move {
        /// 受付 → 評価中: the CSIRT starts looking at it.
        StartTriage = "start_triage",
        /// 評価中 → 非該当: not an incident (reason required).
        NotIncident = "not_incident",
        /// 評価中 → 対応中: judged an incident (000 §5.3(3)①).
        JudgeIncident = "judge_incident",
        /// 対応中 → 復旧中: contained; recovery starts.
        StartRecovery = "start_recovery",
        /// 復旧中 → 再発防止: recovered, security functions verified (004 第71条1).
        StartPrevention = "start_prevention",
        /// 再発防止 → 完了.
        Close = "close",
        /// One step back (対応中 → 評価中, 復旧中 → 対応中, 再発防止 → 復旧中), with a reason.
        StepBack = "step_back",
        /// 完了 / 非該当 → 評価中, with a reason.
        Reopen = "reopen",
    }
}

coded_enum! {
    /// A condition a move needs that is not met yet.
    pub enum Missing {
        /// A reason must be given (非該当, step back, reopen).
        Reason = "reason",
        /// The triage rationale (why it is, or is not, an incident).
        Rationale = "rationale",
        /// 重要度 is not set.
        Severity = "severity",
        /// 影響範囲 is not described.
        Impact = "impact",
        /// Nobody is assigned.
        Handler = "handler",
        /// Mandatory tasks are neither done nor waived with a reason.
        OpenTasks = "open_tasks",
        /// The recovery checklist (security functions work again) is not complete.
        RecoveryNotVerified = "recovery_not_verified",
        /// The root cause is not filled in.
        RootCause = "root_cause",
        /// No recurrence-prevention measure is recorded.
        Measures = "measures",
        /// The 第一報 to the CISO is not recorded (every incident is reported, 000 §5.3(3)②).
        CisoNotInformed = "ciso_not_informed",
    }
}

/// What the guards look at: a snapshot of the case, gathered by the caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFacts {
    /// The reason typed with this move (trimmed; empty = none).
    pub reason: String,
    pub triage_rationale: bool,
    pub severity: bool,
    pub impact: bool,
    pub handler: bool,
    /// Mandatory tasks neither done nor waived.
    pub open_mandatory_tasks: u32,
    pub recovery_verified: bool,
    pub root_cause: bool,
    pub measures: u32,
    pub ciso_informed: bool,
}

/// Why a move was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkflowError {
    /// This move does not exist from this state.
    NotAllowed { from: CaseState, attempted: Move },
    /// The move exists but these conditions are not met (in a stable order).
    Missing(Vec<Missing>),
}

/// Where `mv` leads from `from`, given the facts — or why it cannot.
pub fn next_state(from: CaseState, mv: Move, facts: &CaseFacts) -> Result<CaseState, WorkflowError> {
    use CaseState as S;
    use Move as M;
    let to = match (from, mv) {
        (S::Received, M::StartTriage) => S::Triage,
        (S::Triage, M::NotIncident) => S::NotIncident,
        (S::Triage, M::JudgeIncident) => S::Responding,
        (S::Responding, M::StartRecovery) => S::Recovering,
        (S::Recovering, M::StartPrevention) => S::Prevention,
        (S::Prevention, M::Close) => S::Closed,
        (S::Responding, M::StepBack) => S::Triage,
        (S::Recovering, M::StepBack) => S::Responding,
        (S::Prevention, M::StepBack) => S::Recovering,
        (S::Closed | S::NotIncident, M::Reopen) => S::Triage,
        _ => return Err(WorkflowError::NotAllowed { from, attempted: mv }),
    };
    let missing = missing_for(mv, facts);
    if missing.is_empty() { Ok(to) } else { Err(WorkflowError::Missing(missing)) }
}

/// Every condition `mv` needs that `facts` do not meet.
pub fn missing_for(mv: Move, f: &CaseFacts) -> Vec<Missing> {
    let mut out = Vec::new();
    let mut need = |ok: bool, m: Missing| {
        if !ok {
            out.push(m);
        }
    };
    let reason = !f.reason.trim().is_empty();
    match mv {
        Move::StartTriage | Move::StartRecovery => {}
        Move::NotIncident => {
            need(reason || f.triage_rationale, Missing::Reason);
        }
        Move::JudgeIncident => {
            need(f.triage_rationale, Missing::Rationale);
            need(f.severity, Missing::Severity);
            need(f.impact, Missing::Impact);
            need(f.handler, Missing::Handler);
        }
        Move::StartPrevention => {
            need(f.recovery_verified, Missing::RecoveryNotVerified);
        }
        Move::Close => {
            need(f.open_mandatory_tasks == 0, Missing::OpenTasks);
            need(f.recovery_verified, Missing::RecoveryNotVerified);
            need(f.root_cause, Missing::RootCause);
            need(f.measures > 0, Missing::Measures);
            need(f.ciso_informed, Missing::CisoNotInformed);
        }
        Move::StepBack | Move::Reopen => {
            need(reason, Missing::Reason);
        }
    }
    out
}

/// The moves a case in `state` offers (whether their conditions hold or not).
pub fn moves_from(state: CaseState) -> Vec<Move> {
    Move::ALL
        .iter()
        .copied()
        .filter(|m| !matches!(next_state(state, *m, &CaseFacts::default()), Err(WorkflowError::NotAllowed { .. })))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseState as S;
    use Missing as X;
    use Move as M;

    /// Facts under which every guard holds.
    fn all_met() -> CaseFacts {
        CaseFacts {
            reason: "理由".into(),
            triage_rationale: true,
            severity: true,
            impact: true,
            handler: true,
            open_mandatory_tasks: 0,
            recovery_verified: true,
            root_cause: true,
            measures: 1,
            ciso_informed: true,
        }
    }

    #[test]
    fn every_state_and_move_pair_is_decided_by_the_table() {
        // (from, move, to): every allowed transition; everything else is NotAllowed.
        let allowed = [
            (S::Received, M::StartTriage, S::Triage),
            (S::Triage, M::NotIncident, S::NotIncident),
            (S::Triage, M::JudgeIncident, S::Responding),
            (S::Responding, M::StartRecovery, S::Recovering),
            (S::Recovering, M::StartPrevention, S::Prevention),
            (S::Prevention, M::Close, S::Closed),
            (S::Responding, M::StepBack, S::Triage),
            (S::Recovering, M::StepBack, S::Responding),
            (S::Prevention, M::StepBack, S::Recovering),
            (S::Closed, M::Reopen, S::Triage),
            (S::NotIncident, M::Reopen, S::Triage),
        ];
        for from in S::ALL {
            for mv in M::ALL {
                let expected = allowed.iter().find(|(f, m, _)| f == from && m == mv).map(|(_, _, to)| *to);
                let got = next_state(*from, *mv, &all_met());
                match expected {
                    Some(to) => assert_eq!(got, Ok(to), "{from:?} {mv:?}"),
                    None => assert_eq!(got, Err(WorkflowError::NotAllowed { from: *from, attempted: *mv }), "{from:?} {mv:?}"),
                }
            }
        }
    }

    #[test]
    fn each_guard_lists_exactly_what_is_missing() {
        let none = CaseFacts::default();
        let cases: &[(S, M, &[Missing])] = &[
            (S::Received, M::StartTriage, &[]),
            (S::Triage, M::NotIncident, &[X::Reason]),
            (S::Triage, M::JudgeIncident, &[X::Rationale, X::Severity, X::Impact, X::Handler]),
            (S::Responding, M::StartRecovery, &[]),
            (S::Recovering, M::StartPrevention, &[X::RecoveryNotVerified]),
            (S::Prevention, M::Close, &[X::RecoveryNotVerified, X::RootCause, X::Measures, X::CisoNotInformed]),
            (S::Responding, M::StepBack, &[X::Reason]),
            (S::Closed, M::Reopen, &[X::Reason]),
        ];
        for (from, mv, missing) in cases {
            let got = next_state(*from, *mv, &none);
            if missing.is_empty() {
                assert!(got.is_ok(), "{from:?} {mv:?}: {got:?}");
            } else {
                assert_eq!(got, Err(WorkflowError::Missing(missing.to_vec())), "{from:?} {mv:?}");
            }
        }
    }

    #[test]
    fn closing_is_refused_while_a_mandatory_task_is_open() {
        let facts = CaseFacts { open_mandatory_tasks: 2, ..all_met() };
        assert_eq!(next_state(S::Prevention, M::Close, &facts), Err(WorkflowError::Missing(vec![X::OpenTasks])));
    }

    #[test]
    fn a_blank_reason_is_no_reason_and_a_triage_rationale_can_serve_for_not_incident() {
        let blank = CaseFacts { reason: "  ".into(), ..CaseFacts::default() };
        assert_eq!(next_state(S::Closed, M::Reopen, &blank), Err(WorkflowError::Missing(vec![X::Reason])));
        let rationale = CaseFacts { triage_rationale: true, ..CaseFacts::default() };
        assert_eq!(next_state(S::Triage, M::NotIncident, &rationale), Ok(S::NotIncident));
    }

    #[test]
    fn the_moves_offered_follow_the_table() {
        assert_eq!(moves_from(S::Triage), vec![M::NotIncident, M::JudgeIncident]);
        assert_eq!(moves_from(S::Closed), vec![M::Reopen]);
        assert_eq!(moves_from(S::Recovering), vec![M::StartPrevention, M::StepBack]);
    }
}
