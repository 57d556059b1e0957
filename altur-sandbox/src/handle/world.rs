//! A new sandbox's world: its key, its webhook secret, its project, and the
//! agents (the API cannot make one), each with a phone line, a WhatsApp
//! number and the API; all drawn from the seed unless given.

use base64::Engine;

use crate::model::ids::Draws;
use crate::model::records::{Agent, Channel, Integration, Meta};
use crate::model::state::State;

/// An agent to make at start.
#[derive(Clone, Debug, serde::Deserialize, serde::Serialize, PartialEq)]
pub struct AgentSeed {
    pub name: String,
    pub nickname: String,
    /// Its UUID; drawn from the seed when left out.
    #[serde(default)]
    pub id: Option<uuid::Uuid>,
    /// Its public id (`agt_...`); drawn when left out.
    #[serde(default)]
    pub public_id: Option<String>,
    /// The number its calls and WhatsApp messages come from.
    #[serde(default)]
    pub phone_number: Option<String>,
}

/// The two agents a sandbox makes unless told otherwise.
fn default_agents() -> [AgentSeed; 2] {
    let agent = |name: &str, nickname: &str| AgentSeed {
        name: name.into(),
        nickname: nickname.into(),
        id: None,
        public_id: None,
        phone_number: None,
    };
    [agent("Cobranza amable", "Lucía"), agent("Ventas", "Mateo")]
}

/// A new state: the key, the secret, the project, and the agents (two
/// defaults unless some are given).
pub fn fresh_state(seed: u64, seeds: &[AgentSeed]) -> State {
    let mut draws = Draws::new(seed);
    let api_key = draws.public_id("altur_sandbox");
    let secret_bytes: Vec<u8> = [draws.uuid(), draws.uuid()]
        .iter()
        .flat_map(|u| u.as_bytes().to_vec())
        .collect();
    let webhook_secret = base64::engine::general_purpose::STANDARD.encode(secret_bytes);
    let project_id = draws.public_id("prj");
    let mut state = State::new(Meta {
        draws,
        api_key,
        webhook_secret,
        project_id,
        next_campaign_id: 1001,
        next_contact_id: 1,
        next_job: 0,
        billed_seconds: 0,
    });
    let defaults = default_agents();
    let seeds = if seeds.is_empty() {
        &defaults[..]
    } else {
        seeds
    };
    for (n, seed) in seeds.iter().enumerate() {
        let draws = &mut state.meta_mut().draws;
        let id = seed.id.unwrap_or_else(|| draws.uuid());
        let public_id = seed
            .public_id
            .clone()
            .unwrap_or_else(|| draws.public_id("agt"));
        let phone = seed
            .phone_number
            .clone()
            .unwrap_or_else(|| format!("+5255{:08}", 10_000_000 + n * 1111));
        let integrations: Vec<Integration> = [Channel::PhoneCall, Channel::Whatsapp, Channel::Api]
            .into_iter()
            .map(|channel| Integration {
                public_id: draws.public_id("int"),
                agent_id: id,
                channel,
                phone_number: phone.clone(),
            })
            .collect();
        state.agents.insert(
            id,
            Agent {
                id,
                public_id,
                name: seed.name.clone(),
                nickname: seed.nickname.clone(),
                position: n,
            },
        );
        for integration in integrations {
            state
                .integrations
                .insert(integration.public_id.clone(), integration);
        }
    }
    state
}
