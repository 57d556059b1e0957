//! The receiver itself, apart from `main` so that the tests serve this very
//! code: verify each delivery, store it in the inbox, answer; the work is
//! the inbox workers' handler.

use altur_api::webhook::axum::{Rejected, Verified};
use altur_api::webhook::inbox::{Engine, Handler, Inbox, Received, Receiver, Stored, handler_fn};
use altur_api::webhook::{Event, Secret};
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;

/// Where Altur's docs put the receiver in their example.
pub const PATH: &str = "/webhooks/altur";

/// The receiver's routes: each verified delivery into `inbox`.
pub fn router<E: Engine>(secret: Secret, inbox: Inbox<E>) -> Router {
    Router::new()
        .route(PATH, post(receive::<E>))
        .with_state(Receiver { secret, inbox })
}

/// Answers within Altur's 10 s by doing nothing slow here: 200 once the
/// delivery is verified and stored (or was stored before), 400 when it is
/// not Altur's (the docs' advice), 503 when it could not be stored (Altur
/// retries later).
async fn receive<E: Engine>(
    State(inbox): State<Inbox<E>>,
    delivery: Result<Verified, Rejected>,
) -> Response {
    match delivery {
        Ok(delivery) => {
            let event_type = delivery.event.event_type().to_owned();
            let id = delivery.event.dedup_key().map(str::to_owned);
            let accepted = inbox.accept(delivery).await;
            match accepted.0 {
                Ok(Stored::New) => tracing::info!(event_type, id, "delivery accepted"),
                Ok(Stored::Duplicate) => {
                    tracing::info!(event_type, id, "repeated delivery dropped")
                }
                // Logged by the inbox, answered 503.
                Err(_) => {}
            }
            accepted.into_response()
        }
        // 400 with the reason (never the secret), 413 over the body limit.
        Err(refused) => {
            tracing::warn!(error = %refused, "delivery refused");
            refused.into_response()
        }
    }
}

/// The work on each event: here, `done` is handed the event and a line
/// saying what was processed. It runs after the answer, at least once per
/// event (its effect is outside the inbox's transaction): a crash between
/// the work and the inbox's mark does it again.
pub fn work<E: Engine>(done: impl Fn(&Event, String) + Send + Sync + 'static) -> impl Handler<E> {
    let done = std::sync::Arc::new(done);
    handler_fn(move |received: Received| {
        let done = done.clone();
        async move {
            done(&received.event, describe(&received));
            Ok(())
        }
    })
}

fn describe(received: &Received) -> String {
    match &received.event {
        Event::CallEnded(call) => format!(
            "processed {}: call ended after {} s",
            call.id,
            call.duration.unwrap_or_default()
        ),
        Event::CampaignStatusChanged(change) => format!(
            "processed {}: campaign {} is now {:?}",
            change.event_id, change.data.campaign.id, change.data.campaign.status
        ),
        Event::CampaignCycleCompleted(cycle) => format!(
            "processed {}: campaign {} finished cycle {:?}",
            cycle.event_id, cycle.data.campaign.id, cycle.data.cycle_iteration
        ),
        other => format!(
            "processed {}: {} (not handled)",
            other.dedup_key().unwrap_or("-"),
            other.event_type()
        ),
    }
}
