//! Webhook deliveries on the wire: each attempt a POST that must be
//! answered 200 within the delivery timeout (Altur: 10 s), tried again up to
//! 5 more times with exponential backoff on the sandbox's clock (the docs
//! give no schedule; the sandbox's choice: 10 s, 20 s, 40 s, 80 s, 160 s).
//! Every attempt is kept with its delivery. What a delivery carries is made
//! by the rules (`rules/events.rs`).

use std::time::{Duration, Instant};

use altur_api::webhook;

use crate::engine::running::Running;
use crate::model::context::Ctx;
use crate::model::records::{Attempt, DeliveryState, Job};
use crate::model::state::State;

/// Attempts in all: the first and 5 retries, as the docs say.
pub const ATTEMPTS: usize = 6;
const FIRST_RETRY: chrono::Duration = chrono::Duration::seconds(10);

/// One attempt to make, away from the state's lock.
pub struct Sending {
    pub delivery: String,
    pub url: String,
    pub body: String,
    pub signature: String,
}

/// The endpoint's status, or why there is none, and how long it took.
pub type Answered = (Option<u16>, Option<String>, Duration);

/// The attempt a due `Deliver` job stands for, if its delivery is pending.
pub fn due(state: &State, delivery: &str) -> Option<Sending> {
    let d = state.deliveries.get(delivery)?;
    (d.state == DeliveryState::Pending).then(|| Sending {
        delivery: d.id.clone(),
        url: d.endpoint.clone(),
        body: d.body.clone(),
        signature: d.signature.clone(),
    })
}

/// Sends one attempt.
pub async fn send(running: &Running, sending: &Sending) -> Answered {
    let started = Instant::now();
    let result = running
        .http
        .post(&sending.url)
        .header("content-type", "application/json")
        .header(webhook::SIGNATURE_HEADER, &sending.signature)
        .body(sending.body.clone())
        .send()
        .await;
    let elapsed = started.elapsed();
    match result {
        Ok(response) if response.status().as_u16() == 200 => (Some(200), None, elapsed),
        Ok(response) => {
            let status = response.status().as_u16();
            (
                Some(status),
                Some(format!("answered {status}, not 200")),
                elapsed,
            )
        }
        Err(e) if e.is_timeout() => (
            None,
            Some(format!(
                "no answer within {} s",
                running.delivery_timeout.as_secs_f64()
            )),
            elapsed,
        ),
        Err(e) => (None, Some(chain(&e)), elapsed),
    }
}

/// Records an attempt's result; schedules the next attempt if it failed and
/// attempts are left.
pub fn record(ctx: &Ctx, state: &mut State, delivery: &str, (status, error, elapsed): Answered) {
    let Some(d) = state.deliveries.get_mut(delivery) else {
        return;
    };
    d.attempts.push(Attempt {
        at: ctx.now,
        status,
        error: error.clone(),
        elapsed_ms: elapsed.as_millis() as u64,
    });
    let attempts = d.attempts.len();
    tracing::info!(
        target: "altur_sandbox::webhooks",
        delivery = %d.id,
        event_type = %d.event_type,
        endpoint = %d.endpoint,
        attempt = attempts,
        status = status.map_or("-".to_owned(), |s| s.to_string()),
        error = error.as_deref().unwrap_or(""),
        "delivery attempt"
    );
    if status == Some(200) {
        d.state = DeliveryState::Delivered;
    } else if attempts >= ATTEMPTS {
        d.state = DeliveryState::Failed;
    } else {
        let wait = FIRST_RETRY * (1 << (attempts - 1));
        state.schedule(
            ctx.now + wait,
            Job::Deliver {
                delivery: delivery.to_owned(),
            },
        );
    }
}

/// The error and its causes, one after another (reqwest's own message is
/// terse; what went wrong is further down).
fn chain(e: &reqwest::Error) -> String {
    std::iter::successors(Some(e as &dyn std::error::Error), |e| e.source())
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}
