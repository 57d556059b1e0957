//! The generated builders' setters take what a person would pass, and say in
//! words which field could not take a value, before anything is sent.

use altur_api::mock::MockServerExt;
use altur_api::mock::httpmock::MockServer;
use altur_api::types::{
    CampaignContactStatus, ListCampaignContactsResponse, MessageResponse, SendMessageBody,
};
use altur_api::{Client, Error};
use altur_api_tests::built;

const AGENT: &str = "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11";
const END_USER: &str = "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key("k")
        .base_url(server.base_url())
        .build()
        .unwrap()
}

#[tokio::test]
async fn strings_and_bare_values_are_sent_as_the_typed_values_would_be() {
    let server = MockServer::start_async().await;
    // The typed values themselves, not the text the setters convert.
    let expected: SendMessageBody = built(
        SendMessageBody::builder()
            .agent_id(AGENT.parse::<uuid::Uuid>().unwrap())
            .end_user_id(END_USER.parse::<uuid::Uuid>().unwrap())
            .content("hola".to_owned()),
    );
    let mock = server.send_message(|when, then| {
        when.body(&expected);
        then.ok(&built::<MessageResponse, _>(MessageResponse::builder()));
    });
    client(&server)
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(AGENT)
                .end_user_id(END_USER.to_owned())
                .content("hola"),
        )
        .send()
        .await
        .expect("the mock matches exactly the typed body");
    mock.assert_async().await;

    let page = server.list_campaign_contacts(|when, then| {
        when.id(&1234.into())
            .status(CampaignContactStatus::NoAnswer)
            .page_size(std::num::NonZeroU64::new(100).unwrap())
            .page_index(2);
        then.ok(&built::<ListCampaignContactsResponse, _>(
            ListCampaignContactsResponse::builder(),
        ));
    });
    client(&server)
        .list_campaign_contacts()
        .id(1234)
        .status("no-answer")
        .page_size(100)
        .page_index(2u8)
        .send()
        .await
        .expect("the mock matches the query");
    page.assert_async().await;
}

/// Each bad value is `Error::InvalidRequest` naming the field and why, and
/// no request leaves the client.
#[tokio::test]
async fn a_value_that_cannot_convert_names_its_field_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let anything = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let client = client(&server);
    let cases: [(Result<(), Error>, &[&str]); 4] = [
        (
            client
                .list_campaign_contacts()
                .id(1)
                .page_size(0)
                .send()
                .await
                .map(drop),
            &["page_size must be 1 or more, not 0"],
        ),
        (
            client
                .list_campaign_contacts()
                .id(1)
                .page_size(-5)
                .send()
                .await
                .map(drop),
            &["page_size must be 1 or more, not -5"],
        ),
        (
            client
                .list_campaign_contacts()
                .id(1)
                .status("no_answer")
                .send()
                .await
                .map(drop),
            &[
                r#"status must be one of ["queue", "sending", "sent", "delivered", "voicemail", "read", "failed", "no-answer""#,
                r#"not "no_answer""#,
            ],
        ),
        (
            client
                .send_message()
                .body(SendMessageBody::builder().agent_id("5b0f").content("hola"))
                .send()
                .await
                .map(drop),
            &[
                r#"body is incomplete or invalid: agent_id must be a UUID (invalid length: found 4), not "5b0f""#,
            ],
        ),
    ];
    for (outcome, expected) in cases {
        match outcome {
            Err(error @ Error::InvalidRequest(_)) => {
                let text = error.to_string();
                for part in expected {
                    assert!(text.contains(part), "{text}\nexpected: {part}");
                }
            }
            other => panic!("expected InvalidRequest with {expected:?}, got {other:?}"),
        }
    }
    assert_eq!(anything.calls_async().await, 0, "nothing is sent");
}
