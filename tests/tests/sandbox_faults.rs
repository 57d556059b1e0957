//! Faults the sandbox injects on request, for users testing their own
//! resilience: a seeded share of 503s, 429s with `Retry-After`, answers lost
//! after the work was done, slow answers, or one aimed at the Nth request of
//! an operation; and `import_contacts` through all of them at once, with
//! every contact in the campaign exactly once.

use std::time::{Duration, Instant};

use altur_api::import::ContactFile;
use altur_api::types::{AddCampaignContactsBody, NewContact};
use altur_api_tests::built;
use altur_api_tests::sandbox::{Judged, create_campaign, phone_campaign, raw};
use altur_sandbox::{Fault, Faults, Sandbox};

async fn campaign(sandbox: &Judged) -> altur_api::types::CampaignId {
    create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], "Cobranza"),
    )
    .await
}

#[tokio::test]
async fn a_seeded_share_of_requests_fails_the_same_way_every_run() {
    let run = || async {
        let sandbox = Judged::start(
            Sandbox::builder()
                .seed(1)
                .faults(Faults::seeded(8).server_errors(0.3).rate_limited(0.1, 2)),
        )
        .await;
        let mut statuses = Vec::new();
        for _ in 0..200 {
            statuses.push(raw(&sandbox, "GET", "/thread/none", None).await.0);
        }
        statuses
    };
    let statuses = run().await;
    let count = |status| statuses.iter().filter(|s| **s == status).count();
    assert!(
        (40..80).contains(&count(503)),
        "{} of 200 answered 503",
        count(503)
    );
    assert!(
        (8..35).contains(&count(429)),
        "{} of 200 answered 429",
        count(429)
    );
    assert_eq!(count(400) + count(503) + count(429), 200);
    assert_eq!(run().await, statuses, "one fault seed, one sequence");
}

#[tokio::test]
async fn aimed_faults_hit_their_request() {
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(2)
            .manual_clock()
            .rate_limits(false)
            .faults(
                Faults::none()
                    .aim("add_campaign_contacts", 2, Fault::LostAnswer)
                    .aim(
                        "retrieve_campaign",
                        1,
                        Fault::Slow(Duration::from_millis(400)),
                    )
                    .aim(
                        "retrieve_campaign",
                        2,
                        Fault::RateLimited { retry_after: 7 },
                    )
                    .aim("list_campaign_contacts", 1, Fault::Hang),
            ),
    )
    .await;
    let id = campaign(&sandbox).await;
    // Straight to the sandbox: a lost answer is a closed connection, which
    // Prism would turn into an answer of its own.
    let client = sandbox
        .sandbox
        .client_builder()
        .max_retries(0)
        .build()
        .unwrap();
    let add = |phone: &str| {
        client
            .add_campaign_contacts()
            .id(id)
            .body(
                AddCampaignContactsBody::builder().contacts(vec![built::<NewContact, _>(
                    NewContact::builder().contact(phone),
                )]),
            )
            .send()
    };
    add("+525512340001").await.expect("the first is answered");
    let lost = add("+525512340002").await.unwrap_err();
    assert!(lost.status().is_none(), "no answer at all: {lost}");
    assert_eq!(
        sandbox.contacts(id).len(),
        2,
        "the lost answer's work was done"
    );
    add("+525512340003").await.expect("the third is answered");

    let started = Instant::now();
    client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .expect("slow, but answered");
    assert!(started.elapsed() >= Duration::from_millis(400));
    match client.retrieve_campaign().id(id).send().await.unwrap_err() {
        altur_api::Error::RateLimited { retry_after, .. } => {
            assert_eq!(retry_after, Some(Duration::from_secs(7)));
        }
        other => panic!("not a 429: {other}"),
    }
    let quick = sandbox
        .sandbox
        .client_builder()
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let hung = quick
        .list_campaign_contacts()
        .id(id)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(hung, altur_api::Error::Timeout { .. }), "{hung}");
    let faults: Vec<_> = sandbox
        .requests()
        .iter()
        .filter_map(|r| r.fault.clone())
        .collect();
    assert_eq!(faults.len(), 4, "{faults:?}");
}

#[tokio::test]
async fn an_import_through_every_fault_lands_each_contact_exactly_once() {
    let sandbox = Judged::start(
        Sandbox::builder().seed(3).faults(
            Faults::seeded(4)
                .server_errors(0.15)
                .rate_limited(0.1, 1)
                .lost_answers(0.15)
                .slow_answers(0.05, Duration::from_millis(200)),
        ),
    )
    .await;
    let id = campaign(&sandbox).await;
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("sandbox-faults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut csv = String::from("contact,name\n");
    for i in 0..5000 {
        csv.push_str(&format!("+52155{i:08},Contact {i}\n"));
    }
    let path = dir.join("contacts.csv");
    std::fs::write(&path, csv).unwrap();
    // Straight to the sandbox (lost answers are closed connections), paced
    // under the documented 12 per second, retrying as the spec allows.
    let client = sandbox
        .sandbox
        .client_builder()
        .max_retries(8)
        .rate_limit(std::num::NonZeroU32::new(12).unwrap())
        .build()
        .unwrap();
    let report = client
        .import_contacts(id)
        .run_file(&ContactFile::csv(&path).unwrap())
        .await
        .expect("the import gets through");
    assert_eq!(report.totals.created, 5000, "{:?}", report.totals);
    let contacts = sandbox.contacts(id);
    assert_eq!(contacts.len(), 5000);
    let phones: std::collections::BTreeSet<_> =
        contacts.iter().filter_map(|c| c.contact.clone()).collect();
    assert_eq!(phones.len(), 5000, "each contact once");
    let requests: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("add_campaign_contacts"))
        .collect();
    let faulted = requests.iter().filter(|r| r.fault.is_some()).count();
    let replayed = requests.iter().filter(|r| r.replayed).count();
    assert!(
        faulted > 0,
        "the faults hit some of the {} requests",
        requests.len()
    );
    let keys: std::collections::BTreeSet<_> = requests
        .iter()
        .filter_map(|r| r.header("idempotency-key").map(str::to_owned))
        .collect();
    assert_eq!(
        keys.len(),
        5,
        "one key per batch, whatever was retried ({replayed} replays)"
    );
}
