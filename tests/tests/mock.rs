//! The typed mocks a user gets with the `mock` feature.

use altur_api::Client;
use altur_api::mock::MockServerExt;
use altur_api::mock::httpmock::MockServer;
use altur_api::types::{Error as ApiError, MessageResponse, SendMessageBody};

const RESPONSE: &str = include_str!("../fixtures/message_response.json");

#[tokio::test]
async fn a_typed_mock_answers_the_generated_client() {
    let server = MockServer::start_async().await;
    let body = SendMessageBody::try_from(
        SendMessageBody::builder()
            .agent_id(Some(uuid::Uuid::from_u128(1)))
            .end_user_id(Some(uuid::Uuid::from_u128(2)))
            .content(Some("hola".to_owned())),
    )
    .unwrap();
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

    let not_found = server.send_message(|when, then| {
        when.body(&SendMessageBody::default());
        then.not_found(&ApiError {
            error: Some(404.into()),
            message: "no such agent".into(),
            code: None,
            current_status: None,
            field: None,
            valid_targets: Vec::new(),
        });
    });
    let error = client
        .send_message()
        .body(SendMessageBody::default())
        .send()
        .await
        .expect_err("404");
    not_found.assert_async().await;
    assert_eq!(
        error.api_error().map(|e| e.message.as_str()),
        Some("no such agent")
    );
}
