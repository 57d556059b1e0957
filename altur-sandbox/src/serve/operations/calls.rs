//! Start Call and Retrieve Call.

use altur_api::types;
use serde_json::Value;

use super::{Answer, Input};
use crate::gate::api_error::ApiError;
use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::calls::{self, Placing};
use crate::serve::render;

pub fn start(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::StartCallBody = input.body_as()?;
    if !state.agents.contains(&body.agent_id) {
        return Err(
            ApiError::not_found(input.operation, format!("no agent {}", body.agent_id))
                .with_field("agent_id"),
        );
    }
    let context = body.end_user_context.map(|context| match context {
        types::StartCallBodyEndUserContext::String(text) => Value::String(text),
        types::StartCallBodyEndUserContext::Object(map) => Value::Object(map),
    });
    let id = calls::place(
        ctx,
        state,
        Placing {
            agent_id: body.agent_id.into(),
            to: body.phone_number_to,
            display_name: body.end_user_display_name,
            context,
            initial_message: body.initial_message,
            campaign: None,
            attempt: 1,
        },
    );
    let call = state
        .call(&id)
        .unwrap_or_else(|| unreachable!("just placed"));
    Answer::ok(render::call(state, call))
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let id = input.path_str("id");
    let call = state
        .call(id)
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no call {id}")))?;
    Answer::ok(render::call(state, call))
}
