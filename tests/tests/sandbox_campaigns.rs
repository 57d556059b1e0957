//! The sandbox's campaigns through the real client: the create and update
//! rules the campaign pages state, each documented error with its fields,
//! every lifecycle transition from every status, 402 once the budget is
//! spent, and the list's filters and pages.

use altur_api::Error;
use altur_api::types::{
    CampaignStatus, CampaignUpdate, Cycles, CyclesMode, DaySchedule, NewCampaign, NewContact,
    Scheduling,
};
use altur_api_tests::built;
use altur_api_tests::sandbox::raw;
use altur_api_tests::sandbox::{self, Judged, create_campaign};
use altur_sandbox::{Sandbox, SandboxAgent};
use serde_json::json;

async fn sandbox() -> Judged {
    Judged::start(
        Sandbox::builder()
            .seed(11)
            .manual_clock()
            .rate_limits(false),
    )
    .await
}

fn phone_campaign(agent: &SandboxAgent, name: &str) -> altur_api::types::builder::NewCampaign {
    sandbox::phone_campaign(agent, name)
        .retries(1)
        .first_message("Hola, le llamo de Crédito Fácil.")
}

/// The documented error's status, code and `field`.
fn documented(error: Error) -> (u16, Option<String>, Option<String>) {
    // `api_error()` reads an undocumented status's body too: this is the
    // documented one.
    assert!(
        matches!(error, Error::Api { .. }),
        "not Error::Api: {error}"
    );
    let status = error.status().map_or(0, |s| s.as_u16());
    let api = error
        .api_error()
        .cloned()
        .unwrap_or_else(|| panic!("not Error::Api: {error}"));
    (status, api.code().map(str::to_owned), api.field)
}

#[tokio::test]
async fn create_rules() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let agents = sandbox.agents();
    let (lucia, mateo) = (&agents[0], &agents[1]);

    let created = client
        .create_campaign()
        .body(phone_campaign(lucia, "Cobranza enero"))
        .send()
        .await
        .expect("create")
        .into_inner()
        .campaign
        .expect("the campaign");
    assert_eq!(created.status, CampaignStatus::Pending);
    assert_eq!(created.timezone.as_deref(), Some("America/Mexico_City"));
    assert_eq!(created.agent.map(|a| a.id), Some(lucia.public_id.clone()));
    assert_eq!(created.archived, Some(false));

    // A field of the other channel.
    let whatsapp = NewCampaign::builder()
        .name("Avisos")
        .agent_id(lucia.public_id.clone())
        .integration_id(lucia.integration("whatsapp").unwrap().public_id.clone())
        .first_message("Hola");
    let e = client
        .create_campaign()
        .body(whatsapp)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        documented(e),
        (
            400,
            Some("INVALID_REQUEST".into()),
            Some("first_message".into())
        )
    );
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").template("order_update"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("template"));
    // An integration of another agent, an unknown agent, a channel that
    // is not the integration's, a time zone that is no IANA name.
    let e = client
        .create_campaign()
        .body(
            phone_campaign(lucia, "x")
                .integration_id(mateo.integration("phone_call").unwrap().public_id.clone()),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("integration_id"));
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").agent_id("agt_nobody"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("agent_id"));
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").integration_type("whatsapp"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("integration_type"));
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").timezone("Mexico/Somewhere"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("timezone"));
    // Cycles in cooldown mode refuse the schedule fields.
    let cooldown = Cycles::builder()
        .enabled(true)
        .mode(CyclesMode::Cooldown)
        .schedule_start_date("2026-02-01");
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").cycles(cooldown))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        documented(e),
        (
            400,
            Some("SCHEDULED_MODE_ONLY".into()),
            Some("cycles.schedule_start_date".into())
        )
    );
    // Cycles with enabled false: the rest is ignored.
    let off = Cycles::builder().enabled(false).max_iterations(3);
    let id = create_campaign(&client, phone_campaign(lucia, "sin ciclos").cycles(off)).await;
    let read = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(read.campaign.and_then(|c| c.cycles).is_none());
    // A day's time that is not HH:MM.
    let scheduling = Scheduling::builder().mon(
        DaySchedule::builder()
            .start_time("9am")
            .stop_time("18:00")
            .active(true),
    );
    let e = client
        .create_campaign()
        .body(phone_campaign(lucia, "x").scheduling(scheduling))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).2.as_deref(), Some("scheduling.mon.startTime"));
}

#[tokio::test]
async fn update_rules() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let lucia = sandbox.agents()[0].clone();
    let plain = create_campaign(&client, phone_campaign(&lucia, "Sin ciclos")).await;
    let cycles = Cycles::builder()
        .enabled(true)
        .mode(CyclesMode::Cooldown)
        .max_iterations(3)
        .cooldown_minutes(720);
    let cycling =
        create_campaign(&client, phone_campaign(&lucia, "Con ciclos").cycles(cycles)).await;

    // A field left out keeps its value.
    let updated = client
        .update_campaign()
        .id(plain)
        .body(CampaignUpdate::builder().name("Renombrada").retries(2))
        .send()
        .await
        .expect("update")
        .into_inner()
        .campaign
        .expect("the campaign");
    assert_eq!(updated.name.as_deref(), Some("Renombrada"));
    assert_eq!(updated.retries, Some(2));
    assert_eq!(
        updated.first_message.as_deref(),
        Some("Hola, le llamo de Crédito Fácil.")
    );

    // Immutable fields, each named.
    for (body, field) in [
        (json!({"agent_id": lucia.public_id}), "agent_id"),
        (json!({"integration_id": "int_x"}), "integration_id"),
        (json!({"integration_type": "whatsapp"}), "integration_type"),
        (json!({"cycles": {"enabled": false}}), "cycles.enabled"),
        (json!({"cycles": {"mode": "scheduled"}}), "cycles.mode"),
    ] {
        let (status, answer) = raw(
            &sandbox,
            "PATCH",
            &format!("/campaigns/{cycling}"),
            Some(&body.to_string()),
        )
        .await;
        assert_eq!(status, 400, "{body}: {answer}");
        assert_eq!(answer["code"], "IMMUTABLE_FIELD", "{body}: {answer}");
        assert_eq!(answer["field"], field, "{body}: {answer}");
    }
    // The typed client reads the same: 400 IMMUTABLE_FIELD with its field.
    let (_, answer) = raw(
        &sandbox,
        "PATCH",
        &format!("/campaigns/{cycling}"),
        Some(r#"{"agent_id": "a"}"#),
    )
    .await;
    assert_eq!(answer["error"], 400);

    // Cycle settings for a campaign without cycles; schedule fields outside
    // scheduled mode.
    let e = client
        .update_campaign()
        .id(plain)
        .body(
            CampaignUpdate::builder()
                .cycles(altur_api::types::CyclesUpdate::builder().cooldown_minutes(60)),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        documented(e),
        (
            400,
            Some("CYCLES_NOT_ENABLED".into()),
            Some("cycles".into())
        )
    );
    let e = client
        .update_campaign()
        .id(cycling)
        .body(
            CampaignUpdate::builder()
                .cycles(altur_api::types::CyclesUpdate::builder().schedule_end_date("2026-03-01")),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).1.as_deref(), Some("SCHEDULED_MODE_ONLY"));
    let cooled = client
        .update_campaign()
        .id(cycling)
        .body(
            CampaignUpdate::builder()
                .cycles(altur_api::types::CyclesUpdate::builder().cooldown_minutes(30)),
        )
        .send()
        .await
        .expect("update cycles")
        .into_inner()
        .campaign
        .and_then(|c| c.cycles)
        .expect("cycles");
    assert_eq!(
        (cooled.cooldown_minutes, cooled.max_iterations),
        (Some(30), Some(3))
    );
    // Out of range and the other channel's field.
    let (status, answer) = raw(
        &sandbox,
        "PATCH",
        &format!("/campaigns/{plain}"),
        Some(r#"{"message_limit": 0}"#),
    )
    .await;
    assert_eq!(
        (status, answer["field"].as_str()),
        (400, Some("message_limit")),
        "{answer}"
    );
    let (status, answer) = raw(
        &sandbox,
        "PATCH",
        &format!("/campaigns/{plain}"),
        Some(r#"{"template": "t"}"#),
    )
    .await;
    assert_eq!(
        (status, answer["field"].as_str()),
        (400, Some("template")),
        "{answer}"
    );
}

/// Every action from every status a campaign can be put in through the API
/// and the clock, against the page's table.
#[tokio::test]
async fn every_lifecycle_action_from_every_status() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let lucia = sandbox.agents()[0].clone();
    let contact: NewContact = built(NewContact::builder().contact("+15005550000"));
    // A campaign in `status`, made through the API and the clock.
    let campaign_in = |status: &'static str| {
        let client = client.clone();
        let lucia = lucia.clone();
        let contact = contact.clone();
        let sandbox = &sandbox;
        async move {
            let cycles = Cycles::builder()
                .enabled(true)
                .max_iterations(2)
                .cooldown_minutes(600);
            let id = create_campaign(&client, phone_campaign(&lucia, status).cycles(cycles)).await;
            let add = |id| {
                client
                    .add_campaign_contacts()
                    .id(id)
                    .body(
                        altur_api::types::AddCampaignContactsBody::builder()
                            .contacts(vec![contact.clone()]),
                    )
                    .send()
            };
            if status != "pending" {
                add(id).await.expect("add");
            }
            if matches!(status, "active" | "inactive" | "cooldown" | "finished") {
                altur_api_tests::sandbox::activate(&client, id).await;
            }
            if status == "inactive" {
                client
                    .campaign_action()
                    .id(id)
                    .action("pause")
                    .send()
                    .await
                    .expect("pause");
            }
            if matches!(status, "cooldown" | "finished") {
                // The call ends (a person answers), the iteration is over.
                sandbox.advance(std::time::Duration::from_secs(600)).await;
            }
            if status == "finished" {
                sandbox
                    .advance(std::time::Duration::from_secs(601 * 60))
                    .await;
                sandbox.advance(std::time::Duration::from_secs(600)).await;
            }
            let now = client
                .retrieve_campaign()
                .id(id)
                .send()
                .await
                .unwrap()
                .into_inner();
            assert_eq!(
                now.campaign
                    .map(|c| c.status)
                    .map(|s| s.to_string())
                    .as_deref(),
                Some(status),
                "the campaign was put in {status}"
            );
            id
        }
    };
    // (from, action) → the status after it, or the 409's valid_targets.
    type Row = (
        &'static str,
        &'static str,
        Result<&'static str, &'static [&'static str]>,
    );
    let table: &[Row] = &[
        ("pending", "activate", Ok("active")),
        ("ready", "activate", Ok("active")),
        ("cooldown", "activate", Ok("active")),
        ("active", "activate", Err(&["inactive"])),
        ("inactive", "activate", Err(&["active"])),
        ("finished", "activate", Err(&[])),
        ("active", "pause", Ok("inactive")),
        ("cooldown", "pause", Ok("inactive")),
        ("inactive", "pause", Ok("inactive")),
        ("pending", "pause", Err(&["active"])),
        ("ready", "pause", Err(&["active"])),
        ("finished", "pause", Err(&[])),
        ("inactive", "resume", Ok("active")),
        ("active", "resume", Ok("active")),
        ("pending", "resume", Err(&["active"])),
        ("cooldown", "resume", Err(&["active", "inactive"])),
        ("finished", "resume", Err(&[])),
    ];
    for (from, action, expected) in table {
        let id = campaign_in(from).await;
        let result = client.campaign_action().id(id).action(*action).send().await;
        match (expected, result) {
            (Ok(to), Ok(answer)) => {
                let status = answer.into_inner().campaign.map(|c| c.status.to_string());
                assert_eq!(status.as_deref(), Some(*to), "{action} from {from}");
            }
            (Err(targets), Err(e)) => {
                let api = e
                    .api_error()
                    .cloned()
                    .unwrap_or_else(|| panic!("{action} from {from}: {e}"));
                assert_eq!(
                    e.status().map(|s| s.as_u16()),
                    Some(409),
                    "{action} from {from}"
                );
                assert_eq!(
                    api.code(),
                    Some("INVALID_STATUS_TRANSITION"),
                    "{action} from {from}"
                );
                assert_eq!(
                    api.current_status.as_deref(),
                    Some(*from),
                    "{action} from {from}"
                );
                assert_eq!(api.valid_targets, *targets, "{action} from {from}");
            }
            (expected, got) => panic!(
                "{action} from {from}: expected {expected:?}, got {:?}",
                got.map(|_| ())
            ),
        }
    }
    // Archive, from any status, again and again.
    for from in ["pending", "active", "finished"] {
        let id = campaign_in(from).await;
        for _ in 0..2 {
            let campaign = client
                .campaign_action()
                .id(id)
                .action("archive")
                .send()
                .await
                .expect("archive");
            let campaign = campaign.into_inner().campaign.expect("the campaign");
            assert_eq!(campaign.archived, Some(true), "archive from {from}");
            assert_eq!(campaign.status.to_string(), from);
        }
    }
    // An action that is none.
    let id = campaign_in("ready").await;
    let (status, answer) = raw(&sandbox, "POST", &format!("/campaigns/{id}/launch"), None).await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (400, Some("UNKNOWN_ACTION")),
        "{answer}"
    );
    // A finished campaign is read-only.
    let id = campaign_in("finished").await;
    let e = client
        .update_campaign()
        .id(id)
        .body(CampaignUpdate::builder().name("otra"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(documented(e).0, 409);
    let (_, answer) = raw(&sandbox, "PATCH", &format!("/campaigns/{id}"), Some("{}")).await;
    assert_eq!(answer["code"], "CAMPAIGN_FINISHED");
}

#[tokio::test]
async fn billing_limit_reached_once_the_budget_is_spent() {
    let sandbox = Judged::start(Sandbox::builder().seed(3).manual_clock().budget_seconds(60)).await;
    let client = sandbox.client();
    let lucia = sandbox.agents()[0].clone();
    let first = create_campaign(&client, phone_campaign(&lucia, "uno")).await;
    let second = create_campaign(&client, phone_campaign(&lucia, "dos")).await;
    // A person answers and talks for more than a minute.
    client
        .add_campaign_contacts()
        .id(first)
        .body(
            altur_api::types::AddCampaignContactsBody::builder().contacts(vec![built::<
                NewContact,
                _,
            >(
                NewContact::builder().contact("+15005550000"),
            )]),
        )
        .send()
        .await
        .expect("add");
    altur_api_tests::sandbox::activate(&client, first).await;
    sandbox.advance(std::time::Duration::from_secs(600)).await;
    let e = client
        .campaign_action()
        .id(second)
        .action("activate")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        documented(e),
        (402, Some("BILLING_LIMIT_REACHED".into()), None)
    );
}

#[tokio::test]
async fn the_list_filters_and_pages() {
    let sandbox = sandbox().await;
    let client = sandbox.client();
    let agents = sandbox.agents();
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(create_campaign(&client, phone_campaign(&agents[n % 2], &format!("c{n}"))).await);
        sandbox.advance(std::time::Duration::from_secs(3600)).await;
    }
    altur_api_tests::sandbox::activate(&client, ids[0]).await;
    let whatsapp = NewCampaign::builder()
        .name("Avisos")
        .agent_id(agents[0].public_id.clone())
        .integration_id(agents[0].integration("whatsapp").unwrap().public_id.clone())
        .template("aviso");
    ids.push(create_campaign(&client, whatsapp).await);

    let list = |query: &'static [(&str, &str)]| {
        let sandbox = &sandbox;
        async move {
            let mut path = "/campaigns?".to_owned();
            for (k, v) in query {
                path.push_str(&format!("{k}={v}&"));
            }
            let (status, body) = raw(sandbox, "GET", &path, None).await;
            assert_eq!(status, 200, "{path}: {body}");
            let names: Vec<String> = body["campaigns"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["name"].as_str().unwrap().to_owned())
                .collect();
            (names, body)
        }
    };
    assert_eq!(list(&[]).await.0, ["c0", "c1", "c2", "c3", "c4", "Avisos"]);
    assert_eq!(list(&[("status", "active")]).await.0, ["c0"]);
    assert_eq!(list(&[("integration", "whatsapp")]).await.0, ["Avisos"]);
    let by_agent = format!("/campaigns?agentId={}", agents[1].id);
    let (_, body) = raw(&sandbox, "GET", &by_agent, None).await;
    assert_eq!(body["campaigns"].as_array().unwrap().len(), 2, "{body}");
    let (names, body) = list(&[("pageSize", "2"), ("pageIndex", "1")]).await;
    assert_eq!(names, ["c2", "c3"]);
    assert_eq!(body["total_count"], 6);
    assert_eq!(body["pagination"]["has_next"], true);
    assert_eq!(body["pagination"]["next_page"], 2);
    // Created between 10:30 and 12:30 on the manual clock's first day.
    let (names, _) = list(&[
        ("startDate", "2026-01-05T16:30:00Z"),
        ("endDate", "2026-01-05T18:30:00Z"),
    ])
    .await;
    assert_eq!(names, ["c2", "c3"]);
    let (status, body) = raw(
        &sandbox,
        "GET",
        "/campaigns?startDate=2026-01-05T16:30:00Z",
        None,
    )
    .await;
    assert_eq!(
        (status, body["field"].as_str()),
        (400, Some("endDate")),
        "{body}"
    );
    // Every page through the client's stream.
    let all: Vec<_> = altur_api::TryStreamExt::try_collect::<Vec<_>>(
        client.list_campaigns().page_size(4).stream(),
    )
    .await
    .expect("every page");
    assert_eq!(all.len(), 6);
}
