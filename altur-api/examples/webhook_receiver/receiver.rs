//! The receiver itself, apart from `main` so that the tests serve this very
//! code: verify each delivery, store it durably, answer, and do the work
//! from the store in a task.

use std::sync::Arc;

use altur_api::webhook::{self, Event, SIGNATURE_HEADER, Secret};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use tokio::sync::Notify;

use crate::store::Store;

/// Where Altur's docs put the receiver in their example.
pub const PATH: &str = "/webhooks/altur";

struct Receiver {
    secret: Secret,
    store: Store,
    stored: Arc<Notify>,
}

/// The receiver's routes; each verified, new delivery is stored, and
/// `stored` is told.
pub fn router(secret: Secret, store: Store, stored: Arc<Notify>) -> Router {
    let receiver = Arc::new(Receiver {
        secret,
        store,
        stored,
    });
    Router::new()
        .route(PATH, post(receive))
        .with_state(receiver)
}

/// Answers within Altur's 10 s by doing nothing slow here: 200 once the
/// delivery is verified and on disk, 400 when it is not Altur's (the docs'
/// advice), 503 when it could not be stored (Altur retries later).
async fn receive(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, &'static str) {
    let signature = headers.get(SIGNATURE_HEADER);
    let event = match webhook::verify(&receiver.secret, signature, &body) {
        Ok(event) => event,
        Err(error) => {
            tracing::warn!(%error, bytes = body.len(), "delivery refused");
            return (StatusCode::BAD_REQUEST, "refused\n");
        }
    };
    // A verified header is ASCII (base64 or hex).
    let signature = signature
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let key = event.dedup_key().map(str::to_owned);
    let event_type = event.event_type().to_owned();
    let store = receiver.store.clone();
    let stored = tokio::task::spawn_blocking(move || {
        store.record(key.as_deref(), &event_type, &signature, &body)
    })
    .await;
    match stored {
        Ok(Ok(true)) => {
            tracing::info!(
                event_type = event.event_type(),
                id = event.dedup_key(),
                "delivery accepted"
            );
            receiver.stored.notify_one();
            (StatusCode::OK, "ok\n")
        }
        Ok(Ok(false)) => {
            tracing::info!(
                event_type = event.event_type(),
                id = event.dedup_key(),
                "repeated delivery dropped"
            );
            (StatusCode::OK, "already received\n")
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "delivery not stored: Altur will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "not stored\n")
        }
        Err(error) => {
            tracing::error!(%error, "delivery not stored: Altur will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "not stored\n")
        }
    }
}

/// Does the work of every stored delivery, oldest first, one at a time:
/// those left from before a restart, then each new one as `stored` says.
/// A delivery is marked done after `handle` returns, so a crash in between
/// runs it again on restart: make `handle` safe to repeat (or record its
/// effect in the same database, in one transaction with the mark).
pub async fn work(
    secret: Secret,
    store: Store,
    stored: Arc<Notify>,
    mut handle: impl FnMut(Event) + Send + 'static,
) {
    loop {
        let next = {
            let store = store.clone();
            tokio::task::spawn_blocking(move || store.next_pending()).await
        };
        let pending = match next {
            Ok(Ok(Some(pending))) => pending,
            Ok(Ok(None)) => {
                stored.notified().await;
                continue;
            }
            Ok(Err(error)) => {
                tracing::error!(%error, "store unreadable; retrying in a second");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
            Err(error) => {
                tracing::error!(%error, "store task failed");
                return;
            }
        };
        // Read back from disk: verified again, so the store is no way in.
        match webhook::verify(&secret, pending.signature.as_str(), &pending.body) {
            Ok(event) => handle(event),
            Err(error) => tracing::error!(%error, row = pending.row, "stored delivery skipped"),
        }
        let store = store.clone();
        let row = pending.row;
        match tokio::task::spawn_blocking(move || store.mark_processed(row)).await {
            Ok(Ok(())) => {}
            _ => {
                tracing::error!(row, "could not mark the delivery done; stopping the work");
                return;
            }
        }
    }
}
