//! What a job has done, kept in a file so that a rerun goes on from there.
//!
//! JSON Lines, append-only: a header naming the job, then one line per
//! batch done, each written and synced to disk before the next batch is
//! sent. A process killed while writing leaves at most a torn last line
//! (no newline): it is ignored and cut off, and its batch is sent again with
//! the same key, which the server answers with its replay.
//!
//! A run holds the journal, locked by the operating system, from before it
//! reads the first byte until it ends: a second run of the job is refused
//! at once rather than send what the first is sending, and never reads (or
//! cuts off as torn) the line the first is writing. The lock is on the
//! journal itself, so it needs no second file beside it, and dies with the
//! run that holds it, killed or not.

use std::collections::HashMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::ImportError;
use super::report::{RowOutcome, Totals};
use crate::types::ContactResultId;

const FORMAT: u32 = 1;

/// The first line: which job the journal belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Header {
    pub(crate) altur_contact_import: u32,
    pub(crate) campaign: i64,
    pub(crate) job_id: String,
    /// The input's fingerprint (hex SHA-256), when known before sending.
    pub(crate) input: Option<String>,
    pub(crate) if_duplicate: String,
    pub(crate) batch_size: usize,
}

impl Header {
    pub(crate) fn new(
        campaign: i64,
        job_id: &str,
        input: Option<String>,
        if_duplicate: String,
        batch_size: usize,
    ) -> Header {
        Header {
            altur_contact_import: FORMAT,
            campaign,
            job_id: job_id.to_owned(),
            input,
            if_duplicate,
            batch_size,
        }
    }
}

/// One batch done, as the API answered it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct BatchRecord {
    pub(crate) batch: u64,
    pub(crate) first_index: u64,
    /// Hex SHA-256 of the rows sent.
    pub(crate) content: String,
    pub(crate) key: String,
    pub(crate) totals: Totals,
    /// Per row sent, in order: its outcome (`created`, `failed:CODE`, ...).
    pub(crate) outcomes: Vec<String>,
    pub(crate) ids: Vec<Option<ContactResultId>>,
}

pub(crate) struct Journal {
    path: PathBuf,
    /// Locked: closed, it frees the journal for the next run.
    file: File,
    done: HashMap<u64, BatchRecord>,
}

impl Journal {
    /// Opens the journal at `path`, or starts one, and holds it until
    /// dropped. A journal another run holds, or of another job, is refused.
    pub(crate) fn open(path: &Path, header: &Header) -> Result<Journal, ImportError> {
        let failed = |reason: String| ImportError::Journal {
            path: path.to_owned(),
            reason,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(|e| failed(format!("cannot open it: {e}")))?;
        file.try_lock().map_err(|e| match e {
            TryLockError::WouldBlock => ImportError::JournalInUse {
                path: path.to_owned(),
            },
            TryLockError::Error(e) => failed(format!("cannot lock it: {e}")),
        })?;
        // Read through the locked handle: on Windows the lock bars every
        // other handle, this process's too.
        let mut text = Vec::new();
        file.read_to_end(&mut text)
            .map_err(|e| failed(format!("cannot read it: {e}")))?;
        // Only lines that end in a newline were written whole.
        let whole = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let mut lines = text[..whole].split(|&b| b == b'\n');
        let mut done = HashMap::new();
        match lines.next().filter(|line| !line.is_empty()) {
            None => {
                file.set_len(0)
                    .and_then(|()| file.seek(SeekFrom::Start(0)).map(drop))
                    .map_err(|e| failed(format!("cannot start it: {e}")))?;
                let mut line = serde_json::to_vec(header).unwrap_or_default();
                line.push(b'\n');
                write_durably(&mut file, &line)
                    .map_err(|e| failed(format!("cannot write: {e}")))?;
                sync_directory(path);
            }
            Some(first) => {
                let recorded: Header = serde_json::from_slice(first).map_err(|e| {
                    failed(format!(
                        "line 1 is not an import journal's header ({e}); is this the right file?"
                    ))
                })?;
                compare(&recorded, header).map_err(|what| ImportError::OtherJob {
                    path: path.to_owned(),
                    what,
                })?;
                for (number, line) in lines.enumerate() {
                    if line.is_empty() {
                        continue;
                    }
                    let record: BatchRecord = serde_json::from_slice(line)
                        .map_err(|e| failed(format!("line {} is damaged: {e}", number + 2)))?;
                    if let Some(code) = record
                        .outcomes
                        .iter()
                        .find(|code| RowOutcome::from_journal(code).is_none())
                    {
                        return Err(failed(format!(
                            "line {} is damaged: `{code}` is no outcome",
                            number + 2
                        )));
                    }
                    done.insert(record.batch, record);
                }
                if whole < text.len() {
                    // A torn last line: its batch was not recorded.
                    file.set_len(whole as u64)
                        .map_err(|e| failed(format!("cannot cut off its torn last line: {e}")))?;
                }
            }
        }
        Ok(Journal {
            path: path.to_owned(),
            file,
            done,
        })
    }

    pub(crate) fn done(&self, batch: u64) -> Option<&BatchRecord> {
        self.done.get(&batch)
    }

    /// Records a batch as done, on disk, before the job goes on.
    pub(crate) fn record(&mut self, record: BatchRecord) -> Result<(), ImportError> {
        let mut line = serde_json::to_vec(&record).unwrap_or_default();
        line.push(b'\n');
        write_durably(&mut self.file, &line).map_err(|e| ImportError::Journal {
            path: self.path.clone(),
            reason: format!("cannot record batch {}: {e}", record.batch),
        })?;
        self.done.insert(record.batch, record);
        Ok(())
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

fn write_durably(file: &mut File, line: &[u8]) -> std::io::Result<()> {
    file.write_all(line)?;
    file.sync_data()
}

/// A new file's name is durable once its directory is synced (where the
/// platform allows opening a directory).
fn sync_directory(path: &Path) {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if let Ok(directory) = File::open(directory) {
        let _ = directory.sync_all();
    }
}

/// What differs between the journal's job and this one, in words.
fn compare(recorded: &Header, given: &Header) -> Result<(), String> {
    let mut differences = Vec::new();
    if recorded.altur_contact_import != given.altur_contact_import {
        differences.push(format!(
            "format {} where this version writes {}",
            recorded.altur_contact_import, given.altur_contact_import
        ));
    }
    if recorded.campaign != given.campaign {
        differences.push(format!(
            "campaign {}, not {}",
            recorded.campaign, given.campaign
        ));
    }
    if recorded.job_id != given.job_id {
        differences.push(format!("job {}, not {}", recorded.job_id, given.job_id));
    }
    if let (Some(recorded), Some(given)) = (&recorded.input, &given.input)
        && recorded != given
    {
        differences.push(format!(
            "an input of fingerprint {}…, not {}…",
            &recorded[..recorded.len().min(12)],
            &given[..given.len().min(12)]
        ));
    }
    if recorded.if_duplicate != given.if_duplicate {
        differences.push(format!(
            "if_duplicate {}, not {}",
            recorded.if_duplicate, given.if_duplicate
        ));
    }
    if recorded.batch_size != given.batch_size {
        differences.push(format!(
            "batches of {}, not {}",
            recorded.batch_size, given.batch_size
        ));
    }
    if differences.is_empty() {
        Ok(())
    } else {
        Err(format!("it records {}", differences.join(", ")))
    }
}
