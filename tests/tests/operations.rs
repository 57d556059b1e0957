//! Every operation of the spec against a real HTTP server on loopback: the
//! method, the path with its parameters encoded, the query string, the
//! headers and the body that go out; the success body decoded, in each form
//! the docs show; each documented error decoded to `Error::Api`.
//! (`send_message` has its own file, `wire.rs`.)

use std::future::Future;
use std::num::NonZeroU64;

use altur_api::types::{self, CampaignContactBilledDuration, ContactResultId};
use altur_api::{Client, Error, ResponseValue};
use altur_api_tests::built;
use altur_api_tests::server::{Recorded, TestServer};

const KEY: &str = "sk_test_ops_4b1d";
const AGENT: &str = "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11";
const END_USER: &str = "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/operations/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Runs one call against a server answering `status` and `body`; returns
/// the outcome and the one request that arrived.
async fn exchange<T, F, Fut>(status: u16, body: &str, call: F) -> (Result<T, Error>, Recorded)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error>>,
{
    let server = TestServer::replying(status, "application/json", body).await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .build()
        .unwrap();
    let outcome = call(client).await.map(ResponseValue::into_inner);
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1, "exactly one request");
    let request = requests.remove(0);
    assert_eq!(
        request.header("authorization"),
        Some(format!("api-key {KEY}").as_str())
    );
    (outcome, request)
}

fn line(request: &Recorded) -> (&str, &str) {
    (request.method.as_str(), request.path.as_str())
}

/// The query parameters of a request, decoded, in the order sent.
fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The error must be `Error::Api` with this status; returns its body.
fn api_error(outcome: Result<impl std::fmt::Debug, Error>, status: u16) -> types::Error {
    match outcome {
        Err(Error::Api {
            status: got, error, ..
        }) if got.as_u16() == status => error,
        other => panic!("expected Error::Api {status}, got {other:?}"),
    }
}

fn time(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().unwrap()
}

#[tokio::test]
async fn get_messages_encodes_the_thread_id_and_decodes_the_list() {
    let body = r#"[{"thread_id":"thr 1/é","type":"text","sent_by":"EU","sent_at":"2026-11-20T15:04:05Z","content":"hola"},
                   {"thread_id":"thr 1/é","type":"sticker","sent_by":"AI","sent_at":"2026-11-20T15:04:06Z"}]"#;
    let (outcome, request) = exchange(200, body, |c| async move {
        c.get_messages().thread_id("thr 1/é").send().await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/message/thr%201%2F%C3%A9"));
    let messages = outcome.unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].content.as_deref(), Some("hola"));
    assert_eq!(
        messages[1].type_,
        types::MessageType::Unknown("sticker".into())
    );

    for status in [400, 404] {
        let body = format!(r#"{{"error": {status}, "message": "Thread not found"}}"#);
        let (outcome, _) = exchange(status, &body, |c| async move {
            c.get_messages().thread_id("nope").send().await
        })
        .await;
        assert_eq!(api_error(outcome, status).message, "Thread not found");
    }
}

#[tokio::test]
async fn a_thread_in_the_older_pages_names_decodes_into_the_same_fields() {
    let body = r#"{"id": "thr_1", "chatbot": {"id": "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11", "name": "Sofía"},
                   "enduser": {"id": "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f", "display_name": "Ana"}}"#;
    let (outcome, _) = exchange(200, body, |c| async move {
        c.retrieve_thread().id("thr_1").send().await
    })
    .await;
    let thread = outcome.unwrap();
    assert_eq!(thread.agent.unwrap().name.as_deref(), Some("Sofía"));
    assert_eq!(thread.end_user.unwrap().display_name, "Ana");
}

#[tokio::test]
async fn retrieve_thread() {
    let (outcome, request) = exchange(200, &fixture("thread.json"), |c| async move {
        c.retrieve_thread().id("thr_8f2c").send().await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/thread/thr_8f2c"));
    let thread = outcome.unwrap();
    assert_eq!(thread.agent.unwrap().name.as_deref(), Some("Sofía"));
    assert_eq!(thread.end_user.unwrap().display_name, "Ana López");
    assert_eq!(thread.tags[0].color, types::TagColor::Blue);

    let (outcome, _) = exchange(
        400,
        r#"{"error": 400, "message": "bad id"}"#,
        |c| async move { c.retrieve_thread().id("x").send().await },
    )
    .await;
    assert_eq!(api_error(outcome, 400).message, "bad id");
}

const END_USER_JSON: &str = r#"{"id": "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f", "display_name": "Ana López", "integration_type": "api", "info": "prefers Spanish"}"#;

#[tokio::test]
async fn create_end_user() {
    let (outcome, request) = exchange(200, END_USER_JSON, |c| async move {
        c.create_end_user()
            .body(
                types::EndUserData::builder()
                    .display_name("Ana López".to_owned())
                    .info("prefers Spanish".to_owned()),
            )
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("POST", "/enduser"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    insta::assert_json_snapshot!("create_end_user_request_body", request.json());
    let end_user = outcome.unwrap();
    assert_eq!(end_user.id.to_string(), END_USER);
    assert_eq!(
        end_user.integration_type,
        Some(types::EndUserIntegrationType::Api)
    );

    for status in [400, 401] {
        let (outcome, _) = exchange(status, r#"{"error": 1, "message": "no"}"#, |c| async move {
            c.create_end_user()
                .body(types::EndUserData::builder())
                .send()
                .await
        })
        .await;
        assert_eq!(api_error(outcome, status).message, "no");
    }
}

#[tokio::test]
async fn retrieve_and_update_end_user() {
    let id: uuid::Uuid = END_USER.parse().unwrap();
    let (outcome, request) = exchange(200, END_USER_JSON, |c| async move {
        c.retrieve_end_user().id(id).send().await
    })
    .await;
    assert_eq!(
        line(&request),
        ("GET", format!("/enduser/{END_USER}").as_str())
    );
    assert_eq!(outcome.unwrap().info.as_deref(), Some("prefers Spanish"));

    let (outcome, _) = exchange(400, r#"{"error": 400, "message": "bad"}"#, |c| async move {
        c.retrieve_end_user().id(id).send().await
    })
    .await;
    api_error(outcome, 400);

    let (outcome, request) = exchange(200, END_USER_JSON, |c| async move {
        c.update_end_user()
            .id(END_USER)
            .body(types::EndUserData::builder().info("prefers Spanish"))
            .send()
            .await
    })
    .await;
    assert_eq!(
        line(&request),
        ("PUT", format!("/enduser/{END_USER}").as_str())
    );
    insta::assert_json_snapshot!("update_end_user_request_body", request.json());
    outcome.unwrap();

    // No error status is documented: a 404 arrives whole, as undocumented.
    let (outcome, _) = exchange(
        404,
        r#"{"error": 404, "message": "gone"}"#,
        |c| async move {
            c.update_end_user()
                .id(END_USER)
                .body(types::EndUserData::builder())
                .send()
                .await
        },
    )
    .await;
    match outcome {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(&body[..], br#"{"error": 404, "message": "gone"}"#);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn start_call_with_a_context_object_or_text() {
    let context: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(r#"{"debt": 120, "plan": "gold"}"#).unwrap();
    let (outcome, request) = exchange(200, &fixture("call.json"), |c| async move {
        c.start_call()
            .body(
                types::StartCallBody::builder()
                    .agent_id(AGENT.parse::<uuid::Uuid>().unwrap())
                    .phone_number_to("+521234567890")
                    .end_user_display_name("John Doe".to_owned())
                    .end_user_context(types::StartCallBodyEndUserContext::from(context))
                    .initial_message("Hola, John".to_owned()),
            )
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("POST", "/call"));
    insta::assert_json_snapshot!("start_call_request_body", request.json());
    let call = outcome.unwrap();
    assert_eq!(
        altur_api::optional(call.status),
        Some(types::CallStatus::Queued)
    );
    assert_eq!(call.answered_by, Some(types::AnsweredBy::Unknown));
    assert_eq!((call.started_at, call.ended_at), (None, None));

    let (_, request) = exchange(200, &fixture("call.json"), |c| async move {
        c.start_call()
            .body(
                types::StartCallBody::builder()
                    .agent_id(AGENT.parse::<uuid::Uuid>().unwrap())
                    .phone_number_to("+521234567890")
                    .end_user_context(types::StartCallBodyEndUserContext::String(
                        "owes $120".to_owned(),
                    )),
            )
            .send()
            .await
    })
    .await;
    assert_eq!(request.json()["end_user_context"], "owes $120");
}

#[tokio::test]
async fn retrieve_call() {
    let ended = fixture("call.json")
        .replace(
            r#""started_at": null"#,
            r#""started_at": "2026-11-20T15:00:20Z""#,
        )
        .replace(r#""status": "queued""#, r#""status": "ended""#);
    let (outcome, request) = exchange(200, &ended, |c| async move {
        c.retrieve_call()
            .id("cll_gBoLtd02pUI50QwXkFjB")
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/call/cll_gBoLtd02pUI50QwXkFjB"));
    let call = outcome.unwrap();
    assert_eq!(call.started_at, Some(time("2026-11-20T15:00:20Z")));
    assert_eq!(
        altur_api::optional(call.status),
        Some(types::CallStatus::Ended)
    );
}

#[tokio::test]
async fn list_campaigns_sends_every_filter_and_decodes_both_field_names() {
    // The English example says concurrency_limit and has_next; the Spanish
    // copies say concurrency and has_more.
    let body = r#"{"total_count": 2, "campaigns": [
        {"id": 1234, "name": "Q2 Reactivation", "status": "active", "concurrency_limit": 5,
         "agent": {"id": "agt_pub_7Hq2", "name": "Sofía"},
         "scheduling": {"mon": {"startTime": "09:00", "stopTime": "18:00", "active": true}}},
        {"id": 1235, "name": "Cobranza", "status": "cooldown", "concurrency": 3, "cycle_cooldown": 720,
         "scheduling": {"mon": {"startTime": "09:00", "endTime": "18:00", "active": true}}}],
        "pagination": {"has_next": true, "has_more": true, "has_previous": false, "next_cursor": "c2", "previous_cursor": null}}"#;
    let (outcome, request) = exchange(200, body, |c| async move {
        c.list_campaigns()
            .agent_id(AGENT.parse::<uuid::Uuid>().unwrap())
            .status(types::CampaignStatus::Active)
            .integration(types::CampaignChannel::PhoneCall)
            // Nanoseconds: Python's parsers take at most microseconds.
            .start_date(time("2026-01-01T00:00:00.123456789Z"))
            .end_date(time("2026-01-31T23:59:00Z"))
            .page_size(NonZeroU64::new(50).unwrap())
            .page_index(2u64)
            .cursor("c2")
            .send()
            .await
    })
    .await;
    assert!(request.path.starts_with("/campaigns?"), "{}", request.path);
    let mut sent = request.query();
    sent.sort();
    assert_eq!(
        sent,
        pairs(&[
            ("agentId", AGENT),
            ("cursor", "c2"),
            ("endDate", "2026-01-31T23:59:00Z"),
            ("integration", "phone_call"),
            ("pageIndex", "2"),
            ("pageSize", "50"),
            ("startDate", "2026-01-01T00:00:00.123456Z"),
            ("status", "active"),
        ])
    );
    let list = outcome.unwrap();
    assert_eq!(list.campaigns[0].concurrency_limit, Some(5));
    // The campaign pages show agent ids as public ids, not UUIDs.
    assert_eq!(list.campaigns[0].agent.as_ref().unwrap().id, "agt_pub_7Hq2");
    assert_eq!(list.campaigns[1].concurrency, Some(3));
    assert_eq!(list.campaigns[1].cycle_cooldown, Some(720));
    let monday = |i: usize| list.campaigns[i].scheduling.clone().unwrap().mon.unwrap();
    assert_eq!(monday(0).stop_time.as_deref(), Some("18:00"));
    assert_eq!(monday(1).end_time.as_deref(), Some("18:00"));
    let pagination = list.pagination.unwrap();
    assert_eq!(
        (pagination.has_next, pagination.has_more),
        (Some(true), Some(true))
    );
    assert_eq!(pagination.next_cursor.as_deref(), Some("c2"));

    // No filter set: no query string at all.
    let (_, request) = exchange(200, r#"{"campaigns": []}"#, |c| async move {
        c.list_campaigns().send().await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/campaigns"));
}

#[tokio::test]
async fn retrieve_campaign() {
    let (outcome, request) = exchange(200, &fixture("campaign.json"), |c| async move {
        c.retrieve_campaign().id(1234).send().await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/campaigns/1234"));
    let campaign = outcome.unwrap().campaign.unwrap();
    assert_eq!(campaign.status, types::CampaignStatus::Active);
    assert_eq!(
        campaign.cycles.unwrap().mode,
        Some(types::CyclesMode::Cooldown)
    );
    assert_eq!(
        campaign.analytics.unwrap().contacts_converted_rate,
        Some(0.156)
    );
}

/// Analytics are typed where the docs name the keys (the phone-call keys of
/// the campaign.status_changed page), and every other key (a WhatsApp
/// campaign's, which no page shows, or one Altur adds) is kept as it came,
/// in the campaign's answer and in the webhook alike.
#[tokio::test]
async fn campaign_analytics_keep_documented_and_unknown_keys() {
    let text = r#"{"calls": 1820, "callsAnsweredByHuman": 1210, "callsAnsweredByMachine": 480,
        "callsAnsweredByUnknown": 130, "callsAnsweredByHumanRate": 0.6648,
        "callsAnsweredByMachineRate": 0.2637, "callsAnsweredByUnknownRate": 0.0714,
        "contacts": 2000, "contactsProcessed": 1950, "contactsProcessedRate": 0.975,
        "contactsFailed": 50, "contactsFailedRate": 0.025, "contactsVoicemail": 310,
        "contactsVoicemailRate": 0.155, "contactsAnswered": 1210, "contactsAnsweredRate": 0.605,
        "contactsConverted": 312, "contactsConvertedRate": 0.156,
        "messagesSent": 40, "messagesReadRate": 0.5, "costByChannel": {"phone": 12.5}}"#;
    let body = format!(
        r#"{{"success": true, "campaign": {{"id": 1234, "status": "finished", "analytics": {text}}}}}"#
    );
    let (outcome, _) = exchange(200, &body, |c| async move {
        c.retrieve_campaign().id(1234).send().await
    })
    .await;
    let read = outcome.unwrap().campaign.unwrap().analytics.unwrap();
    let webhook = format!(
        r#"{{"event_id": "evt_1", "event_type": "campaign.status_changed",
            "data": {{"campaign": {{"id": 1234, "status": "finished"}}, "analytics": {text}}}}}"#
    );
    let delivered: types::CampaignStatusChangedEvent = serde_json::from_str(&webhook).unwrap();
    for typed in [read, delivered.data.analytics.unwrap()] {
        assert_eq!(
            (typed.calls, typed.calls_answered_by_human, typed.contacts),
            (Some(1820), Some(1210), Some(2000))
        );
        assert_eq!(typed.calls_answered_by_machine_rate, Some(0.2637));
        assert_eq!(typed.contacts_voicemail, Some(310));
        assert_eq!(typed.contacts_converted_rate, Some(0.156));
        // The keys no page documents, and only those, in the map.
        assert_eq!(
            typed.extra.keys().collect::<Vec<_>>(),
            ["costByChannel", "messagesReadRate", "messagesSent"]
        );
        assert_eq!(typed.extra["messagesSent"], 40);
        assert_eq!(typed.extra["costByChannel"]["phone"], 12.5);
        // And written back as they came.
        let came: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), came);
    }
    // A fake's analytics, built without naming the other keys: none.
    let built: types::CampaignAnalytics = types::CampaignAnalytics::builder()
        .calls(3)
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        serde_json::json!({"calls": 3})
    );
}

/// A count a Python backend summed as floats comes as `1820.0`: the same
/// count, not a campaign that fails to decode; a fraction is no count, and
/// the error names where it is.
#[tokio::test]
async fn a_count_written_as_a_whole_float_is_the_count_and_a_fraction_an_error() {
    let whole = r#"{"campaign": {"id": 1234.0, "status": "finished",
        "analytics": {"calls": 1820.0, "contacts": 2000, "contactsConvertedRate": 0.156}}}"#;
    let (outcome, _) = exchange(200, whole, |c| async move {
        c.retrieve_campaign().id(1234).send().await
    })
    .await;
    let campaign = outcome.unwrap().campaign.unwrap();
    let analytics = campaign.analytics.unwrap();
    assert_eq!(campaign.id, 1234);
    assert_eq!(
        (analytics.calls, analytics.contacts),
        (Some(1820), Some(2000))
    );
    assert!(analytics.extra.is_empty(), "{:?}", analytics.extra);

    let fraction = r#"{"campaign": {"id": 1234, "status": "finished",
        "analytics": {"calls": 1820.5}}}"#;
    let (outcome, _) = exchange(200, fraction, |c| async move {
        c.retrieve_campaign().id(1234).send().await
    })
    .await;
    let error = outcome.unwrap_err();
    assert!(
        matches!(error, altur_api::Error::Decode { .. }),
        "{error:?}"
    );
    let line = error.to_string();
    assert!(
        line.contains("campaign.analytics.calls") && line.contains("1820.5"),
        "{line}"
    );
}

/// What every example carries is required (a resource's id and status):
/// an answer without it is `Error::Decode` naming where it is missing
/// (`campaign.id`, `contacts[1].status`), with the body kept whole; what
/// the pages leave out stays optional.
#[tokio::test]
async fn an_answer_without_a_required_id_or_status_names_it() {
    async fn answered(operation: &str, body: &'static str) -> Result<(), Error> {
        match operation {
            "retrieve_campaign" => exchange(200, body, |c| async move {
                c.retrieve_campaign().id(1234).send().await
            })
            .await
            .0
            .map(drop),
            "list_campaign_contacts" => exchange(200, body, |c| async move {
                c.list_campaign_contacts().id(1234).send().await
            })
            .await
            .0
            .map(drop),
            _ => exchange(200, body, |c| async move {
                c.retrieve_call().id("cll_1").send().await
            })
            .await
            .0
            .map(drop),
        }
    }
    for (operation, body, said) in [
        (
            "retrieve_campaign",
            r#"{"success": true, "campaign": {"status": "active", "name": "Q2"}}"#,
            "campaign.id: missing field `id`",
        ),
        (
            "retrieve_campaign",
            r#"{"success": true, "campaign": {"id": 1234}}"#,
            "campaign.status: missing field `status`",
        ),
        (
            "list_campaign_contacts",
            r#"{"contacts": [{"id": 1, "status": "queue"}, {"id": 2}]}"#,
            "contacts[1].status: missing field `status`",
        ),
        (
            "retrieve_call",
            r#"{"status": "ended", "thread": {"id": "thr_1"}}"#,
            "id: missing field `id`",
        ),
        (
            "retrieve_call",
            r#"{"id": "cll_1", "status": "ended", "thread": {"id": "thr_1", "agent": {"name": "Lucía"}}}"#,
            "thread.agent.id: missing field `id`",
        ),
    ] {
        let error = answered(operation, body).await.expect_err(body);
        let Error::Decode { source, .. } = &error else {
            panic!("{body}: {error:?}")
        };
        assert!(source.to_string().starts_with(said), "{said}: {source}");
        assert!(error.to_string().ends_with(&source.to_string()), "{error}");
        assert_eq!(error.body().map(|b| &b[..]), Some(body.as_bytes()));
    }
    // Everything else may be missing, as before: the least a campaign is.
    let (outcome, _) = exchange(
        200,
        r#"{"campaign": {"id": 1234, "status": "active"}}"#,
        |c| async move { c.retrieve_campaign().id(1234).send().await },
    )
    .await;
    let read = outcome.unwrap().campaign.unwrap();
    assert_eq!(
        (read.id, read.status),
        (types::CampaignId(1234), types::CampaignStatus::Active)
    );
    assert_eq!((read.name, read.analytics.is_none()), (None, true));
}

fn new_campaign() -> types::builder::NewCampaign {
    types::NewCampaign::builder()
        .name("Q2 Reactivation".parse::<types::NewCampaignName>().unwrap())
        .agent_id("agt_pub_1")
        .integration_id("int_pub_9")
        .integration_type(types::CampaignChannel::PhoneCall)
        .retries(1)
        .first_message("Hola, ¿hablo con {{name}}?".to_owned())
        .cycles(
            types::Cycles::builder()
                .enabled(true)
                .mode(types::CyclesMode::Cooldown)
                .max_iterations(7)
                .cooldown_minutes(720),
        )
}

#[tokio::test]
async fn create_campaign_with_and_without_an_idempotency_key() {
    let (outcome, request) = exchange(201, &fixture("campaign.json"), |c| async move {
        c.create_campaign()
            .idempotency_key("c1a45e88-ad34-4f57-9d2e-91a1d4f50f7e")
            .body(new_campaign())
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("POST", "/campaigns"));
    assert_eq!(
        request.header("idempotency-key"),
        Some("c1a45e88-ad34-4f57-9d2e-91a1d4f50f7e")
    );
    insta::assert_json_snapshot!("create_campaign_request_body", request.json());
    assert_eq!(outcome.unwrap().campaign.unwrap().id, 1234);

    let (outcome, request) = exchange(
        400,
        r#"{"error": 400, "code": "INVALID_REQUEST", "message": "template is whatsapp only", "field": "template"}"#,
        |c| async move { c.create_campaign().body(new_campaign()).send().await },
    )
    .await;
    // Without one from the caller, the crate sends a key of its own.
    let generated = request.header("idempotency-key").expect("a generated key");
    assert_eq!(
        uuid::Uuid::parse_str(generated).unwrap().get_version_num(),
        4,
        "{generated}"
    );
    let error = api_error(outcome, 400);
    assert_eq!(error.code(), Some("INVALID_REQUEST"));
    assert_eq!(error.field.as_deref(), Some("template"));
}

#[tokio::test]
async fn update_campaign_sends_only_what_changes() {
    // A campaign as read, its cooldown changed, its cycles sent back: the
    // body cannot carry cycles.enabled or cycles.mode, which the API
    // refuses on update (IMMUTABLE_FIELD).
    let read: types::CampaignResponse = serde_json::from_str(&fixture("campaign.json")).unwrap();
    let cycles = read.campaign.unwrap().cycles.unwrap();
    assert!(
        cycles.enabled.is_some() && cycles.mode.is_some(),
        "{cycles:?}"
    );
    let mut cycles = types::CyclesUpdate::from(cycles);
    cycles.cooldown_minutes = Some(60);
    let (outcome, request) = exchange(200, &fixture("campaign.json"), |c| async move {
        c.update_campaign()
            .id(1234)
            .body(
                types::CampaignUpdate::builder()
                    .name(
                        "Q2 Reactivation (2)"
                            .parse::<types::CampaignUpdateName>()
                            .unwrap(),
                    )
                    .retries(2)
                    .cycles(cycles),
            )
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("PATCH", "/campaigns/1234"));
    let sent = request.json();
    assert_eq!(sent["cycles"]["cooldown_minutes"], 60);
    assert!(
        sent["cycles"].get("enabled").is_none() && sent["cycles"].get("mode").is_none(),
        "{sent}"
    );
    insta::assert_json_snapshot!("update_campaign_request_body", sent);
    outcome.unwrap();

    let (outcome, _) = exchange(
        400,
        r#"{"code": "IMMUTABLE_FIELD", "message": "cycles.mode cannot change", "field": "cycles.mode"}"#,
        |c| async move {
            c.update_campaign()
                .id(1234)
                .body(types::CampaignUpdate::builder())
                .send()
                .await
        },
    )
    .await;
    let error = api_error(outcome, 400);
    assert_eq!(
        (error.code(), error.field.as_deref()),
        (Some("IMMUTABLE_FIELD"), Some("cycles.mode"))
    );

    let (outcome, _) = exchange(
        409,
        r#"{"error": "CAMPAIGN_FINISHED", "message": "finished campaigns are read-only"}"#,
        |c| async move {
            c.update_campaign()
                .id(1234)
                .body(types::CampaignUpdate::builder())
                .send()
                .await
        },
    )
    .await;
    assert_eq!(api_error(outcome, 409).code(), Some("CAMPAIGN_FINISHED"));
}

#[tokio::test]
async fn campaign_actions_and_their_documented_errors() {
    for (action, name) in [
        (types::CampaignActionAction::Activate, "activate"),
        (types::CampaignActionAction::Pause, "pause"),
        (types::CampaignActionAction::Resume, "resume"),
        (types::CampaignActionAction::Archive, "archive"),
    ] {
        let (outcome, request) = exchange(200, &fixture("campaign.json"), |c| async move {
            c.campaign_action().id(1234).action(action).send().await
        })
        .await;
        assert_eq!(
            line(&request),
            ("POST", format!("/campaigns/1234/{name}").as_str())
        );
        assert!(request.body.is_empty(), "no body");
        outcome.unwrap();
    }

    // The code in `code`, or in `error`: which key the API uses is not
    // documented, and both decode.
    for body in [
        r#"{"code": "INVALID_STATUS_TRANSITION", "message": "cannot activate", "current_status": "inactive", "valid_targets": ["active", "archived"]}"#,
        r#"{"error": "INVALID_STATUS_TRANSITION", "message": "cannot activate", "current_status": "inactive", "valid_targets": ["active", "archived"]}"#,
    ] {
        let (outcome, _) = exchange(409, body, |c| async move {
            c.campaign_action()
                .id(1234)
                .action(types::CampaignActionAction::Activate)
                .send()
                .await
        })
        .await;
        let error = api_error(outcome, 409);
        assert_eq!(error.code(), Some("INVALID_STATUS_TRANSITION"));
        assert_eq!(error.current_status.as_deref(), Some("inactive"));
        assert_eq!(error.valid_targets, ["active", "archived"]);
    }

    let (outcome, _) = exchange(
        402,
        r#"{"code": "BILLING_LIMIT_REACHED", "message": "plan limit"}"#,
        |c| async move {
            c.campaign_action()
                .id(1234)
                .action(types::CampaignActionAction::Resume)
                .send()
                .await
        },
    )
    .await;
    let error = api_error(outcome, 402);
    assert_eq!(error.code(), Some("BILLING_LIMIT_REACHED"));

    // An action this crate does not know is still sent as given.
    let (outcome, request) = exchange(
        400,
        r#"{"code": "UNKNOWN_ACTION", "message": "no such action"}"#,
        |c| async move {
            c.campaign_action()
                .id(1234)
                .action(types::CampaignActionAction::Unknown("restart".into()))
                .send()
                .await
        },
    )
    .await;
    assert_eq!(request.path, "/campaigns/1234/restart");
    assert_eq!(api_error(outcome, 400).code(), Some("UNKNOWN_ACTION"));
}

#[tokio::test]
async fn add_campaign_contacts_reports_each_row() {
    let body = r#"{"success": true, "summary": {"created": 1, "updated": 1, "skipped_duplicate": 0, "failed": 1},
        "results": [
          {"index": 0, "id": "981", "contact": "+521234567890", "status": "created", "error": null},
          {"index": 1, "id": 982, "contact": "+521234567891", "status": "updated"},
          {"index": 2, "contact": "12", "status": "failed", "error": "INVALID_PHONE_NUMBER"}]}"#;
    let (outcome, request) = exchange(200, body, |c| async move {
        c.add_campaign_contacts()
            .id(1234)
            .idempotency_key("batch-2026-11-24-1")
            .body(
                types::AddCampaignContactsBody::builder()
                    .if_duplicate(types::AddCampaignContactsBodyIfDuplicate::Update)
                    .contacts(vec![built::<types::NewContact, _>(
                        types::NewContact::builder()
                            .f_id("user_12345")
                            .name("John Doe")
                            .contact("+521234567890")
                            .context("Past-due 30 days, owes $120")
                            .extracted_data(
                                serde_json::from_str::<serde_json::Map<_, _>>(
                                    r#"{"plan": "gold"}"#,
                                )
                                .unwrap(),
                            ),
                    )]),
            )
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("POST", "/campaigns/1234/contacts"));
    assert_eq!(
        request.header("idempotency-key"),
        Some("batch-2026-11-24-1")
    );
    insta::assert_json_snapshot!("add_campaign_contacts_request_body", request.json());
    let batch = outcome.unwrap();
    let summary = batch.summary.unwrap();
    assert_eq!((summary.created, summary.failed), (Some(1), Some(1)));
    let rows = &batch.results;
    assert!(matches!(&rows[0].id, Some(ContactResultId::String(id)) if id == "981"));
    assert!(matches!(rows[1].id, Some(ContactResultId::Integer(982))));
    assert_eq!(rows[0].status, Some(types::ContactResultStatus::Created));
    assert_eq!(rows[0].error, None);
    assert_eq!(rows[2].status, Some(types::ContactResultStatus::Failed));
    assert_eq!(
        rows[2].error,
        Some(types::ContactResultError::InvalidPhoneNumber)
    );
}

#[tokio::test]
async fn list_campaign_contacts_in_both_paging_styles_and_status_lists() {
    let (outcome, request) = exchange(200, &fixture("contacts_page_index.json"), |c| async move {
        c.list_campaign_contacts()
            .id(1234)
            .status(types::CampaignContactStatus::NoAnswer)
            .page_size(NonZeroU64::new(100).unwrap())
            .page_index(3)
            .send()
            .await
    })
    .await;
    assert!(request.path.starts_with("/campaigns/1234/contacts?"));
    let mut sent = request.query();
    sent.sort();
    assert_eq!(
        sent,
        pairs(&[
            ("pageIndex", "3"),
            ("pageSize", "100"),
            ("status", "no-answer")
        ])
    );
    let page = outcome.unwrap();
    let contacts = &page.contacts;
    // en: "00:46", acepted (sic); es: 270, answered.
    assert!(matches!(
        &contacts[0].billed_duration,
        Some(CampaignContactBilledDuration::String(d)) if d == "00:46"
    ));
    assert!(matches!(
        contacts[1].billed_duration,
        Some(CampaignContactBilledDuration::Integer(270))
    ));
    assert_eq!(contacts[0].status, types::CampaignContactStatus::Acepted);
    assert_eq!(contacts[1].status, types::CampaignContactStatus::Answered);
    // As the contacts pages write it: a space, no offset; read as UTC.
    assert_eq!(contacts[0].last_call_at, Some(time("2025-10-03T19:11:39Z")));
    assert_eq!(contacts[0].extracted_data["monto_prometido"], "1000");
    let pagination = page.pagination.unwrap();
    assert_eq!(
        (pagination.has_next, pagination.next_page),
        (Some(true), Some(1))
    );

    // The older copy: cursor paging, failed_retries and voicemail_retries.
    let (outcome, _) = exchange(200, &fixture("contacts_cursor.json"), |c| async move {
        c.list_campaign_contacts().id(1234).send().await
    })
    .await;
    let page = outcome.unwrap();
    assert_eq!(page.contacts[0].voicemail_retries, Some(2));
    let pagination = page.pagination.unwrap();
    assert_eq!(pagination.has_more, Some(false));
    assert_eq!(pagination.previous_cursor.as_deref(), Some("c_9"));
}

#[tokio::test]
async fn retrieve_and_delete_a_campaign_contact() {
    let body = r#"{"success": true, "contact": {"id": 42, "f_id": "user_12345", "status": "queue", "billed_duration": 270}}"#;
    let (outcome, request) = exchange(200, body, |c| async move {
        c.retrieve_campaign_contact()
            .id(1234)
            .contact_id(42)
            .send()
            .await
    })
    .await;
    assert_eq!(line(&request), ("GET", "/campaigns/1234/contacts/42"));
    assert_eq!(outcome.unwrap().contact.unwrap().id, 42);

    // Whatever 2xx the API answers with, and whatever body: done.
    for (status, body) in [(200, r#"{"success": true}"#), (204, "")] {
        let (outcome, request) = exchange(status, body, |c| async move {
            c.delete_campaign_contact()
                .id(1234)
                .contact_id(42)
                .send()
                .await
        })
        .await;
        assert_eq!(line(&request), ("DELETE", "/campaigns/1234/contacts/42"));
        outcome.unwrap();
    }

    let (outcome, _) = exchange(
        409,
        r#"{"code": "CONTACT_NOT_DELETABLE", "message": "contact was already called"}"#,
        |c| async move {
            c.delete_campaign_contact()
                .id(1234)
                .contact_id(42)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(
        api_error(outcome, 409).code(),
        Some("CONTACT_NOT_DELETABLE")
    );
}

#[tokio::test]
async fn list_campaign_calls() {
    let body = r#"{"total_count": 1, "calls": [{"id": "call_abc123def456", "type": "outbound", "status": "ended",
        "answered_by": "human", "created_at": "2024-01-15T10:00:00Z", "started_at": "2024-01-15T10:00:05Z",
        "ended_at": "2024-01-15T10:04:35Z", "duration": 270, "billed_duration": 270,
        "contact": {"id": 42, "f_id": "user_12345", "name": "John Doe", "phone_number": "+521234567890", "status": "converted"},
        "extracted_data": {"interested": "yes"}, "tags": ["hot"],
        "recording_url": "/api/v1.0/call/call_abc123def456/recording"}],
        "pagination": {"page_index": 0, "page_size": 50, "has_next": false, "has_previous": false, "next_page": null, "previous_page": null}}"#;
    let (outcome, request) = exchange(200, body, |c| async move {
        c.list_campaign_calls()
            .id(1234)
            .status(types::ListCampaignCallsStatus::NoAnswer)
            .answered_by(types::AnsweredBy::Machine)
            .start_date(time("2024-01-01T00:00:00Z"))
            .end_date(time("2024-01-31T23:59:59Z"))
            .page_size(NonZeroU64::new(10).unwrap())
            .page_index(0u64)
            .send()
            .await
    })
    .await;
    assert!(request.path.starts_with("/campaigns/1234/calls?"));
    let mut sent = request.query();
    sent.sort();
    assert_eq!(
        sent,
        pairs(&[
            ("answeredBy", "machine"),
            ("endDate", "2024-01-31T23:59:59Z"),
            ("pageIndex", "0"),
            ("pageSize", "10"),
            ("startDate", "2024-01-01T00:00:00Z"),
            ("status", "no-answer"),
        ])
    );
    let page = outcome.unwrap();
    let call = &page.calls[0];
    assert_eq!(call.answered_by, Some(types::AnsweredBy::Human));
    assert_eq!(
        call.contact.as_ref().unwrap().id,
        Some(types::ContactId(42))
    );
    assert_eq!(
        call.recording_url.as_deref(),
        Some("/api/v1.0/call/call_abc123def456/recording")
    );
    assert_eq!(page.pagination.unwrap().page_size, Some(50));
}

/// The headers every operation sends whatever its arguments: `api-version`
/// (the spec's version), `accept` and the key, each exactly once.
/// `codegen/static_headers.rs` moves the fixed ones out of
/// progenitor's per-request header map; this is what holds it to the bytes
/// progenitor sent.
#[tokio::test]
async fn every_operation_sends_its_fixed_headers_once() {
    use altur_api_tests::calls::{Cases, request};
    use altur_api_tests::rng::Rng;

    let spec = altur_api_tests::committed_spec_value();
    let version = spec["info"]["version"].as_str().unwrap();
    let mut operations: Vec<&str> = altur_api_tests::spec_operations(&spec)
        .iter()
        .map(|operation| operation.id())
        .collect();
    operations.sort_unstable();
    assert!(!operations.is_empty());

    let server = TestServer::replying(200, "application/json", "{}").await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .build()
        .unwrap();
    let mut cases = Cases(Rng(0x04ea_de25));
    for (i, operation) in operations.iter().enumerate() {
        // The answer need not decode: only what was sent is checked.
        let _ = request(operation, &client, &mut cases).await;
        let requests = server.requests();
        assert_eq!(requests.len(), i + 1, "{operation}: one request");
        let sent = &requests[i];
        let count = |name: &str| sent.headers.iter().filter(|(n, _)| n == name).count();
        for (name, value) in [
            ("api-version", version),
            ("accept", "application/json"),
            ("authorization", &format!("api-key {KEY}")[..]),
        ] {
            assert_eq!(
                count(name),
                1,
                "{operation}: {name} once in {:?}",
                sent.headers
            );
            assert_eq!(sent.header(name), Some(value), "{operation}: {name}");
        }
    }
}
