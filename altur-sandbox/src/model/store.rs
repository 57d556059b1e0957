//! `--state FILE`: the state in SQLite. Every change a request or a job made
//! is written in one transaction before its answer leaves, so a sandbox
//! killed at any moment comes back with every write it had answered. Each
//! record is a row of JSON under its kind and key.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use crate::model::records::Meta;
use crate::model::state::State;

/// The state and where it is written: the one thing a request or a job
/// locks. It takes the lock, changes the state, writes the change (with a
/// state file) and lets go; nothing waits on the network while holding it.
pub struct StoredState {
    pub state: State,
    store: Option<Store>,
}

impl StoredState {
    pub fn new(state: State, store: Option<Store>) -> StoredState {
        StoredState { state, store }
    }

    /// Writes the changes since the last write (nothing to do in memory).
    pub fn commit(&mut self) -> Result<(), StoreError> {
        match &mut self.store {
            Some(store) => store.write(&mut self.state),
            None => {
                self.state.forget_changes();
                Ok(())
            }
        }
    }
}

pub struct Store {
    connection: Connection,
    path: PathBuf,
}

/// Why the state file could not be opened, read or written.
#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "state file {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for StoreError {}

impl Store {
    /// Opens (or creates) the file; the state it holds, if it holds one.
    pub fn open(path: &Path) -> Result<(Store, Option<State>), StoreError> {
        let fail = |reason: String| StoreError {
            path: path.to_owned(),
            reason,
        };
        let connection = Connection::open(path).map_err(|e| fail(e.to_string()))?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = FULL;
                 CREATE TABLE IF NOT EXISTS records (
                     kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
                     PRIMARY KEY (kind, key));",
            )
            .map_err(|e| fail(format!("not a sandbox state file: {e}")))?;
        let store = Store {
            connection,
            path: path.to_owned(),
        };
        let state = store.read().map_err(fail)?;
        Ok((store, state))
    }

    fn read(&self) -> Result<Option<State>, String> {
        let meta: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM records WHERE kind = 'meta' AND key = 'meta'",
                [],
                |row| row.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                other => Err(other.to_string()),
            })?;
        let Some(meta) = meta else {
            return Ok(None);
        };
        let meta: Meta = serde_json::from_str(&meta).map_err(|e| format!("meta: {e}"))?;
        let mut state = State::new(meta);
        let mut statement = self
            .connection
            .prepare("SELECT kind, key, value FROM records WHERE kind <> 'meta'")
            .map_err(|e| e.to_string())?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })
            .map_err(|e| e.to_string())?;
        for row in rows {
            let (kind, key, value) = row.map_err(|e| e.to_string())?;
            let mut tables = state.tables();
            let table = tables
                .iter_mut()
                .find(|table| table.kind() == kind)
                .ok_or_else(|| format!("a record of an unknown kind: {kind}"))?;
            table.load(&key, &value)?;
        }
        state.forget_changes();
        state.reindex();
        Ok(Some(state))
    }

    /// Writes what changed since the last write, in one transaction.
    pub fn write(&mut self, state: &mut State) -> Result<(), StoreError> {
        let fail = |e: rusqlite::Error| StoreError {
            path: self.path.clone(),
            reason: e.to_string(),
        };
        let meta = state.take_meta_change();
        let changes: Vec<_> = state
            .tables()
            .into_iter()
            .map(|table| (table.kind(), table.take_changes()))
            .filter(|(_, changes)| !changes.is_empty())
            .collect();
        if meta.is_none() && changes.is_empty() {
            return Ok(());
        }
        let transaction = self.connection.transaction().map_err(fail)?;
        {
            let mut upsert = transaction
                .prepare_cached(
                    "INSERT OR REPLACE INTO records (kind, key, value) VALUES (?1, ?2, ?3)",
                )
                .map_err(fail)?;
            let mut delete = transaction
                .prepare_cached("DELETE FROM records WHERE kind = ?1 AND key = ?2")
                .map_err(fail)?;
            if let Some(meta) = meta {
                upsert
                    .execute(params!["meta", "meta", meta])
                    .map_err(fail)?;
            }
            for (kind, rows) in changes {
                for (key, value) in rows {
                    match value {
                        Some(value) => upsert.execute(params![kind, key, value]),
                        None => delete.execute(params![kind, key]),
                    }
                    .map_err(fail)?;
                }
            }
        }
        transaction.commit().map_err(fail)
    }
}
