//! Case queries.

use crate::Ctx;
use crate::dto::CaseSummaryDto;
use crate::error::ApiError;
use sonae_core::Action;

/// Every case, newest first.
pub fn list_cases(ctx: &mut Ctx<'_>) -> Result<Vec<CaseSummaryDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    Ok(ctx.store.cases()?.into_iter().map(Into::into).collect())
}
