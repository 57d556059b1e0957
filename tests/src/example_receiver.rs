//! The crate's example webhook receiver (altur-api/examples/webhook_receiver),
//! served on loopback in the test's process, with its SQLite store where the
//! test says: what the receiver tests and the CLI's `webhooks` tests deliver to.

#[path = "../../altur-api/examples/webhook_receiver/receiver.rs"]
mod receiver;

use std::path::Path;
use std::sync::Arc;

use altur_api::webhook::{Event, Secret};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;

use crate::store::Store;

/// A running example receiver; it serves until the runtime ends.
pub struct ExampleReceiver {
    /// Where Altur would deliver: the receiver's path on its loopback port.
    pub url: String,
    /// Each event, as the receiver's work takes it up.
    pub worked: mpsc::UnboundedReceiver<Event>,
    /// The server; finished only if it stopped serving.
    pub server: JoinHandle<std::io::Result<()>>,
}

/// Serves the example receiver with `secret`, storing deliveries in
/// `database`.
pub async fn serve(secret: &str, database: &Path) -> ExampleReceiver {
    let secret = Secret::new(secret);
    let store = Store::open(database).expect("open the receiver's store");
    let stored = Arc::new(Notify::new());
    let (work, worked) = mpsc::unbounded_channel::<Event>();
    tokio::spawn(receiver::work(
        secret.clone(),
        store.clone(),
        stored.clone(),
        move |event| {
            let _ = work.send(event);
        },
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!(
        "http://{}{}",
        listener.local_addr().expect("local addr"),
        receiver::PATH
    );
    let server = tokio::spawn(async move {
        axum::serve(listener, receiver::router(secret, store, stored)).await
    });
    ExampleReceiver {
        url,
        worked,
        server,
    }
}
