//! What every part of a running sandbox shares: the spec, the clock, the
//! settings, and the state behind one lock with its store. A request or a
//! job takes the lock, changes the state, writes the change (with a state
//! file) and lets go; nothing waits on the network while holding it.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono_tz::Tz;

use crate::clock::{Clock, ClockMode};
use crate::faults::{FaultState, Faults};
use crate::rate_limit::RateLimiter;
use crate::record::Recorded;
use crate::spec::Spec;
use crate::state::State;
use crate::store::{Store, StoreError};

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

/// An agent to make at start (the API has no operation that creates one).
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

/// The settings a sandbox runs with (see `SandboxBuilder`).
pub struct Config {
    pub clock: ClockMode,
    pub reply: AgentReply,
    /// Billed call seconds the organization's plan allows; unlimited if
    /// `None`.
    pub budget_seconds: Option<i64>,
    pub faults: Faults,
    pub rate_limits: bool,
    pub concurrency_limit: i64,
    pub project_timezone: Tz,
    /// How many requests `Sandbox::requests` keeps, the latest.
    pub requests_kept: usize,
    /// How long the sandbox waits for an endpoint's answer (Altur: 10 s).
    pub delivery_timeout: Duration,
}

/// The state and where it is written.
pub struct Shared {
    pub state: State,
    pub store: Option<Store>,
}

impl Shared {
    /// Writes the changes since the last write (nothing to do in memory).
    pub fn commit(&mut self) -> Result<(), StoreError> {
        match &mut self.store {
            Some(store) => store.write(&mut self.state),
            None => {
                self.state.forget_changes();
                Ok(())
            }
        }
    }
}

pub struct Core {
    pub spec: Spec,
    pub clock: Clock,
    pub config: Config,
    pub base_url: String,
    shared: Mutex<Shared>,
    pub recorded: Mutex<Recorded>,
    pub limiter: Mutex<RateLimiter>,
    pub faults: Mutex<FaultState>,
    /// For deliveries: no redirects, no retries of its own, a timeout.
    pub http: reqwest::Client,
    /// Woken when a job is scheduled, so the real-time driver looks again.
    pub wake: tokio::sync::Notify,
}

impl Core {
    pub fn new(
        spec: Spec,
        config: Config,
        shared: Shared,
        base_url: String,
    ) -> Result<Core, reqwest::Error> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(config.delivery_timeout)
            .user_agent(concat!("altur-sandbox/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Core {
            spec,
            clock: Clock::new(&config.clock),
            faults: Mutex::new(FaultState::new(&config.faults)),
            limiter: Mutex::new(RateLimiter::default()),
            recorded: Mutex::new(Recorded::new(config.requests_kept)),
            config,
            base_url,
            shared: Mutex::new(shared),
            http,
            wake: tokio::sync::Notify::new(),
        })
    }

    /// The state, locked. A panic while it was held (a bug) does not stop
    /// the sandbox from answering afterwards.
    pub fn lock(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Locks any of the core's other mutexes the same way.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
