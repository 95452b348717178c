//! Reads.

use crate::error::StoreError;
use crate::open::Store;
use rusqlite::{OptionalExtension, Row};
use sonae_core::clock::from_storage;
use sonae_core::{Case, CaseId, CaseState, Category, OrgKind, Organization, OrganizationId, Severity, Timestamp};

fn bad(table: &'static str, column: &'static str, id: &str) -> StoreError {
    StoreError::BadValue { table, column, id: id.to_owned() }
}

fn time(table: &'static str, column: &'static str, id: &str, v: &str) -> Result<Timestamp, StoreError> {
    from_storage(v).ok_or_else(|| bad(table, column, id))
}

impl Store {
    /// A setting's value, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT value FROM setting WHERE id = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// The organization profile, if one has been set up.
    pub fn organization(&self) -> Result<Option<Organization>, StoreError> {
        let row = self
            .conn
            .query_row("SELECT id, name, kind, prefecture, head_title, ciso_title FROM organization LIMIT 1", [], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .optional()?;
        let Some((id, name, kind, prefecture, head_title, ciso_title)) = row else { return Ok(None) };
        Ok(Some(Organization {
            id: OrganizationId::parse(&id).ok_or_else(|| bad("organization", "id", &id))?,
            kind: OrgKind::from_code(&kind).ok_or_else(|| bad("organization", "kind", &id))?,
            name,
            prefecture,
            head_title,
            ciso_title,
        }))
    }

    /// Every case, newest first.
    pub fn cases(&self) -> Result<Vec<Case>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, receipt_no, title, category, state, severity, drill, created_at, updated_at
             FROM incident_case ORDER BY created_at DESC, receipt_no DESC",
        )?;
        let raw = stmt.query_map([], raw_case)?.collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(RawCase::into_case).collect()
    }

    /// Number of real (non-drill) cases per state, in state order, states with no case omitted.
    pub fn state_counts(&self) -> Result<Vec<(CaseState, i64)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT state, count(*) FROM incident_case WHERE drill = 0 GROUP BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (code, n) = row?;
            out.push((CaseState::from_code(&code).ok_or_else(|| bad("incident_case", "state", &code))?, n));
        }
        out.sort();
        Ok(out)
    }
}

struct RawCase {
    id: String,
    receipt_no: String,
    title: String,
    category: String,
    state: String,
    severity: Option<String>,
    drill: bool,
    created_at: String,
    updated_at: String,
}

fn raw_case(r: &Row<'_>) -> rusqlite::Result<RawCase> {
    Ok(RawCase {
        id: r.get(0)?,
        receipt_no: r.get(1)?,
        title: r.get(2)?,
        category: r.get(3)?,
        state: r.get(4)?,
        severity: r.get(5)?,
        drill: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

impl RawCase {
    fn into_case(self) -> Result<Case, StoreError> {
        const T: &str = "incident_case";
        let id = &self.id;
        Ok(Case {
            id: CaseId::parse(id).ok_or_else(|| bad(T, "id", id))?,
            category: Category::from_code(&self.category).ok_or_else(|| bad(T, "category", id))?,
            state: CaseState::from_code(&self.state).ok_or_else(|| bad(T, "state", id))?,
            severity: match &self.severity {
                None => None,
                Some(s) => Some(Severity::from_code(s).ok_or_else(|| bad(T, "severity", id))?),
            },
            created_at: time(T, "created_at", id, &self.created_at)?,
            updated_at: time(T, "updated_at", id, &self.updated_at)?,
            receipt_no: self.receipt_no,
            title: self.title,
            drill: self.drill,
        })
    }
}
