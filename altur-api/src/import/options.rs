//! How a file is read: which column holds which field (a header in the
//! user's words), and the region whose way of writing phone numbers the
//! file's are read in, to send them in E.164.

use std::fmt;

use super::row::{Row, RowError};

/// How a [`ContactFile`](super::ContactFile) (or [`CsvRows`](super::CsvRows))
/// is read. The default reads the header's own names and sends phone
/// numbers as written.
///
/// ```
/// use altur_api::import::ReadOptions;
///
/// let options = ReadOptions::new()
///     .map("contact", "Teléfono")
///     .map("name", "Nombre")
///     .region("MX")?;
/// # let _ = options;
/// # Ok::<(), altur_api::import::UnknownRegion>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// (field, column), in the order given.
    pub(crate) map: Vec<(String, String)>,
    pub(crate) region: Option<phonenumber::country::Id>,
}

impl ReadOptions {
    pub fn new() -> ReadOptions {
        ReadOptions::default()
    }

    /// Reads `field` (`contact`, `name`, `context`, `f_id` or
    /// `extracted_data`) from the CSV column named `column` (matched
    /// exactly, else regardless of case). A field that is none of those, or
    /// a column the header does not have, is an error when the file is
    /// opened, naming the header's columns.
    pub fn map(mut self, field: impl Into<String>, column: impl Into<String>) -> ReadOptions {
        self.map.push((field.into(), column.into()));
        self
    }

    /// Reads phone numbers as written in `region` (an ISO 3166 code: `MX`,
    /// `US`, `ES`...) and sends them in E.164 (`55-1234-5678` in `MX` is
    /// `+525512345678`); one written with its `+` and country code is read
    /// as such. A number that is not valid as written is read by the
    /// region's [`REGION_RULES`](super::REGION_RULES) for how its numbers
    /// used to be written (`044 55 1234 5678`, `+52 1 55 1234 5678` in
    /// `MX`), and the rewrite says which rule did it. A number still not
    /// valid is failed before anything is sent, saying why: the row is
    /// unreadable, and goes to the rejects file.
    pub fn region(mut self, region: &str) -> Result<ReadOptions, UnknownRegion> {
        let id = region
            .trim()
            .to_ascii_uppercase()
            .parse()
            .map_err(|_| UnknownRegion(region.to_owned()))?;
        self.region = Some(id);
        Ok(self)
    }

    /// The row's phone number in E.164, per the region (and its rules for
    /// how numbers used to be written); unchanged without one.
    pub(crate) fn normalize(&self, mut row: Row) -> Result<Row, RowError> {
        let (Some(region), Some(typed)) = (self.region, row.contact.contact.as_deref()) else {
            return Ok(row);
        };
        let read = super::phone::read(region, typed).map_err(|why| {
            let number = row.row.or(row.line).unwrap_or(0);
            let error = RowError::at_row(
                number,
                row.line.unwrap_or(number),
                format!("the phone number `{typed}` {why}"),
            );
            RowError {
                field: Some("contact".to_owned()),
                spreadsheet: row.source.is_some(),
                source: row.source.clone(),
                ..error
            }
        })?;
        if read.e164 != typed {
            row.typed_contact = row.contact.contact.replace(read.e164);
            row.rule = read.rule;
        }
        Ok(row)
    }
}

/// A region code that is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRegion(pub String);

impl fmt::Display for UnknownRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is no region: give a two-letter country code (ISO 3166), such as MX, US or ES",
            self.0
        )
    }
}

impl std::error::Error for UnknownRegion {}
