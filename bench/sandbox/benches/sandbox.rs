//! `cargo bench -p altur-bench-sandbox`: requests per second the sandbox
//! answers (routing, key, checks against the spec's schemas, the state, the
//! answer in the spec's types) against the floor, an axum handler that
//! returns the sandbox's own answer bytes from memory, with the same
//! keep-alive hyper client for both, in turns, in one run, as ratios; then
//! the wall time of a manual-clock test of 1,000 calls.

use std::time::{Duration, Instant};

use altur_api::types::StartCallBody;
use altur_bench_sandbox::{Http, Load, Request, call, floor, http, load};
use altur_sandbox::Sandbox;

/// Concurrent callers, requests each per turn, turns per server.
const CALLERS: usize = 16;
const PER_CALLER: usize = 250;
const TURNS: usize = 8;
const CALLS: usize = 1000;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        per_request().await;
        manual_clock_calls().await;
    });
}

async fn per_request() {
    let Load {
        sandbox,
        send,
        page,
        send_bytes,
        page_bytes,
    } = load().await;
    let http = http();
    let key = format!("api-key {}", sandbox.api_key());
    // The floor answers what the sandbox answered to the same request.
    let floor = floor(send_bytes.clone(), page_bytes.clone(), false).await;
    println!(
        "per request, {CALLERS} callers x {PER_CALLER} requests per turn, {TURNS} turns each, \
         sandbox and floor in alternate turns (2 worker threads)"
    );
    println!(
        "{:<26} {:>14} {:>14} {:>8}",
        "operation", "sandbox req/s", "floor req/s", "ratio"
    );
    for (name, request, bytes) in [
        ("Send Message", &send, send_bytes.len()),
        ("contacts page of 50", &page, page_bytes.len()),
    ] {
        let mut sandbox_rates = Vec::new();
        let mut floor_rates = Vec::new();
        for turn in 0..TURNS * 2 {
            // Alternate who goes first, so neither always follows the other.
            let target = if turn % 2 == (turn / 2) % 2 {
                sandbox.base_url()
            } else {
                floor.as_str()
            };
            let rate = measure(&http, target, &key, request).await;
            if target == floor {
                floor_rates.push(rate);
            } else {
                sandbox_rates.push(rate);
            }
        }
        let (ours, least) = (median(&mut sandbox_rates), median(&mut floor_rates));
        println!(
            "{:<26} {:>14.0} {:>14.0} {:>8.3}   ({bytes} bytes)",
            name,
            ours,
            least,
            ours / least
        );
    }
}

async fn manual_clock_calls() {
    let mut times = Vec::new();
    for run in 0..3 {
        let started = Instant::now();
        let sandbox = Sandbox::builder()
            .seed(run)
            .manual_clock()
            .start()
            .await
            .expect("the sandbox starts");
        let client = sandbox.client();
        let agent = sandbox.agents()[0].id;
        for n in 0..CALLS {
            client
                .start_call()
                .body(
                    StartCallBody::builder()
                        .agent_id(agent)
                        .phone_number_to(format!("+52155{n:08}")),
                )
                .send()
                .await
                .expect("a call");
        }
        sandbox.advance(Duration::from_secs(3600)).await;
        assert!(
            sandbox.calls().iter().all(|c| c.ended_at.is_some()),
            "every call ended"
        );
        times.push(started.elapsed().as_secs_f64());
    }
    println!(
        "\n{CALLS} calls placed through the client and run to their end on a manual clock: \
         median {:.2} s of {:?}",
        median(&mut times),
        times.iter().map(|t| format!("{t:.2}")).collect::<Vec<_>>()
    );
}

/// Requests per second: `CALLERS` tasks, each `PER_CALLER` in a row.
async fn measure(http: &Http, base: &str, key: &str, request: &Request) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..CALLERS)
        .map(|_| {
            let (http, base, key, request) = (
                http.clone(),
                base.to_owned(),
                key.to_owned(),
                request.clone(),
            );
            tokio::spawn(async move {
                for _ in 0..PER_CALLER {
                    call(&http, &base, &key, &request).await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a caller");
    }
    (CALLERS * PER_CALLER) as f64 / started.elapsed().as_secs_f64()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
