//! Reads and audited writes of training (研修, schema v10): annual plans, sessions, attendance
//! and the register of 特定個人情報 handlers. A municipality holds a few dozen sessions a year
//! and a few thousand attendance rows, so the reads answer whole tables and the API filters.

use crate::audit::Table;
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::{bad, time};
use crate::write::Writer;
use chrono::NaiveDate;
use rusqlite::{Row, params};
use sonae_core::PersonId;
use sonae_core::clock::to_storage;
use sonae_core::training::{
    Attendance, AttendanceRecord, Audience, Handler, Topic, TrainingPlan, TrainingPlanId, TrainingSession, TrainingSessionId,
};

const DAY: &str = "%Y-%m-%d";

fn day(d: NaiveDate) -> String {
    d.format(DAY).to_string()
}

fn parse_day(table: &'static str, column: &'static str, id: &str, v: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(v, DAY).map_err(|_| bad(table, column, id))
}

fn opt_day(table: &'static str, column: &'static str, id: &str, v: Option<String>) -> Result<Option<NaiveDate>, StoreError> {
    v.map(|d| parse_day(table, column, id, &d)).transpose()
}

/// Reads every row of `sql` (no parameters) with `f`, then converts each with `convert`.
fn all<R, T>(
    store: &Store,
    sql: &str,
    f: impl FnMut(&Row<'_>) -> rusqlite::Result<R>,
    convert: impl Fn(R) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut stmt = store.conn.prepare_cached(sql)?;
    let raw = stmt.query_map([], f)?.collect::<Result<Vec<R>, _>>()?;
    raw.into_iter().map(convert).collect()
}

type PlanRow = (String, i64, String, String, String, Option<String>, String, String, String);
type SessionRow = (String, String, String, String, String, String, String, Option<String>, String, String, String);
type AttendanceRow = (String, String, String, String, Option<i64>, String, String);
type HandlerRow = (String, String, String, Option<String>, String, String);

impl Store {
    /// Every annual plan, oldest 年度 first.
    pub fn training_plans(&self) -> Result<Vec<TrainingPlan>, StoreError> {
        const T: &str = "training_plan";
        all(
            self,
            "SELECT id, fiscal_year, title, goals, content, approved_on, approved_by, updated_by, updated_at
             FROM training_plan ORDER BY fiscal_year",
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?)),
            |(id, fy, title, goals, content, approved_on, approved_by, updated_by, updated_at): PlanRow| {
                Ok(TrainingPlan {
                    id: TrainingPlanId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    fiscal_year: i32::try_from(fy).map_err(|_| bad(T, "fiscal_year", &id))?,
                    title,
                    goals,
                    content,
                    approved_on: opt_day(T, "approved_on", &id, approved_on)?,
                    approved_by,
                    updated_by,
                    updated_at: time(T, "updated_at", &id, &updated_at)?,
                })
            },
        )
    }

    /// Every session, in the order they were (or will be) held.
    pub fn training_sessions(&self) -> Result<Vec<TrainingSession>, StoreError> {
        const T: &str = "training_session";
        all(
            self,
            "SELECT id, held_on, title, topics, audience, instructor, note, makeup_of, created_by, created_at, updated_at
             FROM training_session ORDER BY held_on, created_at, id",
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                ))
            },
            |(id, held_on, title, topics, audience, instructor, note, makeup_of, created_by, created_at, updated_at): SessionRow| {
                let topics = topics.split(',').map(Topic::from_code).collect::<Option<Vec<_>>>().ok_or_else(|| bad(T, "topics", &id))?;
                Ok(TrainingSession {
                    id: TrainingSessionId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    held_on: parse_day(T, "held_on", &id, &held_on)?,
                    title,
                    topics,
                    audience: Audience::from_code(&audience).ok_or_else(|| bad(T, "audience", &id))?,
                    instructor,
                    note,
                    makeup_of: match makeup_of {
                        None => None,
                        Some(m) => Some(TrainingSessionId::parse(&m).ok_or_else(|| bad(T, "makeup_of", &id))?),
                    },
                    created_by,
                    created_at: time(T, "created_at", &id, &created_at)?,
                    updated_at: time(T, "updated_at", &id, &updated_at)?,
                })
            },
        )
    }

    /// Every attendance record.
    pub fn training_attendance(&self) -> Result<Vec<AttendanceRecord>, StoreError> {
        const T: &str = "training_attendance";
        all(
            self,
            "SELECT id, session_id, person_id, status, comprehension, recorded_by, recorded_at FROM training_attendance ORDER BY id",
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            |(id, session, person, status, comprehension, recorded_by, recorded_at): AttendanceRow| {
                Ok(AttendanceRecord {
                    session_id: TrainingSessionId::parse(&session).ok_or_else(|| bad(T, "session_id", &id))?,
                    person_id: PersonId::parse(&person).ok_or_else(|| bad(T, "person_id", &id))?,
                    status: Attendance::from_code(&status).ok_or_else(|| bad(T, "status", &id))?,
                    comprehension: comprehension.map(|c| u8::try_from(c).map_err(|_| bad(T, "comprehension", &id))).transpose()?,
                    recorded_by,
                    recorded_at: time(T, "recorded_at", &id, &recorded_at)?,
                })
            },
        )
    }

    /// The register of 特定個人情報 handlers, released designations included.
    pub fn my_number_handlers(&self) -> Result<Vec<Handler>, StoreError> {
        const T: &str = "my_number_handler";
        all(
            self,
            "SELECT id, designated_on, note, released_on, updated_by, updated_at FROM my_number_handler ORDER BY designated_on, id",
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            |(id, designated_on, note, released_on, updated_by, updated_at): HandlerRow| {
                Ok(Handler {
                    person_id: PersonId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    designated_on: parse_day(T, "designated_on", &id, &designated_on)?,
                    note,
                    released_on: opt_day(T, "released_on", &id, released_on)?,
                    updated_by,
                    updated_at: time(T, "updated_at", &id, &updated_at)?,
                })
            },
        )
    }
}

impl Writer<'_> {
    /// Inserts or replaces a 年度's plan (another plan for the same 年度 is a conflict).
    pub fn put_training_plan(&mut self, p: &TrainingPlan) -> Result<(), StoreError> {
        let id = p.id.to_string();
        let p = params![
            id,
            p.fiscal_year,
            p.title,
            p.goals,
            p.content,
            p.approved_on.map(day),
            p.approved_by,
            p.updated_by,
            to_storage(p.updated_at)
        ];
        self.upsert(
            Table::TrainingPlan,
            &id,
            "INSERT INTO training_plan (id, fiscal_year, title, goals, content, approved_on, approved_by, updated_by, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE training_plan SET fiscal_year = ?2, title = ?3, goals = ?4, content = ?5, approved_on = ?6, approved_by = ?7,
                 updated_by = ?8, updated_at = ?9
             WHERE id = ?1",
            p,
        )
    }

    /// Inserts or replaces a session.
    pub fn put_training_session(&mut self, s: &TrainingSession) -> Result<(), StoreError> {
        let id = s.id.to_string();
        let topics: Vec<&str> = s.topics.iter().map(|t| t.as_code()).collect();
        let p = params![
            id,
            day(s.held_on),
            s.title,
            topics.join(","),
            s.audience.as_code(),
            s.instructor,
            s.note,
            s.makeup_of.map(|m| m.to_string()),
            s.created_by,
            to_storage(s.created_at),
            to_storage(s.updated_at)
        ];
        self.upsert(
            Table::TrainingSession,
            &id,
            "INSERT INTO training_session (id, held_on, title, topics, audience, instructor, note, makeup_of, created_by, created_at,
                 updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            "UPDATE training_session SET held_on = ?2, title = ?3, topics = ?4, audience = ?5, instructor = ?6, note = ?7,
                 makeup_of = ?8, created_by = ?9, created_at = ?10, updated_at = ?11
             WHERE id = ?1",
            p,
        )
    }

    /// Inserts or replaces one person's attendance of one session.
    pub fn put_training_attendance(&mut self, a: &AttendanceRecord) -> Result<(), StoreError> {
        let id = a.key();
        let p = params![
            id,
            a.session_id.to_string(),
            a.person_id.to_string(),
            a.status.as_code(),
            a.comprehension,
            a.recorded_by,
            to_storage(a.recorded_at)
        ];
        self.upsert(
            Table::TrainingAttendance,
            &id,
            "INSERT INTO training_attendance (id, session_id, person_id, status, comprehension, recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            "UPDATE training_attendance SET session_id = ?2, person_id = ?3, status = ?4, comprehension = ?5, recorded_by = ?6,
                 recorded_at = ?7
             WHERE id = ?1",
            p,
        )
    }

    /// Inserts or replaces a person's designation as a 特定個人情報 handler.
    pub fn put_my_number_handler(&mut self, h: &Handler) -> Result<(), StoreError> {
        let id = h.person_id.to_string();
        let p = params![id, day(h.designated_on), h.note, h.released_on.map(day), h.updated_by, to_storage(h.updated_at)];
        self.upsert(
            Table::MyNumberHandler,
            &id,
            "INSERT INTO my_number_handler (id, designated_on, note, released_on, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE my_number_handler SET designated_on = ?2, note = ?3, released_on = ?4, updated_by = ?5, updated_at = ?6 WHERE id = ?1",
            p,
        )
    }
}
