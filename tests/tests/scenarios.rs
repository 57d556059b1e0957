//! The scenario suite: flows a user runs, on the sandbox by default and on
//! the real API when `ALTUR_SCENARIO_BASE_URL` and `ALTUR_SCENARIO_API_KEY`
//! are set (tests/src/scenario.rs lists what else it needs). Each asserts
//! only what the docs state, and says a difference in one line, so that one
//! seen against the real API is a finding about the sandbox or the docs.
//! Scenarios that place real calls refuse to run against the real API
//! unless `ALTUR_SCENARIO_ALLOW_CONTACT=yes`; the root README says what each
//! costs there.

use std::time::Duration;

use altur_api::TryStreamExt;
use altur_api::types::{
    AddCampaignContactsBody, CallStatus, CampaignContactStatus, CampaignStatus, EndUserData,
    MessageSentBy, NewCampaign, NewContact, SendMessageBody, StartCallBody,
};
use altur_api_tests::built;
use altur_api_tests::scenario::Target;

/// A finding: what the docs state and what the target did, on one line.
macro_rules! finding {
    ($scenario:expr, $($what:tt)*) => {
        panic!("finding: {}: {}", $scenario, format!($($what)*))
    };
}

fn terminal(status: &CallStatus) -> bool {
    matches!(
        status,
        CallStatus::Ended | CallStatus::Busy | CallStatus::NoAnswer | CallStatus::Failed
    )
}

#[tokio::test]
async fn an_end_user_talks_to_an_agent() {
    const SCENARIO: &str = "an end user talks to an agent";
    let target = Target::new(Target::sandbox_builder()).await;
    let client = &target.client;
    let user = client
        .create_end_user()
        .body(
            EndUserData::builder()
                .display_name("Scenario user")
                .info("altur-api scenario suite"),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Create EndUser failed: {e}"))
        .into_inner();
    let reply = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(target.agent_id)
                .end_user_id(user.id)
                .content("Hola"),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Send Message failed: {e}"))
        .into_inner();
    let sent = reply
        .in_response_to
        .unwrap_or_else(|| finding!(SCENARIO, "Send Message returned no in_response_to"));
    if sent.sent_by != MessageSentBy::Eu || sent.content.as_deref() != Some("Hola") {
        finding!(
            SCENARIO,
            "in_response_to is not the end user's message: {sent:?}"
        );
    }
    let thread = reply
        .thread
        .map(|t| t.id)
        .unwrap_or_else(|| finding!(SCENARIO, "no thread"));
    let messages = client
        .get_messages()
        .thread_id(&thread)
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Get Messages failed: {e}"))
        .into_inner();
    if !messages
        .iter()
        .any(|m| m.content.as_deref() == Some("Hola") && m.sent_by == MessageSentBy::Eu)
    {
        finding!(SCENARIO, "the thread's messages do not hold the one sent");
    }
    let mut times: Vec<_> = messages.iter().map(|m| m.sent_at).collect();
    let listed = times.clone();
    times.sort();
    if times != listed {
        finding!(SCENARIO, "Get Messages is not oldest first");
    }
}

#[tokio::test]
async fn reach_a_customer_first() {
    const SCENARIO: &str = "reach a customer first";
    let target = Target::new(Target::sandbox_builder()).await;
    if !target.may_contact(SCENARIO) {
        return;
    }
    let call = target
        .client
        .start_call()
        .body(
            StartCallBody::builder()
                .agent_id(target.agent_id)
                .phone_number_to(target.phones[0].clone())
                .end_user_display_name("Scenario")
                .initial_message("Hola, es una prueba de altur-api."),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Start Call failed: {e}"))
        .into_inner();
    let id = call.id;
    // A call is over within minutes.
    let mut last = None;
    for _ in 0..30 {
        target.wait(Duration::from_secs(30)).await;
        let read = target
            .client
            .retrieve_call()
            .id(&id)
            .send()
            .await
            .unwrap_or_else(|e| finding!(SCENARIO, "Retrieve Call failed: {e}"))
            .into_inner();
        let status: Option<CallStatus> = altur_api::optional(read.status.clone());
        if let Some(status) = &status
            && !status.is_known()
        {
            finding!(SCENARIO, "status {status} is not among the documented ones");
        }
        let over = status.as_ref().is_some_and(terminal);
        last = Some(read);
        if over {
            break;
        }
    }
    let call = last.expect("read once at least");
    let status: Option<CallStatus> = altur_api::optional(call.status.clone());
    if !status.as_ref().is_some_and(terminal) {
        finding!(SCENARIO, "not over after 15 minutes: {:?}", status);
    }
    let (created, ended) = (call.created_at, call.ended_at);
    if let (Some(created), Some(ended)) = (created, ended)
        && ended < created
    {
        finding!(SCENARIO, "ended_at {ended} is before created_at {created}");
    }
    if call.thread.and_then(|t| t.agent).map(|a| a.id) != Some(target.agent_id) {
        finding!(
            SCENARIO,
            "the call's thread is not with the agent that called"
        );
    }
}

#[tokio::test]
async fn import_a_contact_list_then_archive_it_unrun() {
    const SCENARIO: &str = "import a contact list";
    let target = Target::new(Target::sandbox_builder()).await;
    let client = target.client.clone();
    let campaign = client
        .create_campaign()
        .body(
            NewCampaign::builder()
                .name("altur-api scenario: import (never activated)")
                .agent_id(target.agent_public_id.clone())
                .integration_id(target.phone_integration.clone()),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Create Campaign failed: {e}"))
        .into_inner()
        .campaign
        .map(|c| c.id)
        .unwrap_or_else(|| finding!(SCENARIO, "Create Campaign returned no campaign"));
    // Numbers of the sandbox's test range: never called (never activated).
    let rows: Vec<NewContact> = (0..2500)
        .map(|n| {
            built(
                NewContact::builder()
                    .contact(format!("+1500555{n:04}"))
                    .name(format!("Contacto {n}")),
            )
        })
        .collect();
    let report = client
        .import_contacts(campaign)
        .run(rows)
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "the import failed: {e}"));
    if report.totals.created != 2500 {
        finding!(
            SCENARIO,
            "2500 rows, {} created: {:?}",
            report.totals.created,
            report.totals
        );
    }
    let first = client
        .list_campaign_contacts()
        .id(campaign)
        .page_size(100)
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "List Campaign Contacts failed: {e}"))
        .into_inner();
    if first.total_count != Some(2500) {
        finding!(
            SCENARIO,
            "total_count on the first page is {:?}, not 2500",
            first.total_count
        );
    }
    let all: Vec<_> = client
        .list_campaign_contacts()
        .id(campaign)
        .page_size(100)
        .stream()
        .try_collect()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "paging the contacts failed: {e}"));
    if all.len() != 2500 || !all.iter().all(|c| c.status == CampaignContactStatus::Queue) {
        finding!(SCENARIO, "{} contacts paged, not all queued", all.len());
    }
    let archived = client
        .campaign_action()
        .id(campaign)
        .action("archive")
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "archive failed: {e}"))
        .into_inner()
        .campaign
        .and_then(|c| c.archived);
    if archived != Some(true) {
        finding!(SCENARIO, "archive left archived {archived:?}");
    }
}

#[tokio::test]
async fn run_a_small_campaign_pause_resume_and_read_its_results() {
    const SCENARIO: &str = "run a small campaign";
    let target = Target::new(Target::sandbox_builder()).await;
    if !target.may_contact(SCENARIO) {
        return;
    }
    let client = &target.client;
    let id = client
        .create_campaign()
        .body(
            NewCampaign::builder()
                .name("altur-api scenario: a small campaign")
                .agent_id(target.agent_public_id.clone())
                .integration_id(target.phone_integration.clone())
                .retries(0),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Create Campaign failed: {e}"))
        .into_inner()
        .campaign
        .map(|c| c.id)
        .unwrap_or_else(|| finding!(SCENARIO, "no campaign"));
    let rows: Vec<NewContact> = target
        .phones
        .iter()
        .map(|phone| built(NewContact::builder().contact(phone.clone())))
        .collect();
    client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Add Contacts failed: {e}"));
    let action = |name: &'static str| client.campaign_action().id(id).action(name).send();
    let status_after = |result: Result<
        altur_api::ResponseValue<altur_api::types::CampaignResponse>,
        altur_api::Error,
    >,
                        name: &str| {
        result
            .unwrap_or_else(|e| finding!(SCENARIO, "{name} failed: {e}"))
            .into_inner()
            .campaign
            .map(|c| c.status)
    };
    if status_after(action("activate").await, "activate") != Some(CampaignStatus::Active) {
        finding!(SCENARIO, "activate did not make it active");
    }
    // Pause, twice (the second does nothing); activate is refused; resume.
    for _ in 0..2 {
        if status_after(action("pause").await, "pause") != Some(CampaignStatus::Inactive) {
            finding!(SCENARIO, "pause did not make it inactive");
        }
    }
    match action("activate").await {
        Err(e) if e.status().map(|s| s.as_u16()) == Some(409) => {
            let api = e
                .api_error()
                .unwrap_or_else(|| finding!(SCENARIO, "409 without the documented body"));
            if api.current_status.as_deref() != Some("inactive")
                || !api.valid_targets.iter().any(|t| t == "active")
            {
                finding!(
                    SCENARIO,
                    "409 says {:?} and {:?}",
                    api.current_status,
                    api.valid_targets
                );
            }
        }
        other => finding!(
            SCENARIO,
            "activate on a paused campaign: {:?}, not 409",
            other.map(|_| ())
        ),
    }
    if status_after(action("resume").await, "resume") != Some(CampaignStatus::Active) {
        finding!(SCENARIO, "resume did not make it active");
    }
    // It runs to its end within hours.
    let mut status = None;
    for _ in 0..240 {
        target.wait(Duration::from_secs(60)).await;
        status = client
            .retrieve_campaign()
            .id(id)
            .send()
            .await
            .unwrap_or_else(|e| finding!(SCENARIO, "Retrieve Campaign failed: {e}"))
            .into_inner()
            .campaign
            .map(|c| c.status);
        if status == Some(CampaignStatus::Finished) {
            break;
        }
    }
    if status != Some(CampaignStatus::Finished) {
        finding!(SCENARIO, "not finished after 4 hours: {status:?}");
    }
    let contacts: Vec<_> = client
        .list_campaign_contacts()
        .id(id)
        .stream()
        .try_collect()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "paging the contacts failed: {e}"));
    for contact in &contacts {
        let status = contact.status.clone();
        if !status.is_known()
            || matches!(
                status,
                CampaignContactStatus::Queue | CampaignContactStatus::Sending
            )
        {
            finding!(SCENARIO, "a finished campaign's contact is {status}");
        }
    }
    let calls: Vec<_> = client
        .list_campaign_calls()
        .id(id)
        .stream()
        .try_collect()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "paging the calls failed: {e}"));
    if calls.len() < contacts.len() {
        finding!(
            SCENARIO,
            "{} calls for {} contacts",
            calls.len(),
            contacts.len()
        );
    }
    let analytics = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Retrieve Campaign failed: {e}"))
        .into_inner()
        .campaign
        .and_then(|c| c.analytics);
    if analytics.is_none() {
        finding!(SCENARIO, "a finished campaign without analytics");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn receive_and_dedupe_webhooks() {
    const SCENARIO: &str = "receive and dedupe webhooks";
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use altur_api_tests::example_receiver;
    use altur_api_tests::prism::forward;
    use altur_api_tests::server::{Reply, TestServer};

    const SECRET: &str = "c2NlbmFyaW8tc3VpdGUtd2ViaG9vay1zZWNyZXQtMzI=";
    let database = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("scenario-webhooks-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let mut receiver = example_receiver::serve(SECRET, &database).await;
    let url = url::Url::parse(&receiver.url).expect("a URL");
    let address = format!("127.0.0.1:{}", url.port().expect("a port"));
    // The receiver stores the first delivery, but its answer is lost on
    // the way (500): Altur sends it again, and the receiver must not work
    // on it twice.
    let deliveries = Arc::new(AtomicUsize::new(0));
    let seen = deliveries.clone();
    let front = TestServer::start(move |request| {
        let answer = forward(&address, request, &[], &[]);
        if seen.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::json(500, "{}")
        } else {
            answer
        }
    })
    .await;
    let builder = Target::sandbox_builder()
        .webhook_secret(SECRET)
        .webhook(format!("{}{}", front.url, url.path()));
    let target = Target::new(builder).await;
    if !target.is_sandbox() {
        eprintln!(
            "{SCENARIO}: refused against the real API: Altur delivers to the URL set in its \
             dashboard, which this suite cannot set"
        );
        return;
    }
    let call = target
        .client
        .start_call()
        .body(
            StartCallBody::builder()
                .agent_id(target.agent_id)
                .phone_number_to(target.phones[1].clone()),
        )
        .send()
        .await
        .unwrap_or_else(|e| finding!(SCENARIO, "Start Call failed: {e}"))
        .into_inner();
    target.wait(Duration::from_secs(3600)).await;
    if deliveries.load(Ordering::SeqCst) != 2 {
        finding!(
            SCENARIO,
            "{} deliveries, not 2 (one lost answer, one retry)",
            deliveries.load(Ordering::SeqCst)
        );
    }
    let worked = tokio::time::timeout(Duration::from_secs(10), receiver.worked.recv())
        .await
        .unwrap_or_else(|_| finding!(SCENARIO, "the receiver never worked on the call"));
    match worked {
        Some(altur_api::webhook::Event::CallEnded(ended)) if ended.id == call.id => {}
        other => finding!(SCENARIO, "the receiver worked on {other:?}"),
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    if receiver.worked.try_recv().is_ok() {
        finding!(
            SCENARIO,
            "the receiver worked on the repeated delivery again"
        );
    }
}
