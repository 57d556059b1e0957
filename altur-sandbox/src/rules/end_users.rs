//! End users: made by the API (`create_end_user`) or by a call to a number
//! no end user has; updated field by field.

use crate::model::records::EndUser;
use crate::model::state::State;

/// A new end user of the API; its id drawn from the seed.
pub fn create(state: &mut State, display_name: Option<String>, info: Option<String>) -> EndUser {
    let id = state.meta_mut().draws.uuid();
    let user = EndUser {
        id,
        // The EndUser answered requires a display name; the request does not.
        display_name: display_name.unwrap_or_default(),
        info,
        integration_type: "api".into(),
        phone_number: None,
    };
    state.insert_end_user(user.clone());
    user
}

/// PUT, read as the docs word it ("updates the display name and info"): a
/// field left out keeps its value (the sandbox's choice; the docs do not
/// say whether it is cleared).
pub fn update<'s>(
    state: &'s mut State,
    id: &uuid::Uuid,
    display_name: Option<String>,
    info: Option<String>,
) -> Option<&'s EndUser> {
    let user = state.end_user_mut(id)?;
    if let Some(name) = display_name {
        user.display_name = name;
    }
    if let Some(info) = info {
        user.info = Some(info);
    }
    Some(user)
}

/// The end user a call to `phone` reaches: the one with that number (given
/// `name`, when the call names one), else a new one.
pub fn for_phone(state: &mut State, phone: &str, name: Option<&str>) -> uuid::Uuid {
    if let Some(id) = state.end_user_by_phone(phone) {
        if let Some(name) = name
            && let Some(user) = state.end_user_mut(&id)
        {
            user.display_name = name.to_owned();
        }
        return id;
    }
    let id = state.meta_mut().draws.uuid();
    state.insert_end_user(EndUser {
        id,
        display_name: name.unwrap_or(phone).to_owned(),
        info: None,
        integration_type: "api".into(),
        phone_number: Some(phone.to_owned()),
    });
    id
}
