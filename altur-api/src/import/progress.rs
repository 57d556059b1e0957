//! What a watcher (a progress bar, a log) learns after each batch.

use super::report::Totals;

/// The state of a job after a batch, sent through the channel given to
/// [`ImportContacts::progress`](super::ImportContacts::progress).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Input rows accounted for (batches done and unreadable rows).
    pub rows_done: u64,
    /// Input rows in all, when known before the job ends (a file, or an
    /// input read whole to fingerprint it).
    pub rows_total: Option<u64>,
    /// Batches done, those taken from the journal included.
    pub batches_done: u64,
    /// Of those, taken from the journal (done by an earlier run).
    pub batches_from_journal: u64,
    /// Outcomes so far.
    pub totals: Totals,
    /// Of `totals`, those of batches the API answered as a replay of an
    /// earlier run's (`Idempotent-Replayed: true`): done then, not now.
    pub replayed: Totals,
}
