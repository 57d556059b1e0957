//! Send Message, Get Messages, Retrieve Thread.

use altur_api::uuid::Uuid;
use altur_api::{optional, types};

use super::{Answer, Input};
use crate::gate::api_error::ApiError;
use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::threads;
use crate::serve::{frame, render};

pub fn send(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::SendMessageBody = input.body_as()?;
    // The published schema requires nothing; without these there is no one
    // to send as, to, or anything to send (the sandbox's choice: 400).
    // Read through `optional`: they compile whether the spec makes them
    // optional or, one day, required.
    let agent_id = optional::<types::AgentId, _>(body.agent_id)
        .map(Uuid::from)
        .ok_or_else(|| ApiError::invalid(Some("agent_id".into()), "agent_id is required"))?;
    let end_user_id = optional::<types::EndUserId, _>(body.end_user_id)
        .map(Uuid::from)
        .ok_or_else(|| ApiError::invalid(Some("end_user_id".into()), "end_user_id is required"))?;
    let content = optional::<String, _>(body.content)
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| ApiError::invalid(Some("content".into()), "content is required"))?;
    if !state.agents.contains(&agent_id) {
        return Err(ApiError::not_found(
            input.operation,
            format!("no agent {agent_id}"),
        ));
    }
    if state.end_user(&end_user_id).is_none() {
        return Err(ApiError::not_found(
            input.operation,
            format!("no end user {end_user_id}"),
        ));
    }
    let sent = threads::send_message(ctx, state, agent_id, end_user_id, content);
    let written = frame::send_answer(state, &sent.thread_id, sent.at..);
    let thread = state
        .thread(&sent.thread_id)
        .unwrap_or_else(|| unreachable!("the message was sent in it"));
    match written {
        Some(written) => {
            // A field `render::message` fills from the record, with no mark
            // in the frame, would be written as the frame's marked message
            // has it: every test build compares each answer with the types'.
            #[cfg(debug_assertions)]
            {
                let typed = render::message_response(state, thread, sent.at);
                let typed = serde_json::to_string(&typed).unwrap_or_default();
                assert_eq!(
                    String::from_utf8_lossy(&written),
                    typed,
                    "Send Message's answer from parts (serve/frame.rs) is not the types' own"
                );
            }
            Ok(Answer::bytes(200, written))
        }
        None => Answer::ok(render::message_response(state, thread, sent.at)),
    }
}

pub fn list(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let id = input.path_str("thread_id");
    let thread = state
        .thread(id)
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no thread {id}")))?;
    let messages: Vec<types::Message> = thread
        .messages
        .iter()
        .map(|m| render::message(&thread.id, m))
        .collect();
    Answer::ok(messages)
}

pub fn thread(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let id = input.path_str("id");
    let thread = state
        .thread(id)
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no thread {id}")))?;
    Answer::ok(render::thread(state, thread))
}
