//! Retries, idempotency keys and the rate limit, over loopback: a request is
//! sent again only where the spec says repeating it cannot do something
//! twice, with the same idempotency key, after the wait the server asks for.

use std::time::{Duration, Instant};

use altur_api::types::{self, SendMessageBody};
use altur_api::{Client, ClientBuilder, Error};
use altur_api_tests::server::{Recorded, Reply, TestServer};
use altur_api_tests::workspace_root;

const KEY: &str = "sk_retry_3f9a";
const END_USER: &str = "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        workspace_root()
            .join("tests/fixtures/operations")
            .join(name),
    )
    .unwrap()
}

fn unavailable(extra_headers: &str) -> Reply {
    Reply::Raw(
        format!(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\ncontent-length: 13\r\n{extra_headers}connection: close\r\n\r\nupstream down"
        )
        .into_bytes(),
    )
}

fn too_many(retry_after: &str) -> Reply {
    let body = r#"{"message": "slow down!!"}"#;
    Reply::Raw(
        format!(
            "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\ncontent-length: {}\r\nretry-after: {retry_after}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

/// The connection closes once the request is read: a reset before any
/// response.
fn reset() -> Reply {
    Reply::Raw(Vec::new())
}

fn client(server: &TestServer) -> Client {
    client_with(&server.url, |builder| builder)
}

fn client_with(url: &str, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    configure(Client::builder().api_key(KEY).base_url(url))
        .build()
        .unwrap()
}

fn new_campaign() -> types::builder::NewCampaign {
    types::NewCampaign::builder()
        .name("Q2 Reactivation".parse::<types::NewCampaignName>().unwrap())
        .agent_id("agt_5b0f0c6e")
        .integration_id("int_9".to_owned())
}

fn keys(requests: &[Recorded]) -> Vec<Option<String>> {
    requests
        .iter()
        .map(|r| r.header("idempotency-key").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_post_with_an_idempotency_key_succeeds_after_503_503_with_one_key() {
    let server = TestServer::scripted(vec![
        unavailable(""),
        unavailable(""),
        Reply::json(201, fixture("campaign.json")),
    ])
    .await;
    let campaign = client(&server)
        .create_campaign()
        .body(new_campaign())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(campaign.campaign.unwrap().id, 1234);
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "503, 503, then 201");
    let sent = keys(&requests);
    let key = sent[0].clone().expect("a key is generated");
    assert!(uuid::Uuid::parse_str(&key).is_ok(), "{key}");
    assert!(sent.iter().all(|k| k.as_deref() == Some(&key)), "{sent:?}");

    // A second call gets a key of its own; a key the caller gives is kept.
    let again = TestServer::scripted(vec![
        unavailable(""),
        Reply::json(201, fixture("campaign.json")),
    ])
    .await;
    client(&again)
        .add_campaign_contacts()
        .id(1234)
        .idempotency_key("batch-2026-11-24-1")
        .body(types::AddCampaignContactsBody::builder().contacts(vec![]))
        .send()
        .await
        .ok();
    assert_eq!(
        keys(&again.requests()),
        [
            Some("batch-2026-11-24-1".into()),
            Some("batch-2026-11-24-1".into())
        ]
    );
}

#[tokio::test]
async fn send_message_answered_503_was_sent_exactly_once() {
    let server =
        TestServer::scripted(vec![unavailable(""), Reply::json(200, b"{}".to_vec())]).await;
    let error = client(&server)
        .send_message()
        .body(SendMessageBody::builder().content("hola"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.attempts(), 1);
    assert!(
        matches!(&error, Error::UnexpectedStatus { status, body, .. } if status.as_u16() == 503 && &body[..] == b"upstream down"),
        "{error:?}"
    );
    assert_eq!(server.requests()[0].header("idempotency-key"), None);
}

#[tokio::test]
async fn retry_after_holds_the_next_attempt_back() {
    let server = TestServer::scripted(vec![
        unavailable("retry-after: 1\r\n"),
        Reply::json(200, fixture("thread.json")),
    ])
    .await;
    let started = Instant::now();
    client(&server)
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at - requests[0].at;
    assert!(gap >= Duration::from_secs(1), "{gap:?}");
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_reset_before_the_response_is_retried_only_where_safe() {
    // GET: reset, then an answer.
    let server =
        TestServer::scripted(vec![reset(), Reply::json(200, fixture("thread.json"))]).await;
    client(&server)
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    // POST /call (not idempotent): the request was sent, then the
    // connection reset. Sending it again could start a second call.
    let server = TestServer::scripted(vec![reset(), Reply::json(200, fixture("call.json"))]).await;
    let error = client(&server)
        .start_call()
        .body(
            types::StartCallBody::builder()
                .agent_id(uuid::Uuid::from_u128(
                    0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11,
                ))
                .phone_number_to("+525512345678"),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 1, "{error}");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
}

#[tokio::test]
async fn when_retries_run_out_the_last_error_is_kept_whole_with_the_count() {
    let server = TestServer::scripted(vec![unavailable("")]).await;
    let error = client(&server)
        .retrieve_end_user()
        .id(END_USER)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        server.requests().len(),
        3,
        "the first attempt and 2 retries"
    );
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.body().map(|b| &b[..]), Some(&b"upstream down"[..]));
    assert!(matches!(
        error.last_attempt(),
        Error::UnexpectedStatus { .. }
    ));
    let text = error.to_string();
    assert!(text.ends_with("(gave up after 3 attempts)"), "{text}");

    // 0 turns retries off.
    let server = TestServer::scripted(vec![unavailable("")]).await;
    let client = client_with(&server.url, |b| b.max_retries(0));
    let error = client
        .retrieve_end_user()
        .id(END_USER)
        .send()
        .await
        .unwrap_err();
    assert_eq!((server.requests().len(), error.attempts()), (1, 1));

    // Nobody listening: refused every time, retried, then given up.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = client_with(&format!("http://127.0.0.1:{port}"), |b| b);
    let error = client
        .retrieve_end_user()
        .id(END_USER)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.attempts(), 3, "{error}");
    assert!(
        matches!(error.last_attempt(), Error::Connect { .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_final_429_is_a_typed_rate_limit_error_with_retry_after() {
    // A wait past the call's timeout is not waited: the 429 comes back at
    // once.
    let server = TestServer::scripted(vec![too_many("30")]).await;
    let error = client_with(&server.url, |b| b.timeout(Duration::from_secs(10)))
        .send_message()
        .body(SendMessageBody::builder().content("hola"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 1);
    let Error::RateLimited {
        retry_after,
        body,
        error: said,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(*retry_after, Some(Duration::from_secs(30)));
    assert_eq!(&body[..], br#"{"message": "slow down!!"}"#);
    assert_eq!(
        said.as_ref().map(|e| e.message.as_str()),
        Some("slow down!!")
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(
        error.to_string(),
        "the Altur API is rate limiting this client (429): slow down!!; it asks to wait 30 s"
    );

    // send_message, sent once after any other failure, is sent again after
    // a 429, which says nothing was done.
    let server = TestServer::scripted(vec![
        too_many("0"),
        Reply::json(
            200,
            std::fs::read(workspace_root().join("tests/fixtures/message_response.json")).unwrap(),
        ),
    ])
    .await;
    client(&server)
        .send_message()
        .body(SendMessageBody::builder().content("hola"))
        .send()
        .await
        .expect("sent again after the 429");
    assert_eq!(server.requests().len(), 2);

    // Retried, with Retry-After: 0, until the retries run out.
    let server = TestServer::scripted(vec![too_many("0")]).await;
    let error = client(&server)
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 3);
    assert!(
        matches!(error.last_attempt(), Error::RateLimited { retry_after: Some(wait), .. } if wait.is_zero()),
        "{error:?}"
    );

    // A wait longer than the client's timeout is not waited: the 429 is
    // returned at once.
    let server = TestServer::scripted(vec![
        too_many("30"),
        Reply::json(200, fixture("thread.json")),
    ])
    .await;
    let client = client_with(&server.url, |b| b.timeout(Duration::from_secs(2)));
    let started = Instant::now();
    let error = client
        .retrieve_thread()
        .id("thr_1")
        .send()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.requests().len(), 1);
    assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_calls_through_a_limit_of_ten_per_second_take_four_seconds_or_more() {
    let server = TestServer::replying(
        200,
        "application/json",
        &String::from_utf8(fixture("thread.json")).unwrap(),
    )
    .await;
    let client = client_with(&server.url, |b| {
        b.rate_limit(std::num::NonZeroU32::new(10).unwrap())
    });
    let started = Instant::now();
    // Five clones, ten calls each, at once: the limit is the client's, shared.
    let tasks: Vec<_> = (0..5)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                for _ in 0..10 {
                    client.retrieve_thread().id("thr_1").send().await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = started.elapsed();
    assert_eq!(server.requests().len(), 50);
    // Evenly spaced at ten per second: 49 intervals of 100 ms.
    assert!(elapsed >= Duration::from_millis(4900), "{elapsed:?}");
    let requests = server.requests();
    // Never more than ten in a second as the server counts them, by when
    // each arrived, however late the first arrived.
    let early = requests
        .iter()
        .filter(|r| r.at - requests[0].at < Duration::from_millis(1000))
        .count();
    assert!(early <= 10, "{early} requests in the first second");
}

/// `Client::request` (what `altur api` sends with) goes through the same
/// retries as the operations: a GET again after a 503; a POST once, unless
/// it carries an `Idempotency-Key`, which then goes again unchanged.
#[tokio::test]
async fn a_raw_request_is_sent_again_only_where_that_cannot_do_something_twice() {
    use reqwest::Method;
    use reqwest::header::{HeaderName, HeaderValue};
    let body = serde_json::json!({"name": "Q3"});
    let script = || vec![unavailable(""), Reply::json(200, r#"{"ok": true}"#)];

    let server = TestServer::scripted(script()).await;
    let answer = client(&server)
        .request(Method::GET, "/campaigns")
        .query("pageSize", "5")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.json().unwrap()["ok"], true);
    assert_eq!(server.requests().len(), 2);

    let server = TestServer::scripted(script()).await;
    let error = client(&server)
        .request(Method::POST, "/campaigns")
        .json(&body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error}");
    assert_eq!(error.attempts(), 1);
    assert_eq!(server.requests().len(), 1);

    // A 429 says nothing was done: sent again even so.
    let server =
        TestServer::scripted(vec![too_many("0"), Reply::json(200, r#"{"ok": true}"#)]).await;
    client(&server)
        .request(Method::POST, "/campaigns/7/pause")
        .send()
        .await
        .expect("sent again after the 429");
    assert_eq!(server.requests().len(), 2);

    let server = TestServer::scripted(script()).await;
    client(&server)
        .request(Method::POST, "/campaigns")
        .header(
            HeaderName::from_static("idempotency-key"),
            HeaderValue::from_static("q3-launch-1"),
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.header("idempotency-key"), Some("q3-launch-1"));
        assert_eq!(
            request.header("authorization"),
            Some(&*format!("api-key {KEY}"))
        );
        assert_eq!(request.json(), body);
    }
}
