//! What a request logs through `tracing`, and what it never logs.

use altur_api::Client;
use altur_api_tests::captured;
use altur_api_tests::server::TestServer;

const KEY: &str = "sk_traced_77e1";
const RESPONSE: &str = include_str!("../fixtures/message_response.json");

async fn logged(log_bodies: bool) -> String {
    let server = TestServer::replying(200, "application/json", RESPONSE).await;
    let (captured, _guard) = captured::install(tracing::Level::TRACE);
    let client = Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .log_bodies(log_bodies)
        .build()
        .unwrap();
    client
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("secret plans".to_owned()))
        .send()
        .await
        .expect("200");
    captured.text()
}

#[tokio::test]
async fn each_request_logs_operation_method_path_status_and_time() {
    let log = logged(false).await;
    let line = log
        .lines()
        .find(|l| l.contains("altur_api: request"))
        .unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("DEBUG"), "{line}");
    for field in [
        "operation=\"send_message\"",
        "method=POST",
        "path=/message",
        "status=200",
        "elapsed_ms=",
    ] {
        assert!(line.contains(field), "{field} missing from: {line}");
    }
    assert!(!log.contains(KEY), "the key was logged: {log}");
    assert!(
        !log.contains("secret plans") && !log.contains("Your order ships"),
        "a body was logged: {log}"
    );
}

#[tokio::test]
async fn bodies_are_logged_only_when_asked() {
    let log = logged(true).await;
    assert!(
        log.contains("request body") && log.contains("secret plans"),
        "{log}"
    );
    assert!(
        log.contains("response body") && log.contains("Your order ships tomorrow"),
        "{log}"
    );
    assert!(!log.contains(KEY), "the key was logged: {log}");
}
