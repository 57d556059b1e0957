//! The handle a test or the `altur sandbox` command holds, and the builder
//! that starts one: options in, a running server on loopback out, with its
//! base URL and key, a ready client, the clock, the deliveries, and readers
//! of its state. Dropping the handle stops the sandbox.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use altur_api::types;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::{Clock, ClockMode};
use crate::core::{AgentReply, AgentSeed, Config, Core, IncomingMessage, Shared, lock};
use crate::faults::Faults;
use crate::ids::Draws;
use crate::model::{Agent, Channel, Delivery, Endpoint, Integration, Meta, Scheme};
use crate::record::Request;
use crate::spec::Spec;
use crate::state::State;
use crate::store::{Store, StoreError};
use crate::{render, scheduler, server};

/// Where a manual clock starts unless told: Monday 5 January 2026, 09:00 in
/// Mexico City, so that a weekday schedule is open.
pub const MANUAL_START: &str = "2026-01-05T15:00:00Z";

/// A running sandbox. Dropping it stops it.
pub struct Sandbox {
    core: Arc<Core>,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    seed: u64,
}

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

    /// `http://127.0.0.1:<port>`: the API's base URL.
    pub fn base_url(&self) -> &str {
        &self.core.base_url
    }

    /// The key it takes (`Authorization: api-key <key>`). Any other is 401.
    pub fn api_key(&self) -> String {
        self.core.lock().state.meta.api_key.clone()
    }

    /// The secret its webhook deliveries are signed with (base64, as the
    /// dashboard hands one out).
    pub fn webhook_secret(&self) -> String {
        self.core.lock().state.meta.webhook_secret.clone()
    }

    /// The seed its ids and outcomes are drawn from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// A client builder set up for this sandbox (key, base URL), to change
    /// before `build()`.
    pub fn client_builder(&self) -> altur_api::ClientBuilder {
        altur_api::Client::builder()
            .api_key(self.api_key())
            .base_url(self.base_url())
    }

    /// A ready client for this sandbox.
    ///
    /// # Panics
    ///
    /// Where the crate cannot build a client at all (its TLS setup fails on
    /// this machine); `client_builder().build()` says why instead.
    pub fn client(&self) -> altur_api::Client {
        self.client_builder()
            .build()
            .unwrap_or_else(|e| panic!("cannot build a client for the sandbox: {e}"))
    }

    pub fn clock(&self) -> &Clock {
        &self.core.clock
    }

    /// The sandbox's now.
    pub fn now(&self) -> DateTime<Utc> {
        self.core.clock.now()
    }

    /// Manual clock: moves it `by` ahead, running every call step, campaign
    /// step and delivery due meanwhile, in order (deliveries are sent and
    /// their answers awaited). On a real clock the time moves itself; this
    /// then only runs what is due now.
    pub async fn advance(&self, by: Duration) {
        let by = chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
        self.advance_to(self.now() + by).await;
    }

    /// Manual clock: moves it to `at`, as `advance` does.
    pub async fn advance_to(&self, at: DateTime<Utc>) {
        if self.core.clock.is_manual() {
            scheduler::advance_to(&self.core, at).await;
        } else {
            scheduler::advance_to(&self.core, self.now()).await;
        }
    }

    /// Manual clock: runs what is due, job after job, until nothing is left
    /// to do or `at_most` has passed on the clock. Whether nothing is left.
    pub async fn run_until_idle(&self, at_most: Duration) -> bool {
        let limit =
            self.now() + chrono::Duration::from_std(at_most).unwrap_or(chrono::Duration::MAX);
        loop {
            let next = self.core.lock().state.next_due();
            match next {
                None => return true,
                Some(due) if due > limit => {
                    self.advance_to(limit).await;
                    return false;
                }
                Some(due) => self.advance_to(due).await,
            }
        }
    }

    /// The agents it made, each with its integrations.
    pub fn agents(&self) -> Vec<SandboxAgent> {
        let shared = self.core.lock();
        agents(&shared.state)
    }

    /// Every delivery so far, with its attempts, oldest first.
    pub fn deliveries(&self) -> Vec<Delivery> {
        let shared = self.core.lock();
        let mut deliveries: Vec<Delivery> = shared.state.deliveries.values().cloned().collect();
        deliveries.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        deliveries
    }

    /// The requests it received, oldest first (the latest 10,000 unless
    /// [`SandboxBuilder::requests_kept`] says otherwise).
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.core.recorded).all()
    }

    /// The campaigns, as `GET /campaigns/{id}` answers each.
    pub fn campaigns(&self) -> Vec<types::Campaign> {
        let shared = self.core.lock();
        let state = &shared.state;
        state
            .campaigns
            .values()
            .map(|c| render::campaign(state, c))
            .collect()
    }

    /// A campaign's contacts, as its contact list answers them.
    pub fn contacts(&self, campaign: i64) -> Vec<types::CampaignContact> {
        let shared = self.core.lock();
        shared
            .state
            .contacts_of(campaign)
            .map(render::contact)
            .collect()
    }

    /// A campaign's calls, in the order they were placed.
    pub fn campaign_calls(&self, campaign: i64) -> Vec<types::CampaignCall> {
        let shared = self.core.lock();
        let state = &shared.state;
        state
            .calls_of(campaign)
            .map(|call| render::campaign_call(state, call))
            .collect()
    }

    /// Every call, as `GET /call/{id}` answers each, in the order placed.
    pub fn calls(&self) -> Vec<types::Call> {
        let shared = self.core.lock();
        let state = &shared.state;
        let mut calls: Vec<_> = state.calls().collect();
        calls.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        calls
            .into_iter()
            .map(|call| render::call(state, call))
            .collect()
    }

    /// The end users, as `GET /enduser/{id}` answers each.
    pub fn end_users(&self) -> Vec<types::EndUser> {
        let shared = self.core.lock();
        shared.state.end_users().map(render::end_user).collect()
    }

    /// What `altur sandbox` prints first: the base URL, the key, the agents
    /// and integrations it made, the webhook secret.
    pub fn info(&self) -> Value {
        let shared = self.core.lock();
        let agents = agents(&shared.state);
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
            "base_url": self.core.base_url,
            "api_key": shared.state.meta.api_key,
            "webhook_secret": shared.state.meta.webhook_secret,
            "seed": self.seed,
            "agents": agents.iter().map(|a| json!({
                "id": a.id, "public_id": a.public_id, "name": a.name, "nickname": a.nickname,
            })).collect::<Vec<_>>(),
            "integrations": integrations,
            "webhooks": shared.state.endpoints.values().map(|e| json!({
                "url": e.url, "scheme": e.scheme, "events": e.events, "statuses": e.statuses,
            })).collect::<Vec<_>>(),
        })
    }

    /// Stops serving: open connections are closed, the clock's tasks end.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        for task in std::mem::take(&mut self.tasks) {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.core.base_url)
            .field("api_key", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// An agent the sandbox made, with its integrations.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SandboxAgent {
    /// For `send_message` and `start_call`.
    pub id: uuid::Uuid,
    /// For `create_campaign`.
    pub public_id: String,
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
    pub public_id: String,
    pub channel: String,
    pub phone_number: String,
}

fn agents(state: &State) -> Vec<SandboxAgent> {
    let mut made: Vec<&Agent> = state.agents.values().collect();
    made.sort_by_key(|a| a.position);
    made.into_iter()
        .map(|a| SandboxAgent {
            id: a.id,
            public_id: a.public_id.clone(),
            name: a.name.clone(),
            nickname: a.nickname.clone(),
            integrations: [Channel::PhoneCall, Channel::Whatsapp, Channel::Api]
                .iter()
                .filter_map(|channel| {
                    state
                        .integrations
                        .values()
                        .find(|i| i.agent_id == a.id && i.channel == *channel)
                })
                .map(|i| SandboxIntegration {
                    public_id: i.public_id.clone(),
                    channel: i.channel.wire().to_owned(),
                    phone_number: i.phone_number.clone(),
                })
                .collect(),
        })
        .collect()
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
    concurrency_limit: i64,
    project_timezone: String,
    port: u16,
    delivery_timeout: Duration,
    requests_kept: usize,
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
            concurrency_limit: 5,
            project_timezone: "America/Mexico_City".into(),
            port: 0,
            delivery_timeout: Duration::from_secs(10),
            requests_kept: 10_000,
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

    /// How long an endpoint has to answer a delivery (10 s, as Altur).
    pub fn delivery_timeout(mut self, timeout: Duration) -> Self {
        self.delivery_timeout = timeout;
        self
    }

    pub async fn start(self) -> Result<Sandbox, StartError> {
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
        let mut shared = Shared { state, store };
        shared.commit().map_err(StartError::State)?;

        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .map_err(StartError::Bind)?;
        let port = listener.local_addr().map_err(StartError::Bind)?.port();
        let config = Config {
            clock: self.clock,
            reply: self.reply,
            budget_seconds: self.budget_seconds,
            faults: self.faults,
            rate_limits: self.rate_limits,
            concurrency_limit: self.concurrency_limit,
            project_timezone,
            requests_kept: self.requests_kept,
            delivery_timeout: self.delivery_timeout,
        };
        let manual = matches!(config.clock, ClockMode::Manual { .. });
        let core = Arc::new(
            Core::new(
                Spec::embedded(),
                config,
                shared,
                format!("http://127.0.0.1:{port}"),
            )
            .map_err(StartError::Http)?,
        );
        let (stop, stopped) = watch::channel(false);
        let mut tasks = vec![tokio::spawn(server::serve(core.clone(), listener, stopped))];
        if !manual {
            tasks.push(tokio::spawn(scheduler::drive(core.clone())));
        }
        Ok(Sandbox {
            core,
            stop,
            tasks,
            seed,
        })
    }
}

/// A new state: the key, the secret, the project, and the agents (two
/// defaults unless some are given), each with a phone line, a WhatsApp
/// number and the API.
fn fresh_state(seed: u64, seeds: &[AgentSeed]) -> State {
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
    let defaults = [
        AgentSeed {
            name: "Cobranza amable".into(),
            nickname: "Lucía".into(),
            id: None,
            public_id: None,
            phone_number: None,
        },
        AgentSeed {
            name: "Ventas".into(),
            nickname: "Mateo".into(),
            id: None,
            public_id: None,
            phone_number: None,
        },
    ];
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
        let mut integrations = Vec::new();
        for channel in [Channel::PhoneCall, Channel::Whatsapp, Channel::Api] {
            integrations.push(Integration {
                public_id: draws.public_id("int"),
                agent_id: id,
                channel,
                phone_number: phone.clone(),
            });
        }
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

impl Endpoint {
    /// Every event, signed in the current scheme.
    pub fn new(url: impl Into<String>) -> Endpoint {
        Endpoint {
            url: url.into(),
            scheme: Scheme::Current,
            events: Vec::new(),
            statuses: Vec::new(),
        }
    }

    /// Signed in the older scheme (hex of HMAC keyed with the secret's
    /// bytes, over the body).
    pub fn legacy(mut self) -> Endpoint {
        self.scheme = Scheme::Legacy;
        self
    }

    /// Only these event types (`on_call_end`, `campaign.status_changed`,
    /// `campaign.cycle_completed`).
    pub fn events<S: Into<String>>(mut self, events: impl IntoIterator<Item = S>) -> Endpoint {
        self.events = events.into_iter().map(Into::into).collect();
        self
    }

    /// `campaign.status_changed` only for these statuses (the docs'
    /// `filters.status`).
    pub fn statuses<S: Into<String>>(mut self, statuses: impl IntoIterator<Item = S>) -> Endpoint {
        self.statuses = statuses.into_iter().map(Into::into).collect();
        self
    }
}
