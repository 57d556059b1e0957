//! `altur webhooks`: `trigger` sends a signed sample of each event into
//! `listen` (both run as processes), which verifies it, prints it as a JSON
//! line and answers 200, and refuses a forgery with 400; `listen
//! --forward-to` passes verified deliveries on unchanged, to the crate's
//! example receiver, which accepts them as Altur's; `trigger` into that
//! receiver directly, in both schemes; `verify` on a file and on standard
//! input. The secret is in no output.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc as std_mpsc;
use std::time::Duration;

use altur_api::webhook::{self, Event, Secret};
use altur_api_tests::example_receiver;
use common::{WEBHOOK_SECRET, altur, run, run_async, run_with_stdin, subcommands};
use serde_json::Value;

/// The events `trigger` offers: its help's possible values, which the
/// build reads off the spec's payload schemas.
fn events() -> Vec<String> {
    let help = run(altur(["webhooks", "trigger", "--help"])).stdout;
    let listed = help
        .split("[possible values: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("trigger lists its events");
    let events: Vec<String> = listed
        .split(',')
        .map(|e| e.split_whitespace().collect())
        .collect();
    for known in [
        "on_call_end",
        "campaign.status_changed",
        "campaign.cycle_completed",
    ] {
        assert!(events.iter().any(|e| e == known), "{known} in {events:?}");
    }
    events
}

/// `altur webhooks listen` as a process, on a free port.
struct Listen {
    child: Child,
    url: String,
    lines: std_mpsc::Receiver<String>,
    log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Listen {
    fn start(extra: &[&str]) -> Listen {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let port = port.to_string();
        let mut command = altur(["webhooks", "listen", "--port", &port].iter().chain(extra));
        command
            .env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("altur webhooks listen starts");
        let (listening, ready) = std_mpsc::channel();
        let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let kept = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.starts_with("listening") {
                    let _ = listening.send(());
                }
                kept.lock().unwrap().push_str(&format!("{line}\n"));
            }
        });
        let (sender, lines) = std_mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        ready
            .recv_timeout(Duration::from_secs(20))
            .expect("listen says where it listens");
        Listen {
            child,
            url: format!("http://127.0.0.1:{port}/"),
            lines,
            log,
        }
    }

    fn next_event(&self) -> Value {
        let line = self
            .lines
            .recv_timeout(Duration::from_secs(10))
            .expect("listen printed the event");
        serde_json::from_str(&line).expect("a JSON line")
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Listen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn trigger(event: &str, url: &str, scheme: &str, secret: &str) -> std::process::Command {
    let mut command = altur([
        "webhooks",
        "trigger",
        event,
        "--forward-to",
        url,
        "--scheme",
        scheme,
    ]);
    command.env("ALTUR_WEBHOOK_SECRET", secret);
    command
}

#[test]
fn trigger_into_listen_every_event_in_both_schemes() {
    let listen = Listen::start(&[]);
    for event in events() {
        for scheme in ["current", "legacy"] {
            let sent = run(trigger(&event, &listen.url, scheme, WEBHOOK_SECRET));
            assert_eq!(sent.code, 0, "{event} {scheme}: {sent:?}");
            let answer: Value = serde_json::from_str(&sent.stdout).expect("trigger prints JSON");
            assert_eq!(answer["status"], 200, "{answer}");
            assert_eq!(answer["event_type"], event.as_str());

            let received = listen.next_event();
            assert_eq!(received["event_type"], event.as_str(), "{received}");
            // Typed by the crate: the sample's fields came through decoded.
            assert!(received["payload"].is_object(), "{received}");
            assert!(received["dedup_key"].is_string(), "{received}");
            assert!(!sent.stdout.contains(WEBHOOK_SECRET) && !sent.stderr.contains(WEBHOOK_SECRET));
        }
    }
    assert!(!listen.log().contains(WEBHOOK_SECRET));
}

#[test]
fn listen_refuses_a_delivery_signed_with_another_secret() {
    let listen = Listen::start(&[]);
    let other = "b3RoZXItc2VjcmV0LW5vdC10aGUtbGlzdGVuZXJzLTAx";
    let sent = run(trigger("on_call_end", &listen.url, "current", other));
    assert_eq!(sent.code, 1, "{sent:?}");
    let answer: Value = serde_json::from_str(&sent.stdout).expect("trigger prints JSON");
    assert_eq!(answer["status"], 400);
    assert!(
        answer["body"].as_str().unwrap().starts_with("refused"),
        "{answer}"
    );
    assert!(sent.one_error_line().contains("400"));
    // Nothing printed as an event; then a good one still goes through.
    let good = run(trigger(
        "on_call_end",
        &listen.url,
        "current",
        WEBHOOK_SECRET,
    ));
    assert_eq!(good.code, 0, "{good:?}");
    assert_eq!(listen.next_event()["event_type"], "on_call_end");
    assert!(
        listen.log().contains("refused a delivery"),
        "{}",
        listen.log()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn trigger_into_the_example_receiver_in_both_schemes() {
    let folder = tempfile::tempdir().unwrap();
    let example_receiver::ExampleReceiver {
        url,
        worked: mut queue,
        ..
    } = example_receiver::serve(WEBHOOK_SECRET, &folder.path().join("webhooks.sqlite3")).await;
    for event in events() {
        for scheme in ["current", "legacy"] {
            let sent = run_async(trigger(&event, &url, scheme, WEBHOOK_SECRET)).await;
            assert_eq!(sent.code, 0, "{event} {scheme}: {sent:?}");
            let answer: Value = serde_json::from_str(&sent.stdout).unwrap();
            assert_eq!(answer["status"], 200, "{answer}");
            // Each trigger is a new delivery (its ids are new), which the
            // receiver, dropping repeats, stores and works on.
            let handed = tokio::time::timeout(Duration::from_secs(5), queue.recv())
                .await
                .expect("the receiver handed the event on")
                .unwrap();
            assert_eq!(handed.event_type(), event);
            assert!(!matches!(handed, Event::Unknown { .. }), "{handed:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn listen_forwards_verified_deliveries_unchanged_to_the_example_receiver() {
    let folder = tempfile::tempdir().unwrap();
    let example_receiver::ExampleReceiver {
        url: target,
        worked: mut queue,
        ..
    } = example_receiver::serve(WEBHOOK_SECRET, &folder.path().join("webhooks.sqlite3")).await;
    let listen = Listen::start(&["--forward-to", &target]);
    let sent = run_async(trigger(
        "campaign.status_changed",
        &listen.url,
        "current",
        WEBHOOK_SECRET,
    ))
    .await;
    assert_eq!(sent.code, 0, "{sent:?}");
    let answer: Value = serde_json::from_str(&sent.stdout).unwrap();
    // The receiver's own answer, passed back.
    assert_eq!(answer["status"], 200);
    assert_eq!(answer["body"], "ok\n");
    let handed = tokio::time::timeout(Duration::from_secs(5), queue.recv())
        .await
        .expect("forwarded")
        .unwrap();
    assert!(
        matches!(handed, Event::CampaignStatusChanged(_)),
        "{handed:?}"
    );
    assert_eq!(listen.next_event()["event_type"], "campaign.status_changed");
    assert!(listen.log().contains("forwarded to"), "{}", listen.log());
}

#[test]
fn verify_a_delivery_from_a_file_or_standard_input() {
    let body = br#"{"event_id":"evt_9","event_type":"campaign.cycle_completed","data":{"campaign":{"id":77,"status":"cooldown","previous_status":null},"cycle_iteration":3,"next_cycle_at":null}}"#;
    let secret = Secret::new(WEBHOOK_SECRET);
    let signature = webhook::sign(&secret, body).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("delivery.json");
    std::fs::write(&file, body).unwrap();

    // `altur webhooks verify FILE --signature SIGNATURE`, with the secret
    // exported when there is one.
    let verify_file = |secret: Option<&str>| {
        let mut command = altur([
            "webhooks",
            "verify",
            file.to_str().unwrap(),
            "--signature",
            &signature,
        ]);
        if let Some(secret) = secret {
            command.env("ALTUR_WEBHOOK_SECRET", secret);
        }
        run(command)
    };
    let outcome = verify_file(Some(WEBHOOK_SECRET));
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let event: Value = serde_json::from_str(&outcome.stdout).unwrap();
    assert_eq!(event["event_type"], "campaign.cycle_completed");
    assert_eq!(event["dedup_key"], "evt_9");
    assert_eq!(event["payload"]["data"]["campaign"]["id"], 77);

    // Standard input, signed in the older scheme.
    let legacy = webhook::sign_legacy(&secret, body);
    let mut command = altur(["webhooks", "verify", "-", "--signature", &legacy]);
    command.env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET);
    let outcome = run_with_stdin(command, body);
    assert_eq!(outcome.code, 0, "{outcome:?}");

    // One byte changed: refused, exit 1, one line saying why.
    let mut changed = body.to_vec();
    changed[30] ^= 1;
    std::fs::write(&file, &changed).unwrap();
    let outcome = verify_file(Some(WEBHOOK_SECRET));
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert!(outcome.one_error_line().contains("refused"), "{outcome:?}");
    assert!(!outcome.stderr.contains(WEBHOOK_SECRET));

    // No secret: a usage error naming the variable.
    let outcome = verify_file(None);
    assert_eq!(outcome.code, 2, "{outcome:?}");
    assert!(outcome.one_error_line().contains("ALTUR_WEBHOOK_SECRET"));
}

#[test]
fn the_webhook_commands_are_in_the_tree() {
    assert_eq!(
        subcommands(&["webhooks".into()]),
        ["verify", "listen", "trigger"]
    );
}

#[test]
fn trigger_with_set_overrides_and_with_a_payload_of_ones_own() {
    let listen = Listen::start(&[]);
    let mut command = trigger(
        "campaign.status_changed",
        &listen.url,
        "current",
        WEBHOOK_SECRET,
    );
    command.args([
        "--set",
        "data.campaign.id=1234",
        "--set",
        "data.campaign.name=Cobranza, enero",
    ]);
    let sent = run(command);
    assert_eq!(sent.code, 0, "{sent:?}");
    let event = listen.next_event();
    assert_eq!(event["payload"]["data"]["campaign"]["id"], 1234, "{event}");
    assert_eq!(
        event["payload"]["data"]["campaign"]["name"],
        "Cobranza, enero"
    );

    // Checked against the payload schema before anything is sent.
    for (set, said) in [
        (
            "data.campain.id=1",
            "`data` has no field `campain` (it has ",
        ),
        (
            "data.campaign.id=twelve",
            "`data.campaign.id` is an integer",
        ),
    ] {
        let mut command = trigger(
            "campaign.status_changed",
            &listen.url,
            "current",
            WEBHOOK_SECRET,
        );
        command.args(["--set", set]);
        let refused = run(command);
        assert_eq!(refused.code, 2, "{refused:?}");
        assert!(refused.one_error_line().contains(said), "{refused:?}");
    }

    // A payload of one's own, signed and sent as it is.
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("call.json");
    let payload = r#"{"event_type": "on_call_end", "id": "my-own-call-1", "status": "completed"}"#;
    std::fs::write(&file, payload).unwrap();
    let mut command = altur([
        "webhooks",
        "trigger",
        "--payload",
        file.to_str().unwrap(),
        "--forward-to",
        &listen.url,
    ]);
    command.env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET);
    let sent = run(command);
    assert_eq!(sent.code, 0, "{sent:?}");
    let event = listen.next_event();
    assert_eq!(event["event_type"], "on_call_end", "{event}");
    assert_eq!(event["dedup_key"], "my-own-call-1", "{event}");
    assert!(!listen.log().contains("refused"), "{}", listen.log());
    // Nothing else arrived: the refused overrides sent nothing.
    assert!(listen.lines.try_recv().is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn listen_forwards_each_event_to_its_own_route() {
    let folder = tempfile::tempdir().unwrap();
    let calls = example_receiver::serve(WEBHOOK_SECRET, &folder.path().join("calls.sqlite3")).await;
    let campaigns =
        example_receiver::serve(WEBHOOK_SECRET, &folder.path().join("campaigns.sqlite3")).await;
    let (calls_url, mut calls_queue) = (calls.url, calls.worked);
    let (campaigns_url, mut campaigns_queue) = (campaigns.url, campaigns.worked);
    let listen = Listen::start(&[
        "--forward",
        &format!("on_call_end={calls_url}"),
        "--forward",
        &format!("campaign.status_changed={campaigns_url}"),
    ]);
    // The event without a route in the middle: had it gone to either
    // receiver, it would arrive there before the second of that kind.
    let sent_in_order = [
        "on_call_end",
        "campaign.status_changed",
        "campaign.cycle_completed",
        "on_call_end",
        "campaign.status_changed",
    ];
    for event in sent_in_order {
        let sent = run_async(trigger(event, &listen.url, "current", WEBHOOK_SECRET)).await;
        assert_eq!(sent.code, 0, "{event}: {sent:?}");
    }
    for (queue, event) in [
        (&mut calls_queue, "on_call_end"),
        (&mut campaigns_queue, "campaign.status_changed"),
    ] {
        for _ in 0..2 {
            let handed = tokio::time::timeout(Duration::from_secs(5), queue.recv())
                .await
                .expect("forwarded")
                .unwrap();
            assert_eq!(handed.event_type(), event);
        }
    }
    // Every event is printed, routed or not.
    let printed: Vec<Value> = sent_in_order.iter().map(|_| listen.next_event()).collect();
    assert_eq!(
        printed
            .iter()
            .map(|e| e["event_type"].clone())
            .collect::<Vec<_>>(),
        sent_in_order
    );
}
