//! The client against Prism serving openapi/altur.yaml: every response
//! Prism generates decodes, and Prism finds nothing wrong with any request.

use std::io::{Read, Write};

use altur_api::types::SendMessageBody;
use altur_api::{Client, Error};
use altur_api_tests::prism::Prism;
use altur_api_tests::server::{Reply, TestServer};
use altur_api_tests::workspace_root;

const REQUESTS: usize = 500;

/// A small deterministic generator, so a failure names a case to replay.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn body(&mut self) -> SendMessageBody {
        let texts = [
            "hola",
            "",
            "When does my order ship?",
            "¿Dónde está mi pedido? 📦",
            "line\nbreak \"quoted\"",
            "x",
        ];
        let choice = self.next();
        let content = match choice % 4 {
            0 => None,
            1 => Some(texts[(choice / 4) as usize % texts.len()].to_owned()),
            _ => Some("a".repeat((choice % 2000) as usize)),
        };
        let agent = (choice & 0b1000_0000 != 0)
            .then(|| uuid::Uuid::from_u64_pair(self.next(), self.next()));
        let end_user = (choice & 0b0100_0000 != 0)
            .then(|| uuid::Uuid::from_u64_pair(self.next(), self.next()));
        SendMessageBody {
            agent_id: agent,
            end_user_id: end_user,
            content,
        }
    }
}

#[tokio::test]
async fn hundreds_of_requests_conform_and_every_response_decodes() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    let client = Client::builder()
        .api_key("sk_prism_test")
        .base_url(&prism.url)
        .build()
        .unwrap();
    let mut cases = Cases(0x9e37_79b9_7f4a_7c15);
    let mut decoded = 0;
    for case in 0..REQUESTS {
        let body = cases.body();
        let response = client
            .send_message()
            .body(body.clone())
            .send()
            .await
            .unwrap_or_else(|e| panic!("case {case} ({body:?}): {e}"));
        assert!(
            response.status().is_success(),
            "case {case}: {}",
            response.status()
        );
        let violations = response.headers().get("sl-violations");
        assert!(
            violations.is_none(),
            "case {case} ({body:?}): Prism reports {violations:?}"
        );
        decoded += 1;
    }
    assert_eq!(decoded, REQUESTS);

    // The check above can fail: Prism does flag a request that breaks the spec.
    let bad = raw_post(&prism.url, r#"{"agent_id":"not-a-uuid"}"#);
    assert!(
        bad.to_ascii_lowercase().contains("sl-violations:"),
        "Prism flagged nothing in: {bad}"
    );
}

/// A POST /message written by hand, without the client: its answer's head.
fn raw_post(url: &str, body: &str) -> String {
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    write!(
        stream,
        "POST /message HTTP/1.1\r\nhost: prism\r\nauthorization: api-key k\r\ncontent-type: application/json\r\n\
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
    let proxy = TestServer::start(move |request| {
        let mut upstream = std::net::TcpStream::connect(&prism_address).expect("Prism listens");
        let mut head = format!(
            "{} {} HTTP/1.1\r\nconnection: close\r\n",
            request.method, request.path
        );
        for (name, value) in &request.headers {
            if name != "authorization" && name != "connection" {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str("\r\n");
        upstream
            .write_all(head.as_bytes())
            .and_then(|()| upstream.write_all(&request.body))
            .unwrap();
        let mut answer = Vec::new();
        upstream.read_to_end(&mut answer).unwrap();
        Reply::Raw(answer)
    })
    .await;
    let client = Client::builder()
        .api_key("sk_prism_test")
        .base_url(&proxy.url)
        .build()
        .unwrap();
    let error = client
        .send_message()
        .body(SendMessageBody::default())
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
