//! Feature `inbox-postgres`: the inbox on Postgres, for receivers on any
//! number of machines. Plain SQL through tokio-postgres, pooled by
//! deadpool-postgres: a delivery is one `INSERT ... ON CONFLICT DO NOTHING`
//! that also `NOTIFY`s; workers claim with `FOR UPDATE SKIP LOCKED`, are
//! woken by `LISTEN`, and mark an event done in the transaction the
//! handler wrote through.
//!
//! The table, `altur_webhook_inbox`, is made on first connect (under an
//! advisory lock, so that replicas starting together do not race); put it
//! in a schema of your own with the connection's `search_path`
//! (`options=-csearch_path=altur` in the URL).

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures_util::StreamExt;
use tokio::sync::{Notify, watch};
/// The tokio-postgres this feature is built on, to name its types
/// (`Config`, `NoTls`) at the version the inbox uses.
pub use tokio_postgres;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};
use tokio_postgres::{AsyncMessage, Socket};

use super::engine::sealed::Ops;
use super::engine::{self, Claimed, Engine, NewRow, Outcome, Task};
use super::{Counts, DeadEvent, Handler, Inbox, InboxError, Options, Received, Stored, Tx};

/// The channel of `NOTIFY` and `LISTEN`.
const CHANNEL: &str = "altur_webhook_inbox";

/// Held while the table is made: one replica makes it, the others wait.
const MIGRATION_LOCK: i64 = 0x616c_7475_725f_7762; // "altur_wb"

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS altur_webhook_inbox (
    id          bigserial PRIMARY KEY,
    event_type  text NOT NULL,
    event_key   text,
    order_key   text,
    occurred_at timestamptz NOT NULL,
    body        bytea NOT NULL,
    signature   text NOT NULL,
    state       text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts    integer NOT NULL DEFAULT 0,
    run_after   timestamptz NOT NULL DEFAULT now(),
    lease_until timestamptz,
    claimed_by  text,
    last_error  text,
    received_at timestamptz NOT NULL DEFAULT now(),
    done_at     timestamptz,
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

/// One statement, one transaction: stored, and announced at its commit;
/// a row only when it was new.
const STORE: &str = "
WITH stored AS (
    INSERT INTO altur_webhook_inbox
        (event_type, event_key, order_key, occurred_at, body, signature)
    VALUES ($1, $2, $3, coalesce($4, now()), $5, $6)
    ON CONFLICT (event_type, event_key) DO NOTHING
    RETURNING id)
SELECT pg_notify('altur_webhook_inbox', '')::text FROM stored";

/// Events whose last attempt's worker stopped before it finished (killed,
/// cut off) and that have no attempt left: dead.
const SPENT: &str = "
UPDATE altur_webhook_inbox
SET state = 'dead', lease_until = NULL,
    last_error = 'no attempt left: the worker of attempt ' || attempts
        || ' stopped before it finished (killed, or cut off from the database)'
WHERE state = 'pending' AND lease_until <= now() AND attempts >= $1";

/// The oldest due event that no live lease holds, with an attempt left,
/// and that no earlier pending event of its order waits before (by when
/// it happened, then by arrival).
const CLAIM: &str = "
UPDATE altur_webhook_inbox AS i
SET attempts = i.attempts + 1,
    lease_until = now() + make_interval(secs => $1),
    claimed_by = $2
FROM (
    SELECT c.id FROM altur_webhook_inbox AS c
    WHERE c.state = 'pending' AND c.run_after <= now() AND c.attempts < $3
      AND (c.lease_until IS NULL OR c.lease_until <= now())
      AND (c.order_key IS NULL OR NOT EXISTS (
          SELECT 1 FROM altur_webhook_inbox AS e
          WHERE e.order_key = c.order_key AND e.state = 'pending'
            AND (e.occurred_at, e.id) < (c.occurred_at, c.id)))
    ORDER BY c.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED
) AS next
WHERE i.id = next.id
RETURNING i.id, i.attempts, i.event_key, i.order_key IS NOT NULL, i.received_at, i.body";

/// Only while this claim holds: `attempts` is its token.
const MARK_DONE: &str = "
UPDATE altur_webhook_inbox
SET state = 'done', done_at = now(), lease_until = NULL
WHERE id = $1 AND attempts = $2 AND state = 'pending'";

const FAIL: &str = "
UPDATE altur_webhook_inbox
SET lease_until = NULL,
    last_error = $3,
    state = CASE WHEN $4 OR attempts >= $5 THEN 'dead' ELSE 'pending' END,
    run_after = now() + make_interval(secs => $6)
WHERE id = $1 AND attempts = $2 AND state = 'pending'";

/// Later retries and leases only: what is due now and not claimed is
/// waiting behind an earlier event of its order, which wakes it when done.
const NEXT_DUE: &str = "
SELECT extract(epoch FROM min(greatest(run_after, coalesce(lease_until, run_after))) - now())::float8
FROM altur_webhook_inbox
WHERE state = 'pending' AND greatest(run_after, coalesce(lease_until, run_after)) > now()";

const NOTIFY: &str = "SELECT pg_notify('altur_webhook_inbox', '')::text";

type Listener = Arc<
    dyn Fn(
            Arc<Notify>,
        ) -> futures_util::future::BoxFuture<'static, Result<(), tokio_postgres::Error>>
        + Send
        + Sync,
>;

/// The Postgres engine: a pool for storing and working, and a way to open
/// the `LISTEN` connection.
pub struct Postgres {
    pool: Pool,
    listener: Listener,
}

impl Engine for Postgres {
    const NAME: &'static str = "postgres";
}

/// A handler's transaction on Postgres is tokio-postgres's.
impl<'t> std::ops::Deref for Tx<'t, Postgres> {
    type Target = tokio_postgres::Transaction<'t>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Tx<'_, Postgres> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Inbox<Postgres> {
    /// Connects to Postgres (`"postgres://user@host/db".parse()?`, or a
    /// `Config` built field by field) with `tls` (`tokio_postgres::NoTls`
    /// on a private network, else a connector such as
    /// `tokio-postgres-rustls`'s), and makes the table if it is not there.
    pub async fn postgres<T>(
        config: tokio_postgres::Config,
        tls: T,
        options: Options,
    ) -> Result<Inbox<Postgres>, InboxError>
    where
        T: MakeTlsConnect<Socket> + Clone + Sync + Send + 'static,
        T::Stream: Sync + Send,
        T::TlsConnect: Sync + Send,
        <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
    {
        let manager = Manager::from_config(
            config.clone(),
            tls.clone(),
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(options.pool_size)
            .build()
            .map_err(|e| InboxError::Pool(e.to_string()))?;
        let listener: Listener = Arc::new(move |wake| {
            let (config, tls) = (config.clone(), tls.clone());
            Box::pin(listen_once(config, tls, wake))
        });
        let engine = Postgres { pool, listener };
        engine.migrate().await?;
        Ok(Inbox::with_engine(engine, options))
    }
}

impl Postgres {
    async fn migrate(&self) -> Result<(), InboxError> {
        let client = self.client().await?;
        client
            .batch_execute(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock({MIGRATION_LOCK}); {SCHEMA} COMMIT;"
            ))
            .await?;
        Ok(())
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, InboxError> {
        self.pool
            .get()
            .await
            .map_err(|e| InboxError::Pool(e.to_string()))
    }
}

impl From<tokio_postgres::Error> for InboxError {
    fn from(e: tokio_postgres::Error) -> Self {
        InboxError::Postgres(e)
    }
}

/// One `LISTEN` connection, until it ends: each notification wakes the
/// idle workers, and so does the start (for what was stored unheard).
async fn listen_once<T>(
    config: tokio_postgres::Config,
    tls: T,
    wake: Arc<Notify>,
) -> Result<(), tokio_postgres::Error>
where
    T: MakeTlsConnect<Socket> + Send,
    T::Stream: Send + 'static,
    T::TlsConnect: Send,
    <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
{
    let (client, mut connection) = config.connect(tls).await?;
    let heard = wake.clone();
    let driver = tokio::spawn(async move {
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            if let AsyncMessage::Notification(_) = message? {
                heard.notify_waiters();
            }
        }
        Ok(())
    });
    client.batch_execute(&format!("LISTEN {CHANNEL}")).await?;
    wake.notify_waiters();
    // The client lives until the connection ends.
    let ended = driver.await;
    drop(client);
    ended.unwrap_or(Ok(()))
}

fn max_attempts(options: &Options) -> i32 {
    options.max_attempts.min(i32::MAX as u32) as i32
}

fn seconds(duration: Duration) -> f64 {
    duration.as_secs_f64()
}

impl Ops for Postgres {
    type Session = deadpool_postgres::Object;
    type Inner<'t> = deadpool_postgres::Transaction<'t>;

    async fn store(&self, row: NewRow<'_>) -> Result<Stored, InboxError> {
        let client = self.client().await?;
        let statement = client.prepare_cached(STORE).await?;
        let rows = client
            .query(
                &statement,
                &[
                    &row.event_type,
                    &row.key,
                    &row.order_key,
                    &row.occurred_at,
                    &row.body,
                    &row.signature,
                ],
            )
            .await?;
        Ok(if rows.is_empty() {
            Stored::Duplicate
        } else {
            Stored::New
        })
    }

    async fn session(&self) -> Result<Self::Session, InboxError> {
        self.client().await
    }

    async fn claim(
        &self,
        session: &mut Self::Session,
        worker: &str,
        options: &Options,
    ) -> Result<Option<Claimed>, InboxError> {
        let max = max_attempts(options);
        let spent = session.prepare_cached(SPENT).await?;
        if session.execute(&spent, &[&max]).await? > 0 {
            // Their campaigns' next events may be free now.
            session.execute(NOTIFY, &[]).await?;
        }
        let statement = session.prepare_cached(CLAIM).await?;
        let row = session
            .query_opt(&statement, &[&seconds(options.lease), &worker, &max])
            .await?;
        Ok(row.map(|row| Claimed {
            id: row.get(0),
            attempt: row.get::<_, i32>(1).max(0) as u32,
            key: row.get(2),
            ordered: row.get(3),
            received_at: row.get(4),
            body: row.get(5),
        }))
    }

    async fn run<H: Handler<Self>>(
        &self,
        session: &mut Self::Session,
        claimed: &Claimed,
        received: &Received,
        handler: &H,
        options: &Options,
    ) -> Result<Outcome, InboxError> {
        let mut tx = Tx(session.transaction().await?);
        let called = engine::call::<Self, H>(handler, received, &mut tx, options).await;
        let Tx(tx) = tx;
        if let Err(error) = called {
            tx.rollback().await?;
            return Ok(Outcome::Failed(error));
        }
        let attempt = claimed.attempt as i32;
        let marked = tx.execute(MARK_DONE, &[&claimed.id, &attempt]).await?;
        if marked == 0 {
            tx.rollback().await?;
            return Ok(Outcome::LostClaim);
        }
        if claimed.ordered {
            // Workers of other processes may be waiting for this one.
            tx.execute(NOTIFY, &[]).await?;
        }
        tx.commit().await?;
        Ok(Outcome::Done)
    }

    async fn fail(
        &self,
        session: &mut Self::Session,
        claimed: &Claimed,
        error: &str,
        dead: bool,
        options: &Options,
    ) -> Result<(), InboxError> {
        let attempt = claimed.attempt as i32;
        let max = max_attempts(options);
        let wait = seconds(options.backoff(claimed.attempt));
        session
            .execute(FAIL, &[&claimed.id, &attempt, &error, &dead, &max, &wait])
            .await?;
        if claimed.ordered {
            session.execute(NOTIFY, &[]).await?;
        }
        Ok(())
    }

    async fn next_due(&self, session: &mut Self::Session) -> Result<Option<Duration>, InboxError> {
        let statement = session.prepare_cached(NEXT_DUE).await?;
        let due: Option<f64> = session.query_one(&statement, &[]).await?.get(0);
        Ok(due.map(|s| Duration::from_secs_f64(s.max(0.0))))
    }

    fn listen(&self, wake: Arc<Notify>, mut stop: watch::Receiver<bool>) -> Option<Task> {
        let listener = self.listener.clone();
        Some(Box::pin(async move {
            while !*stop.borrow() {
                tokio::select! {
                    ended = listener(wake.clone()) => {
                        if let Err(error) = ended {
                            tracing::warn!(
                                target: "altur_api::webhook::inbox", %error,
                                "LISTEN connection lost; workers look every idle_check until it is back"
                            );
                        }
                    }
                    _ = stop.changed() => return,
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                    _ = stop.changed() => return,
                }
            }
        }))
    }

    async fn counts(&self) -> Result<Counts, InboxError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT state, count(*) FROM altur_webhook_inbox GROUP BY state",
                &[],
            )
            .await?;
        let mut counts = Counts::default();
        for row in rows {
            let n = row.get::<_, i64>(1).max(0) as u64;
            match row.get::<_, &str>(0) {
                "pending" => counts.pending = n,
                "done" => counts.done = n,
                _ => counts.dead = n,
            }
        }
        Ok(counts)
    }

    async fn dead(&self) -> Result<Vec<DeadEvent>, InboxError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT id, event_type, event_key, attempts, coalesce(last_error, ''), received_at
                 FROM altur_webhook_inbox WHERE state = 'dead' ORDER BY id",
                &[],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|row| DeadEvent {
                id: row.get(0),
                event_type: row.get(1),
                key: row.get(2),
                attempts: row.get::<_, i32>(3).max(0) as u32,
                error: row.get(4),
                received_at: row.get::<_, DateTime<Utc>>(5),
            })
            .collect())
    }

    async fn requeue(&self, id: i64) -> Result<bool, InboxError> {
        let client = self.client().await?;
        let requeued = client
            .execute(
                "UPDATE altur_webhook_inbox
                 SET state = 'pending', attempts = 0, run_after = now(), lease_until = NULL
                 WHERE id = $1 AND state = 'dead'",
                &[&id],
            )
            .await?;
        if requeued > 0 {
            client.execute(NOTIFY, &[]).await?;
        }
        Ok(requeued > 0)
    }

    async fn purge_done(&self, older_than: Duration) -> Result<u64, InboxError> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "DELETE FROM altur_webhook_inbox
                 WHERE state = 'done' AND received_at < now() - make_interval(secs => $1)",
                &[&seconds(older_than)],
            )
            .await?)
    }
}
