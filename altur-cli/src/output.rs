//! What the API commands print: JSON, pretty on a terminal and one compact
//! object per line otherwise (a list's items, for `jq`), filtered by
//! `--jq`; or, with `--format table|csv`, the columns of what the command
//! prints, read off its response schema at build time (`build/shapes.rs`):
//! in the spec's order, nested objects flattened with dotted names
//! (`agent.name`), arrays and free-form objects as JSON text in one cell,
//! `--fields` choosing and ordering them (and reaching into a free-form
//! object's keys: `extracted_data.Monto`); or `--format xlsx`, the same
//! columns in a workbook with typed cells (`workbook`). `--tz` writes
//! date-times in a time zone, as spreadsheets read them; a table fits the
//! terminal's width.

use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono_tz::Tz;

use altur_api::ResponseValue;
use serde_json::Value;

use crate::failure::{Failure, exit};
use crate::generated::CliConfig;
use crate::jq::Jq;

mod shapes {
    include!(concat!(env!("OUT_DIR"), "/shapes.rs"));
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Table,
    Csv,
    // An Excel workbook, to the file --output names (a plain comment:
    // a variant's doc would turn every command's help to its long form).
    Xlsx,
}

/// The columns of what `operation` prints, flattened, in the spec's order.
pub fn columns(operation: &str) -> &'static [&'static str] {
    shapes::COLUMNS
        .iter()
        .find(|(id, _)| *id == operation)
        .map_or(&[], |(_, columns)| columns)
}

/// The JSON body of `operation` with every field, if it takes one.
pub fn body_template(operation: &str) -> Option<&'static str> {
    shapes::BODY_TEMPLATES
        .iter()
        .find(|(id, _)| *id == operation)
        .map(|(_, template)| *template)
}

/// How the output is asked for, from the global flags.
pub struct Settings<'a> {
    pub format: Format,
    pub fields: Option<&'a [String]>,
    pub jq: Option<&'a str>,
    /// A UTF-8 byte order mark before CSV, for Excel.
    pub bom: bool,
    /// CSV's delimiter.
    pub delimiter: u8,
    /// Date-times in this time zone (else as the API sent them; in a
    /// workbook, UTC).
    pub tz: Option<Tz>,
    /// Where a workbook goes.
    pub output: Option<&'a Path>,
}

pub struct Output {
    format: Format,
    pretty: bool,
    columns: Vec<String>,
    /// Named in `--fields`: a table keeps them even when empty.
    chosen: bool,
    jq: Option<Jq>,
    bom: bool,
    /// Whether the CSV header went out.
    header: Cell<bool>,
    /// A table's rows wait for the last, so that its columns line up.
    rows: RefCell<Vec<Vec<String>>>,
    delimiter: u8,
    tz: Option<Tz>,
    /// A workbook's rows, typed, and where it goes.
    values: RefCell<Vec<Vec<Value>>>,
    output: Option<PathBuf>,
}

impl Output {
    /// The output of `operation`; a usage error, before any request, for
    /// a field it does not print or a jq filter that does not compile.
    pub fn new(operation: &str, settings: &Settings) -> crate::failure::Result<Self> {
        let all = columns(operation);
        let columns = match settings.fields {
            None => all.iter().map(|c| (*c).to_owned()).collect(),
            Some(_) if settings.format == Format::Json => {
                return Err(Failure::Usage(
                    "--fields chooses the columns of --format table or --format csv \
                     (for JSON, --jq picks fields)"
                        .into(),
                ));
            }
            Some(fields) => {
                let fields: Vec<String> = fields.iter().map(|f| f.trim().to_owned()).collect();
                // A key of a free-form object column (`extracted_data.Monto`)
                // is a column too: its keys are the data's, not the spec's.
                let unknown: Vec<&String> = fields
                    .iter()
                    .filter(|f| {
                        !all.contains(&f.as_str())
                            && !all.iter().any(|c| f.starts_with(&format!("{c}.")))
                    })
                    .collect();
                if let Some(field) = unknown.first() {
                    let choices = if all.is_empty() {
                        "it prints no columns".to_owned()
                    } else {
                        format!("the columns are {}", all.join(","))
                    };
                    return Err(Failure::Usage(format!(
                        "--fields: `{field}` is not a column of this command; {choices}"
                    )));
                }
                fields
            }
        };
        let jq = match settings.jq {
            Some(code) if settings.format != Format::Json => {
                return Err(Failure::Usage(format!(
                    "--jq `{code}` filters JSON output: leave out --format {} (or write \
                     CSV with jq's @csv: --jq '[.id, .name] | @csv')",
                    match settings.format {
                        Format::Csv => "csv",
                        Format::Xlsx => "xlsx",
                        _ => "table",
                    }
                )));
            }
            Some(code) => Some(Jq::compile(code)?),
            None => None,
        };
        let output = match (settings.format, settings.output) {
            (Format::Xlsx, Some(path)) => Some(path.to_owned()),
            (Format::Xlsx, None) => {
                return Err(Failure::Usage(
                    "--format xlsx writes a workbook: name it with --output FILE.xlsx".into(),
                ));
            }
            (_, Some(_)) => {
                return Err(Failure::Usage(
                    "--output names the workbook of --format xlsx (send other formats to a \
                     file with >)"
                        .into(),
                ));
            }
            (_, None) => None,
        };
        Ok(Output {
            format: settings.format,
            pretty: std::io::stdout().is_terminal(),
            columns,
            chosen: settings.fields.is_some(),
            jq,
            bom: settings.bom,
            header: Cell::new(false),
            rows: RefCell::new(Vec::new()),
            delimiter: settings.delimiter,
            tz: settings.tz,
            values: RefCell::new(Vec::new()),
            output,
        })
    }

    /// JSON, as a hand-written command prints its report.
    pub fn plain_json() -> Self {
        Output {
            format: Format::Json,
            pretty: std::io::stdout().is_terminal(),
            columns: Vec::new(),
            chosen: false,
            jq: None,
            bom: false,
            header: Cell::new(false),
            rows: RefCell::new(Vec::new()),
            delimiter: b',',
            tz: None,
            values: RefCell::new(Vec::new()),
            output: None,
        }
    }

    /// One value as JSON, alone on its line(s), or what `--jq` makes of it.
    pub fn json(&self, value: &impl serde::Serialize) {
        if let Some(jq) = &self.jq {
            let outputs = serde_json::to_value(value)
                .map_err(|e| Failure::Usage(format!("cannot write the response as JSON: {e}")))
                .and_then(|value| jq.run(&value));
            match outputs {
                Ok(outputs) => outputs.iter().for_each(|line| print_line(line)),
                Err(failure) => {
                    eprintln!("error: {failure}");
                    std::process::exit(exit::USAGE.into());
                }
            }
            return;
        }
        let text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        };
        match text {
            Ok(text) => print_line(&text),
            Err(e) => {
                eprintln!("error: cannot write the response as JSON: {e}");
                std::process::exit(exit::API.into());
            }
        }
    }

    /// One answer: JSON; a row per item for a list in one answer; else,
    /// with `--format table`, a table of its fields, or one CSV row.
    pub fn item(&self, item: &impl serde::Serialize) {
        let value = serde_json::to_value(item).unwrap_or(Value::Null);
        match (self.format, value) {
            (Format::Json, _) => self.json(item),
            // A list in one answer: a row per item.
            (_, Value::Array(items)) => {
                items.iter().for_each(|item| self.row(item));
                self.list_end();
            }
            (Format::Csv, value @ Value::Object(_)) => self.row(&value),
            (Format::Xlsx, value @ Value::Object(_)) => {
                self.row(&value);
                self.list_end();
            }
            (Format::Table, value @ Value::Object(_)) => {
                let mut rows: Vec<Vec<String>> = self
                    .columns
                    .iter()
                    .map(|c| (c, self.text_at(&value, c)))
                    .filter(|(_, text)| self.chosen || !text.is_empty())
                    .map(|(c, text)| vec![c.clone(), cut(&text)])
                    .collect();
                // What a person reads off the fields, said (an active
                // campaign outside its calling hours: when they open).
                if !self.chosen {
                    rows.extend(crate::hours::notes(&value).map(|(c, text)| vec![c, text]));
                }
                print_table(vec!["field".into(), "value".into()], rows);
            }
            _ => self.json(item),
        }
    }

    /// One row: CSV goes out now, a table's row waits for the others.
    fn row(&self, value: &impl serde::Serialize) {
        let value = match serde_json::to_value(value) {
            Ok(value) => value,
            Err(e) => {
                eprintln!("error: cannot write the response as JSON: {e}");
                std::process::exit(exit::API.into());
            }
        };
        if self.format == Format::Xlsx {
            let values = self.columns.iter().map(|c| value_at(&value, c)).collect();
            self.values.borrow_mut().push(values);
            return;
        }
        let cells: Vec<String> = self
            .columns
            .iter()
            .map(|c| self.text_at(&value, c))
            .collect();
        match self.format {
            Format::Csv => {
                self.csv_header();
                write_csv(&cells, self.delimiter);
            }
            _ => self.rows.borrow_mut().push(cells),
        }
    }

    /// A cell's text; a date-time in `--tz` where one is asked for.
    fn text_at(&self, value: &Value, column: &str) -> String {
        let text = text_at(value, column);
        match self.tz {
            Some(tz) => crate::dates::in_zone(&text, tz).unwrap_or(text),
            None => text,
        }
    }

    /// The workbook, once every row is in.
    fn save_workbook(&self) {
        let Some(path) = &self.output else { return };
        let sheet = crate::workbook::Sheet {
            name: "altur".into(),
            header: self.columns.clone(),
            rows: std::mem::take(&mut *self.values.borrow_mut()),
        };
        let rows = sheet.rows.len();
        if let Err(why) =
            crate::workbook::save(path, &[sheet], &[], self.tz.unwrap_or(chrono_tz::UTC))
        {
            eprintln!("error: {why}");
            std::process::exit(exit::USAGE.into());
        }
        eprintln!("wrote {rows} rows to {}", path.display());
    }

    fn csv_header(&self) {
        if self.header.replace(true) {
            return;
        }
        if self.bom {
            write_out(b"\xEF\xBB\xBF");
        }
        write_csv(&self.columns, self.delimiter);
    }

    fn print_rows(&self) {
        let mut rows = std::mem::take(&mut *self.rows.borrow_mut());
        let mut header = self.columns.clone();
        if !self.chosen {
            // Columns no row has a value in would only widen the table.
            let kept: Vec<bool> = (0..header.len())
                .map(|i| rows.iter().any(|row| !row[i].is_empty()))
                .collect();
            let keep = |i: usize| kept[i];
            header = header
                .into_iter()
                .enumerate()
                .filter(|(i, _)| keep(*i))
                .map(|(_, c)| c)
                .collect();
            for row in &mut rows {
                *row = std::mem::take(row)
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| keep(*i))
                    .map(|(_, c)| c)
                    .collect();
            }
        }
        let rows = rows
            .into_iter()
            .map(|row| row.iter().map(|c| cut(c)).collect())
            .collect();
        print_table(header, rows);
    }
}

impl CliConfig for Output {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
        let item: &T = value;
        self.item(item);
    }

    fn success_no_item(&self, _: &ResponseValue<()>) {}

    /// `main` prints it, as every other failure.
    fn error(&self, _: &altur_api::Error) {}

    fn list_item<T: serde::Serialize>(&self, value: &T) {
        match self.format {
            Format::Json => self.json(value),
            Format::Table | Format::Csv | Format::Xlsx => self.row(value),
        }
    }

    fn list_end(&self) {
        match self.format {
            Format::Json => {}
            // An empty list is its header alone.
            Format::Csv => self.csv_header(),
            Format::Xlsx => self.save_workbook(),
            Format::Table => {
                if !self.rows.borrow().is_empty() {
                    self.print_rows();
                }
            }
        }
    }
}

/// The value of `column` (`agent.name`) in `value`; null where missing.
pub fn value_at(value: &Value, column: &str) -> Value {
    column
        .split('.')
        .try_fold(value, |value, name| value.get(name))
        .cloned()
        .unwrap_or(Value::Null)
}

/// `n` of `what`, as a person writes it: `1 row`, `2 rows`.
pub fn counted(n: u64, what: &str) -> String {
    match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

/// `value` as a person reads it: a string as it is, any other value as
/// JSON; `None` for null.
pub fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The text of `column` (`agent.name`) in `value`: empty where it is
/// missing or null, JSON for an array or an object.
fn text_at(value: &Value, column: &str) -> String {
    text(&value_at(value, column)).unwrap_or_default()
}

fn write_csv(cells: &[impl AsRef<[u8]>], delimiter: u8) {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let line = writer
        .write_record(cells)
        .map_err(|e| e.to_string())
        .and_then(|()| writer.into_inner().map_err(|e| e.to_string()));
    match line {
        Ok(line) => write_out(&line),
        Err(e) => {
            eprintln!("error: cannot write CSV: {e}");
            std::process::exit(exit::REFUSED.into());
        }
    }
}

/// Longer cells are cut, so that a row stays one line.
const MAX_CELL: usize = 40;

/// A table's cell: one line, cut to fit.
fn cut(text: &str) -> String {
    cut_to(&text.replace(['\n', '\r', '\t'], " "), MAX_CELL)
}

/// The width a table must fit: the terminal's, else `COLUMNS` where it is
/// set (to a file or a pipe too: a script's way to ask for a width); none
/// otherwise.
fn table_width() -> Option<usize> {
    if let Some((terminal_size::Width(width), _)) =
        terminal_size::terminal_size_of(std::io::stdout())
    {
        return Some(usize::from(width));
    }
    std::env::var("COLUMNS").ok()?.parse().ok()
}

/// A column's narrowest, unless its widest cell is narrower: enough to
/// read a name or a date's day.
const MIN_COLUMN: usize = 12;

/// Widths that fit `width` with two spaces between columns, as gh fits
/// its tables: the columns that fit at their narrowest are kept, from the
/// left (the spec's order puts `id` and `name` first), the rest left out;
/// then the widest gives up a character at a time until the line fits.
fn fit(mut widths: Vec<usize>, width: usize) -> Vec<usize> {
    let total =
        |widths: &[usize]| widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let floor: Vec<usize> = widths.iter().map(|w| (*w).min(MIN_COLUMN)).collect();
    while widths.len() > 1 && total(&floor[..widths.len()]) > width {
        widths.pop();
    }
    while total(&widths) > width {
        let Some((at, _)) = widths
            .iter()
            .enumerate()
            .filter(|(at, w)| **w > floor[*at])
            .max_by_key(|(at, w)| (**w, usize::MAX - at))
        else {
            break;
        };
        widths[at] -= 1;
    }
    widths
}

/// `text` in `width` characters at most, an ellipsis where cut.
fn cut_to(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{cut}…")
}

fn print_table(header: Vec<String>, rows: Vec<Vec<String>>) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    if let Some(width) = table_width() {
        let all = widths.len();
        widths = fit(widths, width);
        if widths.len() < all {
            eprintln!(
                "{} of {all} columns shown, to fit {width} characters ({} left out); \
                 --fields chooses them",
                widths.len(),
                header[widths.len()..].join(", ")
            );
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{:<width$}", cut_to(cell, *width)))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    print_line(&line(
        &header.iter().map(|h| h.to_uppercase()).collect::<Vec<_>>(),
    ));
    for row in &rows {
        print_line(&line(row));
    }
}

/// Writes a line to standard output. When the reader has gone (`| head`),
/// stops quietly, as a command killed by SIGPIPE would.
pub fn print_line(text: &str) {
    write_out(format!("{text}\n").as_bytes());
}

fn write_out(bytes: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_all(bytes).and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            std::process::exit(exit::REFUSED.into());
        }
    }
}
