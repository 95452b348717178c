//! Running a drill (緊急時対応訓練, 000 §5.2(3), 004 第69条3; regulatory.md §7): the plan (訓練名,
//! 種別, 年度, 目的, 体制, 範囲, participants, the scenario and the playbook revision exercised), the
//! scenario clock the facilitator plays, pauses and speeds up, which injects are due, and the
//! measurement of the response against the scenario's target times.
//!
//! Times of the response are measured in *scenario* time: a drill played at 60× that reached the
//! CISO 30 real seconds after the start reached it at scenario minute 30. The clock is a list of
//! segments (each play, pause or change of speed starts one), so an instant of real time maps to
//! exactly one scenario time however often the drill was paused.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::drill::{Milestone, Objective, Scenario};
use crate::error::{DomainError, required_text};
use crate::ids::{CaseId, DrillId, PersonId};

coded_enum! {
    /// Where a drill stands.
    pub enum DrillState {
        /// 計画: planned, not started.
        Planned = "planned",
        /// 実施中: the scenario clock exists (running or paused).
        Running = "running",
        /// 終了: over; the after-action report is being written.
        Ended = "ended",
        /// 承認済: the after-action report was approved; it no longer changes.
        Approved = "approved",
    }
}

coded_enum! {
    /// The facilitator's mark on an inject's expected reaction.
    pub enum InjectOutcome {
        /// 達成.
        Achieved = "achieved",
        /// 未達.
        Missed = "missed",
    }
}

coded_enum! {
    /// The result of one call of a 連絡網疎通訓練.
    pub enum CallResult {
        /// 応答あり.
        Answered = "answered",
        /// 応答なし.
        NoAnswer = "no_answer",
        /// 番号誤り・不通.
        WrongNumber = "wrong_number",
    }
}

/// The fastest a scenario clock runs: an hour of scenario time per real second.
pub const MAX_SPEED: u32 = 3600;

/// One stretch of the scenario clock: from real instant `at` the scenario stood at `seconds` and
/// advanced `speed` scenario seconds per real second while `running`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockSegment {
    pub at: Timestamp,
    pub seconds: u64,
    pub speed: u32,
    pub running: bool,
}

/// The scenario clock: no segment before the drill starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScenarioClock {
    pub segments: Vec<ClockSegment>,
}

impl ScenarioClock {
    /// Scenario seconds at real instant `t` (0 before the start).
    pub fn seconds_at(&self, t: Timestamp) -> u64 {
        let Some(seg) = self.segments.iter().rev().find(|s| s.at <= t) else { return 0 };
        if !seg.running {
            return seg.seconds;
        }
        let real = (t - seg.at).num_milliseconds().max(0) as u64;
        seg.seconds + real * u64::from(seg.speed) / 1000
    }

    pub fn started(&self) -> bool {
        !self.segments.is_empty()
    }

    pub fn running(&self) -> bool {
        self.segments.last().is_some_and(|s| s.running)
    }

    /// The current speed (1 before the start).
    pub fn speed(&self) -> u32 {
        self.segments.last().map_or(1, |s| s.speed)
    }

    fn push(&mut self, now: Timestamp, speed: u32, running: bool) {
        let seconds = self.seconds_at(now);
        self.segments.push(ClockSegment { at: now, seconds, speed, running });
    }

    /// Starts or resumes the clock (nothing changes when it already runs).
    pub fn play(&mut self, now: Timestamp) {
        if !self.running() {
            self.push(now, self.speed(), true);
        }
    }

    /// Stops the clock where it stands (nothing changes when it is stopped).
    pub fn pause(&mut self, now: Timestamp) {
        if self.running() {
            self.push(now, self.speed(), false);
        }
    }

    /// Changes the speed from `now` on: 1 (real time) to [`MAX_SPEED`].
    pub fn set_speed(&mut self, now: Timestamp, speed: u32) -> Result<(), DomainError> {
        if !(1..=MAX_SPEED).contains(&speed) {
            return Err(DomainError::Invalid { field: "speed", message_id: "error-out-of-range" });
        }
        if self.started() {
            self.push(now, speed, self.running());
        } else {
            self.segments.push(ClockSegment { at: now, seconds: 0, speed, running: false });
        }
        Ok(())
    }

    /// Moves the scenario clock forward to `seconds` (the facilitator skips a quiet stretch, e.g.
    /// to the next morning); never backwards.
    pub fn skip_to(&mut self, now: Timestamp, seconds: u64) -> Result<(), DomainError> {
        if seconds < self.seconds_at(now) || seconds > u64::from(crate::drill::MAX_OFFSET_MINUTES) * 60 {
            return Err(DomainError::Invalid { field: "skipTo", message_id: "error-out-of-range" });
        }
        let (speed, running) = (self.speed(), self.running());
        self.segments.push(ClockSegment { at: now, seconds, speed, running });
        Ok(())
    }
}

/// How many of the scenario's injects (in time order) are due at scenario second `seconds`.
pub fn due_injects(scenario: &Scenario, seconds: u64) -> usize {
    scenario.injects.iter().take_while(|i| u64::from(i.offset_minutes) * 60 <= seconds).count()
}

/// One objective and what the drill achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measured {
    pub milestone: Milestone,
    pub target_minutes: u32,
    /// Scenario minutes (rounded up) from the start to the first time the milestone was reached;
    /// None when it was not reached.
    pub actual_minutes: Option<u32>,
}

impl Measured {
    /// Met (true), exceeded (false), not reached (None).
    pub fn met(&self) -> Option<bool> {
        self.actual_minutes.map(|a| a <= self.target_minutes)
    }
}

/// Each objective against the earliest real instant its milestone was reached (`reached` may hold
/// a milestone several times, or instants before the start, which count as minute 0).
pub fn measure(objectives: &[Objective], clock: &ScenarioClock, reached: &[(Milestone, Timestamp)]) -> Vec<Measured> {
    objectives
        .iter()
        .map(|o| {
            let first = reached.iter().filter(|(m, _)| *m == o.milestone).map(|(_, t)| *t).min();
            let actual_minutes = first.map(|t| clock.seconds_at(t).div_ceil(60).min(u64::from(u32::MAX)) as u32);
            Measured { milestone: o.milestone, target_minutes: o.target_minutes, actual_minutes }
        })
        .collect()
}

/// A participant and their role in the drill (対策本部長役, CSIRT, 報告者役, 評価者 …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub person_id: Option<PersonId>,
    pub name: String,
    pub role: String,
}

/// What is planned: checked by [`DrillPlan::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillPlan {
    pub name: String,
    pub fiscal_year: i32,
    pub purpose: String,
    /// 体制 (000 §5.2(3)): who runs the drill, who plays, who evaluates.
    pub structure: String,
    /// 範囲: which departments, systems and procedures the drill covers.
    pub scope: String,
    pub planned_on: Option<chrono::NaiveDate>,
    pub participants: Vec<Participant>,
}

fn optional(field: &'static str, value: &str, max: usize) -> Result<String, DomainError> {
    let v = value.trim();
    if v.chars().count() > max { Err(DomainError::too_long(field)) } else { Ok(v.to_owned()) }
}

impl DrillPlan {
    /// Trims and checks every field; participants without a name are refused (field
    /// `participants`), blank rows are dropped.
    pub fn new(
        name: &str,
        fiscal_year: i32,
        purpose: &str,
        structure: &str,
        scope: &str,
        planned_on: Option<chrono::NaiveDate>,
        participants: Vec<Participant>,
    ) -> Result<Self, DomainError> {
        if !(2000..=2099).contains(&fiscal_year) {
            return Err(DomainError::Invalid { field: "fiscalYear", message_id: "error-out-of-range" });
        }
        let mut people = Vec::new();
        for p in participants {
            if p.name.trim().is_empty() && p.role.trim().is_empty() && p.person_id.is_none() {
                continue;
            }
            people.push(Participant {
                person_id: p.person_id,
                name: required_text("participants", &p.name, 100)?,
                role: optional("participants", &p.role, 100)?,
            });
        }
        Ok(Self {
            name: required_text("name", name, 200)?,
            fiscal_year,
            purpose: optional("purpose", purpose, 2000)?,
            structure: optional("structure", structure, 2000)?,
            scope: optional("scope", scope, 2000)?,
            planned_on,
            participants: people,
        })
    }
}

/// 良かった点, 課題 and whether the playbook must be revised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AfterAction {
    pub good_points: String,
    pub issues: String,
    pub revise_playbook: bool,
    /// The playbook revision opened because of this drill (004 第69条3).
    pub new_playbook_revision: Option<u32>,
}

impl AfterAction {
    pub fn new(good_points: &str, issues: &str, revise_playbook: bool, new_playbook_revision: Option<u32>) -> Result<Self, DomainError> {
        Ok(Self {
            good_points: optional("goodPoints", good_points, 4000)?,
            issues: optional("issues", issues, 4000)?,
            revise_playbook,
            new_playbook_revision,
        })
    }
}

/// A drill: its plan, the scenario it runs (a copy), the clock and the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drill {
    pub id: DrillId,
    pub plan: DrillPlan,
    pub scenario: Scenario,
    /// The playbook revision of the scenario's category in force when the drill was planned.
    pub playbook_revision: u32,
    pub state: DrillState,
    pub case_id: Option<CaseId>,
    pub clock: ScenarioClock,
    pub started_at: Option<Timestamp>,
    pub ended_at: Option<Timestamp>,
    pub after: AfterAction,
    pub approved_by: Option<String>,
    pub approved_at: Option<Timestamp>,
    pub committee_reported_on: Option<chrono::NaiveDate>,
    pub created_by: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Why a drill cannot do what was asked (a `Conflict` at the edge).
pub const NOT_PLANNED: &str = "error-drill-not-planned";
pub const NOT_RUNNING: &str = "error-drill-not-running";
pub const NOT_ENDED: &str = "error-drill-not-ended";
pub const APPROVED: &str = "error-drill-approved";

impl Drill {
    /// Starts the drill at `now`: scenario 0:00 is now.
    pub fn start(&mut self, now: Timestamp, case_id: CaseId, speed: u32) -> Result<(), &'static str> {
        if self.state != DrillState::Planned {
            return Err(NOT_PLANNED);
        }
        self.clock = ScenarioClock::default();
        self.clock.set_speed(now, speed).map_err(|_| "error-out-of-range")?;
        self.clock.play(now);
        self.state = DrillState::Running;
        self.case_id = Some(case_id);
        self.started_at = Some(now);
        self.updated_at = now;
        Ok(())
    }

    pub fn ensure_running(&self) -> Result<(), &'static str> {
        if self.state == DrillState::Running { Ok(()) } else { Err(NOT_RUNNING) }
    }

    /// Ends the drill: the clock stops for good.
    pub fn end(&mut self, now: Timestamp) -> Result<(), &'static str> {
        self.ensure_running()?;
        self.clock.pause(now);
        self.state = DrillState::Ended;
        self.ended_at = Some(now);
        self.updated_at = now;
        Ok(())
    }

    /// The review may change until it is approved.
    pub fn ensure_reviewable(&self) -> Result<(), &'static str> {
        match self.state {
            DrillState::Approved => Err(APPROVED),
            DrillState::Planned => Err(NOT_ENDED),
            DrillState::Running | DrillState::Ended => Ok(()),
        }
    }

    pub fn approve(&mut self, now: Timestamp, by: &str) -> Result<(), &'static str> {
        match self.state {
            DrillState::Ended => {}
            DrillState::Approved => return Err(APPROVED),
            _ => return Err(NOT_ENDED),
        }
        self.state = DrillState::Approved;
        self.approved_by = Some(by.to_owned());
        self.approved_at = Some(now);
        self.updated_at = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    fn t(s: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 12, 2, 1, 0, 0).unwrap() + Duration::seconds(s)
    }

    #[test]
    fn the_clock_runs_at_its_speed_and_stands_still_when_paused() {
        let mut c = ScenarioClock::default();
        assert_eq!(c.seconds_at(t(100)), 0);
        c.set_speed(t(0), 60).unwrap();
        c.play(t(0));
        assert_eq!(c.seconds_at(t(10)), 600);
        c.pause(t(10));
        assert_eq!(c.seconds_at(t(500)), 600);
        c.set_speed(t(500), 1).unwrap();
        c.play(t(520));
        assert_eq!(c.seconds_at(t(530)), 610);
        // Earlier instants keep their scenario time.
        assert_eq!(c.seconds_at(t(5)), 300);
        assert!(c.set_speed(t(600), 0).is_err());
        assert!(c.set_speed(t(600), MAX_SPEED + 1).is_err());
        c.skip_to(t(540), 3600).unwrap();
        assert_eq!(c.seconds_at(t(541)), 3601);
        assert!(c.skip_to(t(542), 10).is_err());
    }

    #[test]
    fn targets_are_met_exceeded_or_not_reached_in_scenario_minutes() {
        let mut c = ScenarioClock::default();
        c.set_speed(t(0), 60).unwrap();
        c.play(t(0));
        let objectives = [
            Objective { milestone: Milestone::CsirtAcknowledged, target_minutes: 15 },
            Objective { milestone: Milestone::CisoInformed, target_minutes: 60 },
            Objective { milestone: Milestone::PpcPreliminaryDraft, target_minutes: 4320 },
        ];
        let reached = [(Milestone::CsirtAcknowledged, t(20)), (Milestone::CsirtAcknowledged, t(5)), (Milestone::CisoInformed, t(61))];
        let m = measure(&objectives, &c, &reached);
        assert_eq!(m[0].actual_minutes, Some(5));
        assert_eq!(m[0].met(), Some(true));
        // 61 real seconds at 60× = 61 scenario minutes: over the hour.
        assert_eq!((m[1].actual_minutes, m[1].met()), (Some(61), Some(false)));
        assert_eq!((m[2].actual_minutes, m[2].met()), (None, None));
    }

    #[test]
    fn injects_fall_due_at_their_offsets() {
        use crate::drill::{DrillKind, Inject, InjectChannel};
        let inj = |m| Inject { offset_minutes: m, channel: InjectChannel::Phone, text: "x".into(), expected: String::new() };
        let s = Scenario {
            key: "k".into(),
            title: "t".into(),
            kind: DrillKind::Tabletop,
            category: crate::Category::LossTheft,
            summary: "s".into(),
            objectives: vec![],
            injects: vec![inj(0), inj(30), inj(60)],
        };
        assert_eq!(due_injects(&s, 0), 1);
        assert_eq!(due_injects(&s, 30 * 60 - 1), 1);
        assert_eq!(due_injects(&s, 30 * 60), 2);
        assert_eq!(due_injects(&s, 99_999), 3);
    }

    #[test]
    fn a_plan_names_its_bad_field() {
        let p = |name: &str, year| DrillPlan::new(name, year, "", "", "", None, vec![]);
        assert!(p("訓練", 2026).is_ok());
        assert!(matches!(p(" ", 2026), Err(DomainError::Invalid { field: "name", .. })));
        assert!(matches!(p("訓練", 1999), Err(DomainError::Invalid { field: "fiscalYear", .. })));
        let nameless = Participant { person_id: None, name: " ".into(), role: "評価者".into() };
        assert!(matches!(
            DrillPlan::new("訓練", 2026, "", "", "", None, vec![nameless]),
            Err(DomainError::Invalid { field: "participants", .. })
        ));
    }
}
