//! Send Message, Get Messages, Retrieve Thread: an end user's message to an
//! agent, in the thread between the two, answered by the agent's replies
//! (the builder's `agent_reply`, or the scripted default).

use altur_api::types;
use uuid::Uuid;

use super::{Answer, ApiError, Ctx, Input};
use crate::core::IncomingMessage;
use crate::model::{Channel, Message, Thread};
use crate::render;
use crate::state::State;

pub fn send(ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::SendMessageBody = input.body_as()?;
    // The published schema requires nothing; without these there is no one
    // to send as, to, or anything to send (the sandbox's choice: 400).
    let agent_id = body
        .agent_id
        .ok_or_else(|| ApiError::invalid(Some("agent_id".into()), "agent_id is required"))?;
    let end_user_id = body
        .end_user_id
        .ok_or_else(|| ApiError::invalid(Some("end_user_id".into()), "end_user_id is required"))?;
    let content = body
        .content
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| ApiError::invalid(Some("content".into()), "content is required"))?;
    let agent = state
        .agents
        .get(&agent_id)
        .cloned()
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no agent {agent_id}")))?;
    let end_user = state.end_user(&end_user_id).cloned().ok_or_else(|| {
        ApiError::not_found(input.operation, format!("no end user {end_user_id}"))
    })?;
    let thread_id = thread_of(ctx, state, agent_id, end_user_id, Channel::Api);
    let thread = state
        .thread_mut(&thread_id)
        .unwrap_or_else(|| unreachable!("thread_of made it"));
    let incoming = IncomingMessage {
        agent_name: agent.name.clone(),
        agent_nickname: agent.nickname.clone(),
        end_user_name: end_user.display_name.clone(),
        content: content.clone(),
        thread_id: thread_id.clone(),
        earlier_messages: thread.messages.len(),
    };
    let sent = Message {
        content,
        sent_by: "EU".into(),
        sent_at: ctx.now,
        read: true,
    };
    thread.messages.push(sent.clone());
    let replies: Vec<Message> = (ctx.core.config.reply)(&incoming)
        .into_iter()
        .map(|content| Message {
            content,
            sent_by: "AI".into(),
            sent_at: ctx.now,
            read: false,
        })
        .collect();
    thread.messages.extend(replies.iter().cloned());
    thread.updated_at = ctx.now;
    let thread = state
        .thread(&thread_id)
        .unwrap_or_else(|| unreachable!("thread_of made it"));
    Answer::ok(types::MessageResponse {
        thread: Some(render::thread(state, thread)),
        messages: replies
            .iter()
            .map(|m| render::message(&thread_id, m))
            .collect(),
        in_response_to: Some(render::message(&thread_id, &sent)),
    })
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

/// The thread between an agent and an end user on a channel, made if there
/// is none yet; its id.
pub fn thread_of(
    ctx: &Ctx,
    state: &mut State,
    agent_id: Uuid,
    end_user_id: Uuid,
    channel: Channel,
) -> String {
    let integration = state
        .integrations
        .values()
        .find(|i| i.agent_id == agent_id && i.channel == channel)
        .map(|i| i.public_id.clone())
        .unwrap_or_default();
    if let Some(id) = state.thread_between(agent_id, end_user_id, &integration) {
        return id.to_owned();
    }
    let id = state.meta_mut().draws.uuid().to_string();
    state.insert_thread(Thread {
        id: id.clone(),
        agent_id,
        end_user_id,
        integration_id: integration,
        // The spec's Integration names two channels, api and whatsapp;
        // a phone call's thread is said to be `api`.
        integration_type: match channel {
            Channel::Whatsapp => "whatsapp",
            Channel::PhoneCall | Channel::Api => "api",
        }
        .into(),
        updated_at: ctx.now,
        messages: Vec::new(),
    });
    id
}
