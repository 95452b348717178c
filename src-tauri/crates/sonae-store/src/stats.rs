//! Aggregate reads for the dashboard and the statistics (issue 10).
//!
//! The dashboard is answered with a handful of grouped queries over real (non-drill) cases, never
//! by loading every case: it must stay fast at 100,000 cases. The statistics read what they
//! measure in bulk — the case rows, the audit history of every real case row and the containment
//! tasks done — with one query each instead of one per case.

use crate::audit::Table;
use crate::casework::CaseFactsRow;
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::{bad, time};
use rusqlite::OptionalExtension;
use sonae_core::{CaseId, CaseState, Category, DepartmentId, DrillId, Severity, Timestamp};
use std::collections::HashMap;

/// `state IN (…)` over the states of a case that still needs work (`CaseState::is_open`): an `IN`
/// list, not `NOT IN`, so that an index on `state` finds the open cases without a table scan.
fn open_states() -> String {
    let codes: Vec<String> = CaseState::ALL.iter().filter(|s| s.is_open()).map(|s| format!("'{}'", s.as_code())).collect();
    format!("state IN ({})", codes.join(", "))
}

/// One row's audit history: each entry's instant and the row's content after it (None: deleted).
pub type RowHistory = Vec<(Timestamp, Option<String>)>;

/// Why a case waits on the CISO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CisoWait {
    /// Judged an incident, the 第一報 to the CISO not recorded yet.
    FirstReport,
    /// A decision proposed at a 緊急対策会議 (which the CISO convenes, 004 第6条) and not decided.
    MeetingDecision,
}

/// One thing waiting on the CISO.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CisoWaitRow {
    pub case_id: CaseId,
    pub receipt_no: String,
    pub title: String,
    pub reason: CisoWait,
    /// Since when: the case's report (第一報), or the decision's proposal.
    pub since: Timestamp,
}

/// The earliest drill planned and not started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedDrillRow {
    pub id: DrillId,
    pub name: String,
    pub fiscal_year: i32,
    /// The planned day, if the plan names one.
    pub planned_on: Option<chrono::NaiveDate>,
}

/// A case as the statistics read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsCaseRow {
    pub case_id: CaseId,
    /// Drill cases are read so that the statistics can say how many they left out.
    pub drill: bool,
    pub category: Category,
    pub severity: Option<Severity>,
    pub state: CaseState,
    pub created_at: Timestamp,
    /// The department of the case's first report.
    pub department: Option<DepartmentId>,
}

fn state(code: &str) -> Result<CaseState, StoreError> {
    CaseState::from_code(code).ok_or_else(|| bad("incident_case", "state", code))
}

fn severity(id: &str, code: Option<String>) -> Result<Option<Severity>, StoreError> {
    code.map(|c| Severity::from_code(&c).ok_or_else(|| bad("incident_case", "severity", id))).transpose()
}

impl Store {
    /// Open real cases counted by state and severity (pairs with no case omitted).
    pub fn open_case_counts(&self) -> Result<Vec<(CaseState, Option<Severity>, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT state, severity, count(*) FROM incident_case WHERE drill = 0 AND {} GROUP BY state, severity",
            open_states()
        ))?;
        let raw = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(|(s, sev, n)| Ok((state(&s)?, severity(&s, sev)?, n))).collect()
    }

    /// The stored facts of every open real case that has facts (whose obligations have deadlines).
    pub fn open_case_facts(&self) -> Result<Vec<CaseFactsRow>, StoreError> {
        const T: &str = "case_facts";
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT f.id, f.known_on, f.facts_json, f.updated_by, f.updated_at FROM case_facts f
             JOIN incident_case c ON c.id = f.id WHERE c.drill = 0 AND c.{}",
            open_states()
        ))?;
        let raw = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(|(id, known_on, facts_json, updated_by, updated_at)| {
                Ok(CaseFactsRow {
                    case_id: CaseId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    known_on: chrono::NaiveDate::parse_from_str(&known_on, "%Y-%m-%d").map_err(|_| bad(T, "known_on", &id))?,
                    facts_json,
                    updated_by,
                    updated_at: time(T, "updated_at", &id, &updated_at)?,
                })
            })
            .collect()
    }

    /// What waits on the CISO over open real cases, oldest first: cases judged an incident whose
    /// 第一報 is not recorded, and decisions proposed at a 緊急対策会議 and not yet decided.
    pub fn ciso_waiting(&self) -> Result<Vec<CisoWaitRow>, StoreError> {
        let open = open_states();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, receipt_no, title, 0, created_at FROM incident_case
               WHERE drill = 0 AND {open} AND is_incident = 1 AND ciso_informed_at IS NULL
             UNION ALL
             SELECT c.id, c.receipt_no, c.title, 1, d.proposed_at FROM decision d JOIN incident_case c ON c.id = d.case_id
               WHERE c.drill = 0 AND c.{open} AND d.status = 'proposed' AND d.meeting_id IS NOT NULL
             ORDER BY 5, 2"
        ))?;
        let raw = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?, r.get::<_, String>(4)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(|(id, receipt_no, title, reason, since)| {
                Ok(CisoWaitRow {
                    case_id: CaseId::parse(&id).ok_or_else(|| bad("incident_case", "id", &id))?,
                    receipt_no,
                    title,
                    reason: if reason == 0 { CisoWait::FirstReport } else { CisoWait::MeetingDecision },
                    since: time("incident_case", "created_at", &id, &since)?,
                })
            })
            .collect()
    }

    /// The drill planned and not started that comes first (dated ones by day, then undated ones
    /// by when they were planned), and how many drills are planned and not started.
    pub fn next_planned_drill(&self) -> Result<(Option<PlannedDrillRow>, i64), StoreError> {
        const T: &str = "drill";
        let count: i64 = self.conn.prepare_cached("SELECT count(*) FROM drill WHERE state = 'planned'")?.query_row([], |r| r.get(0))?;
        let row = self
            .conn
            .prepare_cached(
                "SELECT id, name, fiscal_year, planned_on FROM drill WHERE state = 'planned'
                 ORDER BY planned_on IS NULL, planned_on, created_at, id LIMIT 1",
            )?
            .query_row([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i32>(2)?, r.get::<_, Option<String>>(3)?)))
            .optional()?;
        let next = row
            .map(|(id, name, fiscal_year, planned_on)| {
                Ok::<_, StoreError>(PlannedDrillRow {
                    id: DrillId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    name,
                    fiscal_year,
                    planned_on: planned_on
                        .map(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| bad(T, "planned_on", &id)))
                        .transpose()?,
                })
            })
            .transpose()?;
        Ok((next, count))
    }

    /// Every case (drill cases marked) with what the statistics group it by, oldest first.
    pub fn stats_cases(&self) -> Result<Vec<StatsCaseRow>, StoreError> {
        const T: &str = "incident_case";
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.category, c.severity, c.state, c.created_at,
                    (SELECT r.department_id FROM incident_report r WHERE r.case_id = c.id ORDER BY r.submitted_at, r.id LIMIT 1),
                    c.drill
             FROM incident_case c ORDER BY c.created_at, c.receipt_no",
        )?;
        let raw = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(|(id, category, sev, st, created_at, department, drill)| {
                Ok(StatsCaseRow {
                    case_id: CaseId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    drill: drill != 0,
                    category: Category::from_code(&category).ok_or_else(|| bad(T, "category", &id))?,
                    severity: severity(&id, sev)?,
                    state: state(&st)?,
                    created_at: time(T, "created_at", &id, &created_at)?,
                    department: department
                        .map(|d| DepartmentId::parse(&d).ok_or_else(|| bad("incident_report", "department_id", &id)))
                        .transpose()?,
                })
            })
            .collect()
    }

    /// The audit history of every real case row, by case, in the order it was written: what
    /// [`Store::row_history`] answers for one case, but each entry's content cut down (by SQLite,
    /// without parsing it here) to the fields milestones are read from — `state`, `is_incident`,
    /// `ciso_informed_at` — as a JSON object; None for a deletion.
    pub fn real_case_histories(&self) -> Result<HashMap<CaseId, RowHistory>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.object_id, a.at,
                    CASE WHEN a.row_json IS NULL THEN NULL ELSE json_object(
                        'state', json_extract(a.row_json, '$.state'),
                        'is_incident', json_extract(a.row_json, '$.is_incident'),
                        'ciso_informed_at', json_extract(a.row_json, '$.ciso_informed_at')) END
             FROM audit_log a
             WHERE a.object_table = ?1 AND a.object_id IN (SELECT id FROM incident_case WHERE drill = 0) ORDER BY a.seq",
        )?;
        let raw = stmt
            .query_map([Table::IncidentCase.name()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out: HashMap<CaseId, RowHistory> = HashMap::new();
        for (id, at, json) in raw {
            let case = CaseId::parse(&id).ok_or_else(|| bad("audit_log", "object_id", &id))?;
            out.entry(case).or_default().push((time("audit_log", "at", &id, &at)?, json));
        }
        Ok(out)
    }

    /// When each containment task of a real case was done, by case.
    pub fn containment_done(&self) -> Result<HashMap<CaseId, Vec<Timestamp>>, StoreError> {
        const T: &str = "case_task";
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.case_id, t.closed_at FROM case_task t JOIN incident_case c ON c.id = t.case_id
             WHERE c.drill = 0 AND t.kind = 'containment' AND t.status = 'done' AND t.closed_at IS NOT NULL",
        )?;
        let raw = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?.collect::<Result<Vec<_>, _>>()?;
        let mut out: HashMap<CaseId, Vec<Timestamp>> = HashMap::new();
        for (id, at) in raw {
            let case = CaseId::parse(&id).ok_or_else(|| bad(T, "case_id", &id))?;
            out.entry(case).or_default().push(time(T, "closed_at", &id, &at)?);
        }
        Ok(out)
    }
}
