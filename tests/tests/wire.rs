//! The client against a real HTTP server on loopback: what goes out, and
//! what it makes of what comes back.

use altur_api::types::{MessageSentBy, MessageType, TagColor};
use altur_api::{Client, Error};
use altur_api_tests::server::{Reply, TestServer};

const KEY: &str = "sk_test_5f1e8c0d9b7a";
const AGENT: &str = "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11";
const END_USER: &str = "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f";
const RESPONSE: &str = include_str!("../fixtures/message_response.json");

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .build()
        .expect("loopback http is allowed")
}

async fn send(server: &TestServer) -> Result<altur_api::types::MessageResponse, Error> {
    client(server)
        .send_message()
        .body(
            altur_api::types::SendMessageBody::builder()
                .agent_id(AGENT.parse::<uuid::Uuid>().unwrap())
                .end_user_id(END_USER.parse::<uuid::Uuid>().unwrap())
                .content("When does my order ship?".to_owned()),
        )
        .send()
        .await
        .map(|response| response.into_inner())
}

/// The response with `from` replaced by `to` (which must occur).
fn response_with(from: &str, to: &str) -> String {
    assert!(RESPONSE.contains(from), "fixture has {from}");
    RESPONSE.replacen(from, to, 1)
}

#[tokio::test]
async fn sends_the_documented_request() {
    let server = TestServer::replying(200, "application/json", RESPONSE).await;
    send(&server).await.expect("200 decodes");

    let requests = server.requests();
    assert_eq!(requests.len(), 1, "exactly one request, no retry");
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/message")
    );
    assert_eq!(
        request.header("authorization"),
        Some(format!("api-key {KEY}").as_str())
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("user-agent"), Some(altur_api::USER_AGENT));
    assert!(altur_api::USER_AGENT.starts_with("altur-api-rust/0."));
    insta::assert_snapshot!(
        "send_message_request_body",
        String::from_utf8_lossy(&request.body)
    );
}

#[tokio::test]
async fn decodes_a_200() {
    let server = TestServer::replying(200, "application/json", RESPONSE).await;
    let response = send(&server).await.expect("200 decodes");
    assert_eq!(response.messages[0].sent_by, MessageSentBy::Ai);
    assert_eq!(
        response.in_response_to.as_ref().map(|m| &m.type_),
        Some(&MessageType::Text)
    );
    let end_user = response
        .thread
        .as_ref()
        .and_then(|t| t.end_user.as_ref())
        .expect("end_user");
    assert_eq!(end_user.id.to_string(), END_USER);
    insta::assert_debug_snapshot!("send_message_200_decoded", response);
}

#[tokio::test]
async fn documented_error_statuses_decode_to_the_spec_error() {
    for status in [400u16, 401, 404] {
        let body = format!(r#"{{"error": {status}, "message": "nope {status}"}}"#);
        let server = TestServer::replying(status, "application/json", &body).await;
        let error = send(&server).await.expect_err("an error status");
        let Error::Api {
            status: got,
            error: api,
            ..
        } = &error
        else {
            panic!("{status}: expected Error::Api, got {error:?}");
        };
        assert_eq!(got.as_u16(), status);
        assert!(
            matches!(api.error, Some(altur_api::types::ErrorError::Int32(n)) if n == i32::from(status)),
            "{api:?}"
        );
        assert_eq!(api.message, format!("nope {status}"));
        assert_eq!(api.code(), None, "a number is no code");
        assert_eq!(
            error.to_string(),
            format!("Altur API error {got}: nope {status} (error {status})")
        );
    }
}

/// A body of the documented shape whose `message` is blank says what went
/// wrong elsewhere, or nothing: the error's message is never blank (a case
/// the arbitrary-response property test found, 400 with `{"message": ""}`).
#[tokio::test]
async fn a_blank_message_is_read_like_any_other_shape() {
    for (body, expected) in [
        (
            r#"{"message": ""}"#,
            "Bad Request (the body has no message)",
        ),
        (
            r#"{"message": "  ", "detail": "agent_id is required", "code": "MISSING"}"#,
            "agent_id is required",
        ),
    ] {
        let server = TestServer::replying(400, "application/json", body).await;
        let error = send(&server).await.expect_err("an error status");
        let Error::Api {
            error: api,
            body: kept,
            ..
        } = &error
        else {
            panic!("{body}: expected Error::Api, got {error:?}");
        };
        assert_eq!(api.message, expected, "{body}");
        assert_eq!(&kept[..], body.as_bytes());
    }
}

#[tokio::test]
async fn an_undocumented_status_keeps_status_and_body() {
    let server = TestServer::replying(418, "application/json", r#"{"tea":true}"#).await;
    let error = send(&server).await.expect_err("418");
    assert!(matches!(error, Error::UnexpectedStatus { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(error.body().map(|b| &b[..]), Some(&br#"{"tea":true}"#[..]));
}

#[tokio::test]
async fn an_html_error_page_keeps_status_and_body() {
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = TestServer::replying(502, "text/html", page).await;
    let error = send(&server).await.expect_err("502");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(error.body().map(|b| &b[..]), Some(page.as_bytes()));
    assert_eq!(
        error.to_string(),
        format!(
            "Altur API answered with undocumented status 502 Bad Gateway (text/html, {} bytes)",
            page.len()
        )
    );

    // A documented error status with an HTML body: the typed error, with
    // the status's reason for a message, and the page kept.
    let server = TestServer::replying(404, "text/html", page).await;
    let error = send(&server).await.expect_err("404");
    assert!(
        matches!(&error, Error::Api { error, .. } if error.message == "Not Found (the body has no message)"),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.body().map(|b| &b[..]), Some(page.as_bytes()));
}

#[tokio::test]
async fn malformed_json_keeps_status_body_and_position() {
    let body = &RESPONSE[..RESPONSE.len() / 2];
    let server = TestServer::replying(200, "application/json", body).await;
    let error = send(&server).await.expect_err("truncated JSON");
    let Error::Decode {
        status,
        body: raw,
        source,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 200);
    assert_eq!(&raw[..], body.as_bytes());
    assert!(source.is_eof(), "{source}");
    assert!(
        error.to_string().starts_with(
            "the Altur API accepted the request (200 OK), but its answer does not decode"
        ),
        "{error}"
    );
}

#[tokio::test]
async fn unknown_enum_values_decode_and_serialize_back_unchanged() {
    let body = response_with(r#""type": "text""#, r#""type": "sticker""#)
        .replacen(r#""color": "purple""#, r#""color": "black""#, 1)
        .replacen(r#""sent_by": "AI""#, r#""sent_by": "BOT""#, 1);
    let server = TestServer::replying(200, "application/json", &body).await;
    let response = send(&server).await.expect("unknown enum values decode");

    let message = &response.messages[0];
    assert_eq!(message.type_, MessageType::Unknown("sticker".into()));
    assert_eq!(message.sent_by, MessageSentBy::Unknown("BOT".into()));
    let tag = &response.thread.as_ref().unwrap().tags[0];
    assert_eq!(tag.color, TagColor::Unknown("black".into()));
    // Known values stay typed variants.
    assert_eq!(
        response.in_response_to.as_ref().unwrap().sent_by,
        MessageSentBy::Eu
    );

    let json = serde_json::to_value(&response).unwrap();
    assert_eq!(json["messages"][0]["type"], "sticker");
    assert_eq!(json["messages"][0]["sent_by"], "BOT");
    assert_eq!(json["thread"]["tags"][0]["color"], "black");
    assert_eq!(json["in_response_to"]["sent_by"], "EU");
    assert_eq!(message.type_.to_string(), "sticker");
    assert_eq!(
        "BOT".parse::<MessageSentBy>().unwrap(),
        MessageSentBy::Unknown("BOT".into())
    );
}

#[tokio::test]
async fn extra_fields_nulls_and_an_end_user_without_integration_decode() {
    let body = response_with(
        r#""read": false"#,
        r#""read": null, "media": null, "reaction": "👍""#,
    )
    .replacen(r#""thread": {"#, r#""thread": {"priority": 3, "#, 1);
    let sent: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(sent["thread"]["end_user"].get("integration").is_none());
    let server = TestServer::replying(200, "application/json", &body).await;
    let response = send(&server).await.expect("decodes");
    assert_eq!(response.messages[0].read, None);
    assert_eq!(response.messages[0].media, None);
    // The fixture's end_user has `integration_type` and no `integration`.
    let end_user = response.thread.unwrap().end_user.unwrap();
    assert_eq!(end_user.display_name, "Ana Pérez");
}

#[tokio::test]
async fn a_200_missing_a_required_field_is_a_decode_error() {
    let body = response_with(r#""sent_by": "AI","#, "");
    let server = TestServer::replying(200, "application/json", &body).await;
    let error = send(&server).await.expect_err("sent_by is required");
    let Error::Decode {
        source, body: raw, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(
        // Where, then what: the first message lacks it.
        source
            .to_string()
            .starts_with("messages[0].sent_by: missing field `sent_by` at line 26"),
        "{source}"
    );
    assert_eq!(&raw[..], body.as_bytes());
}

#[tokio::test]
async fn the_key_appears_in_no_debug_or_error_output() {
    let server = TestServer::start(|_| {
        Reply::Raw(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n{\"a\"".to_vec())
    })
    .await;
    let client = client(&server);
    let error = send(&server).await.expect_err("broken");
    for text in [
        format!("{client:?}"),
        format!("{error:?}"),
        error.to_string(),
        format!("{:?}", Client::builder().api_key(KEY)),
    ] {
        assert!(!text.contains(KEY), "key leaked into: {text}");
    }
}
