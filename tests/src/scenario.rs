//! Where the scenario suite (tests/tests/scenarios.rs) runs: the sandbox, by
//! default, behind Prism; or the real API, when its address and a key are
//! set, as Google's fakes and moto's verified tests run on fake or real. A
//! scenario asserts only what the docs state, so that a difference seen
//! against the real API is a finding about the sandbox or the docs.
//!
//! Against the real API (every key is a production key):
//!
//! | variable | what |
//! |---|---|
//! | `ALTUR_SCENARIO_BASE_URL` | the API, `https://api.altur.io/api/v1.0` |
//! | `ALTUR_SCENARIO_API_KEY` | a key of the organization |
//! | `ALTUR_SCENARIO_AGENT_ID` | an agent's UUID (messages and calls) |
//! | `ALTUR_SCENARIO_AGENT_PUBLIC_ID` | the same agent's public id (campaigns) |
//! | `ALTUR_SCENARIO_PHONE_INTEGRATION` | its phone integration's public id |
//! | `ALTUR_SCENARIO_PHONES` | numbers that may be called, yours, comma-separated |
//! | `ALTUR_SCENARIO_ALLOW_CONTACT` | `yes`: scenarios that place real calls may run |

use std::time::Duration;

use altur_api::Client;
use altur_sandbox::Sandbox;

use crate::sandbox::Judged;

/// What a scenario needs to know of its target.
pub struct Target {
    pub client: Client,
    pub agent_id: altur_api::types::AgentId,
    pub agent_public_id: altur_api::types::AgentPublicId,
    pub phone_integration: altur_api::types::IntegrationPublicId,
    /// Numbers it may call.
    pub phones: Vec<String>,
    kind: Kind,
}

enum Kind {
    Sandbox(Box<Judged>),
    Live { allow_contact: bool },
}

const BASE_URL: &str = "ALTUR_SCENARIO_BASE_URL";
const API_KEY: &str = "ALTUR_SCENARIO_API_KEY";
const ALLOW: &str = "ALTUR_SCENARIO_ALLOW_CONTACT";

impl Target {
    /// The real API if `ALTUR_SCENARIO_BASE_URL` and `_API_KEY` are set,
    /// else a sandbox of `builder` (seeded, on a manual clock).
    pub async fn new(builder: altur_sandbox::SandboxBuilder) -> Target {
        match (std::env::var(BASE_URL), std::env::var(API_KEY)) {
            (Ok(url), Ok(key)) => Target::live(&url, &key),
            _ => Target::sandbox(builder).await,
        }
    }

    /// A scenario's default sandbox.
    pub fn sandbox_builder() -> altur_sandbox::SandboxBuilder {
        Sandbox::builder()
            .seed(31)
            .manual_clock()
            .rate_limits(false)
    }

    async fn sandbox(builder: altur_sandbox::SandboxBuilder) -> Target {
        let judged = Judged::start(builder).await;
        let agent = judged.agents()[0].clone();
        Target {
            client: judged.client(),
            agent_id: agent.id,
            agent_public_id: agent.public_id.clone(),
            phone_integration: agent
                .integration("phone_call")
                .expect("a phone line")
                .public_id
                .clone(),
            phones: (0..10).map(|n| format!("+150055500{n}0")).collect(),
            kind: Kind::Sandbox(Box::new(judged)),
        }
    }

    fn live(url: &str, key: &str) -> Target {
        let variable = |name: &str| {
            std::env::var(name).unwrap_or_else(|_| panic!("against the real API, set {name} too"))
        };
        // One client for every scenario of the run, under the documented
        // 12 requests per second: scenarios run in parallel, and the limit
        // is the organization's, not a scenario's.
        static CLIENT: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
        let client = CLIENT
            .get_or_init(|| {
                Client::builder()
                    .api_key(key)
                    .base_url(url)
                    .rate_limit(std::num::NonZeroU32::new(12).expect("not zero"))
                    .build()
                    .expect("a client for the real API")
            })
            .clone();
        Target {
            client,
            agent_id: variable("ALTUR_SCENARIO_AGENT_ID")
                .parse()
                .expect("ALTUR_SCENARIO_AGENT_ID is a UUID"),
            agent_public_id: variable("ALTUR_SCENARIO_AGENT_PUBLIC_ID").into(),
            phone_integration: variable("ALTUR_SCENARIO_PHONE_INTEGRATION").into(),
            phones: std::env::var("ALTUR_SCENARIO_PHONES")
                .map(|p| p.split(',').map(|n| n.trim().to_owned()).collect())
                .unwrap_or_default(),
            kind: Kind::Live {
                allow_contact: std::env::var(ALLOW).is_ok_and(|v| v == "yes"),
            },
        }
    }

    /// The sandbox, where that is the target.
    pub fn sandbox_handle(&self) -> Option<&Judged> {
        match &self.kind {
            Kind::Sandbox(judged) => Some(judged),
            Kind::Live { .. } => None,
        }
    }

    /// Whether the scenario may place calls or send messages here: always
    /// in the sandbox; against the real API only with
    /// `ALTUR_SCENARIO_ALLOW_CONTACT=yes` and numbers to call. When it may
    /// not, says why on one line.
    pub fn may_contact(&self, scenario: &str) -> bool {
        match self.kind {
            Kind::Sandbox(_) => true,
            Kind::Live { allow_contact } if allow_contact && !self.phones.is_empty() => true,
            Kind::Live { .. } => {
                eprintln!(
                    "{scenario}: refused against the real API: it places real calls; set {ALLOW}=yes \
                     and ALTUR_SCENARIO_PHONES to your own numbers to run it"
                );
                false
            }
        }
    }

    /// Lets `time` pass: the sandbox's clock is moved (its calls and
    /// deliveries run meanwhile); against the real API, real time passes.
    pub async fn wait(&self, time: Duration) {
        match &self.kind {
            Kind::Sandbox(judged) => judged.advance(time).await,
            Kind::Live { .. } => tokio::time::sleep(time).await,
        }
    }

    pub fn is_sandbox(&self) -> bool {
        matches!(self.kind, Kind::Sandbox(_))
    }
}
