//! A small load balancer in front of webhook receivers, as a service runs
//! several replicas behind one: each delivery to the next replica in turn;
//! a replica that refuses connections (killed, restarting) is passed over
//! for the next, and when none takes it the delivery waits for one a few
//! seconds (a rolling restart), then is answered 502. It records every
//! attempt, and can lose an answer: the replica's 200 reaches the sender
//! as a 504 (a timeout on the way back), once for one event in `n`.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::rng::fnv1a;

/// One delivery attempt as it passed.
#[derive(Clone, Debug)]
pub struct Passed {
    pub event_type: String,
    pub key: String,
    /// A campaign event's new status (`data.campaign.status`).
    pub detail: String,
    /// The replica it went to (by index), if one took the connection.
    pub replica: Option<usize>,
    /// What the replica answered, if it answered.
    pub replica_status: Option<u16>,
    /// What the sender got.
    pub answered: u16,
}

/// A running balancer; stops when dropped.
pub struct RoundRobin {
    pub url: String,
    passed: Arc<Mutex<Vec<Passed>>>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Clone)]
struct Balancer {
    replicas: Arc<Vec<String>>,
    next: Arc<AtomicUsize>,
    http: reqwest::Client,
    lose_one_in: Option<u64>,
    lost: Arc<Mutex<HashSet<String>>>,
    passed: Arc<Mutex<Vec<Passed>>>,
}

impl RoundRobin {
    pub async fn start(replicas: Vec<String>, lose_one_in: Option<u64>) -> RoundRobin {
        let passed = Arc::new(Mutex::new(Vec::new()));
        let balancer = Balancer {
            replicas: Arc::new(replicas),
            next: Default::default(),
            // A connection per attempt: once a replica is killed, its next
            // attempt is refused at connect and passed to another, rather
            // than failing on a pooled connection to the dead one.
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(0)
                .timeout(Duration::from_secs(30))
                .build()
                .expect("a client"),
            lose_one_in,
            lost: Default::default(),
            passed: passed.clone(),
        };
        let router = axum::Router::new().fallback(forward).with_state(balancer);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}/webhooks/altur", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        RoundRobin { url, passed, task }
    }

    /// Every attempt so far, in order.
    pub fn passed(&self) -> Vec<Passed> {
        self.passed.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.passed.lock().unwrap().len()
    }
}

impl Drop for RoundRobin {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The event's type, key and (for a campaign event) status, read from the
/// body as a replica would.
fn event_of(body: &[u8]) -> (String, String, String) {
    let payload: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let text = |name: &str| payload[name].as_str().unwrap_or("").to_owned();
    let key = if payload["event_id"].is_string() {
        text("event_id")
    } else {
        text("id")
    };
    let status = payload["data"]["campaign"]["status"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    (text("event_type"), key, status)
}

async fn forward(State(balancer): State<Balancer>, headers: HeaderMap, body: Bytes) -> Response {
    let (event_type, key, detail) = event_of(&body);
    let mut passed = Passed {
        event_type,
        key: key.clone(),
        detail,
        replica: None,
        replica_status: None,
        answered: 502,
    };
    let deadline = Instant::now() + Duration::from_secs(8);
    let reply = 'sent: loop {
        let first = balancer.next.fetch_add(1, Ordering::Relaxed);
        for turn in 0..balancer.replicas.len() {
            let replica = (first + turn) % balancer.replicas.len();
            let mut request = balancer
                .http
                .post(&balancer.replicas[replica])
                .body(body.clone());
            for (name, value) in &headers {
                if name != "host" && name != "content-length" {
                    request = request.header(name, value);
                }
            }
            match request.send().await {
                Ok(response) => {
                    passed.replica = Some(replica);
                    let status = response.status().as_u16();
                    passed.replica_status = Some(status);
                    let text = response.bytes().await.unwrap_or_default();
                    break 'sent Some((status, text));
                }
                // Not taken: the next replica.
                Err(e) if e.is_connect() => continue,
                // Taken, then the replica died: the sender retries.
                Err(_) => {
                    passed.replica = Some(replica);
                    break 'sent None;
                }
            }
        }
        if Instant::now() > deadline {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let response = match reply {
        Some((200, _))
            if balancer
                .lose_one_in
                .is_some_and(|n| fnv1a(key.as_bytes()) % n == 2)
                && balancer.lost.lock().unwrap().insert(key.clone()) =>
        {
            (StatusCode::GATEWAY_TIMEOUT, "the answer was lost\n").into_response()
        }
        Some((status, text)) => (
            StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
            text,
        )
            .into_response(),
        None => (StatusCode::BAD_GATEWAY, "no replica answered\n").into_response(),
    };
    passed.answered = response.status().as_u16();
    balancer.passed.lock().unwrap().push(passed);
    response
}
