//! The webhook inbox (`altur_api::webhook::inbox`) on a real Postgres
//! server (tests/src/postgres.rs) and on SQLite, each scenario on both:
//! deliveries stored once however many replicas take them at once, each
//! event handled once by workers of several inboxes, in the transaction
//! the handler writes through; failures retried with backoff and dead past
//! the limit (and requeued); a worker that dies mid-event, or runs past its
//! lease, loses the event to another; a campaign's events handled one at a
//! time in the order they happened; idle workers woken by a store in
//! another process (`LISTEN`); `inbox.accept(delivery)` in an axum router,
//! and 503 when the database is gone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use altur_api::webhook::inbox::postgres::Postgres;
use altur_api::webhook::inbox::postgres::tokio_postgres::NoTls;
use altur_api::webhook::inbox::sqlite::Sqlite;
use altur_api::webhook::inbox::{Engine, Handler, Inbox, Options, Stored};
use altur_api::webhook::{self, Event, Secret};
use altur_api_tests::inbox::{
    Handled, OnPostgres, OnSqlite, POSTGRES_TABLE, Policy, Recorder, SQLITE_TABLE, Store,
    order_violations,
};
use altur_api_tests::postgres::Postgres as Server;

const SECRET: &str = "aW5ib3gtdGVzdHMtc2VjcmV0LTMyLWJ5dGVzLWxvbmc=";

/// A database the scenarios run on: an inbox opened on it, and what it
/// holds ([`Store`]).
trait Db: Store {
    type E: Engine;
    async fn open(&self, options: Options) -> Inbox<Self::E>;
}

impl Db for OnPostgres<Server> {
    type E = Postgres;
    async fn open(&self, options: Options) -> Inbox<Postgres> {
        let inbox = Inbox::postgres(self.0.config(), NoTls, options)
            .await
            .expect("the inbox on Postgres");
        self.0
            .connect()
            .await
            .batch_execute(POSTGRES_TABLE)
            .await
            .unwrap();
        inbox
    }
}

/// A fresh SQLite file of the test's own, by `name`.
fn on_sqlite(name: &str) -> OnSqlite {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("inbox-{name}-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    OnSqlite(path)
}

impl Db for OnSqlite {
    type E = Sqlite;
    async fn open(&self, options: Options) -> Inbox<Sqlite> {
        let inbox = Inbox::sqlite(&self.0, options)
            .await
            .expect("the inbox in SQLite");
        self.connection().execute_batch(SQLITE_TABLE).unwrap();
        inbox
    }
}

/// A signed delivery, verified as a receiver verifies it.
struct Delivery {
    event: Event,
    body: Vec<u8>,
    signature: String,
}

fn delivery(body: String) -> Delivery {
    let secret = Secret::new(SECRET);
    let signature = webhook::sign(&secret, body.as_bytes()).unwrap();
    let event = webhook::verify(&secret, signature.as_str(), body.as_bytes()).unwrap();
    Delivery {
        event,
        body: body.into_bytes(),
        signature,
    }
}

fn call(n: usize) -> Delivery {
    delivery(format!(
        r#"{{"event_type":"on_call_end","id":"cll_{n:05}","status":"ended","duration":{n}}}"#
    ))
}

/// A campaign event of `campaign`, `minute` minutes into the day.
fn campaign_event(campaign: i64, n: usize, minute: u32) -> Delivery {
    delivery(format!(
        r#"{{"event_id":"evt_{campaign}_{n}","event_type":"campaign.status_changed",
            "occurred_at":"2026-06-08T{:02}:{:02}:00.000000-06:00","api_version":"1.0",
            "data":{{"campaign":{{"id":{campaign},"status":"active","previous_status":"ready"}}}}}}"#,
        8 + minute / 60,
        minute % 60
    ))
}

async fn store<E: Engine>(inbox: &Inbox<E>, delivery: &Delivery) -> Stored {
    inbox
        .store(&delivery.event, &delivery.body, &delivery.signature)
        .await
        .expect("stored")
}

/// Waits (up to a minute) until nothing is pending.
async fn settled<E: Engine>(inbox: &Inbox<E>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let counts = inbox.counts().await.unwrap();
        if counts.pending == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "still pending after a minute: {counts:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn fast() -> Options {
    Options::default()
        .retry_backoff(Duration::from_millis(20), Duration::from_millis(100))
        .lease(Duration::from_secs(30))
        .pool_size(8)
}

/// How many times each `on_call_end` and campaign event was handled, by
/// key.
fn per_key(handled: &[Handled]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for row in handled {
        if row.event_type == "on_call_end" || row.event_type.starts_with("campaign.") {
            *counts.entry(row.key.clone()).or_default() += 1;
        }
    }
    counts
}

// Scenario: three replicas take every delivery at once; two inboxes'
// workers handle each stored event once.
async fn each_event_once<D: Db>(db: D)
where
    Recorder: Handler<D::E>,
{
    let replicas = [
        db.open(fast()).await,
        db.open(fast()).await,
        db.open(fast()).await,
    ];
    let mut deliveries: Vec<Delivery> = (0..120).map(call).collect();
    for campaign in 1..=4 {
        deliveries.extend((0..5).map(|n| campaign_event(campaign, n, n as u32)));
    }
    let mut news = 0;
    for delivery in &deliveries {
        let stored =
            futures_util::future::join_all(replicas.iter().map(|replica| store(replica, delivery)))
                .await;
        news += stored.iter().filter(|s| **s == Stored::New).count();
        assert_eq!(
            stored.iter().filter(|s| **s == Stored::New).count(),
            1,
            "{stored:?}"
        );
    }
    assert_eq!(news, deliveries.len());
    // The same id under another event type is another event; an event with
    // no key at all is stored each time.
    let other_type = delivery(
        r#"{"event_type":"call.transferred","id":"cll_00007","to":"+15005550000"}"#.into(),
    );
    assert_eq!(store(&replicas[0], &other_type).await, Stored::New);
    let keyless = delivery(r#"{"event_type":"agent.note","text":"hola"}"#.into());
    assert_eq!(store(&replicas[1], &keyless).await, Stored::New);
    assert_eq!(store(&replicas[2], &keyless).await, Stored::New);
    assert_eq!(store(&replicas[2], &deliveries[0]).await, Stored::Duplicate);

    let workers = [
        replicas[0].start_workers(3, Recorder::new(Policy::by("first"))),
        replicas[1].start_workers(3, Recorder::new(Policy::by("second"))),
    ];
    settled(&replicas[2]).await;
    let handled = db.handled().await;
    let total = deliveries.len() + 3;
    assert_eq!(handled.len(), total, "each stored event handled once");
    let keys = per_key(&handled);
    for delivery in &deliveries {
        let key = delivery.event.dedup_key().unwrap();
        assert_eq!(keys.get(key), Some(&1), "{key}");
    }
    assert!(handled.iter().all(|h| h.attempt == 1));
    // Which inbox's workers took which event is theirs to race for.
    assert!(handled.iter().all(|h| h.by == "first" || h.by == "second"));
    let counts = replicas[0].counts().await.unwrap();
    assert_eq!(
        (counts.pending, counts.done, counts.dead),
        (0, total as u64, 0)
    );
    assert!(order_violations(&handled, &db.rows().await).is_empty());
    for workers in workers {
        workers.stop().await;
    }
}

// Scenario: a handler failing once is retried; one failing for good is
// dead after the limit with its last error, and done once requeued.
async fn failures_retried_then_dead<D: Db>(db: D)
where
    Recorder: Handler<D::E>,
{
    let inbox = db.open(fast().max_attempts(3)).await;
    let deliveries: Vec<Delivery> = (0..60).map(call).collect();
    for delivery in &deliveries {
        store(&inbox, delivery).await;
    }
    let policy = Policy {
        fail_for_good_one_in: Some(7),
        fail_once_one_in: Some(4),
        ..Policy::by("failing")
    };
    let workers = inbox.start_workers(4, Recorder::new(policy.clone()));
    settled(&inbox).await;
    workers.stop().await;

    let doomed: BTreeSet<String> = deliveries
        .iter()
        .map(|d| d.event.dedup_key().unwrap().to_owned())
        .filter(|key| policy.fails_for_good("on_call_end", key))
        .collect();
    assert!(!doomed.is_empty() && doomed.len() < deliveries.len());
    let dead = inbox.dead().await.unwrap();
    let dead_keys: BTreeSet<String> = dead.iter().filter_map(|d| d.key.clone()).collect();
    assert_eq!(
        dead_keys, doomed,
        "dead: exactly the events made to fail for good"
    );
    for event in &dead {
        assert_eq!(event.attempts, 3);
        assert!(event.error.contains("made to fail for good"), "{event:?}");
    }
    let handled = db.handled().await;
    let keys = per_key(&handled);
    assert_eq!(keys.len(), deliveries.len() - doomed.len());
    assert!(keys.values().all(|n| *n == 1), "{keys:?}");
    assert!(keys.keys().all(|key| !doomed.contains(key)));
    let retried: Vec<&Handled> = handled.iter().filter(|h| h.attempt == 2).collect();
    assert!(!retried.is_empty(), "some failed once, then succeeded");
    let rows = db.rows().await;
    for row in &rows {
        let failed_once = handled
            .iter()
            .any(|h| Some(&h.key) == row.key.as_ref() && h.attempt == 2);
        if failed_once {
            assert_eq!(row.state, "done");
            assert!(
                row.last_error
                    .as_deref()
                    .unwrap()
                    .contains("made to fail once")
            );
        }
    }

    // Fixed: the dead events go back in line, and are done once each.
    for event in &dead {
        assert!(inbox.requeue(event.id).await.unwrap());
    }
    assert!(!inbox.requeue(dead[0].id).await.unwrap(), "no longer dead");
    let workers = inbox.start_workers(2, Recorder::new(Policy::by("fixed")));
    settled(&inbox).await;
    workers.stop().await;
    let handled = db.handled().await;
    let fixed: BTreeSet<String> = handled
        .iter()
        .filter(|h| h.by == "fixed")
        .map(|h| {
            assert_eq!(h.attempt, 1, "counted from zero again");
            h.key.clone()
        })
        .collect();
    assert_eq!(fixed, doomed);
    assert_eq!(inbox.counts().await.unwrap().dead, 0);
    assert_eq!(per_key(&handled).len(), deliveries.len());
}

/// A policy that hangs in its first event, and where it says which.
fn hangs_first(by: &str) -> (Policy, tokio::sync::mpsc::UnboundedReceiver<Option<String>>) {
    let (hung, told) = tokio::sync::mpsc::unbounded_channel();
    let policy = Policy {
        hang_at: Some(1),
        on_hang: Some(Arc::new(
            move |received: &altur_api::webhook::inbox::Received| {
                let _ = hung.send(received.key.clone());
            },
        )),
        ..Policy::by(by)
    };
    (policy, told)
}

// Scenario: a worker dies mid-event (its task dropped, as a process
// killed); another takes the event once its lease runs out. A worker whose
// handler runs past its lease is stopped and its work rolled back. An
// event whose every attempt dies is dead.
async fn lease_runs_out<D: Db>(db: D)
where
    Recorder: Handler<D::E>,
{
    let lease = Duration::from_millis(1500);
    let inbox = db.open(fast().lease(lease)).await;
    store(&inbox, &call(1)).await;
    let (dying, mut told) = hangs_first("dies");
    let workers = inbox.start_workers(1, Recorder::new(dying));
    let key = told.recv().await.unwrap();
    assert_eq!(key.as_deref(), Some("cll_00001"));
    drop(workers);
    let rescuers = inbox.start_workers(2, Recorder::new(Policy::by("rescuer")));
    settled(&inbox).await;
    rescuers.stop().await;
    let handled = db.handled().await;
    assert_eq!(handled.len(), 1, "{handled:?}");
    assert_eq!(
        (
            handled[0].key.as_str(),
            handled[0].by.as_str(),
            handled[0].attempt
        ),
        ("cll_00001", "rescuer", 2)
    );

    // Alive but stuck: stopped at its lease, rolled back, done on a retry.
    store(&inbox, &call(2)).await;
    let (stuck, mut told) = hangs_first("stuck");
    let workers = inbox.start_workers(1, Recorder::new(stuck));
    assert_eq!(told.recv().await.unwrap().as_deref(), Some("cll_00002"));
    settled(&inbox).await;
    workers.stop().await;
    let handled = db.handled().await;
    let second: Vec<&Handled> = handled.iter().filter(|h| h.key == "cll_00002").collect();
    assert_eq!(second.len(), 1, "{handled:?}");
    assert_eq!((second[0].by.as_str(), second[0].attempt), ("stuck", 2));
    let rows = db.rows().await;
    let row = rows
        .iter()
        .find(|r| r.key.as_deref() == Some("cll_00002"))
        .unwrap();
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("ran past its lease"),
        "{row:?}"
    );

    // An event whose worker dies on every attempt (it crashes the process,
    // say) is dead once its attempts are spent, never run again.
    let inbox = db.open(fast().lease(lease).max_attempts(2)).await;
    store(&inbox, &call(3)).await;
    for _ in 0..2 {
        let (dying, mut told) = hangs_first("dies");
        let workers = inbox.start_workers(1, Recorder::new(dying));
        assert_eq!(told.recv().await.unwrap().as_deref(), Some("cll_00003"));
        drop(workers);
    }
    let workers = inbox.start_workers(1, Recorder::new(Policy::by("after")));
    settled(&inbox).await;
    workers.stop().await;
    let dead = inbox.dead().await.unwrap();
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!(
        (dead[0].key.as_deref(), dead[0].attempts),
        (Some("cll_00003"), 2)
    );
    assert!(dead[0].error.contains("no attempt left"), "{dead:?}");
    assert!(!db.handled().await.iter().any(|h| h.key == "cll_00003"));
}

// Scenario: a campaign's events, stored out of the order they happened,
// are handled in that order and one at a time, the first failing once.
async fn campaign_order<D: Db>(db: D)
where
    Recorder: Handler<D::E>,
{
    let inbox = db.open(fast()).await;
    // Arrival order: minutes 30, 10, 40, 20 of campaign 1; 20, 10 of 2.
    let first = [(30, 0), (10, 1), (40, 2), (20, 3)];
    for (minute, n) in first {
        store(&inbox, &campaign_event(1, n, minute)).await;
    }
    for (minute, n) in [(20, 0), (10, 1)] {
        store(&inbox, &campaign_event(2, n, minute)).await;
    }
    for n in 0..20 {
        store(&inbox, &call(n)).await;
    }
    // The earliest of campaign 1 fails once: the rest wait for its retry.
    let policy = Policy {
        campaign_delay: Duration::from_millis(50),
        fail_once_one_in: None,
        ..Policy::by("ordered")
    };
    let failing_first = FailFirst {
        key: "evt_1_1".into(),
        inner: Recorder::new(policy),
        failed: Default::default(),
    };
    let workers = inbox.start_workers(4, failing_first);
    settled(&inbox).await;
    workers.stop().await;
    let handled = db.handled().await;
    assert_eq!(handled.len(), 26);
    let order = |campaign: &str| -> Vec<String> {
        let mut events: Vec<&Handled> = handled
            .iter()
            .filter(|h| h.order_key.as_deref() == Some(campaign))
            .collect();
        events.sort_by_key(|h| h.started_at);
        events.iter().map(|h| h.key.clone()).collect()
    };
    assert_eq!(
        order("campaign:1"),
        ["evt_1_1", "evt_1_3", "evt_1_0", "evt_1_2"]
    );
    assert_eq!(order("campaign:2"), ["evt_2_1", "evt_2_0"]);
    let first_event = handled.iter().find(|h| h.key == "evt_1_1").unwrap();
    assert_eq!(first_event.attempt, 2, "it failed once");
    assert_eq!(
        order_violations(&handled, &db.rows().await),
        Vec::<String>::new()
    );
}

/// Fails its first attempt at `key`, then records as `inner`.
struct FailFirst {
    key: String,
    inner: Recorder,
    failed: std::sync::atomic::AtomicBool,
}

impl<E: Engine> Handler<E> for FailFirst
where
    Recorder: Handler<E>,
{
    async fn handle(
        &self,
        received: &altur_api::webhook::inbox::Received,
        tx: &mut altur_api::webhook::inbox::Tx<'_, E>,
    ) -> Result<(), altur_api::webhook::inbox::HandlerError> {
        if received.key.as_deref() == Some(&self.key)
            && !self.failed.swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            return Err("the first attempt fails".into());
        }
        self.inner.handle(received, tx).await
    }
}

/// The options of the inbox whose workers `woken` waits on: their next
/// look an hour away.
fn idle_for_an_hour() -> Options {
    fast().idle_check(Duration::from_secs(3600))
}

// Scenario: workers idle with nothing to do are woken by a new event at
// once, not at their next look (an hour away: `working` is opened with
// `idle_for_an_hour`), when `storing` stores it.
async fn woken<D: Db>(db: D, working: Inbox<D::E>, storing: Inbox<D::E>)
where
    Recorder: Handler<D::E>,
{
    let workers = working.start_workers(2, Recorder::new(Policy::by("woken")));
    // Let them find nothing and go idle: a store before that would be
    // found by their first look, and prove nothing.
    wait_idle(&db, &working).await;
    let started = Instant::now();
    store(&storing, &call(9)).await;
    let deadline = Duration::from_secs(20);
    while db.handled().await.len() < 2 {
        assert!(
            started.elapsed() < deadline,
            "not woken within {deadline:?} (idle_check is an hour)"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    workers.stop().await;
}

/// Idle: an event stored and handled, nothing pending, and a moment for
/// the workers' next look (a claim and a query, milliseconds). Were the
/// moment too short, the next event would be found by that look and the
/// test would prove less, never fail wrongly.
async fn wait_idle<D: Db>(db: &D, inbox: &Inbox<D::E>) {
    store(inbox, &call(8)).await;
    settled(inbox).await;
    assert_eq!(db.handled().await.len(), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_stores_each_event_once_and_handles_it_once() {
    each_event_once(OnPostgres(Server::start())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_stores_each_event_once_and_handles_it_once() {
    each_event_once(on_sqlite("once")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_retries_a_failing_handler_then_keeps_it_dead() {
    failures_retried_then_dead(OnPostgres(Server::start())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_retries_a_failing_handler_then_keeps_it_dead() {
    failures_retried_then_dead(on_sqlite("dead")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_hands_a_dead_workers_event_to_another_after_its_lease() {
    lease_runs_out(OnPostgres(Server::start())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_hands_a_dead_workers_event_to_another_after_its_lease() {
    lease_runs_out(on_sqlite("lease")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_handles_a_campaigns_events_in_order() {
    campaign_order(OnPostgres(Server::start())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_handles_a_campaigns_events_in_order() {
    campaign_order(on_sqlite("order")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_workers_are_woken_by_a_store_in_another_process() {
    let db = OnPostgres(Server::start());
    // Another inbox on the same database, as another machine's receiver:
    // only Postgres's NOTIFY can tell this one's workers.
    let elsewhere = db.open(fast()).await;
    let working = db.open(idle_for_an_hour()).await;
    woken(db, working, elsewhere).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_workers_are_woken_by_a_store_in_their_process() {
    let db = on_sqlite("woken");
    let inbox = db.open(idle_for_an_hour()).await;
    // The same inbox (clones share the wake) stores and works.
    woken(db, inbox.clone(), inbox).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_line_in_an_axum_handler_stores_and_answers() {
    use axum::extract::{FromRef, State};
    use axum::routing::post;
    use webhook::axum::Verified;

    #[derive(Clone)]
    struct App {
        secret: Secret,
        inbox: Inbox<Postgres>,
    }
    impl FromRef<App> for Secret {
        fn from_ref(app: &App) -> Secret {
            app.secret.clone()
        }
    }

    let server = Server::start();
    let inbox = Inbox::postgres(server.config(), NoTls, fast().pool_size(2))
        .await
        .unwrap();
    let app = App {
        secret: Secret::new(SECRET),
        inbox: inbox.clone(),
    };
    let router = axum::Router::new()
        .route(
            "/webhooks/altur",
            post(|State(app): State<App>, delivery: Verified| async move {
                app.inbox.accept(delivery).await
            }),
        )
        .with_state(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhooks/altur", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let http = reqwest::Client::new();
    let post = |delivery: &Delivery, signature: &str| {
        let request = http
            .post(&url)
            .header("content-type", "application/json")
            .header(webhook::SIGNATURE_HEADER, signature)
            .body(delivery.body.clone());
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let first = call(1);
    assert_eq!(post(&first, &first.signature).await, (200, "ok\n".into()));
    assert_eq!(
        post(&first, &first.signature).await,
        (200, "already received\n".into())
    );
    let forged = call(2);
    let (status, _) = post(&forged, &first.signature).await;
    assert_eq!(status, 400);
    assert_eq!(inbox.counts().await.unwrap().pending, 1);

    // The database gone: not stored, and Altur is told to retry.
    drop(server);
    let later = call(3);
    assert_eq!(
        post(&later, &later.signature).await,
        (503, "not stored\n".into())
    );
}
