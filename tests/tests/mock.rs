//! The typed mocks a user gets with the `mock` feature.

use altur_api::Client;
use altur_api::mock::MockServerExt;
use altur_api::mock::httpmock::MockServer;
use altur_api::types::{Error as ApiError, MessageResponse, SendMessageBody};
use altur_api_tests::built;

const RESPONSE: &str = include_str!("../fixtures/message_response.json");

#[tokio::test]
async fn a_typed_mock_answers_the_generated_client() {
    let server = MockServer::start_async().await;
    let body: SendMessageBody = built(
        SendMessageBody::builder()
            .agent_id(uuid::Uuid::from_u128(1))
            .end_user_id(uuid::Uuid::from_u128(2))
            .content("hola"),
    );
    let canned: MessageResponse = serde_json::from_str(RESPONSE).unwrap();
    let mock = server.send_message(|when, then| {
        when.body(&body);
        then.ok(&canned);
    });

    let client = Client::builder()
        .api_key("k")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let response = client
        .send_message()
        .body(body.clone())
        .send()
        .await
        .expect("the mock answers");
    mock.assert_async().await;
    assert_eq!(response.messages[0].content, canned.messages[0].content);

    let unknown_agent = || SendMessageBody::builder().content("hola");
    let not_found = server.send_message(|when, then| {
        when.body(&built(unknown_agent()));
        then.not_found(&built::<ApiError, _>(
            ApiError::builder().error(404).message("no such agent"),
        ));
    });
    let error = client
        .send_message()
        .body(unknown_agent())
        .send()
        .await
        .expect_err("404");
    not_found.assert_async().await;
    assert_eq!(
        error.api_error().map(|e| e.message.as_str()),
        Some("no such agent")
    );
}

/// A request no mock matches is its own error, not the API's 404: a test of
/// "an unknown agent gives 404" cannot pass with no mock at all.
#[tokio::test]
async fn an_unmatched_request_is_no_mock_matched_not_an_api_404() {
    let server = MockServer::start_async().await;
    let client = Client::builder()
        .api_key("k")
        .base_url(server.base_url())
        .build()
        .unwrap();
    // A mock for another body than the one sent.
    let other = server.send_message(|when, then| {
        when.body(&built(SendMessageBody::builder().content("other")));
        then.ok(&built::<MessageResponse, _>(MessageResponse::builder()));
    });
    for error in [
        client
            .send_message()
            .body(SendMessageBody::builder().content("hola"))
            .send()
            .await
            .map(drop)
            .unwrap_err(),
        client
            .retrieve_end_user()
            .id("0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f")
            .send()
            .await
            .map(drop)
            .unwrap_err(),
    ] {
        assert!(
            matches!(error, altur_api::Error::NoMockMatched),
            "{error:?}"
        );
        assert_eq!(error.status(), None);
        assert!(error.api_error().is_none());
        assert!(
            error.to_string().starts_with("no mock matched the request"),
            "{error}"
        );
    }
    other.assert_calls_async(0).await;
    // The API's own 404, mocked, stays `Error::Api`: the test above.
}
