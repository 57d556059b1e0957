//! Threads and their messages: one thread per agent, end user and
//! integration; an end user's message answered by the agent's replies (the
//! builder's `agent_reply`, or the scripted default).

use altur_api::types::MessageSentBy;
use uuid::Uuid;

use crate::model::context::{Ctx, IncomingMessage};
use crate::model::records::{Channel, Message, Thread};
use crate::model::state::State;

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
        .integration_of(agent_id, channel)
        .map_or("", |i| i.public_id.as_str());
    if let Some(id) = state.thread_between(agent_id, end_user_id, integration) {
        return id.to_owned();
    }
    let integration = integration.to_owned();
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

/// What sending a message did: the thread, and where in it the message
/// went (the agent's replies follow it).
pub struct Sent {
    pub thread_id: String,
    pub at: usize,
}

/// The end user's message to the agent (both of which exist), in their API
/// thread, and the agent's replies after it.
pub fn send_message(
    ctx: &Ctx,
    state: &mut State,
    agent_id: Uuid,
    end_user_id: Uuid,
    content: String,
) -> Sent {
    let thread_id = thread_of(ctx, state, agent_id, end_user_id, Channel::Api);
    let at = state.thread(&thread_id).map_or(0, |t| t.messages.len());
    let (Some(agent), Some(end_user)) = (state.agents.get(&agent_id), state.end_user(&end_user_id))
    else {
        unreachable!("the caller found both");
    };
    let replies = (ctx.settings.reply)(&IncomingMessage {
        agent_name: agent.name.clone(),
        agent_nickname: agent.nickname.clone(),
        end_user_name: end_user.display_name.clone(),
        content: content.clone(),
        thread_id: thread_id.clone(),
        earlier_messages: at,
    });
    let sent = Message {
        content,
        sent_by: MessageSentBy::Eu,
        sent_at: ctx.now,
        read: true,
    };
    let replies = replies.into_iter().map(|content| Message {
        content,
        sent_by: MessageSentBy::Ai,
        sent_at: ctx.now,
        read: false,
    });
    state.add_messages(&thread_id, std::iter::once(sent).chain(replies), ctx.now);
    Sent { thread_id, at }
}
