//! The webhook inbox end to end. `altur sandbox`, the built binary, runs a
//! campaign of 2,000 contacts at speed (a retry each, a second cycle) and
//! delivers its webhooks, signed and retried as Altur does, through a
//! round-robin balancer that loses some answers (tests/src/round_robin.rs)
//! to receiver processes on the inbox (tests/src/inbox_receiver.rs):
//!
//! - on Postgres, three receivers, one answering 500 to the first delivery
//!   of some events (before or after storing them), one SIGKILLed mid-run,
//!   and a fourth process of workers only, SIGKILLed mid-event;
//! - on SQLite, one receiver, SIGKILLed mid-event and started again.
//!
//! At the end, every delivery the sandbox made (its own log line per
//! attempt) was delivered, and every event delivered was handled exactly
//! once (a row in the handler's table, written in the inbox's
//! transaction), its calls' events matching the campaign's calls; the dead
//! events are exactly those the handler was made to fail for good; a
//! campaign's events were handled one at a time, in the order they
//! happened.
//!
//! The receivers are this test binary run again as `receiver_process`.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use altur_api::types::{CampaignContactStatus, CampaignStatus, Cycles, CyclesMode, NewContact};
use altur_api_tests::inbox::{self, Handled, POSTGRES_TABLE, Row, SQLITE_TABLE};
use altur_api_tests::inbox_receiver::{self, CONFIG, Config};
use altur_api_tests::postgres::Postgres;
use altur_api_tests::round_robin::RoundRobin;
use serde_json::Value;

const SECRET: &str = "ZW5kLXRvLWVuZC1pbmJveC1zZWNyZXQtMzItYnl0ZXM=";
const CONTACTS: usize = 2000;
/// Sandbox seconds per real second: the campaign's day in seconds.
const SPEED: &str = "3000";

#[test]
#[ignore = "a receiver process of the end-to-end tests, which start it; not a test"]
fn receiver_process() {
    let Ok(config) = std::env::var(CONFIG) else {
        return;
    };
    let config: Config = serde_json::from_str(&config).expect("a receiver's configuration");
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(inbox_receiver::run(config));
}

/// A receiver (or worker) process and the lines it prints.
struct Process {
    name: String,
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Process {
    fn start(config: &Config) -> Process {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["receiver_process", "--exact", "--ignored", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CONFIG, serde_json::to_string(config).unwrap())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
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
        Process {
            name: config.name.clone(),
            child,
            lines,
        }
    }

    /// The rest of the first line it prints that holds `prefix` (libtest's
    /// `test receiver_process ... ` may come first).
    fn wait_for(&self, prefix: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some((_, rest)) = line.split_once(prefix) {
                        return rest.to_owned();
                    }
                }
                Err(_) => panic!("{} printed no {prefix:?} within {within:?}", self.name),
            }
        }
    }

    /// SIGKILL: no shutdown, nothing flushed, connections cut.
    fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the sandbox logged of each delivery: its event type, its attempts,
/// and whether one was answered 200.
#[derive(Default, Debug)]
struct Logged {
    event_type: String,
    attempts: usize,
    delivered: bool,
    /// Each attempt's status, or why there was none.
    outcomes: Vec<String>,
}

/// `altur sandbox`, its deliveries read from its line per attempt.
struct Sandbox {
    child: Child,
    info: Value,
    deliveries: Arc<Mutex<HashMap<String, Logged>>>,
}

impl Sandbox {
    fn start(webhook_url: &str) -> Sandbox {
        let mut child = common::altur([
            "sandbox",
            "--seed",
            "34",
            "--speed",
            SPEED,
            "--no-rate-limit",
            "--webhook-url",
            webhook_url,
            "--webhook-secret",
            SECRET,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("altur sandbox starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let info: Value = serde_json::from_str(&first).expect("its first line is JSON");
        let deliveries = Arc::new(Mutex::new(HashMap::<String, Logged>::new()));
        let kept = deliveries.clone();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                let Some((_, fields)) = line.split_once(" delivery attempt ") else {
                    continue;
                };
                let field = |name: &str| {
                    fields
                        .split(' ')
                        .find_map(|part| part.strip_prefix(name)?.strip_prefix('='))
                        .unwrap_or_default()
                        .trim_matches('"')
                        .to_owned()
                };
                let mut deliveries = kept.lock().unwrap();
                let logged = deliveries.entry(field("delivery")).or_default();
                logged.event_type = field("event_type");
                logged.attempts += 1;
                logged.delivered |= field("status") == "200";
                let error = fields
                    .split_once(" error=")
                    .map_or("", |(_, error)| error.trim_matches('"'));
                logged.outcomes.push(format!("{} {error}", field("status")));
            }
        });
        Sandbox {
            child,
            info,
            deliveries,
        }
    }

    fn client(&self) -> altur_api::Client {
        altur_api::Client::builder()
            .api_key(self.info["api_key"].as_str().unwrap())
            .base_url(self.info["base_url"].as_str().unwrap())
            .build()
            .unwrap()
    }

    /// A phone campaign of the first agent: 2,000 contacts (magic numbers),
    /// a retry each, a second cycle for the busy ones; activated. Its id.
    async fn run_campaign(&self) -> altur_api::types::CampaignId {
        let client = self.client();
        let agent = self.info["agents"][0]["public_id"].as_str().unwrap();
        let line = self.info["integrations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["agent_id"] == agent && i["channel"] == "phone_call")
            .unwrap()["id"]
            .as_str()
            .unwrap();
        let cycles = Cycles::builder()
            .enabled(true)
            .mode(CyclesMode::Cooldown)
            .max_iterations(2)
            .cooldown_minutes(30)
            .filter_statuses(vec![CampaignContactStatus::Busy]);
        let id = altur_api_tests::sandbox::create_campaign(
            &client,
            altur_api::types::NewCampaign::builder()
                .name("Cobranza de punta a punta")
                .agent_id(agent)
                .integration_id(line)
                .retries(1)
                .cycles(cycles),
        )
        .await;
        let rows: Vec<NewContact> = (0..CONTACTS)
            .map(|n| {
                altur_api_tests::built(
                    NewContact::builder()
                        .contact(format!("+1500555{n:04}"))
                        .name(format!("Contacto {n}")),
                )
            })
            .collect();
        altur_api_tests::sandbox::add_contacts(&client, id, &rows).await;
        altur_api_tests::sandbox::activate(&client, id).await;
        id
    }

    async fn finished(&self, campaign: altur_api::types::CampaignId) -> bool {
        let status = self
            .client()
            .retrieve_campaign()
            .id(campaign)
            .send()
            .await
            .expect("retrieve")
            .into_inner()
            .campaign
            .map(|c| c.status);
        status == Some(CampaignStatus::Finished)
    }

    /// The campaign's calls' ids, as the sandbox lists them.
    async fn call_ids(&self, campaign: altur_api::types::CampaignId) -> BTreeSet<String> {
        use altur_api::TryStreamExt;
        self.client()
            .list_campaign_calls()
            .id(campaign)
            .stream()
            .map_ok(|call| call.id.to_string())
            .try_collect()
            .await
            .expect("list the calls")
    }

    /// Deliveries the sandbox gave up on (every attempt failed), with
    /// their attempts.
    fn given_up(&self) -> Vec<String> {
        let deliveries = self.deliveries.lock().unwrap();
        deliveries
            .iter()
            .filter(|(_, logged)| !logged.delivered && logged.attempts >= 6)
            .map(|(id, logged)| format!("{id} {}: {:?}", logged.event_type, logged.outcomes))
            .collect()
    }

    /// Delivered events by type, each delivery counted once; and how many
    /// deliveries are not delivered (yet, or for good).
    fn delivered(&self) -> (BTreeMap<String, usize>, usize) {
        let deliveries = self.deliveries.lock().unwrap();
        let mut by_type = BTreeMap::new();
        let mut undelivered = 0;
        for logged in deliveries.values() {
            if logged.delivered {
                *by_type.entry(logged.event_type.clone()).or_default() += 1;
            } else {
                undelivered += 1;
            }
        }
        (by_type, undelivered)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn receiver(name: &str) -> Config {
    Config {
        name: name.into(),
        postgres: None,
        sqlite: None,
        secret: SECRET.into(),
        serve: true,
        port: 0,
        workers: 2,
        lease_ms: 2000,
        max_attempts: 3,
        fail_for_good_one_in: Some(50),
        fail_once_one_in: Some(10),
        refuse_one_in: None,
        campaign_delay_ms: 5,
        hang_at: None,
    }
}

/// What the inbox and the handler's table hold, read by the test.
trait Store {
    async fn rows(&self) -> Vec<Row>;
    async fn handled(&self) -> Vec<Handled>;
}

struct OnPostgres<'a>(&'a Postgres);

impl Store for OnPostgres<'_> {
    async fn rows(&self) -> Vec<Row> {
        inbox::inbox_postgres(&self.0.connect().await).await
    }
    async fn handled(&self) -> Vec<Handled> {
        inbox::handled_postgres(&self.0.connect().await).await
    }
}

struct OnSqlite(PathBuf);

impl Store for OnSqlite {
    async fn rows(&self) -> Vec<Row> {
        inbox::inbox_sqlite(&rusqlite_connection(&self.0))
    }
    async fn handled(&self) -> Vec<Handled> {
        inbox::handled_sqlite(&rusqlite_connection(&self.0))
    }
}

fn rusqlite_connection(path: &PathBuf) -> altur_api::webhook::inbox::sqlite::rusqlite::Connection {
    altur_api::webhook::inbox::sqlite::rusqlite::Connection::open(path).unwrap()
}

/// Waits until the run is over: the campaign finished, every delivery the
/// sandbox logged delivered, each event it delivered stored, the calls'
/// events among them, and nothing left pending in the inbox. Each is a
/// condition on what the sandbox, the balancer and the inbox say, waited
/// for (at most five minutes), never a time.
async fn settled(
    sandbox: &Sandbox,
    balancer: &RoundRobin,
    store: &impl Store,
    campaign: altur_api::types::CampaignId,
) {
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut finished = false;
    loop {
        finished = finished || sandbox.finished(campaign).await;
        let (delivered, undelivered) = sandbox.delivered();
        let given_up = sandbox.given_up();
        let rows = store.rows().await;
        let mut stored: BTreeMap<String, usize> = BTreeMap::new();
        for row in &rows {
            *stored.entry(row.event_type.clone()).or_default() += 1;
        }
        let pending = rows.iter().filter(|r| r.state == "pending").count();
        let finished_seen = balancer
            .passed()
            .iter()
            .any(|p| p.detail == "finished" && p.answered == 200);
        if finished && finished_seen && undelivered == 0 && stored == delivered && pending == 0 {
            return;
        }
        if Instant::now() > deadline || !given_up.is_empty() {
            let mut attempts: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for p in balancer.passed() {
                attempts.entry(p.key.clone()).or_default().push(format!(
                    "{:?}:{:?}->{}",
                    p.replica, p.replica_status, p.answered
                ));
            }
            let never: Vec<_> = attempts
                .iter()
                .filter(|(_, a)| !a.iter().any(|a| a.ends_with("->200")))
                .collect();
            panic!(
                "not settled (deliveries given up: {given_up:?}): finished {finished} (its event delivered: \
                 {finished_seen}), {undelivered} deliveries not delivered, delivered \
                 {delivered:?}, stored {stored:?}, {pending} pending; never answered 200: {never:?}"
            );
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The checks common to both engines, once settled.
async fn every_delivered_event_handled_once(
    sandbox: &Sandbox,
    balancer: &RoundRobin,
    store: &impl Store,
    campaign: altur_api::types::CampaignId,
    policy: &altur_api_tests::inbox::Policy,
) -> Vec<Handled> {
    let rows = store.rows().await;
    let handled = store.handled().await;

    // Delivered, by the balancer's account: each key answered 200 at least
    // once, by type; the same counts as the sandbox's own log.
    let mut delivered: BTreeSet<(String, String)> = BTreeSet::new();
    for passed in balancer.passed() {
        if passed.answered == 200 {
            delivered.insert((passed.event_type, passed.key));
        }
    }
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    for (event_type, _) in &delivered {
        *by_type.entry(event_type.clone()).or_default() += 1;
    }
    let (logged, undelivered) = sandbox.delivered();
    assert_eq!(undelivered, 0, "every delivery delivered in the end");
    assert_eq!(by_type, logged, "the balancer's account and the sandbox's");
    assert!(logged["on_call_end"] > CONTACTS, "{logged:?}");
    assert!(logged["campaign.status_changed"] >= 5, "{logged:?}");
    assert_eq!(logged["campaign.cycle_completed"], 2, "{logged:?}");

    // Every call's event, and only those.
    let calls = sandbox.call_ids(campaign).await;
    let call_events: BTreeSet<String> = delivered
        .iter()
        .filter(|(event_type, _)| event_type == "on_call_end")
        .map(|(_, key)| key.clone())
        .collect();
    assert_eq!(
        call_events, calls,
        "an on_call_end per call of the campaign"
    );

    // Stored: exactly the delivered events.
    let stored: BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r.event_type.clone(), r.key.clone().unwrap()))
        .collect();
    assert_eq!(stored.len(), rows.len(), "each event stored once");
    assert_eq!(stored, delivered);

    // Dead: exactly those made to fail for good, after every attempt (the
    // last may be one whose worker was killed).
    let doomed: BTreeSet<(String, String)> = delivered
        .iter()
        .filter(|(event_type, key)| policy.fails_for_good(event_type, key))
        .cloned()
        .collect();
    assert!(!doomed.is_empty());
    let dead: BTreeSet<(String, String)> = rows
        .iter()
        .filter(|r| r.state == "dead")
        .map(|r| {
            assert_eq!(r.attempts, 3, "{r:?}");
            let error = r.last_error.as_deref().unwrap();
            assert!(
                error.contains("fail for good") || error.contains("no attempt left"),
                "{r:?}"
            );
            (r.event_type.clone(), r.key.clone().unwrap())
        })
        .collect();
    assert_eq!(
        dead, doomed,
        "dead only where the handler was made to fail for good"
    );

    // Handled exactly once: each delivered event not dead, one row each.
    let mut times: BTreeMap<(String, String), usize> = BTreeMap::new();
    for h in &handled {
        *times
            .entry((h.event_type.clone(), h.key.clone()))
            .or_default() += 1;
    }
    let twice: Vec<_> = times.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "handled more than once: {twice:?}");
    let expected: BTreeSet<(String, String)> = delivered.difference(&doomed).cloned().collect();
    let handled_keys: BTreeSet<(String, String)> = times.into_keys().collect();
    assert_eq!(
        handled_keys.len(),
        expected.len(),
        "lost: {:?}",
        expected
            .difference(&handled_keys)
            .take(5)
            .collect::<Vec<_>>()
    );
    assert_eq!(handled_keys, expected);
    assert!(
        handled.iter().any(|h| h.attempt == 2),
        "some failed once and were retried"
    );

    // A campaign's events one at a time, in the order they happened.
    assert_eq!(
        inbox::order_violations(&handled, &rows),
        Vec::<String>::new()
    );

    // The faults happened: replicas' 500s, lost answers, retries that
    // landed on another replica than their first attempt.
    let passed = balancer.passed();
    assert!(passed.iter().any(|p| p.replica_status == Some(500)));
    assert!(passed.iter().any(|p| p.answered == 504));
    handled
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_receivers_on_one_postgres_handle_every_delivered_event_once() {
    let postgres = Postgres::start();
    postgres
        .connect()
        .await
        .batch_execute(POSTGRES_TABLE)
        .await
        .unwrap();
    let on_postgres = |mut config: Config| {
        config.postgres = Some(postgres.url());
        config
    };
    let mut refusing = on_postgres(receiver("replica-1"));
    refusing.refuse_one_in = Some(10);
    let configs = [
        on_postgres(receiver("replica-0")),
        refusing,
        on_postgres(receiver("replica-2")),
    ];
    let policy = configs[0].policy();
    let mut replicas: Vec<Option<Process>> =
        configs.iter().map(|c| Some(Process::start(c))).collect();
    let urls: Vec<String> = replicas
        .iter()
        .map(|r| {
            r.as_ref()
                .unwrap()
                .wait_for("listening ", Duration::from_secs(60))
        })
        .collect();
    // Workers only, on a fourth machine: it hangs in its fifth event.
    let mut doomed = on_postgres(receiver("doomed-worker"));
    doomed.serve = false;
    doomed.workers = 1;
    doomed.hang_at = Some(5);
    let doomed = Process::start(&doomed);
    doomed.wait_for("working", Duration::from_secs(60));

    let balancer = RoundRobin::start(urls, Some(17)).await;
    let sandbox = Sandbox::start(&balancer.url);
    let campaign = sandbox.run_campaign().await;

    // A worker killed mid-event: its event goes to another after the lease.
    let hung = doomed.wait_for("hanging in ", Duration::from_secs(120));
    doomed.kill();
    // A replica killed mid-run, once it has taken a share of the run.
    let deadline = Instant::now() + Duration::from_secs(300);
    while balancer
        .passed()
        .iter()
        .filter(|p| p.replica == Some(2) && p.answered == 200)
        .count()
        < 300
    {
        assert!(Instant::now() < deadline, "replica-2 took too little");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    replicas[2].take().unwrap().kill();
    let killed_at = balancer.count();

    let store = OnPostgres(&postgres);
    settled(&sandbox, &balancer, &store, campaign).await;
    let handled =
        every_delivered_event_handled_once(&sandbox, &balancer, &store, campaign, &policy).await;

    let rescued: Vec<&Handled> = handled.iter().filter(|h| h.key == hung).collect();
    assert_eq!(rescued.len(), 1, "{hung}: {rescued:?}");
    assert_ne!(rescued[0].by, "doomed-worker");
    assert!(rescued[0].attempt >= 2, "{:?}", rescued[0]);
    let passed = balancer.passed();
    assert!(
        passed[killed_at..].len() > 100,
        "the run went on after the kill"
    );
    // Retries that another replica took.
    let mut replicas_of: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for p in &passed {
        if let Some(replica) = p.replica {
            replicas_of
                .entry(p.key.as_str())
                .or_default()
                .insert(replica);
        }
    }
    assert!(replicas_of.values().any(|r| r.len() > 1));
    let by: BTreeSet<&str> = handled.iter().map(|h| h.by.as_str()).collect();
    eprintln!(
        "{} attempts, {} events handled by {by:?}",
        passed.len(),
        handled.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_receiver_on_sqlite_handles_every_delivered_event_once() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("inbox-e2e-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut config = receiver("only");
    config.sqlite = Some(path.clone());
    config.refuse_one_in = Some(10);
    let policy = config.policy();
    // The inbox and the handler's table, made before the receiver starts.
    drop(
        altur_api::webhook::inbox::Inbox::sqlite(&path, Default::default())
            .await
            .unwrap(),
    );
    rusqlite_connection(&path)
        .execute_batch(SQLITE_TABLE)
        .unwrap();
    let mut hanging = config.clone();
    hanging.hang_at = Some(600);
    let first = Process::start(&hanging);
    let url = first.wait_for("listening ", Duration::from_secs(60));
    let balancer = RoundRobin::start(vec![url.clone()], Some(17)).await;
    let sandbox = Sandbox::start(&balancer.url);
    let campaign = sandbox.run_campaign().await;

    // Killed mid-event, mid-run; started again on the same file and port
    // (the balancer holds deliveries meanwhile), refusing nothing more.
    let hung = first.wait_for("hanging in ", Duration::from_secs(300));
    first.kill();
    config.refuse_one_in = None;
    let killed_at = balancer.count();
    config.port = url
        .trim_start_matches("http://127.0.0.1:")
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let again = Process::start(&config);
    again.wait_for("listening ", Duration::from_secs(60));

    let store = OnSqlite(path);
    settled(&sandbox, &balancer, &store, campaign).await;
    let handled =
        every_delivered_event_handled_once(&sandbox, &balancer, &store, campaign, &policy).await;
    let rescued: Vec<&Handled> = handled.iter().filter(|h| h.key == hung).collect();
    assert_eq!(rescued.len(), 1, "{hung}: {rescued:?}");
    assert!(rescued[0].attempt >= 2, "{:?}", rescued[0]);
    assert!(
        balancer.count() > killed_at + 100,
        "the run went on after the restart"
    );
    drop(again);
}
