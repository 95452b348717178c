//! Offline exchange (issue 9): a case's rows (or one staff report's) as raw column values, for
//! signed bundles, the audited insert of such a row on the receiving side, and the register of trusted public keys.
//!
//! Rows travel as they are stored (every column, same id): the receiving installation compares an
//! incoming row with the row of the same id it already has, column by column, and inserts only
//! what is missing. Column names reach SQL text only after they were found in the local table's
//! own `PRAGMA table_info`, table names only as [`Table::name`] constants.

use crate::audit::Table;
use crate::error::StoreError;
use crate::open::Store;
use crate::write::Writer;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use sonae_core::CaseId;
use std::collections::BTreeMap;

/// One stored value, as SQLite has it.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// One row: every column by name.
pub type RawRow = BTreeMap<String, RawValue>;

/// The tables a case bundle carries, in the order they are inserted (parents first), each with
/// the condition selecting the case's rows (`?1` is the case id).
pub const CASE_TABLES: &[(Table, &str)] = &[
    (Table::IncidentCase, "id = ?1"),
    (Table::IncidentReport, "case_id = ?1"),
    (Table::TimelineEntry, "case_id = ?1"),
    (Table::KnownDateCandidate, "case_id = ?1"),
    (Table::CaseTask, "case_id = ?1"),
    (Table::Evidence, "case_id = ?1"),
    (Table::EvidenceFile, "evidence_id IN (SELECT id FROM evidence WHERE case_id = ?1)"),
    (Table::CustodyTransfer, "evidence_id IN (SELECT id FROM evidence WHERE case_id = ?1)"),
    (Table::Meeting, "case_id = ?1"),
    (Table::Decision, "case_id = ?1"),
    (Table::Measure, "case_id = ?1"),
    (Table::CaseFacts, "id = ?1"),
    (Table::Notification, "case_id = ?1"),
    (Table::Submission, "case_id = ?1"),
    // The case's 報告事項 (sonae_core::particulars).
    (Table::Setting, "id = 'particulars:' || ?1"),
];

/// The tables a report bundle carries (a staff report handed over from a staff-side installation),
/// each with the condition selecting the rows (`?1` is the report id): the report, and the
/// candidate for 知った日 its submission recorded (the reporter's "noticed" time). The case is
/// not carried: the receiving CSIRT opens its own, in 受付, with its own 受付番号.
pub const REPORT_TABLES: &[(Table, &str)] = &[
    (Table::IncidentReport, "id = ?1"),
    (
        Table::KnownDateCandidate,
        "basis = 'reporter_noticed' AND case_id = (SELECT case_id FROM incident_report WHERE id = ?1) \
         AND at = (SELECT noticed_at FROM incident_report WHERE id = ?1)",
    ),
];

/// The organization tables a case's rows may point at; a bundle names each such row by its
/// natural key so that another installation can find its own row for it.
pub const REFERENCE_TABLES: &[Table] = &[Table::Person, Table::Department, Table::InfoSystem, Table::ClassificationLevel];

/// A row of the trusted-keys register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKeyRow {
    /// The fingerprint, `XXXX-XXXX-XXXX-XXXX`.
    pub id: String,
    pub name: String,
    /// 32 bytes as 64 lowercase hex digits.
    pub public_key: String,
    pub added_by: String,
    pub added_at: String,
    pub revoked_at: Option<String>,
}

fn from_value(v: Value) -> RawValue {
    match v {
        Value::Null => RawValue::Null,
        Value::Integer(i) => RawValue::Integer(i),
        Value::Real(x) => RawValue::Real(x),
        Value::Text(t) => RawValue::Text(t),
        Value::Blob(b) => RawValue::Blob(b),
    }
}

fn to_value(v: &RawValue) -> Value {
    match v {
        RawValue::Null => Value::Null,
        RawValue::Integer(i) => Value::Integer(*i),
        RawValue::Real(x) => Value::Real(*x),
        RawValue::Text(t) => Value::Text(t.clone()),
        RawValue::Blob(b) => Value::Blob(b.clone()),
    }
}

fn select_rows(conn: &Connection, table: Table, condition: &str, param: &str) -> Result<Vec<RawRow>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM {} WHERE {condition} ORDER BY rowid", table.name()))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    let rows = stmt.query_map([param], |r| {
        let mut row = RawRow::new();
        for (i, name) in names.iter().enumerate() {
            row.insert(name.clone(), from_value(r.get::<_, Value>(i)?));
        }
        Ok(row)
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn columns_of(conn: &Connection, table: Table) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{}') ORDER BY cid", table.name()))?;
    let names = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

fn foreign_columns_of(conn: &Connection, table: Table) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('{}')", table.name()))?;
    let cols = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    Ok(cols.collect::<Result<_, _>>()?)
}

/// The SQL giving a reference table's natural key of the row `?1`, and the one finding rows by it.
fn key_sql(table: Table) -> Option<(&'static str, &'static str)> {
    match table {
        Table::Person => Some(("SELECT name FROM person WHERE id = ?1", "SELECT id FROM person WHERE name = ?1 ORDER BY id")),
        Table::Department => Some(("SELECT name FROM department WHERE id = ?1", "SELECT id FROM department WHERE name = ?1 ORDER BY id")),
        Table::InfoSystem => Some(("SELECT name FROM info_system WHERE id = ?1", "SELECT id FROM info_system WHERE name = ?1 ORDER BY id")),
        Table::ClassificationLevel => Some((
            "SELECT scheme || '/' || axis || '/' || code FROM classification_level WHERE id = ?1",
            "SELECT id FROM classification_level WHERE scheme || '/' || axis || '/' || code = ?1 ORDER BY id",
        )),
        _ => None,
    }
}

fn row_of(conn: &Connection, table: Table, id: &str) -> Result<Option<RawRow>, StoreError> {
    Ok(select_rows(conn, table, "id = ?1", id)?.into_iter().next())
}

impl Store {
    /// Every row of the case that a bundle carries, table by table in [`CASE_TABLES`] order.
    pub fn case_rows(&self, case: CaseId) -> Result<Vec<(Table, Vec<RawRow>)>, StoreError> {
        let id = case.to_string();
        CASE_TABLES.iter().map(|&(table, condition)| Ok((table, select_rows(&self.conn, table, condition, &id)?))).collect()
    }

    /// The rows of a report bundle ([`REPORT_TABLES`] order); empty tables when there is no such report.
    pub fn report_rows(&self, report_id: &str) -> Result<Vec<(Table, Vec<RawRow>)>, StoreError> {
        REPORT_TABLES.iter().map(|&(table, condition)| Ok((table, select_rows(&self.conn, table, condition, report_id)?))).collect()
    }

    /// The row `id` of `table` as stored, if there is one.
    pub fn raw_row(&self, table: Table, id: &str) -> Result<Option<RawRow>, StoreError> {
        row_of(&self.conn, table, id)
    }

    /// The columns of `table` in this database, in schema order.
    pub fn table_columns(&self, table: Table) -> Result<Vec<String>, StoreError> {
        columns_of(&self.conn, table)
    }

    /// The columns of `table` that are foreign keys, with the name of the table they point at.
    pub fn foreign_columns(&self, table: Table) -> Result<Vec<(String, String)>, StoreError> {
        foreign_columns_of(&self.conn, table)
    }

    /// The natural key of a row of a [`REFERENCE_TABLES`] table (a person's or department's or
    /// system's name, a classification level's `scheme/axis/code`); `None` if there is no such row.
    pub fn reference_key(&self, table: Table, id: &str) -> Result<Option<String>, StoreError> {
        let Some((sql, _)) = key_sql(table) else { return Ok(None) };
        Ok(self.conn.query_row(sql, [id], |r| r.get(0)).optional()?)
    }

    /// The ids of the rows of a [`REFERENCE_TABLES`] table with that natural key.
    pub fn rows_with_key(&self, table: Table, key: &str) -> Result<Vec<String>, StoreError> {
        let Some((_, sql)) = key_sql(table) else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare(sql)?;
        let ids = stmt.query_map([key], |r| r.get::<_, String>(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The id of the case with this 受付番号, if there is one.
    pub fn case_id_by_receipt(&self, receipt_no: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM incident_case WHERE receipt_no = ?1")?
            .query_row([receipt_no], |r| r.get(0))
            .optional()?)
    }

    /// Whether some case other than `id` uses the 受付番号.
    pub fn receipt_used_by_other(&self, receipt_no: &str, id: &str) -> Result<bool, StoreError> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM incident_case WHERE receipt_no = ?1 AND id <> ?2")?
            .query_row(params![receipt_no, id], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// The trusted-keys register, oldest first.
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKeyRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, public_key, added_by, added_at, revoked_at FROM trusted_key ORDER BY added_at, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(TrustedKeyRow {
                id: r.get(0)?,
                name: r.get(1)?,
                public_key: r.get(2)?,
                added_by: r.get(3)?,
                added_at: r.get(4)?,
                revoked_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// What [`Writer::import_row`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Inserted,
    /// A row with the same id and the same content exists: nothing was written.
    Same,
    /// A row with the same id exists with other content: nothing was written.
    Differs,
}

impl Writer<'_> {
    /// The row `id` of `table` as stored, read inside this transaction.
    pub fn raw_row(&self, table: Table, id: &str) -> Result<Option<RawRow>, StoreError> {
        row_of(&self.tx, table, id)
    }

    /// Inserts a row received from another installation with its own id, audited. The row must
    /// have exactly the local table's columns (else `Conflict`); an existing row of that id is
    /// compared, column by column, and never changed. `ignore` names columns that may differ
    /// (a case's 受付番号 is the installation's own).
    pub fn import_row(&mut self, table: Table, row: &RawRow, ignore: &[&str]) -> Result<ImportOutcome, StoreError> {
        let columns = columns_of(&self.tx, table)?;
        if columns.len() != row.len() || columns.iter().any(|c| !row.contains_key(c)) {
            return Err(StoreError::Conflict { what: "bundle row does not have the table's columns" });
        }
        let Some(RawValue::Text(id)) = row.get("id") else {
            return Err(StoreError::Conflict { what: "bundle row without a text id" });
        };
        let id = id.clone();
        if let Some(existing) = row_of(&self.tx, table, &id)? {
            let same = columns.iter().filter(|c| !ignore.contains(&c.as_str())).all(|c| existing.get(c) == row.get(c));
            return Ok(if same { ImportOutcome::Same } else { ImportOutcome::Differs });
        }
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", table.name(), columns.join(", "), placeholders.join(", "));
        let values: Vec<Value> = columns.iter().map(|c| to_value(&row[c])).collect();
        let params: Vec<&dyn ToSql> = values.iter().map(|v| v as &dyn ToSql).collect();
        self.audited(table, &id, "insert", &sql, &params)?;
        Ok(ImportOutcome::Inserted)
    }

    /// Adds a key to the trusted-keys register, or replaces its name and revocation.
    pub fn put_trusted_key(&mut self, k: &TrustedKeyRow) -> Result<(), StoreError> {
        let p = params![k.id, k.name, k.public_key, k.added_by, k.added_at, k.revoked_at];
        self.upsert(
            Table::TrustedKey,
            &k.id,
            "INSERT INTO trusted_key (id, name, public_key, added_by, added_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE trusted_key SET name = ?2, revoked_at = ?6 WHERE id = ?1 AND public_key = ?3",
            p,
        )
    }
}
