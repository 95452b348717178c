//! Reads and audited writes of drills (schema v9): the organization's scenarios, drill plans and
//! their runs (participants, released injects and the facilitator's marks, the timed log,
//! improvement actions, 連絡網疎通訓練 calls), and the history of one row from the audit log,
//! from which a drill's response times are measured.
//!
//! The store keeps a drill's scenario as the JSON text the API gives it (the file format lives
//! in `sonae-api`), and reads it back through the parser the caller passes in.

use crate::audit::Table;
use crate::casework::{Cols, code, id_of, opt_time, rows};
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::{bad, person_ref, time};
use crate::write::Writer;
use rusqlite::params;
use sonae_core::clock::{from_storage, to_storage};
use sonae_core::drill::Scenario;
use sonae_core::drill_run::*;
use sonae_core::*;

/// An organization's own scenario (a copy of the library's, edited, or imported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillScenarioRow {
    pub key: String,
    pub title: String,
    pub based_on: String,
    pub json: String,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

/// A released inject and the facilitator's mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillInjectRow {
    pub drill_id: DrillId,
    /// 1-based row of the drill's scenario.
    pub seq: u32,
    pub released_at: Timestamp,
    pub outcome: Option<InjectOutcome>,
    pub note: String,
    pub marked_by: Option<String>,
    pub marked_at: Option<Timestamp>,
}

/// A line of the timed log (時刻 / 作業内容・状況 / 判断・指示 / つまづいた工程).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillLogRow {
    pub id: uuid::Uuid,
    pub drill_id: DrillId,
    pub at: Timestamp,
    pub work: String,
    pub decision: String,
    pub stumble: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}

/// An improvement action (改善事項) and the task it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillActionRow {
    pub id: uuid::Uuid,
    pub drill_id: DrillId,
    pub text: String,
    pub owner: Option<PersonId>,
    pub due_on: Option<chrono::NaiveDate>,
    pub task_id: TaskId,
    pub created_by: String,
    pub created_at: Timestamp,
}

/// One call of a 連絡網疎通訓練.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillCallRow {
    pub id: uuid::Uuid,
    pub drill_id: DrillId,
    /// `person:<id>` or `contact:<id>`.
    pub target: String,
    pub name: String,
    pub phone: String,
    pub called_at: Timestamp,
    pub answered_at: Option<Timestamp>,
    pub result: CallResult,
    pub note: String,
    pub recorded_by: String,
}

/// The clock as stored: one line per segment.
fn clock_text(c: &ScenarioClock) -> String {
    // Milliseconds: at 600× a whole second is ten scenario minutes.
    let at = |t: Timestamp| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    c.segments.iter().map(|s| format!("{} {} {} {}", at(s.at), s.seconds, s.speed, u8::from(s.running))).collect::<Vec<_>>().join("\n")
}

fn clock_from(id: &str, text: &str) -> Result<ScenarioClock, StoreError> {
    let mut segments = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split(' ').collect();
        let seg = match parts.as_slice() {
            [at, seconds, speed, running] => (|| {
                Some(ClockSegment {
                    at: from_storage(at)?,
                    seconds: seconds.parse().ok()?,
                    speed: speed.parse().ok()?,
                    running: match *running {
                        "1" => true,
                        "0" => false,
                        _ => return None,
                    },
                })
            })(),
            _ => None,
        };
        segments.push(seg.ok_or_else(|| bad("drill", "clock", id))?);
    }
    Ok(ScenarioClock { segments })
}

fn date(table: &'static str, column: &'static str, id: &str, v: Option<String>) -> Result<Option<chrono::NaiveDate>, StoreError> {
    v.map(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| bad(table, column, id))).transpose()
}

fn uuid_of(table: &'static str, c: &Cols) -> Result<uuid::Uuid, StoreError> {
    id_of(table, c, |s| uuid::Uuid::parse_str(s).ok())
}

impl Store {
    /// The organization's own scenarios, by key.
    pub fn drill_scenarios(&self) -> Result<Vec<DrillScenarioRow>, StoreError> {
        const T: &str = "drill_scenario";
        rows(self, "SELECT * FROM drill_scenario WHERE ?1 = ?1 ORDER BY id", "")?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(DrillScenarioRow {
                    title: c.text("title"),
                    based_on: c.text("based_on"),
                    json: c.text("json"),
                    updated_by: c.text("updated_by"),
                    updated_at: time(T, "updated_at", &id, &c.text("updated_at"))?,
                    key: id,
                })
            })
            .collect()
    }

    fn drill_from(&self, c: &Cols, parse: &dyn Fn(&str) -> Option<Scenario>) -> Result<Drill, StoreError> {
        const T: &str = "drill";
        let id = c.text("id");
        let drill_id = id_of(T, c, DrillId::parse)?;
        let participants = rows(self, "SELECT * FROM drill_participant WHERE drill_id = ?1 ORDER BY position", &id)?
            .iter()
            .map(|p| {
                let pid = p.text("id");
                Ok(Participant {
                    person_id: person_ref("drill_participant", "person_id", &pid, p.opt_text("person_id"))?,
                    name: p.text("name"),
                    role: p.text("role"),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Drill {
            id: drill_id,
            plan: DrillPlan {
                name: c.text("name"),
                fiscal_year: c.int("fiscal_year").unwrap_or(0) as i32,
                purpose: c.text("purpose"),
                structure: c.text("structure"),
                scope: c.text("scope"),
                planned_on: date(T, "planned_on", &id, c.opt_text("planned_on"))?,
                participants,
            },
            scenario: parse(&c.text("scenario_json")).ok_or_else(|| bad(T, "scenario_json", &id))?,
            playbook_revision: c.int("playbook_revision").unwrap_or(0) as u32,
            state: code(T, "state", &id, &c.text("state"), DrillState::from_code)?,
            case_id: c.opt_text("case_id").map(|v| CaseId::parse(&v).ok_or_else(|| bad(T, "case_id", &id))).transpose()?,
            clock: clock_from(&id, &c.text("clock"))?,
            started_at: opt_time(T, "started_at", &id, c.opt_text("started_at"))?,
            ended_at: opt_time(T, "ended_at", &id, c.opt_text("ended_at"))?,
            after: AfterAction {
                good_points: c.text("good_points"),
                issues: c.text("issues"),
                revise_playbook: c.int("revise_playbook") == Some(1),
                new_playbook_revision: c.int("new_playbook_revision").map(|r| r as u32),
            },
            approved_by: c.opt_text("approved_by"),
            approved_at: opt_time(T, "approved_at", &id, c.opt_text("approved_at"))?,
            committee_reported_on: date(T, "committee_reported_on", &id, c.opt_text("committee_reported_on"))?,
            created_by: c.text("created_by"),
            created_at: time(T, "created_at", &id, &c.text("created_at"))?,
            updated_at: time(T, "updated_at", &id, &c.text("updated_at"))?,
        })
    }

    /// Every drill, newest first; `parse` reads a stored scenario.
    pub fn drills(&self, parse: &dyn Fn(&str) -> Option<Scenario>) -> Result<Vec<Drill>, StoreError> {
        rows(self, "SELECT * FROM drill WHERE ?1 = ?1 ORDER BY created_at DESC, id", "")?
            .iter()
            .map(|c| self.drill_from(c, parse))
            .collect()
    }

    pub fn drill(&self, id: DrillId, parse: &dyn Fn(&str) -> Option<Scenario>) -> Result<Option<Drill>, StoreError> {
        rows(self, "SELECT * FROM drill WHERE id = ?1", &id.to_string())?.first().map(|c| self.drill_from(c, parse)).transpose()
    }

    /// The drill whose case this is, if any.
    pub fn drill_of_case(&self, case: CaseId) -> Result<Option<DrillId>, StoreError> {
        Ok(rows(self, "SELECT id FROM drill WHERE case_id = ?1", &case.to_string())?.first().and_then(|c| DrillId::parse(&c.text("id"))))
    }

    pub fn drill_injects(&self, drill: DrillId) -> Result<Vec<DrillInjectRow>, StoreError> {
        const T: &str = "drill_inject";
        rows(self, "SELECT * FROM drill_inject WHERE drill_id = ?1 ORDER BY seq", &drill.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(DrillInjectRow {
                    drill_id: drill,
                    seq: c.int("seq").unwrap_or(0) as u32,
                    released_at: time(T, "released_at", &id, &c.text("released_at"))?,
                    outcome: c.opt_text("outcome").map(|o| code(T, "outcome", &id, &o, InjectOutcome::from_code)).transpose()?,
                    note: c.text("note"),
                    marked_by: c.opt_text("marked_by"),
                    marked_at: opt_time(T, "marked_at", &id, c.opt_text("marked_at"))?,
                })
            })
            .collect()
    }

    pub fn drill_log(&self, drill: DrillId) -> Result<Vec<DrillLogRow>, StoreError> {
        const T: &str = "drill_log";
        rows(self, "SELECT * FROM drill_log WHERE drill_id = ?1 ORDER BY at, recorded_at", &drill.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(DrillLogRow {
                    id: uuid_of(T, c)?,
                    drill_id: drill,
                    at: time(T, "at", &id, &c.text("at"))?,
                    work: c.text("work"),
                    decision: c.text("decision"),
                    stumble: c.text("stumble"),
                    recorded_by: c.text("recorded_by"),
                    recorded_at: time(T, "recorded_at", &id, &c.text("recorded_at"))?,
                })
            })
            .collect()
    }

    pub fn drill_actions(&self, drill: DrillId) -> Result<Vec<DrillActionRow>, StoreError> {
        const T: &str = "drill_action";
        rows(self, "SELECT * FROM drill_action WHERE drill_id = ?1 ORDER BY created_at, id", &drill.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(DrillActionRow {
                    id: uuid_of(T, c)?,
                    drill_id: drill,
                    text: c.text("text"),
                    owner: person_ref(T, "owner_person_id", &id, c.opt_text("owner_person_id"))?,
                    due_on: date(T, "due_on", &id, c.opt_text("due_on"))?,
                    task_id: code(T, "task_id", &id, &c.text("task_id"), TaskId::parse)?,
                    created_by: c.text("created_by"),
                    created_at: time(T, "created_at", &id, &c.text("created_at"))?,
                })
            })
            .collect()
    }

    pub fn drill_calls(&self, drill: DrillId) -> Result<Vec<DrillCallRow>, StoreError> {
        const T: &str = "drill_call";
        rows(self, "SELECT * FROM drill_call WHERE drill_id = ?1 ORDER BY called_at, id", &drill.to_string())?
            .iter()
            .map(|c| {
                let id = c.text("id");
                Ok(DrillCallRow {
                    id: uuid_of(T, c)?,
                    drill_id: drill,
                    target: c.text("target"),
                    name: c.text("name"),
                    phone: c.text("phone"),
                    called_at: time(T, "called_at", &id, &c.text("called_at"))?,
                    answered_at: opt_time(T, "answered_at", &id, c.opt_text("answered_at"))?,
                    result: code(T, "result", &id, &c.text("result"), CallResult::from_code)?,
                    note: c.text("note"),
                    recorded_by: c.text("recorded_by"),
                })
            })
            .collect()
    }

    /// Every call of every drill (the freshness of each 緊急連絡網 entry is its last answered call).
    pub fn all_drill_calls(&self) -> Result<Vec<DrillCallRow>, StoreError> {
        let ids: Vec<DrillId> = rows(self, "SELECT DISTINCT drill_id AS id FROM drill_call WHERE ?1 = ?1", "")?
            .iter()
            .filter_map(|c| DrillId::parse(&c.text("id")))
            .collect();
        let mut out = Vec::new();
        for id in ids {
            out.extend(self.drill_calls(id)?);
        }
        Ok(out)
    }

    /// The audit log's record of one row: when it changed and its content after each change
    /// (canonical JSON; None for a delete), oldest first.
    pub fn row_history(&self, table: Table, id: &str) -> Result<Vec<(Timestamp, Option<String>)>, StoreError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT at, row_json FROM audit_log WHERE object_table = ?1 AND object_id = ?2 ORDER BY seq")?;
        let out = stmt
            .query_map(params![table.name(), id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        out.into_iter().map(|(at, json)| Ok((time("audit_log", "at", id, &at)?, json))).collect()
    }
}

impl Writer<'_> {
    pub fn put_drill_scenario(&mut self, s: &DrillScenarioRow) -> Result<(), StoreError> {
        self.upsert(
            Table::DrillScenario,
            &s.key,
            "INSERT INTO drill_scenario (id, title, based_on, json, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE drill_scenario SET title = ?2, based_on = ?3, json = ?4, updated_by = ?5, updated_at = ?6 WHERE id = ?1",
            params![s.key, s.title, s.based_on, s.json, s.updated_by, to_storage(s.updated_at)],
        )
    }

    /// Inserts or replaces a drill and its participants (rows `<drill>:<n>`; rows past the new
    /// list's end are deleted, audited).
    pub fn put_drill(&mut self, d: &Drill, scenario_json: &str) -> Result<(), StoreError> {
        let id = d.id.to_string();
        let p = params![
            id,
            d.plan.name,
            d.scenario.kind.as_code(),
            d.plan.fiscal_year,
            d.plan.purpose,
            d.plan.structure,
            d.plan.scope,
            d.plan.planned_on.map(|x| x.format("%Y-%m-%d").to_string()),
            scenario_json,
            d.playbook_revision,
            d.state.as_code(),
            d.case_id.map(|c| c.to_string()),
            clock_text(&d.clock),
            d.started_at.map(to_storage),
            d.ended_at.map(to_storage),
            d.after.good_points,
            d.after.issues,
            d.after.revise_playbook,
            d.after.new_playbook_revision,
            d.approved_by,
            d.approved_at.map(to_storage),
            d.committee_reported_on.map(|x| x.format("%Y-%m-%d").to_string()),
            d.created_by,
            to_storage(d.created_at),
            to_storage(d.updated_at)
        ];
        self.upsert(
            Table::Drill,
            &id,
            "INSERT INTO drill (id, name, kind, fiscal_year, purpose, structure, scope, planned_on, scenario_json, playbook_revision,
                 state, case_id, clock, started_at, ended_at, good_points, issues, revise_playbook, new_playbook_revision,
                 approved_by, approved_at, committee_reported_on, created_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
            "UPDATE drill SET name = ?2, kind = ?3, fiscal_year = ?4, purpose = ?5, structure = ?6, scope = ?7, planned_on = ?8,
                 scenario_json = ?9, playbook_revision = ?10, state = ?11, case_id = ?12, clock = ?13, started_at = ?14,
                 ended_at = ?15, good_points = ?16, issues = ?17, revise_playbook = ?18, new_playbook_revision = ?19,
                 approved_by = ?20, approved_at = ?21, committee_reported_on = ?22, created_by = ?23, created_at = ?24,
                 updated_at = ?25
             WHERE id = ?1",
            p,
        )?;
        let mut n = 0;
        for (i, part) in d.plan.participants.iter().enumerate() {
            n = i + 1;
            let pid = format!("{id}:{n}");
            self.upsert(
                Table::DrillParticipant,
                &pid,
                "INSERT INTO drill_participant (id, drill_id, person_id, name, role, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                "UPDATE drill_participant SET drill_id = ?2, person_id = ?3, name = ?4, role = ?5, position = ?6 WHERE id = ?1",
                params![pid, id, part.person_id.map(|p| p.to_string()), part.name, part.role, n as i64],
            )?;
        }
        loop {
            n += 1;
            let pid = format!("{id}:{n}");
            if !self.exists(Table::DrillParticipant, &pid)? {
                break;
            }
            self.audited(Table::DrillParticipant, &pid, "delete", "DELETE FROM drill_participant WHERE id = ?1", params![pid])?;
        }
        Ok(())
    }

    /// Inserts or updates a released inject (`<drill>:<seq>`).
    pub fn put_drill_inject(&mut self, r: &DrillInjectRow) -> Result<(), StoreError> {
        let id = format!("{}:{}", r.drill_id, r.seq);
        self.upsert(
            Table::DrillInject,
            &id,
            "INSERT INTO drill_inject (id, drill_id, seq, released_at, outcome, note, marked_by, marked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE drill_inject SET drill_id = ?2, seq = ?3, released_at = ?4, outcome = ?5, note = ?6, marked_by = ?7,
                 marked_at = ?8 WHERE id = ?1",
            params![
                id,
                r.drill_id.to_string(),
                r.seq,
                to_storage(r.released_at),
                r.outcome.map(|o| o.as_code()),
                r.note,
                r.marked_by,
                r.marked_at.map(to_storage)
            ],
        )
    }

    pub fn put_drill_log(&mut self, r: &DrillLogRow) -> Result<(), StoreError> {
        let id = r.id.to_string();
        self.upsert(
            Table::DrillLog,
            &id,
            "INSERT INTO drill_log (id, drill_id, at, work, decision, stumble, recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE drill_log SET drill_id = ?2, at = ?3, work = ?4, decision = ?5, stumble = ?6, recorded_by = ?7,
                 recorded_at = ?8 WHERE id = ?1",
            params![id, r.drill_id.to_string(), to_storage(r.at), r.work, r.decision, r.stumble, r.recorded_by, to_storage(r.recorded_at)],
        )
    }

    pub fn insert_drill_action(&mut self, r: &DrillActionRow) -> Result<(), StoreError> {
        let id = r.id.to_string();
        self.audited(
            Table::DrillAction,
            &id,
            "insert",
            "INSERT INTO drill_action (id, drill_id, text, owner_person_id, due_on, task_id, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                r.drill_id.to_string(),
                r.text,
                r.owner.map(|p| p.to_string()),
                r.due_on.map(|x| x.format("%Y-%m-%d").to_string()),
                r.task_id.to_string(),
                r.created_by,
                to_storage(r.created_at)
            ],
        )
    }

    pub fn insert_drill_call(&mut self, r: &DrillCallRow) -> Result<(), StoreError> {
        let id = r.id.to_string();
        self.audited(
            Table::DrillCall,
            &id,
            "insert",
            "INSERT INTO drill_call (id, drill_id, target, name, phone, called_at, answered_at, result, note, recorded_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                r.drill_id.to_string(),
                r.target,
                r.name,
                r.phone,
                to_storage(r.called_at),
                r.answered_at.map(to_storage),
                r.result.as_code(),
                r.note,
                r.recorded_by
            ],
        )
    }
}
