//! What became of each row, and the totals.

use std::fmt;

use super::row::RowError;
use crate::types::{
    AddContactsResponseSummary, ContactResult, ContactResultId, ContactResultStatus,
};

/// What became of one input row.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RowOutcome {
    /// Added to the campaign.
    Created,
    /// The campaign had its phone number; overwritten (`if_duplicate` update).
    Updated,
    /// The campaign had its phone number; left as it was (`if_duplicate`
    /// skip).
    SkippedDuplicate,
    /// Refused by the API, with its code (`INVALID_PHONE_NUMBER`,
    /// `MISSING_CONTACT`, `SERVER_ERROR`, ...) where it gave one.
    Failed {
        /// The API's per-row code.
        code: Option<String>,
    },
    /// Never sent: it could not be read.
    Unreadable(RowError),
    /// The API answered with a status this version does not know, or with
    /// none (and no error).
    Other(Option<String>),
    /// The batch's answer had no result for this row: the API may or may
    /// not have added it. Rejected, so that it is not counted nowhere.
    NoResult,
}

impl RowOutcome {
    /// The API's result for a row.
    pub(crate) fn of(result: &ContactResult) -> RowOutcome {
        let code = || result.error.as_ref().map(ToString::to_string);
        match &result.status {
            Some(ContactResultStatus::Created) => RowOutcome::Created,
            Some(ContactResultStatus::Updated) => RowOutcome::Updated,
            Some(ContactResultStatus::SkippedDuplicate) => RowOutcome::SkippedDuplicate,
            Some(ContactResultStatus::Failed) => RowOutcome::Failed { code: code() },
            Some(ContactResultStatus::Unknown(status)) => RowOutcome::Other(Some(status.clone())),
            None if result.error.is_some() => RowOutcome::Failed { code: code() },
            None => RowOutcome::Other(None),
        }
    }

    /// How the journal records it.
    pub(crate) fn journal_code(&self) -> String {
        match self {
            RowOutcome::Failed { code: Some(code) } => format!("failed:{code}"),
            RowOutcome::Other(Some(status)) => format!("other:{status}"),
            RowOutcome::Other(None) => "other".to_owned(),
            RowOutcome::NoResult => "no_result".to_owned(),
            // Never recorded: an unreadable row is not sent.
            RowOutcome::Unreadable(_) => "unreadable".to_owned(),
            known => known.to_string(),
        }
    }

    /// Read back from the journal; `None` for what it never writes.
    pub(crate) fn from_journal(code: &str) -> Option<RowOutcome> {
        Some(match code {
            "created" => RowOutcome::Created,
            "updated" => RowOutcome::Updated,
            "skipped_duplicate" => RowOutcome::SkippedDuplicate,
            "failed" => RowOutcome::Failed { code: None },
            "other" => RowOutcome::Other(None),
            "no_result" => RowOutcome::NoResult,
            _ => match code.split_once(':')? {
                ("failed", code) => RowOutcome::Failed {
                    code: Some(code.to_owned()),
                },
                ("other", status) => RowOutcome::Other(Some(status.to_owned())),
                _ => return None,
            },
        })
    }

    /// Whether the row belongs in the rejects file: it failed, could not
    /// be read, or the answer had no result for it.
    pub fn is_rejected(&self) -> bool {
        matches!(
            self,
            RowOutcome::Failed { .. } | RowOutcome::Unreadable(_) | RowOutcome::NoResult
        )
    }
}

impl fmt::Display for RowOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowOutcome::Created => f.write_str("created"),
            RowOutcome::Updated => f.write_str("updated"),
            RowOutcome::SkippedDuplicate => f.write_str("skipped_duplicate"),
            RowOutcome::Failed { code: Some(code) } => write!(f, "failed: {code}"),
            RowOutcome::Failed { code: None } => f.write_str("failed"),
            RowOutcome::Unreadable(error) => write!(f, "unreadable: {error}"),
            RowOutcome::Other(Some(status)) => write!(f, "other: {status}"),
            RowOutcome::Other(None) => f.write_str("other"),
            RowOutcome::NoResult => f.write_str(
                "no result: the server's answer had none for this row, which may or may not \
                 have been added; look it up in the campaign before importing it again",
            ),
        }
    }
}

/// One input row's outcome.
#[derive(Clone, Debug)]
pub struct RowReport {
    /// Its position in the input (from 0), unreadable rows counted.
    pub index: u64,
    /// Its line, when read from a file.
    pub line: Option<u64>,
    /// Its row number in a spreadsheet (the header is row 1), when read
    /// from a file (a JSON line's: its line).
    pub row: Option<u64>,
    /// What became of it.
    pub outcome: RowOutcome,
    /// The contact's id, where the API gave one.
    pub id: Option<ContactResultId>,
}

/// Counts of outcomes: the API's `summary` of each batch, summed, and the
/// rows that could not be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    pub created: u64,
    pub updated: u64,
    pub skipped_duplicate: u64,
    pub failed: u64,
    /// Rows never sent because they could not be read.
    pub unreadable: u64,
    /// Rows the answer had no result for (read as 0 from a journal written
    /// before this count: those rows' outcomes say it).
    #[serde(default)]
    pub no_result: u64,
}

impl Totals {
    /// A batch's totals: its `summary`, or where the API sent none, or
    /// left some rows without a result (so that its counts and the rows'
    /// outcomes disagree), its results counted.
    pub(crate) fn of_batch(
        summary: Option<&AddContactsResponseSummary>,
        outcomes: &[RowOutcome],
    ) -> Totals {
        let count = |wanted: fn(&RowOutcome) -> bool| outcomes.iter().filter(|o| wanted(o)).count();
        let counted = Totals {
            created: count(|o| *o == RowOutcome::Created) as u64,
            updated: count(|o| *o == RowOutcome::Updated) as u64,
            skipped_duplicate: count(|o| *o == RowOutcome::SkippedDuplicate) as u64,
            failed: count(|o| matches!(o, RowOutcome::Failed { .. })) as u64,
            unreadable: 0,
            no_result: count(|o| *o == RowOutcome::NoResult) as u64,
        };
        let Some(summary) = summary.filter(|_| counted.no_result == 0) else {
            return counted;
        };
        let or = |given: Option<i64>, counted: u64| given.map_or(counted, |n| n.max(0) as u64);
        Totals {
            created: or(summary.created, counted.created),
            updated: or(summary.updated, counted.updated),
            skipped_duplicate: or(summary.skipped_duplicate, counted.skipped_duplicate),
            failed: or(summary.failed, counted.failed),
            unreadable: 0,
            no_result: 0,
        }
    }

    pub(crate) fn add(&mut self, other: &Totals) {
        self.created += other.created;
        self.updated += other.updated;
        self.skipped_duplicate += other.skipped_duplicate;
        self.failed += other.failed;
        self.unreadable += other.unreadable;
        self.no_result += other.no_result;
    }
}

/// What a job did: every row's outcome, in input order, and the totals.
#[derive(Clone, Debug)]
pub struct Report {
    /// The job's identity (given, or derived from the campaign and the
    /// input): running the same job again sends the same idempotency keys.
    pub job_id: String,
    /// Every input row, in input order.
    pub rows: Vec<RowReport>,
    /// The batches' summaries summed, and the unreadable rows.
    pub totals: Totals,
    /// Batches in the job.
    pub batches: u64,
    /// Of those, how many the journal recorded as done, so were not sent.
    pub batches_from_journal: u64,
    /// Of those sent, how many the API answered as a replay of an earlier
    /// run's request with the same key (`Idempotent-Replayed: true`, as
    /// Stripe and the sandbox say it): nothing was done again.
    pub batches_replayed: u64,
    /// Of `totals`, those of the replayed batches: what the earlier run
    /// did, not this one.
    pub replayed: Totals,
}

impl Report {
    /// The rows that failed, could not be read, or had no result.
    pub fn rejected(&self) -> impl Iterator<Item = &RowReport> {
        self.rows.iter().filter(|row| row.outcome.is_rejected())
    }
}
