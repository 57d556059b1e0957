//! A webhook receiver for Altur's deliveries, on axum and the crate's
//! inbox (`altur_api::webhook::inbox`): each verified delivery is stored,
//! once per event, before the 200 that Altur wants within 10 s; workers do
//! the work from the inbox, off the request path, with retries. Repeats
//! (Altur retries up to five times) are found in the inbox, across
//! restarts and replicas; a delivery acknowledged just before a crash is
//! worked on after the restart.
//!
//!     ALTUR_WEBHOOK_SECRET=... cargo run --example webhook_receiver
//!
//! `ALTUR_WEBHOOK_ADDR` sets where it listens (default 127.0.0.1:3000). The
//! inbox is the SQLite file `ALTUR_WEBHOOK_DB` (default
//! `altur-webhooks.sqlite3`), or, with `ALTUR_WEBHOOK_POSTGRES` set to a
//! URL (`postgres://user@host/db`), a Postgres database that any number of
//! replicas share. `ALTUR_WEBHOOK_LEASE` is how many seconds an event's
//! worker holds it before another may take it (60). Without a secret it
//! uses a demo one, and prints a signed delivery to send it with curl.

mod receiver;

use std::path::PathBuf;
use std::time::Duration;

use altur_api::webhook::inbox::postgres::tokio_postgres::NoTls;
use altur_api::webhook::inbox::{Engine, Inbox, Options};
use altur_api::webhook::{self, Secret};

/// For trying the example only: base64, as the dashboard's secrets are.
const DEMO_SECRET: &str = "ZGVtby1zZWNyZXQtZm9yLXRoZS1leGFtcGxlLW9ubHk=";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_target(false).init();
    let (secret, demo) = match std::env::var("ALTUR_WEBHOOK_SECRET") {
        Ok(secret) => (Secret::new(secret), false),
        Err(_) => (Secret::new(DEMO_SECRET), true),
    };
    let mut options = Options::default();
    if let Ok(lease) = std::env::var("ALTUR_WEBHOOK_LEASE") {
        options = options.lease(Duration::from_secs_f64(lease.parse()?));
    }
    match std::env::var("ALTUR_WEBHOOK_POSTGRES") {
        Ok(url) => {
            let inbox = Inbox::postgres(url.parse()?, NoTls, options).await?;
            serve(inbox, secret, demo).await
        }
        Err(_) => {
            let database = std::env::var_os("ALTUR_WEBHOOK_DB")
                .map(PathBuf::from)
                .unwrap_or_else(|| "altur-webhooks.sqlite3".into());
            serve(Inbox::sqlite(&database, options).await?, secret, demo).await
        }
    }
}

async fn serve<E: Engine>(
    inbox: Inbox<E>,
    secret: Secret,
    demo: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    let address = std::env::var("ALTUR_WEBHOOK_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    // The slow part (CRM updates, ...) happens here, after the answer: in
    // this example, a line per event.
    let _workers = inbox.start_workers(4, receiver::work(|_, line| println!("{line}")));
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
    axum::serve(listener, receiver::router(secret, inbox)).await?;
    Ok(())
}
