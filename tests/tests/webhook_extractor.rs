//! `webhook::axum::Verified` in a router served on loopback, sent
//! deliveries over HTTP: signed by Python as Altur signs them (200, the
//! event decoded), forged, damaged, oversized, without a signature, and of
//! an event type the crate does not know (still 200, `Event::Unknown`).

use altur_api::webhook::axum::Verified;
use altur_api::webhook::{Event, SIGNATURE_HEADER, Secret};
use altur_api_tests::python;
use altur_api_tests::workspace_root;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::post;

const SECRET: &str = "c2VjcmV0LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY3ODk=";
/// Small enough that a test need not send megabytes to pass it.
const LIMIT: usize = 16 * 1024;

fn delivery(name: &str) -> Vec<u8> {
    std::fs::read(workspace_root().join("tests/fixtures/webhooks").join(name)).unwrap()
}

/// Answers what it extracted: the event type, and `unknown` for an event
/// the crate does not know.
async fn handler(delivery: Verified) -> String {
    match delivery.event {
        Event::Unknown { event_type, .. } => format!("unknown {event_type}"),
        event => format!("{} {}", event.event_type(), delivery.body.len()),
    }
}

async fn serve() -> String {
    let router = Router::new()
        .route("/hooks", post(handler))
        .layer(DefaultBodyLimit::max(LIMIT))
        .with_state(Secret::new(SECRET));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

async fn post_delivery(url: &str, signature: Option<&str>, body: Vec<u8>) -> (u16, String) {
    let mut request = reqwest::Client::new().post(url).body(body);
    if let Some(signature) = signature {
        request = request.header(SIGNATURE_HEADER, signature);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn python_signed(body: &[u8]) -> String {
    python::sign(SECRET, &[body.to_vec()])[0]
        .current
        .clone()
        .expect("Python signs JSON")
}

#[tokio::test]
async fn a_python_signed_delivery_is_extracted_and_decoded() {
    let url = serve().await;
    for name in [
        "on_call_end.json",
        "campaign_status_changed.json",
        "campaign_cycle_completed.json",
    ] {
        let body = delivery(name);
        let length = body.len();
        let (status, text) = post_delivery(&url, Some(&python_signed(&body)), body).await;
        assert_eq!(status, 200, "{name}: {text}");
        let event_type = text.split(' ').next().unwrap();
        assert!(
            !event_type.is_empty() && event_type != "unknown",
            "{name}: {text}"
        );
        assert_eq!(
            text,
            format!("{event_type} {length}"),
            "{name}: the body as received"
        );
    }
}

#[tokio::test]
async fn an_unknown_event_type_is_still_200_and_unknown() {
    let url = serve().await;
    let body = delivery("unknown_event.json");
    let (status, text) = post_delivery(&url, Some(&python_signed(&body)), body).await;
    assert_eq!(status, 200, "{text}");
    assert!(text.starts_with("unknown "), "{text}");
}

#[tokio::test]
async fn forged_damaged_and_unsigned_deliveries_are_400_with_a_reason_and_no_secret() {
    let url = serve().await;
    let body = delivery("on_call_end.json");
    let signature = python_signed(&body);
    let forged = python::sign(
        "YW5vdGhlci1zZWNyZXQtYWx0b2dldGhlci0wMTIzNDU=",
        std::slice::from_ref(&body),
    )[0]
    .current
    .clone()
    .unwrap();
    let mut damaged = body.clone();
    let at = damaged.iter().position(|&b| b == b'+').unwrap();
    damaged[at] = b'-';
    for (what, signature, body, reason) in [
        (
            "forged",
            Some(forged.as_str()),
            body.clone(),
            "does not match the body",
        ),
        (
            "damaged",
            Some(signature.as_str()),
            damaged,
            "does not match the body",
        ),
        (
            "missing header",
            None,
            body.clone(),
            "has no x-altur-signature header",
        ),
        (
            "malformed header",
            Some("not a digest"),
            body.clone(),
            "neither a base64 nor a hex",
        ),
    ] {
        let (status, text) = post_delivery(&url, signature, body).await;
        assert_eq!(status, 400, "{what}: {text}");
        assert!(text.contains(reason), "{what}: {text}");
        assert!(!text.contains(SECRET), "{what}: the secret in the answer");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let url = serve().await;
    let mut body = delivery("on_call_end.json");
    // Still JSON, and signed: only its size is wrong.
    body.truncate(body.iter().rposition(|&b| b == b'}').unwrap());
    body.extend_from_slice(format!(r#", "padding": "{}"}}"#, "x".repeat(LIMIT)).as_bytes());
    let signature = python_signed(&body);
    let (status, text) = post_delivery(&url, Some(&signature), body).await;
    assert_eq!(status, 413, "{text}");
    assert!(!text.contains(SECRET));
}
