//! The acting user, and the permission gate every use case passes first.

use crate::error::{ApiError, ErrorCode};
use sonae_core::role::any_permits;
use sonae_core::{Action, Role};

/// Who is acting: a label recorded in the audit log and the roles that decide permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `person:<uuid>` for a signed-in person, `system:<name>` for a local operator.
    pub label: String,
    pub roles: Vec<Role>,
}

impl Actor {
    pub fn new(label: impl Into<String>, roles: &[Role]) -> Actor {
        Actor { label: label.into(), roles: roles.to_vec() }
    }

    /// `Err(forbidden)` unless one of the actor's roles permits `action`.
    pub fn require(&self, action: Action) -> Result<(), ApiError> {
        if any_permits(&self.roles, action) { Ok(()) } else { Err(ApiError::new(ErrorCode::Forbidden, "error-forbidden")) }
    }

    /// The signed-in person acting, if the actor is one (not `system:…`).
    pub fn person_id(&self) -> Option<sonae_core::PersonId> {
        self.label.strip_prefix("person:").and_then(sonae_core::PersonId::parse)
    }

    pub fn may(&self, action: Action) -> bool {
        any_permits(&self.roles, action)
    }
}
