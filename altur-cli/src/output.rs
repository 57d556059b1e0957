//! What the API commands print: JSON, pretty on a terminal and one compact
//! object per line otherwise (a list's items, for `jq`); or, with
//! `--format table`, a table a person can read.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use altur_api::ResponseValue;
use serde_json::Value;

use crate::failure::exit;
use crate::generated::CliConfig;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Table,
}

pub struct Output {
    format: Format,
    pretty: bool,
    /// A table's rows wait for the last, so that its columns line up.
    rows: RefCell<Vec<Value>>,
}

impl Output {
    pub fn new(format: Format) -> Self {
        Output {
            format,
            pretty: std::io::stdout().is_terminal(),
            rows: RefCell::new(Vec::new()),
        }
    }

    /// One value as JSON, alone on its line(s).
    pub fn json(&self, value: &impl serde::Serialize) {
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

    /// One answer: JSON, or with `--format table` a table of its fields.
    pub fn item(&self, item: &impl serde::Serialize) {
        match self.format {
            Format::Json => self.json(item),
            Format::Table => {
                let Ok(Value::Object(fields)) = serde_json::to_value(item) else {
                    return self.json(item);
                };
                let rows = fields
                    .into_iter()
                    .map(|(field, value)| vec![field, cell(&value)])
                    .collect();
                print_table(vec!["field".into(), "value".into()], rows);
            }
        }
    }

    fn row(&self, value: &impl serde::Serialize) {
        match serde_json::to_value(value) {
            Ok(value) => self.rows.borrow_mut().push(value),
            Err(e) => {
                eprintln!("error: cannot write the response as JSON: {e}");
                std::process::exit(exit::API.into());
            }
        }
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
            Format::Table => self.row(value),
        }
    }

    fn list_end(&self) {
        let rows = std::mem::take(&mut *self.rows.borrow_mut());
        if self.format != Format::Table || rows.is_empty() {
            return;
        }
        // Columns: the fields that hold text, numbers or booleans (nested
        // objects and lists would not fit a row; `--format json` has them),
        // in the order first seen.
        let mut columns: Vec<String> = Vec::new();
        let mut nested: Vec<&String> = Vec::new();
        for row in &rows {
            if let Value::Object(fields) = row {
                for (field, value) in fields {
                    if matches!(value, Value::Object(_) | Value::Array(_)) {
                        nested.push(field);
                    } else if !columns.contains(field) {
                        columns.push(field.clone());
                    }
                }
            }
        }
        columns.retain(|c| !nested.contains(&c));
        let cells = rows
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .map(|c| row.get(c).map(cell).unwrap_or_default())
                    .collect()
            })
            .collect();
        print_table(columns, cells);
    }
}

/// Longer cells are cut, so that a row stays one line.
const MAX_CELL: usize = 40;

fn cell(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > MAX_CELL {
        let cut: String = text.chars().take(MAX_CELL - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn print_table(header: Vec<String>, rows: Vec<Vec<String>>) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
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
    let mut stdout = std::io::stdout().lock();
    let written = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            std::process::exit(exit::REFUSED.into());
        }
    }
}
