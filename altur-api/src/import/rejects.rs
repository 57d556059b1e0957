//! The rows that failed, could not be read or had no result, as CSV: the
//! input's columns as read (a CSV input's own header and delimiter; else
//! `NewContact`'s fields, with `extracted_data` as JSON), plus
//! `import_error` and `import_row` (the row's number in the input, the
//! header being row 1). It starts with a UTF-8 byte order mark, by which
//! Excel knows the encoding (without it, it reads accents in the locale's
//! code page). Fixed, the file imports again as it is: the CSV reader skips
//! the mark and both added columns.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::csv::{BOM, ERROR_COLUMN, ROW_COLUMN};
use super::error::ImportError;
use super::row::{RowError, SourceFields};
use crate::types::{ContactResultError, NewContact};

const CONTACT_COLUMNS: [&str; 5] = ["contact", "name", "context", "f_id", "extracted_data"];

pub(crate) struct Rejects {
    path: PathBuf,
    /// Until the first row says which delimiter.
    file: Option<File>,
    writer: Option<csv::Writer<File>>,
    /// The header written, once the first row says which.
    columns: Option<Arc<[String]>>,
    /// The input's columns and delimiter, as soon as a row shows them.
    seen: Option<(Arc<[String]>, u8)>,
}

impl Rejects {
    /// Starts the file afresh: each run writes every rejected row of the
    /// job, those of batches an earlier run did included.
    pub(crate) fn create(path: &Path) -> Result<Rejects, ImportError> {
        let mut file = File::create(path).map_err(|e| ImportError::Rejects {
            path: path.to_owned(),
            reason: format!("cannot create it: {e}"),
        })?;
        file.write_all(BOM).map_err(|e| ImportError::Rejects {
            path: path.to_owned(),
            reason: format!("cannot write: {e}"),
        })?;
        Ok(Rejects {
            path: path.to_owned(),
            file: Some(file),
            writer: None,
            columns: None,
            seen: None,
        })
    }

    /// Notes the input's columns, for the header of a file without rows.
    pub(crate) fn saw(&mut self, source: Option<&SourceFields>) {
        if self.seen.is_none() {
            self.seen = source.map(|s| (s.columns.clone(), s.delimiter));
        }
    }

    /// The writer, the header written, from the first row's columns.
    fn start(&mut self, columns: Arc<[String]>, delimiter: u8) -> Result<(), csv::Error> {
        if let Some(file) = self.file.take() {
            let mut writer = csv::WriterBuilder::new()
                .flexible(true)
                .delimiter(delimiter)
                .from_writer(file);
            writer.write_record(
                columns
                    .iter()
                    .map(String::as_str)
                    .chain([ERROR_COLUMN, ROW_COLUMN]),
            )?;
            self.writer = Some(writer);
            self.columns = Some(columns);
        }
        Ok(())
    }

    /// One rejected row: its fields as read where it came from CSV, else
    /// the contact's.
    pub(crate) fn write(
        &mut self,
        source: Option<&SourceFields>,
        contact: Option<&NewContact>,
        row: Option<u64>,
        error: &str,
    ) -> Result<(), ImportError> {
        let (columns, delimiter) = match source {
            Some(source) => (source.columns.clone(), source.delimiter),
            None => (contact_columns(), b','),
        };
        let row = row.map(|r| r.to_string()).unwrap_or_default();
        let result = (|| {
            self.start(columns, delimiter)?;
            let Some(writer) = self.writer.as_mut() else {
                return Ok(());
            };
            match (source, contact) {
                (Some(source), _) => {
                    let mut record = source.record.clone();
                    // A short row keeps its place under the header.
                    while record.len() < source.columns.len() {
                        record.push_field(b"");
                    }
                    record.push_field(error.as_bytes());
                    record.push_field(row.as_bytes());
                    writer.write_byte_record(&record)
                }
                (None, Some(contact)) => {
                    let text = |field: &Option<String>| field.clone().unwrap_or_default();
                    let extracted = if contact.extracted_data.is_empty() {
                        String::new()
                    } else {
                        serde_json::Value::Object(contact.extracted_data.clone()).to_string()
                    };
                    writer.write_record([
                        text(&contact.contact),
                        text(&contact.name),
                        text(&contact.context),
                        text(&contact.f_id),
                        extracted,
                        error.to_owned(),
                        row,
                    ])
                }
                (None, None) => writer.write_record(["", "", "", "", "", error, &row].iter()),
            }
        })();
        result.map_err(|e| self.failed(e))
    }

    /// A row that could not be read: its fields as read, and why.
    pub(crate) fn unreadable(&mut self, error: &RowError) -> Result<(), ImportError> {
        self.saw(error.source.as_ref());
        self.write(
            error.source.as_ref(),
            None,
            Some(error.row),
            &error.to_string(),
        )
    }

    /// Flushes the file to disk.
    pub(crate) fn finish(&mut self) -> Result<(), ImportError> {
        if self.columns.is_none() {
            // No rejects: the header alone, so that the file says so.
            let (columns, delimiter) = self.seen.clone().unwrap_or((contact_columns(), b','));
            self.start(columns, delimiter).map_err(|e| self.failed(e))?;
        }
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        let flushed = writer.flush().and_then(|()| writer.get_ref().sync_data());
        flushed.map_err(|e| self.failed(e.into()))
    }

    fn failed(&self, error: csv::Error) -> ImportError {
        ImportError::Rejects {
            path: self.path.clone(),
            reason: error.to_string(),
        }
    }
}

fn contact_columns() -> Arc<[String]> {
    CONTACT_COLUMNS.iter().map(|c| c.to_string()).collect()
}

impl super::ContactFile {
    /// Writes to `path` what an import of this file would put in its
    /// rejects file before sending anything (a dry run's): the rows that
    /// cannot be read, and those without a phone number, which the API
    /// fails (`MISSING_CONTACT`), in the form
    /// [`ImportContacts::rejects`](super::ImportContacts::rejects) writes.
    /// Returns how many rows it wrote.
    pub fn write_rejects(&self, path: impl AsRef<Path>) -> Result<u64, ImportError> {
        let mut rejects = Rejects::create(path.as_ref())?;
        let mut written = 0;
        for super::ImportItem(item) in self.items()? {
            match item {
                Ok(row) => {
                    rejects.saw(row.source.as_ref());
                    if row.contact.contact.is_none() {
                        rejects.write(
                            row.source.as_ref(),
                            Some(&row.contact),
                            row.row,
                            &ContactResultError::MissingContact.to_string(),
                        )?;
                        written += 1;
                    }
                }
                Err(error) if error.fatal => return Err(ImportError::Unreadable(Box::new(error))),
                Err(error) => {
                    rejects.unreadable(&error)?;
                    written += 1;
                }
            }
        }
        rejects.finish()?;
        Ok(written)
    }
}
