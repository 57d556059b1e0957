//! Contacts from CSV: a header naming `NewContact`'s fields (`contact`,
//! `name`, `context`, `f_id`, and `extracted_data` as a JSON object), any
//! other column into `extracted_data` under its header.

use std::io::Read;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::row::{Row, RowError, SourceFields};
use crate::types::NewContact;

/// The column the rejects file adds; reading a rejects file back skips it,
/// so that fixed rows import as they were.
pub(crate) const ERROR_COLUMN: &str = "import_error";

#[derive(Clone, Debug, PartialEq)]
enum Column {
    Contact,
    Name,
    Context,
    FId,
    ExtractedData,
    /// Goes into `extracted_data` under this name.
    Extra(String),
    Skipped,
}

/// Rows of a CSV text, each `Ok(Row)` with its line, or `Err(RowError)`
/// naming the line and column of what could not be read.
///
/// ```
/// use altur_api::import::CsvRows;
///
/// let text = "contact,name,plan\n+5215550001,Ana,gold\n+5215550002,Luis\n";
/// let rows: Vec<_> = CsvRows::new(text.as_bytes())?.collect();
/// let ana = rows[0].as_ref().unwrap();
/// assert_eq!((ana.line, ana.contact.name.as_deref()), (Some(2), Some("Ana")));
/// assert_eq!(ana.contact.extracted_data["plan"], "gold");
/// let short = rows[1].as_ref().unwrap_err();
/// assert_eq!((short.line, short.column), (3, Some(3)));
/// assert_eq!(
///     short.to_string(),
///     "line 3, column 3 (`plan`): 2 fields where the header has 3"
/// );
/// # Ok::<(), altur_api::import::RowError>(())
/// ```
pub struct CsvRows<R> {
    reader: ::csv::Reader<R>,
    columns: Arc<[String]>,
    kinds: Vec<Column>,
    finished: bool,
}

impl<R: Read> CsvRows<R> {
    /// Reads the header; an empty text, a header without a `contact`
    /// column, or with one name twice, is an error.
    pub fn new(reader: R) -> Result<CsvRows<R>, RowError> {
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(reader);
        let mut header = ::csv::ByteRecord::new();
        match reader.read_byte_record(&mut header) {
            Ok(true) => {}
            Ok(false) => {
                return Err(RowError::new(
                    1,
                    "no header: the first line names the columns (contact, name, context, \
                     f_id, extracted_data, or any other)",
                ));
            }
            Err(e) => return Err(read_error(1, e)),
        }
        let mut columns = Vec::with_capacity(header.len());
        let mut kinds = Vec::with_capacity(header.len());
        for (i, name) in header.iter().enumerate() {
            let number = i as u64 + 1;
            let name = std::str::from_utf8(name)
                .map_err(|_| RowError::new(1, "the column name is not UTF-8").at(number, None))?;
            let name = name.trim_start_matches('\u{feff}').trim();
            if name.is_empty() {
                return Err(RowError::new(1, "the column has no name").at(number, None));
            }
            let kind = match name.to_ascii_lowercase().as_str() {
                "contact" => Column::Contact,
                "name" => Column::Name,
                "context" => Column::Context,
                "f_id" => Column::FId,
                "extracted_data" => Column::ExtractedData,
                ERROR_COLUMN => Column::Skipped,
                _ => Column::Extra(name.to_owned()),
            };
            if let Some(first) = columns.iter().position(|c: &String| c == name) {
                return Err(RowError::new(
                    1,
                    format!("the column name is also that of column {}", first + 1),
                )
                .at(number, Some(name)));
            }
            columns.push(name.to_owned());
            kinds.push(kind);
        }
        if !kinds.contains(&Column::Contact) {
            return Err(RowError::new(
                1,
                format!(
                    "no `contact` column (the phone number) among {}",
                    columns.join(", ")
                ),
            ));
        }
        Ok(CsvRows {
            reader,
            columns: columns.into(),
            kinds,
            finished: false,
        })
    }

    pub(crate) fn into_reader(self) -> ::csv::Reader<R> {
        self.reader
    }

    /// The header's column names, as read.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    fn row(&self, record: ::csv::ByteRecord, line: u64) -> Result<Row, RowError> {
        let source = SourceFields {
            columns: self.columns.clone(),
            record,
        };
        let fail = |error: RowError| RowError {
            source: Some(source.clone()),
            ..error
        };
        let record = &source.record;
        if record.len() != self.columns.len() {
            let column = record.len().min(self.columns.len());
            return Err(fail(
                RowError::new(
                    line,
                    format!(
                        "{} fields where the header has {}",
                        record.len(),
                        self.columns.len()
                    ),
                )
                .at(
                    column as u64 + 1,
                    self.columns.get(column).map(String::as_str),
                ),
            ));
        }
        let mut contact = NewContact::default();
        let mut extracted = Map::new();
        for (i, (value, kind)) in record.iter().zip(&self.kinds).enumerate() {
            let at = |message: &str| {
                fail(RowError::new(line, message).at(i as u64 + 1, Some(&self.columns[i])))
            };
            let value = std::str::from_utf8(value).map_err(|_| at("not valid UTF-8"))?;
            if value.is_empty() {
                continue;
            }
            match kind {
                Column::Contact => contact.contact = Some(value.to_owned()),
                Column::Name => contact.name = Some(value.to_owned()),
                Column::Context => contact.context = Some(value.to_owned()),
                Column::FId => contact.f_id = Some(value.to_owned()),
                Column::ExtractedData => {
                    let object: Map<String, Value> = serde_json::from_str(value).map_err(|e| {
                        at(&format!(
                            "not a JSON object: {}",
                            super::row::without_position(&e)
                        ))
                    })?;
                    extracted.extend(object);
                }
                Column::Extra(name) => {
                    extracted.insert(name.clone(), Value::String(value.to_owned()));
                }
                Column::Skipped => {}
            }
        }
        contact.extracted_data = extracted;
        Ok(Row {
            contact,
            line: Some(line),
            source: Some(source),
        })
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Row, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let mut record = ::csv::ByteRecord::new();
        match self.reader.read_byte_record(&mut record) {
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                Some(self.row(record, line))
            }
            Ok(false) => {
                self.finished = true;
                None
            }
            Err(e) => {
                self.finished = true;
                let line = e
                    .position()
                    .map_or(self.reader.position().line(), |p| p.line());
                Some(Err(read_error(line, e)))
            }
        }
    }
}

/// The reader could not go on (an I/O error): the job stops there.
fn read_error(line: u64, error: ::csv::Error) -> RowError {
    RowError {
        fatal: true,
        ..RowError::new(line, format!("cannot read further: {error}"))
    }
}
