//! The client against Prism serving openapi/altur.yaml: for every operation
//! the spec has, varied requests that Prism finds nothing wrong with, and
//! responses that all decode; every error status the spec documents, asked
//! of Prism, decodes to the typed error.

use std::io::{Read, Write};

use altur_api::{Client, Error};
use altur_api_tests::calls::{Cases, request};
use altur_api_tests::prism::{Prism, forward};
use altur_api_tests::rng::Rng;
use altur_api_tests::server::TestServer;
use altur_api_tests::{committed_spec_value, spec_operations, workspace_root};

/// Requests per operation.
const PER_OPERATION: usize = 40;

/// Every operation of the committed spec, as operationId and its
/// documented error statuses.
fn operations() -> Vec<(String, Vec<u16>)> {
    let spec = committed_spec_value();
    let mut found: Vec<(String, Vec<u16>)> = spec_operations(&spec)
        .into_iter()
        .map(|operation| {
            let errors = operation
                .responses()
                .filter_map(|(code, _)| code.parse::<u16>().ok())
                .filter(|code| *code >= 400)
                .collect();
            (operation.id().to_owned(), errors)
        })
        .collect();
    found.sort();
    found
}

fn client(url: &str) -> Client {
    Client::builder()
        .api_key("sk_prism_test")
        .base_url(url)
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_operation_conforms_and_every_response_decodes() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    let client = client(&prism.url);
    let operations = operations();
    assert!(!operations.is_empty());
    let mut cases = Cases(Rng(0x9e37_79b9_7f4a_7c15));
    let mut decoded = 0;
    for (operation, _) in &operations {
        for case in 0..PER_OPERATION {
            let seed = cases.0.0;
            let altur_api_tests::calls::Seen {
                status, headers, ..
            } = request(operation, &client, &mut cases)
                .await
                .unwrap_or_else(|e| panic!("{operation} case {case} (seed {seed:#x}): {e}"));
            assert!(status.is_success(), "{operation} case {case}: {status}");
            let violations = headers.get("sl-violations");
            assert!(
                violations.is_none(),
                "{operation} case {case} (seed {seed:#x}): Prism reports {violations:?}"
            );
            decoded += 1;
        }
    }
    assert_eq!(decoded, operations.len() * PER_OPERATION);

    // The check above can fail: Prism does flag a request that breaks the spec.
    for (path, body) in [
        ("/message", r#"{"agent_id":"not-a-uuid"}"#),
        (
            "/campaigns/1/contacts",
            r#"{"contacts":[],"if_duplicate":"merge"}"#,
        ),
        ("/campaigns/not-a-number/pause", ""),
    ] {
        // Where the operation documents a 4xx Prism answers with it and an
        // `sl-violations` header; where it documents none, with 422.
        let answer = raw_post(&prism.url, path, body).to_ascii_lowercase();
        assert!(
            answer.contains("sl-violations:") || answer.starts_with("http/1.1 422"),
            "Prism flagged nothing for POST {path}: {answer}"
        );
    }
}

#[tokio::test]
async fn every_documented_error_decodes_to_the_typed_error() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    let address = prism.url.trim_start_matches("http://").to_owned();
    let mut cases = Cases(Rng(0x2545_f491_4f6c_dd1d));
    let mut checked = 0;
    for (operation, errors) in operations() {
        for status in errors {
            let to = address.clone();
            let prefer = format!("code={status}");
            let proxy = TestServer::start(move |request| {
                forward(&to, request, &[("prefer", &prefer)], &[])
            })
            .await;
            let outcome = request(&operation, &client(&proxy.url), &mut cases).await;
            match outcome {
                Err(Error::Api {
                    status: got, error, ..
                }) => {
                    assert_eq!(got.as_u16(), status, "{operation}");
                    // Whatever Prism made up, the required message is there.
                    let _ = error.message;
                }
                other => panic!("{operation} with Prefer: code={status}: {other:?}"),
            }
            checked += 1;
        }
    }
    // send_message 3, get_messages 3, retrieve_thread 2, create_end_user 2,
    // retrieve_end_user 2, create_campaign 2, update_campaign 3,
    // campaign_action 4, delete_campaign_contact 2, and 401 alone on each of
    // the other 9 (every operation documents 401).
    assert_eq!(checked, 32);
}

/// A POST written by hand, without the client: its answer's head.
fn raw_post(url: &str, path: &str, body: &str) -> String {
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nhost: prism\r\nauthorization: api-key k\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_request_without_the_key_gets_the_documented_401() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    // The client always sends its key; this loopback hop drops the header
    // on the way to Prism, as a proxy that loses it would.
    let prism_address = prism.url.trim_start_matches("http://").to_owned();
    let proxy =
        TestServer::start(move |request| forward(&prism_address, request, &[], &["authorization"]))
            .await;
    let error = client(&proxy.url)
        .send_message()
        .body(altur_api::types::SendMessageBody::builder().content("hola"))
        .send()
        .await
        .expect_err("401");
    let Error::Api { status, .. } = &error else {
        panic!("expected the typed 401, got {error:?}")
    };
    assert_eq!(status.as_u16(), 401);
    assert!(
        proxy.requests()[0].header("authorization").is_some(),
        "the client did send its key"
    );
}
