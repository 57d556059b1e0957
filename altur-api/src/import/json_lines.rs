//! Contacts from JSON Lines: one object a line with `NewContact`'s fields;
//! any other key goes into `extracted_data`. Blank lines are skipped.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::row::{Row, RowError};
use crate::types::NewContact;

/// Rows of a JSON Lines text, each `Ok(Row)` with its line, or
/// `Err(RowError)` naming the line, the column and what was wrong.
///
/// ```
/// use altur_api::import::JsonLinesRows;
///
/// let text = "{\"contact\": \"+5215550001\", \"plan\": \"gold\"}\n\n{\"contact\": 5215550002}\n";
/// let rows: Vec<_> = JsonLinesRows::new(text.as_bytes()).collect();
/// assert_eq!(rows[0].as_ref().unwrap().contact.extracted_data["plan"], "gold");
/// assert_eq!(
///     rows[1].as_ref().unwrap_err().to_string(),
///     "line 3 (`contact`): a string is expected, not 5215550002"
/// );
/// ```
pub struct JsonLinesRows<R> {
    reader: R,
    line: u64,
    buffer: Vec<u8>,
    finished: bool,
}

impl<R: BufRead> JsonLinesRows<R> {
    pub fn new(reader: R) -> JsonLinesRows<R> {
        JsonLinesRows {
            reader,
            line: 0,
            buffer: Vec::new(),
            finished: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonLinesRows<R> {
    type Item = Result<Row, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.finished {
                return None;
            }
            self.buffer.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buffer) {
                Ok(0) => {
                    self.finished = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.finished = true;
                    return Some(Err(RowError {
                        fatal: true,
                        ..RowError::new(self.line, format!("cannot read further: {e}"))
                    }));
                }
            }
            if self.buffer.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(row(&self.buffer, self.line));
        }
    }
}

fn row(text: &[u8], line: u64) -> Result<Row, RowError> {
    let mut object: Map<String, Value> = serde_json::from_slice(text).map_err(|e| {
        let error = RowError::new(line, super::row::without_position(&e));
        // serde_json counts from 1 and says 0 where it has no position.
        match e.column() {
            0 => error,
            column => error.at(column as u64, None),
        }
    })?;
    // literal kept: the row's keys fill the contact field by field.
    let mut contact = NewContact::default();
    let mut text_field = |name: &str| -> Result<Option<String>, RowError> {
        match object.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(value)) => Ok(Some(value)),
            Some(other) => Err(RowError {
                field: Some(name.to_owned()),
                ..RowError::new(line, format!("a string is expected, not {other}"))
            }),
        }
    };
    contact.contact = text_field("contact")?;
    contact.name = text_field("name")?;
    contact.context = text_field("context")?;
    contact.f_id = text_field("f_id")?;
    let mut extracted = match object.remove("extracted_data") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(other) => {
            return Err(RowError {
                field: Some("extracted_data".to_owned()),
                ..RowError::new(line, format!("an object is expected, not {other}"))
            });
        }
    };
    extracted.extend(object);
    contact.extracted_data = extracted;
    Ok(Row {
        contact,
        line: Some(line),
        row: Some(line),
        typed_contact: None,
        source: None,
        rule: None,
    })
}
