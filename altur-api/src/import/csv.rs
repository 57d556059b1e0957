//! Contacts from CSV: a header naming `NewContact`'s fields (`contact`,
//! `name`, `context`, `f_id`, and `extracted_data` as a JSON object), any
//! other column into `extracted_data` under its header.

use std::io::Read;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::encoding::{Guess, guess};
use super::options::ReadOptions;
use super::row::{Row, RowError, SourceFields};
use crate::types::NewContact;

/// The columns the rejects file adds; reading a rejects file back skips
/// them, so that fixed rows import as they were.
pub(crate) const ERROR_COLUMN: &str = "import_error";
pub(crate) const ROW_COLUMN: &str = "import_row";

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

/// The fields of `NewContact` a column can be mapped to.
pub(crate) const FIELDS: [&str; 5] = ["contact", "name", "context", "f_id", "extracted_data"];

fn field_column(field: &str) -> Option<Column> {
    Some(match field {
        "contact" => Column::Contact,
        "name" => Column::Name,
        "context" => Column::Context,
        "f_id" => Column::FId,
        "extracted_data" => Column::ExtractedData,
        _ => return None,
    })
}

/// Rows of a CSV text, each `Ok(Row)` with its line and its row number (as
/// a spreadsheet numbers rows: the header is row 1), or `Err(RowError)`
/// naming the row and column of what could not be read.
///
/// The delimiter (comma, semicolon or tab: a spreadsheet in a locale whose
/// decimal mark is a comma saves with semicolons) is the one the header
/// line uses most, outside quotes. A UTF-8 byte order mark (Excel's "CSV
/// UTF-8") is skipped.
///
/// ```
/// use altur_api::import::CsvRows;
///
/// let text = "contact,name,plan\n+5215550001,Ana,gold\n+5215550002,Luis\n";
/// let rows: Vec<_> = CsvRows::new(text.as_bytes())?.collect();
/// let ana = rows[0].as_ref().unwrap();
/// assert_eq!((ana.row, ana.contact.name.as_deref()), (Some(2), Some("Ana")));
/// assert_eq!(ana.contact.extracted_data["plan"], "gold");
/// let short = rows[1].as_ref().unwrap_err();
/// assert_eq!((short.row, short.column), (3, Some(3)));
/// assert_eq!(
///     short.to_string(),
///     "row 3, column 3 (`plan`): 2 fields where the header has 3"
/// );
/// # Ok::<(), altur_api::import::RowError>(())
/// ```
///
/// A header in the user's words, read with a mapping:
///
/// ```
/// use altur_api::import::{CsvRows, ReadOptions};
///
/// let text = "\u{feff}Nombre;Teléfono;Monto\nAna;+5215550001;100,50\n";
/// let options = ReadOptions::new().map("contact", "Teléfono").map("name", "Nombre");
/// let rows: Vec<_> = CsvRows::with_options(text.as_bytes(), &options)?.collect();
/// let ana = rows[0].as_ref().unwrap();
/// assert_eq!(ana.contact.contact.as_deref(), Some("+5215550001"));
/// assert_eq!(ana.contact.name.as_deref(), Some("Ana"));
/// assert_eq!(ana.contact.extracted_data["Monto"], "100,50");
/// # Ok::<(), altur_api::import::RowError>(())
/// ```
pub struct CsvRows<R> {
    reader: ::csv::Reader<std::io::Chain<std::io::Cursor<Vec<u8>>, R>>,
    columns: Arc<[String]>,
    kinds: Vec<Column>,
    delimiter: u8,
    finished: bool,
}

impl<R: Read> CsvRows<R> {
    /// Reads the header; an empty text, a header without a `contact`
    /// column, or with one name twice, is an error.
    pub fn new(reader: R) -> Result<CsvRows<R>, RowError> {
        CsvRows::with_options(reader, &ReadOptions::default())
    }

    /// [`new`](Self::new), the header read through `options`' mapping.
    pub fn with_options(mut reader: R, options: &ReadOptions) -> Result<CsvRows<R>, RowError> {
        let (mut first, delimiter) = header_line(&mut reader)?;
        if first.starts_with(BOM) {
            first.drain(..BOM.len());
        }
        if first.starts_with(&[0xff, 0xfe]) || first.starts_with(&[0xfe, 0xff]) {
            return Err(RowError {
                not_utf8: Some(Guess::Utf16),
                ..RowError::at_row(1, 1, "the header is not UTF-8")
            });
        }
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(std::io::Cursor::new(first).chain(reader));
        let mut header = ::csv::ByteRecord::new();
        match reader.read_byte_record(&mut header) {
            Ok(true) => {}
            Ok(false) => {
                return Err(RowError::at_row(
                    1,
                    1,
                    "no header: the first line names the columns (contact, name, context, \
                     f_id, extracted_data, or any other)",
                ));
            }
            Err(e) => return Err(read_error(1, 1, e)),
        }
        let mut columns = Vec::with_capacity(header.len());
        let mut kinds = Vec::with_capacity(header.len());
        for (i, name) in header.iter().enumerate() {
            let number = i as u64 + 1;
            let name = std::str::from_utf8(name).map_err(|_| RowError {
                not_utf8: Some(guess(name)),
                ..RowError::at_row(1, 1, "the column name is not UTF-8").at(number, None)
            })?;
            let name = name.trim_start_matches('\u{feff}').trim();
            if name.is_empty() {
                return Err(RowError::at_row(1, 1, "the column has no name").at(number, None));
            }
            let kind = match name.to_ascii_lowercase().as_str() {
                ERROR_COLUMN | ROW_COLUMN => Column::Skipped,
                lower => field_column(lower).unwrap_or_else(|| Column::Extra(name.to_owned())),
            };
            if let Some(first) = columns.iter().position(|c: &String| c == name) {
                return Err(RowError::at_row(
                    1,
                    1,
                    format!("the column name is also that of column {}", first + 1),
                )
                .at(number, Some(name)));
            }
            columns.push(name.to_owned());
            kinds.push(kind);
        }
        for (field, column) in &options.map {
            let Some(kind) = field_column(field) else {
                return Err(RowError::at_row(
                    1,
                    1,
                    format!(
                        "`{field}` is no contact field to map a column to: {}",
                        FIELDS.join(", ")
                    ),
                ));
            };
            let wanted = column.trim();
            let at = columns
                .iter()
                .position(|c| c == wanted)
                .or_else(|| {
                    let wanted = wanted.to_lowercase();
                    columns.iter().position(|c| c.to_lowercase() == wanted)
                })
                .ok_or_else(|| {
                    RowError::at_row(
                        1,
                        1,
                        format!(
                            "no column `{wanted}` (mapped to `{field}`) in the header, whose \
                             columns are {}",
                            columns.join(", ")
                        ),
                    )
                })?;
            // A column of the field's own name gives way to the mapped one.
            for (other, name) in kinds.iter_mut().zip(&columns) {
                if *other == kind {
                    *other = Column::Extra(name.clone());
                }
            }
            kinds[at] = kind;
        }
        if !kinds.contains(&Column::Contact) {
            return Err(RowError::at_row(
                1,
                1,
                format!(
                    "no `contact` column (the phone number) among {}; name the one that \
                     holds it with a mapping (`--map contact=COLUMN`)",
                    columns.join(", ")
                ),
            ));
        }
        Ok(CsvRows {
            reader,
            columns: columns.into(),
            kinds,
            delimiter,
            finished: false,
        })
    }

    /// The header's column names, as read.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The delimiter found in the header line.
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    fn row(&self, record: ::csv::ByteRecord, row: u64, line: u64) -> Result<Row, RowError> {
        let source = SourceFields {
            columns: self.columns.clone(),
            record,
            delimiter: self.delimiter,
        };
        let fail = |error: RowError| RowError {
            source: Some(source.clone()),
            ..error
        };
        let record = &source.record;
        if record.len() != self.columns.len() {
            let column = record.len().min(self.columns.len());
            return Err(fail(
                RowError::at_row(
                    row,
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
        // literal kept: the row's columns fill the contact field by field.
        let mut contact = NewContact::default();
        let mut extracted = Map::new();
        for (i, (value, kind)) in record.iter().zip(&self.kinds).enumerate() {
            let at = |message: &str| {
                fail(RowError::at_row(row, line, message).at(i as u64 + 1, Some(&self.columns[i])))
            };
            let value = match std::str::from_utf8(value) {
                Ok(value) => value,
                Err(_) => {
                    let encoding = guess(value);
                    return Err(RowError {
                        not_utf8: Some(encoding),
                        ..at(&format!("not UTF-8 (it reads as {})", encoding.name()))
                    });
                }
            };
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
            row: Some(row),
            typed_contact: None,
            source: Some(source),
            rule: None,
        })
    }
}

/// The UTF-8 byte order mark: skipped where a CSV file starts with it, and
/// written first in each CSV file the import writes, by which Excel knows
/// the encoding.
pub(crate) const BOM: &[u8] = b"\xef\xbb\xbf";

/// The file's first line (the header: up to a newline outside quotes), read
/// ahead to find the delimiter, which is the one of comma, semicolon and
/// tab it holds most of outside quotes (a comma where it holds none).
fn header_line(reader: &mut impl Read) -> Result<(Vec<u8>, u8), RowError> {
    let mut text = Vec::new();
    let mut chunk = [0u8; 4096];
    let mut quoted = false;
    let mut counts = [0usize; 3];
    let mut scanned = 0;
    'reading: loop {
        let read = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(RowError {
                    fatal: true,
                    ..RowError::at_row(1, 1, format!("cannot read further: {e}"))
                });
            }
        };
        text.extend_from_slice(&chunk[..read]);
        for &byte in &text[scanned..] {
            match byte {
                b'"' => quoted = !quoted,
                b'\n' | b'\r' if !quoted => break 'reading,
                b',' if !quoted => counts[0] += 1,
                b';' if !quoted => counts[1] += 1,
                b'\t' if !quoted => counts[2] += 1,
                _ => {}
            }
        }
        scanned = text.len();
    }
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .zip(counts)
        .fold((b',', 0), |best, (delimiter, count)| {
            if count > best.1 {
                (delimiter, count)
            } else {
                best
            }
        })
        .0;
    Ok((text, delimiter))
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
                let (row, line) = record
                    .position()
                    .map_or((0, 0), |p| (p.record() + 1, p.line()));
                Some(self.row(record, row, line))
            }
            Ok(false) => {
                self.finished = true;
                None
            }
            Err(e) => {
                self.finished = true;
                let at = self.reader.position();
                let (row, line) = e
                    .position()
                    .map_or((at.record() + 1, at.line()), |p| (p.record() + 1, p.line()));
                Some(Err(read_error(row, line, e)))
            }
        }
    }
}

/// The reader could not go on (an I/O error): the job stops there.
fn read_error(row: u64, line: u64, error: ::csv::Error) -> RowError {
    RowError {
        fatal: true,
        ..RowError::at_row(row, line, format!("cannot read further: {error}"))
    }
}
