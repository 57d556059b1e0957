//! The receiver's memory: every verified delivery, in SQLite, written to
//! disk before Altur hears 200. Duplicates are found here, across restarts;
//! the work is read from here, so nothing acknowledged is lost in a crash.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};

/// A stored delivery that waits for its work.
pub struct Pending {
    pub row: i64,
    pub signature: String,
    pub body: Vec<u8>,
}

/// One connection, shared; each use is short and runs off the async threads.
#[derive(Clone)]
pub struct Store(Arc<Mutex<Connection>>);

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let connection = Connection::open(path)?;
        // WAL with a sync at each commit: a committed row survives a crash
        // of the process or of the machine.
        connection.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             CREATE TABLE IF NOT EXISTS deliveries (
                 row          INTEGER PRIMARY KEY,
                 dedup_key    TEXT UNIQUE,
                 event_type   TEXT NOT NULL,
                 signature    TEXT NOT NULL,
                 body         BLOB NOT NULL,
                 received_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
                 processed_at TEXT
             );",
        )?;
        Ok(Store(Arc::new(Mutex::new(connection))))
    }

    /// Stores a verified delivery; `false` when one with the same key is
    /// stored already (a retry or a replay). Events without a key are
    /// always stored.
    pub fn record(
        &self,
        dedup_key: Option<&str>,
        event_type: &str,
        signature: &str,
        body: &[u8],
    ) -> rusqlite::Result<bool> {
        let inserted = self.connection().execute(
            "INSERT INTO deliveries (dedup_key, event_type, signature, body)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (dedup_key) DO NOTHING",
            params![dedup_key, event_type, signature, body],
        )?;
        Ok(inserted == 1)
    }

    /// The oldest delivery whose work is not done.
    pub fn next_pending(&self) -> rusqlite::Result<Option<Pending>> {
        self.connection()
            .query_row(
                "SELECT row, signature, body FROM deliveries
                 WHERE processed_at IS NULL ORDER BY row LIMIT 1",
                [],
                |row| {
                    Ok(Pending {
                        row: row.get(0)?,
                        signature: row.get(1)?,
                        body: row.get(2)?,
                    })
                },
            )
            .optional()
    }

    pub fn mark_processed(&self, row: i64) -> rusqlite::Result<()> {
        self.connection().execute(
            "UPDATE deliveries SET processed_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE row = ?1",
            params![row],
        )?;
        Ok(())
    }

    fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves the connection usable: every
        // statement is its own transaction.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
