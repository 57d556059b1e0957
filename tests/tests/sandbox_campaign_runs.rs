//! Campaigns that run in the sandbox, on a manual clock, through the real
//! client, with the example webhook receiver as the user's service: a phone
//! campaign of 1,000 contacts (magic numbers) through two cycles to
//! `finished`, its webhooks and analytics checked against its contacts and
//! calls, its schedule and concurrency against each call's times; pause and
//! resume; a WhatsApp campaign within its `message_limit`; and 10,000
//! contacts through two cycles in seconds, the same twice with one seed.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use altur_api::Client;
use altur_api::types::{
    CampaignContactStatus, CampaignStatus, Cycles, CyclesMode, DaySchedule, NewCampaign,
    NewContact, Scheduling,
};
use altur_api::webhook::Event;
use altur_api_tests::sandbox::{self, Judged, create_campaign};
use altur_api_tests::{built, example_receiver};
use altur_sandbox::{Sandbox, SandboxAgent};
use chrono::{Datelike, Timelike};

const SECRET: &str = "Y2FtcGFpZ24tcnVucy1zZWNyZXQtMzItYnl0ZXMtb2sh";
const TIMEZONE: &str = "America/Mexico_City";

fn weekdays(start: &str, stop: &str) -> Scheduling {
    let day = || {
        built::<DaySchedule, _>(
            DaySchedule::builder()
                .start_time(start)
                .stop_time(stop)
                .active(true),
        )
    };
    built(
        Scheduling::builder()
            .mon(day())
            .tue(day())
            .wed(day())
            .thu(day())
            .fri(day()),
    )
}

fn phone_campaign(agent: &SandboxAgent, name: &str) -> altur_api::types::builder::NewCampaign {
    sandbox::phone_campaign(agent, name)
        .timezone(TIMEZONE)
        .retries(1)
        .first_message("Hola, le llamo de Crédito Fácil.")
}

/// Adds the rows in batches of the spec's `maxItems`.
async fn add(
    client: &Client,
    campaign: altur_api::types::CampaignId,
    phones: impl IntoIterator<Item = String>,
) {
    let rows: Vec<NewContact> = phones
        .into_iter()
        .enumerate()
        .map(|(n, phone)| {
            built(
                NewContact::builder()
                    .contact(phone)
                    .name(format!("Contacto {n}"))
                    .f_id(format!("crm-{n:05}"))
                    .context("Saldo vencido 30 días"),
            )
        })
        .collect();
    altur_api_tests::sandbox::add_contacts(client, campaign, &rows).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_campaign_of_a_thousand_contacts_runs_through_its_cycles_to_finished() {
    let database = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("campaign-runs-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let mut receiver = example_receiver::serve(SECRET, &database).await;
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(21)
            .manual_clock()
            .rate_limits(false)
            .webhook_secret(SECRET)
            .webhook(&receiver.url),
    )
    .await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let cycles = Cycles::builder()
        .enabled(true)
        .mode(CyclesMode::Cooldown)
        .max_iterations(2)
        .cooldown_minutes(120)
        .filter_statuses(vec![
            CampaignContactStatus::NoAnswer,
            CampaignContactStatus::Busy,
            CampaignContactStatus::Voicemail,
            CampaignContactStatus::Failed,
        ]);
    let id = create_campaign(
        &client,
        phone_campaign(&agent, "Cobranza Q1")
            .scheduling(weekdays("09:00", "18:00"))
            .cycles(cycles),
    )
    .await;
    add(&client, id, (0..1000).map(|n| format!("+1500555{n:04}"))).await;
    altur_api_tests::sandbox::activate(&client, id).await;
    let started = Instant::now();
    assert!(
        sandbox
            .run_until_idle(Duration::from_secs(60 * 86_400))
            .await,
        "it ends"
    );
    let elapsed = started.elapsed();

    let campaign = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .expect("retrieve")
        .into_inner()
        .campaign
        .expect("the campaign");
    assert_eq!(campaign.status, CampaignStatus::Finished);
    let calls = sandbox.campaign_calls(id);
    let contacts = sandbox.contacts(id);
    eprintln!(
        "1,000 contacts, {} calls, two cycles: {:.1} s of real time",
        calls.len(),
        elapsed.as_secs_f64()
    );

    // The contacts went as their magic numbers say: the second cycle called
    // again those the first did not reach, with one retry each.
    let status_of = |c: &altur_api::types::CampaignContact| c.status.clone();
    for contact in &contacts {
        let phone = contact.contact.as_deref().unwrap();
        let expected = match phone.chars().last().unwrap() {
            '0' | '6' => CampaignContactStatus::Answered,
            '1' => CampaignContactStatus::Converted,
            '2' => CampaignContactStatus::Voicemail,
            '3' => CampaignContactStatus::Busy,
            '9' => CampaignContactStatus::NoAnswer,
            '4' => CampaignContactStatus::NoAnswer,
            '5' => CampaignContactStatus::Failed,
            // Not reached on the first attempt, reached on its retry.
            '7' => CampaignContactStatus::Answered,
            '8' => CampaignContactStatus::Converted,
            _ => unreachable!(),
        };
        assert_eq!(status_of(contact), expected, "{phone}");
    }
    // Calls per contact: reached at once, 1 call; 7 and 8 are reached on
    // the retry, 2; the rest are retried in both cycles, 4 (9: busy, then no
    // answer, in each).
    let mut per_contact: BTreeMap<String, usize> = BTreeMap::new();
    for call in &calls {
        *per_contact
            .entry(call.contact.as_ref().unwrap().phone_number.clone().unwrap())
            .or_default() += 1;
    }
    for (phone, count) in &per_contact {
        let expected = match phone.chars().last().unwrap() {
            '0' | '1' | '6' => 1,
            '7' | '8' => 2,
            _ => 4,
        };
        assert_eq!(*count, expected, "calls to {phone}");
    }
    // A call that was answered has a recording, at a path on the API's
    // host, as the campaign calls page's example gives it.
    for call in &calls {
        let id = &call.id;
        let expected = call.started_at.map(|_| format!("/call/{id}/recording"));
        assert_eq!(call.recording_url, expected, "{id}");
    }

    // Never more than concurrency_limit calls at once, and none started
    // outside the schedule, in the campaign's time zone.
    let limit = campaign.concurrency_limit.unwrap() as usize;
    let mut edges: Vec<(chrono::DateTime<chrono::Utc>, i32)> = Vec::new();
    let zone: chrono_tz::Tz = TIMEZONE.parse().unwrap();
    for call in &calls {
        edges.push((call.created_at.unwrap(), 1));
        edges.push((call.ended_at.expect("every call ended"), -1));
        if let Some(started) = call.started_at {
            let local = started.with_timezone(&zone);
            assert!(
                local.weekday().num_days_from_monday() < 5,
                "a call on a {local}"
            );
            let minutes = local.hour() * 60 + local.minute();
            assert!(
                (9 * 60..18 * 60).contains(&minutes),
                "a call started at {local}"
            );
        }
    }
    edges.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut at_once = 0;
    let mut most = 0;
    for (_, change) in edges {
        at_once += change;
        most = most.max(at_once);
    }
    assert!(
        most as usize <= limit,
        "{most} calls at once, over the limit of {limit}"
    );
    assert_eq!(most as usize, limit, "the campaign uses its lines");

    // The receiver worked on exactly one on_call_end per call placed, and
    // on every transition, in order.
    let mut ended = BTreeSet::new();
    let mut transitions = Vec::new();
    let mut cycles_completed = Vec::new();
    let expected_events = calls.len() + 6 + 2;
    for _ in 0..expected_events {
        let event = tokio::time::timeout(Duration::from_secs(30), receiver.worked.recv())
            .await
            .expect("every delivery is worked on")
            .expect("an event");
        match event {
            Event::CallEnded(call) => {
                assert!(
                    call.campaign_user.is_some(),
                    "a campaign's call names its contact"
                );
                assert!(ended.insert(call.id.clone()), "{} worked on twice", call.id);
            }
            Event::CampaignStatusChanged(change) => transitions.push(change),
            Event::CampaignCycleCompleted(cycle) => cycles_completed.push(cycle),
            other => panic!("unexpected {other:?}"),
        }
    }
    let placed: BTreeSet<altur_api::types::CallId> = calls.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ended, placed, "one on_call_end per call placed");
    let statuses: Vec<String> = transitions
        .iter()
        .map(|t| t.data.campaign.status.clone().unwrap().to_string())
        .collect();
    assert_eq!(
        statuses,
        [
            "ready", "active", "cooldown", "active", "cooldown", "finished"
        ]
    );
    let previous: Vec<String> = transitions
        .iter()
        .map(|t| t.data.campaign.previous_status.clone().unwrap().to_string())
        .collect();
    assert_eq!(
        previous,
        [
            "pending", "ready", "active", "cooldown", "active", "cooldown"
        ]
    );
    for change in &transitions {
        let occurred = change.occurred_at.unwrap();
        assert!(change.event_id.starts_with("evt_"));
        assert_eq!(change.api_version.as_deref(), Some("1.0"));
        assert!(
            change
                .project_id
                .as_deref()
                .is_some_and(|p| p.starts_with("prj_"))
        );
        let _ = occurred;
    }
    let iterations: Vec<_> = cycles_completed
        .iter()
        .map(|c| c.data.cycle_iteration)
        .collect();
    assert_eq!(iterations, [Some(1), Some(2)]);
    assert!(cycles_completed[0].data.next_cycle_at.is_some());
    assert!(
        cycles_completed[1].data.next_cycle_at.is_none(),
        "no iteration after the last"
    );

    // The analytics equal what the contacts and calls add up to, on the
    // campaign and in the `finished` event alike.
    // Read by key, as the API writes them: the typed keys and the others.
    let by_key =
        |analytics: &Option<altur_api::types::CampaignAnalytics>| match serde_json::to_value(
            analytics.as_ref().expect("analytics"),
        ) {
            Ok(serde_json::Value::Object(map)) => map,
            other => panic!("analytics as an object: {other:?}"),
        };
    let analytics = by_key(&campaign.analytics);
    let finished = by_key(&transitions.last().unwrap().data.analytics);
    // As numbers: Prism, in front of the API, writes 1.0 as 1.
    assert_eq!(
        finished.keys().collect::<Vec<_>>(),
        analytics.keys().collect::<Vec<_>>(),
        "the finished event carries the campaign's analytics"
    );
    for (key, value) in &analytics {
        assert_eq!(finished[key].as_f64(), value.as_f64(), "{key}");
    }
    let count = |status: CampaignContactStatus| {
        contacts.iter().filter(|c| status_of(c) == status).count() as u64
    };
    let number = |key: &str| {
        analytics[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{key} in {analytics:?}"))
    };
    let rate = |key: &str| {
        analytics[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} in {analytics:?}"))
    };
    assert_eq!(number("contacts"), 1000);
    assert_eq!(
        number("contactsConverted"),
        count(CampaignContactStatus::Converted)
    );
    assert_eq!(
        number("contactsVoicemail"),
        count(CampaignContactStatus::Voicemail)
    );
    assert_eq!(
        number("contactsAnswered"),
        count(CampaignContactStatus::Answered) + count(CampaignContactStatus::Converted)
    );
    assert_eq!(
        number("contactsFailed"),
        count(CampaignContactStatus::Failed)
            + count(CampaignContactStatus::Busy)
            + count(CampaignContactStatus::NoAnswer)
    );
    assert_eq!(number("contactsProcessed"), 1000);
    assert_eq!(number("calls"), calls.len() as u64);
    let by = |who: &str| {
        calls
            .iter()
            .filter(|c| c.answered_by.as_ref().is_some_and(|a| a.to_string() == who))
            .count() as u64
    };
    assert_eq!(number("callsAnsweredByHuman"), by("human"));
    assert_eq!(number("callsAnsweredByMachine"), by("machine"));
    assert_eq!(number("callsAnsweredByUnknown"), by("unknown"));
    let expected_rate =
        |part: u64, whole: u64| (part as f64 / whole as f64 * 10_000.0).round() / 10_000.0;
    assert_eq!(
        rate("contactsConvertedRate"),
        expected_rate(count(CampaignContactStatus::Converted), 1000)
    );
    assert_eq!(
        rate("callsAnsweredByHumanRate"),
        expected_rate(by("human"), calls.len() as u64)
    );
}

#[tokio::test]
async fn pausing_stops_new_calls_until_resume() {
    let sandbox = Judged::start(Sandbox::builder().seed(4).manual_clock().rate_limits(false)).await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let id = create_campaign(&client, phone_campaign(&agent, "Pausa")).await;
    add(&client, id, (0..60).map(|n| format!("+52551230{n:04}"))).await;
    altur_api_tests::sandbox::activate(&client, id).await;
    sandbox.advance(Duration::from_secs(600)).await;
    client
        .campaign_action()
        .id(id)
        .action("pause")
        .send()
        .await
        .expect("pause");
    let at_pause = sandbox.now();
    let before = sandbox.campaign_calls(id).len();
    assert!(before > 0 && before < 60, "{before} calls before the pause");
    sandbox.advance(Duration::from_secs(6 * 3600)).await;
    let calls = sandbox.campaign_calls(id);
    assert_eq!(calls.len(), before, "no new call while paused");
    assert!(
        calls.iter().all(|c| c.ended_at.is_some()),
        "the calls in progress ended"
    );
    assert!(calls.iter().all(|c| c.created_at.unwrap() <= at_pause));
    client
        .campaign_action()
        .id(id)
        .action("resume")
        .send()
        .await
        .expect("resume");
    sandbox.advance(Duration::from_secs(600)).await;
    assert!(
        sandbox.campaign_calls(id).len() > before,
        "calling again after resume"
    );
}

#[tokio::test]
async fn a_whatsapp_campaign_sends_within_its_message_limit() {
    let sandbox = Judged::start(Sandbox::builder().seed(6).manual_clock().rate_limits(false)).await;
    let client = sandbox.client();
    let agent = sandbox.agents()[1].clone();
    let campaign = NewCampaign::builder()
        .name("Avisos")
        .agent_id(agent.public_id.clone())
        .integration_id(agent.integration("whatsapp").unwrap().public_id.clone())
        .template("aviso_pago")
        .message_limit(80_u64);
    let id = create_campaign(&client, campaign).await;
    add(&client, id, (0..100).map(|n| format!("+1500555{n:04}"))).await;
    altur_api_tests::sandbox::activate(&client, id).await;
    assert!(sandbox.run_until_idle(Duration::from_secs(86_400)).await);
    let contacts = sandbox.contacts(id);
    let sent: Vec<_> = contacts
        .iter()
        .filter(|c| c.call_count.unwrap_or(0) > 0)
        .collect();
    assert_eq!(sent.len(), 80, "the message limit");
    let queued = contacts
        .iter()
        .filter(|c| c.status == CampaignContactStatus::Queue)
        .count();
    assert_eq!(queued, 20, "those past the limit are not sent to");
    for contact in &sent {
        let phone = contact.contact.as_deref().unwrap();
        let expected = match phone.chars().last().unwrap() {
            '0' => CampaignContactStatus::Read,
            '1' => CampaignContactStatus::Converted,
            '2' => CampaignContactStatus::Delivered,
            '3' => CampaignContactStatus::Rejected,
            '4' => CampaignContactStatus::Sent,
            '5' | '7' => CampaignContactStatus::Failed,
            '6' => CampaignContactStatus::Accepted,
            _ => continue,
        };
        assert_eq!(contact.status, expected, "{phone}");
    }
    let campaign = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .unwrap()
        .into_inner()
        .campaign
        .unwrap();
    assert_eq!(campaign.status, CampaignStatus::Finished);
    assert_eq!(campaign.analytics.unwrap().extra["messagesSent"], 80);
    assert!(
        campaign.concurrency_limit.is_none(),
        "no lines for WhatsApp"
    );
}

/// One run of 10,000 contacts through two cycles: what it ends with.
async fn ten_thousand(
    seed: u64,
) -> (
    Vec<(altur_api::types::ContactId, String, i64)>,
    Vec<altur_api::types::CallId>,
    Duration,
) {
    let sandbox = Sandbox::builder()
        .seed(seed)
        .manual_clock()
        .rate_limits(false)
        .concurrency_limit(50)
        .start()
        .await
        .expect("start");
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let cycles = Cycles::builder()
        .enabled(true)
        .max_iterations(2)
        .cooldown_minutes(30);
    let id = create_campaign(&client, phone_campaign(&agent, "Grande").cycles(cycles)).await;
    add(&client, id, (0..10_000).map(|n| format!("+5215512{n:06}"))).await;
    altur_api_tests::sandbox::activate(&client, id).await;
    let started = Instant::now();
    assert!(
        sandbox
            .run_until_idle(Duration::from_secs(30 * 86_400))
            .await
    );
    let elapsed = started.elapsed();
    let campaign = sandbox
        .campaigns()
        .into_iter()
        .find(|c| c.id == id)
        .unwrap();
    assert_eq!(campaign.status, CampaignStatus::Finished);
    let contacts = sandbox
        .contacts(id)
        .into_iter()
        .map(|c| (c.id, c.status.to_string(), c.call_count.unwrap()))
        .collect();
    let calls = sandbox
        .campaign_calls(id)
        .into_iter()
        .map(|c| c.id)
        .collect();
    (contacts, calls, elapsed)
}

#[tokio::test]
async fn ten_thousand_contacts_through_two_cycles_take_seconds_the_same_twice() {
    let (contacts, calls, elapsed) = ten_thousand(99).await;
    eprintln!(
        "10,000 contacts, {} calls, two cycles: {:.1} s",
        calls.len(),
        elapsed.as_secs_f64()
    );
    assert_eq!(contacts.len(), 10_000);
    assert!(calls.len() > 10_000, "the second cycle called again");
    let statuses: BTreeSet<_> = contacts.iter().map(|(_, s, _)| s.clone()).collect();
    assert!(
        statuses.len() >= 5,
        "drawn outcomes of several kinds: {statuses:?}"
    );
    let (again, again_calls, _) = ten_thousand(99).await;
    assert!(contacts == again, "one seed, the same contacts' outcomes");
    assert!(calls == again_calls, "one seed, the same calls");
}
