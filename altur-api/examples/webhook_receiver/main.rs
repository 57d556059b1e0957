//! A webhook receiver for Altur's deliveries, on axum: verifies each one,
//! answers within the 10 s Altur allows, and does the work in a task.
//!
//!     ALTUR_WEBHOOK_SECRET=... cargo run --example webhook_receiver
//!
//! `ALTUR_WEBHOOK_ADDR` sets where it listens (default 127.0.0.1:3000).
//! Without a secret it uses a demo one, and prints a signed delivery to send
//! it with curl.

mod receiver;

use altur_api::webhook::{self, Event, Secret};
use tokio::sync::mpsc;

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

    let (work, mut queue) = mpsc::channel::<Event>(1024);
    tokio::spawn(async move {
        // The slow part (CRM updates, ...) happens here, after the answer.
        while let Some(event) = queue.recv().await {
            match event {
                Event::CallEnded(call) => println!(
                    "call {} ended after {} s",
                    call.id,
                    call.duration.unwrap_or_default()
                ),
                Event::CampaignStatusChanged(change) => println!(
                    "campaign {} is now {:?}",
                    change.data.campaign.id, change.data.campaign.status
                ),
                Event::CampaignCycleCompleted(cycle) => println!(
                    "campaign {} finished cycle {:?}",
                    cycle.data.campaign.id, cycle.data.cycle_iteration
                ),
                other => println!("{} (not handled)", other.event_type()),
            }
        }
    });

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
    axum::serve(listener, receiver::router(secret, work)).await?;
    Ok(())
}
