//! `altur webhooks verify | listen | trigger`: Altur's deliveries checked,
//! received and sent on this machine, on `altur_api::webhook`.

use std::path::PathBuf;
use std::sync::Arc;

use altur_api::webhook::{self, Event, SIGNATURE_HEADER, Secret};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{Value, json};

use crate::failure::{Failure, Result};
use crate::globals::{Globals, SECRET_ENV};
use crate::output::print_line;

mod samples {
    include!(concat!(env!("OUT_DIR"), "/webhook_samples.rs"));
}

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Verify one delivery with the secret in ALTUR_WEBHOOK_SECRET; print its
    /// event as JSON, or why it was refused
    Verify {
        /// The delivery's body as received: a file, or `-` for standard input
        #[arg(default_value = "-", value_name = "BODY-FILE")]
        body: PathBuf,
        /// The value of the delivery's X-Altur-Signature header
        #[arg(long)]
        signature: String,
    },
    /// Receive deliveries on 127.0.0.1: verify each with the secret in
    /// ALTUR_WEBHOOK_SECRET, print its event as a JSON line, answer 200 (400
    /// to one that does not verify)
    Listen {
        /// The port to listen on
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Pass each verified delivery on, unchanged, to this URL, and
        /// answer with what it answers
        #[arg(long, value_name = "URL")]
        forward_to: Option<String>,
    },
    /// Send a signed sample delivery of an event (made from its payload
    /// schema in the spec) and print the endpoint's answer
    Trigger {
        /// The event to send
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(
            samples::WEBHOOK_SAMPLES.iter().map(|(event, _)| *event)))]
        event: String,
        /// The endpoint to send it to
        #[arg(long, value_name = "URL")]
        forward_to: String,
        /// How to sign: Altur's current scheme (HMAC-SHA256 with the
        /// base64-decoded secret, base64) or the older one (the secret's
        /// bytes, over the raw body, hex)
        #[arg(long, value_enum, default_value_t = Scheme::Current)]
        scheme: Scheme,
    },
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Scheme {
    Current,
    Legacy,
}

impl Command {
    pub async fn run(self, _: &Globals) -> Result<()> {
        let secret = secret()?;
        match self {
            Command::Verify { body, signature } => {
                let body = crate::input::read(&body)
                    .map_err(|e| Failure::Usage(format!("{}: {e}", body.display())))?;
                let event = webhook::verify(&secret, Some(signature.as_bytes()), &body)
                    .map_err(|e| Failure::Refused(format!("refused: {e}")))?;
                crate::output::Output::plain_json().json(&event_json(&event));
                Ok(())
            }
            Command::Listen { port, forward_to } => listen(secret, port, forward_to).await,
            Command::Trigger {
                event,
                forward_to,
                scheme,
            } => trigger(&secret, &event, &forward_to, scheme).await,
        }
    }
}

fn secret() -> Result<Secret> {
    match std::env::var(SECRET_ENV) {
        Ok(secret) if !secret.is_empty() => Ok(Secret::new(secret)),
        _ => Err(Failure::Usage(format!(
            "{SECRET_ENV} is not set: export the webhook secret from Altur's dashboard in it"
        ))),
    }
}

/// The event as the crate decoded it.
fn event_json(event: &Event) -> Value {
    let payload = match event {
        Event::CallEnded(call) => serde_json::to_value(call),
        Event::CampaignStatusChanged(change) => serde_json::to_value(change),
        Event::CampaignCycleCompleted(cycle) => serde_json::to_value(cycle),
        Event::Unknown { payload, .. } => Ok(payload.clone()),
        _ => Ok(Value::Null),
    };
    json!({
        "event_type": event.event_type(),
        "dedup_key": event.dedup_key(),
        "payload": payload.unwrap_or(Value::Null),
    })
}

fn http_client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Failure::Network(format!("cannot make an HTTP client: {e}")))
}

struct Listener {
    secret: Secret,
    forward: Option<(reqwest::Client, String)>,
}

async fn listen(secret: Secret, port: u16, forward_to: Option<String>) -> Result<()> {
    let forward = match forward_to {
        Some(url) => Some((http_client()?, url)),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| Failure::Network(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    let address = listener
        .local_addr()
        .map_err(|e| Failure::Network(e.to_string()))?;
    eprintln!("listening for Altur's webhook deliveries on http://{address}/");
    let state = Arc::new(Listener { secret, forward });
    let app = axum::Router::new()
        .fallback(axum::routing::post(deliver))
        .with_state(state);
    axum::serve(listener, app)
        .await
        .map_err(|e| Failure::Network(format!("the listener stopped: {e}")))
}

async fn deliver(
    State(listener): State<Arc<Listener>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    let signature = headers.get(SIGNATURE_HEADER).map(|v| v.as_bytes());
    let event = match webhook::verify(&listener.secret, signature, &body) {
        Ok(event) => event,
        Err(e) => {
            eprintln!("refused a delivery: {e}");
            return (StatusCode::BAD_REQUEST, format!("refused: {e}\n"));
        }
    };
    match serde_json::to_string(&event_json(&event)) {
        Ok(line) => print_line(&line),
        Err(e) => eprintln!("cannot print the event: {e}"),
    }
    let Some((client, url)) = &listener.forward else {
        return (StatusCode::OK, "ok\n".into());
    };
    let mut request = client.post(url).body(body);
    for (name, value) in &headers {
        if !is_hop_by_hop(name.as_str()) {
            request = request.header(name, value);
        }
    }
    match request.send().await {
        Ok(response) => {
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            eprintln!("forwarded to {url}: {status}");
            let status = StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            (status, text)
        }
        Err(e) => {
            eprintln!("cannot forward to {url}: {e}");
            (StatusCode::BAD_GATEWAY, format!("cannot forward: {e}\n"))
        }
    }
}

/// New on each call (the time in nanoseconds, in hex), so that a receiver
/// that drops repeats takes each triggered delivery as new.
fn unique() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{nanos:x}")
}

fn is_hop_by_hop(name: &str) -> bool {
    matches!(
        name,
        "host" | "content-length" | "connection" | "transfer-encoding" | "keep-alive"
    )
}

async fn trigger(secret: &Secret, event: &str, url: &str, scheme: Scheme) -> Result<()> {
    let (_, sample) = samples::WEBHOOK_SAMPLES
        .iter()
        .find(|(name, _)| *name == event)
        .ok_or_else(|| Failure::Usage(format!("no sample of the event `{event}`")))?;
    let body = sample.replace(samples::UNIQUE, &unique());
    let signature = match scheme {
        Scheme::Current => webhook::sign(secret, body.as_bytes())
            .map_err(|e| Failure::Usage(format!("cannot sign with {SECRET_ENV}: {e}")))?,
        Scheme::Legacy => webhook::sign_legacy(secret, body.as_bytes()),
    };
    let response = http_client()?
        .post(url)
        .header("content-type", "application/json")
        .header(SIGNATURE_HEADER, signature)
        .body(body)
        .send()
        .await
        .map_err(|e| Failure::Network(format!("cannot send to {url}: {e}")))?;
    let status = response.status();
    let answer = response
        .text()
        .await
        .map_err(|e| Failure::Network(format!("the answer of {url} broke off: {e}")))?;
    crate::output::Output::plain_json().json(&json!({
        "event_type": event,
        "status": status.as_u16(),
        "body": answer,
    }));
    if status.is_success() {
        Ok(())
    } else {
        Err(Failure::Refused(format!("{url} answered {status}")))
    }
}
