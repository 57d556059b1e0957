//! What a user who logs `{error}` reads: each error status a few operations
//! meet on the sandbox, documented for the operation or not (a 401 where
//! the spec lists none, a 400 naming `phone_number_to`, a 429, a 503), is
//! one line that carries the API's own message, code and field, as the raw
//! body (read here, apart from the crate) has them; the raw body is still
//! there. Which statuses are documented is read from the spec, so a status
//! the spec comes to document (by the overlay) changes the variant
//! expected, not the line's words. drift.rs does the same for every
//! operation against a drifted server, in every body shape.

use altur_api::types::{SendMessageBody, StartCallBody};
use altur_api::{Client, Error};
use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_api_tests::{committed_spec_value, spec_operations};
use altur_sandbox::{Fault, Faults, Sandbox};
use serde_json::Value;

/// Whether the spec documents `status` for `operation`.
fn documented(spec: &Value, operation: &str, status: u16) -> bool {
    spec_operations(spec)
        .into_iter()
        .find(|o| o.id() == operation)
        .unwrap_or_else(|| panic!("{operation} is no operation of the spec"))
        .responses()
        .any(|(code, _)| *code == status.to_string())
}

/// The error `operation` met: `expected` as its status, the variant the
/// spec's documentation of it asks for, the body naming `field` (or none),
/// and a line carrying what the body says. Prints the line.
fn check<T: std::fmt::Debug>(
    spec: &Value,
    operation: &str,
    (expected, field): (u16, Option<&str>),
    result: Result<T, Error>,
) {
    let error = result.expect_err(operation);
    let line = error.to_string();
    println!("{operation:<18} {expected}  {line}");
    assert_eq!(
        error.status().map(|s| s.as_u16()),
        Some(expected),
        "{operation}: {error:?}"
    );
    match &error {
        Error::RateLimited { .. } => assert_eq!(expected, 429),
        Error::Api { .. } => assert!(
            documented(spec, operation, expected),
            "{operation}: {error:?}"
        ),
        Error::UnexpectedStatus { .. } => {
            assert!(
                !documented(spec, operation, expected),
                "{operation}: {error:?}"
            )
        }
        other => panic!("{operation}: {other:?}"),
    }
    assert!(!line.contains('\n'), "{line}");
    // What the sandbox said, read from the raw body the error keeps.
    let body: Value = serde_json::from_slice(error.body().expect("the raw body is kept"))
        .unwrap_or_else(|e| panic!("{operation}: the sandbox answers JSON: {e}"));
    let message = body["message"].as_str().expect("the sandbox's message");
    assert!(
        line.contains(message),
        "{operation}: no {message:?} in {line}"
    );
    let code = body["code"].as_str().expect("the sandbox's code");
    assert!(
        line.contains(&format!("({code}")),
        "{operation}: no {code:?} in {line}"
    );
    assert_eq!(
        body.get("field").and_then(Value::as_str),
        field,
        "{operation}: the field the sandbox names"
    );
    if let Some(field) = field {
        assert!(
            line.contains(&format!("field {field})")),
            "{operation}: no {field:?} in {line}"
        );
    }
    let api = error.api_error().expect("what the body says, read");
    assert_eq!((api.message.as_str(), api.code()), (message, Some(code)));
}

#[tokio::test]
async fn every_status_of_a_few_operations_prints_the_api_message() {
    let spec = committed_spec_value();
    let faults = Faults::none()
        .aim("retrieve_thread", 1, Fault::RateLimited { retry_after: 1 })
        .aim("list_campaigns", 1, Fault::ServerError);
    let sandbox = Sandbox::builder()
        .manual_clock()
        .rate_limits(false)
        .faults(faults)
        .start()
        .await
        .expect("the sandbox starts");
    // Every answer as it came: no retry of a 429 or a 503.
    let client = sandbox.client_builder().max_retries(0).build().unwrap();
    let stranger: Client = sandbox
        .client_builder()
        .api_key("sk_not_this_sandboxs")
        .max_retries(0)
        .build()
        .unwrap();
    let agent = sandbox.agents()[0].clone();
    let message = |agent_id: altur_api::types::AgentId| {
        SendMessageBody::builder()
            .agent_id(agent_id)
            .end_user_id(uuid::Uuid::from_u128(
                0x5eed_0000_0000_4000_8000_0000_0000_0001,
            ))
            .content("¿Cuándo llega mi pedido?")
    };
    let call = |to: &str| {
        StartCallBody::builder()
            .agent_id(agent.id)
            .phone_number_to(to)
            .end_user_display_name("Sofía Núñez")
    };

    let said = stranger.send_message().body(message(agent.id)).send().await;
    check(&spec, "send_message", (401, None), said);
    let said = client
        .send_message()
        .body(message(
            uuid::Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0001).into(),
        ))
        .send()
        .await;
    check(&spec, "send_message", (404, None), said);
    let said = client
        .send_message()
        .body(SendMessageBody::builder())
        .send()
        .await;
    check(&spec, "send_message", (400, Some("agent_id")), said);

    let said = stranger
        .start_call()
        .body(call("+525598765432"))
        .send()
        .await;
    check(&spec, "start_call", (401, None), said);
    let said = client.start_call().body(call("not a number")).send().await;
    check(&spec, "start_call", (400, Some("phone_number_to")), said);
    let said = client.retrieve_call().id("cll_nobody").send().await;
    check(&spec, "retrieve_call", (404, None), said);

    let campaign = create_campaign(&client, phone_campaign(&agent, "Errores")).await;
    let said = client
        .campaign_action()
        .id(campaign)
        .action("resume")
        .send()
        .await;
    check(&spec, "campaign_action", (409, None), said);
    let said = client
        .campaign_action()
        .id(987_654)
        .action("pause")
        .send()
        .await;
    check(&spec, "campaign_action", (400, None), said);
    let said = stranger
        .campaign_action()
        .id(campaign)
        .action("pause")
        .send()
        .await;
    check(&spec, "campaign_action", (401, None), said);

    let said = client
        .retrieve_end_user()
        .id(uuid::Uuid::from_u128(
            0x5eed_0000_0000_4000_8000_0000_0000_0001,
        ))
        .send()
        .await;
    check(&spec, "retrieve_end_user", (400, None), said);
    let said = client.retrieve_thread().id("thr_1").send().await;
    check(&spec, "retrieve_thread", (429, None), said);
    let said = client.list_campaigns().send().await;
    check(&spec, "list_campaigns", (503, None), said);
}
