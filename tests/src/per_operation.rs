//! What a person writes by hand for each operation of the spec, and where:
//! the sandbox's handler, and the varied request (and, for a paginated
//! list, the stream) of `calls.rs` that the conformance, drift and header
//! tests send. Everything else follows the spec on its own.
//!
//! On change day the spec gains an operation before anyone has written
//! these. The test below is a unit test of this crate, so it runs before
//! its integration tests (and `cargo test` stops at the first target that
//! fails): the first failure is the list of what to write and where, not
//! a count or a panic deep in another test.

use serde_json::Value;

use crate::calls::{Cases, request, stream};
use crate::rng::Rng;
use crate::server::TestServer;

/// One thing to write: the operation, what it lacks, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub operation: String,
    pub what: String,
}

pub const HANDLER: &str = "its handler in the sandbox: an arm of `handle` in \
     altur-sandbox/src/serve/operations/mod.rs calling a function in its family's file there \
     (altur-sandbox/README.md says where its rule goes)";
pub const REQUEST: &str = "its varied request: an arm of `request` in tests/src/calls.rs";
pub const STREAM: &str = "its stream: an arm of `stream` in tests/src/calls.rs";

/// The operations of the spec (operationId), and whether each answers a
/// paginated list (a success body with a `pagination` property, the
/// generator's test for a stream).
pub fn operations(spec: &Value) -> Vec<(String, bool)> {
    let samples = crate::samples::Samples::new(spec);
    let mut found: Vec<(String, bool)> = crate::spec_operations(spec)
        .into_iter()
        .map(|operation| {
            let paginated = operation
                .responses()
                .filter(|(code, _)| code.starts_with('2'))
                .filter_map(|(_, r)| r.pointer("/content/application~1json/schema"))
                .any(|schema| {
                    samples
                        .deref(schema)
                        .pointer("/properties/pagination")
                        .is_some()
                });
            (operation.id().to_owned(), paginated)
        })
        .collect();
    found.sort();
    found
}

/// What the committed spec's operations lack.
pub async fn missing() -> Vec<Missing> {
    missing_in(&crate::committed_spec_value()).await
}

/// What the operations of `spec` lack, each found by asking: the sandbox
/// (which serves the committed spec) answers 501 `NOT_MODELED` for an
/// operation without a handler, and `calls.rs` panics for one without a
/// request or stream.
pub async fn missing_in(spec: &Value) -> Vec<Missing> {
    let operations = operations(spec);
    let mut missing = Vec::new();

    let sandbox = altur_sandbox::Sandbox::builder()
        .manual_clock()
        .start()
        .await
        .expect("the sandbox starts");
    let key = format!("api-key {}", sandbox.api_key());
    let server = TestServer::replying(200, "application/json", "{}").await;
    let client = altur_api::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .build()
        .expect("a client");
    let paths = crate::sandbox::every_operation_in(spec);
    for (id, paginated) in operations {
        if let Some((_, method, path)) = paths.iter().find(|(other, _, _)| *other == id) {
            let (status, body) =
                crate::sandbox::send(sandbox.base_url(), method, path, Some("{}"), Some(&key))
                    .await;
            if status == 501 && body["code"] == "NOT_MODELED" {
                missing.push(Missing {
                    operation: id.clone(),
                    what: HANDLER.into(),
                });
            }
        }
        let (asking, operation) = (client.clone(), id.clone());
        let sent = tokio::spawn(async move {
            let _ = request(&operation, &asking, &mut Cases(Rng(1))).await;
        })
        .await;
        if let Err(e) = sent
            && e.is_panic()
        {
            let panic = e.into_panic();
            let said = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            missing.push(Missing {
                operation: id.clone(),
                // A request the spec's new required field refuses says so.
                what: if said.contains("no requests for") {
                    REQUEST.into()
                } else {
                    said
                },
            });
        }
        if paginated {
            let streamed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                drop(stream(&id, &client));
            }));
            if streamed.is_err() {
                missing.push(Missing {
                    operation: id.clone(),
                    what: STREAM.into(),
                });
            }
        }
    }
    missing
}

/// The list, one line each, as the test fails with it.
pub fn say(missing: &[Missing]) -> String {
    let mut text = String::from(
        "the spec has operations without the code a person writes for each (write it, then run the tests again):\n",
    );
    for m in missing {
        text.push_str(&format!("- {}: {}\n", m.operation, m.what));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// First of this crate's tests: the list of what to write by hand for
    /// each operation, and where.
    #[tokio::test]
    async fn every_operation_has_what_a_person_writes_for_it() {
        let missing = missing().await;
        assert!(missing.is_empty(), "{}", say(&missing));
    }

    /// The check finds what is missing: an operation the spec gains is
    /// found without a request and, a paginated list, without a stream,
    /// each named with its file. (The handler is found missing the same
    /// way, by the sandbox's 501 `NOT_MODELED`; the sandbox serves the
    /// committed spec, so it answers this path 404 and only a refreshed
    /// spec shows it: the root README's "When the API changes" quotes that
    /// list, from a copy of the repository refreshed to a next version.)
    #[tokio::test]
    async fn an_operation_the_spec_gains_is_named_with_what_it_lacks() {
        let mut spec: Value = serde_norway::from_str(&crate::committed_spec()).unwrap();
        // A path and an id no spec of Altur's will have.
        spec["paths"]["/x-rehearsal"] = serde_json::json!({"get": {
            "operationId": "list_rehearsals",
            "responses": {"200": {"content": {"application/json": {"schema":
                {"$ref": "#/components/schemas/CampaignList"}}}}}
        }});
        // Only its own: the spec may lack others, the first test says which.
        let mut missing = missing_in(&spec).await;
        missing.retain(|m| m.operation == "list_rehearsals");
        let names = |what: &str| Missing {
            operation: "list_rehearsals".into(),
            what: what.into(),
        };
        assert_eq!(missing, [names(REQUEST), names(STREAM)]);
        let said = say(&missing);
        assert!(
            said.contains(
                "- list_rehearsals: its varied request: an arm of `request` in tests/src/calls.rs\n"
            ),
            "{said}"
        );
    }
}
