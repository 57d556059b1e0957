//! Campaign Action: activate, pause, resume, archive (as the spec's
//! `x-altur-transitions` state them; the rule is `rules/lifecycle.rs`).

use altur_api::types;

use super::campaigns::find;
use super::{Answer, Input};
use crate::gate::api_error::ApiError;
use crate::gate::built::built;
use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::lifecycle;
use crate::serve::render;

pub fn act(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    let action = input.path_str(&ctx.lifecycle.parameter);
    lifecycle::act(ctx, state, id, action)?;
    let campaign = find(state, input)?;
    Answer::ok(built::<types::CampaignResponse, _>(
        types::CampaignResponse::builder()
            .success(true)
            .campaign(render::campaign(state, campaign)),
    ))
}
