//! The receiver itself, apart from `main` so that the tests serve this very
//! code: verify each delivery, answer at once, hand the work to a task.

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex};

use altur_api::webhook::{self, Event, SIGNATURE_HEADER, Secret};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use tokio::sync::mpsc;

/// Where Altur's docs put the receiver in their example.
pub const PATH: &str = "/webhooks/altur";

/// How many delivery ids are remembered to drop repeats.
const REMEMBERED: usize = 10_000;

struct Receiver {
    secret: Secret,
    work: mpsc::Sender<Event>,
    seen: Mutex<Seen>,
}

/// The last delivery ids seen: Altur retries, and signs no timestamp, so
/// the same delivery can arrive twice (or be replayed by someone who
/// captured it).
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    order: VecDeque<String>,
}

impl Seen {
    fn first_time(&mut self, id: &str) -> bool {
        if self.ids.contains(id) {
            return false;
        }
        if self.order.len() == REMEMBERED
            && let Some(oldest) = self.order.pop_front()
        {
            self.ids.remove(&oldest);
        }
        self.ids.insert(id.to_owned());
        self.order.push_back(id.to_owned());
        true
    }
}

/// The receiver's routes; each verified, new event goes to `work`.
pub fn router(secret: Secret, work: mpsc::Sender<Event>) -> Router {
    let receiver = Arc::new(Receiver {
        secret,
        work,
        seen: Mutex::default(),
    });
    Router::new()
        .route(PATH, post(receive))
        .with_state(receiver)
}

/// Answers within Altur's 10 s by doing nothing slow here: 200 once the
/// event is verified and queued, 400 when it is not Altur's (the docs'
/// advice), 503 when the queue is full (Altur retries later).
async fn receive(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, &'static str) {
    let event = match webhook::verify(&receiver.secret, headers.get(SIGNATURE_HEADER), &body) {
        Ok(event) => event,
        Err(error) => {
            tracing::warn!(%error, bytes = body.len(), "delivery refused");
            return (StatusCode::BAD_REQUEST, "refused\n");
        }
    };
    let first_time = match event.dedup_key() {
        Some(id) => receiver
            .seen
            .lock()
            .map(|mut seen| seen.first_time(id))
            .unwrap_or(true),
        None => true,
    };
    if !first_time {
        tracing::info!(
            event_type = event.event_type(),
            id = event.dedup_key(),
            "repeated delivery dropped"
        );
        return (StatusCode::OK, "already received\n");
    }
    tracing::info!(
        event_type = event.event_type(),
        id = event.dedup_key(),
        "delivery accepted"
    );
    match receiver.work.try_send(event) {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(_) => {
            tracing::warn!("work queue full: Altur will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "busy\n")
        }
    }
}
