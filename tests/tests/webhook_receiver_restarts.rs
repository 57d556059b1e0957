//! The example webhook receiver as a process, killed (SIGKILL, as a crash
//! or an OOM kill) and started again on the same SQLite inbox, while the
//! same delivery arrives twice, as Altur retries it: the event is worked on
//! once, and a delivery answered 200 is in the inbox after the kill.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use altur_api::webhook::inbox::sqlite::rusqlite;
use altur_api::webhook::{self, Secret};

const SECRET: &str = "cmVzdGFydGVkLXJlY2VpdmVyLXNlY3JldC0zMi1ieXQ=";

/// A running receiver and the lines it prints.
struct Running {
    child: Child,
    url: String,
    lines: mpsc::Receiver<String>,
    /// What it printed before it said where it listens (the work the
    /// store held undone, picked up at start), not read yet.
    early: Vec<String>,
}

impl Running {
    fn start(database: &Path) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_webhook-receiver"))
            .env("ALTUR_WEBHOOK_SECRET", SECRET)
            .env("ALTUR_WEBHOOK_ADDR", "127.0.0.1:0")
            .env("ALTUR_WEBHOOK_DB", database)
            // An event a killed worker held is taken again a second later.
            .env("ALTUR_WEBHOOK_LEASE", "1")
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
        // The worker may start on what the store holds before the server
        // says where it listens: those lines are kept for `printed`.
        let mut early = Vec::new();
        let url = loop {
            let line = lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| {
                    panic!("the receiver says where it listens; it printed {early:?}")
                });
            match line.strip_prefix("receiving Altur's webhooks at ") {
                Some(url) => break url.to_owned(),
                None => early.push(line),
            }
        };
        Running {
            child,
            url,
            lines,
            early,
        }
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

    /// The lines printed until one starts with `prefix` (within `wait`).
    fn printed_until(&mut self, prefix: &str, wait: Duration) -> Vec<String> {
        let mut printed = std::mem::take(&mut self.early);
        while !printed.iter().any(|line| line.starts_with(prefix)) {
            match self.lines.recv_timeout(wait) {
                Ok(line) => printed.push(line),
                Err(_) => panic!("no line {prefix:?} within {wait:?}: {printed:?}"),
            }
        }
        printed
    }

    /// The lines printed within `wait`.
    fn printed(&mut self, wait: Duration) -> Vec<String> {
        let mut printed = std::mem::take(&mut self.early);
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
        let mut printed = std::mem::take(&mut self.early);
        printed.extend(self.lines.iter());
        printed
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

/// The event's type in the inbox, and whether it is done.
fn stored(database: &Path, key: &str) -> Option<(String, bool)> {
    let connection = rusqlite::Connection::open(database).unwrap();
    connection
        .query_row(
            "SELECT event_type, state = 'done' FROM altur_webhook_inbox WHERE event_key = ?1",
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
    let mut first = Running::start(&database);
    assert_eq!(first.deliver(cycle).await, (200, "ok\n".to_owned()));
    let mut printed_first =
        first.printed_until("processed evt_restart_1:", Duration::from_secs(30));
    // Marked done after the work: wait for the inbox to say so.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !stored(&database, "evt_restart_1").is_some_and(|(_, done)| done) {
        assert!(std::time::Instant::now() < deadline, "marked done");
        std::thread::sleep(Duration::from_millis(10));
    }
    printed_first.extend(first.kill());
    assert_eq!(
        processed(&printed_first, "evt_restart_1"),
        1,
        "{printed_first:?}"
    );
    let (event_type, done) = stored(&database, "evt_restart_1").expect("stored");
    assert_eq!(event_type, "campaign.cycle_completed");
    assert!(done, "marked done");

    // Altur retries the same delivery (it did not see the 200, say) to the
    // restarted receiver: found in the store, answered 200, not worked on.
    let mut second = Running::start(&database);
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
    let (event_type, done_before_restart) = stored(&database, "cll_answered_then_killed")
        .expect("a delivery answered 200 is in the store after a kill");
    assert_eq!(event_type, "on_call_end");
    let worked_before_restart = processed(&printed_second, "cll_answered_then_killed");

    // Started again, the receiver works on what the inbox holds undone, and
    // only that. The kill may land after the work and before the row is
    // marked done: then the work is done again (at least once, never lost),
    // which is all a side effect outside the inbox's transaction allows.
    // An event the killed worker held is taken again once its lease (a
    // second) runs out.
    let mut third = Running::start(&database);
    let mut printed_third = if done_before_restart {
        third.printed(Duration::from_secs(2))
    } else {
        third.printed_until(
            "processed cll_answered_then_killed:",
            Duration::from_secs(30),
        )
    };
    // "processed" is printed inside the handler's transaction: the row is
    // marked done when it commits, a moment later. Killed before that, it
    // would be worked on again at the next start (at least once), so the
    // test waits for the mark before it kills.
    let marked = Instant::now();
    while !stored(&database, "cll_answered_then_killed").is_some_and(|(_, done)| done)
        && marked.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    printed_third.extend(third.kill());
    let worked_after_restart = processed(&printed_third, "cll_answered_then_killed");
    assert_eq!(
        worked_after_restart,
        usize::from(!done_before_restart),
        "undone work is picked up after a restart, done work is not: {printed_third:?}"
    );
    assert!(worked_before_restart + worked_after_restart >= 1);
    let all: Vec<String> = [printed_first, printed_second, printed_third].concat();
    assert_eq!(processed(&all, "evt_restart_1"), 1, "{all:?}");
    assert!(stored(&database, "cll_answered_then_killed").unwrap().1);
}
