//! Create, Retrieve and Update EndUser.

use altur_api::types;
use uuid::Uuid;

use super::{Answer, ApiError, Ctx, Input};
use crate::model::EndUser;
use crate::render;
use crate::state::State;

pub fn create(_ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::EndUserData = input.body_as()?;
    let id = state.meta_mut().draws.uuid();
    let user = EndUser {
        id,
        // The EndUser answered requires a display name; the request does not.
        display_name: body.display_name.unwrap_or_default(),
        info: body.info,
        integration_type: "api".into(),
        phone_number: None,
    };
    let answer = render::end_user(&user);
    state.insert_end_user(user);
    Answer::ok(answer)
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let user = find(state, input)?;
    Answer::ok(render::end_user(user))
}

/// PUT, read as the docs word it ("updates the display name and info"): a
/// field left out keeps its value (the sandbox's choice; the docs do not
/// say whether it is cleared).
pub fn update(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    let body: types::EndUserData = input.body_as()?;
    let user = state
        .end_user_mut(&id)
        .unwrap_or_else(|| unreachable!("found above"));
    if let Some(name) = body.display_name {
        user.display_name = name;
    }
    if let Some(info) = body.info {
        user.info = Some(info);
    }
    Answer::ok(render::end_user(user))
}

fn find<'a>(state: &'a State, input: &Input) -> Result<&'a EndUser, ApiError> {
    let raw = input.path_str("id");
    raw.parse::<Uuid>()
        .ok()
        .and_then(|id| state.end_user(&id))
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no end user {raw}")))
}
