//! The agents a sandbox made, as a test or the command sees them: each with
//! its integrations (the API cannot list them).

use altur_api::types;

use crate::model::records::{Agent, Channel};
use crate::model::state::State;

/// An agent the sandbox made, with its integrations.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SandboxAgent {
    /// For `send_message` and `start_call`.
    pub id: types::AgentId,
    /// For `create_campaign`.
    pub public_id: types::AgentPublicId,
    pub name: String,
    pub nickname: String,
    pub integrations: Vec<SandboxIntegration>,
}

impl SandboxAgent {
    /// Its integration on `channel` (`phone_call`, `whatsapp`, `api`).
    pub fn integration(&self, channel: &str) -> Option<&SandboxIntegration> {
        self.integrations.iter().find(|i| i.channel == channel)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SandboxIntegration {
    /// For `create_campaign`, beside its agent's public id.
    pub public_id: types::IntegrationPublicId,
    pub channel: String,
    pub phone_number: String,
}

/// The agents, in the order made.
pub fn agents(state: &State) -> Vec<SandboxAgent> {
    let mut made: Vec<&Agent> = state.agents.values().collect();
    made.sort_by_key(|a| a.position);
    made.into_iter()
        .map(|a| SandboxAgent {
            id: a.id.into(),
            public_id: a.public_id.clone().into(),
            name: a.name.clone(),
            nickname: a.nickname.clone(),
            integrations: [Channel::PhoneCall, Channel::Whatsapp, Channel::Api]
                .into_iter()
                .filter_map(|channel| state.integration_of(a.id, channel))
                .map(|i| SandboxIntegration {
                    public_id: i.public_id.clone().into(),
                    channel: i.channel.wire().to_owned(),
                    phone_number: i.phone_number.clone(),
                })
                .collect(),
        })
        .collect()
}
