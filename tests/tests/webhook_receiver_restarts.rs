//! The example webhook receiver as a process, killed (SIGKILL, as a crash
//! or an OOM kill) and started again on the same SQLite file, while the same
//! delivery arrives twice, as Altur retries it: the event is worked on once,
//! and a delivery answered 200 is in the store after the kill.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use altur_api::webhook::{self, Secret};

const SECRET: &str = "cmVzdGFydGVkLXJlY2VpdmVyLXNlY3JldC0zMi1ieXQ=";

/// A running receiver and the lines it prints.
struct Running {
    child: Child,
    url: String,
    lines: mpsc::Receiver<String>,
}

impl Running {
    fn start(database: &Path) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_webhook-receiver"))
            .env("ALTUR_WEBHOOK_SECRET", SECRET)
            .env("ALTUR_WEBHOOK_ADDR", "127.0.0.1:0")
            .env("ALTUR_WEBHOOK_DB", database)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the receiver starts");
        let (send, lines) = mpsc::channel();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let first = lines
            .recv_timeout(Duration::from_secs(30))
            .expect("the receiver says where it listens");
        let url = first
            .strip_prefix("receiving Altur's webhooks at ")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"))
            .to_owned();
        Running { child, url, lines }
    }

    async fn deliver(&self, body: &[u8]) -> (u16, String) {
        let signature = webhook::sign(&Secret::new(SECRET), body).unwrap();
        let response = reqwest::Client::new()
            .post(&self.url)
            .header("X-Altur-Signature", signature)
            .header("content-type", "application/json")
            .body(body.to_vec())
            .send()
            .await
            .expect("the receiver answers");
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// The lines printed within `wait`.
    fn printed(&self, wait: Duration) -> Vec<String> {
        let mut printed = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(wait) {
            printed.push(line);
        }
        printed
    }

    /// SIGKILL: no shutdown, no flush; what is on disk is what survives.
    /// Returns what it printed that was not read yet.
    fn kill(mut self) -> Vec<String> {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        self.lines.iter().collect()
    }
}

fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("webhook-receiver-restarts");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("store-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

fn stored(database: &Path, key: &str) -> Option<(String, Option<String>)> {
    let connection = rusqlite::Connection::open(database).unwrap();
    connection
        .query_row(
            "SELECT event_type, processed_at FROM deliveries WHERE dedup_key = ?1",
            [key],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .ok()
}

fn processed(lines: &[String], key: &str) -> usize {
    let prefix = format!("processed {key}:");
    lines
        .iter()
        .filter(|line| line.starts_with(&prefix))
        .count()
}

#[tokio::test]
async fn a_retried_delivery_across_a_kill_and_restart_is_worked_on_once() {
    let database = database();
    let cycle = br#"{"event_id": "evt_restart_1", "event_type": "campaign.cycle_completed",
        "occurred_at": "2026-06-08T18:00:00.000000-06:00",
        "data": {"campaign": {"id": 1234, "status": "cooldown", "previous_status": null},
                 "cycle_iteration": 2, "next_cycle_at": null}}"#;

    // First delivery: stored, answered, worked on; then the process dies.
    let first = Running::start(&database);
    assert_eq!(first.deliver(cycle).await, (200, "ok\n".to_owned()));
    let mut printed_first = first.printed(Duration::from_secs(2));
    printed_first.extend(first.kill());
    assert_eq!(
        processed(&printed_first, "evt_restart_1"),
        1,
        "{printed_first:?}"
    );
    let (event_type, done) = stored(&database, "evt_restart_1").expect("stored");
    assert_eq!(event_type, "campaign.cycle_completed");
    assert!(done.is_some(), "marked done");

    // Altur retries the same delivery (it did not see the 200, say) to the
    // restarted receiver: found in the store, answered 200, not worked on.
    let second = Running::start(&database);
    assert_eq!(
        second.deliver(cycle).await,
        (200, "already received\n".to_owned())
    );
    let mut printed_second = second.printed(Duration::from_secs(2));
    assert_eq!(
        processed(&printed_second, "evt_restart_1"),
        0,
        "{printed_second:?}"
    );

    // A delivery answered 200 and the process killed at once: on disk.
    let call =
        br#"{"event_type": "on_call_end", "id": "cll_answered_then_killed", "duration": 42}"#;
    assert_eq!(second.deliver(call).await, (200, "ok\n".to_owned()));
    printed_second.extend(second.kill());
    let (event_type, _) = stored(&database, "cll_answered_then_killed")
        .expect("a delivery answered 200 is in the store after a kill");
    assert_eq!(event_type, "on_call_end");

    // Started again, the receiver works on what the store holds undone
    // (if the killed one had not), and each event is worked on once in all.
    let third = Running::start(&database);
    let mut printed_third = third.printed(Duration::from_secs(2));
    printed_third.extend(third.kill());
    let all: Vec<String> = [printed_first, printed_second, printed_third].concat();
    assert_eq!(processed(&all, "evt_restart_1"), 1, "{all:?}");
    assert_eq!(processed(&all, "cll_answered_then_killed"), 1, "{all:?}");
    assert!(
        stored(&database, "cll_answered_then_killed")
            .unwrap()
            .1
            .is_some()
    );
}
