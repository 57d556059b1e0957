//! `cargo bench -p altur-cli --bench watch`: the requests per second
//! `altur campaigns watch` spends on a running campaign of 300, 3,000 and
//! 30,000 contacts, against what the watch did before issue 36 (every
//! refresh the campaign and every page of 100 contacts, counted by status
//! as they came, on a client held to Altur's 12 a second), in one run, as
//! ratios. The built `altur` is run as a process against the sandbox (its
//! rate limit on, as Altur's), each for the same window at the default
//! 2-second interval; the sandbox counts what it received.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use altur_api::TryStreamExt;
use altur_api::types::CampaignActionAction;
use altur_api_tests::sandbox::{add_numbered_contacts, create_campaign, phone_campaign};
use altur_sandbox::Sandbox;

const SIZES: [usize; 3] = [300, 3_000, 30_000];
/// How long each is watched.
const WINDOW: Duration = Duration::from_secs(12);
/// The watch's default interval.
const INTERVAL: Duration = Duration::from_secs(2);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    println!(
        "| contacts | statuses | before: req/s (per refresh) | now: req/s (per refresh) | now / before |"
    );
    println!("|---|---|---|---|---|");
    runtime.block_on(async {
        for size in SIZES {
            let (sandbox, id) = running_campaign(size).await;
            let statuses = statuses(&sandbox, id);
            let (before, before_refreshes) = paging_every_contact(&sandbox, id).await;
            let (now, now_refreshes) = watch(&sandbox, id).await;
            let rate = |n: usize| n as f64 / WINDOW.as_secs_f64();
            println!(
                "| {size} | {statuses} | {:.1} ({:.1}) | {:.1} ({:.1}) | {:.3} |",
                rate(before),
                before as f64 / before_refreshes.max(1) as f64,
                rate(now),
                now as f64 / now_refreshes.max(1) as f64,
                rate(now) / rate(before),
            );
        }
    });
}

/// A campaign of `size` contacts, activated and run for 15 minutes of a
/// manual clock with 200 calls at once: its contacts spread over the
/// statuses a running campaign has (queue, retrying, answered, converted,
/// voicemail, busy...). The clock then stands still, so both watches see
/// the same numbers.
async fn running_campaign(size: usize) -> (Sandbox, altur_api::types::CampaignId) {
    let sandbox = Sandbox::builder()
        .seed(36)
        .manual_clock()
        .concurrency_limit(200)
        .start()
        .await
        .expect("the sandbox starts");
    let client = sandbox.client();
    let campaign = phone_campaign(&sandbox.agents()[0], &format!("Cobranza {size}")).retries(2);
    let id = create_campaign(&client, campaign).await;
    add_numbered_contacts(&client, id, size).await;
    client
        .campaign_action()
        .id(id)
        .action(CampaignActionAction::Activate)
        .send()
        .await
        .expect("activated");
    sandbox.advance(Duration::from_secs(15 * 60)).await;
    // A second for the rate limit's window to empty.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    (sandbox, id)
}

/// How many statuses the campaign's contacts are in.
fn statuses(sandbox: &Sandbox, id: altur_api::types::CampaignId) -> usize {
    let mut seen: Vec<String> = sandbox
        .contacts(id)
        .iter()
        .map(|c| serde_json::to_string(&c.status).unwrap_or_default())
        .collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// The watch before issue 36, for the same window: every refresh the
/// campaign and every page of its contacts, counted by status, on a client
/// held to 12 a second. Requests the sandbox received, and refreshes done.
async fn paging_every_contact(
    sandbox: &Sandbox,
    id: altur_api::types::CampaignId,
) -> (usize, usize) {
    let client = sandbox
        .client_builder()
        .rate_limit(std::num::NonZeroU32::new(12).expect("not zero"))
        .build()
        .expect("a client");
    let before = sandbox.requests().len();
    let started = Instant::now();
    let mut refreshes = 0;
    let watching = async {
        loop {
            let refresh = Instant::now();
            client
                .retrieve_campaign()
                .id(id)
                .send()
                .await
                .expect("the campaign");
            let mut by_status = std::collections::BTreeMap::<String, u64>::new();
            let mut pages = client
                .list_campaign_contacts()
                .id(id)
                .page_size(100)
                .stream();
            while let Some(contact) = pages.try_next().await.expect("a page") {
                *by_status
                    .entry(serde_json::to_string(&contact.status).unwrap_or_default())
                    .or_default() += 1;
            }
            refreshes += 1;
            tokio::time::sleep_until((refresh + INTERVAL).into()).await;
        }
    };
    let _ = tokio::time::timeout(WINDOW, watching).await;
    let sent = sandbox.requests().len() - before;
    assert!(started.elapsed() >= WINDOW);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    (sent, refreshes)
}

/// `altur campaigns watch --id ID` as a process, for the window: requests the
/// sandbox received, and the refreshes it printed.
async fn watch(sandbox: &Sandbox, id: altur_api::types::CampaignId) -> (usize, usize) {
    let before = sandbox.requests().len();
    let mut child = Command::new(env!("CARGO_BIN_EXE_altur"))
        .args(["campaigns", "watch", "--id", &id.to_string()])
        .env("ALTUR_API_KEY", sandbox.api_key())
        .env("ALTUR_BASE_URL", sandbox.base_url())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("altur runs");
    tokio::time::sleep(WINDOW).await;
    let sent = sandbox.requests().len() - before;
    let _ = child.kill();
    let output = child.wait_with_output().expect("altur ends");
    let refreshes = String::from_utf8_lossy(&output.stdout).lines().count();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    (sent, refreshes)
}
