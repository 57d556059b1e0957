//! A webhook receiver for Altur's deliveries, on axum: verifies each one,
//! stores it in SQLite before answering 200 within the 10 s Altur allows,
//! and does the work from the store in a task. Duplicates (Altur retries
//! up to five times) are found in the store, across restarts; a delivery
//! acknowledged just before a crash is worked on after the restart.
//!
//!     ALTUR_WEBHOOK_SECRET=... cargo run --example webhook_receiver
//!
//! `ALTUR_WEBHOOK_ADDR` sets where it listens (default 127.0.0.1:3000),
//! `ALTUR_WEBHOOK_DB` the SQLite file (default `altur-webhooks.sqlite3`).
//! Without a secret it uses a demo one, and prints a signed delivery to send
//! it with curl.

mod receiver;
mod store;

use std::path::PathBuf;
use std::sync::Arc;

use altur_api::webhook::{self, Event, Secret};
use tokio::sync::Notify;

/// For trying the example only: base64, as the dashboard's secrets are.
const DEMO_SECRET: &str = "ZGVtby1zZWNyZXQtZm9yLXRoZS1leGFtcGxlLW9ubHk=";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_target(false).init();
    let (secret, demo) = match std::env::var("ALTUR_WEBHOOK_SECRET") {
        Ok(secret) => (Secret::new(secret), false),
        Err(_) => (Secret::new(DEMO_SECRET), true),
    };
    let address = std::env::var("ALTUR_WEBHOOK_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let database = std::env::var_os("ALTUR_WEBHOOK_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| "altur-webhooks.sqlite3".into());

    let store = store::Store::open(&database)?;
    let stored = Arc::new(Notify::new());
    // The slow part (CRM updates, ...) happens here, after the answer.
    tokio::spawn(receiver::work(
        secret.clone(),
        store.clone(),
        stored.clone(),
        |event| match &event {
            Event::CallEnded(call) => println!(
                "processed {}: call ended after {} s",
                call.id,
                call.duration.unwrap_or_default()
            ),
            Event::CampaignStatusChanged(change) => println!(
                "processed {}: campaign {} is now {:?}",
                change.event_id, change.data.campaign.id, change.data.campaign.status
            ),
            Event::CampaignCycleCompleted(cycle) => println!(
                "processed {}: campaign {} finished cycle {:?}",
                cycle.event_id, cycle.data.campaign.id, cycle.data.cycle_iteration
            ),
            other => println!(
                "processed {}: {} (not handled)",
                other.dedup_key().unwrap_or("-"),
                other.event_type()
            ),
        },
    ));

    let listener = tokio::net::TcpListener::bind(&address).await?;
    let url = format!("http://{}{}", listener.local_addr()?, receiver::PATH);
    println!("receiving Altur's webhooks at {url}");
    if demo {
        let body = r#"{"event_type":"on_call_end","id":"cll_demo","duration":42}"#;
        let signature = webhook::sign(&secret, body.as_bytes())?;
        println!(
            "ALTUR_WEBHOOK_SECRET is not set: using a demo secret. Try:\n  \
             curl -i -H 'X-Altur-Signature: {signature}' -H 'Content-Type: application/json' \
             --data '{body}' {url}"
        );
    }
    axum::serve(listener, receiver::router(secret, store, stored)).await?;
    Ok(())
}
