//! The sandbox's campaign contacts through the real client: each row of a
//! batch on its own, duplicates by phone number skipped or updated, pages
//! by `pageIndex` with `total_count` on the first page only, deletion only
//! from `queue` or `failed`, an `Idempotency-Key` replayed with nothing
//! done again, and 429 at the 13th campaign request in a second.

use altur_api::types::{
    AddCampaignContactsBody, CampaignContactStatus, ContactResultStatus, NewCampaign, NewContact,
};
use altur_api::{Client, TryStreamExt};
use altur_api_tests::built;
use altur_api_tests::sandbox::Judged;
use altur_api_tests::sandbox::{create_campaign, phone_campaign, raw};
use altur_sandbox::Sandbox;

async fn sandbox(rate_limits: bool) -> Judged {
    Judged::start(
        Sandbox::builder()
            .seed(5)
            .manual_clock()
            .rate_limits(rate_limits),
    )
    .await
}

async fn campaign(sandbox: &Judged, client: &Client) -> altur_api::types::CampaignId {
    create_campaign(client, phone_campaign(&sandbox.agents()[0], "Cobranza")).await
}

fn row(phone: &str, name: &str) -> NewContact {
    built(
        NewContact::builder()
            .contact(phone)
            .name(name)
            .f_id(format!("crm-{name}")),
    )
}

#[tokio::test]
async fn each_row_on_its_own_and_duplicates_by_phone_number() {
    let sandbox = sandbox(false).await;
    let client = sandbox.client();
    let id = campaign(&sandbox, &client).await;
    let rows = vec![
        row("+525512345601", "Ana"),
        built(NewContact::builder()),
        row("55 1234 5602", "Beto"),
        row("+525512345601", "Ana otra vez"),
        row("+525512345603", "Carla"),
    ];
    let answer = client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .expect("add")
        .into_inner();
    let summary = answer.summary.expect("a summary");
    assert_eq!(
        (
            summary.created,
            summary.updated,
            summary.skipped_duplicate,
            summary.failed
        ),
        (Some(2), Some(0), Some(1), Some(2))
    );
    let mut results = answer.results;
    results.sort_by_key(|r| r.index);
    let outcomes: Vec<_> = results
        .iter()
        .map(|r| {
            (
                r.index.unwrap(),
                r.status.clone().unwrap(),
                r.error.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            (0, ContactResultStatus::Created, None),
            (
                1,
                ContactResultStatus::Failed,
                Some("MISSING_CONTACT".into())
            ),
            (
                2,
                ContactResultStatus::Failed,
                Some("INVALID_PHONE_NUMBER".into())
            ),
            (3, ContactResultStatus::SkippedDuplicate, None),
            (4, ContactResultStatus::Created, None),
        ]
    );
    assert_eq!(
        results[3].id.as_ref().map(ToString::to_string),
        results[0].id.as_ref().map(ToString::to_string),
        "the duplicate is the contact it repeats"
    );

    // `update` overwrites name, context, extracted_data and f_id.
    let mut again = row("+525512345603", "Carla Núñez");
    again.context = Some("Saldo vencido 30 días".into());
    let answer = client
        .add_campaign_contacts()
        .id(id)
        .body(
            AddCampaignContactsBody::builder()
                .contacts(vec![again])
                .if_duplicate("update"),
        )
        .send()
        .await
        .expect("update")
        .into_inner();
    assert_eq!(answer.summary.and_then(|s| s.updated), Some(1));
    let contacts = sandbox.contacts(id);
    assert_eq!(contacts.len(), 2);
    let carla = contacts
        .iter()
        .find(|c| c.contact.as_deref() == Some("+525512345603"))
        .unwrap();
    assert_eq!(carla.name.as_deref(), Some("Carla Núñez"));
    assert_eq!(carla.context.as_deref(), Some("Saldo vencido 30 días"));
    assert_eq!(carla.f_id.as_deref(), Some("crm-Carla Núñez"));
    assert_eq!(carla.status, CampaignContactStatus::Queue);
    // The campaign had no contacts: it is ready now.
    let read = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        read.campaign
            .map(|c| c.status)
            .map(|s| s.to_string())
            .as_deref(),
        Some("ready")
    );
    // One contact, by campaign; another campaign's contact is not it.
    let one = client
        .retrieve_campaign_contact()
        .id(id)
        .contact_id(carla.id)
        .send()
        .await
        .expect("one contact")
        .into_inner();
    assert_eq!(
        one.contact.and_then(|c| c.name).as_deref(),
        Some("Carla Núñez")
    );
    let other = campaign(&sandbox, &client).await;
    let e = client
        .retrieve_campaign_contact()
        .id(other)
        .contact_id(carla.id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn pages_by_index_with_the_total_on_the_first_page_only() {
    let sandbox = sandbox(false).await;
    let client = sandbox.client();
    let id = campaign(&sandbox, &client).await;
    let rows: Vec<_> = (0..7)
        .map(|i| row(&format!("+52551234{i:04}"), &format!("c{i}")))
        .collect();
    client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .expect("add");
    let first = client
        .list_campaign_contacts()
        .id(id)
        .page_size(3)
        .send()
        .await
        .expect("page 0")
        .into_inner();
    assert_eq!(first.total_count, Some(7));
    assert_eq!(first.contacts.len(), 3);
    let pagination = first.pagination.expect("pagination");
    assert_eq!(
        (
            pagination.has_next,
            pagination.next_page,
            pagination.has_previous
        ),
        (Some(true), Some(1), Some(false))
    );
    let last = client
        .list_campaign_contacts()
        .id(id)
        .page_size(3)
        .page_index(2)
        .send()
        .await
        .expect("page 2")
        .into_inner();
    assert_eq!(
        last.total_count, None,
        "total_count is computed on the first page only"
    );
    assert_eq!(last.contacts.len(), 1);
    assert_eq!(last.pagination.and_then(|p| p.has_next), Some(false));
    // The stream reads every page once, in order.
    let names: Vec<String> = client
        .list_campaign_contacts()
        .id(id)
        .page_size(3)
        .stream()
        .map_ok(|c| c.name.unwrap_or_default())
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(names, (0..7).map(|i| format!("c{i}")).collect::<Vec<_>>());
    let pages: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("list_campaign_contacts"))
        .map(|r| r.query_param("pageIndex").map(str::to_owned))
        .collect();
    assert_eq!(
        pages[2..],
        [Some("0".into()), Some("1".into()), Some("2".into())]
    );
    // A status filter.
    let queued = client
        .list_campaign_contacts()
        .id(id)
        .status("queue")
        .send()
        .await
        .expect("filtered")
        .into_inner();
    assert_eq!(queued.total_count, Some(7));
    let none = client
        .list_campaign_contacts()
        .id(id)
        .status("converted")
        .send()
        .await
        .expect("filtered")
        .into_inner();
    assert_eq!((none.total_count, none.contacts.len()), (Some(0), 0));
    let (status, body) = raw(
        &sandbox,
        "GET",
        &format!("/campaigns/{id}/contacts?cursor=abc"),
        None,
    )
    .await;
    assert_eq!(
        (status, body["field"].as_str()),
        (400, Some("cursor")),
        "{body}"
    );
}

#[tokio::test]
async fn contacts_are_deleted_only_from_queue_or_failed() {
    let sandbox = sandbox(false).await;
    let client = sandbox.client();
    let id = campaign(&sandbox, &client).await;
    // A person answers +15005550000; +15005550005 cannot be called.
    let rows = vec![
        row("+15005550000", "answers"),
        row("+15005550005", "fails"),
        row("+525512340000", "waits"),
    ];
    client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .expect("add");
    let ids: Vec<altur_api::types::ContactId> = sandbox.contacts(id).iter().map(|c| c.id).collect();
    // Queued: deleted, and never called.
    client
        .delete_campaign_contact()
        .id(id)
        .contact_id(ids[2])
        .send()
        .await
        .expect("a queued contact is deleted");
    altur_api_tests::sandbox::activate(&client, id).await;
    // On a manual clock the campaign starts calling when the clock runs.
    sandbox.advance(std::time::Duration::ZERO).await;
    // Sending: not deletable.
    let e = client
        .delete_campaign_contact()
        .id(id)
        .contact_id(ids[0])
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(e, altur_api::Error::Api { .. }),
        "documented: {e:?}"
    );
    let api = e.api_error().expect("documented");
    assert_eq!(
        (e.status().map(|s| s.as_u16()), api.code()),
        (Some(409), Some("CONTACT_NOT_DELETABLE"))
    );
    sandbox.advance(std::time::Duration::from_secs(900)).await;
    let statuses: Vec<_> = sandbox
        .contacts(id)
        .iter()
        .map(|c| (c.id, c.status.clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            (ids[0], CampaignContactStatus::Answered),
            (ids[1], CampaignContactStatus::Failed)
        ]
    );
    // Answered: not deletable; failed: deletable.
    let (status, body) = raw(
        &sandbox,
        "DELETE",
        &format!("/campaigns/{id}/contacts/{}", ids[0]),
        None,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (409, Some("CONTACT_NOT_DELETABLE")),
        "{body}"
    );
    client
        .delete_campaign_contact()
        .id(id)
        .contact_id(ids[1])
        .send()
        .await
        .expect("a failed contact is deleted");
    let called: Vec<_> = sandbox
        .campaign_calls(id)
        .into_iter()
        .filter_map(|c| c.contact.and_then(|c| c.phone_number))
        .collect();
    assert!(!called.contains(&"+525512340000".to_owned()), "{called:?}");
    let e = client
        .delete_campaign_contact()
        .id(id)
        .contact_id(ids[2])
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404), "deleted already");
}

#[tokio::test]
async fn an_idempotency_key_seen_before_is_answered_as_the_first_time() {
    let sandbox = sandbox(false).await;
    let client = sandbox.client();
    let id = campaign(&sandbox, &client).await;
    let body = || AddCampaignContactsBody::builder().contacts(vec![row("+525512349999", "Ana")]);
    let key = "8c1f3d0e-4b5a-4c3d-9e8f-7a6b5c4d3e2f";
    let first = client
        .add_campaign_contacts()
        .id(id)
        .idempotency_key(key)
        .body(body())
        .send()
        .await
        .expect("first")
        .into_inner();
    let again = client
        .add_campaign_contacts()
        .id(id)
        .idempotency_key(key)
        .body(body())
        .send()
        .await
        .expect("again")
        .into_inner();
    assert_eq!(
        again.summary.as_ref().and_then(|s| s.created),
        Some(1),
        "the first answer, replayed"
    );
    assert_eq!(
        serde_json::to_value(&first).unwrap(),
        serde_json::to_value(&again).unwrap()
    );
    let without = client
        .add_campaign_contacts()
        .id(id)
        .body(body())
        .send()
        .await
        .expect("another key")
        .into_inner();
    assert_eq!(
        without.summary.and_then(|s| s.skipped_duplicate),
        Some(1),
        "a new key is a new request"
    );
    let replayed: Vec<bool> = sandbox
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("add_campaign_contacts"))
        .map(|r| r.replayed)
        .collect();
    assert_eq!(replayed, [false, true, false]);
    // Create Campaign too: one campaign for one key.
    let lucia = sandbox.agents()[0].clone();
    let create = || {
        client
            .create_campaign()
            .idempotency_key("one-campaign")
            .body(
                NewCampaign::builder()
                    .name("Una")
                    .agent_id(lucia.public_id.clone())
                    .integration_id(lucia.integration("phone_call").unwrap().public_id.clone()),
            )
            .send()
    };
    let a = create()
        .await
        .expect("create")
        .into_inner()
        .campaign
        .map(|c| c.id);
    let b = create()
        .await
        .expect("create again")
        .into_inner()
        .campaign
        .map(|c| c.id);
    assert_eq!(a, b);
    assert_eq!(
        sandbox
            .campaigns()
            .iter()
            .filter(|c| c.name.as_deref() == Some("Una"))
            .count(),
        1
    );
}

/// The sandbox with its rate limit's window on its manual clock, and a
/// client straight to it (the typed client, never retrying a 429).
async fn on_a_held_window() -> (Judged, Client) {
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(5)
            .manual_clock()
            .rate_window_on_clock(),
    )
    .await;
    let client = sandbox
        .sandbox
        .client_builder()
        .max_retries(0)
        .build()
        .expect("a client");
    (sandbox, client)
}

/// On a window the test holds (the sandbox's manual clock), so that "in a
/// second" does not depend on how loaded the machine is.
#[tokio::test]
async fn the_thirteenth_campaign_request_in_a_second_is_429() {
    let (sandbox, client) = on_a_held_window().await;
    let id = campaign(&sandbox, &client).await;
    sandbox.advance(std::time::Duration::from_secs(1)).await;
    let burst: Vec<_> = (0..12)
        .map(|_| client.retrieve_campaign().id(id).send())
        .collect();
    let answers = futures_util::future::join_all(burst).await;
    assert!(
        answers.iter().all(Result::is_ok),
        "12 in a second are answered: {:?}",
        answers
            .iter()
            .filter_map(|a| a.as_ref().err())
            .collect::<Vec<_>>()
    );
    match client.list_campaign_contacts().id(id).send().await {
        Err(altur_api::Error::RateLimited { retry_after, .. }) => {
            assert_eq!(retry_after, Some(std::time::Duration::from_secs(1)));
        }
        other => panic!("the 13th: {:?}", other.map(|_| ())),
    }
    // A refused request does not count; operations the docs give no limit
    // are not limited.
    for _ in 0..20 {
        let (status, _) = raw(&sandbox, "GET", "/thread/nothing", None).await;
        assert_eq!(status, 400);
    }
    let (status, _) = raw(&sandbox, "GET", &format!("/campaigns/{id}"), None).await;
    assert_eq!(status, 429, "still the same second");
    // A second later there is room again.
    sandbox.advance(std::time::Duration::from_secs(1)).await;
    let (status, _) = raw(&sandbox, "GET", &format!("/campaigns/{id}"), None).await;
    assert_eq!(status, 200);
}

/// A 429 says the request was refused and nothing done, so even a lifecycle
/// action, which the client never sends twice after any other failure, is
/// sent again after `Retry-After`, within the retries, and done once: a
/// pause sent while something else spends the second's 12 requests goes
/// through.
#[tokio::test]
async fn a_pause_refused_with_429_is_sent_again_after_retry_after_and_done_once() {
    use altur_api::types::CampaignActionAction;
    use std::time::{Duration, Instant};

    // The window on the sandbox's manual clock, as in the test above: the
    // burst and the pause fall in one second however loaded the machine,
    // and the second ends when the test moves the clock.
    let (sandbox, busy) = on_a_held_window().await;
    let client = sandbox.sandbox.client();
    let id = campaign(&sandbox, &busy).await;
    busy.add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(vec![row("+15005550001", "Ana")]))
        .send()
        .await
        .unwrap();
    busy.campaign_action()
        .id(id)
        .action(CampaignActionAction::Activate)
        .send()
        .await
        .unwrap();
    sandbox.advance(Duration::from_secs(1)).await;
    let before = sandbox.requests().len();
    let burst: Vec<_> = (0..12)
        .map(|_| busy.retrieve_campaign().id(id).send())
        .collect();
    let answers = futures_util::future::join_all(burst).await;
    assert!(answers.iter().all(Result::is_ok), "12 in a second");
    let started = Instant::now();
    let pause = tokio::spawn(async move {
        client
            .campaign_action()
            .id(id)
            .action(CampaignActionAction::Pause)
            .send()
            .await
    });
    // Once the pause is refused (logged before it is answered), the second
    // ends; the client waits the answer's `Retry-After` (1 s) before
    // sending it again, which the test's next look, 10 ms later on the same
    // thread, comes well before.
    let pauses = || -> Vec<Option<u16>> {
        sandbox.requests()[before..]
            .iter()
            .filter(|r| r.operation.as_deref() == Some("campaign_action"))
            .map(|r| r.status)
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while pauses().is_empty() {
        assert!(
            Instant::now() < deadline,
            "the pause never reached the sandbox"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(pauses(), [Some(429)], "the 13th in the second is refused");
    sandbox.advance(Duration::from_secs(1)).await;
    let paused = pause
        .await
        .expect("the pause's task")
        .expect("the pause, sent again, is done");
    assert_eq!(
        paused.into_inner().campaign.map(|c| c.status),
        Some(altur_api::types::CampaignStatus::Inactive)
    );
    assert_eq!(
        pauses(),
        [Some(429), Some(200)],
        "refused once, then done once"
    );
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the second attempt waited for Retry-After"
    );
}

/// The client's own limit keeps it under the documented 12 a second as a
/// strict server counts them (any sliding second, on the machine's clock,
/// each request when it arrives), so it never meets a 429, from one clone
/// or three at once. Whatever the machine's load: each request holds its
/// place in the client's second until a second after its answer, and the
/// sandbox counted it before answering.
#[tokio::test]
async fn a_client_limited_to_12_a_second_never_meets_a_429() {
    let sandbox = sandbox(true).await;
    let client = sandbox
        .sandbox
        .client_builder()
        .max_retries(0)
        .rate_limit(std::num::NonZeroU32::new(12).unwrap())
        .build()
        .expect("a client");
    let id = campaign(&sandbox, &client).await;
    for n in 0..15 {
        client
            .retrieve_campaign()
            .id(id)
            .send()
            .await
            .unwrap_or_else(|e| panic!("request {n}: {e}"));
    }
    let clones: Vec<_> = (0..3)
        .map(|clone| {
            let client = client.clone();
            tokio::spawn(async move {
                for n in 0..5 {
                    client
                        .retrieve_campaign()
                        .id(id)
                        .send()
                        .await
                        .unwrap_or_else(|e| panic!("clone {clone}, request {n}: {e}"));
                }
            })
        })
        .collect();
    for clone in clones {
        clone.await.expect("a clone's requests");
    }
    let refused = sandbox
        .requests()
        .iter()
        .filter(|r| r.status == Some(429))
        .count();
    assert_eq!(refused, 0);
}
