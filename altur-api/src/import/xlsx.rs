//! Contacts from an Excel workbook (`.xlsx`, feature `xlsx`), by
//! calamine: the first sheet, or one named. The sheet is read as the CSV
//! reader reads a file (its first row the header, the same names and
//! mappings, any other column into `extracted_data`), so that a workbook
//! and the CSV Excel saves of it import alike; each row keeps the sheet's
//! own row number, blank rows and rows above the table counted.

use std::io::{Cursor, Read, Seek};

use calamine::{Data, Reader, Xlsx};

use super::csv::CsvRows;
use super::options::ReadOptions;
use super::row::{Row, RowError};

/// Rows of one sheet of a workbook, as [`CsvRows`] gives them, each named
/// by its row in the sheet (the header's row is where the table starts:
/// row 1 in most sheets).
///
/// A cell is read as Excel shows it, not as it stores it: a phone number
/// typed as a number (`5215550001`, shown without decimals) is that text,
/// not `5215550001.0`; a date is `2025-01-15` (with its time,
/// `2025-01-15 08:30:00`, where it has one).
pub struct XlsxRows {
    rows: CsvRows<Cursor<Vec<u8>>>,
    /// The sheet's row number of each record under the header, in order.
    numbers: Vec<u64>,
    next: usize,
}

impl XlsxRows {
    /// The first sheet (or `sheet`, by name) of the workbook `reader`
    /// holds, its header read through `options`. A file that is not a
    /// workbook, a sheet it does not have (the error names those it has),
    /// an empty sheet or a header without a `contact` column is an error.
    pub fn new<R: Read + Seek>(
        reader: R,
        sheet: Option<&str>,
        options: &ReadOptions,
    ) -> Result<XlsxRows, RowError> {
        let header_error = |message: String| RowError::at_row(1, 1, message);
        let mut workbook: Xlsx<R> = Xlsx::new(reader)
            .map_err(|e| header_error(format!("not an Excel workbook (.xlsx): {e}")))?;
        let names = workbook.sheet_names();
        let name = match sheet {
            Some(wanted) => names
                .iter()
                .find(|name| *name == wanted)
                .or_else(|| {
                    let wanted = wanted.to_lowercase();
                    names.iter().find(|name| name.to_lowercase() == wanted)
                })
                .ok_or_else(|| {
                    header_error(format!(
                        "no sheet `{wanted}` in the workbook, whose sheets are {}",
                        names.join(", ")
                    ))
                })?,
            None => names
                .first()
                .ok_or_else(|| header_error("the workbook has no sheet".to_owned()))?,
        }
        .clone();
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| header_error(format!("cannot read the sheet `{name}`: {e}")))?;
        let Some((top, _)) = range.start() else {
            return Err(header_error(format!(
                "the sheet `{name}` is empty: its first row names the columns (contact, name, \
                 context, f_id, extracted_data, or any other)"
            )));
        };
        // As CSV, every field quoted, so that the CSV reader finds the
        // comma whatever the cells hold.
        let mut text = ::csv::WriterBuilder::new()
            .quote_style(::csv::QuoteStyle::Always)
            .from_writer(Vec::new());
        let mut numbers = Vec::new();
        for (at, cells) in range.rows().enumerate() {
            let number = u64::from(top) + at as u64 + 1;
            if at > 0 && cells.iter().all(|cell| matches!(cell, Data::Empty)) {
                // A blank line between tables or at the end: no contact.
                continue;
            }
            let fields: Vec<String> = cells.iter().map(text_of).collect();
            text.write_record(&fields)
                .map_err(|e| header_error(format!("cannot read the sheet `{name}`: {e}")))?;
            if at > 0 {
                numbers.push(number);
            }
        }
        let text = text
            .into_inner()
            .map_err(|e| header_error(format!("cannot read the sheet `{name}`: {e}")))?;
        let header_row = u64::from(top) + 1;
        let rows = CsvRows::with_options(Cursor::new(text), options)
            .map_err(|error| renumber(error, header_row))?;
        Ok(XlsxRows {
            rows,
            numbers,
            next: 0,
        })
    }

    /// The header's column names, as read.
    pub fn columns(&self) -> &[String] {
        self.rows.columns()
    }
}

impl Iterator for XlsxRows {
    type Item = Result<Row, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.rows.next()?;
        let number = self.numbers.get(self.next).copied().unwrap_or(0);
        self.next += 1;
        Some(match item {
            Ok(row) => Ok(Row {
                line: Some(number),
                row: Some(number),
                ..row
            }),
            Err(error) => Err(renumber(error, number)),
        })
    }
}

/// A sheet has rows, not lines: both are the sheet's row.
fn renumber(error: RowError, number: u64) -> RowError {
    RowError {
        row: number,
        line: number,
        ..error
    }
}

/// A cell as Excel shows it, in general format.
fn text_of(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        // A phone number or an id typed as a number: its digits (Rust
        // writes an integral float without `.0`, and never an exponent).
        Data::Float(x) => x.to_string(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::DateTime(at) => {
            let (year, month, day, hour, minute, second, _) = at.to_ymd_hms_milli();
            if at.is_duration() || year < 1900 {
                format!("{hour:02}:{minute:02}:{second:02}")
            } else if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
            }
        }
    }
}
