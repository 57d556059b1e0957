//! The plan's budget: billed call seconds, against `budget_seconds`.

use crate::model::context::Ctx;
use crate::model::state::State;

/// Whether the billed seconds have reached the budget set on the sandbox.
pub fn exhausted(ctx: &Ctx, state: &State) -> bool {
    ctx.settings
        .budget_seconds
        .is_some_and(|budget| state.meta.billed_seconds >= budget)
}

/// Bills a call's seconds.
pub fn charge(state: &mut State, seconds: i64) {
    state.meta_mut().billed_seconds += seconds;
}
