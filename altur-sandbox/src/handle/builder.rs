//! The options of a sandbox and its start: options in, a running server on
//! loopback out.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use chrono::{DateTime, Utc};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::engine::queue;
use crate::engine::running::{Parts, Running, spawn_carrying};
use crate::gate::faults::{FaultState, Faults};
use crate::gate::rate_limit::RateLimiter;
use crate::gate::spec::Spec;
use crate::handle::sandbox::Sandbox;
use crate::handle::world::{AgentSeed, fresh_state};
use crate::model::clock::{Clock, ClockMode};
use crate::model::context::{AgentReply, IncomingMessage, Settings};
use crate::model::records::{Endpoint, Scheme};
use crate::model::store::{Store, StoreError, StoredState};
use crate::serve::server;

/// Where a manual clock starts unless told: Monday 5 January 2026, 09:00 in
/// Mexico City, so that a weekday schedule is open.
pub const MANUAL_START: &str = "2026-01-05T15:00:00Z";

/// Why a sandbox could not start.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartError {
    /// The state file could not be opened or read.
    State(StoreError),
    /// The port could not be bound.
    Bind(std::io::Error),
    /// An option is not usable (a seed file, a secret).
    Option(String),
    /// The HTTP client for deliveries could not be built.
    Http(reqwest::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::State(e) => write!(f, "{e}"),
            StartError::Bind(e) => write!(f, "cannot listen on loopback: {e}"),
            StartError::Option(why) => f.write_str(why),
            StartError::Http(e) => write!(f, "cannot build the delivery client: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

impl Sandbox {
    /// A sandbox with every default: a random seed, real time, in memory,
    /// on a free port.
    pub async fn start() -> Result<Sandbox, StartError> {
        Sandbox::builder().start().await
    }

    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }
}

/// Options of a sandbox; `start()` runs it.
pub struct SandboxBuilder {
    seed: Option<u64>,
    clock: ClockMode,
    state_file: Option<PathBuf>,
    api_key: Option<String>,
    webhook_secret: Option<String>,
    endpoints: Vec<Endpoint>,
    agents: Vec<AgentSeed>,
    reply: AgentReply,
    budget_seconds: Option<i64>,
    faults: Faults,
    rate_limits: bool,
    rate_window_on_clock: bool,
    concurrency_limit: i64,
    project_timezone: String,
    port: u16,
    delivery_timeout: Duration,
    requests_kept: usize,
    spec: Option<String>,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            seed: None,
            clock: ClockMode::default(),
            state_file: None,
            api_key: None,
            webhook_secret: None,
            endpoints: Vec::new(),
            agents: Vec::new(),
            reply: Arc::new(default_reply),
            budget_seconds: None,
            faults: Faults::none(),
            rate_limits: true,
            rate_window_on_clock: false,
            concurrency_limit: 5,
            project_timezone: "America/Mexico_City".into(),
            port: 0,
            delivery_timeout: Duration::from_secs(10),
            requests_kept: 10_000,
            spec: None,
        }
    }
}

/// The scripted agent: one reply, saying what it received.
fn default_reply(message: &IncomingMessage) -> Vec<String> {
    vec![format!(
        "Hola {}, soy {}. Recibí tu mensaje: «{}»",
        message.end_user_name, message.agent_nickname, message.content
    )]
}

impl SandboxBuilder {
    /// Ids and outcomes drawn from `seed`: the same seed and requests give
    /// the same ids, calls and deliveries (random when not set).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Real time, `speed` times as fast (calls, campaigns and retries alike).
    pub fn speed(mut self, speed: f64) -> Self {
        self.clock = ClockMode::Real { speed };
        self
    }

    /// A manual clock, standing at [`MANUAL_START`] until advanced.
    pub fn manual_clock(self) -> Self {
        let start = MANUAL_START.parse().unwrap_or_else(|_| Utc::now());
        self.manual_clock_at(start)
    }

    /// A manual clock standing at `start`.
    pub fn manual_clock_at(mut self, start: DateTime<Utc>) -> Self {
        self.clock = ClockMode::Manual { start };
        self
    }

    /// Keeps the state in SQLite at `path`: a sandbox started again on it
    /// (after a stop, a crash or SIGKILL) has every write it had answered.
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// The key it takes (drawn from the seed when not set).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The webhook secret, base64 (drawn from the seed when not set).
    pub fn webhook_secret(mut self, secret: impl Into<String>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }

    /// Delivers every event to `url`, signed in the current scheme.
    pub fn webhook(self, url: impl Into<String>) -> Self {
        self.webhook_endpoint(Endpoint::new(url))
    }

    /// Delivers to an endpoint set up as it says (scheme, events, statuses).
    pub fn webhook_endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoints.retain(|e| e.url != endpoint.url);
        self.endpoints.push(endpoint);
        self
    }

    /// Makes this agent at start (instead of the two default ones, once
    /// any is given).
    pub fn agent(mut self, agent: AgentSeed) -> Self {
        self.agents.push(agent);
        self
    }

    /// Makes the agents a JSON file lists: `{"agents": [{"name": ...,
    /// "nickname": ..., "id"?: uuid, "public_id"?: ..., "phone_number"?: ...}]}`.
    pub fn seed_file(mut self, path: impl AsRef<std::path::Path>) -> Result<Self, StartError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| StartError::Option(format!("seed file {}: {e}", path.display())))?;
        #[derive(serde::Deserialize)]
        struct SeedFile {
            agents: Vec<AgentSeed>,
        }
        let file: SeedFile = serde_json::from_str(&text)
            .map_err(|e| StartError::Option(format!("seed file {}: {e}", path.display())))?;
        self.agents.extend(file.agents);
        Ok(self)
    }

    /// Writes the agent's replies to each message (instead of the scripted
    /// default).
    pub fn agent_reply(
        mut self,
        reply: impl Fn(&IncomingMessage) -> Vec<String> + Send + Sync + 'static,
    ) -> Self {
        self.reply = Arc::new(reply);
        self
    }

    /// The organization's plan allows this many billed call seconds: past
    /// them, activate and resume answer 402 BILLING_LIMIT_REACHED and running
    /// campaigns pause.
    pub fn budget_seconds(mut self, seconds: i64) -> Self {
        self.budget_seconds = Some(seconds);
        self
    }

    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// Whether the documented 12 requests per second hold (on by default).
    pub fn rate_limits(mut self, on: bool) -> Self {
        self.rate_limits = on;
        self
    }

    /// Runs the rate limit's one-second window on the sandbox's clock
    /// instead of the machine's. With a manual clock, requests then count
    /// as sent at one instant until the test advances it, so that a test of
    /// the limit itself is exact; by default the window is the machine's
    /// time, which is how fast a client really sends.
    pub fn rate_window_on_clock(mut self) -> Self {
        self.rate_window_on_clock = true;
        self
    }

    /// Calls a phone campaign places at once (the API sets no
    /// `concurrency_limit`; the sandbox's default is 5).
    pub fn concurrency_limit(mut self, calls: i64) -> Self {
        self.concurrency_limit = calls;
        self
    }

    /// The project's time zone, which the campaign events' times are
    /// written in (IANA name; `America/Mexico_City` by default).
    pub fn project_timezone(mut self, name: impl Into<String>) -> Self {
        self.project_timezone = name.into();
        self
    }

    /// The loopback port (a free one by default).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// How many requests [`Sandbox::requests`] keeps, the latest (10,000 by
    /// default, bodies included).
    pub fn requests_kept(mut self, requests: usize) -> Self {
        self.requests_kept = requests.max(1);
        self
    }

    /// Serves `text`, an OpenAPI document, in place of the spec the crate
    /// was built with: on a change day, the refreshed `openapi/altur.yaml`
    /// before the sandbox models what it adds. Each operation is routed and
    /// checked by it; one the sandbox has no handler for answers 501
    /// `NOT_MODELED`, naming itself. A document that does not read is
    /// [`StartError::Option`].
    pub fn spec(mut self, text: impl Into<String>) -> Self {
        self.spec = Some(text.into());
        self
    }

    /// How long an endpoint has to answer a delivery (10 s, as Altur).
    pub fn delivery_timeout(mut self, timeout: Duration) -> Self {
        self.delivery_timeout = timeout;
        self
    }

    pub async fn start(self) -> Result<Sandbox, StartError> {
        // Read first: a document that does not read leaves nothing behind.
        let spec = match &self.spec {
            Some(text) => Spec::parse(text)
                .map_err(|why| StartError::Option(format!("the spec given: {why}")))?,
            None => Spec::embedded(),
        };
        let seed = self.seed.unwrap_or_else(|| fastrand::u64(..));
        let project_timezone = self.project_timezone.parse().map_err(|_| {
            StartError::Option(format!(
                "project time zone {:?} is not an IANA name",
                self.project_timezone
            ))
        })?;
        if let Some(secret) = &self.webhook_secret
            && base64::engine::general_purpose::STANDARD
                .decode(secret.trim())
                .is_err()
            && self.endpoints.iter().any(|e| e.scheme == Scheme::Current)
        {
            return Err(StartError::Option(
                "the webhook secret must be base64 for the current signature scheme \
                 (or register the endpoints with the legacy scheme)"
                    .into(),
            ));
        }
        let (store, loaded) = match &self.state_file {
            Some(path) => {
                let (store, state) = Store::open(path).map_err(StartError::State)?;
                (Some(store), state)
            }
            None => (None, None),
        };
        let mut state = match loaded {
            Some(state) => state,
            None => fresh_state(seed, &self.agents),
        };
        if let Some(key) = &self.api_key {
            state.meta_mut().api_key = key.clone();
        }
        if let Some(secret) = &self.webhook_secret {
            state.meta_mut().webhook_secret = secret.clone();
        }
        let stale: Vec<String> = state.endpoints.values().map(|e| e.url.clone()).collect();
        for url in stale {
            state.endpoints.remove(&url);
        }
        for endpoint in &self.endpoints {
            state
                .endpoints
                .insert(endpoint.url.clone(), endpoint.clone());
        }
        let mut stored = StoredState::new(state, store);
        stored.commit().map_err(StartError::State)?;

        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .map_err(StartError::Bind)?;
        let port = listener.local_addr().map_err(StartError::Bind)?.port();
        let settings = Settings {
            reply: self.reply,
            budget_seconds: self.budget_seconds,
            concurrency_limit: self.concurrency_limit,
            project_timezone,
            base_url: format!("http://127.0.0.1:{port}"),
        };
        let manual = matches!(self.clock, ClockMode::Manual { .. });
        let running = Arc::new(
            Running::new(Parts {
                spec,
                clock: Clock::new(&self.clock),
                settings,
                state: stored,
                requests_kept: self.requests_kept,
                limiter: self.rate_limits.then(RateLimiter::default),
                rate_window_on_clock: self.rate_window_on_clock,
                faults: (!self.faults.is_none()).then(|| FaultState::new(&self.faults)),
                delivery_timeout: self.delivery_timeout,
            })
            .map_err(StartError::Http)?,
        );
        let (stop, stopped) = watch::channel(false);
        // Spawned under the subscriber the sandbox is started under (a
        // test's), so that its log goes where the test's does.
        let serving = server::serve(running.clone(), listener, stopped);
        let mut tasks = vec![spawn_carrying!(tokio::spawn, serving)];
        if !manual {
            tasks.push(spawn_carrying!(tokio::spawn, queue::drive(running.clone())));
        }
        Ok(Sandbox {
            running,
            stop,
            tasks,
            seed,
        })
    }
}
