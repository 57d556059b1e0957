//! The sandbox on a real clock (at speed) retries a delivery that failed
//! when nothing else is left to do: the retry is scheduled after the
//! scheduler went to sleep with no job, and must wake it (it once did
//! not, and the last failed deliveries of a run were never tried again).

use std::time::{Duration, Instant};

use altur_api::types::StartCallBody;
use altur_api_tests::server::{Reply, TestServer};
use altur_sandbox::{DeliveryState, Sandbox};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_failed_delivery_is_tried_again() {
    // 500 to the first attempt, 200 to the next.
    let endpoint = TestServer::scripted(vec![
        Reply::json(500, r#"{"detail": "down for a moment"}"#),
        Reply::json(200, "{}"),
    ])
    .await;
    let sandbox = Sandbox::builder()
        .seed(5)
        .speed(600.0)
        .webhook(&endpoint.url)
        .start()
        .await
        .unwrap();
    let agent = sandbox.agents()[0].id;
    // Busy: the call ends within seconds of the sandbox's clock, and its
    // on_call_end is the run's last job.
    sandbox
        .client()
        .start_call()
        .body(
            StartCallBody::builder()
                .agent_id(agent)
                .phone_number_to("+15005550003"),
        )
        .send()
        .await
        .expect("start the call");
    let started = Instant::now();
    loop {
        let deliveries = sandbox.deliveries();
        if let [delivery] = &deliveries[..]
            && delivery.state == DeliveryState::Delivered
        {
            assert_eq!(delivery.attempts.len(), 2);
            assert_eq!(delivery.attempts[0].status, Some(500));
            break;
        }
        // The retry is 10 s of the sandbox's clock away: 17 ms at 600x.
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "not retried: {deliveries:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(endpoint.requests().len(), 2);
}
