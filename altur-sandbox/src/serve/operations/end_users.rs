//! Create, Retrieve and Update EndUser.

use altur_api::types;
use uuid::Uuid;

use super::{Answer, Input};
use crate::gate::api_error::ApiError;
use crate::model::records::EndUser;
use crate::model::state::State;
use crate::rules::end_users;
use crate::serve::render;

pub fn create(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::EndUserData = input.body_as()?;
    let user = end_users::create(state, body.display_name, body.info);
    Answer::ok(render::end_user(&user))
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let user = find(state, input)?;
    Answer::ok(render::end_user(user))
}

pub fn update(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    let body: types::EndUserData = input.body_as()?;
    let user = end_users::update(state, &id, body.display_name, body.info)
        .unwrap_or_else(|| unreachable!("found above"));
    Answer::ok(render::end_user(user))
}

fn find<'a>(state: &'a State, input: &Input) -> Result<&'a EndUser, ApiError> {
    let raw = input.path_str("id");
    raw.parse::<Uuid>()
        .ok()
        .and_then(|id| state.end_user(&id))
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no end user {raw}")))
}
