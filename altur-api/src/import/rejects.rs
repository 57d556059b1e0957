//! The rows that failed or could not be read, as CSV: the input's columns
//! as read (a CSV input's own header; else `NewContact`'s fields, with
//! `extracted_data` as JSON), plus `import_error`. Fixed, the file imports
//! again as it is: the CSV reader skips `import_error`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::csv::ERROR_COLUMN;
use super::error::ImportError;
use super::row::SourceFields;
use crate::types::NewContact;

const CONTACT_COLUMNS: [&str; 5] = ["contact", "name", "context", "f_id", "extracted_data"];

pub(crate) struct Rejects {
    path: PathBuf,
    writer: csv::Writer<File>,
    /// The header written, once the first row says which.
    columns: Option<Arc<[String]>>,
    /// The input's columns, as soon as a row shows them.
    seen: Option<Arc<[String]>>,
}

impl Rejects {
    /// Starts the file afresh: each run writes every rejected row of the
    /// job, those of batches an earlier run did included.
    pub(crate) fn create(path: &Path) -> Result<Rejects, ImportError> {
        let file = File::create(path).map_err(|e| ImportError::Rejects {
            path: path.to_owned(),
            reason: format!("cannot create it: {e}"),
        })?;
        Ok(Rejects {
            path: path.to_owned(),
            writer: csv::WriterBuilder::new().flexible(true).from_writer(file),
            columns: None,
            seen: None,
        })
    }

    /// Notes the input's columns, for the header of a file without rows.
    pub(crate) fn saw(&mut self, source: Option<&SourceFields>) {
        if self.seen.is_none() {
            self.seen = source.map(|s| s.columns.clone());
        }
    }

    /// One rejected row: its fields as read where it came from CSV, else
    /// the contact's.
    pub(crate) fn write(
        &mut self,
        source: Option<&SourceFields>,
        contact: Option<&NewContact>,
        error: &str,
    ) -> Result<(), ImportError> {
        let columns = match source {
            Some(source) => source.columns.clone(),
            None => contact_columns(),
        };
        let result = (|| {
            if self.columns.is_none() {
                self.writer
                    .write_record(columns.iter().map(String::as_str).chain([ERROR_COLUMN]))?;
                self.columns = Some(columns);
            }
            match (source, contact) {
                (Some(source), _) => {
                    let mut record = source.record.clone();
                    // A short row keeps its place under the header.
                    while record.len() < source.columns.len() {
                        record.push_field(b"");
                    }
                    record.push_field(error.as_bytes());
                    self.writer.write_byte_record(&record)
                }
                (None, Some(contact)) => {
                    let text = |field: &Option<String>| field.clone().unwrap_or_default();
                    let extracted = if contact.extracted_data.is_empty() {
                        String::new()
                    } else {
                        serde_json::Value::Object(contact.extracted_data.clone()).to_string()
                    };
                    self.writer.write_record([
                        text(&contact.contact),
                        text(&contact.name),
                        text(&contact.context),
                        text(&contact.f_id),
                        extracted,
                        error.to_owned(),
                    ])
                }
                (None, None) => self.writer.write_record(["", "", "", "", "", error].iter()),
            }
        })();
        result.map_err(|e| self.failed(e))
    }

    /// Flushes the file to disk.
    pub(crate) fn finish(&mut self) -> Result<(), ImportError> {
        if self.columns.is_none() {
            // No rejects: the header alone, so that the file says so.
            let columns = self.seen.clone().unwrap_or_else(contact_columns);
            self.writer
                .write_record(columns.iter().map(String::as_str).chain([ERROR_COLUMN]))
                .map_err(|e| self.failed(e))?;
            self.columns = Some(columns);
        }
        self.writer.flush().map_err(|e| self.failed(e.into()))?;
        self.writer
            .get_ref()
            .sync_data()
            .map_err(|e| self.failed(e.into()))
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
