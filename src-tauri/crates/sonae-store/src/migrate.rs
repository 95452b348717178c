//! Forward-only schema migrations, all pending ones in one transaction, tracked in `user_version`.

use crate::error::StoreError;
use rusqlite::Connection;

/// `PRAGMA application_id` of every Sonae database ("SONA").
pub const SONAE_APPLICATION_ID: i64 = 0x534F_4E41;

/// One schema step: applying it moves the database from `version - 1` to `version`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

/// Every migration, in order. Released entries never change; new ones are appended.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/v001_initial.sql") },
    Migration { version: 2, sql: include_str!("migrations/v002_organization_setup.sql") },
    Migration { version: 3, sql: include_str!("migrations/v003_staff_report.sql") },
    Migration { version: 4, sql: include_str!("migrations/v004_case_triage.sql") },
    Migration { version: 5, sql: include_str!("migrations/v005_case_work.sql") },
    Migration { version: 6, sql: include_str!("migrations/v006_notifications.sql") },
    Migration { version: 7, sql: include_str!("migrations/v007_search.sql") },
    Migration { version: 8, sql: include_str!("migrations/v008_submission.sql") },
    Migration { version: 9, sql: include_str!("migrations/v009_drills.sql") },
    Migration { version: 10, sql: include_str!("migrations/v010_training.sql") },
    Migration { version: 11, sql: include_str!("migrations/v011_exchange.sql") },
    Migration { version: 12, sql: include_str!("migrations/v012_case_list_at_scale.sql") },
    Migration { version: 13, sql: include_str!("migrations/v013_search_index_pending.sql") },
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration newer than the database's `user_version`, atomically: either all
/// pending steps and the new `user_version` are committed, or nothing is.
pub fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<i64, StoreError> {
    migrate_then(conn, migrations, |_| Ok(()))
}

/// [`migrate`], then `after` in the same transaction (the store records rows the migration changed).
pub(crate) fn migrate_then(
    conn: &mut Connection,
    migrations: &[Migration],
    after: impl FnOnce(&Connection) -> Result<(), StoreError>,
) -> Result<i64, StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let known = migrations.last().map_or(0, |m| m.version);
    if current > known {
        return Err(StoreError::SchemaTooNew { found: current, known });
    }
    let tx = conn.transaction()?;
    for m in migrations.iter().filter(|m| m.version > current) {
        tx.execute_batch(m.sql)?;
        tx.pragma_update(None, "user_version", m.version)?;
    }
    tx.pragma_update(None, "application_id", SONAE_APPLICATION_ID)?;
    after(&tx)?;
    crate::write::index_pending_search_rows(&tx)?;
    tx.commit()?;
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_consecutively() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1);
        }
    }

    #[test]
    fn a_failing_step_leaves_the_database_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        let steps = [
            Migration { version: 1, sql: "CREATE TABLE a (id TEXT PRIMARY KEY);" },
            Migration { version: 2, sql: "CREATE TABLE b (id TEXT PRIMARY KEY); THIS IS NOT SQL;" },
        ];
        assert!(migrate(&mut conn, &steps).is_err());
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
        assert_eq!((v, tables), (0, 0));
        assert_eq!(migrate(&mut conn, &steps[..1]).unwrap(), 1);
        assert!(matches!(migrate(&mut conn, &[]), Err(StoreError::SchemaTooNew { found: 1, known: 0 })));
    }
}
