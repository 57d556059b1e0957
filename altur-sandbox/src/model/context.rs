//! What a rule is given besides the state: the sandbox's now, and the
//! settings a sandbox was started with that the rules read (the agent's
//! replies, the budget, the concurrency of a campaign, the project's time
//! zone, its own base URL), and the lifecycle the spec states. Nothing here
//! sends, waits or locks: a rule is a function over the state.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::gate::spec::Lifecycle;

/// What an agent is told, for it to reply.
#[derive(Clone, Debug)]
pub struct IncomingMessage {
    pub agent_name: String,
    pub agent_nickname: String,
    pub end_user_name: String,
    pub content: String,
    pub thread_id: String,
    /// Messages in the thread before this one.
    pub earlier_messages: usize,
}

/// Writes the agent's replies to a message.
pub type AgentReply = Arc<dyn Fn(&IncomingMessage) -> Vec<String> + Send + Sync>;

/// The settings the rules read (see `SandboxBuilder`).
pub struct Settings {
    pub reply: AgentReply,
    /// Billed call seconds the organization's plan allows; unlimited if
    /// `None`.
    pub budget_seconds: Option<i64>,
    /// Calls a phone campaign places at once.
    pub concurrency_limit: i64,
    /// The campaign events' `occurred_at` is written in it.
    pub project_timezone: Tz,
    /// `http://127.0.0.1:<port>`: recordings are served under it.
    pub base_url: String,
}

/// A rule's view of the moment: now, the settings, and the lifecycle
/// actions as the served spec states them (the spec's own, not a copy).
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    pub settings: &'a Settings,
    pub lifecycle: &'a Lifecycle,
}
