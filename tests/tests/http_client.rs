//! `ClientBuilder::http_client`: a `reqwest::Client` of the user's, here one
//! that goes through an HTTP proxy on loopback. Every call passes through
//! the proxy, and what the crate owns still holds: the key and user agent
//! on every request, retries, the size limit, the whole-call timeout, the
//! rate limit, the base URL check; the key in no Debug output.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use altur_api::{Client, ClientBuilder, ConfigError, Error};
use altur_api_tests::proxy::RecordingProxy;
use altur_api_tests::server::{Reply, TestServer};
use altur_api_tests::workspace_root;

const KEY: &str = "sk_proxied_5d1c";

fn thread() -> Vec<u8> {
    std::fs::read(workspace_root().join("tests/fixtures/operations/thread.json")).unwrap()
}

/// What a service builds for itself: a proxy, its own user agent and
/// default header, a long timeout of its own.
fn users_client(proxy: &RecordingProxy) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-service", "billing".parse().unwrap());
    reqwest::Client::builder()
        .proxy(reqwest::Proxy::http(&proxy.url).unwrap())
        .user_agent("billing-service/2.1")
        .default_headers(headers)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

fn builder(proxy: &RecordingProxy, server: &TestServer) -> ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .http_client(users_client(proxy))
}

fn client(proxy: &RecordingProxy, server: &TestServer) -> Client {
    builder(proxy, server).build().unwrap()
}

#[tokio::test]
async fn every_call_goes_through_the_users_client_with_the_crates_key_and_user_agent() {
    let proxy = RecordingProxy::start().await;
    let server = TestServer::replying(
        200,
        "application/json",
        &String::from_utf8(thread()).unwrap(),
    )
    .await;
    let client = client(&proxy, &server);
    for id in ["thr_1", "thr_2"] {
        client.retrieve_thread().id(id).send().await.unwrap();
    }
    // A POST too (its answer, a thread, decodes leniently; the route is
    // what is checked here).
    let _ = client
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("hola"))
        .send()
        .await;

    let passed = proxy.passed();
    let reached = server.requests();
    assert_eq!(passed.len(), 3, "{passed:#?}");
    assert_eq!(reached.len(), 3);
    let authority = server.url.trim_start_matches("http://");
    for (through, arrived) in passed.iter().zip(&reached) {
        // The absolute form: the request was sent to the proxy, for the server.
        assert!(
            through.path.starts_with(&format!("http://{authority}/")),
            "{}",
            through.path
        );
        assert_eq!(
            through
                .path
                .trim_start_matches(&format!("http://{authority}")),
            arrived.path
        );
        for request in [through, arrived] {
            assert_eq!(
                request.header("authorization"),
                Some(&*format!("api-key {KEY}"))
            );
            assert_eq!(request.header("user-agent"), Some(altur_api::USER_AGENT));
            assert_eq!(
                request.header("x-service"),
                Some("billing"),
                "the user's own header"
            );
            let keys = request
                .headers
                .iter()
                .filter(|(n, _)| n == "authorization")
                .count();
            assert_eq!(keys, 1, "one key: {:?}", request.headers);
        }
    }
}

#[tokio::test]
async fn retries_still_hold_through_the_users_client() {
    let proxy = RecordingProxy::start().await;
    let unavailable = Reply::Raw(
        b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\nconnection: close\r\n\r\ndown"
            .to_vec(),
    );
    let server = TestServer::scripted(vec![
        unavailable.clone(),
        unavailable,
        Reply::json(200, thread()),
    ])
    .await;
    client(&proxy, &server)
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap();
    assert_eq!(proxy.passed().len(), 3);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn the_size_limit_still_holds_through_the_users_client() {
    let proxy = RecordingProxy::start().await;
    let server = TestServer::replying(
        200,
        "application/json",
        &String::from_utf8(thread()).unwrap(),
    )
    .await;
    let error = builder(&proxy, &server)
        .max_response_bytes(64)
        .build()
        .unwrap()
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 64, .. }),
        "{error:?}"
    );
    assert_eq!(proxy.passed().len(), 1);
}

#[tokio::test]
async fn the_whole_call_timeout_is_the_crates_not_the_users_clients() {
    let proxy = RecordingProxy::start().await;
    let server = TestServer::start(|_| Reply::Silence).await;
    let started = Instant::now();
    let error = builder(&proxy, &server)
        .timeout(Duration::from_millis(400))
        .build()
        .unwrap()
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    // The user's client would have waited 60 s.
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    assert_eq!(proxy.passed().len(), 1);
}

#[tokio::test]
async fn the_rate_limit_still_holds_through_the_users_client() {
    let proxy = RecordingProxy::start().await;
    let server = TestServer::replying(
        200,
        "application/json",
        &String::from_utf8(thread()).unwrap(),
    )
    .await;
    let client = builder(&proxy, &server)
        .rate_limit(NonZeroU32::new(10).unwrap())
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..15 {
        client.retrieve_thread().id("thr_1").send().await.unwrap();
    }
    // Evenly spaced at ten per second: 14 intervals of 100 ms.
    assert!(
        started.elapsed() >= Duration::from_millis(1400),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(proxy.passed().len(), 15);
}

#[tokio::test]
async fn the_base_url_is_still_checked_and_the_key_is_in_no_debug_output() {
    let proxy = RecordingProxy::start().await;
    let error = Client::builder()
        .api_key(KEY)
        .base_url("http://api.altur.io/api/v1.0")
        .http_client(users_client(&proxy))
        .build()
        .unwrap_err();
    assert!(
        matches!(error, ConfigError::InsecureBaseUrl { .. }),
        "{error:?}"
    );

    let builder = Client::builder()
        .api_key(KEY)
        .http_client(users_client(&proxy));
    assert!(!format!("{builder:?}").contains(KEY), "{builder:?}");
    let client = builder.build().unwrap();
    assert!(!format!("{client:?}").contains(KEY), "{client:?}");
}
