//! Property tests: whatever bytes a server sends with whatever status, the
//! client returns a typed result, never panics, and keeps status and body.
//! (`fuzz/` holds the coverage-guided version of the same idea.)

use std::sync::{Arc, Mutex};

use altur_api::{Client, Error};
use altur_api_tests::server::{Reply, TestServer};
use proptest::prelude::*;

const FIXTURE: &str = include_str!("../fixtures/message_response.json");

/// A loopback server whose next reply each case sets, and a client for it.
struct Rig {
    runtime: tokio::runtime::Runtime,
    _server: TestServer,
    client: Client,
    next: Arc<Mutex<(u16, Vec<u8>)>>,
}

impl Rig {
    fn new() -> Rig {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let next = Arc::new(Mutex::new((200, Vec::new())));
        let reply = next.clone();
        let server = runtime.block_on(TestServer::start(move |_| {
            let (status, body) = reply.lock().unwrap().clone();
            Reply::json(status, body)
        }));
        let client = Client::builder()
            .api_key("k")
            .base_url(&server.url)
            .build()
            .unwrap();
        Rig {
            runtime,
            _server: server,
            client,
            next,
        }
    }

    fn send(&self, status: u16, body: &[u8]) -> Result<(), TestCaseError> {
        *self.next.lock().unwrap() = (status, body.to_vec());
        let outcome = self.runtime.block_on(
            self.client
                .send_message()
                .body(altur_api::types::SendMessageBody::builder().content("hola"))
                .send(),
        );
        // HTTP gives 204 and 304 no body, whatever the server writes after.
        let body = if matches!(status, 204 | 304) {
            &[][..]
        } else {
            body
        };
        let success = (200..300).contains(&status);
        let documented_error = matches!(status, 400 | 401 | 404);
        // Any 2xx stands for the documented 200; an empty body for an
        // all-optional one.
        let decodes_as_documented = success
            && (serde_json::from_slice::<altur_api::types::MessageResponse>(body).is_ok()
                || body.iter().all(u8::is_ascii_whitespace));
        match outcome {
            Ok(response) => {
                prop_assert!(decodes_as_documented);
                prop_assert_eq!(response.status().as_u16(), status);
            }
            Err(error) => {
                prop_assert_eq!(
                    error.status().map(|s| s.as_u16()),
                    Some(status),
                    "{}",
                    error
                );
                // A 429 is sent again (it says nothing was done), so the
                // error may be the last of its attempts.
                match error.last_attempt() {
                    // A documented error status is the typed error whatever
                    // its body, with a readable message and the body kept.
                    Error::Api {
                        error: api,
                        body: kept,
                        ..
                    } => {
                        prop_assert!(documented_error);
                        prop_assert!(!api.message.trim().is_empty());
                        prop_assert_eq!(&kept[..], body);
                    }
                    Error::Decode { body: kept, .. } => {
                        prop_assert!(success && !decodes_as_documented);
                        prop_assert!(error.to_string().contains("accepted the request"));
                        prop_assert_eq!(&kept[..], body);
                    }
                    Error::UnexpectedStatus { body: kept, .. } => {
                        prop_assert!(!success && !documented_error);
                        prop_assert_eq!(&kept[..], body)
                    }
                    Error::RateLimited { body: kept, .. } => {
                        prop_assert_eq!(status, 429);
                        prop_assert_eq!(&kept[..], body);
                        prop_assert_eq!(error.attempts(), 3, "sent again after a 429");
                    }
                    other => prop_assert!(false, "unexpected error kind: {:?}", other),
                }
                prop_assert!(!error.to_string().contains('\n'));
            }
        }
        Ok(())
    }
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![Just(200u16), Just(400), Just(401), Just(404), 201u16..599]
}

/// JSON of any shape, with the API's own keys and enum values mixed in so
/// that generated values reach past the top level.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("thread".to_owned()),
        Just("messages".to_owned()),
        Just("in_response_to".to_owned()),
        Just("type".to_owned()),
        Just("sent_by".to_owned()),
        Just("sent_at".to_owned()),
        Just("thread_id".to_owned()),
        Just("id".to_owned()),
        Just("end_user".to_owned()),
        Just("tags".to_owned()),
        Just("color".to_owned()),
        Just("error".to_owned()),
        Just("message".to_owned()),
        "[a-z_]{0,8}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        prop_oneof![
            Just("text".to_owned()),
            Just("AI".to_owned()),
            Just("2026-11-20T15:04:05Z".to_owned()),
            Just("5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11".to_owned()),
            ".{0,12}",
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The realistic response with one node, picked by `choice`, replaced.
fn mutated_fixture(choice: usize, replacement: serde_json::Value) -> Vec<u8> {
    fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match value {
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    pointers(item, format!("{at}/{i}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    pointers(
                        item,
                        format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                        out,
                    );
                }
            }
            _ => {}
        }
    }
    let mut document: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    let mut all = Vec::new();
    pointers(&document, String::new(), &mut all);
    let target = &all[choice % all.len()];
    *document
        .pointer_mut(target)
        .expect("a pointer just collected") = replacement;
    serde_json::to_vec(&document).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes(status in status(), body in prop::collection::vec(any::<u8>(), 0..512)) {
        thread_local!(static RIG: Rig = Rig::new());
        RIG.with(|rig| rig.send(status, &body))?;
    }

    #[test]
    fn arbitrary_json(status in status(), value in json()) {
        thread_local!(static RIG: Rig = Rig::new());
        RIG.with(|rig| rig.send(status, &serde_json::to_vec(&value).unwrap()))?;
    }

    #[test]
    fn a_realistic_response_with_one_node_replaced(choice in any::<usize>(), value in json()) {
        thread_local!(static RIG: Rig = Rig::new());
        RIG.with(|rig| rig.send(200, &mutated_fixture(choice, value)))?;
    }
}
