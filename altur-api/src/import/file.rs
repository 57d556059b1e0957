//! A contact file: read once beforehand for its fingerprint (SHA-256 of its
//! bytes, which names the job and its journal) and its number of rows (for
//! progress), then read again row by row as the job sends them.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::csv::CsvRows;
use super::error::ImportError;
use super::json_lines::JsonLinesRows;
use super::keys::Digest256;
use super::row::{ImportItem, RowError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Csv,
    JsonLines,
}

/// A CSV or JSON Lines file of contacts, for
/// [`ImportContacts::run_file`](super::ImportContacts::run_file).
#[derive(Clone, Debug)]
pub struct ContactFile {
    path: PathBuf,
    format: Format,
    fingerprint: Digest256,
    rows: u64,
}

impl ContactFile {
    /// A CSV file (see [`CsvRows`]); its header is checked now.
    pub fn csv(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        ContactFile::read(path.as_ref(), Format::Csv)
    }

    /// A JSON Lines file (see [`JsonLinesRows`]).
    pub fn json_lines(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        ContactFile::read(path.as_ref(), Format::JsonLines)
    }

    /// A CSV file if its name ends in `.csv`, JSON Lines if in `.jsonl` or
    /// `.ndjson`.
    pub fn open(path: impl AsRef<Path>) -> Result<ContactFile, ImportError> {
        let path = path.as_ref();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("csv") => ContactFile::csv(path),
            Some("jsonl" | "ndjson") => ContactFile::json_lines(path),
            _ => Err(ImportError::File {
                path: path.to_owned(),
                reason: "the name does not say the format: .csv for CSV, .jsonl or .ndjson \
                         for JSON Lines"
                    .to_owned(),
            }),
        }
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

    fn read(path: &Path, format: Format) -> Result<ContactFile, ImportError> {
        let mut hashing = Hashing {
            inner: BufReader::with_capacity(1 << 16, open(path)?),
            hash: Sha256::new(),
        };
        let rows = match format {
            Format::Csv => {
                let rows = CsvRows::new(&mut hashing).map_err(|error| input(path, error))?;
                let mut reader = rows.into_reader();
                let mut record = csv::ByteRecord::new();
                let mut count = 0;
                while reader
                    .read_byte_record(&mut record)
                    .map_err(|e| unreadable(path, e))?
                {
                    count += 1;
                }
                count
            }
            Format::JsonLines => {
                let mut count = 0;
                let mut line = Vec::new();
                loop {
                    line.clear();
                    let read = std::io::BufRead::read_until(&mut hashing, b'\n', &mut line)
                        .map_err(|e| unreadable(path, e))?;
                    if read == 0 {
                        break;
                    }
                    if !line.iter().all(u8::is_ascii_whitespace) {
                        count += 1;
                    }
                }
                count
            }
        };
        // What the readers left unread (none do) is hashed too.
        std::io::copy(&mut hashing, &mut std::io::sink()).map_err(|e| unreadable(path, e))?;
        Ok(ContactFile {
            path: path.to_owned(),
            format,
            fingerprint: hashing.hash.finalize().into(),
            rows,
        })
    }

    /// The rows, read afresh.
    pub(crate) fn items(&self) -> Result<Box<dyn Iterator<Item = ImportItem> + Send>, ImportError> {
        let file = BufReader::with_capacity(1 << 16, open(&self.path)?);
        Ok(match self.format {
            Format::Csv => Box::new(
                CsvRows::new(file)
                    .map_err(|error| input(&self.path, error))?
                    .map(ImportItem::from),
            ),
            Format::JsonLines => Box::new(JsonLinesRows::new(file).map(ImportItem::from)),
        })
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
