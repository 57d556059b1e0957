//! The sandbox (altur-sandbox) through the real client over loopback: an end
//! user, a message, the thread; the agent's reply as the test writes it;
//! unknown ids answered with the status each operation documents; the key
//! on every operation; and requests the spec does not allow refused with a
//! 400 naming the field, as a strict server refuses them.

use altur_api::Error;
use altur_api::types::{EndUserData, MessageSentBy, SendMessageBody};
use altur_api_tests::sandbox::Judged;
use altur_api_tests::sandbox::{every_operation, raw, raw_with, send};
use altur_sandbox::Sandbox;
use serde_json::json;

async fn sandbox() -> Judged {
    Judged::start(Sandbox::builder().seed(7).manual_clock()).await
}

#[tokio::test]
async fn an_end_user_messages_an_agent_and_reads_the_thread() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let user = client
        .create_end_user()
        .body(
            EndUserData::builder()
                .display_name("Sofía Núñez")
                .info("Cliente desde 2019"),
        )
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(user.display_name, "Sofía Núñez");

    let reply = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(agent.id)
                .end_user_id(user.id)
                .content("¿Cuándo llega mi pedido?"),
        )
        .send()
        .await
        .expect("send")
        .into_inner();
    let sent = reply.in_response_to.expect("the message it made");
    assert_eq!(sent.sent_by, MessageSentBy::Eu);
    assert_eq!(sent.content.as_deref(), Some("¿Cuándo llega mi pedido?"));
    assert_eq!(reply.messages.len(), 1);
    assert_eq!(reply.messages[0].sent_by, MessageSentBy::Ai);
    assert!(
        reply.messages[0]
            .content
            .as_deref()
            .is_some_and(|c| c.contains("¿Cuándo llega mi pedido?") && c.contains(&agent.nickname)),
        "{:?}",
        reply.messages[0]
    );
    let thread = reply.thread.expect("the thread");
    let thread_id = thread.id.clone();
    assert_eq!(thread.agent.map(|a| a.id), Some(agent.id));
    assert_eq!(thread.end_user.map(|u| u.id), Some(user.id));
    assert_eq!(sent.thread_id, thread_id);

    // A second message is in the same thread; the thread reads back whole,
    // oldest first.
    let again = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(agent.id)
                .end_user_id(user.id)
                .content("gracias"),
        )
        .send()
        .await
        .expect("send again")
        .into_inner();
    assert_eq!(again.thread.map(|t| t.id), Some(thread_id.clone()));
    let messages = client
        .get_messages()
        .thread_id(&thread_id)
        .send()
        .await
        .expect("messages")
        .into_inner();
    let said: Vec<_> = messages
        .iter()
        .map(|m| (m.sent_by.to_string(), m.content.clone().unwrap_or_default()))
        .collect();
    assert_eq!(said.len(), 4, "{said:?}");
    assert_eq!(said[0], ("EU".into(), "¿Cuándo llega mi pedido?".into()));
    assert_eq!(said[1].0, "AI");
    assert_eq!(said[2], ("EU".into(), "gracias".into()));
    let read = client
        .retrieve_thread()
        .id(&thread_id)
        .send()
        .await
        .expect("thread")
        .into_inner();
    assert_eq!(read.id, thread_id);

    // PUT keeps what it is not given.
    let renamed = client
        .update_end_user()
        .id(user.id.to_string())
        .body(EndUserData::builder().display_name("Sofía N."))
        .send()
        .await
        .expect("update")
        .into_inner();
    assert_eq!(renamed.display_name, "Sofía N.");
    assert_eq!(renamed.info.as_deref(), Some("Cliente desde 2019"));
    let read = client
        .retrieve_end_user()
        .id(user.id)
        .send()
        .await
        .expect("retrieve")
        .into_inner();
    assert_eq!(read.display_name, "Sofía N.");
}

#[tokio::test]
async fn the_agent_replies_as_the_test_says() {
    let sandbox = Judged::start(Sandbox::builder().seed(1).agent_reply(|message| {
        vec![
            format!(
                "{} said {} after {} messages",
                message.end_user_name, message.content, message.earlier_messages
            ),
            "anything else?".into(),
        ]
    }))
    .await;
    let client = sandbox.client();
    let user = client
        .create_end_user()
        .body(EndUserData::builder().display_name("Ana"))
        .send()
        .await
        .expect("create")
        .into_inner();
    let reply = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(sandbox.agents()[1].id)
                .end_user_id(user.id)
                .content("hi"),
        )
        .send()
        .await
        .expect("send")
        .into_inner();
    let replies: Vec<_> = reply
        .messages
        .iter()
        .filter_map(|m| m.content.clone())
        .collect();
    assert_eq!(replies, ["Ana said hi after 0 messages", "anything else?"]);
}

#[tokio::test]
async fn unknown_ids_are_the_status_each_operation_documents() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let status_of = |e: Error| {
        (
            e.status().map(|s| s.as_u16()),
            matches!(e, Error::Api { .. }),
        )
    };
    // Documented 404.
    let e = client
        .get_messages()
        .thread_id("no-such-thread")
        .send()
        .await
        .unwrap_err();
    assert_eq!(status_of(e), (Some(404), true));
    let e = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(uuid::Uuid::nil())
                .end_user_id(uuid::Uuid::nil())
                .content("hola"),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(status_of(e), (Some(404), true));
    // Only "400 Unexpected error" documented.
    let e = client
        .retrieve_thread()
        .id("no-such-thread")
        .send()
        .await
        .unwrap_err();
    assert_eq!(status_of(e), (Some(400), true));
    let e = client
        .retrieve_end_user()
        .id(uuid::Uuid::nil())
        .send()
        .await
        .unwrap_err();
    assert_eq!(status_of(e), (Some(400), true));
    // Nothing documented: 404, which the client keeps whole.
    let e = client
        .retrieve_call()
        .id("cll_nothing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let e = client.retrieve_campaign().id(99).send().await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let (status, body) = raw(&sandbox, "GET", "/campaigns/99", None).await;
    assert_eq!((status, body["code"].as_str()), (404, Some("NOT_FOUND")));
}

#[tokio::test]
async fn every_operation_wants_the_key() {
    let sandbox = sandbox().await;
    let key = format!("api-key {}", sandbox.api_key());
    let operations = every_operation();
    assert!(!operations.is_empty());
    for (id, method, path) in operations {
        for authorization in [
            None,
            Some("api-key wrong"),
            Some(&*format!("Bearer {}", sandbox.api_key())),
        ] {
            let (status, body) =
                raw_with(&sandbox, &method, &path, Some("{}"), authorization).await;
            assert_eq!(status, 401, "{id} {authorization:?}: {body}");
            assert_eq!(body["code"], "UNAUTHORIZED", "{id}");
            assert!(
                !body.to_string().contains(&sandbox.api_key()),
                "{id}: {body}"
            );
        }
        let (status, body) = raw_with(&sandbox, &method, &path, Some("{}"), Some(&key)).await;
        assert_ne!(status, 401, "{id} with the key: {body}");
        assert_ne!(
            status, 501,
            "{id} is not modeled: add its handler (altur-sandbox/src/serve/operations/mod.rs): {body}"
        );
    }
}

/// Every operation documents 401 (the overlay says why), so the client's
/// answer to a key the sandbox refuses is the typed `Error::Api` with the
/// body read, on every one.
#[tokio::test]
async fn every_operation_s_401_is_a_typed_error() {
    let sandbox = sandbox().await;
    let client = sandbox
        .sandbox
        .client_builder()
        .api_key("altur_sandbox_not_this_one")
        .build()
        .unwrap();
    let mut cases = altur_api_tests::calls::Cases(altur_api_tests::rng::Rng(35));
    for (id, _, _) in every_operation() {
        match altur_api_tests::calls::request(&id, &client, &mut cases).await {
            Err(Error::Api { status, error, .. }) => {
                assert_eq!(status, 401, "{id}");
                assert_eq!(error.code(), Some("UNAUTHORIZED"), "{id}");
            }
            other => panic!("{id}: {other:?}"),
        }
    }
}

/// The sandbox logs each request at INFO under `altur_sandbox::requests`
/// to the subscriber it was started under, a test's own included, whichever
/// of the runtime's threads serves the connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_request_log_goes_to_the_test_s_subscriber_under_its_own_target() {
    let (captured, _guard) = altur_api_tests::captured::install(tracing::Level::INFO);
    let sandbox = Sandbox::builder().seed(7).start().await.unwrap();
    let key = format!("api-key {}", sandbox.api_key());
    for n in 0..4 {
        let path = format!("/thread/t{n}");
        let (status, _) = send(sandbox.base_url(), "GET", &path, None, Some(&key)).await;
        assert_eq!(status, 400);
    }
    let log = captured.text();
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("altur_sandbox::requests"))
        .collect();
    assert_eq!(lines.len(), 4, "{log}");
    for (n, line) in lines.iter().enumerate() {
        assert!(line.contains("INFO"), "{line}");
        for field in [
            "method=GET",
            &format!("path=/thread/t{n}"),
            "operation=retrieve_thread",
            "status=400",
        ] {
            assert!(line.contains(field), "{field} missing from: {line}");
        }
    }
    assert!(
        !log.contains(&sandbox.api_key()),
        "the key was logged: {log}"
    );
}

#[tokio::test]
async fn requests_the_spec_does_not_allow_are_400_naming_the_field() {
    let sandbox = sandbox().await;
    let agent = sandbox.agents()[0].id.to_string();
    let rows: Vec<_> = (0..1001)
        .map(|i| json!({"contact": format!("+5215512{i:06}")}))
        .collect();
    let long_name = "n".repeat(256);
    let cases: Vec<(&str, String, Option<String>, &str)> = vec![
        (
            "POST",
            "/call".into(),
            Some(json!({"agent_id": agent}).to_string()),
            "phone_number_to",
        ),
        (
            "POST",
            "/call".into(),
            Some(json!({"agent_id": agent, "phone_number_to": "55 1234 5678"}).to_string()),
            "phone_number_to",
        ),
        (
            "POST",
            "/call".into(),
            Some(json!({"agent_id": "not-a-uuid", "phone_number_to": "+15005550000"}).to_string()),
            "agent_id",
        ),
        (
            "POST",
            "/enduser".into(),
            Some(json!({"display_name": 5}).to_string()),
            "display_name",
        ),
        (
            "POST",
            "/campaigns".into(),
            Some(
                json!({"name": "x", "agent_id": "a", "integration_id": "i", "retries": 9})
                    .to_string(),
            ),
            "retries",
        ),
        (
            "POST",
            "/campaigns".into(),
            Some(json!({"name": long_name, "agent_id": "a", "integration_id": "i"}).to_string()),
            "name",
        ),
        (
            "POST",
            "/campaigns".into(),
            Some(json!({"name": "x", "agent_id": "a"}).to_string()),
            "integration_id",
        ),
        (
            "GET",
            "/campaigns/1/contacts?pageSize=0".into(),
            None,
            "pageSize",
        ),
        (
            "GET",
            "/campaigns/1/contacts?pageSize=many".into(),
            None,
            "pageSize",
        ),
        (
            "GET",
            "/campaigns/1/contacts?status=lost".into(),
            None,
            "status",
        ),
        ("GET", "/campaigns/abc".into(), None, "id"),
        (
            "POST",
            "/campaigns/1/contacts".into(),
            Some(json!({"contacts": rows}).to_string()),
            "contacts",
        ),
        (
            "POST",
            "/campaigns/1/contacts".into(),
            Some(json!({"contacts": [{"contact": 5}]}).to_string()),
            "contacts[0].contact",
        ),
        (
            "POST",
            "/campaigns/1/contacts".into(),
            Some(json!({"contacts": [], "if_duplicate": "merge"}).to_string()),
            "if_duplicate",
        ),
        ("GET", "/campaigns?agentId=someone".into(), None, "agentId"),
        (
            "POST",
            "/message".into(),
            Some(json!({"agent_id": agent, "content": "hola"}).to_string()),
            "end_user_id",
        ),
    ];
    for (method, path, body, field) in cases {
        let (status, answer) = raw(&sandbox, method, &path, body.as_deref()).await;
        assert_eq!(status, 400, "{method} {path}: {answer}");
        assert_eq!(
            answer["code"], "INVALID_REQUEST",
            "{method} {path}: {answer}"
        );
        assert_eq!(answer["field"], field, "{method} {path}: {answer}");
        assert!(
            answer["message"]
                .as_str()
                .is_some_and(|m| m.contains(field)),
            "{method} {path}: the message names {field}: {answer}"
        );
    }
    let key = format!("api-key {}", sandbox.api_key());
    let (status, answer) =
        raw_with(&sandbox, "POST", "/message", Some("{not json"), Some(&key)).await;
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["message"]
            .as_str()
            .is_some_and(|m| m.contains("not JSON")),
        "{answer}"
    );
    let (status, answer) = raw(&sandbox, "POST", "/enduser", None).await;
    assert_eq!(status, 400, "a required body: {answer}");
}
