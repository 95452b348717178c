//! Audited writes. Every method changes one row and appends its audit entry in the same
//! transaction; [`Store::write`] commits all of them or none.

use crate::audit::{Table, append};
use crate::error::StoreError;
use crate::open::Store;
use crate::queries::AccountRow;
use crate::queries::ReportDraftRow;
use rusqlite::{OptionalExtension, ToSql, Transaction, params};
use sonae_core::clock::to_storage;
use sonae_core::setup::{ClassLevel, Contact, InfoSystem, SchemePreset};
use sonae_core::{Case, CaseId, Department, IncidentReport, Organization, Person, TimelineEntry, Timestamp};

/// A write transaction on behalf of one actor at one instant.
pub struct Writer<'a> {
    pub(crate) tx: Transaction<'a>,
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
        index_pending_search_rows(&w.tx)?;
        w.tx.commit()?;
        Ok(out)
    }
}

/// Moves the full-text rows queued by this transaction's triggers into `search_index`, in one
/// statement (schema v13: FTS5 flushes its pending terms at every statement savepoint, so rows
/// indexed one by one became a segment each). Called just before every commit that may have
/// written indexed text; does nothing on a schema without the queue or with an empty one.
pub(crate) fn index_pending_search_rows(conn: &rusqlite::Connection) -> Result<(), StoreError> {
    let has_queue = conn
        .prepare_cached("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'search_index_pending'")?
        .query_row([], |r| r.get::<_, i64>(0))?
        > 0;
    if !has_queue || !conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM search_index_pending)")?.query_row([], |r| r.get::<_, bool>(0))? {
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO search_index (rowid, case_id, source, ref_id, body)
             SELECT id, case_id, source, ref_id, body FROM search_index_pending ORDER BY id",
    )?
    .execute([])?;
    conn.prepare_cached("DELETE FROM search_index_pending")?.execute([])?;
    Ok(())
}

fn ts(t: Timestamp) -> String {
    to_storage(t)
}

impl Writer<'_> {
    pub(crate) fn audited(&mut self, table: Table, id: &str, action: &str, sql: &str, params: &[&dyn ToSql]) -> Result<(), StoreError> {
        let changed = self.tx.prepare_cached(sql)?.execute(params)?;
        if changed != 1 {
            return Err(StoreError::Conflict { what: "expected exactly one row to change" });
        }
        append(&self.tx, &self.at, self.actor, action, table, id)
    }

    /// Inserts or replaces a setting (`id` is the setting's key).
    pub fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let exists = self.exists(Table::Setting, key)?;
        if exists {
            self.audited(Table::Setting, key, "update", "UPDATE setting SET value = ?2 WHERE id = ?1", params![key, value])
        } else {
            self.audited(Table::Setting, key, "insert", "INSERT INTO setting (id, value) VALUES (?1, ?2)", params![key, value])
        }
    }

    /// Updates the row if it exists, else inserts it; both statements take the same parameters.
    pub(crate) fn upsert(&mut self, table: Table, id: &str, insert: &str, update: &str, params: &[&dyn ToSql]) -> Result<(), StoreError> {
        if self.exists(table, id)? {
            self.audited(table, id, "update", update, params)
        } else {
            self.audited(table, id, "insert", insert, params)
        }
    }

    pub(crate) fn exists(&self, table: Table, id: &str) -> Result<bool, StoreError> {
        let sql = format!("SELECT count(*) FROM {} WHERE id = ?1", table.name());
        Ok(self.tx.prepare_cached(&sql)?.query_row([id], |r| r.get::<_, i64>(0))? > 0)
    }

    /// Inserts the organization, or replaces its profile and settings.
    pub fn put_organization(&mut self, o: &Organization) -> Result<(), StoreError> {
        let id = o.id.to_string();
        let s = &o.settings;
        let p = params![
            id,
            o.name,
            o.kind.as_code(),
            o.prefecture,
            o.head_title,
            o.ciso_title,
            s.ciso_person_id.map(|p| p.to_string()),
            s.ordinance_sensitive_info,
            s.honorific.as_code(),
            s.doc_number_format,
            s.ciso_report_target_minutes,
            s.idle_lock_minutes,
            s.lockout_attempts,
            s.receipt_format
        ];
        self.upsert(
            Table::Organization,
            &id,
            "INSERT INTO organization (id, name, kind, prefecture, head_title, ciso_title, ciso_person_id, ordinance_sensitive_info,
                     honorific, doc_number_format, ciso_report_target_minutes, idle_lock_minutes, lockout_attempts, receipt_format)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            "UPDATE organization SET name = ?2, kind = ?3, prefecture = ?4, head_title = ?5, ciso_title = ?6, ciso_person_id = ?7,
                     ordinance_sensitive_info = ?8, honorific = ?9, doc_number_format = ?10, ciso_report_target_minutes = ?11,
                     idle_lock_minutes = ?12, lockout_attempts = ?13, receipt_format = ?14
                 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or updates a department.
    pub fn put_department(&mut self, d: &Department) -> Result<(), StoreError> {
        let id = d.id.to_string();
        let p = params![id, d.name, d.short_name, d.manager_person_id.map(|p| p.to_string())];
        self.upsert(
            Table::Department,
            &id,
            "INSERT INTO department (id, name, short_name, manager_person_id) VALUES (?1, ?2, ?3, ?4)",
            "UPDATE department SET name = ?2, short_name = ?3, manager_person_id = ?4 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or updates a person and makes their `person_role` rows match `p.roles`.
    pub fn put_person(&mut self, p: &Person) -> Result<(), StoreError> {
        let id = p.id.to_string();
        let c = &p.contact;
        let values = params![
            id,
            p.department_id.map(|d| d.to_string()),
            p.name,
            p.name_kana,
            p.title,
            c.office_phone,
            c.mobile_phone,
            c.email,
            c.after_hours
        ];
        if self.exists(Table::Person, &id)? {
            self.audited(
                Table::Person,
                &id,
                "update",
                "UPDATE person SET department_id = ?2, name = ?3, name_kana = ?4, title = ?5, office_phone = ?6, mobile_phone = ?7,
                     email = ?8, after_hours = ?9 WHERE id = ?1",
                values,
            )?;
        } else {
            self.audited(
                Table::Person,
                &id,
                "insert",
                "INSERT INTO person (id, department_id, name, name_kana, title, office_phone, mobile_phone, email, after_hours)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                values,
            )?;
        }
        let mut stmt = self.tx.prepare_cached("SELECT id, role FROM person_role WHERE person_id = ?1 ORDER BY id")?;
        let current: Vec<(String, String)> = stmt.query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        drop(stmt);
        for (role_id, code) in &current {
            if !p.roles.iter().any(|r| r.as_code() == code) {
                self.audited(Table::PersonRole, role_id, "delete", "DELETE FROM person_role WHERE id = ?1", params![role_id])?;
            }
        }
        for role in &p.roles {
            if current.iter().any(|(_, code)| code == role.as_code()) {
                continue;
            }
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

    /// Inserts or updates a level of the classification scheme `scheme`.
    pub fn put_class_level(&mut self, scheme: SchemePreset, l: &ClassLevel) -> Result<(), StoreError> {
        let id = l.id.to_string();
        let p = params![id, scheme.as_code(), l.axis.as_code(), l.code, l.label, l.description, l.rank];
        self.upsert(
            Table::ClassificationLevel,
            &id,
            "INSERT INTO classification_level (id, scheme, axis, code, label, description, rank) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            "UPDATE classification_level SET scheme = ?2, axis = ?3, code = ?4, label = ?5, description = ?6, rank = ?7 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or updates an entry of the information systems register.
    pub fn put_system(&mut self, s: &InfoSystem) -> Result<(), StoreError> {
        let id = s.id.to_string();
        let p = params![
            id,
            s.name,
            s.department_id.map(|d| d.to_string()),
            s.segment.as_code(),
            s.holds_personal_info,
            s.holds_my_number,
            s.my_number_affairs,
            s.info_provision_network,
            s.contractor
        ];
        self.upsert(
            Table::InfoSystem,
            &id,
            "INSERT INTO info_system (id, name, department_id, segment, holds_personal_info, holds_my_number, my_number_affairs,
                     info_provision_network, contractor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE info_system SET name = ?2, department_id = ?3, segment = ?4, holds_personal_info = ?5, holds_my_number = ?6,
                     my_number_affairs = ?7, info_provision_network = ?8, contractor = ?9 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or updates a 緊急連絡網 entry.
    pub fn put_contact(&mut self, c: &Contact) -> Result<(), StoreError> {
        let id = c.id.to_string();
        let p = params![id, c.kind.as_code(), c.organization, c.section, c.phone, c.after_hours_phone, c.email, c.note, c.sort_order];
        self.upsert(
            Table::Contact,
            &id,
            "INSERT INTO contact (id, kind, organization, section, phone, after_hours_phone, email, note, sort_order)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE contact SET kind = ?2, organization = ?3, section = ?4, phone = ?5, after_hours_phone = ?6, email = ?7, note = ?8,
                     sort_order = ?9 WHERE id = ?1",
            p,
        )
    }

    /// Inserts or updates a person's account.
    pub fn put_account(&mut self, a: &AccountRow) -> Result<(), StoreError> {
        let id = a.person_id.to_string();
        let p = params![id, a.login_id, a.password_hash, a.must_change_password, a.failed_attempts, a.locked];
        let taken: Option<String> =
            self.tx.prepare_cached("SELECT id FROM account WHERE login_id = ?1")?.query_row([&a.login_id], |r| r.get(0)).optional()?;
        if taken.is_some_and(|owner| owner != id) {
            return Err(StoreError::Conflict { what: "login id already used" });
        }
        self.upsert(
            Table::Account,
            &id,
            "INSERT INTO account (id, login_id, password_hash, must_change_password, failed_attempts, locked)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE account SET login_id = ?2, password_hash = ?3, must_change_password = ?4, failed_attempts = ?5, locked = ?6
                 WHERE id = ?1",
            p,
        )
    }

    pub fn insert_case(&mut self, c: &Case) -> Result<(), StoreError> {
        let id = c.id.to_string();
        let taken = self
            .tx
            .prepare_cached("SELECT count(*) FROM incident_case WHERE receipt_no = ?1")?
            .query_row([&c.receipt_no], |r| r.get::<_, i64>(0))?;
        if taken > 0 {
            return Err(StoreError::Conflict { what: "receipt number already used" });
        }
        self.audited(
            Table::IncidentCase,
            &id,
            "insert",
            "INSERT INTO incident_case (id, receipt_no, title, category, state, severity, drill, created_at, updated_at,
                 is_incident, triage_rationale, impact, handler_person_id, ciso_informed_at, cause_category, cause_narrative,
                 ciso_instructions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            params![
                id,
                c.receipt_no,
                c.title,
                c.category.as_code(),
                c.state.as_code(),
                c.severity.map(|s| s.as_code()),
                c.drill,
                ts(c.created_at),
                ts(c.updated_at),
                c.triage.is_incident,
                c.triage.rationale,
                c.triage.impact,
                c.triage.handler.map(|p| p.to_string()),
                c.ciso_informed_at.map(ts),
                c.root_cause.category.map(|x| x.as_code()),
                c.root_cause.narrative,
                c.root_cause.ciso_instructions
            ],
        )
    }

    /// Replaces the case's mutable fields (everything but id, receipt number, drill and creation).
    pub fn update_case(&mut self, c: &Case) -> Result<(), StoreError> {
        let id = c.id.to_string();
        self.audited(
            Table::IncidentCase,
            &id,
            "update",
            "UPDATE incident_case SET title = ?2, category = ?3, state = ?4, severity = ?5, updated_at = ?6, is_incident = ?7,
                 triage_rationale = ?8, impact = ?9, handler_person_id = ?10, ciso_informed_at = ?11, cause_category = ?12,
                 cause_narrative = ?13, ciso_instructions = ?14
             WHERE id = ?1",
            params![
                id,
                c.title,
                c.category.as_code(),
                c.state.as_code(),
                c.severity.map(|s| s.as_code()),
                ts(c.updated_at),
                c.triage.is_incident,
                c.triage.rationale,
                c.triage.impact,
                c.triage.handler.map(|p| p.to_string()),
                c.ciso_informed_at.map(ts),
                c.root_cause.category.map(|x| x.as_code()),
                c.root_cause.narrative,
                c.root_cause.ciso_instructions
            ],
        )
    }

    pub fn insert_report(&mut self, r: &IncidentReport) -> Result<(), StoreError> {
        let id = r.id.to_string();
        let d = &r.details;
        let symptoms: Vec<&str> = d.symptoms.iter().map(|s| s.as_code()).collect();
        self.audited(
            Table::IncidentReport,
            &id,
            "insert",
            "INSERT INTO incident_report (id, case_id, source, reporter_person_id, reporter_name, reporter_contact,
                 department_id, category, summary, noticed_at, occurred_at, submitted_at, drill,
                 symptoms, occurred_note, device, system_id, network_segment, class_level_id, personal_info, my_number,
                 max_persons, medium, actions_taken, reporter_email, reporter_reachability, relay_org, relay_channel,
                 relay_received_at, entered_by_person_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                 ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
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
                r.drill,
                symptoms.join(","),
                d.occurred_note,
                d.device,
                d.system_id.map(|s| s.to_string()),
                d.network_segment.map(|s| s.as_code()),
                d.class_level_id.map(|s| s.to_string()),
                d.personal_info.map(|s| s.as_code()),
                d.my_number.map(|s| s.as_code()),
                d.max_persons,
                d.medium.map(|s| s.as_code()),
                d.actions_taken,
                d.reporter_email,
                d.reporter_reachability,
                d.relay_org,
                d.relay_channel.map(|s| s.as_code()),
                d.relay_received_at.map(ts),
                d.entered_by.map(|p| p.to_string())
            ],
        )
    }

    /// Inserts or updates a report draft.
    pub fn put_report_draft(&mut self, d: &ReportDraftRow) -> Result<(), StoreError> {
        let id = d.id.to_string();
        let p = params![
            id,
            d.owner.to_string(),
            d.step,
            d.form_json,
            d.status.as_code(),
            d.report_id.map(|r| r.to_string()),
            ts(d.created_at),
            ts(d.updated_at)
        ];
        self.upsert(
            Table::ReportDraft,
            &id,
            "INSERT INTO report_draft (id, owner_person_id, step, form_json, status, report_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE report_draft SET owner_person_id = ?2, step = ?3, form_json = ?4, status = ?5, report_id = ?6,
                     created_at = ?7, updated_at = ?8
                 WHERE id = ?1",
            p,
        )
    }

    /// Records a candidate for the case's 知った日.
    pub fn insert_known_date_candidate(
        &mut self,
        id: uuid::Uuid,
        case: CaseId,
        at: Timestamp,
        basis: &str,
        recorded_at: Timestamp,
    ) -> Result<(), StoreError> {
        let id = id.to_string();
        self.audited(
            Table::KnownDateCandidate,
            &id,
            "insert",
            "INSERT INTO known_date_candidate (id, case_id, at, basis, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, case.to_string(), ts(at), basis, ts(recorded_at)],
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

    /// Whether a receipt number is already used.
    pub fn receipt_taken(&self, receipt_no: &str) -> Result<bool, StoreError> {
        Ok(self
            .tx
            .prepare_cached("SELECT count(*) FROM incident_case WHERE receipt_no = ?1")?
            .query_row([receipt_no], |r| r.get::<_, i64>(0))?
            > 0)
    }

    /// A setting's value, read inside this transaction.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.tx.prepare_cached("SELECT value FROM setting WHERE id = ?1")?.query_row([key], |r| r.get(0)).optional()?)
    }

    /// The next free sequence number for receipt numbers of `year` (`2026-0001` → 1).
    pub fn next_receipt_seq(&self, year: i32) -> Result<u32, StoreError> {
        let prefix = format!("{year}-");
        let max: Option<String> = self
            .tx
            .prepare_cached("SELECT max(receipt_no) FROM incident_case WHERE receipt_no LIKE ?1 || '%'")?
            .query_row([&prefix], |r| r.get(0))?;
        let last = max.and_then(|m| m[prefix.len()..].parse::<u32>().ok()).unwrap_or(0);
        Ok(last + 1)
    }
}
