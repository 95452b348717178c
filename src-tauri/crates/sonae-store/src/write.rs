//! Audited writes. Every method changes one row and appends its audit entry in the same
//! transaction; [`Store::write`] commits all of them or none.

use crate::audit::{Table, append};
use crate::error::StoreError;
use crate::open::Store;
use rusqlite::{ToSql, Transaction, params};
use sonae_core::clock::to_storage;
use sonae_core::{Case, Department, IncidentReport, Organization, Person, TimelineEntry, Timestamp};

/// A write transaction on behalf of one actor at one instant.
pub struct Writer<'a> {
    tx: Transaction<'a>,
    actor: &'a str,
    at: String,
}

impl Store {
    /// Runs `f` in one transaction as `actor` at `now`. On error nothing is written.
    pub fn write<T>(
        &mut self,
        actor: &str,
        now: Timestamp,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut w = Writer { tx, actor, at: to_storage(now) };
        let out = f(&mut w)?;
        w.tx.commit()?;
        Ok(out)
    }
}

fn ts(t: Timestamp) -> String {
    to_storage(t)
}

impl Writer<'_> {
    fn audited(&mut self, table: Table, id: &str, action: &str, sql: &str, params: &[&dyn ToSql]) -> Result<(), StoreError> {
        let changed = self.tx.prepare_cached(sql)?.execute(params)?;
        if changed != 1 {
            return Err(StoreError::Conflict { what: "expected exactly one row to change" });
        }
        append(&self.tx, &self.at, self.actor, action, table, id)
    }

    /// Inserts or replaces a setting (`id` is the setting's key).
    pub fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let exists = self.tx.query_row("SELECT count(*) FROM setting WHERE id = ?1", [key], |r| r.get::<_, i64>(0))? > 0;
        if exists {
            self.audited(Table::Setting, key, "update", "UPDATE setting SET value = ?2 WHERE id = ?1", params![key, value])
        } else {
            self.audited(Table::Setting, key, "insert", "INSERT INTO setting (id, value) VALUES (?1, ?2)", params![key, value])
        }
    }

    pub fn insert_organization(&mut self, o: &Organization) -> Result<(), StoreError> {
        let id = o.id.to_string();
        self.audited(
            Table::Organization,
            &id,
            "insert",
            "INSERT INTO organization (id, name, kind, prefecture, head_title, ciso_title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, o.name, o.kind.as_code(), o.prefecture, o.head_title, o.ciso_title],
        )
    }

    pub fn insert_department(&mut self, d: &Department) -> Result<(), StoreError> {
        let id = d.id.to_string();
        self.audited(
            Table::Department,
            &id,
            "insert",
            "INSERT INTO department (id, name, short_name) VALUES (?1, ?2, ?3)",
            params![id, d.name, d.short_name],
        )
    }

    /// Inserts the person and one `person_role` row per role.
    pub fn insert_person(&mut self, p: &Person) -> Result<(), StoreError> {
        let id = p.id.to_string();
        self.audited(
            Table::Person,
            &id,
            "insert",
            "INSERT INTO person (id, department_id, name, name_kana, title) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, p.department_id.map(|d| d.to_string()), p.name, p.name_kana, p.title],
        )?;
        for role in &p.roles {
            let role_id = format!("{id}:{}", role.as_code());
            self.audited(
                Table::PersonRole,
                &role_id,
                "insert",
                "INSERT INTO person_role (id, person_id, role) VALUES (?1, ?2, ?3)",
                params![role_id, id, role.as_code()],
            )?;
        }
        Ok(())
    }

    pub fn insert_case(&mut self, c: &Case) -> Result<(), StoreError> {
        let id = c.id.to_string();
        let taken =
            self.tx.query_row("SELECT count(*) FROM incident_case WHERE receipt_no = ?1", [&c.receipt_no], |r| r.get::<_, i64>(0))?;
        if taken > 0 {
            return Err(StoreError::Conflict { what: "receipt number already used" });
        }
        self.audited(
            Table::IncidentCase,
            &id,
            "insert",
            "INSERT INTO incident_case (id, receipt_no, title, category, state, severity, drill, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                c.receipt_no,
                c.title,
                c.category.as_code(),
                c.state.as_code(),
                c.severity.map(|s| s.as_code()),
                c.drill,
                ts(c.created_at),
                ts(c.updated_at)
            ],
        )
    }

    /// Replaces the case's mutable fields (title, category, state, severity, updated_at).
    pub fn update_case(&mut self, c: &Case) -> Result<(), StoreError> {
        let id = c.id.to_string();
        self.audited(
            Table::IncidentCase,
            &id,
            "update",
            "UPDATE incident_case SET title = ?2, category = ?3, state = ?4, severity = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, c.title, c.category.as_code(), c.state.as_code(), c.severity.map(|s| s.as_code()), ts(c.updated_at)],
        )
    }

    pub fn insert_report(&mut self, r: &IncidentReport) -> Result<(), StoreError> {
        let id = r.id.to_string();
        self.audited(
            Table::IncidentReport,
            &id,
            "insert",
            "INSERT INTO incident_report (id, case_id, source, reporter_person_id, reporter_name, reporter_contact,
                 department_id, category, summary, noticed_at, occurred_at, submitted_at, drill)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                id,
                r.case_id.map(|c| c.to_string()),
                r.source.as_code(),
                r.reporter_person_id.map(|p| p.to_string()),
                r.reporter_name,
                r.reporter_contact,
                r.department_id.map(|d| d.to_string()),
                r.category.as_code(),
                r.summary,
                r.noticed_at.map(ts),
                r.occurred_at.map(ts),
                ts(r.submitted_at),
                r.drill
            ],
        )
    }

    pub fn insert_timeline_entry(&mut self, e: &TimelineEntry) -> Result<(), StoreError> {
        let id = e.id.to_string();
        self.audited(
            Table::TimelineEntry,
            &id,
            "insert",
            "INSERT INTO timeline_entry (id, case_id, kind, occurred_at, recorded_at, actor, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, e.case_id.to_string(), e.kind.as_code(), ts(e.occurred_at), ts(e.recorded_at), e.actor, e.text],
        )
    }

    /// The next free sequence number for receipt numbers of `year` (`2026-0001` → 1).
    pub fn next_receipt_seq(&self, year: i32) -> Result<u32, StoreError> {
        let prefix = format!("{year}-");
        let max: Option<String> =
            self.tx.query_row("SELECT max(receipt_no) FROM incident_case WHERE receipt_no LIKE ?1 || '%'", [&prefix], |r| r.get(0))?;
        let last = max.and_then(|m| m[prefix.len()..].parse::<u32>().ok()).unwrap_or(0);
        Ok(last + 1)
    }
}
