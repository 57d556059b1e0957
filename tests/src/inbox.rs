//! A handler for the webhook inbox's tests, on either engine: it records
//! each event it handles into a table of its own (`handled`), in the
//! transaction the inbox hands it, so that the rows are what was handled
//! exactly once; and it fails, slows down or hangs where the test says.

use std::sync::Arc;
use std::time::Duration;

use altur_api::webhook::Event;
use altur_api::webhook::inbox::postgres::Postgres;
use altur_api::webhook::inbox::postgres::tokio_postgres;
use altur_api::webhook::inbox::sqlite::Sqlite;
use altur_api::webhook::inbox::sqlite::rusqlite;
use altur_api::webhook::inbox::{Handler, HandlerError, Received, Tx};
use chrono::{DateTime, Utc};

use crate::rng::fnv1a;

/// Told of an event.
pub type Tell = Arc<dyn Fn(&Received) + Send + Sync>;

/// What the handler does besides recording.
#[derive(Clone, Default)]
pub struct Policy {
    /// Who records (a process's or a worker's name), kept in each row.
    pub by: String,
    /// `on_call_end` events whose handler always fails, one in this many
    /// by their key ([`fails_for_good`]).
    pub fail_for_good_one_in: Option<u64>,
    /// Events whose first attempt fails, one in this many by their key.
    pub fail_once_one_in: Option<u64>,
    /// Campaign events take this long: two of one campaign at once would
    /// overlap.
    pub campaign_delay: Duration,
    /// The handler hangs for good in the event that is this many-th it
    /// gets of those it does not fail for good (a worker that dies
    /// mid-event, once killed), after telling `on_hang`.
    pub hang_at: Option<usize>,
    pub on_hang: Option<Tell>,
}

impl Policy {
    pub fn by(name: impl Into<String>) -> Policy {
        Policy {
            by: name.into(),
            ..Policy::default()
        }
    }

    /// Whether the handler fails for good on `key` of `event_type`.
    pub fn fails_for_good(&self, event_type: &str, key: &str) -> bool {
        event_type == "on_call_end"
            && self
                .fail_for_good_one_in
                .is_some_and(|n| fnv1a(key.as_bytes()) % n == 3 % n)
    }

    fn fails_once(&self, key: &str) -> bool {
        self.fail_once_one_in
            .is_some_and(|n| fnv1a(key.as_bytes()).rotate_left(17).is_multiple_of(n))
    }

    /// What happens before the row is written: `Err` to fail.
    async fn before(
        &self,
        received: &Received,
        seen: &std::sync::atomic::AtomicUsize,
    ) -> Result<(), HandlerError> {
        let key = received.key.as_deref().unwrap_or("");
        if self.fails_for_good(received.event.event_type(), key) {
            return Err(format!("{key} is made to fail for good").into());
        }
        // Counted among the events that can be done, so that the one it
        // hangs in is one another worker finishes (a dead one would not be).
        let nth = seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        if self.hang_at == Some(nth) {
            if let Some(tell) = &self.on_hang {
                tell(received);
            }
            std::future::pending::<()>().await;
        }
        if received.attempt == 1 && self.fails_once(key) {
            return Err(format!("{key} is made to fail once").into());
        }
        if order(&received.event).is_some() {
            tokio::time::sleep(self.campaign_delay).await;
        }
        Ok(())
    }
}

/// A campaign event's campaign and time.
fn order(event: &Event) -> Option<(String, Option<DateTime<Utc>>)> {
    match event {
        Event::CampaignStatusChanged(e) => {
            Some((format!("campaign:{}", e.data.campaign.id), e.occurred_at))
        }
        Event::CampaignCycleCompleted(e) => {
            Some((format!("campaign:{}", e.data.campaign.id), e.occurred_at))
        }
        _ => None,
    }
}

/// The recording handler.
pub struct Recorder {
    policy: Policy,
    /// Events it got so far.
    seen: std::sync::atomic::AtomicUsize,
}

impl Recorder {
    pub fn new(policy: Policy) -> Recorder {
        Recorder {
            policy,
            seen: Default::default(),
        }
    }
}

/// One row of `handled`.
#[derive(Debug, Clone, PartialEq)]
pub struct Handled {
    pub key: String,
    pub event_type: String,
    pub attempt: u32,
    pub by: String,
    pub order_key: Option<String>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
}

pub const POSTGRES_TABLE: &str = "
CREATE TABLE IF NOT EXISTS handled (
    seq bigserial PRIMARY KEY, key text NOT NULL, event_type text NOT NULL,
    attempt integer NOT NULL, by text NOT NULL, order_key text, occurred_at timestamptz,
    started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL)";

pub const SQLITE_TABLE: &str = "
CREATE TABLE IF NOT EXISTS handled (
    seq INTEGER PRIMARY KEY, key TEXT NOT NULL, event_type TEXT NOT NULL,
    attempt INTEGER NOT NULL, by TEXT NOT NULL, order_key TEXT, occurred_at INTEGER,
    started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL)";

impl Handler<Postgres> for Recorder {
    async fn handle(
        &self,
        received: &Received,
        tx: &mut Tx<'_, Postgres>,
    ) -> Result<(), HandlerError> {
        let started = Utc::now();
        self.policy.before(received, &self.seen).await?;
        let (order_key, occurred_at) = order(&received.event).unzip();
        tx.execute(
            "INSERT INTO handled
                (key, event_type, attempt, by, order_key, occurred_at, started_at, finished_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &received.key.clone().unwrap_or_default(),
                &received.event.event_type(),
                &(received.attempt as i32),
                &self.policy.by,
                &order_key,
                &occurred_at.flatten(),
                &started,
                &Utc::now(),
            ],
        )
        .await?;
        Ok(())
    }
}

impl Handler<Sqlite> for Recorder {
    async fn handle(
        &self,
        received: &Received,
        tx: &mut Tx<'_, Sqlite>,
    ) -> Result<(), HandlerError> {
        let started = Utc::now();
        self.policy.before(received, &self.seen).await?;
        let (order_key, occurred_at) = order(&received.event).unzip();
        let occurred_at = occurred_at.flatten().map(|at| at.timestamp_micros());
        tx.run(|connection| {
            connection.execute(
                "INSERT INTO handled
                    (key, event_type, attempt, by, order_key, occurred_at, started_at, finished_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    received.key.clone().unwrap_or_default(),
                    received.event.event_type(),
                    received.attempt,
                    self.policy.by,
                    order_key,
                    occurred_at,
                    started.timestamp_micros(),
                    Utc::now().timestamp_micros(),
                ],
            )
        })?;
        Ok(())
    }
}

/// Every row of `handled` on Postgres, in the order written.
pub async fn handled_postgres(client: &tokio_postgres::Client) -> Vec<Handled> {
    client
        .query(
            "SELECT key, event_type, attempt, by, order_key, occurred_at, started_at, finished_at
             FROM handled ORDER BY seq",
            &[],
        )
        .await
        .expect("read handled")
        .into_iter()
        .map(|row| Handled {
            key: row.get(0),
            event_type: row.get(1),
            attempt: row.get::<_, i32>(2) as u32,
            by: row.get(3),
            order_key: row.get(4),
            occurred_at: row.get(5),
            started_at: row.get(6),
            finished_at: row.get(7),
        })
        .collect()
}

/// Every row of `handled` in the SQLite file, in the order written.
pub fn handled_sqlite(connection: &rusqlite::Connection) -> Vec<Handled> {
    let time = |micros: i64| DateTime::from_timestamp_micros(micros).expect("a time");
    connection
        .prepare(
            "SELECT key, event_type, attempt, by, order_key, occurred_at, started_at, finished_at
             FROM handled ORDER BY seq",
        )
        .and_then(|mut statement| {
            statement
                .query_map([], |row| {
                    Ok(Handled {
                        key: row.get(0)?,
                        event_type: row.get(1)?,
                        attempt: row.get(2)?,
                        by: row.get(3)?,
                        order_key: row.get(4)?,
                        occurred_at: row.get::<_, Option<i64>>(5)?.map(time),
                        started_at: time(row.get(6)?),
                        finished_at: time(row.get(7)?),
                    })
                })?
                .collect()
        })
        .expect("read handled")
}

/// An inbox row as the tests read it back: `(event_type, key, state,
/// attempts, last_error, received_at, done_at)`, the times as they were
/// written.
#[derive(Debug, Clone)]
pub struct Row {
    pub event_type: String,
    pub key: Option<String>,
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub received_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
}

pub async fn inbox_postgres(client: &tokio_postgres::Client) -> Vec<Row> {
    client
        .query(
            "SELECT event_type, event_key, state, attempts, last_error, received_at, done_at
             FROM altur_webhook_inbox ORDER BY id",
            &[],
        )
        .await
        .expect("read the inbox")
        .into_iter()
        .map(|row| Row {
            event_type: row.get(0),
            key: row.get(1),
            state: row.get(2),
            attempts: row.get::<_, i32>(3) as u32,
            last_error: row.get(4),
            received_at: row.get(5),
            done_at: row.get(6),
        })
        .collect()
}

pub fn inbox_sqlite(connection: &rusqlite::Connection) -> Vec<Row> {
    let time = |micros: i64| DateTime::from_timestamp_micros(micros).expect("a time");
    connection
        .prepare(
            "SELECT event_type, event_key, state, attempts, last_error, received_at, done_at
             FROM altur_webhook_inbox ORDER BY id",
        )
        .and_then(|mut statement| {
            statement
                .query_map([], |row| {
                    Ok(Row {
                        event_type: row.get(0)?,
                        key: row.get(1)?,
                        state: row.get(2)?,
                        attempts: row.get(3)?,
                        last_error: row.get(4)?,
                        received_at: time(row.get(5)?),
                        done_at: row.get::<_, Option<i64>>(6)?.map(time),
                    })
                })?
                .collect()
        })
        .expect("read the inbox")
}

/// What breaks the inbox's promise on order, one line each: two events of
/// one campaign handled at once, or a campaign's event handled after a
/// later one although it was stored before that one was done (an event
/// stored after a later one was done can only come after it).
pub fn order_violations(handled: &[Handled], rows: &[Row]) -> Vec<String> {
    use std::collections::BTreeMap;
    let row_of: BTreeMap<(&str, &str), &Row> = rows
        .iter()
        .filter_map(|row| Some(((row.event_type.as_str(), row.key.as_deref()?), row)))
        .collect();
    let mut campaigns: BTreeMap<&str, Vec<&Handled>> = BTreeMap::new();
    for event in handled {
        if let Some(order_key) = &event.order_key {
            campaigns.entry(order_key).or_default().push(event);
        }
    }
    let mut violations = Vec::new();
    for (campaign, mut events) in campaigns {
        events.sort_by_key(|event| event.started_at);
        for pair in events.windows(2) {
            let (first, next) = (pair[0], pair[1]);
            if next.started_at < first.finished_at {
                violations.push(format!(
                    "{campaign}: {} started before {} finished",
                    next.key, first.key
                ));
            }
        }
        for (n, later) in events.iter().enumerate() {
            for earlier in &events[n + 1..] {
                // `earlier` happened first but was handled after `later`.
                if earlier.occurred_at < later.occurred_at {
                    let stored = row_of[&(earlier.event_type.as_str(), earlier.key.as_str())];
                    let later_done = row_of[&(later.event_type.as_str(), later.key.as_str())]
                        .done_at
                        .expect("handled, so done");
                    if stored.received_at <= later_done {
                        violations.push(format!(
                            "{campaign}: {} ({:?}) handled after {} ({:?}), though stored before it was done",
                            earlier.key, earlier.occurred_at, later.key, later.occurred_at
                        ));
                    }
                }
            }
        }
    }
    violations
}

/// What the inbox and the handler's table hold, read by a test, on either
/// engine.
#[allow(async_fn_in_trait)]
pub trait Store {
    async fn rows(&self) -> Vec<Row>;
    async fn handled(&self) -> Vec<Handled>;
}

/// The inbox on a Postgres server the tests started (owned or borrowed).
pub struct OnPostgres<P>(pub P);

impl<P: std::borrow::Borrow<crate::postgres::Postgres>> Store for OnPostgres<P> {
    async fn rows(&self) -> Vec<Row> {
        inbox_postgres(&self.0.borrow().connect().await).await
    }
    async fn handled(&self) -> Vec<Handled> {
        handled_postgres(&self.0.borrow().connect().await).await
    }
}

/// The inbox in the SQLite file at this path.
pub struct OnSqlite(pub std::path::PathBuf);

impl OnSqlite {
    /// A connection of the test's own.
    pub fn connection(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.0).expect("the SQLite file opens")
    }
}

impl Store for OnSqlite {
    async fn rows(&self) -> Vec<Row> {
        inbox_sqlite(&self.connection())
    }
    async fn handled(&self) -> Vec<Handled> {
        handled_sqlite(&self.connection())
    }
}
