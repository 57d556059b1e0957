//! The example webhook receiver (altur-api/examples/webhook_receiver), served
//! on loopback and sent deliveries over HTTP as Altur sends them: signed by
//! python3, in both schemes. Every valid one is accepted (200) and handed to
//! the work queue once; every forged or damaged one gets 400; the server
//! keeps serving; the secret is in no log line.

use std::time::Duration;

use altur_api_tests::captured::Captured;
use altur_api_tests::{example_receiver, python, workspace_root};

const SECRET: &str = "bG9vcGJhY2stcmVjZWl2ZXItc2VjcmV0LTMyLWJ5dGU=";

#[tokio::test]
async fn signed_deliveries_over_http_are_accepted_once_and_forged_ones_refused() {
    let log = Captured::default();
    let writer = log.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish(),
    )
    .unwrap();

    let database = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("webhook-receiver-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let example_receiver::ExampleReceiver {
        url,
        worked: mut queue,
        server,
    } = example_receiver::serve(SECRET, &database).await;
    let http = reqwest::Client::new();
    let post = |signature: Option<String>, body: Vec<u8>| {
        let mut request = http
            .post(&url)
            .header("content-type", "application/json")
            .body(body);
        if let Some(signature) = signature {
            // The header's case as Altur's docs write it.
            request = request.header("X-Altur-Signature", signature);
        }
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };

    // Valid deliveries: each fixture as written and as Python renders it
    // compactly, each signed in both schemes.
    let mut bodies = Vec::new();
    for name in [
        "on_call_end.json",
        "on_call_end_older.json",
        "campaign_status_changed.json",
        "campaign_cycle_completed.json",
        "unknown_event.json",
    ] {
        let body =
            std::fs::read(workspace_root().join("tests/fixtures/webhooks").join(name)).unwrap();
        bodies.push(python::render("compact", &body));
        bodies.push(body);
    }
    let signed = python::sign(SECRET, &bodies);
    let mut accepted = 0;
    for (body, signed) in bodies.iter().zip(&signed) {
        for signature in [signed.current.clone().unwrap(), signed.legacy.clone()] {
            let (status, text) = post(Some(signature), body.clone()).await;
            assert_eq!(status, 200, "{text}");
            if text == "ok\n" {
                accepted += 1;
            } else {
                // The same event again (another rendering or scheme).
                assert_eq!(text, "already received\n");
            }
        }
    }
    // Five events, each stored and worked on once, in order, though each
    // arrived four times.
    assert_eq!(accepted, 5);
    let mut events = Vec::new();
    while let Ok(Some(event)) = tokio::time::timeout(Duration::from_secs(2), queue.recv()).await {
        events.push(event.event_type().to_owned());
    }
    assert_eq!(
        events,
        [
            "on_call_end",
            "on_call_end",
            "campaign.status_changed",
            "campaign.cycle_completed",
            "whatsapp.message_read"
        ]
    );

    // Forged and damaged deliveries.
    let body = bodies[0].clone();
    let good = signed[0].current.clone().unwrap();
    let mut damaged_body = body.clone();
    damaged_body[body.len() / 2] ^= 1;
    let mut damaged_signature = good.clone().into_bytes();
    damaged_signature[3] = if damaged_signature[3] == b'A' {
        b'B'
    } else {
        b'A'
    };
    let other_secret = python::sign("b3RoZXItc2VjcmV0", std::slice::from_ref(&body));
    let forged = [
        (None, body.clone()),
        (Some(String::new()), body.clone()),
        (Some("sha256=deadbeef".to_owned()), body.clone()),
        (Some(good.clone()), damaged_body),
        (
            Some(String::from_utf8(damaged_signature).unwrap()),
            body.clone(),
        ),
        (other_secret[0].current.clone(), body.clone()),
        (Some(other_secret[0].legacy.clone()), body.clone()),
        (Some(good.clone()), b"not json".to_vec()),
        (Some(good.clone()), Vec::new()),
        (Some(good.clone()), vec![0xff; 4096]),
    ];
    for (n, (signature, body)) in forged.into_iter().enumerate() {
        let (status, text) = post(signature, body).await;
        assert_eq!(status, 400, "forged delivery {n}: {text}");
    }
    assert!(
        tokio::time::timeout(Duration::from_millis(500), queue.recv())
            .await
            .is_err(),
        "nothing forged reached the work"
    );

    // The server is still up, and answers a new valid delivery.
    let fresh = br#"{"event_type": "on_call_end", "id": "cll_after_the_forgeries"}"#.to_vec();
    let signature = python::sign(SECRET, std::slice::from_ref(&fresh))[0]
        .current
        .clone();
    assert_eq!(post(signature, fresh).await, (200, "ok\n".to_owned()));
    assert!(!server.is_finished());

    let log = log.text();
    assert_eq!(log.matches("delivery refused").count(), 10, "{log}");
    assert_eq!(log.matches("delivery accepted").count(), 6, "{log}");
    assert!(!log.contains(SECRET), "{log}");
    assert!(
        !log.contains("loopback-receiver-secret"),
        "the decoded secret: {log}"
    );
}
