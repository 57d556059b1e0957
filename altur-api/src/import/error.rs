//! Why a job stopped. Every batch recorded in the journal before it stays
//! recorded: run the job again to go on from there.

use std::fmt;
use std::path::PathBuf;

use super::row::RowError;

/// Why an import stopped.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportError {
    /// The input file could not be opened or read.
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The input file's header is not one of contacts.
    Input {
        /// The file.
        path: PathBuf,
        /// What was wrong, and where.
        error: Box<RowError>,
    },
    /// The file is not UTF-8: written in another encoding (Windows-1252,
    /// as older Excel saves CSV, or UTF-16), its names would come out
    /// garbled. Nothing was sent.
    Encoding {
        /// The file.
        path: PathBuf,
        /// The first row that is not UTF-8 (a spreadsheet's number: the
        /// header is row 1).
        row: u64,
        /// Its line.
        line: u64,
        /// What it looks like instead.
        guess: &'static str,
    },
    /// The input could not be read past a point (an I/O error), so the rows
    /// after it are not known.
    Unreadable(Box<RowError>),
    /// The journal belongs to another job: another campaign, input, duplicate
    /// rule or batch size. Nothing was sent.
    OtherJob {
        /// The journal.
        path: PathBuf,
        /// What differs, recorded against given.
        what: String,
    },
    /// The input differs from what the journal recorded of a batch done:
    /// it changed since the journal was written.
    InputChanged {
        /// The journal.
        path: PathBuf,
        /// The batch (from 0).
        batch: u64,
        /// Its first row's index in the input (from 0).
        first_index: u64,
    },
    /// Another run holds the journal: an import still going, in this
    /// process or another (a scheduled run overlapping one started by hand).
    /// Nothing was read from the journal or sent. The operating system frees
    /// the journal when that run ends, however it ends.
    JournalInUse {
        /// The journal.
        path: PathBuf,
    },
    /// The journal cannot be read, written or made durable.
    Journal {
        /// The journal.
        path: PathBuf,
        /// What went wrong (a damaged line names its number).
        reason: String,
    },
    /// The rejects file cannot be written.
    Rejects {
        /// The rejects file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A batch failed as a whole (after the client's retries): an error
    /// status such as 402 `BILLING_LIMIT_REACHED`, or no answer. It is not
    /// recorded as done; the next run sends it again with the same key.
    Batch {
        /// The batch (from 0).
        batch: u64,
        /// Its first row's index in the input (from 0).
        first_index: u64,
        /// Its first row's line, when read from a file.
        first_line: Option<u64>,
        /// Its first row's number in a spreadsheet, when read from a file.
        first_row: Option<u64>,
        /// What the request came to.
        error: Box<crate::Error>,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::File { path, reason } => write!(f, "{}: {reason}", path.display()),
            ImportError::Input { path, error } => write!(f, "{}: {error}", path.display()),
            ImportError::Encoding {
                path, row, guess, ..
            } => {
                let from = if guess.starts_with("UTF-16") {
                    "UTF-16"
                } else {
                    "WINDOWS-1252"
                };
                let name = path
                    .file_name()
                    .map_or_else(|| "in.csv".into(), |n| n.to_string_lossy());
                write!(f, "{}: not UTF-8 from row {row}", path.display())?;
                write!(
                    f,
                    ": it looks like {guess}; convert it (`iconv -f {from} -t UTF-8 {name} > \
                     utf8-{name}`) or save it from the spreadsheet as \"CSV UTF-8\", \
                     then import that; nothing was sent"
                )
            }
            ImportError::Unreadable(error) => write!(f, "input: {error}"),
            ImportError::OtherJob { path, what } => write!(
                f,
                "the journal {} was written for another import ({what}); \
                 give another journal path, or delete this one to start over",
                path.display()
            ),
            ImportError::InputChanged {
                path,
                batch,
                first_index,
            } => write!(
                f,
                "the input changed since the journal {} was written: batch {batch} \
                 (from row {first_index}) holds other rows than it recorded",
                path.display()
            ),
            ImportError::JournalInUse { path } => write!(
                f,
                "another import holds the journal {}, so this one sent nothing: \
                 run it again once that one has ended",
                path.display()
            ),
            ImportError::Journal { path, reason } => {
                write!(f, "journal {}: {reason}", path.display())
            }
            ImportError::Rejects { path, reason } => {
                write!(f, "rejects file {}: {reason}", path.display())
            }
            ImportError::Batch {
                batch,
                first_index,
                first_row,
                error,
                ..
            } => {
                // Numbered from 1, as the progress lines number batches.
                write!(f, "batch {} (from ", batch + 1)?;
                match first_row {
                    Some(row) => write!(f, "row {row}")?,
                    None => write!(f, "the input's row {}", first_index + 1)?,
                }
                write!(f, ") failed, and the job stopped there: {error}")
            }
        }
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Batch { error, .. } => Some(error.as_ref()),
            ImportError::Input { error, .. } | ImportError::Unreadable(error) => {
                Some(error.as_ref())
            }
            _ => None,
        }
    }
}
