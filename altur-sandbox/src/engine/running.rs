//! What a running sandbox's parts share: its server, the jobs on its clock
//! and the handle a test holds. The state sits behind one lock with its
//! store; the request log, the rate limiter and the faults behind their
//! own, so that none of them waits on another.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::gate::faults::FaultState;
use crate::gate::rate_limit::RateLimiter;
use crate::gate::request_log::RequestLog;
use crate::gate::spec::Spec;
use crate::model::clock::Clock;
use crate::model::context::{Ctx, Settings};
use crate::model::state::State;
use crate::model::store::StoredState;

pub struct Running {
    pub spec: Spec,
    /// The key it takes, as the state holds it (fixed at start).
    pub api_key: String,
    pub clock: Clock,
    pub settings: Settings,
    state: Mutex<StoredState>,
    pub requests: Mutex<RequestLog>,
    /// `None` with `rate_limits(false)`.
    pub limiter: Option<Mutex<RateLimiter>>,
    rate_clock: RateClock,
    /// `None` when no fault was asked for.
    pub faults: Option<Mutex<FaultState>>,
    /// For deliveries: no redirects, no retries of its own, a timeout.
    pub http: reqwest::Client,
    /// How long an endpoint has to answer a delivery (Altur: 10 s).
    pub delivery_timeout: Duration,
    /// Woken when a job may have been scheduled, so that the real-time
    /// driver looks again.
    pub wake: tokio::sync::Notify,
}

/// What `Running::new` is made of.
pub struct Parts {
    pub spec: Spec,
    pub clock: Clock,
    pub settings: Settings,
    pub state: StoredState,
    pub requests_kept: usize,
    pub limiter: Option<RateLimiter>,
    /// The rate limit's window on the sandbox's clock, not the machine's.
    pub rate_window_on_clock: bool,
    pub faults: Option<FaultState>,
    pub delivery_timeout: Duration,
}

impl Running {
    pub fn new(parts: Parts) -> Result<Running, reqwest::Error> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(parts.delivery_timeout)
            .user_agent(concat!("altur-sandbox/", env!("CARGO_PKG_VERSION")))
            .build()?;
        let rate_clock = if parts.rate_window_on_clock {
            RateClock::Sandbox(parts.clock.now())
        } else {
            RateClock::Machine(Instant::now())
        };
        Ok(Running {
            rate_clock,
            api_key: parts.state.state.meta.api_key.clone(),
            spec: parts.spec,
            clock: parts.clock,
            settings: parts.settings,
            state: Mutex::new(parts.state),
            requests: Mutex::new(RequestLog::new(parts.requests_kept)),
            limiter: parts.limiter.map(Mutex::new),
            faults: parts.faults.map(Mutex::new),
            http,
            delivery_timeout: parts.delivery_timeout,
            wake: tokio::sync::Notify::new(),
        })
    }

    /// The state, locked. A panic while it was held (a bug) does not stop
    /// the sandbox from answering afterwards.
    pub fn lock(&self) -> MutexGuard<'_, StoredState> {
        lock(&self.state)
    }

    /// Now, on the clock the rate limit's window runs on, as time since the
    /// sandbox started.
    pub fn rate_now(&self) -> Duration {
        match self.rate_clock {
            RateClock::Machine(started) => started.elapsed(),
            RateClock::Sandbox(started) => {
                (self.clock.now() - started).to_std().unwrap_or_default()
            }
        }
    }

    /// Runs `change` on the state; where it moved the next job on the
    /// clock, the real-time driver is woken to look again.
    pub fn waking<T>(&self, state: &mut State, change: impl FnOnce(&mut State) -> T) -> T {
        let scheduled = state.meta.next_job;
        let changed = change(state);
        if state.meta.next_job != scheduled {
            self.wake.notify_one();
        }
        changed
    }

    /// A rule's context now.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            now: self.clock.now(),
            settings: &self.settings,
            lifecycle: &self.spec.lifecycle,
        }
    }
}

/// The clock the rate limit's window runs on, from where it started.
enum RateClock {
    Machine(Instant),
    Sandbox(DateTime<Utc>),
}

/// Whether a subscriber is listening where this runs (its events would go
/// nowhere otherwise, and the tasks need not carry it).
pub fn subscribed() -> bool {
    !tracing::dispatcher::get_default(|dispatch| dispatch.is::<tracing::subscriber::NoSubscriber>())
}

/// Spawns `$task` with `$spawn` (`tokio::spawn`, a set's `spawn`), carrying
/// the subscriber it is spawned under where one listens (a test's), so that
/// its log goes where the test's does, whichever thread runs it; with none,
/// nothing is carried along (a task that carries one pays on every poll).
macro_rules! spawn_carrying {
    ($spawn:expr, $task:expr) => {{
        let task = $task;
        if $crate::engine::running::subscribed() {
            $spawn(tracing::instrument::WithSubscriber::with_current_subscriber(task))
        } else {
            $spawn(task)
        }
    }};
}
pub(crate) use spawn_carrying;

/// Locks any of the other mutexes the same way.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
