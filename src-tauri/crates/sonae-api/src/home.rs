//! The home screen and the first-run choice.

use crate::Ctx;
use crate::dto::{HomeDto, SetupState, StateCountDto};
use crate::error::{ApiError, ErrorCode};
use sonae_core::Action;

/// Setting key recording how the first run was answered (`demo` or `empty`).
pub(crate) const SETUP_START_KEY: &str = "setup.start";

/// The home screen: setup state, organization, the cases the actor may see, real counts.
pub fn home(ctx: &mut Ctx<'_>) -> Result<HomeDto, ApiError> {
    ctx.actor.require(Action::ViewHome)?;
    let organization = ctx.store.organization()?;
    let setup = match (&organization, ctx.store.setting(SETUP_START_KEY)?) {
        (Some(_), _) => SetupState::Ready,
        (None, Some(_)) => SetupState::Empty,
        (None, None) => SetupState::FirstRun,
    };
    let (cases, state_counts) = if ctx.actor.may(Action::ViewAllCases) {
        let cases = ctx.store.cases()?.into_iter().map(Into::into).collect();
        let counts = ctx.store.state_counts()?.into_iter().map(|(state, count)| StateCountDto { state: state.into(), count }).collect();
        (cases, counts)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(HomeDto { setup, organization: organization.map(Into::into), cases, state_counts })
}

/// Fails with `conflict` unless the database is still at its first run.
pub(crate) fn ensure_first_run(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    if ctx.store.organization()?.is_some() || ctx.store.setting(SETUP_START_KEY)?.is_some() {
        return Err(ApiError::new(ErrorCode::Conflict, "error-already-initialized"));
    }
    Ok(())
}

/// Records the choice to start with an empty database (the organization is set up later).
pub fn start_empty(ctx: &mut Ctx<'_>) -> Result<HomeDto, ApiError> {
    ctx.actor.require(Action::InitializeOrganization)?;
    ensure_first_run(ctx)?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_setting(SETUP_START_KEY, "empty"))?;
    home(ctx)
}
