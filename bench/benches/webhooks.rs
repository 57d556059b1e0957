//! `cargo bench -p altur-bench --bench webhooks`: what verifying a webhook
//! delivery costs, and how it grows with the body, against serde_json
//! parsing the same body into a `Value` (what any receiver pays anyway).
//!
//! The deliveries are `on_call_end` payloads with growing transcripts
//! (Spanish text, accents and emoji), pretty-printed, signed in Altur's
//! current scheme: verification reads the body, finds the raw-body HMAC does
//! not match, re-serializes it as Python would, HMACs that, and decodes the
//! event. The older scheme (hex HMAC over the raw body) is measured beside it.

use std::time::Instant;

use altur_api::webhook::{self, Secret};

const SECRET: &str = "q83vEjRWeJq8mZ0fL2x1kA3nXy7Tt4Wc5s6RpQ9uVbE=";

fn delivery(target_bytes: usize) -> Vec<u8> {
    let entry = serde_json::json!({
        "sent_by": "assistant",
        "sent_at": "2024-12-19T15:00:15Z",
        "content": "Hola Sofía, le llamo de parte de Crédito Fácil 👋. ¿Tiene un momento? Su saldo es de $1,250.50"
    });
    let mut transcript = Vec::new();
    loop {
        let body = serde_json::to_vec_pretty(&serde_json::json!({
            "event_type": "on_call_end",
            "id": "cll_gBoLtd02pUI50QwXkFjB",
            "status": "ended",
            "duration": 270,
            "transcript": transcript,
            "end_user": {"display_name": "Sofía Núñez", "extracted_data": {"Payment Amount": 1250.5, "Rate": 1e-05}}
        }))
        .unwrap();
        if body.len() >= target_bytes {
            return body;
        }
        transcript.push(entry.clone());
    }
}

/// Median seconds per call over batches of about 50 ms.
fn time(mut run: impl FnMut()) -> f64 {
    let started = Instant::now();
    run();
    let once = started.elapsed().as_secs_f64().max(1e-7);
    let batch = ((0.05 / once) as usize).max(1);
    let mut samples: Vec<f64> = (0..11)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..batch {
                run();
            }
            started.elapsed().as_secs_f64() / batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let secret = Secret::new(SECRET);
    println!("## Verifying a webhook delivery\n");
    println!(
        "| body | verify, current scheme | MB/s | verify, older scheme | serde_json::from_slice::<Value> | current / from_slice |"
    );
    println!("|---|---|---|---|---|---|");
    let mut per_byte = Vec::new();
    let deliveries = [1_000, 10_000, 100_000, 1_000_000]
        .map(delivery)
        .map(|body| (format!("{} B", body.len()), body));
    // What anyone can send before the signature is checked: one object of
    // many distinct keys (repeated keys are looked up by hash past a few).
    let many_keys = {
        let keys: serde_json::Map<String, serde_json::Value> = (0..50_000)
            .map(|n| (format!("Campo número {n}"), n.into()))
            .collect();
        let body = serde_json::to_vec_pretty(&serde_json::json!({
            "event_type": "on_call_end",
            "id": "cll_gBoLtd02pUI50QwXkFjB",
            "end_user": {"extracted_data": keys}
        }))
        .unwrap();
        (format!("{} B, 50,000 keys in one object", body.len()), body)
    };
    for (label, body) in deliveries.into_iter().chain([many_keys]) {
        let current = webhook::sign(&secret, &body).unwrap();
        let legacy = webhook::sign_legacy(&secret, &body);
        let verify = time(|| {
            std::hint::black_box(
                webhook::verify(
                    &secret,
                    Some(current.as_bytes()),
                    std::hint::black_box(&body),
                )
                .unwrap(),
            );
        });
        let verify_legacy = time(|| {
            std::hint::black_box(
                webhook::verify(
                    &secret,
                    Some(legacy.as_bytes()),
                    std::hint::black_box(&body),
                )
                .unwrap(),
            );
        });
        let parse = time(|| {
            std::hint::black_box(
                serde_json::from_slice::<serde_json::Value>(std::hint::black_box(&body)).unwrap(),
            );
        });
        per_byte.push(verify / body.len() as f64);
        println!(
            "| {label} | {:.1} µs | {:.0} | {:.1} µs | {:.1} µs | {:.2} |",
            verify * 1e6,
            body.len() as f64 / verify / 1e6,
            verify_legacy * 1e6,
            parse * 1e6,
            verify / parse
        );
    }
    println!(
        "\nns per byte, current scheme, in the order of the rows: {}",
        per_byte
            .iter()
            .map(|s| format!("{:.2}", s * 1e9))
            .collect::<Vec<_>>()
            .join(", ")
    );
}
