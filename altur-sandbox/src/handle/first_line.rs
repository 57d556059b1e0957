//! What `altur sandbox` prints first, as one JSON object: what a program in
//! any language needs to talk to the sandbox.

use serde_json::{Value, json};

use crate::handle::agents::agents;
use crate::handle::sandbox::Sandbox;

impl Sandbox {
    /// The base URL, the key, the webhook secret, the seed, the agents and
    /// integrations it made, and the webhook endpoints.
    pub fn info(&self) -> Value {
        let stored = self.running.lock();
        let state = &stored.state;
        let agents = agents(state);
        let integrations: Vec<Value> = agents
            .iter()
            .flat_map(|a| {
                a.integrations.iter().map(|i| {
                    json!({"id": i.public_id, "agent_id": a.public_id,
                           "channel": i.channel, "phone_number": i.phone_number})
                })
            })
            .collect();
        json!({
            "base_url": self.running.settings.base_url,
            "api_key": self.running.api_key,
            "webhook_secret": state.meta.webhook_secret,
            "seed": self.seed,
            "agents": agents.iter().map(|a| json!({
                "id": a.id, "public_id": a.public_id, "name": a.name, "nickname": a.nickname,
            })).collect::<Vec<_>>(),
            "integrations": integrations,
            "webhooks": state.endpoints.values().map(|e| json!({
                "url": e.url, "scheme": e.scheme, "events": e.events, "statuses": e.statuses,
            })).collect::<Vec<_>>(),
        })
    }
}
