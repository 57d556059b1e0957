//! Features `inbox-postgres` and `inbox-sqlite`: a durable inbox for
//! verified deliveries. Each one is stored (once per event) before Altur
//! hears 200; workers, on this machine or any other on the same database,
//! then claim the stored events and run your [`Handler`] on each, off the
//! request path, with retries, a lease and, past a limit, a dead event kept
//! with its last error. The crate docs' "A durable inbox" section shows the
//! use, and why the choices.
//!
//! Layers, top to bottom: this file (the inbox a user holds, the options,
//! what a handler receives); `workers` (the claim loop); `axum` (the one
//! line in a handler); `postgres` and `sqlite` (the SQL of each engine);
//! `engine` (what an engine does, which the layers above call).

#[cfg(feature = "axum")]
mod axum;
mod engine;
#[cfg(feature = "inbox-postgres")]
pub mod postgres;
#[cfg(feature = "inbox-sqlite")]
pub mod sqlite;
mod workers;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;

use super::Event;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use axum::{Accepted, Receiver};
pub use engine::Engine;
use engine::NewRow;
pub use workers::Workers;

/// The inbox, on the database engine `E` ([`postgres::Postgres`] or
/// [`sqlite::Sqlite`]). Cheap to clone: clones share the connections.
pub struct Inbox<E: Engine> {
    engine: Arc<E>,
    options: Arc<Options>,
    /// Told when this process stored an event, or (Postgres) when another
    /// process did (`LISTEN`): idle workers wake and claim.
    wake: Arc<Notify>,
}

impl<E: Engine> Clone for Inbox<E> {
    fn clone(&self) -> Self {
        Inbox {
            engine: self.engine.clone(),
            options: self.options.clone(),
            wake: self.wake.clone(),
        }
    }
}

impl<E: Engine> fmt::Debug for Inbox<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inbox")
            .field("engine", &E::NAME)
            .field("options", &self.options)
            .finish()
    }
}

/// What [`Inbox::store`] did with a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Stored: a worker will run the handler on it.
    New,
    /// The same event was stored before (Altur retried, or a replica took
    /// an earlier attempt): nothing was written.
    Duplicate,
}

impl<E: Engine> Inbox<E> {
    fn with_engine(engine: E, options: Options) -> Inbox<E> {
        Inbox {
            engine: Arc::new(engine),
            options: Arc::new(options),
            wake: Arc::new(Notify::new()),
        }
    }

    /// Stores a verified delivery: `event` as [`verify`](super::verify)
    /// decoded it, `body` and `signature` as received. Answer Altur 200 once
    /// this returns `Ok` (either way), and 503 on an error, so that Altur
    /// tries again later.
    ///
    /// An event is stored once: a campaign event by its `event_id`, an
    /// `on_call_end` by the call's id, each with its event type. An event
    /// with no key at all (an unknown type without `event_id` or `id`) is
    /// stored every time.
    pub async fn store(
        &self,
        event: &Event,
        body: &[u8],
        signature: &str,
    ) -> Result<Stored, InboxError> {
        let row = NewRow::of(event, body, signature);
        let stored = self.engine.store(row).await?;
        if stored == Stored::New {
            self.wake.notify_waiters();
        }
        Ok(stored)
    }

    /// Starts `count` workers in this process, each running `handler` on
    /// the events it claims, until [`Workers::stop`]. Any number of
    /// processes may run workers on one Postgres database.
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime.
    pub fn start_workers<H: Handler<E>>(&self, count: usize, handler: H) -> Workers {
        workers::start(self.clone(), count.max(1), Arc::new(handler))
    }

    /// How many events wait, are done, are dead.
    pub async fn counts(&self) -> Result<Counts, InboxError> {
        self.engine.counts().await
    }

    /// The dead events, oldest first: their handler failed on every
    /// attempt (or their stored body no longer decodes).
    pub async fn dead(&self) -> Result<Vec<DeadEvent>, InboxError> {
        self.engine.dead().await
    }

    /// Puts a dead event back in line, its attempts counted from zero
    /// again (once the cause is fixed). `false` when `id` is no dead event.
    pub async fn requeue(&self, id: i64) -> Result<bool, InboxError> {
        let requeued = self.engine.requeue(id).await?;
        if requeued {
            self.wake.notify_waiters();
        }
        Ok(requeued)
    }

    /// Deletes done events received more than `older_than` ago; how many.
    /// An event must stay longer than Altur goes on retrying it (five
    /// retries with backoff: minutes), or a late retry is stored again as
    /// new: keep days.
    pub async fn purge_done(&self, older_than: Duration) -> Result<u64, InboxError> {
        self.engine.purge_done(older_than).await
    }
}

/// A stored event, as a worker hands it to the [`Handler`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Received {
    /// Its row in the inbox.
    pub id: i64,
    /// The event, decoded again from the stored body.
    pub event: Event,
    /// What it is stored once by (see [`Event::dedup_key`]).
    pub key: Option<String>,
    /// 1 on the first attempt; more once the handler failed, or a worker
    /// holding it died.
    pub attempt: u32,
    /// When the inbox stored it.
    pub received_at: DateTime<Utc>,
    /// The body as Altur sent it.
    pub body: Vec<u8>,
}

/// The transaction a [`Handler`] writes through, in which the inbox then
/// marks the event done: on Postgres it is a `tokio_postgres::Transaction`
/// (it derefs to one: `tx.execute(..)`), on SQLite [`Tx::run`] runs your
/// statements in it.
pub struct Tx<'t, E: Engine>(pub(crate) <E as engine::sealed::Ops>::Inner<'t>);

/// What a handler's failure carries: any error, or a message
/// (`Err("CRM down".into())`).
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// Your work on each event, run by the workers.
///
/// `tx` is the database transaction in which the inbox marks the event
/// done: what the handler writes through it is committed with that mark,
/// or not at all. Writes made there happen exactly once per event, even
/// when a worker dies mid-event or runs past its lease (its transaction is
/// rolled back and another worker does the event again). Effects outside
/// it (a call to your CRM) happen at least once: make them idempotent with
/// [`Received::key`].
///
/// An `Err` (or a panic, or running past the lease) rolls the transaction
/// back; the event is tried again after a backoff, and is dead after
/// [`Options::max_attempts`].
pub trait Handler<E: Engine>: Send + Sync + 'static {
    fn handle(
        &self,
        received: &Received,
        tx: &mut Tx<'_, E>,
    ) -> impl Future<Output = Result<(), HandlerError>> + Send;
}

/// A handler from an async closure that needs no transaction:
/// `handler_fn(|received| async move { ...; Ok(()) })`.
pub fn handler_fn<F, Fut>(f: F) -> HandlerFn<F>
where
    F: Fn(Received) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), HandlerError>> + Send,
{
    HandlerFn(f)
}

/// See [`handler_fn`].
pub struct HandlerFn<F>(F);

impl<E, F, Fut> Handler<E> for HandlerFn<F>
where
    E: Engine,
    F: Fn(Received) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), HandlerError>> + Send,
{
    fn handle(
        &self,
        received: &Received,
        _tx: &mut Tx<'_, E>,
    ) -> impl Future<Output = Result<(), HandlerError>> + Send {
        (self.0)(received.clone())
    }
}

/// How the workers go about it.
#[derive(Debug, Clone)]
pub struct Options {
    lease: Duration,
    max_attempts: u32,
    first_retry: Duration,
    last_retry: Duration,
    idle_check: Duration,
    pool_size: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lease: Duration::from_secs(60),
            max_attempts: 8,
            first_retry: Duration::from_secs(1),
            last_retry: Duration::from_secs(600),
            idle_check: Duration::from_secs(30),
            pool_size: 16,
        }
    }
}

impl Options {
    /// How long a claim holds (60 s unless set): a handler still running
    /// then is stopped and its transaction rolled back, and an event whose
    /// worker died is claimed again once it runs out.
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Attempts before an event is dead (8 unless set; at least 1). Each
    /// claim counts, so an event whose worker dies every time (a handler
    /// that crashes the process) is dead too once its last attempt's
    /// lease runs out.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait after a first failure, doubled after each next one up to
    /// `last` (1 s and 10 min unless set).
    pub fn retry_backoff(mut self, first: Duration, last: Duration) -> Self {
        self.first_retry = first;
        self.last_retry = last.max(first);
        self
    }

    /// How long an idle worker waits before it looks again unwoken (30 s
    /// unless set): events are announced (in-process, and by Postgres's
    /// `NOTIFY`), retries and leases are timed; this only bounds what a
    /// lost announcement can cost.
    pub fn idle_check(mut self, every: Duration) -> Self {
        self.idle_check = every;
        self
    }

    /// Postgres: connections in the pool this process stores and works
    /// with (16 unless set). Each worker holds one while it runs a handler.
    pub fn pool_size(mut self, connections: usize) -> Self {
        self.pool_size = connections.max(1);
        self
    }

    /// The wait before attempt `attempt + 1`, after attempt `attempt` failed.
    fn backoff(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(30);
        self.first_retry
            .saturating_mul(1 << doublings)
            .min(self.last_retry)
    }
}

/// The inbox's counts, by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counts {
    /// Waiting for a worker, held by one, or waiting for a retry.
    pub pending: u64,
    pub done: u64,
    pub dead: u64,
}

/// An event whose handler failed on every attempt.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeadEvent {
    pub id: i64,
    pub event_type: String,
    pub key: Option<String>,
    pub attempts: u32,
    /// The last attempt's error.
    pub error: String,
    pub received_at: DateTime<Utc>,
}

/// The inbox's database failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum InboxError {
    #[cfg(feature = "inbox-postgres")]
    Postgres(tokio_postgres::Error),
    /// No connection could be had from the pool (or made for it).
    #[cfg(feature = "inbox-postgres")]
    Pool(String),
    #[cfg(feature = "inbox-sqlite")]
    Sqlite(rusqlite::Error),
    /// The database call failed off this task: its thread failed, or
    /// (SQLite) the batch of deliveries it was written with did.
    Task(String),
}

impl fmt::Display for InboxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(feature = "inbox-postgres")]
            InboxError::Postgres(e) => write!(f, "the webhook inbox's Postgres: {e}"),
            #[cfg(feature = "inbox-postgres")]
            InboxError::Pool(e) => write!(f, "the webhook inbox's Postgres pool: {e}"),
            #[cfg(feature = "inbox-sqlite")]
            InboxError::Sqlite(e) => write!(f, "the webhook inbox's SQLite: {e}"),
            InboxError::Task(e) => write!(f, "the webhook inbox's database task: {e}"),
        }
    }
}

impl std::error::Error for InboxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            #[cfg(feature = "inbox-postgres")]
            InboxError::Postgres(e) => Some(e),
            #[cfg(feature = "inbox-sqlite")]
            InboxError::Sqlite(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_last() {
        let options =
            Options::default().retry_backoff(Duration::from_secs(1), Duration::from_secs(10));
        let waits: Vec<u64> = (1..=6).map(|n| options.backoff(n).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 10, 10]);
        assert_eq!(options.backoff(u32::MAX).as_secs(), 10);
    }

    #[test]
    fn campaign_events_share_their_campaigns_order_and_calls_have_none() {
        let status = br#"{"event_id": "evt_1", "event_type": "campaign.status_changed",
            "occurred_at": "2026-06-08T14:23:15.482000-06:00",
            "data": {"campaign": {"id": 1234, "status": "active", "previous_status": "ready"}}}"#;
        let cycle = br#"{"event_id": "evt_2", "event_type": "campaign.cycle_completed",
            "occurred_at": "2026-06-08T18:00:00.000000-06:00",
            "data": {"campaign": {"id": 1234, "status": "cooldown", "previous_status": null},
                     "cycle_iteration": 1, "next_cycle_at": null}}"#;
        let call = br#"{"event_type": "on_call_end", "id": "cll_1"}"#;
        let status = Event::decode(status).unwrap();
        let cycle = Event::decode(cycle).unwrap();
        let call = Event::decode(call).unwrap();
        let (status, cycle, call) = (
            NewRow::of(&status, b"", ""),
            NewRow::of(&cycle, b"", ""),
            NewRow::of(&call, b"", ""),
        );
        assert_eq!(status.order_key.as_deref(), Some("campaign:1234"));
        assert_eq!(cycle.order_key, status.order_key);
        assert!(status.occurred_at < cycle.occurred_at);
        assert_eq!((status.key, cycle.key), (Some("evt_1"), Some("evt_2")));
        assert_eq!((call.order_key, call.key), (None, Some("cll_1")));
        assert_eq!(call.event_type, "on_call_end");
    }
}
