//! What a database does for the inbox: store, claim, finish, count. One
//! implementation per engine (`postgres.rs`, `sqlite.rs`); the inbox and
//! its workers call only this.

use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use tokio::sync::{Notify, watch};

use chrono::{DateTime, Utc};

use super::{Counts, DeadEvent, Handler, InboxError, Options, Received, Stored, Tx};
use crate::webhook::Event;

/// A database the inbox runs on: [`Postgres`](super::postgres::Postgres)
/// or [`Sqlite`](super::sqlite::Sqlite). Sealed: the inbox's SQL is its
/// own.
pub trait Engine: sealed::Ops + Send + Sync + Sized + 'static {
    /// For `Debug`.
    const NAME: &'static str;
}

/// A background task: Postgres's `LISTEN`.
pub(super) type Task = Pin<Box<dyn Future<Output = ()> + Send>>;

pub(super) mod sealed {
    use super::*;

    pub trait Ops {
        /// What one worker holds between events (a connection).
        type Session: Send;
        /// The transaction a [`Tx`] holds.
        type Inner<'t>: Send;

        fn store(&self, row: NewRow<'_>)
        -> impl Future<Output = Result<Stored, InboxError>> + Send;

        fn session(&self) -> impl Future<Output = Result<Self::Session, InboxError>> + Send;

        /// Takes the next event that is due, not leased, and not behind an
        /// earlier pending event of its order; counts the attempt and
        /// leases it for `options.lease`, `worker` named as its holder.
        fn claim(
            &self,
            session: &mut Self::Session,
            worker: &str,
            options: &Options,
        ) -> impl Future<Output = Result<Option<Claimed>, InboxError>> + Send;

        /// Runs the handler in a transaction that marks the event done
        /// when it succeeds (and only if this claim still holds); rolls
        /// it back otherwise.
        fn run<H: Handler<Self>>(
            &self,
            session: &mut Self::Session,
            claimed: &Claimed,
            received: &Received,
            handler: &H,
            options: &Options,
        ) -> impl Future<Output = Result<Outcome, InboxError>> + Send
        where
            Self: super::Engine;

        /// Records a failed attempt: the event waits for its retry, or is
        /// dead once its attempts are spent (or at once with `dead`).
        fn fail(
            &self,
            session: &mut Self::Session,
            claimed: &Claimed,
            error: &str,
            dead: bool,
            options: &Options,
        ) -> impl Future<Output = Result<(), InboxError>> + Send;

        /// How long until the next retry or lease falls due, if any does.
        fn next_due(
            &self,
            session: &mut Self::Session,
        ) -> impl Future<Output = Result<Option<Duration>, InboxError>> + Send;

        /// A task that tells `wake` of events other processes store, until
        /// `stop`; `None` where no other process can.
        fn listen(&self, wake: Arc<Notify>, stop: watch::Receiver<bool>) -> Option<Task>;

        fn counts(&self) -> impl Future<Output = Result<Counts, InboxError>> + Send;
        fn dead(&self) -> impl Future<Output = Result<Vec<DeadEvent>, InboxError>> + Send;
        fn requeue(&self, id: i64) -> impl Future<Output = Result<bool, InboxError>> + Send;
        fn purge_done(
            &self,
            older_than: Duration,
        ) -> impl Future<Output = Result<u64, InboxError>> + Send;
    }
}

/// Runs the handler within the lease, a panic caught: `Err` says why it
/// failed, for the retry and the dead event.
pub(super) async fn call<E: Engine, H: Handler<E>>(
    handler: &H,
    received: &Received,
    tx: &mut Tx<'_, E>,
    options: &Options,
) -> Result<(), String> {
    let run = AssertUnwindSafe(handler.handle(received, tx)).catch_unwind();
    match tokio::time::timeout(options.lease, run).await {
        Ok(Ok(Ok(()))) => Ok(()),
        Ok(Ok(Err(error))) => Err(error.to_string()),
        Ok(Err(panic)) => Err(format!(
            "the handler panicked: {}",
            panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".into())
        )),
        Err(_) => Err(format!(
            "the handler ran past its lease ({} s)",
            options.lease.as_secs_f64()
        )),
    }
}

/// A delivery as the engines write it.
pub struct NewRow<'a> {
    pub(crate) event_type: &'a str,
    pub(crate) key: Option<&'a str>,
    /// The events whose order matters share one: a campaign's status and
    /// cycle events, `campaign:<id>`.
    pub(crate) order_key: Option<String>,
    /// Where in that order: when Altur says it happened (now, for an event
    /// without a time).
    pub(crate) occurred_at: Option<DateTime<Utc>>,
    pub(crate) body: &'a [u8],
    pub(crate) signature: &'a str,
}

impl<'a> NewRow<'a> {
    pub(crate) fn of(event: &'a Event, body: &'a [u8], signature: &'a str) -> NewRow<'a> {
        let (order_key, occurred_at) = match event {
            Event::CampaignStatusChanged(e) => (
                Some(format!("campaign:{}", e.data.campaign.id)),
                e.occurred_at,
            ),
            Event::CampaignCycleCompleted(e) => (
                Some(format!("campaign:{}", e.data.campaign.id)),
                e.occurred_at,
            ),
            _ => (None, None),
        };
        NewRow {
            event_type: event.event_type(),
            key: event.dedup_key(),
            order_key,
            occurred_at,
            body,
            signature,
        }
    }
}

/// A claimed event, as the engine read it back.
pub struct Claimed {
    pub(crate) id: i64,
    /// The claim's attempt: the token a worker marks the event with, so
    /// that one whose lease ran out (and the event claimed again) cannot.
    pub(crate) attempt: u32,
    pub(crate) key: Option<String>,
    pub(crate) ordered: bool,
    pub(crate) received_at: DateTime<Utc>,
    pub(crate) body: Vec<u8>,
}

/// How a claimed event ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Done,
    /// The handler failed; the error, for the retry or the dead event.
    Failed(String),
    /// Marked done by no one: the lease ran out and the event was claimed
    /// again before this worker finished; its transaction was rolled back.
    LostClaim,
}
