//! Domain errors: a broken rule, named by the field it concerns and a Fluent message id.

/// A domain rule was violated. `message_id` is a Fluent id in `locales/*/common.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// An input value is not acceptable.
    Invalid { field: &'static str, message_id: &'static str },
}

impl DomainError {
    pub(crate) fn required(field: &'static str) -> Self {
        DomainError::Invalid { field, message_id: "error-field-required" }
    }

    pub(crate) fn too_long(field: &'static str) -> Self {
        DomainError::Invalid { field, message_id: "error-field-too-long" }
    }
}

impl std::fmt::Display for DomainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DomainError::Invalid { field, message_id } => write!(f, "{field}: {message_id}"),
        }
    }
}

impl std::error::Error for DomainError {}

/// Trims `value` and checks it is non-empty and at most `max` characters.
pub(crate) fn required_text(field: &'static str, value: &str, max: usize) -> Result<String, DomainError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(DomainError::required(field));
    }
    if v.chars().count() > max {
        return Err(DomainError::too_long(field));
    }
    Ok(v.to_owned())
}
