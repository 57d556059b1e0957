//! `altur_api::webhook` judged by Altur's side: python3 (standard library
//! only, `tests/python/altur_webhooks.py`) renders and signs the deliveries,
//! in both schemes Altur's pages document, and the crate must accept every
//! one, decode it to its event, and refuse it once one byte of the body or
//! the signature changes.

use altur_api::webhook::{self, Event, Secret, WebhookError};
use altur_api_tests::python;
use altur_api_tests::rng::Rng;
use altur_api_tests::workspace_root;
use proptest::prelude::*;

/// A secret as the dashboard hands it out: base64 of random bytes.
const SECRET: &str = "q83vEjRWeJq8mZ0fL2x1kA3nXy7Tt4Wc5s6RpQ9uVbE=";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(workspace_root().join("tests/fixtures/webhooks").join(name)).unwrap()
}

const FIXTURES: [&str; 5] = [
    "on_call_end.json",
    "on_call_end_older.json",
    "campaign_status_changed.json",
    "campaign_cycle_completed.json",
    "unknown_event.json",
];

/// Every fixture as written (pretty, UTF-8) and as Python renders it.
fn deliveries() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for name in FIXTURES {
        let body = fixture(name);
        for style in ["compact", "spaced", "pretty"] {
            out.push((format!("{name} ({style})"), python::render(style, &body)));
        }
        out.push((format!("{name} (as written)"), body));
    }
    out
}

fn check_event(name: &str, event: &Event) {
    match (name.split(' ').next().unwrap(), event) {
        ("on_call_end.json", Event::CallEnded(call)) => {
            assert_eq!(call.id, "cll_gBoLtd02pUI50QwXkFjB");
            let end_user = call.end_user.as_ref().unwrap();
            assert_eq!(end_user.display_name.as_deref(), Some("Sofía Núñez"));
            assert_eq!(
                end_user.extracted_data["Payment Amount"],
                serde_json::json!(1250.5)
            );
            assert_eq!(
                call.transcript[1].content.as_deref(),
                Some("Sí, claro 👍 — dígame")
            );
            assert_eq!(call.type_.as_deref(), Some("outbound"));
            assert_eq!(event.dedup_key(), Some("cll_gBoLtd02pUI50QwXkFjB"));
        }
        ("on_call_end_older.json", Event::CallEnded(call)) => {
            // The older form names the event in `type`: it is not the
            // call's direction.
            assert_eq!(call.type_, None);
            assert_eq!(call.event_type.as_deref(), Some("on_call_end"));
            assert_eq!(event.dedup_key(), Some("cll_9aZxQw12Er34Ty56Ui78"));
        }
        ("campaign_status_changed.json", Event::CampaignStatusChanged(changed)) => {
            assert_eq!(changed.data.campaign.id, 1234);
            assert_eq!(
                changed.occurred_at.unwrap().to_rfc3339(),
                "2026-06-08T20:23:15.482+00:00",
                "the offset and the microseconds are read"
            );
            assert_eq!(
                changed
                    .data
                    .analytics
                    .as_ref()
                    .unwrap()
                    .contacts_converted_rate,
                Some(0.156)
            );
            assert_eq!(event.dedup_key(), Some("evt_3kQpZ7tA9bN2cV1hX0sR"));
        }
        ("campaign_cycle_completed.json", Event::CampaignCycleCompleted(cycle)) => {
            assert_eq!(cycle.data.cycle_iteration, Some(2));
            assert_eq!(cycle.data.campaign.previous_status, None);
            assert_eq!(event.dedup_key(), Some("evt_5tH9aB2nQ8vR3mZ1cP0k"));
        }
        (
            "unknown_event.json",
            Event::Unknown {
                event_type,
                payload,
            },
        ) => {
            assert_eq!(event_type, "whatsapp.message_read");
            assert_eq!(
                payload["data"]["reader"], "Ana",
                "the payload is kept whole"
            );
            assert_eq!(event.dedup_key(), Some("evt_7hJ2kL9mN4pQ6rS8tU0v"));
        }
        _ => panic!("{name} decoded to {event:?}"),
    }
}

#[test]
fn every_delivery_python_signs_is_accepted_and_decoded_and_refused_once_changed() {
    let secret = Secret::new(SECRET);
    let deliveries = deliveries();
    let bodies: Vec<Vec<u8>> = deliveries.iter().map(|(_, body)| body.clone()).collect();
    let signed = python::sign(SECRET, &bodies);
    let mut refused = 0;
    for ((name, body), signed) in deliveries.iter().zip(&signed) {
        let current = signed
            .current
            .as_deref()
            .expect("Python reads every fixture");
        assert_eq!(
            webhook::sign(&secret, body).unwrap(),
            current,
            "{name}: `sign` is Altur's current scheme"
        );
        assert_eq!(webhook::sign_legacy(&secret, body), signed.legacy, "{name}");
        for signature in [current, signed.legacy.as_str()] {
            let event = webhook::verify(&secret, Some(signature.as_bytes()), body)
                .unwrap_or_else(|e| panic!("{name}, signature {signature}: {e}"));
            check_event(name, &event);

            // One byte of the body changed (XOR 1 never turns JSON white
            // space into other white space, so every change is one the
            // signature covers).
            let positions = (0..body.len()).step_by(5).chain([body.len() - 1]);
            for at in positions {
                let mut damaged = body.clone();
                damaged[at] ^= 1;
                let outcome = webhook::verify(&secret, Some(signature.as_bytes()), &damaged);
                assert!(
                    matches!(
                        outcome,
                        Err(WebhookError::Mismatch | WebhookError::NotJson(_))
                    ),
                    "{name}: byte {at} changed, signature {signature}: {outcome:?}"
                );
                refused += 1;
            }
            // One character of the signature changed.
            for at in 0..signature.len() {
                let mut damaged = signature.as_bytes().to_vec();
                damaged[at] = if damaged[at] == b'a' { b'b' } else { b'a' };
                let outcome = webhook::verify(&secret, Some(&damaged), body);
                assert!(
                    matches!(
                        outcome,
                        Err(WebhookError::Mismatch | WebhookError::MalformedSignature)
                    ),
                    "{name}: signature character {at} changed: {outcome:?}"
                );
                refused += 1;
            }
        }
        // Signed with another secret.
        let other = Secret::new("b3RoZXItc2VjcmV0LW9mLXRoaXJ0eS10d28tYnl0ZXM=");
        assert!(matches!(
            webhook::verify(&other, Some(current.as_bytes()), body),
            Err(WebhookError::Mismatch)
        ));
    }
    assert!(refused > 3000, "{refused} damaged deliveries refused");
}

#[test]
fn a_signature_over_the_raw_body_is_accepted_too() {
    // The docs do not show which bytes Altur signs: the compact form, or
    // the body as sent. With the current scheme's key, both verify.
    use base64::Engine;
    use hmac::Mac;
    let body = fixture("campaign_status_changed.json");
    let key = base64::engine::general_purpose::STANDARD
        .decode(SECRET)
        .unwrap();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(&body);
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    let event = webhook::verify(&Secret::new(SECRET), Some(signature.as_bytes()), &body).unwrap();
    assert!(matches!(event, Event::CampaignStatusChanged(_)));
}

/// Deterministic JSON texts that exercise what Python's reading and writing
/// do differently from serde_json's: key order, repeated keys, escapes,
/// non-ASCII and astral characters, lone surrogates, float formatting,
/// big integers, white space, nesting.
struct Generator(Rng);

impl Generator {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }

    fn space(&mut self, out: &mut String) {
        const SPACE: [&str; 6] = ["", "", " ", "\n  ", "\t", "\r\n"];
        out.push_str(SPACE[self.below(6) as usize]);
    }

    fn string(&mut self, out: &mut String) {
        const PIECES: [&str; 22] = [
            "a",
            "Sofía",
            "Núñez",
            "😀",
            "🎯",
            "👍🏽",
            "中文",
            "\\u00e9",
            "\\u00E9",
            "\\ud83d\\ude00",
            "\\ud800",
            "\\udc00x",
            "\\n",
            "\\\"",
            "\\\\",
            "\\/",
            "\\t\\b\\f\\r",
            "\u{7f}",
            "~",
            " ",
            "Payment Amount",
            "\u{2028}",
        ];
        out.push('"');
        for _ in 0..self.below(4) {
            out.push_str(PIECES[self.below(PIECES.len() as u64) as usize]);
        }
        out.push('"');
    }

    fn number(&mut self, out: &mut String) {
        let sign = if self.below(3) == 0 { "-" } else { "" };
        out.push_str(sign);
        match self.below(8) {
            0 => out.push_str(&self.below(1000).to_string()),
            1 => out.push_str("123456789012345678901234567890"),
            2 => out.push_str(&format!("{}.{}", self.below(100_000), self.below(1000))),
            3 => out.push_str(&format!(
                "{}e{}",
                1 + self.below(9),
                self.below(40) as i64 - 20
            )),
            4 => out.push_str(&format!(
                "{}.{}E+{}",
                self.below(10),
                self.below(1_000_000),
                self.below(30)
            )),
            5 => {
                let bits = self.next();
                let value = f64::from_bits(bits);
                if value.is_finite() {
                    out.push_str(&format!("{:e}", value.abs()));
                } else {
                    out.push_str("0.0");
                }
            }
            6 => out.push_str(
                [
                    "0.0", "0", "1e-05", "0.0001", "1e16", "1e15", "1250.50", "0.156",
                ][self.below(8) as usize],
            ),
            _ => out.push_str(&format!("0.{:06}", self.below(1_000_000))),
        }
    }

    fn value(&mut self, depth: u32, out: &mut String) {
        let kind = if depth > 4 {
            self.below(4)
        } else {
            self.below(6)
        };
        match kind {
            0 => self.string(out),
            1 => self.number(out),
            2 => out.push_str(["true", "false", "null"][self.below(3) as usize]),
            3 => self.number(out),
            4 => {
                out.push('[');
                let n = self.below(4);
                for i in 0..n {
                    if i > 0 {
                        out.push(',');
                    }
                    self.space(out);
                    self.value(depth + 1, out);
                    self.space(out);
                }
                out.push(']');
            }
            _ => {
                out.push('{');
                // Now and then an object past the members the crate compares
                // one by one, where repeated keys are found by hash.
                let n = if depth < 2 && self.below(10) == 0 {
                    17 + self.below(30)
                } else {
                    self.below(5)
                };
                for i in 0..n {
                    if i > 0 {
                        out.push(',');
                    }
                    self.space(out);
                    // Few key names, so that keys repeat.
                    if self.below(3) == 0 {
                        out.push_str(["\"a\"", "\"b\"", "\"Sofía\""][self.below(3) as usize]);
                    } else {
                        self.string(out);
                    }
                    self.space(out);
                    out.push(':');
                    self.space(out);
                    self.value(depth + 1, out);
                }
                self.space(out);
                out.push('}');
            }
        }
    }
}

#[test]
fn the_compact_form_is_byte_for_byte_what_python_writes() {
    let mut generator = Generator(Rng(0x9e37_79b9_7f4a_7c15));
    let mut bodies: Vec<Vec<u8>> = (0..3000)
        .map(|_| {
            let mut text = String::new();
            generator.space(&mut text);
            generator.value(0, &mut text);
            generator.space(&mut text);
            text.into_bytes()
        })
        .collect();
    // And what Python refuses, which the crate must refuse too.
    for bad in [
        &b"{\"a\":1,}"[..],
        b"[1,2",
        b"\"\xff\"",
        b"01",
        b"1.",
        b"\"\\x\"",
        b"{\"a\" 1}",
        b"",
        b"nul",
        b"\"\x01\"",
    ] {
        bodies.push(bad.to_vec());
    }
    let secret = Secret::new(SECRET);
    let signed = python::sign(SECRET, &bodies);
    let mut compared = 0;
    for (body, signed) in bodies.iter().zip(&signed) {
        let ours = webhook::sign(&secret, body);
        match (&signed.current, ours) {
            (Some(python), Ok(ours)) => {
                assert_eq!(
                    &ours,
                    python,
                    "body {:?}: Python writes {:?}",
                    String::from_utf8_lossy(body),
                    String::from_utf8_lossy(signed.compact.as_deref().unwrap())
                );
                compared += 1;
            }
            (None, Err(WebhookError::NotJson(_))) => {}
            (python, ours) => panic!(
                "body {:?}: Python signs {python:?}, the crate {ours:?}",
                String::from_utf8_lossy(body)
            ),
        }
    }
    assert!(compared >= 3000, "{compared} bodies compared");
}

#[test]
fn errors_say_what_was_wrong_without_the_secret() {
    let secret = Secret::new(SECRET);
    let body = fixture("campaign_cycle_completed.json");
    let signature = webhook::sign(&secret, &body).unwrap();
    let wrong_shape = br#"{"event_type": "campaign.cycle_completed", "event_id": 5}"#;
    let cases: Vec<(Result<Event, WebhookError>, &str)> = vec![
        (
            webhook::verify(&secret, None::<&str>, &body),
            "has no x-altur-signature header",
        ),
        (
            webhook::verify(&secret, Some(b"  "), &body),
            "x-altur-signature header is empty",
        ),
        (
            webhook::verify(&secret, "", &body),
            "x-altur-signature header is empty",
        ),
        (
            webhook::verify(&secret, Some(b"not a signature!"), &body),
            "neither a base64 nor a hex",
        ),
        (
            webhook::verify(&secret, Some(signature.as_bytes()), b"{}"),
            "does not match the body",
        ),
        (
            webhook::verify(&secret, Some(signature.as_bytes()), b"{\"a\":"),
            "is not JSON: the body ends",
        ),
        (
            webhook::verify(
                &Secret::new("not base64 at all!"),
                Some(signature.as_bytes()),
                &body,
            ),
            "not base64",
        ),
        (
            webhook::verify(
                &secret,
                Some(webhook::sign(&secret, wrong_shape).unwrap().as_bytes()),
                wrong_shape,
            ),
            "the campaign.cycle_completed payload does not decode: invalid type: integer `5`",
        ),
    ];
    for (outcome, expected) in cases {
        let error = outcome.expect_err(expected);
        let text = format!("{error} {error:?}");
        assert!(text.contains(expected), "{text}");
        assert!(!text.contains(SECRET), "{text}");
    }
    assert_eq!(format!("{secret:?}"), "Secret(<redacted>)");
    // A payload that does not decode keeps its body.
    let Err(WebhookError::Payload { body: kept, .. }) = webhook::verify(
        &secret,
        Some(webhook::sign(&secret, wrong_shape).unwrap().as_bytes()),
        wrong_shape,
    ) else {
        panic!("a payload error")
    };
    assert_eq!(kept, wrong_shape);
    // Its Debug shows the body as the text it is, not as byte values.
    let error = webhook::verify(
        &secret,
        webhook::sign(&secret, wrong_shape).unwrap().as_str(),
        wrong_shape,
    )
    .unwrap_err();
    let debug = format!("{error:?}");
    assert!(
        debug
            .contains(r#"body: "{\"event_type\": \"campaign.cycle_completed\", \"event_id\": 5}""#),
        "{debug}"
    );
}

/// The header as axum, hyper and actix hand it over, or as a string, with no
/// conversion by the caller; the body as `Vec<u8>`, `&[u8]` or `&str`.
#[test]
fn the_header_is_taken_as_frameworks_hand_it_over() {
    let secret = Secret::new(SECRET);
    let body = fixture("campaign_cycle_completed.json");
    let signature = webhook::sign(&secret, &body).unwrap();
    let mut headers = http::HeaderMap::new();
    headers.insert(webhook::SIGNATURE_HEADER, signature.parse().unwrap());
    let header: Option<&http::HeaderValue> = headers.get(webhook::SIGNATURE_HEADER);
    let text = std::str::from_utf8(&body).unwrap();
    for event in [
        webhook::verify(&secret, header, &body),
        webhook::verify(&secret, header.unwrap(), body.as_slice()),
        webhook::verify(&secret, signature.as_str(), text),
        webhook::verify(&secret, &signature, body.clone()),
        webhook::verify(&secret, Some(signature.as_bytes()), &body),
    ] {
        assert_eq!(event.unwrap().event_type(), "campaign.cycle_completed");
    }
    let absent: Option<&http::HeaderValue> = None;
    assert!(matches!(
        webhook::verify(&secret, absent, &body),
        Err(WebhookError::MissingSignature)
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_and_headers_never_panic_the_verifier(
        body in proptest::collection::vec(any::<u8>(), 0..512),
        header in proptest::collection::vec(any::<u8>(), 0..96),
        secret in ".{0,64}",
    ) {
        let secret = Secret::new(secret);
        let _ = webhook::verify(&secret, Some(&header), &body);
        let _ = webhook::verify(&secret, None::<&str>, &body);
        let _ = webhook::sign(&secret, &body);
    }

    #[test]
    fn what_sign_signs_verifies(body in "[ -~]{0,64}") {
        let secret = Secret::new(SECRET);
        let body = serde_json::to_vec(&serde_json::json!({"event_type": "x.y", "note": body})).unwrap();
        let signature = webhook::sign(&secret, &body).unwrap();
        let event = webhook::verify(&secret, Some(signature.as_bytes()), &body).unwrap();
        prop_assert_eq!(event.event_type(), "x.y");
    }
}

/// The crate docs' sample payload of each event decodes, signed as Altur
/// signs it, to the variant the docs name, and every event has one.
#[test]
fn the_docs_sample_payload_of_each_event_decodes_to_its_variant() {
    let readme =
        std::fs::read_to_string(altur_api_tests::workspace_root().join("altur-api/README.md"))
            .unwrap();
    let samples = &readme[readme
        .find("### Sample payloads")
        .expect("a samples section")..];
    let secret = Secret::new(SECRET);
    let mut seen = Vec::new();
    for block in samples.split("```json\n").skip(1) {
        let body = block.split("```").next().unwrap().as_bytes();
        let signature = webhook::sign(&secret, body).unwrap();
        let event = webhook::verify(&secret, signature.as_str(), body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)));
        let variant = match &event {
            Event::CallEnded(_) => "CallEnded",
            Event::CampaignStatusChanged(_) => "CampaignStatusChanged",
            Event::CampaignCycleCompleted(_) => "CampaignCycleCompleted",
            other => panic!("not a documented event: {other:?}"),
        };
        // The line above the block names the event type and the variant.
        let heading = samples[..samples.find(block).unwrap()]
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty() && !line.starts_with("```"))
            .unwrap();
        assert!(heading.contains(event.event_type()), "{heading}");
        assert!(heading.contains(&format!("Event::{variant}")), "{heading}");
        seen.push(variant);
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            "CallEnded",
            "CampaignCycleCompleted",
            "CampaignStatusChanged"
        ]
    );
}
