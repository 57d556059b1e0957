//! The receiver itself, apart from `main` so that the tests serve this very
//! code: verify each delivery, store it durably, answer, and do the work
//! from the store in a task.

use std::sync::Arc;

use altur_api::webhook::axum::{Rejected, Verified};
use altur_api::webhook::{self, Event, Secret};
use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use tokio::sync::Notify;

use crate::store::Store;

/// Where Altur's docs put the receiver in their example.
pub const PATH: &str = "/webhooks/altur";

#[derive(Clone)]
struct Receiver {
    secret: Secret,
    store: Store,
    stored: Arc<Notify>,
}

/// Where `Verified` finds the secret.
impl FromRef<Receiver> for Secret {
    fn from_ref(receiver: &Receiver) -> Secret {
        receiver.secret.clone()
    }
}

/// The receiver's routes; each verified, new delivery is stored, and
/// `stored` is told.
pub fn router(secret: Secret, store: Store, stored: Arc<Notify>) -> Router {
    let receiver = Receiver {
        secret,
        store,
        stored,
    };
    Router::new()
        .route(PATH, post(receive))
        .with_state(receiver)
}

/// Answers within Altur's 10 s by doing nothing slow here: 200 once the
/// delivery is verified and on disk, 400 when it is not Altur's (the docs'
/// advice), 503 when it could not be stored (Altur retries later).
async fn receive(
    State(receiver): State<Receiver>,
    delivery: Result<Verified, Rejected>,
) -> Response {
    let Verified {
        event,
        body,
        signature,
        ..
    } = match delivery {
        Ok(delivery) => delivery,
        // 400 with the reason (never the secret), 413 over the body limit.
        Err(refused) => {
            tracing::warn!(error = %refused, "delivery refused");
            return refused.into_response();
        }
    };
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
            (StatusCode::OK, "ok\n").into_response()
        }
        Ok(Ok(false)) => {
            tracing::info!(
                event_type = event.event_type(),
                id = event.dedup_key(),
                "repeated delivery dropped"
            );
            (StatusCode::OK, "already received\n").into_response()
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "delivery not stored: Altur will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "not stored\n").into_response()
        }
        Err(error) => {
            tracing::error!(%error, "delivery not stored: Altur will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "not stored\n").into_response()
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
