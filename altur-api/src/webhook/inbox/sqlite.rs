//! Feature `inbox-sqlite`: the inbox in one SQLite file, for a receiver on
//! one machine. The same table and the same rules as on Postgres; SQLite
//! takes one writer at a time, so a claim is one `UPDATE ... RETURNING`
//! under its write lock, and the workers are woken by the deliveries this
//! process stores (and, from other processes, by `idle_check`).
//!
//! WAL, with a sync at each commit: a delivery answered 200 survives a
//! crash of the process or of the machine. Deliveries are written by one
//! thread, those that arrive together in one transaction (one sync for
//! the lot: SQLite has no group commit of its own, and a sync per
//! delivery caps a receiver at the disk's syncs per second). The workers'
//! calls run in place, with `block_in_place` on a multi-threaded runtime.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
/// The rusqlite this feature is built on, at the version the inbox uses.
pub use rusqlite;
use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::{Notify, watch};

use super::engine::sealed::Ops;
use super::engine::{self, Claimed, Engine, NewRow, Outcome, Task};
use super::{Counts, DeadEvent, Handler, Inbox, InboxError, Options, Received, Stored, Tx};

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS altur_webhook_inbox (
    id          INTEGER PRIMARY KEY,
    event_type  TEXT NOT NULL,
    event_key   TEXT,
    order_key   TEXT,
    occurred_at INTEGER NOT NULL, -- microseconds since 1970, as every time here
    body        BLOB NOT NULL,
    signature   TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    run_after   INTEGER NOT NULL,
    lease_until INTEGER,
    claimed_by  TEXT,
    last_error  TEXT,
    received_at INTEGER NOT NULL,
    done_at     INTEGER,
    UNIQUE (event_type, event_key)
);
CREATE INDEX IF NOT EXISTS altur_webhook_inbox_pending
    ON altur_webhook_inbox (id) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS altur_webhook_inbox_leased
    ON altur_webhook_inbox (lease_until) WHERE state = 'pending' AND lease_until IS NOT NULL;
CREATE INDEX IF NOT EXISTS altur_webhook_inbox_order
    ON altur_webhook_inbox (order_key, occurred_at, id)
    WHERE state = 'pending' AND order_key IS NOT NULL;
";

const STORE: &str = "
INSERT INTO altur_webhook_inbox
    (event_type, event_key, order_key, occurred_at, body, signature, run_after, received_at)
VALUES (?1, ?2, ?3, coalesce(?4, ?7), ?5, ?6, ?7, ?7)
ON CONFLICT (event_type, event_key) DO NOTHING";

/// As on Postgres; `?1` is now.
const SPENT: &str = "
UPDATE altur_webhook_inbox
SET state = 'dead', lease_until = NULL,
    last_error = 'no attempt left: the worker of attempt ' || attempts
        || ' stopped before it finished (killed, or cut off from the database)'
WHERE state = 'pending' AND lease_until <= ?1 AND attempts >= ?2";

const CLAIM: &str = "
UPDATE altur_webhook_inbox
SET attempts = attempts + 1, lease_until = ?1 + ?2, claimed_by = ?3
WHERE id = (
    SELECT c.id FROM altur_webhook_inbox AS c
    WHERE c.state = 'pending' AND c.run_after <= ?1 AND c.attempts < ?4
      AND (c.lease_until IS NULL OR c.lease_until <= ?1)
      AND (c.order_key IS NULL OR NOT EXISTS (
          SELECT 1 FROM altur_webhook_inbox AS e
          WHERE e.order_key = c.order_key AND e.state = 'pending'
            AND (e.occurred_at, e.id) < (c.occurred_at, c.id)))
    ORDER BY c.id
    LIMIT 1)
RETURNING id, attempts, event_key, order_key IS NOT NULL, received_at, body";

const MARK_DONE: &str = "
UPDATE altur_webhook_inbox
SET state = 'done', done_at = ?3, lease_until = NULL
WHERE id = ?1 AND attempts = ?2 AND state = 'pending'";

const FAIL: &str = "
UPDATE altur_webhook_inbox
SET lease_until = NULL,
    last_error = ?3,
    state = CASE WHEN ?4 OR attempts >= ?5 THEN 'dead' ELSE 'pending' END,
    run_after = ?6
WHERE id = ?1 AND attempts = ?2 AND state = 'pending'";

const NEXT_DUE: &str = "
SELECT min(max(run_after, coalesce(lease_until, run_after)))
FROM altur_webhook_inbox
WHERE state = 'pending' AND max(run_after, coalesce(lease_until, run_after)) > ?1";

/// The SQLite engine: the file, the thread deliveries are stored by, and
/// a connection for the counts and the dead (each worker has its own).
pub struct Sqlite {
    path: PathBuf,
    writer: std::sync::mpsc::Sender<Write>,
    admin: Arc<Mutex<Connection>>,
}

/// A delivery for the writer thread, and where its outcome goes.
struct Write {
    row: OwnedRow,
    /// The outcome; an error, as text: it is every delivery's of the
    /// batch.
    stored: tokio::sync::oneshot::Sender<Result<Stored, String>>,
}

struct OwnedRow {
    event_type: String,
    key: Option<String>,
    order_key: Option<String>,
    occurred_at: Option<i64>,
    body: Vec<u8>,
    signature: String,
}

/// The most deliveries one transaction holds.
const BATCH: usize = 256;

/// Stores what arrives, a transaction per batch of what is waiting, until
/// the engine is dropped.
fn write_batches(connection: Connection, arrivals: std::sync::mpsc::Receiver<Write>) {
    while let Ok(first) = arrivals.recv() {
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match arrivals.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let written = (|| -> rusqlite::Result<Vec<Stored>> {
            connection.execute_batch("BEGIN IMMEDIATE")?;
            let now = now();
            let mut statement = connection.prepare_cached(STORE)?;
            let mut outcomes = Vec::with_capacity(batch.len());
            for Write { row, .. } in &batch {
                let inserted = statement.execute(params![
                    row.event_type,
                    row.key,
                    row.order_key,
                    row.occurred_at,
                    row.body,
                    row.signature,
                    now
                ])?;
                outcomes.push(if inserted == 1 {
                    Stored::New
                } else {
                    Stored::Duplicate
                });
            }
            drop(statement);
            connection.execute_batch("COMMIT")?;
            Ok(outcomes)
        })();
        match written {
            Ok(outcomes) => {
                for (write, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = write.stored.send(Ok(outcome));
                }
            }
            Err(error) => {
                let _ = connection.execute_batch("ROLLBACK");
                let why = format!("storing a batch of deliveries: {error}");
                for write in batch {
                    let _ = write.stored.send(Err(why.clone()));
                }
            }
        }
    }
}

impl Engine for Sqlite {
    const NAME: &'static str = "sqlite";
}

mod txn {
    /// The worker's connection, and whether the event's transaction is
    /// begun.
    pub struct Txn<'c> {
        pub(super) connection: &'c mut rusqlite::Connection,
        pub(super) begun: bool,
    }
}
use txn::Txn;

impl Tx<'_, Sqlite> {
    /// Runs `f` in the event's transaction, which the first call begins
    /// (`BEGIN IMMEDIATE`: from then until the event is marked done, this
    /// worker holds SQLite's one write lock, and deliveries wait for it).
    /// Do slow work (a call to your CRM) before the first `run`, not
    /// between two.
    pub fn run<R>(
        &mut self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<R>,
    ) -> rusqlite::Result<R> {
        let connection = &mut *self.0.connection;
        let begun = &mut self.0.begun;
        blocking(move || {
            if !*begun {
                connection.execute_batch("BEGIN IMMEDIATE")?;
                *begun = true;
            }
            f(connection)
        })
    }
}

impl Inbox<Sqlite> {
    /// Opens (or makes) the inbox in the SQLite file at `path`.
    pub async fn sqlite(
        path: impl AsRef<Path>,
        options: Options,
    ) -> Result<Inbox<Sqlite>, InboxError> {
        let path = path.as_ref().to_owned();
        let opened = path.clone();
        let (intake, admin) = tokio::task::spawn_blocking(move || {
            let intake = open(&opened)?;
            intake.execute_batch(SCHEMA)?;
            Ok::<_, rusqlite::Error>((intake, open(&opened)?))
        })
        .await
        .map_err(|e| InboxError::Task(e.to_string()))??;
        let (writer, arrivals) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("altur-inbox-sqlite".into())
            .spawn(move || write_batches(intake, arrivals))
            .map_err(|e| InboxError::Task(e.to_string()))?;
        let engine = Sqlite {
            path,
            writer,
            admin: Arc::new(Mutex::new(admin)),
        };
        Ok(Inbox::with_engine(engine, options))
    }
}

impl From<rusqlite::Error> for InboxError {
    fn from(e: rusqlite::Error) -> Self {
        InboxError::Sqlite(e)
    }
}

fn open(path: &Path) -> rusqlite::Result<Connection> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(Duration::from_secs(10))?;
    connection.execute_batch("PRAGMA synchronous = FULL;")?;
    Ok(connection)
}

fn now() -> i64 {
    Utc::now().timestamp_micros()
}

fn micros(duration: Duration) -> i64 {
    i64::try_from(duration.as_micros()).unwrap_or(i64::MAX)
}

fn time(micros: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(micros).unwrap_or_default()
}

/// In place, telling a multi-threaded runtime that this thread blocks.
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(f)
        }
        _ => f(),
    }
}

impl Sqlite {
    /// Runs `f` on the connection for counts and the dead, on a blocking
    /// thread.
    async fn on_admin<R: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<R> + Send + 'static,
    ) -> Result<R, InboxError> {
        let admin = self.admin.clone();
        tokio::task::spawn_blocking(move || f(&lock(&admin)))
            .await
            .map_err(|e| InboxError::Task(e.to_string()))?
            .map_err(InboxError::from)
    }
}

/// Every statement is its own transaction or ends its own: a panic while
/// holding the lock leaves the connection usable.
fn lock(connection: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    connection
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Ops for Sqlite {
    type Session = Connection;
    type Inner<'t> = Txn<'t>;

    async fn store(&self, row: NewRow<'_>) -> Result<Stored, InboxError> {
        let row = OwnedRow {
            event_type: row.event_type.to_owned(),
            key: row.key.map(str::to_owned),
            order_key: row.order_key,
            occurred_at: row.occurred_at.map(|at| at.timestamp_micros()),
            body: row.body.to_vec(),
            signature: row.signature.to_owned(),
        };
        let (stored, outcome) = tokio::sync::oneshot::channel();
        self.writer
            .send(Write { row, stored })
            .map_err(|_| InboxError::Task("the SQLite writer thread has stopped".into()))?;
        outcome
            .await
            .map_err(|_| InboxError::Task("the SQLite writer thread has stopped".into()))?
            .map_err(InboxError::Task)
    }

    async fn session(&self) -> Result<Self::Session, InboxError> {
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || open(&path))
            .await
            .map_err(|e| InboxError::Task(e.to_string()))?
            .map_err(InboxError::from)
    }

    async fn claim(
        &self,
        session: &mut Self::Session,
        worker: &str,
        options: &Options,
    ) -> Result<Option<Claimed>, InboxError> {
        let lease = micros(options.lease);
        let max = options.max_attempts;
        Ok(blocking(|| {
            let now = now();
            session.prepare_cached(SPENT)?.execute(params![now, max])?;
            session
                .prepare_cached(CLAIM)?
                .query_row(params![now, lease, worker, max], |row| {
                    Ok(Claimed {
                        id: row.get(0)?,
                        attempt: row.get::<_, i64>(1)?.clamp(0, u32::MAX as i64) as u32,
                        key: row.get(2)?,
                        ordered: row.get(3)?,
                        received_at: time(row.get(4)?),
                        body: row.get(5)?,
                    })
                })
                .optional()
        })?)
    }

    async fn run<H: Handler<Self>>(
        &self,
        session: &mut Self::Session,
        claimed: &Claimed,
        received: &Received,
        handler: &H,
        options: &Options,
    ) -> Result<Outcome, InboxError> {
        let mut tx = Tx(Txn {
            connection: session,
            begun: false,
        });
        let called = engine::call::<Self, H>(handler, received, &mut tx, options).await;
        let Tx(Txn { connection, begun }) = tx;
        let outcome = blocking(|| {
            if let Err(error) = called {
                if begun {
                    connection.execute_batch("ROLLBACK")?;
                }
                return Ok(Outcome::Failed(error));
            }
            if !begun {
                connection.execute_batch("BEGIN IMMEDIATE")?;
            }
            let marked = connection.prepare_cached(MARK_DONE)?.execute(params![
                claimed.id,
                claimed.attempt,
                now()
            ]);
            match marked {
                Ok(1) => {
                    connection.execute_batch("COMMIT")?;
                    Ok(Outcome::Done)
                }
                Ok(_) => {
                    connection.execute_batch("ROLLBACK")?;
                    Ok(Outcome::LostClaim)
                }
                Err(error) => {
                    let _ = connection.execute_batch("ROLLBACK");
                    Err(error)
                }
            }
        });
        Ok(outcome?)
    }

    async fn fail(
        &self,
        session: &mut Self::Session,
        claimed: &Claimed,
        error: &str,
        dead: bool,
        options: &Options,
    ) -> Result<(), InboxError> {
        let retry_at = now().saturating_add(micros(options.backoff(claimed.attempt)));
        blocking(|| {
            session.prepare_cached(FAIL)?.execute(params![
                claimed.id,
                claimed.attempt,
                error,
                dead,
                options.max_attempts,
                retry_at
            ])
        })?;
        Ok(())
    }

    async fn next_due(&self, session: &mut Self::Session) -> Result<Option<Duration>, InboxError> {
        let now = now();
        let due: Option<i64> = blocking(|| {
            session
                .prepare_cached(NEXT_DUE)?
                .query_row(params![now], |row| row.get(0))
        })?;
        Ok(due.map(|at| Duration::from_micros(at.saturating_sub(now).max(0) as u64)))
    }

    fn listen(&self, _wake: Arc<Notify>, _stop: watch::Receiver<bool>) -> Option<Task> {
        None
    }

    async fn counts(&self) -> Result<Counts, InboxError> {
        self.on_admin(|connection| {
            let mut counts = Counts::default();
            let mut statement = connection
                .prepare("SELECT state, count(*) FROM altur_webhook_inbox GROUP BY state")?;
            let mut rows = statement.query([])?;
            while let Some(row) = rows.next()? {
                let n = row.get::<_, i64>(1)?.max(0) as u64;
                match row.get_ref(0)?.as_str()? {
                    "pending" => counts.pending = n,
                    "done" => counts.done = n,
                    _ => counts.dead = n,
                }
            }
            Ok(counts)
        })
        .await
    }

    async fn dead(&self) -> Result<Vec<DeadEvent>, InboxError> {
        self.on_admin(|connection| {
            connection
                .prepare(
                    "SELECT id, event_type, event_key, attempts, coalesce(last_error, ''), received_at
                     FROM altur_webhook_inbox WHERE state = 'dead' ORDER BY id",
                )?
                .query_map([], |row| {
                    Ok(DeadEvent {
                        id: row.get(0)?,
                        event_type: row.get(1)?,
                        key: row.get(2)?,
                        attempts: row.get::<_, i64>(3)?.clamp(0, u32::MAX as i64) as u32,
                        error: row.get(4)?,
                        received_at: time(row.get(5)?),
                    })
                })?
                .collect()
        })
        .await
    }

    async fn requeue(&self, id: i64) -> Result<bool, InboxError> {
        self.on_admin(move |connection| {
            connection.execute(
                "UPDATE altur_webhook_inbox
                 SET state = 'pending', attempts = 0, run_after = ?2, lease_until = NULL
                 WHERE id = ?1 AND state = 'dead'",
                params![id, now()],
            )
        })
        .await
        .map(|requeued| requeued > 0)
    }

    async fn purge_done(&self, older_than: Duration) -> Result<u64, InboxError> {
        let before = now().saturating_sub(micros(older_than));
        self.on_admin(move |connection| {
            connection.execute(
                "DELETE FROM altur_webhook_inbox WHERE state = 'done' AND received_at < ?1",
                params![before],
            )
        })
        .await
        .map(|deleted| deleted as u64)
    }
}
