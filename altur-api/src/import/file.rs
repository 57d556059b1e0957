//! A contact file: read once beforehand for its fingerprint (SHA-256 of its
//! bytes, which names the job and its journal), its number of rows (for
//! progress) and what a dry run tells (numbers rewritten, rows that cannot
//! be sent, duplicates), and to refuse a file that is not UTF-8 before
//! anything is sent; then read again row by row as the job sends them.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use std::collections::HashMap;

use super::csv::CsvRows;
use super::error::ImportError;
use super::json_lines::JsonLinesRows;
use super::keys::Digest256;
use super::options::ReadOptions;
use super::region_rules::RegionRule;
use super::row::{ImportItem, Row, RowError};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Format {
    Csv,
    JsonLines,
    /// A workbook's sheet: the first, or the one named.
    #[cfg(feature = "xlsx")]
    Xlsx(Option<String>),
}

/// A CSV, JSON Lines or (feature `xlsx`) Excel file of contacts, for
/// [`ImportContacts::run_file`](super::ImportContacts::run_file).
#[derive(Clone, Debug)]
pub struct ContactFile {
    path: PathBuf,
    format: Format,
    options: ReadOptions,
    fingerprint: Digest256,
    rows: u64,
    check: Check,
}

/// What reading the file beforehand found: what a dry run reports.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Check {
    /// Phone numbers [`ReadOptions::region`] rewrote to E.164.
    pub rewritten: Vec<Rewrite>,
    /// Rows that cannot be sent (each fails, in the rejects file).
    pub unreadable: Vec<RowError>,
    /// Rows whose phone number an earlier row of the file has: the API
    /// skips or updates them as `if_duplicate` says.
    pub duplicates: Vec<Duplicate>,
    /// Rows with no phone number (the API fails them: `MISSING_CONTACT`).
    pub without_contact: Vec<u64>,
}

/// A phone number rewritten to E.164.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    /// Its row (a spreadsheet's number; a JSON line's).
    pub row: u64,
    /// As the file has it.
    pub typed: String,
    /// As it is sent.
    pub e164: String,
    /// The region's rule for an older form that read it (`044 55 1234
    /// 5678`); `None` where it was only written another way (`55-1234-5678`).
    pub rule: Option<&'static RegionRule>,
}

impl Rewrite {
    /// Why it was rewritten, in a person's words.
    pub fn why(&self) -> &'static str {
        self.rule.map_or("written out in E.164", |rule| rule.reason)
    }
}

/// A row that repeats an earlier row's phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub row: u64,
    /// The earlier row.
    pub first_row: u64,
    /// The phone number, as sent.
    pub contact: String,
}

impl ContactFile {
    /// A CSV file (see [`CsvRows`]); its header is checked now.
    pub fn csv(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        ContactFile::read(path.as_ref(), Format::Csv, ReadOptions::default())
    }

    /// A JSON Lines file (see [`JsonLinesRows`]).
    pub fn json_lines(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        ContactFile::read(path.as_ref(), Format::JsonLines, ReadOptions::default())
    }

    /// A CSV file if its name ends in `.csv`, JSON Lines if in `.jsonl` or
    /// `.ndjson`, the first sheet of an Excel workbook if in `.xlsx`
    /// (feature `xlsx`).
    pub fn open(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        ContactFile::open_with(path, ReadOptions::default())
    }

    /// [`open`](Self::open), read through `options` (a CSV header's
    /// mapping, a region to read phone numbers in). The whole file is read
    /// now: one that is not UTF-8 is refused ([`ImportError::Encoding`]),
    /// and [`check`](Self::check) tells what the import will make of it.
    pub fn open_with(
        path: impl AsRef<Path>,
        options: ReadOptions,
    ) -> Result<ContactFile, ImportError> {
        let path = path.as_ref();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("csv") => ContactFile::read(path, Format::Csv, options),
            Some("jsonl" | "ndjson") => ContactFile::read(path, Format::JsonLines, options),
            #[cfg(feature = "xlsx")]
            Some("xlsx" | "xlsm") => ContactFile::read(path, Format::Xlsx(None), options),
            _ => Err(ImportError::File {
                path: path.to_owned(),
                reason: if cfg!(feature = "xlsx") {
                    "the name does not say the format: .csv for CSV, .jsonl or .ndjson for \
                     JSON Lines, .xlsx for an Excel workbook"
                } else {
                    "the name does not say the format: .csv for CSV, .jsonl or .ndjson \
                     for JSON Lines"
                }
                .to_owned(),
            }),
        }
    }

    /// The sheet named `sheet` (matched exactly, else regardless of case)
    /// of an Excel workbook (see [`XlsxRows`](super::XlsxRows)), read
    /// through `options`; [`open_with`](Self::open_with) reads a
    /// workbook's first sheet.
    #[cfg(feature = "xlsx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
    pub fn xlsx_sheet(
        path: impl AsRef<Path>,
        sheet: &str,
        options: ReadOptions,
    ) -> Result<ContactFile, ImportError> {
        ContactFile::read(path.as_ref(), Format::Xlsx(Some(sheet.to_owned())), options)
    }

    /// Rows in the file (records under the header; non-blank lines).
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The SHA-256 of the file's bytes, in hex.
    pub fn fingerprint(&self) -> String {
        hex::encode(self.fingerprint)
    }

    pub(crate) fn digest(&self) -> &Digest256 {
        &self.fingerprint
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What reading the file found: numbers rewritten, rows that cannot be
    /// sent, duplicates within it, rows without a phone number.
    pub fn check(&self) -> &Check {
        &self.check
    }

    fn read(path: &Path, format: Format, options: ReadOptions) -> Result<ContactFile, ImportError> {
        let mut hashing = Hashing {
            inner: BufReader::with_capacity(1 << 16, open(path)?),
            hash: Sha256::new(),
        };
        let mut check = Check::default();
        let mut rows = 0;
        {
            let items: Box<dyn Iterator<Item = Result<Row, RowError>>> = match &format {
                Format::Csv => Box::new(
                    CsvRows::with_options(&mut hashing, &options)
                        .map_err(|error| input(path, error))?,
                ),
                Format::JsonLines => Box::new(JsonLinesRows::new(&mut hashing)),
                #[cfg(feature = "xlsx")]
                Format::Xlsx(sheet) => Box::new(xlsx_rows(path, &mut hashing, sheet, &options)?),
            };
            let mut seen: HashMap<String, u64> = HashMap::new();
            for item in items {
                rows += 1;
                let row = match item.and_then(|row| options.normalize(row)) {
                    Ok(row) => row,
                    Err(error) if error.not_utf8.is_some() => return Err(not_utf8(path, error)),
                    Err(error) if error.fatal => return Err(unreadable(path, error)),
                    Err(error) => {
                        check.unreadable.push(error);
                        continue;
                    }
                };
                let number = row.row.unwrap_or(rows);
                match &row.contact.contact {
                    None => check.without_contact.push(number),
                    Some(contact) => {
                        if let Some(typed) = &row.typed_contact {
                            check.rewritten.push(Rewrite {
                                row: number,
                                typed: typed.clone(),
                                e164: contact.clone(),
                                rule: row.rule,
                            });
                        }
                        if let Some(&first_row) = seen.get(contact) {
                            check.duplicates.push(Duplicate {
                                row: number,
                                first_row,
                                contact: contact.clone(),
                            });
                        } else {
                            seen.insert(contact.clone(), number);
                        }
                    }
                }
            }
        }
        // What the readers left unread (none do) is hashed too.
        std::io::copy(&mut hashing, &mut std::io::sink()).map_err(|e| unreadable(path, e))?;
        Ok(ContactFile {
            path: path.to_owned(),
            format,
            options,
            fingerprint: hashing.hash.finalize().into(),
            rows,
            check,
        })
    }

    /// The rows, read afresh.
    pub(crate) fn items(&self) -> Result<Box<dyn Iterator<Item = ImportItem> + Send>, ImportError> {
        let file = BufReader::with_capacity(1 << 16, open(&self.path)?);
        let options = self.options.clone();
        let normalize = move |item: Result<Row, RowError>| {
            ImportItem::from(item.and_then(|row| options.normalize(row)))
        };
        Ok(match &self.format {
            Format::Csv => Box::new(
                CsvRows::with_options(file, &self.options)
                    .map_err(|error| input(&self.path, error))?
                    .map(normalize),
            ),
            Format::JsonLines => Box::new(JsonLinesRows::new(file).map(normalize)),
            #[cfg(feature = "xlsx")]
            Format::Xlsx(sheet) => {
                let mut file = file;
                Box::new(xlsx_rows(&self.path, &mut file, sheet, &self.options)?.map(normalize))
            }
        })
    }
}

/// A workbook's sheet: the whole file read (a zip archive is read from its
/// end), then its rows.
#[cfg(feature = "xlsx")]
fn xlsx_rows(
    path: &Path,
    file: &mut impl Read,
    sheet: &Option<String>,
    options: &ReadOptions,
) -> Result<super::xlsx::XlsxRows, ImportError> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| unreadable(path, e))?;
    super::xlsx::XlsxRows::new(std::io::Cursor::new(bytes), sheet.as_deref(), options)
        .map_err(|error| input(path, error))
}

/// A file that is not UTF-8 is refused whole: imported, its names would
/// come out garbled.
fn not_utf8(path: &Path, error: RowError) -> ImportError {
    ImportError::Encoding {
        path: path.to_owned(),
        row: error.row,
        line: error.line,
        guess: error
            .not_utf8
            .unwrap_or(super::encoding::Guess::Windows1252)
            .name(),
    }
}

fn open(path: &Path) -> Result<File, ImportError> {
    File::open(path).map_err(|e| ImportError::File {
        path: path.to_owned(),
        reason: format!("cannot open it: {e}"),
    })
}

fn unreadable(path: &Path, error: impl std::fmt::Display) -> ImportError {
    ImportError::File {
        path: path.to_owned(),
        reason: format!("cannot read it: {error}"),
    }
}

fn input(path: &Path, error: RowError) -> ImportError {
    // A header in another encoding gets the advice its rows would.
    if error.not_utf8.is_some() {
        return not_utf8(path, error);
    }
    ImportError::Input {
        path: path.to_owned(),
        error: Box::new(error),
    }
}

/// Hashes what passes through it.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.hash.update(&buf[..read]);
        Ok(read)
    }
}

impl<R: std::io::BufRead> std::io::BufRead for Hashing<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if let Ok(buffer) = self.inner.fill_buf() {
            self.hash.update(&buffer[..amount.min(buffer.len())]);
        }
        self.inner.consume(amount);
    }
}
