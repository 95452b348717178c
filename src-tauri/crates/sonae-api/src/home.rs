//! The home screen.

use crate::Ctx;
use crate::dto::{HomeDto, SetupState, StateCountDto};
use crate::error::ApiError;
use sonae_core::Action;

/// Setting key recording how the organization was set up (`demo`, `wizard`, `import`; a v1
/// database may hold `empty`, the old "start empty" choice, which now leads to the wizard).
pub(crate) const SETUP_START_KEY: &str = "setup.start";

/// How many of the newest cases the home screen lists (the case list pages through all of them).
pub const HOME_CASE_LIMIT: u32 = 50;

/// The home screen: setup state, organization, the newest [`HOME_CASE_LIMIT`] cases for those
/// who may see every case, real counts.
pub fn home(ctx: &mut Ctx<'_>) -> Result<HomeDto, ApiError> {
    ctx.actor.require(Action::ViewHome)?;
    let organization = ctx.store.organization()?;
    let setup = if organization.is_some() { SetupState::Ready } else { SetupState::FirstRun };
    let (cases, state_counts) = if ctx.actor.may(Action::ViewAllCases) {
        let cases = ctx.store.recent_cases(HOME_CASE_LIMIT)?.into_iter().map(Into::into).collect();
        let counts = ctx.store.state_counts()?.into_iter().map(|(state, count)| StateCountDto { state: state.into(), count }).collect();
        (cases, counts)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(HomeDto { setup, organization: organization.map(Into::into), cases, state_counts })
}
