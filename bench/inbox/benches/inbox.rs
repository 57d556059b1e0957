//! `cargo bench -p altur-bench-inbox`: deliveries accepted per second, and
//! the time to answer (median, 99th percentile), by receivers on the
//! webhook inbox (one and three on one Postgres, one on SQLite) against
//! the floor: the same router with the `Verified` extractor answering 200
//! without storing. One keep-alive client, 32 callers, 2,000 signed
//! `on_call_end` deliveries (1.7 KB each, every one a new event) per turn,
//! the four in turns, three rounds; the median round. Then the workers'
//! drain rate (a handler writing one row in the inbox's transaction), and
//! a campaign's pace in the sandbox (calls per second at its concurrency),
//! to compare. The Postgres server is the tests' own (tests/src/postgres.rs)
//! with its defaults (every commit synced); SQLite is a file in the target
//! directory.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use altur_api::types::NewContact;
use altur_api::webhook::axum::Verified;
use altur_api::webhook::inbox::postgres::Postgres as PostgresEngine;
use altur_api::webhook::inbox::postgres::tokio_postgres::NoTls;
use altur_api::webhook::inbox::sqlite::Sqlite;
use altur_api::webhook::inbox::{Engine, Handler, HandlerError, Inbox, Options, Received, Tx};
use altur_api::webhook::{self, Secret};
use altur_api_tests::postgres::Postgres;
use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use axum::extract::{FromRef, State};
use axum::routing::post;

const SECRET: &str = "YmVuY2gtaW5ib3gtc2VjcmV0LTMyLWJ5dGVzLWxvbmc=";
const CALLERS: usize = 32;
const PER_TURN: usize = 2000;
const ROUNDS: usize = 3;
const WORKERS: usize = 8;

fn main() {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(run());
}

fn uptime() -> String {
    std::process::Command::new("uptime")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

struct App<E: Engine> {
    secret: Secret,
    inbox: Inbox<E>,
}

impl<E: Engine> Clone for App<E> {
    fn clone(&self) -> Self {
        App {
            secret: self.secret.clone(),
            inbox: self.inbox.clone(),
        }
    }
}

impl<E: Engine> FromRef<App<E>> for Secret {
    fn from_ref(app: &App<E>) -> Secret {
        app.secret.clone()
    }
}

async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhooks/altur", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

/// A receiver: the extractor, then the inbox, in one line.
async fn receiver<E: Engine>(inbox: Inbox<E>) -> String {
    let app = App {
        secret: Secret::new(SECRET),
        inbox,
    };
    serve(
        axum::Router::new()
            .route(
                "/webhooks/altur",
                post(|State(app): State<App<E>>, delivery: Verified| async move {
                    app.inbox.accept(delivery).await
                }),
            )
            .with_state(app),
    )
    .await
}

/// The floor: the extractor, and 200 at once.
async fn floor() -> String {
    serve(
        axum::Router::new()
            .route("/webhooks/altur", post(|_: Verified| async { "ok\n" }))
            .with_state(Secret::new(SECRET)),
    )
    .await
}

/// `count` deliveries of new events, signed, named by `tag`.
fn deliveries(tag: &str, count: usize) -> Vec<(Vec<u8>, String)> {
    let sample = std::fs::read_to_string(
        altur_api_tests::workspace_root().join("tests/fixtures/webhooks/on_call_end.json"),
    )
    .expect("the sample on_call_end");
    let secret = Secret::new(SECRET);
    (0..count)
        .map(|n| {
            let body = sample
                .replace("cll_gBoLtd02pUI50QwXkFjB", &format!("cll_{tag}_{n:06}"))
                .into_bytes();
            let signature = webhook::sign(&secret, &body).unwrap();
            (body, signature)
        })
        .collect()
}

struct Turn {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

/// Sends the deliveries to `urls` in turn, `CALLERS` at once.
async fn turn(http: &reqwest::Client, urls: &[String], tag: &str) -> Turn {
    let work = Arc::new(deliveries(tag, PER_TURN));
    let next = Arc::new(AtomicUsize::new(0));
    let urls = Arc::new(urls.to_vec());
    let started = Instant::now();
    let callers: Vec<_> = (0..CALLERS)
        .map(|_| {
            let (http, work, next, urls) = (http.clone(), work.clone(), next.clone(), urls.clone());
            tokio::spawn(async move {
                let mut times = Vec::new();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some((body, signature)) = work.get(n) else {
                        return times;
                    };
                    let sent = Instant::now();
                    let response = http
                        .post(&urls[n % urls.len()])
                        .header("content-type", "application/json")
                        .header(webhook::SIGNATURE_HEADER, signature)
                        .body(body.clone())
                        .send()
                        .await
                        .expect("an answer");
                    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
                    let _ = response.bytes().await;
                    times.push(sent.elapsed());
                }
            })
        })
        .collect();
    let mut times = Vec::with_capacity(PER_TURN);
    for caller in callers {
        times.extend(caller.await.unwrap());
    }
    let elapsed = started.elapsed();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    Turn {
        per_second: PER_TURN as f64 / elapsed.as_secs_f64(),
        p50: at(0.50),
        p99: at(0.99),
    }
}

/// Writes one row per event in the inbox's transaction.
struct OneRow;

impl Handler<PostgresEngine> for OneRow {
    async fn handle(
        &self,
        received: &Received,
        tx: &mut Tx<'_, PostgresEngine>,
    ) -> Result<(), HandlerError> {
        tx.execute("INSERT INTO drained (id) VALUES ($1)", &[&received.id])
            .await?;
        Ok(())
    }
}

impl Handler<Sqlite> for OneRow {
    async fn handle(
        &self,
        received: &Received,
        tx: &mut Tx<'_, Sqlite>,
    ) -> Result<(), HandlerError> {
        tx.run(|c| c.execute("INSERT INTO drained (id) VALUES (?1)", [received.id]))?;
        Ok(())
    }
}

/// Events per second `inboxes` drain, `WORKERS` workers each, from what
/// they hold pending.
async fn drain<E: Engine>(inboxes: &[Inbox<E>]) -> (u64, f64)
where
    OneRow: Handler<E>,
{
    let pending = inboxes[0].counts().await.unwrap().pending;
    let started = Instant::now();
    let workers: Vec<_> = inboxes
        .iter()
        .map(|inbox| inbox.start_workers(WORKERS, OneRow))
        .collect();
    while inboxes[0].counts().await.unwrap().pending > 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let elapsed = started.elapsed();
    for workers in workers {
        workers.stop().await;
    }
    (pending, pending as f64 / elapsed.as_secs_f64())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1000.0)
}

async fn run() {
    println!("load at start: {}", uptime());
    let postgres = Postgres::start_durable();
    let options = || Options::default().pool_size(16);
    let open_postgres = || async {
        Inbox::postgres(postgres.config(), NoTls, options())
            .await
            .expect("the inbox on Postgres")
    };
    postgres
        .connect()
        .await
        .batch_execute("CREATE TABLE IF NOT EXISTS drained (id bigint)")
        .await
        .unwrap();
    let file = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("inbox-bench-{}.sqlite3", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    let sqlite = Inbox::sqlite(&file, options()).await.unwrap();
    altur_api::webhook::inbox::sqlite::rusqlite::Connection::open(&file)
        .unwrap()
        .execute_batch("CREATE TABLE IF NOT EXISTS drained (id INTEGER)")
        .unwrap();

    let one_postgres = open_postgres().await;
    let three_postgres = [
        open_postgres().await,
        open_postgres().await,
        open_postgres().await,
    ];
    let targets: Vec<(&str, Vec<String>)> = vec![
        ("floor: the extractor, nothing stored", vec![floor().await]),
        (
            "Postgres, 1 receiver",
            vec![receiver(one_postgres.clone()).await],
        ),
        (
            "Postgres, 3 receivers",
            futures_util::future::join_all(three_postgres.iter().cloned().map(receiver)).await,
        ),
        ("SQLite, 1 receiver", vec![receiver(sqlite.clone()).await]),
    ];
    let http = reqwest::Client::new();
    let mut turns: Vec<Vec<Turn>> = targets.iter().map(|_| Vec::new()).collect();
    for round in 0..ROUNDS {
        for (n, (_, urls)) in targets.iter().enumerate() {
            turns[n].push(turn(&http, urls, &format!("r{round}t{n}")).await);
        }
    }
    println!(
        "\n{PER_TURN} deliveries per turn, {CALLERS} callers, {ROUNDS} rounds (median round)\n"
    );
    println!("| receiver | accepted/s | p50 ms | p99 ms | / floor |");
    println!("|---|---|---|---|---|");
    let floor_rate = median(turns[0].iter().map(|t| t.per_second).collect());
    for ((name, _), turns) in targets.iter().zip(&turns) {
        let rate = median(turns.iter().map(|t| t.per_second).collect());
        let p50 = median(turns.iter().map(|t| t.p50.as_secs_f64()).collect());
        let p99 = median(turns.iter().map(|t| t.p99.as_secs_f64()).collect());
        println!(
            "| {name} | {rate:.0} | {} | {} | {:.3} |",
            ms(Duration::from_secs_f64(p50)),
            ms(Duration::from_secs_f64(p99)),
            rate / floor_rate
        );
    }

    println!("\nworkers draining, {WORKERS} per receiver, one row written per event\n");
    println!("| inbox | events | drained/s |");
    println!("|---|---|---|");
    let (events, rate) = drain(std::slice::from_ref(&one_postgres)).await;
    println!("| Postgres, 1 receiver | {events} | {rate:.0} |");
    // As many again, for three receivers' workers.
    for (n, (body, signature)) in deliveries("drain", events as usize).iter().enumerate() {
        let event = webhook::verify(&Secret::new(SECRET), signature.as_str(), body).unwrap();
        three_postgres[n % 3]
            .store(&event, body, signature)
            .await
            .unwrap();
    }
    let (events, rate) = drain(&three_postgres).await;
    println!("| Postgres, 3 receivers | {events} | {rate:.0} |");
    let (events, rate) = drain(std::slice::from_ref(&sqlite)).await;
    println!("| SQLite, 1 receiver | {events} | {rate:.0} |");

    pace().await;
    println!("\nload at end: {}", uptime());
}

/// A campaign of 2,000 contacts in the sandbox, on a manual clock: its
/// calls per second of the campaign's own time, at its concurrency.
async fn pace() {
    let sandbox = Sandbox::builder()
        .seed(34)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let id = create_campaign(&client, phone_campaign(&agent, "Ritmo").retries(1)).await;
    let rows: Vec<NewContact> = (0..2000)
        .map(|n| altur_api_tests::built(NewContact::builder().contact(format!("+1500555{n:04}"))))
        .collect();
    altur_api_tests::sandbox::add_contacts(&client, id, &rows).await;
    altur_api_tests::sandbox::activate(&client, id).await;
    sandbox
        .run_until_idle(Duration::from_secs(30 * 86_400))
        .await;
    let calls = sandbox.campaign_calls(id);
    let first = calls.iter().filter_map(|c| c.created_at).min().unwrap();
    let last = calls.iter().filter_map(|c| c.ended_at).max().unwrap();
    let seconds = (last - first).num_milliseconds() as f64 / 1000.0;
    let concurrency = sandbox.campaigns()[0].concurrency_limit.unwrap_or(5);
    println!(
        "\na campaign's pace in the sandbox: {} calls in {:.0} s of its time at concurrency \
         {concurrency}: {:.3} on_call_end per second ({:.4} per concurrent call)",
        calls.len(),
        seconds,
        calls.len() as f64 / seconds,
        calls.len() as f64 / seconds / concurrency as f64
    );
}
