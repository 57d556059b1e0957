//! The sandbox's calls on a manual clock, through the real client: a call
//! goes through its statuses and ends as its magic number says; its
//! `on_call_end`, signed as Altur signs, reaches the example webhook
//! receiver exactly once while the receiver's front fails its first two
//! attempts; and the same seed gives the same ids, outcomes and deliveries.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use altur_api::optional;
use altur_api::types::{AnsweredBy, CallStatus, StartCallBody};
use altur_api::webhook::Event;
use altur_api_tests::example_receiver;
use altur_api_tests::prism::forward;
use altur_api_tests::sandbox::Judged;
use altur_api_tests::server::{Reply, TestServer};
use altur_sandbox::{DeliveryState, MAGIC_DIGITS, MAGIC_PREFIX, Outcome, Sandbox};

const SECRET: &str = "c2FuZGJveC13ZWJob29rLXNlY3JldC0zMi1ieXRlcyE=";

fn scratch(name: &str) -> std::path::PathBuf {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "sandbox-calls-{name}-{}.sqlite3",
        std::process::id()
    ));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

async fn start_call(
    client: &altur_api::Client,
    agent: altur_api::types::AgentId,
    to: &str,
) -> altur_api::types::CallId {
    client
        .start_call()
        .body(
            StartCallBody::builder()
                .agent_id(agent)
                .phone_number_to(to)
                .end_user_display_name("Sofía Núñez")
                .initial_message("Hola Sofía, le llamo de Crédito Fácil."),
        )
        .send()
        .await
        .expect("start the call")
        .into_inner()
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_ends_and_its_on_call_end_reaches_the_receiver_once_though_it_fails_twice() {
    let mut receiver = example_receiver::serve(SECRET, &scratch("receiver")).await;
    let receiver_url = url::Url::parse(&receiver.url).expect("a URL");
    let address = format!("127.0.0.1:{}", receiver_url.port().expect("a port"));
    let attempts = Arc::new(AtomicUsize::new(0));
    let seen = attempts.clone();
    // The receiver's front: 500 twice, then the receiver itself answers.
    let front = TestServer::start(move |request| {
        if seen.fetch_add(1, Ordering::SeqCst) < 2 {
            Reply::json(500, r#"{"detail": "down for a moment"}"#)
        } else {
            forward(&address, request, &[], &[])
        }
    })
    .await;
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(9)
            .manual_clock()
            .webhook_secret(SECRET)
            .webhook(format!("{}{}", front.url, receiver_url.path())),
    )
    .await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].id;

    let id = start_call(&client, agent, "+15005550001").await;
    let read = |client: altur_api::Client, id: altur_api::types::CallId| async move {
        client
            .retrieve_call()
            .id(id)
            .send()
            .await
            .expect("retrieve")
            .into_inner()
    };
    let call = read(client.clone(), id.clone()).await;
    assert_eq!(optional(call.status), Some(CallStatus::Queued));
    sandbox.advance(Duration::from_secs(1)).await;
    assert_eq!(
        optional(read(client.clone(), id.clone()).await.status),
        Some(CallStatus::Ringing)
    );
    sandbox.advance(Duration::from_secs(12)).await;
    let answered = read(client.clone(), id.clone()).await;
    assert_eq!(
        optional(answered.status.clone()),
        Some(CallStatus::InProgress)
    );
    assert_eq!(answered.answered_by, Some(AnsweredBy::Human));
    assert!(answered.started_at.is_some() && answered.ended_at.is_none());
    let mut ended = answered;
    for _ in 0..300 {
        sandbox.advance(Duration::from_secs(1)).await;
        ended = read(client.clone(), id.clone()).await;
        if optional(ended.status.clone()) != Some(CallStatus::InProgress) {
            break;
        }
    }
    assert_eq!(optional(ended.status), Some(CallStatus::Ended));
    let (started, finished) = (ended.started_at.unwrap(), ended.ended_at.unwrap());
    assert_eq!((finished - started).num_seconds(), ended.duration.unwrap());
    assert_eq!(ended.billable_duration, ended.duration);
    assert_eq!(
        ended
            .thread
            .and_then(|t| t.end_user)
            .map(|u| u.display_name)
            .as_deref(),
        Some("Sofía Núñez")
    );

    // The first attempt went out when the call ended, and failed; the
    // retries come 10 s and 20 s later.
    assert_eq!(attempts.load(Ordering::SeqCst), 1);
    sandbox.advance(Duration::from_secs(9)).await;
    assert_eq!(attempts.load(Ordering::SeqCst), 1);
    sandbox.advance(Duration::from_secs(1)).await;
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    sandbox.advance(Duration::from_secs(20)).await;
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
    let deliveries = sandbox.deliveries();
    assert_eq!(deliveries.len(), 1);
    let delivery = &deliveries[0];
    assert_eq!(delivery.state, DeliveryState::Delivered);
    let statuses: Vec<_> = delivery.attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(500), Some(200)]);
    let event = tokio::time::timeout(Duration::from_secs(10), receiver.worked.recv())
        .await
        .expect("the receiver works on it")
        .expect("an event");
    let Event::CallEnded(ended_event) = event else {
        panic!("not on_call_end: {event:?}");
    };
    assert_eq!(ended_event.id, id);
    assert_eq!(
        ended_event.end_user.and_then(|u| u.status).as_deref(),
        Some("converted")
    );
    assert!(!ended_event.transcript.is_empty());
    // Nothing more: the receiver stored it once and worked on it once.
    sandbox.advance(Duration::from_secs(3600)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(receiver.worked.try_recv().is_err(), "worked on twice");
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn each_magic_number_goes_as_the_readme_says() {
    let sandbox = Judged::start(Sandbox::builder().seed(2).manual_clock()).await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].id;
    let mut calls = Vec::new();
    for (digit, first, _, _) in MAGIC_DIGITS {
        let number = format!("{MAGIC_PREFIX}000{digit}");
        calls.push((first, start_call(&client, agent, &number).await));
    }
    sandbox.advance(Duration::from_secs(3600)).await;
    for (outcome, id) in calls {
        let call = client
            .retrieve_call()
            .id(&id)
            .send()
            .await
            .expect("retrieve")
            .into_inner();
        let expected = match outcome {
            Outcome::Person { .. } => (CallStatus::Ended, Some(AnsweredBy::Human)),
            Outcome::Voicemail => (CallStatus::Ended, Some(AnsweredBy::Machine)),
            Outcome::Unknown => (CallStatus::Ended, Some(AnsweredBy::Unknown)),
            Outcome::Busy => (CallStatus::Busy, None),
            Outcome::NoAnswer => (CallStatus::NoAnswer, None),
            Outcome::Failed => (CallStatus::Failed, None),
        };
        assert_eq!(
            (optional(call.status).unwrap(), call.answered_by),
            expected,
            "{outcome:?}"
        );
        assert!(call.ended_at.is_some(), "{outcome:?} ended");
    }
}

/// Everything a run makes that a test can see: ids, statuses, times and the
/// bytes of each delivery.
/// The calls, and each delivery's id and body with the sandbox's own base
/// URL (in `recording_url`, on a port of its own each run) written
/// `{base}`, once its signature is checked against the body sent.
async fn one_run(seed: u64) -> (Vec<serde_json::Value>, Vec<(String, String)>) {
    let receiver = TestServer::replying(200, "application/json", "{}").await;
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(seed)
            .manual_clock()
            .webhook(&receiver.url),
    )
    .await;
    let client = sandbox.client();
    let agent = sandbox.agents()[1].id;
    for n in 0..20 {
        start_call(&client, agent, &format!("+5255123400{n:02}")).await;
    }
    sandbox.advance(Duration::from_secs(3600)).await;
    let calls = sandbox
        .calls()
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect();
    let secret = altur_api::webhook::Secret::new(sandbox.webhook_secret());
    let deliveries = sandbox
        .deliveries()
        .into_iter()
        .map(|d| {
            altur_api::webhook::verify(&secret, d.signature.as_str(), &d.body)
                .unwrap_or_else(|e| panic!("delivery {} is signed as sent: {e}", d.id));
            (d.id, d.body.replace(sandbox.base_url(), "{base}"))
        })
        .collect();
    (calls, deliveries)
}

#[tokio::test]
async fn the_same_seed_gives_the_same_ids_outcomes_and_deliveries() {
    let (calls, deliveries) = one_run(42).await;
    assert_eq!(calls.len(), 20);
    assert_eq!(deliveries.len(), 20);
    let statuses: std::collections::BTreeSet<_> = calls
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        statuses.len() >= 3,
        "twenty drawn calls end in several ways: {statuses:?}"
    );
    let (again_calls, again_deliveries) = one_run(42).await;
    for (n, (a, b)) in calls.iter().zip(&again_calls).enumerate() {
        assert!(
            a == b,
            "call {n} differs between two runs of one seed:\n{a}\n{b}"
        );
    }
    for (n, (a, b)) in deliveries.iter().zip(&again_deliveries).enumerate() {
        assert!(
            a == b,
            "delivery {n} differs between two runs of one seed:\n{a:?}\n{b:?}"
        );
    }
    assert_eq!(
        (calls.len(), deliveries.len()),
        (again_calls.len(), again_deliveries.len())
    );
    let (other, _) = one_run(43).await;
    assert!(other != calls, "another seed, other ids");
}

/// `recording_url` is absolute in `on_call_end` (on the sandbox's own base,
/// as Altur's is on its own), and there a WAV is served, for the key's
/// owner only; Python's `wave` module reads it.
#[tokio::test]
async fn an_answered_call_s_recording_is_a_wav_at_its_url_for_the_key_s_owner_only() {
    let receiver = TestServer::replying(200, "application/json", "{}").await;
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(4)
            .manual_clock()
            .webhook(&receiver.url),
    )
    .await;
    let client = sandbox.client();
    let agent = sandbox.agents()[0].id;
    let answered = start_call(&client, agent, "+15005550001").await;
    let busy = start_call(&client, agent, "+15005550003").await;
    sandbox.advance(Duration::from_secs(3600)).await;
    let url_of = |id: &str| -> Option<String> {
        let delivery = sandbox
            .deliveries()
            .into_iter()
            .find(|d| d.dedup_key == id)
            .expect("its on_call_end");
        let payload: serde_json::Value = serde_json::from_str(&delivery.body).unwrap();
        payload["recording_url"].as_str().map(str::to_owned)
    };
    let url = url_of(&answered).expect("an answered call has a recording");
    assert_eq!(
        url,
        format!("{}/call/{answered}/recording", sandbox.base_url())
    );
    assert_eq!(url_of(&busy), None, "a busy line records nothing");

    let http = reqwest::Client::new();
    let get = |url: String, key: Option<String>| {
        let mut request = http.get(url);
        if let Some(key) = key {
            request = request.header("authorization", format!("api-key {key}"));
        }
        request.send()
    };
    let response = get(url.clone(), Some(sandbox.api_key())).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "audio/wav");
    let wav = response.bytes().await.unwrap();
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("recording-{}.wav", std::process::id()));
    std::fs::write(&path, &wav).unwrap();
    let read = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, wave\n\
             w = wave.open(sys.argv[1])\n\
             print(w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes())",
        ])
        .arg(&path)
        .output()
        .expect("python3 runs");
    let _ = std::fs::remove_file(&path);
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let duration = client
        .retrieve_call()
        .id(&answered)
        .send()
        .await
        .unwrap()
        .into_inner()
        .duration
        .unwrap();
    let frames = 8000 * duration.clamp(1, 3);
    assert_eq!(
        String::from_utf8_lossy(&read.stdout).trim(),
        format!("8000 1 2 {frames}")
    );

    for key in [None, Some("altur_sandbox_another_key".to_owned())] {
        let refused = get(url.clone(), key).await.unwrap();
        assert_eq!(refused.status(), 401);
    }
    let none = format!("{}/call/{busy}/recording", sandbox.base_url());
    assert_eq!(
        get(none, Some(sandbox.api_key())).await.unwrap().status(),
        404
    );
    let unknown = format!("{}/call/cll_nothing/recording", sandbox.base_url());
    assert_eq!(
        get(unknown, Some(sandbox.api_key()))
            .await
            .unwrap()
            .status(),
        404
    );
}
