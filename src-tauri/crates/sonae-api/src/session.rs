//! Sign-in, idle lock and the acting user of the desktop window.
//!
//! The desktop keeps one `Option<Session>`; every command first calls [`authorize`], which turns
//! the session into the [`Actor`] the use case runs as — or refuses with `unauthenticated` when
//! nobody is signed in, the session sat idle longer than the organization's `idle_lock_minutes`
//! (004 第26条2), or the password must be changed first (004 第52条4).

use crate::dto::{ChangePasswordInput, SessionDto, SetupState, SignInInput, UserDto};
use crate::error::{ApiError, ErrorCode};
use crate::home::SETUP_START_KEY;
use crate::{Actor, password};
use sonae_core::setup::{after_failure, check_password};
use sonae_core::{PersonId, Timestamp};
use sonae_store::{AccountRow, Store};

/// A signed-in user of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub person_id: PersonId,
    pub last_active: Timestamp,
    pub locked: bool,
}

fn idle_minutes(store: &Store) -> Result<u32, ApiError> {
    Ok(store.organization()?.map_or(sonae_core::setup::OrgSettings::default().idle_lock_minutes, |o| o.settings.idle_lock_minutes))
}

fn expire_if_idle(store: &Store, session: &mut Option<Session>, now: Timestamp) -> Result<(), ApiError> {
    if let Some(s) = session.as_mut() {
        let idle = i64::from(idle_minutes(store)?);
        if now.signed_duration_since(s.last_active).num_seconds() >= idle * 60 {
            s.locked = true;
        }
    }
    Ok(())
}

pub(crate) fn user_dto(store: &Store, person_id: PersonId) -> Result<Option<UserDto>, ApiError> {
    let Some(person) = store.people()?.into_iter().find(|p| p.id == person_id) else { return Ok(None) };
    let account = store.account_of(person_id)?;
    let department_name = match person.department_id {
        Some(d) => store.departments()?.into_iter().find(|x| x.id == d).map(|x| x.name),
        None => None,
    };
    Ok(Some(UserDto {
        person_id: person.id.to_string(),
        name: person.name,
        title: person.title,
        department_name,
        roles: person.roles.into_iter().map(Into::into).collect(),
        login_id: account.as_ref().map(|a| a.login_id.clone()).unwrap_or_default(),
        must_change_password: account.is_some_and(|a| a.must_change_password),
    }))
}

/// What the window should show now. Marks an idle session as locked.
pub fn session_status(store: &Store, session: &mut Option<Session>, now: Timestamp) -> Result<SessionDto, ApiError> {
    expire_if_idle(store, session, now)?;
    let setup = if store.organization()?.is_some() { SetupState::Ready } else { SetupState::FirstRun };
    let user = match session.as_ref() {
        Some(s) => user_dto(store, s.person_id)?,
        None => None,
    };
    if user.is_none() {
        *session = None;
    }
    Ok(SessionDto {
        setup,
        locked: session.as_ref().is_some_and(|s| s.locked),
        user,
        idle_lock_minutes: idle_minutes(store)?,
        demo: store.setting(SETUP_START_KEY)?.as_deref() == Some("demo"),
    })
}

/// The actor for the next command, or `unauthenticated`. Refreshes the idle timer.
pub fn authorize(store: &Store, session: &mut Option<Session>, now: Timestamp) -> Result<Actor, ApiError> {
    expire_if_idle(store, session, now)?;
    let s = session.as_mut().ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated, "error-not-signed-in"))?;
    if s.locked {
        return Err(ApiError::new(ErrorCode::Unauthenticated, "error-session-locked"));
    }
    let account = store.account_of(s.person_id)?.ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated, "error-not-signed-in"))?;
    if account.locked {
        return Err(ApiError::new(ErrorCode::Locked, "error-account-locked"));
    }
    if account.must_change_password {
        return Err(ApiError::new(ErrorCode::Unauthenticated, "error-password-change-required"));
    }
    let person =
        store.people()?.into_iter().find(|p| p.id == s.person_id).ok_or_else(|| ApiError::new(ErrorCode::NotFound, "error-not-found"))?;
    s.last_active = now;
    Ok(Actor::new(format!("person:{}", s.person_id), &person.roles))
}

fn sign_in_failed(remaining: u32) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, "error-sign-in-failed").arg("remaining", remaining);
    e.field = Some("password".into());
    e
}

/// Signs in with a login id and password. Failures are counted; after the organization's
/// `lockout_attempts` the account locks (004 第26条3) until an administrator unlocks it.
pub fn sign_in(store: &mut Store, now: Timestamp, session: &mut Option<Session>, input: SignInInput) -> Result<SessionDto, ApiError> {
    let lockout = store.organization()?.map_or(5, |o| o.settings.lockout_attempts);
    let login = input.login_id.trim().to_ascii_lowercase();
    let account = store.account_by_login(&login)?;
    let Some(account) = account.filter(|a| a.password_hash.is_some()) else {
        // Unknown login ids get the same answer as wrong passwords (no account enumeration).
        return Err(sign_in_failed(lockout));
    };
    if account.locked {
        return Err(ApiError::new(ErrorCode::Locked, "error-account-locked"));
    }
    let actor = format!("person:{}", account.person_id);
    if !password::verify(&input.password, account.password_hash.as_deref().unwrap_or_default()) {
        let (failed_attempts, locked) = after_failure(account.failed_attempts, lockout);
        let row = AccountRow { failed_attempts, locked, ..account };
        store.write(&actor, now, |w| w.put_account(&row))?;
        return Err(if locked {
            ApiError::new(ErrorCode::Locked, "error-account-locked")
        } else {
            sign_in_failed(lockout.saturating_sub(failed_attempts))
        });
    }
    if account.failed_attempts > 0 {
        let row = AccountRow { failed_attempts: 0, ..account.clone() };
        store.write(&actor, now, |w| w.put_account(&row))?;
    }
    *session = Some(Session { person_id: account.person_id, last_active: now, locked: false });
    session_status(store, session, now)
}

/// Signs out. Always succeeds.
pub fn sign_out(store: &Store, session: &mut Option<Session>, now: Timestamp) -> Result<SessionDto, ApiError> {
    *session = None;
    session_status(store, session, now)
}

/// Changes the signed-in user's own password (also when a change is required).
pub fn change_password(
    store: &mut Store,
    now: Timestamp,
    session: &mut Option<Session>,
    input: ChangePasswordInput,
) -> Result<SessionDto, ApiError> {
    expire_if_idle(store, session, now)?;
    let s = session.as_ref().filter(|s| !s.locked).ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated, "error-not-signed-in"))?;
    let account = store.account_of(s.person_id)?.ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated, "error-not-signed-in"))?;
    if !password::verify(&input.current_password, account.password_hash.as_deref().unwrap_or_default()) {
        let mut e = ApiError::new(ErrorCode::Validation, "error-wrong-current-password");
        e.field = Some("currentPassword".into());
        return Err(e);
    }
    check_password(&account.login_id, &input.new_password).map_err(|e| crate::error::rename_field(e.into(), "password", "newPassword"))?;
    let row = AccountRow { password_hash: Some(password::hash(&input.new_password)?), must_change_password: false, ..account };
    store.write(&format!("person:{}", s.person_id), now, |w| w.put_account(&row))?;
    session_status(store, session, now)
}
