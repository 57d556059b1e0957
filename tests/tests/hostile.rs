//! Servers that misbehave: every one gives a typed error, never a panic,
//! never the key, and keeps what arrived.

use std::time::Duration;

use altur_api::{Client, Error};
use altur_api_tests::server::{Reply, TestServer};

const KEY: &str = "sk_hostile_0a1b2c3d";

fn client_for(url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(url)
        .timeout(Duration::from_secs(5))
        .max_response_bytes(64 * 1024)
        .build()
        .expect("loopback")
}

async fn send(url: &str) -> Error {
    let error = client_for(url)
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("hi".to_owned()))
        .send()
        .await
        .expect_err("a hostile server makes the call fail");
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#}"),
    ] {
        assert!(!text.contains(KEY), "key leaked: {text}");
    }
    assert!(
        !error.to_string().contains('\n'),
        "Display is one line: {error}"
    );
    error
}

fn raw(head_and_body: &str) -> Reply {
    Reply::Raw(head_and_body.as_bytes().to_vec())
}

/// A server that sends `response` and closes: the error must be
/// IncompleteBody with status 200 and exactly `received`.
async fn breaks_off(response: &'static str, received: &[u8]) {
    let server = TestServer::start(move |_| raw(response)).await;
    let error = send(&server.url).await;
    let Error::IncompleteBody {
        status,
        received: got,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((status.as_u16(), &got[..]), (200, received));
}

#[tokio::test]
async fn a_body_shorter_than_its_content_length() {
    breaks_off(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"thread\":",
        b"{\"thread\":",
    )
    .await;
}

#[tokio::test]
async fn a_connection_closed_mid_chunked_body() {
    breaks_off(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{\"thr\r\n",
        b"{\"thr",
    )
    .await;
}

#[tokio::test]
async fn a_declared_length_no_allocator_can_give_is_not_reserved() {
    // With the limit lifted, a Content-Length of a petabyte passes its
    // check; the body must then be read as it comes, not into a buffer of
    // the declared length (which the allocator refuses: the process would
    // abort).
    let sent = "x".repeat(300 * 1024);
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{sent}",
        1u64 << 50
    );
    let server = TestServer::start(move |_| raw(&response)).await;
    let error = Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .timeout(Duration::from_secs(5))
        .max_response_bytes(u64::MAX)
        .build()
        .unwrap()
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("hi".to_owned()))
        .send()
        .await
        .expect_err("the body ends short of its declared length");
    let Error::IncompleteBody {
        status, received, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((status.as_u16(), received.len()), (200, sent.len()));
}

#[tokio::test]
async fn invalid_utf8_is_a_decode_error_keeping_the_bytes() {
    let body: &[u8] = b"{\"messages\":\"\xff\xfe\"}";
    let server = TestServer::start(move |_| Reply::json(200, body)).await;
    let error = send(&server.url).await;
    let Error::Decode {
        status,
        body: raw,
        source,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((status.as_u16(), &raw[..]), (200, body));
    assert!(source.to_string().contains("unicode"), "{source}");
}

#[tokio::test]
async fn an_empty_200_body() {
    // Send Message's documented body is all optional, so an empty one can
    // stand: the call succeeded, and says nothing more.
    let server = TestServer::replying(200, "application/json", "").await;
    let response = client_for(&server.url)
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("hi".to_owned()))
        .send()
        .await
        .unwrap();
    assert!(response.thread.is_none() && response.messages.is_empty());

    // An empty body where the type cannot stand empty (a list) is no success.
    let server = TestServer::replying(200, "application/json", "").await;
    let error = client_for(&server.url)
        .get_messages()
        .thread_id("thr_1")
        .send()
        .await
        .unwrap_err();
    let Error::Decode {
        status,
        body,
        source,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((status.as_u16(), body.len()), (200, 0));
    assert!(source.is_eof());
    assert!(
        error.to_string().contains("accepted the request"),
        "{error}"
    );
}

#[tokio::test]
async fn html_502_and_503_pages() {
    for status in [502u16, 503] {
        let page = format!("<html><title>{status}</title><body>upstream down</body></html>");
        let server = TestServer::replying(status, "text/html; charset=utf-8", &page).await;
        let error = send(&server.url).await;
        // An HTML page says nothing in the API's words: no error read.
        let Error::UnexpectedStatus {
            status: got,
            content_type,
            body,
            error: None,
        } = &error
        else {
            panic!("{error:?}")
        };
        assert_eq!(got.as_u16(), status);
        assert_eq!(content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert_eq!(&body[..], page.as_bytes());
    }
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_request_timeout() {
    let server = TestServer::start(|_| Reply::Silence).await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error = client
        .send_message()
        .body(altur_api::types::SendMessageBody::builder())
        .send()
        .await;
    assert!(matches!(error, Err(Error::Timeout { .. })), "{error:?}");
}

/// A transport error names the operation and the spec's path, and holds no
/// URL, whose filled path (an id, a phone number) a log should not get: not
/// in its `Display`, its `Debug`, nor any error of its chain.
#[tokio::test]
async fn a_transport_error_names_the_operation_and_never_the_filled_path() {
    const ID: &str = "thr_5215512345678";
    let refused = format!("http://127.0.0.1:{}", free_port());
    let silent = TestServer::start(|_| Reply::Silence).await;
    let broken =
        TestServer::start(|_| raw("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"id\"")).await;
    for url in [refused, silent.url.clone(), broken.url.clone()] {
        let client = Client::builder()
            .api_key(KEY)
            .base_url(&url)
            .timeout(Duration::from_millis(500))
            .max_retries(0)
            .build()
            .unwrap();
        let error = client.retrieve_thread().id(ID).send().await.unwrap_err();
        assert!(
            matches!(
                error,
                Error::Connect { .. } | Error::Timeout { .. } | Error::IncompleteBody { .. }
            ),
            "{error:?}"
        );
        let operation = error.operation().expect("a transport error's operation");
        assert_eq!(
            (operation.id(), operation.method(), operation.path()),
            ("retrieve_thread", "GET", "/thread/{id}")
        );
        let line = error.to_string();
        println!("{line}");
        assert!(
            line.contains("retrieve_thread (GET /thread/{id})"),
            "{line}"
        );
        let mut texts = vec![line, format!("{error:?}")];
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            texts.extend([cause.to_string(), format!("{cause:?}")]);
            source = cause.source();
        }
        for text in texts {
            assert!(!text.contains(ID) && !text.contains("for url"), "{text}");
        }
    }
}

/// A port nothing listens on: bound, noted, closed.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn connection_refused_and_an_unresolvable_name() {
    let error = send(&format!("http://127.0.0.1:{}", free_port())).await;
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .starts_with("cannot connect to the Altur API"),
        "{error}"
    );

    // `.invalid` never resolves (RFC 6761); https, so no loopback exception.
    let error = send("https://altur-api-test.invalid").await;
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
}

#[tokio::test]
async fn a_response_over_the_limit_is_refused_unread() {
    // Declared up front...
    let big = "x".repeat(200 * 1024);
    let server = TestServer::replying(200, "application/json", &big).await;
    let error = send(&server.url).await;
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 65536, .. }),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));

    // ...or only found out while streaming.
    let mut chunked = String::from("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n");
    for _ in 0..100 {
        chunked.push_str(&format!("{:x}\r\n{}\r\n", 4096, "y".repeat(4096)));
    }
    chunked.push_str("0\r\n\r\n");
    let server = TestServer::start(move |_| raw(&chunked)).await;
    let error = send(&server.url).await;
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 65536, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_endless_body_stops_at_the_limit() {
    // Were the client to read on, this test would never end.
    let server = TestServer::start(|_| Reply::Endless).await;
    let error = send(&server.url).await;
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 65536, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_redirect_to_another_host_does_not_carry_the_key() {
    let target = TestServer::replying(
        401,
        "application/json",
        r#"{"error":401,"message":"no key"}"#,
    )
    .await;
    let other_host = target.url.replace("127.0.0.1", "localhost");
    let location = format!("{other_host}/message");
    let origin = TestServer::start(move |_| {
        raw(&format!(
            "HTTP/1.1 307 Temporary Redirect\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n"
        ))
    })
    .await;
    let error = send(&origin.url).await;
    assert!(matches!(error, Error::Api { .. }), "{error:?}");
    assert_eq!(
        origin.requests()[0].header("authorization"),
        Some(format!("api-key {KEY}").as_str())
    );
    let followed = target.requests();
    assert_eq!(followed.len(), 1, "the redirect was followed");
    assert_eq!(
        followed[0].header("authorization"),
        None,
        "the key followed the redirect"
    );
}

#[tokio::test]
async fn a_redirect_off_tls_is_refused() {
    let origin = TestServer::start(|_| {
        raw("HTTP/1.1 302 Found\r\nlocation: http://example.com/message\r\ncontent-length: 0\r\n\r\n")
    })
    .await;
    let error = send(&origin.url).await;
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(
        error.to_string().contains("not https and not loopback"),
        "{error}"
    );
}
