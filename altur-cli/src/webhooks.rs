//! `altur webhooks verify | listen | trigger`: Altur's deliveries checked,
//! received and sent on this machine, on `altur_api::webhook`.

use std::io::IsTerminal;
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
    /// ALTUR_WEBHOOK_SECRET, print a line a person reads per event (on a
    /// terminal; piped, its event as a JSON line, the person's line on
    /// standard error), answer 200 (400 to one that does not verify)
    #[command(
        after_help = "Deliveries come only where they are sent: start the sandbox with \
        `altur sandbox --webhook-url http://127.0.0.1:3000/` (the port of --port), or for the \
        real API, set this URL (through a tunnel that reaches this machine) as the webhook URL \
        in Altur's dashboard, whose secret goes in ALTUR_WEBHOOK_SECRET. `altur webhooks \
        trigger` sends one by hand."
    )]
    Listen {
        /// The port to listen on
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Pass each verified delivery on, unchanged, to this URL, and
        /// answer with what it answers
        #[arg(long, value_name = "URL")]
        forward_to: Option<String>,
        /// Pass the deliveries of one event to a URL of its own
        /// (`--forward on_call_end=http://127.0.0.1:8081/calls`), before
        /// --forward-to; repeat it for each event
        #[arg(long, value_name = "EVENT=URL", value_parser = route)]
        forward: Vec<(String, String)>,
    },
    /// Send a signed sample delivery of an event (made from its payload
    /// schema in the spec), or a payload of your own, and print the
    /// endpoint's answer
    Trigger {
        /// The event to send
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(events()),
              required_unless_present = "payload")]
        event: Option<String>,
        /// Change a field of the sample (`--set data.campaign.id=1234`),
        /// checked against the event's payload schema; repeat it for each
        /// field
        #[arg(long = "set", value_name = "PATH=VALUE", value_parser = crate::overrides::parse,
              requires = "event")]
        overrides: Vec<crate::overrides::Override>,
        /// Sign and send this JSON file (`-` for standard input) instead of
        /// a sample, as it is
        #[arg(long, value_name = "FILE", conflicts_with = "event")]
        payload: Option<PathBuf>,
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
            Command::Listen {
                port,
                forward_to,
                forward,
            } => listen(secret, port, forward_to, forward).await,
            Command::Trigger {
                event,
                overrides,
                payload,
                forward_to,
                scheme,
            } => {
                let (event, body) = match (event, payload) {
                    (_, Some(file)) => own_payload(&file)?,
                    (Some(event), None) => (event.clone(), sample(&event, &overrides)?),
                    (None, None) => {
                        return Err(Failure::Usage("name an event, or give --payload".into()));
                    }
                };
                trigger(&secret, &event, body, &forward_to, scheme).await
            }
        }
    }
}

/// The events the spec has a payload schema for.
fn events() -> impl Iterator<Item = &'static str> {
    samples::WEBHOOK_SAMPLES.iter().map(|(event, _, _)| *event)
}

/// `--forward EVENT=URL`.
fn route(text: &str) -> std::result::Result<(String, String), String> {
    let (event, url) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not EVENT=URL"))?;
    if !events().any(|known| known == event) {
        return Err(format!(
            "`{event}` is not an event; the events are {}",
            events().collect::<Vec<_>>().join(", ")
        ));
    }
    Ok((event.to_owned(), url.to_owned()))
}

/// A URL to send deliveries to, or what is wrong with it (a scheme left
/// out, as `127.0.0.1:3000`, reads as a URL of scheme `127.0.0.1`).
fn target(raw: &str) -> Result<reqwest::Url> {
    if !raw.contains("://") {
        return Err(Failure::Usage(format!(
            "`{raw}` has no scheme: write http://{raw}"
        )));
    }
    reqwest::Url::parse(raw).map_err(|e| Failure::Usage(format!("`{raw}` is not a URL: {e}")))
}

/// Why a request to `url` got no answer, in words: reqwest says "error
/// sending request" and keeps the cause in its sources.
fn unanswered(url: &reqwest::Url, error: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = Some(error);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::ConnectionRefused
        {
            return format!(
                "nothing is listening at {url} (connection refused): start the receiver \
                 first, or check the address and port"
            );
        }
        source = cause.source();
    }
    let mut why = error.to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        why = format!("{why}: {inner}");
        cause = inner.source();
    }
    format!("cannot send to {url}: {why}")
}

/// The sample of `event`, with `overrides` applied.
fn sample(event: &str, overrides: &[crate::overrides::Override]) -> Result<String> {
    let (_, sample, schema) = samples::WEBHOOK_SAMPLES
        .iter()
        .find(|(name, _, _)| *name == event)
        .ok_or_else(|| Failure::Usage(format!("no sample of the event `{event}`")))?;
    let body = sample.replace(samples::UNIQUE, &unique());
    if overrides.is_empty() {
        return Ok(body);
    }
    let bad = |e: serde_json::Error| Failure::Usage(format!("the sample of `{event}`: {e}"));
    let mut payload: Value = serde_json::from_str(&body).map_err(bad)?;
    let schema: Value = serde_json::from_str(schema).map_err(bad)?;
    for set in overrides {
        crate::overrides::apply(&mut payload, &schema, set).map_err(|why| {
            Failure::Usage(format!(
                "--set {}={}: in the {event} payload, {why}",
                set.path, set.value
            ))
        })?;
    }
    serde_json::to_string(&payload).map_err(bad)
}

/// A payload file as it is, and its event (its `event_type`, else the
/// older pages' `type`).
fn own_payload(file: &std::path::Path) -> Result<(String, String)> {
    let name = file.display();
    let body =
        crate::input::read_to_string(file).map_err(|e| Failure::Usage(format!("{name}: {e}")))?;
    let payload: Value = serde_json::from_str(&body)
        .map_err(|e| Failure::Usage(format!("{name}: not JSON: {e}")))?;
    let event = ["event_type", "type"]
        .iter()
        .find_map(|key| payload.get(key)?.as_str())
        .unwrap_or("(no event_type)")
        .to_owned();
    Ok((event, body))
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
    client: reqwest::Client,
    /// Where each event goes, before `forward_to`.
    routes: Vec<(String, reqwest::Url)>,
    forward_to: Option<reqwest::Url>,
}

async fn listen(
    secret: Secret,
    port: u16,
    forward_to: Option<String>,
    forward: Vec<(String, String)>,
) -> Result<()> {
    let mut routes: Vec<(String, reqwest::Url)> = Vec::new();
    for (event, url) in forward {
        if routes.iter().any(|(known, _)| *known == event) {
            return Err(Failure::Usage(format!(
                "--forward names `{event}` twice: one URL per event"
            )));
        }
        routes.push((event, target(&url)?));
    }
    let forward_to = forward_to.as_deref().map(target).transpose()?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| Failure::Network(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    let address = listener
        .local_addr()
        .map_err(|e| Failure::Network(e.to_string()))?;
    eprintln!("listening for Altur's webhook deliveries on http://{address}/");
    let state = Arc::new(Listener {
        secret,
        client: http_client()?,
        routes,
        forward_to,
    });
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
    let json = event_json(&event);
    let said = said(&json);
    if std::io::stdout().is_terminal() {
        print_line(&said);
    } else {
        match serde_json::to_string(&json) {
            Ok(line) => print_line(&line),
            Err(e) => eprintln!("cannot print the event: {e}"),
        }
        eprintln!("{said}");
    }
    let route = listener
        .routes
        .iter()
        .find(|(event_type, _)| event_type == event.event_type())
        .map(|(_, url)| url);
    let Some(url) = route.or(listener.forward_to.as_ref()) else {
        return (StatusCode::OK, "ok\n".into());
    };
    let mut request = listener.client.post(url.clone()).body(body);
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
            let why = unanswered(url, &e);
            eprintln!("cannot forward: {why}");
            (StatusCode::BAD_GATEWAY, format!("cannot forward: {why}\n"))
        }
    }
}

/// An event as a person reads it: for a call, which call, which contact
/// (your own id, `campaign_user.f_id`, as `contacts import --map f_id=...`
/// sent it, and the name) and how it went; for a campaign, which and what
/// changed. Read off the event's JSON, so a field missing is left out.
fn said(event: &Value) -> String {
    let payload = &event["payload"];
    let text = |value: &Value| crate::output::text(value).filter(|text| !text.is_empty());
    let kind = event["event_type"].as_str().unwrap_or("event");
    if payload.get("campaign_user").is_some() || kind == "on_call_end" {
        let mut line = format!(
            "call {}",
            text(&payload["id"]).unwrap_or_else(|| "?".into())
        );
        if let Some(to) = text(&payload["phone_number_to"]) {
            line.push_str(&format!(" to {to}"));
        }
        let user = &payload["campaign_user"];
        if let Some(who) = joined(
            [
                text(&user["f_id"]),
                text(&user["name"]).map(|name| format!("“{name}”")),
            ],
            " ",
        ) {
            line.push_str(&format!(", contact {who}"));
        }
        if let Some(how) = joined(
            [
                text(&payload["status"]),
                text(&payload["answered_by"]).map(|by| format!("answered by {by}")),
                text(&payload["duration"]).map(|s| format!("{s} s")),
            ],
            ", ",
        ) {
            line.push_str(&format!(": {how}"));
        }
        return line;
    }
    let campaign = &payload["data"]["campaign"];
    if let Some(id) = text(&campaign["id"]) {
        let name = text(&campaign["name"])
            .map(|name| format!(" “{name}”"))
            .unwrap_or_default();
        let status = match (
            text(&campaign["previous_status"]),
            text(&campaign["status"]),
        ) {
            (Some(before), Some(now)) => format!(": {before} → {now}"),
            (None, Some(now)) => format!(": {now}"),
            _ => String::new(),
        };
        return format!("{kind}: campaign {id}{name}{status}");
    }
    format!("{kind} {}", text(&event["dedup_key"]).unwrap_or_default())
}

/// The parts there are, joined by `separator`; `None` where there is none.
fn joined(parts: impl IntoIterator<Item = Option<String>>, separator: &str) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(separator))
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

async fn trigger(
    secret: &Secret,
    event: &str,
    body: String,
    url: &str,
    scheme: Scheme,
) -> Result<()> {
    let url = target(url)?;
    let signature = match scheme {
        Scheme::Current => webhook::sign(secret, body.as_bytes())
            .map_err(|e| Failure::Usage(format!("cannot sign with {SECRET_ENV}: {e}")))?,
        Scheme::Legacy => webhook::sign_legacy(secret, body.as_bytes()),
    };
    let response = http_client()?
        .post(url.clone())
        .header("content-type", "application/json")
        .header(SIGNATURE_HEADER, signature)
        .body(body)
        .send()
        .await
        .map_err(|e| Failure::Network(unanswered(&url, &e)))?;
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
