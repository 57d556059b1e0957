//! What the job takes in: rows, with where they came from, and rows that
//! could not be read.

use std::fmt;
use std::sync::Arc;

use crate::types::NewContact;

/// One contact to import, with where it came from.
#[derive(Clone, Debug)]
pub struct Row {
    /// What is sent.
    pub contact: NewContact,
    /// The line of the file where the row starts (from 1), when read from
    /// one.
    pub line: Option<u64>,
    /// Its row number as a spreadsheet shows it (the header is row 1), when
    /// read from a file; the line, in JSON Lines.
    pub row: Option<u64>,
    /// The phone number as the file had it, where
    /// [`ReadOptions::region`](super::ReadOptions::region) rewrote it.
    pub typed_contact: Option<String>,
    /// The row's fields as read, for the rejects file.
    pub(crate) source: Option<SourceFields>,
    /// The region's rule for older forms that rewrote the phone number.
    pub(crate) rule: Option<&'static super::RegionRule>,
}

impl From<NewContact> for Row {
    fn from(contact: NewContact) -> Row {
        Row {
            contact,
            line: None,
            row: None,
            typed_contact: None,
            source: None,
            rule: None,
        }
    }
}

/// A CSV record as read, under its file's header.
#[derive(Clone, Debug)]
pub(crate) struct SourceFields {
    pub(crate) columns: Arc<[String]>,
    pub(crate) record: ::csv::ByteRecord,
    /// The file's delimiter, which the rejects file keeps.
    pub(crate) delimiter: u8,
}

/// A row that could not be read: where, and what was wrong. The job reports
/// it (and writes it to the rejects file) instead of dropping it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The row as a spreadsheet numbers it (the header is row 1); in JSON
    /// Lines, the line.
    pub row: u64,
    /// The line of the file (from 1) where the row starts.
    pub line: u64,
    /// The column: the field's number (from 1) in a CSV row, the character
    /// (from 1) in a JSON line.
    pub column: Option<u64>,
    /// The field's name, where one is concerned.
    pub field: Option<String>,
    /// What was wrong.
    pub message: String,
    /// The rest of the input cannot be read either (an I/O error): the job
    /// stops.
    pub(crate) fatal: bool,
    /// Not UTF-8: what the text looks like instead.
    pub(crate) not_utf8: Option<super::encoding::Guess>,
    /// Read from CSV, so named by its row (JSON Lines: by its line).
    pub(crate) spreadsheet: bool,
    pub(crate) source: Option<SourceFields>,
}

impl PartialEq for SourceFields {
    fn eq(&self, other: &Self) -> bool {
        self.columns == other.columns
            && self.record.as_slice() == other.record.as_slice()
            && self.delimiter == other.delimiter
    }
}

impl Eq for SourceFields {}

impl RowError {
    /// A JSON line's.
    pub(crate) fn new(line: u64, message: impl Into<String>) -> RowError {
        RowError {
            spreadsheet: false,
            ..RowError::at_row(line, line, message)
        }
    }

    /// A CSV row's.
    pub(crate) fn at_row(row: u64, line: u64, message: impl Into<String>) -> RowError {
        RowError {
            spreadsheet: true,
            row,
            line,
            column: None,
            field: None,
            message: message.into(),
            fatal: false,
            not_utf8: None,
            source: None,
        }
    }

    pub(crate) fn at(mut self, column: u64, field: Option<&str>) -> RowError {
        self.column = Some(column);
        self.field = field.map(str::to_owned);
        self
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.spreadsheet {
            write!(f, "line {}", self.line)?;
        } else {
            // One number a person finds in the spreadsheet; `line` stays
            // for a program.
            write!(f, "row {}", self.row)?;
        }
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " (`{field}`)")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RowError {}

/// One item of the job's input: a [`Row`] (or a [`NewContact`]) or a
/// [`RowError`]. The readers yield `Result<Row, RowError>`; any of the three
/// converts.
#[derive(Debug)]
pub struct ImportItem(pub(crate) Result<Row, RowError>);

impl From<NewContact> for ImportItem {
    fn from(contact: NewContact) -> ImportItem {
        ImportItem(Ok(contact.into()))
    }
}

impl From<Row> for ImportItem {
    fn from(row: Row) -> ImportItem {
        ImportItem(Ok(row))
    }
}

impl From<RowError> for ImportItem {
    fn from(error: RowError) -> ImportItem {
        ImportItem(Err(error))
    }
}

impl From<Result<Row, RowError>> for ImportItem {
    fn from(item: Result<Row, RowError>) -> ImportItem {
        ImportItem(item)
    }
}

/// serde_json's message without its " at line 1 column 27", which a
/// [`RowError`] says in its own terms.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => text[..at].to_owned(),
        _ => text,
    }
}
