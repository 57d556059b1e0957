//! The client generated from the full spec (what `spec refresh` makes of
//! the fixture docs site) against a loopback server: a few calls, each
//! checking what goes out and what comes back.

use altur_api_full::types;
use altur_api_full::{Client, Error};
use altur_api_tests::server::TestServer;

const KEY: &str = "sk_full_1";

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_messages_of_a_thread() {
    let body = r#"[{"thread_id":"thr_1","type":"text","sent_by":"EU","sent_at":"2026-11-20T15:04:05Z","content":"hola"},
                   {"thread_id":"thr_1","type":"sticker","sent_by":"AI","sent_at":"2026-11-20T15:04:06Z"}]"#;
    let server = TestServer::replying(200, "application/json", body).await;
    let messages = client(&server)
        .get_messages()
        .thread_id("thr_1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(messages.len(), 2);
    assert_eq!(
        messages[1].type_,
        types::MessageType::Unknown("sticker".into())
    );
    let request = &server.requests()[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("GET", "/message/thr_1")
    );
    assert_eq!(
        request.header("authorization"),
        Some(format!("api-key {KEY}").as_str())
    );
}

#[tokio::test]
async fn list_campaigns_sends_its_filters_and_pages() {
    let body = r#"{"total_count": 1, "campaigns": [{"id": 1234, "name": "Q2 Reactivation", "status": "active"}],
                   "pagination": {"has_next": false, "has_previous": false, "next_cursor": null}}"#;
    let server = TestServer::replying(200, "application/json", body).await;
    let list = client(&server)
        .list_campaigns()
        .status(types::ListCampaignsStatus::Active)
        .start_date(
            "2026-01-01T00:00:00Z"
                .parse::<chrono::DateTime<chrono::Utc>>()
                .unwrap(),
        )
        .end_date(
            "2026-01-31T23:59:00Z"
                .parse::<chrono::DateTime<chrono::Utc>>()
                .unwrap(),
        )
        .page_size(std::num::NonZeroU64::new(50).unwrap())
        .page_index(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(list.campaigns[0].id, Some(1234));
    let path = &server.requests()[0].path;
    assert!(path.starts_with("/campaigns?"), "{path}");
    for part in [
        "status=active",
        "startDate=2026-01-01T00%3A00%3A00Z",
        "endDate=2026-01-31T23%3A59%3A00Z",
        "pageSize=50",
        "pageIndex=2",
    ] {
        assert!(path.contains(part), "{part} missing from {path}");
    }
}

#[tokio::test]
async fn adding_contacts_sends_the_idempotency_key() {
    let body = r#"{"success": true, "summary": {"created": 1, "updated": 0, "skipped_duplicate": 0, "failed": 0},
                   "results": [{"index": 0, "id": "42", "contact": "+521234567890"}]}"#;
    let server = TestServer::replying(200, "application/json", body).await;
    let contacts = types::AddContactsRequest {
        contacts: vec![types::ContactInput {
            contact: "+521234567890".into(),
            name: Some("John Doe".into()),
            context: None,
            extracted_data: serde_json::Map::new(),
            f_id: Some("user_12345".into()),
        }],
        if_duplicate: types::AddContactsRequestIfDuplicate::Update,
    };
    let result = client(&server)
        .add_campaign_contacts()
        .id(1234)
        .idempotency_key("5f0c4c3e-0d0a-4f43-9f3a-0a9a3b1f2c11")
        .body(contacts)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(result.summary.and_then(|s| s.created), Some(1));
    let request = &server.requests()[0];
    assert_eq!(request.path, "/campaigns/1234/contacts");
    assert_eq!(
        request.header("idempotency-key"),
        Some("5f0c4c3e-0d0a-4f43-9f3a-0a9a3b1f2c11")
    );
    assert_eq!(request.json()["if_duplicate"], "update");
}

#[tokio::test]
async fn a_lifecycle_conflict_is_the_typed_409() {
    let body = r#"{"error": 409, "message": "cannot activate", "code": "INVALID_STATUS_TRANSITION",
                   "current_status": "finished", "valid_targets": []}"#;
    let server = TestServer::replying(409, "application/json", body).await;
    let error = client(&server)
        .campaign_action()
        .id(1234)
        .action(types::CampaignActionAction::Activate)
        .send()
        .await
        .unwrap_err();
    let Error::Api { status, error } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 409);
    assert_eq!(error.code.as_deref(), Some("INVALID_STATUS_TRANSITION"));
    assert_eq!(error.current_status.as_deref(), Some("finished"));
    assert_eq!(server.requests()[0].path, "/campaigns/1234/activate");

    let server = TestServer::replying(
        402,
        "application/json",
        r#"{"error": 402, "message": "limit", "code": "BILLING_LIMIT_REACHED"}"#,
    )
    .await;
    let error = client(&server)
        .campaign_action()
        .id(1)
        .action(types::CampaignActionAction::Resume)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(402));
    assert_eq!(
        error.api_error().and_then(|e| e.code.as_deref()),
        Some("BILLING_LIMIT_REACHED")
    );
}

#[tokio::test]
async fn starting_a_call_with_a_structured_context() {
    let body = r#"{"id": "cll_gBoLtd02pUI50QwXkFjB", "type": "outbound", "status": "queued"}"#;
    let server = TestServer::replying(200, "application/json", body).await;
    let mut context = serde_json::Map::new();
    context.insert("debt".into(), serde_json::json!(1000));
    let call = client(&server)
        .start_call()
        .body(
            types::StartCallBody::builder()
                .agent_id(uuid::Uuid::from_u128(7))
                .phone_number_to("+521234567890")
                .end_user_context(Some(types::StartCallBodyEndUserContext::Object(context))),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(call.status, Some(types::CallStatus::Queued));
    let sent = server.requests()[0].json();
    assert_eq!(sent["end_user_context"]["debt"], 1000);
    assert_eq!(sent["agent_id"], "00000000-0000-0000-0000-000000000007");
}
