//! A loopback Altur that keeps the contacts added to its campaigns, as the
//! docs describe `POST /campaigns/{id}/contacts`: each row on its own
//! (a phone number already in the campaign skipped or updated as
//! `if_duplicate` says, a missing or malformed one failed with its code),
//! per-row results under the row's `index`, a `summary`, and a request whose
//! `Idempotency-Key` it has seen answered with the first answer, replayed,
//! without doing anything again.
//!
//! Faults on request: drop the connection after accepting a batch (the
//! answer is lost), or accept a batch and never answer.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::server::{Recorded, Reply, TestServer};

/// What the server did with one request.
#[derive(Clone, Debug)]
pub struct Handled {
    pub key: Option<String>,
    /// Rows in the request.
    pub rows: usize,
    /// Answered from the replay store, nothing done.
    pub replayed: bool,
    pub at: std::time::Instant,
}

/// A contact as the campaign holds it.
#[derive(Clone, Debug)]
pub struct Stored {
    pub id: u64,
    pub contact: Value,
    /// How many requests (not replays) carried this phone number.
    pub times_received: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Accept the n-th new batch (from 0), then close the connection
    /// without answering.
    DropAfterAccepting(usize),
    /// Accept the n-th new batch (from 0), then never answer.
    HoldAfterAccepting(usize),
    /// Never answer the n-th new batch (from 0), and do not accept it.
    HoldBeforeAccepting(usize),
}

#[derive(Default)]
struct State {
    /// (campaign, phone) → contact.
    contacts: HashMap<(u64, String), Stored>,
    replies: HashMap<String, Vec<u8>>,
    handled: Vec<Handled>,
    accepted: usize,
    next_id: u64,
    faults: Vec<Fault>,
}

pub struct ContactsServer {
    pub server: TestServer,
    state: Arc<Mutex<State>>,
}

impl ContactsServer {
    pub async fn start() -> ContactsServer {
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        let server = TestServer::start(move |request| {
            handle(
                &mut shared.lock().expect("no test panicked holding the lock"),
                request,
            )
        })
        .await;
        ContactsServer { server, state }
    }

    pub fn url(&self) -> &str {
        &self.server.url
    }

    /// Sets the faults to inject from now on (replacing earlier ones).
    pub fn faults(&self, faults: Vec<Fault>) {
        self.lock().faults = faults;
    }

    pub fn handled(&self) -> Vec<Handled> {
        self.lock().handled.clone()
    }

    /// The contacts of a campaign, by phone number.
    pub fn contacts(&self, campaign: u64) -> HashMap<String, Stored> {
        self.lock()
            .contacts
            .iter()
            .filter(|((c, _), _)| *c == campaign)
            .map(|((_, phone), stored)| (phone.clone(), stored.clone()))
            .collect()
    }

    /// New batches accepted so far (replays not counted).
    pub fn accepted(&self) -> usize {
        self.lock().accepted
    }

    /// Waits, without blocking the server's runtime, until `batches` new
    /// batches have been accepted (the test fails after 30 s).
    pub async fn until_accepted(&self, batches: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while self.accepted() < batches {
            assert!(
                std::time::Instant::now() < deadline,
                "timed out waiting for {batches} batches accepted (got {})",
                self.accepted()
            );
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }

    /// Every one of `count` generated contacts ([`phone`]) is in the
    /// campaign, and none was received twice (replays aside).
    pub fn assert_each_contact_once(&self, campaign: u64, count: usize) {
        let contacts = self.contacts(campaign);
        assert_eq!(contacts.len(), count, "contacts in campaign {campaign}");
        for i in 0..count {
            let stored = contacts
                .get(&phone(i))
                .unwrap_or_else(|| panic!("contact {i} ({}) is missing", phone(i)));
            assert_eq!(stored.times_received, 1, "contact {i} was received twice");
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .expect("no test panicked holding the lock")
    }
}

fn handle(state: &mut State, request: &Recorded) -> Reply {
    let campaign = request
        .path
        .strip_prefix("/campaigns/")
        .and_then(|rest| rest.strip_suffix("/contacts"))
        .and_then(|id| id.parse::<u64>().ok());
    let (Some(campaign), "POST") = (campaign, request.method.as_str()) else {
        return Reply::json(
            404,
            json!({"error": 404, "message": "not found"}).to_string(),
        );
    };
    let key = request.header("idempotency-key").map(str::to_owned);
    let Ok(body) = serde_json::from_slice::<Value>(&request.body) else {
        return Reply::json(
            400,
            json!({"error": 400, "message": "body is not JSON", "code": "INVALID_REQUEST"})
                .to_string(),
        );
    };
    let rows = body["contacts"].as_array().cloned().unwrap_or_default();
    if let Some(reply) = key.as_ref().and_then(|k| state.replies.get(k)) {
        let reply = reply.clone();
        state.handled.push(Handled {
            key,
            rows: rows.len(),
            replayed: true,
            at: request.at,
        });
        return Reply::json(200, reply);
    }
    if rows.len() > 1000 {
        return Reply::json(
            400,
            json!({"error": 400, "message": "more than 1000 contacts", "code": "INVALID_REQUEST"})
                .to_string(),
        );
    }
    let batch = state.accepted;
    if state.faults.contains(&Fault::HoldBeforeAccepting(batch)) {
        return Reply::Silence;
    }
    let update = body["if_duplicate"] == "update";
    let mut results = Vec::new();
    let mut summary = [0u64; 4];
    for (index, row) in rows.iter().enumerate() {
        let phone = row["contact"].as_str().unwrap_or("");
        let (status, error, id) = if phone.is_empty() {
            ("failed", Some("MISSING_CONTACT"), None)
        } else if !valid_phone(phone) {
            ("failed", Some("INVALID_PHONE_NUMBER"), None)
        } else {
            match state.contacts.get_mut(&(campaign, phone.to_owned())) {
                Some(stored) => {
                    stored.times_received += 1;
                    if update {
                        stored.contact = row.clone();
                        ("updated", None, Some(stored.id))
                    } else {
                        ("skipped_duplicate", None, Some(stored.id))
                    }
                }
                None => {
                    state.next_id += 1;
                    let id = state.next_id;
                    state.contacts.insert(
                        (campaign, phone.to_owned()),
                        Stored {
                            id,
                            contact: row.clone(),
                            times_received: 1,
                        },
                    );
                    ("created", None, Some(id))
                }
            }
        };
        summary[match status {
            "created" => 0,
            "updated" => 1,
            "skipped_duplicate" => 2,
            _ => 3,
        }] += 1;
        results.push(json!({
            "index": index,
            "id": id.map(|id| id.to_string()),
            "contact": phone,
            "status": status,
            "error": error,
        }));
    }
    // The docs give each result its row's `index`, not an order: the
    // results come back in reverse, so that a client mapping them by their
    // place gets every row wrong.
    results.reverse();
    let answer = serde_json::to_vec(&json!({
        "success": true,
        "summary": {"created": summary[0], "updated": summary[1],
                    "skipped_duplicate": summary[2], "failed": summary[3]},
        "results": results,
    }))
    .expect("JSON serializes");
    state.accepted += 1;
    if let Some(key) = &key {
        state.replies.insert(key.clone(), answer.clone());
    }
    state.handled.push(Handled {
        key,
        rows: rows.len(),
        replayed: false,
        at: request.at,
    });
    if state.faults.contains(&Fault::DropAfterAccepting(batch)) {
        return Reply::Raw(Vec::new());
    }
    if state.faults.contains(&Fault::HoldAfterAccepting(batch)) {
        return Reply::Silence;
    }
    Reply::json(200, answer)
}

/// E.164-ish: an optional `+`, then 8 to 15 digits.
fn valid_phone(phone: &str) -> bool {
    let digits = phone.strip_prefix('+').unwrap_or(phone);
    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `count` contacts, `+52155` and a running number, with a name and a
/// column for `extracted_data`, as CSV text with its header.
pub fn contacts_csv(count: usize) -> String {
    let mut text = String::from("contact,name,f_id,plan\n");
    for i in 0..count {
        text.push_str(&format!("{},Contact {i},user_{i},gold\n", phone(i)));
    }
    text
}

/// The phone number of the `i`-th generated contact.
pub fn phone(i: usize) -> String {
    format!("+52155{i:08}")
}
