//! `cargo bench -p altur-bench`: the generated client against a hand-written
//! reqwest + serde client and raw hyper (the floor), all against the same
//! keep-alive server on loopback, measured in one run and reported as ratios;
//! then JSON decoding of responses of growing size.

use std::time::{Duration, Instant};

use altur_bench::{PAGE_SIZE, keep_alive_server, message_response};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};

const ROUNDS: usize = 5;
const SEQUENTIAL_PER_ROUND: usize = 400;
const CONCURRENCY: usize = 64;
const CONCURRENT_PER_TASK: usize = 40;

/// `cargo bench -p altur-bench --bench client [-- per-request|decoding]`:
/// both parts, or the one named.
fn main() {
    let only = |part: &str| {
        let named: Vec<String> = std::env::args()
            .filter(|a| a == "per-request" || a == "decoding")
            .collect();
        named.is_empty() || named.iter().any(|a| a == part)
    };
    if only("per-request") {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(per_request());
    }
    if only("decoding") {
        decoding();
    }
}

#[derive(Clone)]
struct Clients {
    generated: altur_api::Client,
    handwritten: std::sync::Arc<altur_handwritten::Client>,
    hyper: hyper_util::client::legacy::Client<
        hyper_util::client::legacy::connect::HttpConnector,
        Full<Bytes>,
    >,
    url: String,
}

const AGENT: uuid::Uuid = uuid::Uuid::from_u128(0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11);
const END_USER: uuid::Uuid = uuid::Uuid::from_u128(0x0d4f7c1e_3b2a_4e8f_9c6d_1a2b3c4d5e6f);
const REQUEST: &str = r#"{"agent_id":"5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11","content":"When does my order ship?","end_user_id":"0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f"}"#;

impl Clients {
    async fn call(&self, which: usize, operation: Operation) {
        match operation {
            Operation::RetrieveThread => return self.retrieve_thread(which).await,
            Operation::ListCampaignContacts => return self.list_campaign_contacts(which).await,
            Operation::SendMessage => {}
        }
        match which {
            0 => {
                let body = altur_api::types::SendMessageBody {
                    agent_id: Some(AGENT),
                    content: Some("When does my order ship?".into()),
                    end_user_id: Some(END_USER),
                };
                let response = self
                    .generated
                    .send_message()
                    .body(body)
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(response.messages.len(), 1);
            }
            1 => {
                let body = altur_handwritten::SendMessage {
                    agent_id: Some(AGENT),
                    content: Some("When does my order ship?".into()),
                    end_user_id: Some(END_USER),
                };
                let response = self
                    .handwritten
                    .send_message(&body)
                    .await
                    .expect("handwritten");
                assert_eq!(response.messages.len(), 1);
            }
            _ => {
                let request = hyper::Request::post(format!("{}/message", self.url))
                    .header("authorization", "api-key k")
                    .header("content-type", "application/json")
                    .header("accept", "application/json")
                    .header("api-version", "1.0")
                    .header("user-agent", "altur-api-rust/0.1.0")
                    .body(Full::new(Bytes::from_static(REQUEST.as_bytes())))
                    .unwrap();
                self.raw(request).await;
            }
        }
    }

    /// The floor: hyper sends the bytes and reads the body, decoding nothing.
    async fn raw(&self, request: hyper::Request<Full<Bytes>>) {
        let response = self.hyper.request(request).await.expect("hyper");
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        assert!(!body.is_empty());
    }

    /// The floor of a GET: the headers the generated client sends.
    async fn raw_get(&self, path: &str) {
        let request = hyper::Request::get(format!("{}{path}", self.url))
            .header("authorization", "api-key k")
            .header("accept", "application/json")
            .header("api-version", "1.0")
            .header("user-agent", "altur-api-rust/0.1.0")
            .body(Full::new(Bytes::new()))
            .unwrap();
        self.raw(request).await;
    }

    async fn retrieve_thread(&self, which: usize) {
        match which {
            0 => {
                let thread = self
                    .generated
                    .retrieve_thread()
                    .id("thr_7f3a2c")
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(thread.id.as_deref(), Some("thr_7f3a2c"));
            }
            1 => {
                let thread = self
                    .handwritten
                    .retrieve_thread("thr_7f3a2c")
                    .await
                    .expect("handwritten");
                assert_eq!(thread.id.as_deref(), Some("thr_7f3a2c"));
            }
            _ => self.raw_get("/thread/thr_7f3a2c").await,
        }
    }

    async fn list_campaign_contacts(&self, which: usize) {
        match which {
            0 => {
                let page = self
                    .generated
                    .list_campaign_contacts()
                    .id(1234)
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            1 => {
                let page = self
                    .handwritten
                    .list_campaign_contacts(1234)
                    .await
                    .expect("handwritten");
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            _ => self.raw_get("/campaigns/1234/contacts").await,
        }
    }
}

/// Send Message (POST, never retried), Retrieve Thread and List Campaign
/// Contacts (GETs, retried on a passing failure: what a retry needs is kept
/// for one that is not needed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Operation {
    SendMessage,
    RetrieveThread,
    ListCampaignContacts,
}

const NAMES: [&str; 3] = [
    "generated (altur-api)",
    "hand-written reqwest+serde",
    "raw hyper (floor)",
];

async fn per_request() {
    for operation in [
        Operation::SendMessage,
        Operation::RetrieveThread,
        Operation::ListCampaignContacts,
    ] {
        per_request_of(operation).await;
    }
}

async fn per_request_of(operation: Operation) {
    let url = keep_alive_server(message_response(1)).await;
    let clients = Clients {
        generated: altur_api::Client::builder()
            .api_key("k")
            .base_url(&url)
            .build()
            .unwrap(),
        handwritten: std::sync::Arc::new(altur_handwritten::Client::new(&url, "k").unwrap()),
        hyper: hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http(),
        url,
    };
    for which in 0..3 {
        for _ in 0..200 {
            clients.call(which, operation).await;
        }
    }

    // Rounds interleave the clients, so that drift on the machine falls on
    // all three alike.
    let mut latencies: [Vec<Duration>; 3] = Default::default();
    let mut throughput: [Vec<f64>; 3] = Default::default();
    for _ in 0..ROUNDS {
        for which in 0..3 {
            for _ in 0..SEQUENTIAL_PER_ROUND {
                let started = Instant::now();
                clients.call(which, operation).await;
                latencies[which].push(started.elapsed());
            }
            let started = Instant::now();
            let tasks: Vec<_> = (0..CONCURRENCY)
                .map(|_| {
                    let clients = clients.clone();
                    tokio::spawn(async move {
                        for _ in 0..CONCURRENT_PER_TASK {
                            clients.call(which, operation).await;
                        }
                    })
                })
                .collect();
            for task in tasks {
                task.await.unwrap();
            }
            throughput[which]
                .push((CONCURRENCY * CONCURRENT_PER_TASK) as f64 / started.elapsed().as_secs_f64());
        }
    }

    let median_latency: Vec<f64> = latencies
        .iter_mut()
        .map(|samples| {
            samples.sort();
            samples[samples.len() / 2].as_secs_f64() * 1e6
        })
        .collect();
    let median_throughput: Vec<f64> = throughput.iter_mut().map(|s| median(s)).collect();
    let title = match operation {
        Operation::SendMessage => "Send Message (POST /message, never retried)",
        Operation::RetrieveThread => "Retrieve Thread (GET /thread/{id}, retries on)",
        Operation::ListCampaignContacts => {
            "List Campaign Contacts (GET /campaigns/{id}/contacts, a page of 50, retries on)"
        }
    };
    println!("## Per request: {title}, against a keep-alive HTTP/1.1 server on loopback\n");
    println!(
        "{} rounds; each: {SEQUENTIAL_PER_ROUND} sequential calls, then {CONCURRENCY} tasks x {CONCURRENT_PER_TASK} calls.\n",
        ROUNDS
    );
    println!(
        "| client | median latency, concurrency 1 | vs hand-written | vs floor | throughput, concurrency 64 | vs hand-written | vs floor |"
    );
    println!("|---|---|---|---|---|---|---|");
    for which in 0..3 {
        println!(
            "| {} | {:.1} µs | {:.3} | {:.3} | {:.0} req/s | {:.3} | {:.3} |",
            NAMES[which],
            median_latency[which],
            median_latency[which] / median_latency[1],
            median_latency[which] / median_latency[2],
            median_throughput[which],
            median_throughput[which] / median_throughput[1],
            median_throughput[which] / median_throughput[2],
        );
    }
    println!();
}

fn median(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn decoding() {
    println!("## Decoding a MessageResponse (serde_json::from_slice)\n");
    println!(
        "| messages | bytes | generated types | hand-written types | generated / hand-written | generated ns per message |"
    );
    println!("|---|---|---|---|---|---|");
    for messages in [1usize, 100, 10_000] {
        let body = message_response(messages).into_bytes();
        let generated = throughput(&body, |b| {
            serde_json::from_slice::<altur_api::types::MessageResponse>(b)
                .map(|r| r.messages.len())
                .unwrap()
        });
        let handwritten = throughput(&body, |b| {
            serde_json::from_slice::<altur_handwritten::MessageResponse>(b)
                .map(|r| r.messages.len())
                .unwrap()
        });
        let per_second = |bytes_per_s: f64| format!("{:.0} MB/s", bytes_per_s / 1e6);
        let ns_per_message = body.len() as f64 / generated * 1e9 / messages as f64;
        println!(
            "| {messages} | {} | {} | {} | {:.3} | {:.0} |",
            body.len(),
            per_second(generated),
            per_second(handwritten),
            handwritten / generated,
            ns_per_message
        );
    }
    println!(
        "\n(generated / hand-written is a ratio of times: above 1 means the generated types decode slower)"
    );
}

/// Bytes per second, from the median of several timed batches.
fn throughput(body: &[u8], decode: impl Fn(&[u8]) -> usize) -> f64 {
    let batch = (2_000_000 / body.len()).max(1);
    let mut rates: Vec<f64> = (0..15)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..batch {
                std::hint::black_box(decode(std::hint::black_box(body)));
            }
            (body.len() * batch) as f64 / started.elapsed().as_secs_f64()
        })
        .collect();
    median(&mut rates)
}
