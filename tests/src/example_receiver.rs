//! The crate's example webhook receiver (altur-api/examples/webhook_receiver),
//! served on loopback in the test's process, with its inbox in the SQLite
//! file the test says: what the receiver tests and the CLI's `webhooks`
//! tests deliver to.

#[path = "../../altur-api/examples/webhook_receiver/receiver.rs"]
mod receiver;

use std::path::Path;

use altur_api::webhook::inbox::{Inbox, Options};
use altur_api::webhook::{Event, Secret};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// A running example receiver; it serves until the runtime ends.
pub struct ExampleReceiver {
    /// Where Altur would deliver: the receiver's path on its loopback port.
    pub url: String,
    /// Each event, as the receiver's work takes it up.
    pub worked: mpsc::UnboundedReceiver<Event>,
    /// The server (and the inbox's workers); finished only if it stopped
    /// serving.
    pub server: JoinHandle<std::io::Result<()>>,
}

/// Serves the example receiver with `secret`, its inbox in `database`.
pub async fn serve(secret: &str, database: &Path) -> ExampleReceiver {
    let secret = Secret::new(secret);
    let inbox = Inbox::sqlite(database, Options::default())
        .await
        .expect("open the receiver's inbox");
    let (work, worked) = mpsc::unbounded_channel::<Event>();
    let workers = inbox.start_workers(
        1,
        receiver::work(move |event, _| {
            let _ = work.send(event.clone());
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!(
        "http://{}{}",
        listener.local_addr().expect("local addr"),
        receiver::PATH
    );
    let server = tokio::spawn(async move {
        let served = axum::serve(listener, receiver::router(secret, inbox)).await;
        drop(workers);
        served
    });
    ExampleReceiver {
        url,
        worked,
        server,
    }
}
