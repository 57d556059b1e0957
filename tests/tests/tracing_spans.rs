//! The calls' spans as a service exports them: tracing-opentelemetry into
//! the OpenTelemetry SDK's in-memory exporter. One span per call, retries
//! inside it, with the HTTP client attributes of the semantic conventions
//! (their constants, not names copied here) and their values for a
//! success, a retried 503 and a 404; no key, body or filled path anywhere.

use std::collections::BTreeMap;

use altur_api::Client;
use altur_api_tests::server::{Reply, TestServer};
use altur_api_tests::workspace_root;
use opentelemetry::trace::{SpanKind, Status, TracerProvider as _};
use opentelemetry::{KeyValue, Value};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider, SpanData};
use opentelemetry_semantic_conventions::attribute::{
    ERROR_TYPE, HTTP_REQUEST_METHOD, HTTP_REQUEST_RESEND_COUNT, HTTP_RESPONSE_STATUS_CODE,
    SERVER_ADDRESS, SERVER_PORT, URL_TEMPLATE,
};
use tracing_subscriber::layer::SubscriberExt;

const KEY: &str = "sk_spanned_0b7e";
/// In the filled path only: it must not reach the trace.
const THREAD_ID: &str = "thr_private_5512345678";
const OPERATION_ID: &str = "altur.operation_id";

fn thread() -> Vec<u8> {
    std::fs::read(workspace_root().join("tests/fixtures/operations/thread.json")).unwrap()
}

/// Runs one `retrieve_thread` against `server` and returns the spans exported.
async fn exported(server: &TestServer) -> (Result<(), altur_api::Error>, Vec<SpanData>) {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter.clone())
        .build();
    // The layer's own attributes (code location, thread, busy time, target) off, so
    // that what is left is exactly the crate's.
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("tests"))
        .with_location(false)
        .with_threads(false)
        .with_tracked_inactivity(false)
        .with_target(false);
    let subscriber = tracing_subscriber::registry().with(layer);
    let result = {
        let _guard = tracing::subscriber::set_default(subscriber);
        let client = Client::builder()
            .api_key(KEY)
            .base_url(&server.url)
            .build()
            .unwrap();
        client
            .retrieve_thread()
            .id(THREAD_ID)
            .send()
            .await
            .map(drop)
    };
    provider.force_flush().unwrap();
    (result, exporter.get_finished_spans().unwrap())
}

fn attributes(span: &SpanData) -> BTreeMap<String, Value> {
    span.attributes
        .iter()
        .map(|KeyValue { key, value, .. }| (key.to_string(), value.clone()))
        .collect()
}

fn port(server: &TestServer) -> i64 {
    url::Url::parse(&server.url).unwrap().port().unwrap().into()
}

/// Nothing the caller or the server sent, in the span or its events.
fn holds_no_secret(span: &SpanData) {
    let mut texts = vec![span.name.to_string()];
    let event_attributes = span.events.iter().flat_map(|event| {
        std::iter::once(event.name.to_string())
            .chain(event.attributes.iter().map(|kv| kv.value.to_string()))
    });
    texts.extend(span.attributes.iter().map(|kv| kv.value.to_string()));
    texts.extend(event_attributes);
    for text in texts {
        for secret in [KEY, THREAD_ID, "Ana López", "not found here"] {
            assert!(!text.contains(secret), "{secret:?} in {text:?}");
        }
    }
}

fn the_one_span(spans: &[SpanData]) -> &SpanData {
    assert_eq!(spans.len(), 1, "one span per call: {spans:#?}");
    let span = &spans[0];
    assert_eq!(span.name, "GET /thread/{id}");
    assert_eq!(span.span_kind, SpanKind::Client);
    holds_no_secret(span);
    span
}

#[tokio::test]
async fn a_success_is_one_client_span_with_the_conventions_attributes() {
    let server = TestServer::start(|_| Reply::json(200, thread())).await;
    let (result, spans) = exported(&server).await;
    result.unwrap();
    let span = the_one_span(&spans);
    let expected: BTreeMap<String, Value> = [
        (HTTP_REQUEST_METHOD, Value::from("GET")),
        (SERVER_ADDRESS, Value::from("127.0.0.1")),
        (SERVER_PORT, Value::from(port(&server))),
        (URL_TEMPLATE, Value::from("/thread/{id}")),
        (HTTP_RESPONSE_STATUS_CODE, Value::from(200_i64)),
        (OPERATION_ID, Value::from("retrieve_thread")),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value))
    .collect();
    assert_eq!(attributes(span), expected);
    assert_eq!(span.status, Status::Unset);
}

#[tokio::test]
async fn a_retried_503_is_one_span_with_its_resend_count_and_the_wait_inside() {
    let unavailable = Reply::Raw(
        b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\nconnection: close\r\n\r\ndown"
            .to_vec(),
    );
    let server = TestServer::scripted(vec![unavailable, Reply::json(200, thread())]).await;
    let (result, spans) = exported(&server).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);
    let span = the_one_span(&spans);
    let attributes = attributes(span);
    assert_eq!(attributes[HTTP_REQUEST_RESEND_COUNT], Value::from(1_i64));
    assert_eq!(attributes[HTTP_RESPONSE_STATUS_CODE], Value::from(200_i64));
    assert!(!attributes.contains_key(ERROR_TYPE), "{attributes:?}");
    let names: Vec<&str> = span.events.iter().map(|e| &*e.name).collect();
    assert!(
        names.contains(&"retrying after a passing failure"),
        "the retry and its wait are events of the call's span: {names:?}"
    );
    // The numbers of the events are numbers once exported (tracing-
    // opentelemetry turns a `u64` into a string): each attempt's `request`
    // event, and the retry's.
    let numbers = |name: &str| -> Vec<BTreeMap<String, Value>> {
        span.events
            .iter()
            .filter(|event| event.name == name)
            .map(|event| {
                event
                    .attributes
                    .iter()
                    .map(|KeyValue { key, value, .. }| (key.to_string(), value.clone()))
                    .collect()
            })
            .collect()
    };
    let attempts = numbers("request");
    assert_eq!(attempts.len(), 2, "{:#?}", span.events);
    for (n, (event, status)) in attempts.iter().zip([503_i64, 200]).enumerate() {
        assert_eq!(event["status"], Value::I64(status), "{event:?}");
        assert_eq!(event["attempt"], Value::I64(n as i64 + 1), "{event:?}");
        assert!(matches!(event["elapsed_ms"], Value::F64(_)), "{event:?}");
    }
    let retry = &numbers("retrying after a passing failure")[0];
    assert_eq!(retry["status"], Value::I64(503), "{retry:?}");
    assert_eq!(retry["attempt"], Value::I64(1), "{retry:?}");
    assert!(matches!(retry["wait_ms"], Value::I64(_)), "{retry:?}");
}

#[tokio::test]
async fn a_404_sets_the_status_code_and_error_type() {
    let server = TestServer::start(|_| {
        Reply::json(
            404,
            br#"{"error": "NOT_FOUND", "message": "not found here"}"#.to_vec(),
        )
    })
    .await;
    let (result, spans) = exported(&server).await;
    assert!(result.is_err());
    let span = the_one_span(&spans);
    let attributes = attributes(span);
    assert_eq!(attributes[HTTP_RESPONSE_STATUS_CODE], Value::from(404_i64));
    assert_eq!(attributes[ERROR_TYPE], Value::from("404"));
    assert!(!attributes.contains_key(HTTP_REQUEST_RESEND_COUNT));
    assert!(
        matches!(span.status, Status::Error { .. }),
        "{:?}",
        span.status
    );
}
