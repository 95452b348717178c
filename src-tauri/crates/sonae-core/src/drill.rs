//! Drill scenarios (緊急時対応訓練, 000 §5.2, 004 第69条3; regulatory.md §7): what happens when in a
//! drill — timed injects, each with the reaction the facilitator expects — and the objectives the
//! response is measured against (CSIRT acknowledges within 15 minutes, the CISO informed within
//! 60 …, counted from the scenario's start).
//!
//! A scenario is plain data: the built-in library (`data/scenarios.json`, read by the API) and an
//! organization's own copies are the same type. [`Scenario::validate`] checks one completely and
//! names the inject row and field of the first problem, so an imported file with one bad row is
//! refused whole with a message that says where.

use crate::case::Category;
use crate::coded_enum;

coded_enum! {
    /// 訓練の種別 (regulatory.md §7).
    pub enum DrillKind {
        /// 机上訓練 (tabletop).
        Tabletop = "tabletop",
        /// 機能訓練 (functional: real tools and people, no real systems touched).
        Functional = "functional",
        /// 実機訓練 (on real or staging systems).
        FullScale = "full_scale",
        /// 連絡網疎通訓練 (call tree).
        CallTree = "call_tree",
        /// 外部演習 (an exercise run by an outside body).
        External = "external",
    }
}

coded_enum! {
    /// How an inject reaches the players.
    pub enum InjectChannel {
        /// 電話.
        Phone = "phone",
        /// メール.
        Email = "email",
        /// 口頭・来庁.
        InPerson = "in_person",
        /// システムの画面・警告.
        System = "system",
        /// 報道・SNS.
        Media = "media",
        /// その他.
        Other = "other",
    }
}

coded_enum! {
    /// A point of the response whose time is measured against a target.
    pub enum Milestone {
        /// The CSIRT acknowledged the report (the case left 受付).
        CsirtAcknowledged = "csirt_acknowledged",
        /// Judged an incident.
        JudgedIncident = "judged_incident",
        /// The CISO informed (第一報).
        CisoInformed = "ciso_informed",
        /// Containment done (the first containment task completed).
        Contained = "contained",
        /// A PPC 速報 draft ready (a 速報 version recorded).
        PpcPreliminaryDraft = "ppc_preliminary_draft",
    }
}

/// A target: reach `milestone` within `target_minutes` of the scenario's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Objective {
    pub milestone: Milestone,
    pub target_minutes: u32,
}

/// One timed event of the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inject {
    /// Minutes after the scenario's start.
    pub offset_minutes: u32,
    pub channel: InjectChannel,
    /// What the players are told (as the caller, the screen, the e-mail would say it).
    pub text: String,
    /// The reaction the facilitator expects (marked achieved or missed during the drill).
    pub expected: String,
}

/// A drill scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// A stable key (`lost-usb-my-number`); the built-in library's are fixed.
    pub key: String,
    pub title: String,
    pub kind: DrillKind,
    /// The category the drill case is opened with (its playbook is the one exercised).
    pub category: Category,
    /// 想定: the situation in a few sentences.
    pub summary: String,
    pub objectives: Vec<Objective>,
    /// In time order.
    pub injects: Vec<Inject>,
}

/// The first problem of a scenario: the inject row (1-based) if any, the field, and the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScenarioError {
    pub row: Option<usize>,
    pub field: &'static str,
    pub message_id: &'static str,
}

/// The longest a scenario runs: 30 days of scenario time.
pub const MAX_OFFSET_MINUTES: u32 = 30 * 24 * 60;

fn text(row: Option<usize>, field: &'static str, value: &str, max: usize, required: bool) -> Result<String, ScenarioError> {
    let v = value.trim();
    if required && v.is_empty() {
        return Err(ScenarioError { row, field, message_id: "error-field-required" });
    }
    if v.chars().count() > max {
        return Err(ScenarioError { row, field, message_id: "error-field-too-long" });
    }
    Ok(v.to_owned())
}

impl Scenario {
    /// Trims the texts, sorts the injects by time (keeping the given order for equal times) and
    /// checks everything; the error names the first bad row and field.
    pub fn validate(self) -> Result<Scenario, ScenarioError> {
        let key = text(None, "key", &self.key, 80, true)?;
        if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(ScenarioError { row: None, field: "key", message_id: "error-scenario-key" });
        }
        let title = text(None, "title", &self.title, 200, true)?;
        let summary = text(None, "summary", &self.summary, 2000, true)?;
        let mut seen = Vec::new();
        for o in &self.objectives {
            if seen.contains(&o.milestone) {
                return Err(ScenarioError { row: None, field: "objectives", message_id: "error-objective-duplicate" });
            }
            if o.target_minutes == 0 || o.target_minutes > MAX_OFFSET_MINUTES {
                return Err(ScenarioError { row: None, field: "objectives", message_id: "error-out-of-range" });
            }
            seen.push(o.milestone);
        }
        if self.injects.is_empty() {
            return Err(ScenarioError { row: None, field: "injects", message_id: "error-scenario-no-injects" });
        }
        let mut injects = Vec::with_capacity(self.injects.len());
        for (i, inj) in self.injects.into_iter().enumerate() {
            let row = Some(i + 1);
            if inj.offset_minutes > MAX_OFFSET_MINUTES {
                return Err(ScenarioError { row, field: "offset", message_id: "error-out-of-range" });
            }
            injects.push(Inject {
                offset_minutes: inj.offset_minutes,
                channel: inj.channel,
                text: text(row, "text", &inj.text, 2000, true)?,
                expected: text(row, "expected", &inj.expected, 2000, false)?,
            });
        }
        injects.sort_by_key(|i| i.offset_minutes);
        Ok(Scenario { key, title, kind: self.kind, category: self.category, summary, objectives: self.objectives, injects })
    }
}

/// `90` → `1:30`; the scenario clock as a drill sheet prints it (hours may exceed 24).
pub fn format_offset(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// `1:30`, `01:30`, `90` or `１：３０` → 90 minutes; None when it is not a time.
pub fn parse_offset(text: &str) -> Option<u32> {
    let half: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '：' => ':',
            c => c,
        })
        .collect();
    let minutes = match half.split_once(':') {
        Some((h, m)) if !h.is_empty() && m.len() == 2 => {
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            if m >= 60 {
                return None;
            }
            h.checked_mul(60)?.checked_add(m)?
        }
        Some(_) => return None,
        None => half.parse().ok()?,
    };
    (minutes <= MAX_OFFSET_MINUTES).then_some(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        Scenario {
            key: "lost-usb".into(),
            title: " USBメモリの紛失 ".into(),
            kind: DrillKind::Tabletop,
            category: Category::LossTheft,
            summary: "想定".into(),
            objectives: vec![Objective { milestone: Milestone::CisoInformed, target_minutes: 60 }],
            injects: vec![
                Inject { offset_minutes: 30, channel: InjectChannel::Phone, text: "二つ目".into(), expected: String::new() },
                Inject {
                    offset_minutes: 0, channel: InjectChannel::InPerson, text: "一つ目".into(), expected: "報告を受ける".into()
                },
            ],
        }
    }

    #[test]
    fn a_scenario_is_trimmed_and_its_injects_put_in_time_order() {
        let s = scenario().validate().unwrap();
        assert_eq!(s.title, "USBメモリの紛失");
        assert_eq!(s.injects.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["一つ目", "二つ目"]);
    }

    #[test]
    fn the_first_bad_row_and_field_are_named() {
        let mut s = scenario();
        s.injects[1].text = "  ".into();
        assert_eq!(s.validate().unwrap_err(), ScenarioError { row: Some(2), field: "text", message_id: "error-field-required" });
        let mut s = scenario();
        s.injects[0].offset_minutes = MAX_OFFSET_MINUTES + 1;
        assert_eq!(s.validate().unwrap_err().row, Some(1));
        let mut s = scenario();
        s.objectives.push(Objective { milestone: Milestone::CisoInformed, target_minutes: 30 });
        assert_eq!(s.validate().unwrap_err().message_id, "error-objective-duplicate");
        let mut s = scenario();
        s.key = "USB 紛失".into();
        assert_eq!(s.validate().unwrap_err().field, "key");
        let mut s = scenario();
        s.injects.clear();
        assert_eq!(s.validate().unwrap_err().message_id, "error-scenario-no-injects");
    }

    #[test]
    fn offsets_read_as_a_drill_sheet_writes_them() {
        assert_eq!(format_offset(90), "1:30");
        assert_eq!(format_offset(0), "0:00");
        assert_eq!(format_offset(25 * 60 + 5), "25:05");
        for (text, want) in [("1:30", Some(90)), ("01:30", Some(90)), ("90", Some(90)), ("１：３０", Some(90)), ("0:00", Some(0))] {
            assert_eq!(parse_offset(text), want, "{text}");
        }
        for bad in ["", "1:3", "1:60", "a:00", ":30", "-5", "1.5", "721:00"] {
            assert_eq!(parse_offset(bad), None, "{bad}");
        }
        assert_eq!(parse_offset(&format_offset(MAX_OFFSET_MINUTES)), Some(MAX_OFFSET_MINUTES));
    }
}
