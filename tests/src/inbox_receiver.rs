//! A receiver as a user's service runs one on the webhook inbox: axum, the
//! `Verified` extractor and `inbox.accept`, workers running the recording
//! handler ([`crate::inbox::Recorder`]); or workers only. The end-to-end
//! tests run it as processes (each its own configuration, as JSON in
//! [`CONFIG`]) and kill them; it prints `listening <url>` once it serves,
//! and `hanging in <key>` when its handler hangs as told.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use altur_api::webhook::Secret;
use altur_api::webhook::axum::Verified;
use altur_api::webhook::inbox::postgres::Postgres;
use altur_api::webhook::inbox::postgres::tokio_postgres::NoTls;
use altur_api::webhook::inbox::sqlite::Sqlite;
use altur_api::webhook::inbox::{Engine, Handler, Inbox, Options, Received, Stored};
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::{Deserialize, Serialize};

use crate::inbox::{Policy, Recorder};
use crate::rng::fnv1a;

/// The environment variable a receiver process reads its configuration
/// from.
pub const CONFIG: &str = "ALTUR_TEST_INBOX_RECEIVER";

pub const PATH: &str = "/webhooks/altur";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Config {
    /// Kept in each row the handler writes.
    pub name: String,
    /// The inbox on Postgres (a URL), or in a SQLite file.
    pub postgres: Option<String>,
    pub sqlite: Option<PathBuf>,
    pub secret: String,
    /// Receives deliveries (on this loopback port, or any when 0); else
    /// works only.
    pub serve: bool,
    pub port: u16,
    pub workers: usize,
    pub lease_ms: u64,
    pub max_attempts: u32,
    pub fail_for_good_one_in: Option<u64>,
    pub fail_once_one_in: Option<u64>,
    /// Answers 500 to the first delivery it gets of one event in this many
    /// (by key): half of them before storing it, half after.
    pub refuse_one_in: Option<u64>,
    pub campaign_delay_ms: u64,
    /// Its handler hangs in its this many-th event.
    pub hang_at: Option<usize>,
}

impl Config {
    /// The handler's policy, as the tests read it back to know which
    /// events were made to fail.
    pub fn policy(&self) -> Policy {
        Policy {
            fail_for_good_one_in: self.fail_for_good_one_in,
            fail_once_one_in: self.fail_once_one_in,
            campaign_delay: Duration::from_millis(self.campaign_delay_ms),
            hang_at: self.hang_at,
            on_hang: Some(Arc::new(|received: &Received| {
                say(&format!(
                    "hanging in {}",
                    received.key.as_deref().unwrap_or("-")
                ))
            })),
            ..Policy::by(self.name.clone())
        }
    }

    fn options(&self) -> Options {
        Options::default()
            .lease(Duration::from_millis(self.lease_ms))
            .max_attempts(self.max_attempts)
            .retry_backoff(Duration::from_millis(50), Duration::from_millis(400))
            .pool_size(8)
    }
}

/// Whether a receiver refuses the first delivery of `key` before storing
/// it (else after).
pub fn refuses_before_storing(key: &str) -> bool {
    (fnv1a(key.as_bytes()) >> 8).is_multiple_of(2)
}

/// A line on standard output, at once.
fn say(line: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
}

/// Runs the receiver of `config` until the process is killed.
pub async fn run(config: Config) {
    match (&config.postgres, &config.sqlite) {
        (Some(url), _) => {
            let url = url.parse().expect("a Postgres URL");
            let inbox = Inbox::<Postgres>::postgres(url, NoTls, config.options())
                .await
                .expect("the inbox on Postgres");
            serve(inbox, config).await
        }
        (None, Some(path)) => {
            let inbox = Inbox::<Sqlite>::sqlite(path, config.options())
                .await
                .expect("the inbox in SQLite");
            serve(inbox, config).await
        }
        (None, None) => panic!("a receiver needs an inbox"),
    }
}

struct Receiver<E: Engine> {
    secret: Secret,
    inbox: Inbox<E>,
    refuse_one_in: Option<u64>,
    refused: Arc<Mutex<HashSet<String>>>,
}

impl<E: Engine> Clone for Receiver<E> {
    fn clone(&self) -> Self {
        Receiver {
            secret: self.secret.clone(),
            inbox: self.inbox.clone(),
            refuse_one_in: self.refuse_one_in,
            refused: self.refused.clone(),
        }
    }
}

impl<E: Engine> FromRef<Receiver<E>> for Secret {
    fn from_ref(receiver: &Receiver<E>) -> Secret {
        receiver.secret.clone()
    }
}

async fn serve<E: Engine>(inbox: Inbox<E>, config: Config)
where
    Recorder: Handler<E>,
{
    let _workers = (config.workers > 0)
        .then(|| inbox.start_workers(config.workers, Recorder::new(config.policy())));
    if !config.serve {
        say("working");
        std::future::pending::<()>().await;
    }
    let receiver = Receiver {
        secret: Secret::new(config.secret.clone()),
        inbox,
        refuse_one_in: config.refuse_one_in,
        refused: Default::default(),
    };
    let router = axum::Router::new()
        .route(PATH, post(receive::<E>))
        .with_state(receiver);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
        .await
        .expect("bind loopback");
    say(&format!(
        "listening http://{}{PATH}",
        listener.local_addr().expect("local addr")
    ));
    axum::serve(listener, router).await.expect("serves");
}

async fn receive<E: Engine>(State(receiver): State<Receiver<E>>, delivery: Verified) -> Response {
    let key = delivery.event.dedup_key().unwrap_or("").to_owned();
    let refuse = receiver
        .refuse_one_in
        .is_some_and(|n| fnv1a(key.as_bytes()) % n == 1)
        && receiver.refused.lock().unwrap().insert(key.clone());
    if refuse && refuses_before_storing(&key) {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "refused before storing\n",
        )
            .into_response();
    }
    let accepted = receiver.inbox.accept(delivery).await;
    if refuse && matches!(accepted.0, Ok(Stored::New | Stored::Duplicate)) {
        return (StatusCode::INTERNAL_SERVER_ERROR, "refused after storing\n").into_response();
    }
    accepted.into_response()
}
