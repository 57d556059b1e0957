//! `cargo bench -p altur-bench`: the generated client against a hand-written
//! reqwest + serde client, a second instance of it (the control) and raw
//! hyper (the floor), all against the same keep-alive server on loopback, on
//! one thread and on two worker threads, measured in one run and reported as
//! ratios; then JSON decoding of responses of growing size.

use std::time::{Duration, Instant};

use altur_bench::{PAGE_SIZE, keep_alive_server, message_response};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};

/// Sequential calls per caller, for the latency at concurrency 1.
const SEQUENTIAL_CALLS: usize = 10_000;
/// Sequential calls a caller makes in one turn.
const TURN: usize = 20;
/// Rounds of concurrent calls, a multiple of `ORDERS.len()`.
const ROUNDS: usize = 12;
const CONCURRENCY: usize = 64;
const CONCURRENT_PER_TASK: usize = 100;

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
        // On one thread, client, connections and server take turns on it:
        // what is measured is the work of a call, to a fraction of a
        // percent. On two workers, as a service runs, every call also waits
        // for threads to wake one another, which on these virtual cores
        // spreads one call's latency over tens of microseconds.
        for (threads, mut runtime) in [
            (Threads::One, tokio::runtime::Builder::new_current_thread()),
            (Threads::Two, tokio::runtime::Builder::new_multi_thread()),
        ] {
            let runtime = runtime.enable_all().build().expect("runtime");
            runtime.block_on(per_request(threads));
        }
    }
    if only("decoding") {
        decoding();
    }
}

/// Who makes the calls. The hand-written client is there twice, as two
/// clients with their own connections: how far the second is from the first
/// is how far the harness itself is off, the yardstick for every other ratio.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caller {
    Generated,
    Handwritten,
    HandwrittenControl,
    Hyper,
}

impl Caller {
    const ALL: [Caller; 4] = [
        Caller::Generated,
        Caller::Handwritten,
        Caller::HandwrittenControl,
        Caller::Hyper,
    ];

    fn name(self) -> &'static str {
        match self {
            Caller::Generated => "generated (altur-api)",
            Caller::Handwritten => "hand-written reqwest+serde",
            Caller::HandwrittenControl => "hand-written again (control)",
            Caller::Hyper => "raw hyper (floor)",
        }
    }
}

/// The orders the callers take turns in, by index into [`Caller::ALL`],
/// taken one after the other and then again from the first: in that
/// sequence each caller follows each other caller exactly once, so that the
/// caller before (whose code is warm in the cache, the hand-written client's
/// twin most of all) favours no one.
const ORDERS: [[usize; 4]; 3] = [[0, 1, 2, 3], [0, 2, 1, 3], [2, 0, 3, 1]];

#[derive(Clone)]
struct Clients {
    generated: altur_api::Client,
    handwritten: std::sync::Arc<altur_handwritten::Client>,
    handwritten_control: std::sync::Arc<altur_handwritten::Client>,
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
    fn handwritten(&self, caller: Caller) -> &altur_handwritten::Client {
        if caller == Caller::HandwrittenControl {
            &self.handwritten_control
        } else {
            &self.handwritten
        }
    }

    async fn call(&self, caller: Caller, operation: Operation) {
        match operation {
            Operation::SendMessage => self.send_message(caller).await,
            Operation::RetrieveThread => self.retrieve_thread(caller).await,
            Operation::ListCampaignContacts => self.list_campaign_contacts(caller).await,
        }
    }

    async fn send_message(&self, caller: Caller) {
        match caller {
            Caller::Generated => {
                let body = altur_api::types::SendMessageBody::builder()
                    .agent_id(AGENT)
                    .content("When does my order ship?")
                    .end_user_id(END_USER);
                let response = self
                    .generated
                    .send_message()
                    .body(body)
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(response.messages.len(), 1);
            }
            Caller::Handwritten | Caller::HandwrittenControl => {
                let body = altur_handwritten::SendMessage {
                    agent_id: Some(AGENT),
                    content: Some("When does my order ship?".into()),
                    end_user_id: Some(END_USER),
                };
                let response = self
                    .handwritten(caller)
                    .send_message(&body)
                    .await
                    .expect("handwritten");
                assert_eq!(response.messages.len(), 1);
            }
            Caller::Hyper => {
                let request = hyper::Request::post(format!("{}/message", self.url))
                    .header("authorization", "api-key k")
                    .header("content-type", "application/json")
                    .header("accept", "application/json")
                    .header("api-version", "1.0")
                    .header("user-agent", "altur-api-rust/0.2.0")
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
            .header("user-agent", "altur-api-rust/0.2.0")
            .body(Full::new(Bytes::new()))
            .unwrap();
        self.raw(request).await;
    }

    async fn retrieve_thread(&self, caller: Caller) {
        match caller {
            Caller::Generated => {
                let thread = self
                    .generated
                    .retrieve_thread()
                    .id("thr_7f3a2c")
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(thread.id, "thr_7f3a2c");
            }
            Caller::Handwritten | Caller::HandwrittenControl => {
                let thread = self
                    .handwritten(caller)
                    .retrieve_thread("thr_7f3a2c")
                    .await
                    .expect("handwritten");
                assert_eq!(thread.id.as_deref(), Some("thr_7f3a2c"));
            }
            Caller::Hyper => self.raw_get("/thread/thr_7f3a2c").await,
        }
    }

    async fn list_campaign_contacts(&self, caller: Caller) {
        match caller {
            Caller::Generated => {
                let page = self
                    .generated
                    .list_campaign_contacts()
                    .id(1234)
                    .send()
                    .await
                    .expect("generated");
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            Caller::Handwritten | Caller::HandwrittenControl => {
                let page = self
                    .handwritten(caller)
                    .list_campaign_contacts(1234)
                    .await
                    .expect("handwritten");
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            Caller::Hyper => self.raw_get("/campaigns/1234/contacts").await,
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

/// Which runtime the calls and the server run on.
#[derive(Clone, Copy)]
enum Threads {
    /// tokio's `current_thread` runtime.
    One,
    /// tokio's `multi_thread` runtime, a worker per core (two here).
    Two,
}

async fn per_request(threads: Threads) {
    for operation in [
        Operation::SendMessage,
        Operation::RetrieveThread,
        Operation::ListCampaignContacts,
    ] {
        per_request_of(operation, threads).await;
    }
}

async fn per_request_of(operation: Operation, threads: Threads) {
    let url = keep_alive_server(message_response(1)).await;
    let handwritten = || std::sync::Arc::new(altur_handwritten::Client::new(&url, "k").unwrap());
    let clients = Clients {
        generated: altur_api::Client::builder()
            .api_key("k")
            .base_url(&url)
            .build()
            .unwrap(),
        handwritten: handwritten(),
        handwritten_control: handwritten(),
        hyper: hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http(),
        url: url.clone(),
    };
    for caller in Caller::ALL {
        for _ in 0..200 {
            clients.call(caller, operation).await;
        }
    }

    // Latency: the callers take turns, a few calls each (as a service
    // repeats a call, its code warm), so that the machine's drift (on these
    // shared cores, tens of percent within a minute) falls on all alike.
    let mut latencies: [Vec<Duration>; 4] = Default::default();
    for turn in 0..SEQUENTIAL_CALLS / TURN {
        for i in ORDERS[turn % ORDERS.len()] {
            for _ in 0..TURN {
                let started = Instant::now();
                clients.call(Caller::ALL[i], operation).await;
                latencies[i].push(started.elapsed());
            }
        }
    }

    // Throughput: rounds, the callers in turn within each; each caller's
    // ratio is taken within a round, against the hand-written client's rate
    // in the same round, and the median of those ratios reported.
    let mut rates: [Vec<f64>; 4] = Default::default();
    for round in 0..ROUNDS {
        for i in ORDERS[round % ORDERS.len()] {
            let caller = Caller::ALL[i];
            let started = Instant::now();
            let tasks: Vec<_> = (0..CONCURRENCY)
                .map(|_| {
                    let clients = clients.clone();
                    tokio::spawn(async move {
                        for _ in 0..CONCURRENT_PER_TASK {
                            clients.call(caller, operation).await;
                        }
                    })
                })
                .collect();
            for task in tasks {
                task.await.unwrap();
            }
            rates[i]
                .push((CONCURRENCY * CONCURRENT_PER_TASK) as f64 / started.elapsed().as_secs_f64());
        }
    }

    // Median, 10th and 90th percentiles, in µs.
    let latency: Vec<[f64; 3]> = latencies
        .iter_mut()
        .map(|samples| {
            samples.sort();
            let at =
                |percent: usize| samples[(samples.len() - 1) * percent / 100].as_secs_f64() * 1e6;
            [at(50), at(10), at(90)]
        })
        .collect();
    // Within-round ratios of caller `i` to caller `j`, their median.
    let rate_ratio = |i: usize, j: usize| {
        let mut ratios: Vec<f64> = (0..ROUNDS).map(|r| rates[i][r] / rates[j][r]).collect();
        median(&mut ratios)
    };
    let title = match operation {
        Operation::SendMessage => "Send Message (POST /message, never retried)",
        Operation::RetrieveThread => "Retrieve Thread (GET /thread/{id}, retries on)",
        Operation::ListCampaignContacts => {
            "List Campaign Contacts (GET /campaigns/{id}/contacts, a page of 50, retries on)"
        }
    };
    let runtime = match threads {
        Threads::One => "one thread (current_thread runtime)",
        Threads::Two => "two worker threads (multi_thread runtime)",
    };
    println!(
        "## Per request: {title}, against a keep-alive HTTP/1.1 server on loopback, on {runtime}\n"
    );
    println!(
        "Latency: {SEQUENTIAL_CALLS} sequential calls per caller, the callers taking turns of {TURN} calls. \
         Throughput: {ROUNDS} rounds of {CONCURRENCY} tasks x {CONCURRENT_PER_TASK} calls per caller, \
         the callers in turn; ratios are the median of the ratios within a round.\n"
    );
    println!(
        "| caller | median latency, concurrency 1 | 10th-90th percentile | vs hand-written | vs floor | throughput, concurrency 64 (median) | vs hand-written | vs floor |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let (handwritten, floor) = (1, 3);
    for (i, caller) in Caller::ALL.iter().enumerate() {
        let mut own = rates[i].clone();
        println!(
            "| {} | {:.1} µs | {:.1}-{:.1} µs | {:.3} | {:.3} | {:.0} req/s | {:.3} | {:.3} |",
            caller.name(),
            latency[i][0],
            latency[i][1],
            latency[i][2],
            latency[i][0] / latency[handwritten][0],
            latency[i][0] / latency[floor][0],
            median(&mut own),
            rate_ratio(i, handwritten),
            rate_ratio(i, floor),
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
