//! The one error type of the IPC edge.

use serde::Serialize;
use sonae_core::DomainError;
use sonae_store::StoreError;
use std::collections::BTreeMap;
use ts_rs::TS;

/// What kind of failure; the UI switches on this. Closed: adding a code is an API change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// Bad input; `field` names it.
    Validation,
    NotFound,
    /// The acting user's roles do not permit this.
    Forbidden,
    /// Nobody is signed in, or the session is idle-locked.
    Unauthenticated,
    /// The account is locked after too many failed sign-ins; an administrator must unlock it.
    Locked,
    /// The request contradicts the current data.
    Conflict,
    /// The database could not be read or written.
    Storage,
    /// The database was written by a newer Sonae.
    SchemaTooNew,
    /// The file is not a Sonae database.
    NotSonaeDatabase,
    /// The database is encrypted and its passphrase has not been given yet.
    DatabaseLocked,
    /// There is no database yet: the app asks for the organization's passphrase to create one.
    NoDatabase,
    Internal,
}

/// A failure, as the UI and the CLI see it: a code to switch on, a Fluent message id with its
/// arguments, and the input field it concerns. Never contains case content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message_id: String,
    pub args: BTreeMap<String, String>,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message_id: &str) -> ApiError {
        ApiError { code, message_id: message_id.to_owned(), args: BTreeMap::new(), field: None }
    }

    /// The input field this error concerns.
    pub fn on(mut self, field: &str) -> ApiError {
        self.field = Some(field.to_owned());
        self
    }

    pub fn arg(mut self, key: &str, value: impl ToString) -> ApiError {
        self.args.insert(key.to_owned(), value.to_string());
        self
    }

    /// The exit code of the CLI for this error: 2 for what the user typed, 1 for the rest.
    pub fn exit_code(&self) -> i32 {
        match self.code {
            ErrorCode::Validation => 2,
            _ => 1,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message_id)
    }
}

impl std::error::Error for ApiError {}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let path = |p: &std::path::Path| p.display().to_string();
        match e {
            StoreError::NotFound { path: p } => ApiError::new(ErrorCode::Validation, "error-db-not-found").arg("path", path(&p)),
            StoreError::Unreadable { path: p, .. } => ApiError::new(ErrorCode::Storage, "error-db-unreadable").arg("path", path(&p)),
            StoreError::NotSonae { path: p } => {
                ApiError::new(ErrorCode::NotSonaeDatabase, "error-not-sonae-database").arg("path", path(&p))
            }
            StoreError::SchemaTooNew { found, known } => {
                ApiError::new(ErrorCode::SchemaTooNew, "error-schema-too-new").arg("found", found).arg("known", known)
            }
            StoreError::NeedsMigration { found, known } => {
                ApiError::new(ErrorCode::Storage, "error-needs-migration").arg("found", found).arg("known", known)
            }
            StoreError::BadValue { table, column, .. } => {
                ApiError::new(ErrorCode::Storage, "error-bad-value").arg("table", table).arg("column", column)
            }
            StoreError::Conflict { .. } => ApiError::new(ErrorCode::Conflict, "error-conflict"),
            StoreError::Encrypted { path: p } => ApiError::new(ErrorCode::DatabaseLocked, "error-db-encrypted").arg("path", path(&p)),
            StoreError::WrongPassphrase { .. } => {
                ApiError { field: Some("passphrase".into()), ..ApiError::new(ErrorCode::Validation, "error-passphrase-wrong") }
            }
            StoreError::NotEncrypted { .. } => ApiError::new(ErrorCode::Conflict, "error-db-not-encrypted"),
            StoreError::Sqlite(_) | StoreError::Io(_) => ApiError::new(ErrorCode::Storage, "error-storage"),
        }
    }
}

/// The Fluent id for a camelCase name under `prefix`: (`field`, `reporterName`) →
/// `field-reporter-name`, (`case-state`, `notIncident`) → `case-state-not-incident`.
pub fn fluent_id(prefix: &str, camel: &str) -> String {
    let mut id = format!("{prefix}-");
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
            id.push(c.to_ascii_lowercase());
        } else {
            id.push(c);
        }
    }
    id
}

/// Renames the `field` of a validation error (domain field → input field of a form).
pub(crate) fn rename_field(mut e: ApiError, from: &str, to: &str) -> ApiError {
    if e.field.as_deref() == Some(from) {
        e.field = Some(to.to_owned());
        e.args.insert("fieldId".into(), fluent_id("field", to));
    }
    e
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid { field, message_id } => {
                let mut err = ApiError::new(ErrorCode::Validation, message_id).arg("fieldId", fluent_id("field", field));
                err.field = Some(field.to_owned());
                err
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_labels_follow_the_fluent_naming() {
        assert_eq!(fluent_id("field", "reporterName"), "field-reporter-name");
        assert_eq!(fluent_id("case-state", "notIncident"), "case-state-not-incident");
    }

    #[test]
    fn serializes_in_camel_case() {
        let e = ApiError::new(ErrorCode::SchemaTooNew, "error-schema-too-new").arg("found", 9);
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"schemaTooNew","messageId":"error-schema-too-new","args":{"found":"9"},"field":null}"#
        );
    }
}
