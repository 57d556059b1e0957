//! Campaign Action: activate, pause, resume, archive (as the spec's
//! `x-altur-transitions` state them; the rule is `rules/lifecycle.rs`).

use super::campaigns::{answer, find};
use super::{Answer, Input};
use crate::gate::api_error::ApiError;
use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::lifecycle;

pub fn act(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    let action = input.path_str(&ctx.lifecycle.parameter);
    lifecycle::act(ctx, state, id, action)?;
    answer(state, id)
}
