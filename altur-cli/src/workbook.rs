//! Excel workbooks written by rust_xlsxwriter, cells typed as a person
//! reads them: a date-time as a date (in the time zone asked for, which
//! Excel has no notion of), a number as a number, text as text (a phone
//! number stays `+525512345678`, never 5.26E+11), a header row with
//! filters on, frozen above the rows. `--format xlsx` writes one sheet;
//! `campaigns report` several, and a chart.

use std::ops::RangeInclusive;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use chrono_tz::Tz;
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet, XlsxError};
use serde_json::Value;

/// One sheet: its name, its columns, and a row of values per item.
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A column chart of one sheet's two columns: the categories in the
/// first, the counts in the second; drawn on that sheet.
pub struct ColumnChart {
    pub title: String,
    /// The sheet it reads from, and is drawn on.
    pub data: String,
    /// Rows of data under the header.
    pub rows: u32,
}

/// The sheets, and the charts, saved to `path`.
pub fn save(path: &Path, sheets: &[Sheet], charts: &[ColumnChart], tz: Tz) -> Result<(), String> {
    let mut workbook = Workbook::new();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet, tz).map_err(|e| format!("sheet `{}`: {e}", sheet.name))?;
    }
    for chart in charts {
        let mut drawn = Chart::new(ChartType::Column);
        drawn.title().set_name(&chart.title);
        drawn
            .add_series()
            .set_name(&chart.title)
            .set_categories((chart.data.as_str(), 1, 0, chart.rows, 0))
            .set_values((chart.data.as_str(), 1, 1, chart.rows, 1));
        drawn.legend().set_hidden();
        let worksheet = workbook
            .worksheet_from_name(&chart.data)
            .map_err(|e| format!("chart `{}`: {e}", chart.title))?;
        worksheet
            .insert_chart(1, 4, &drawn)
            .map_err(|e| format!("chart `{}`: {e}", chart.title))?;
    }
    workbook
        .save(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &Sheet, tz: Tz) -> Result<(), XlsxError> {
    worksheet.set_name(sheet_name(&sheet.name))?;
    let bold = Format::new().set_bold();
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let day = Format::new().set_num_format("yyyy-mm-dd");
    for (col, name) in sheet.header.iter().enumerate() {
        worksheet.write_string_with_format(0, col as u16, name, &bold)?;
    }
    for (at, values) in sheet.rows.iter().enumerate() {
        let row = at as u32 + 1;
        for (col, value) in values.iter().enumerate() {
            let col = col as u16;
            match value {
                Value::Null => {}
                Value::Bool(b) => {
                    worksheet.write_boolean(row, col, *b)?;
                }
                Value::Number(n) => match n.as_f64() {
                    // Beyond 15 digits Excel rounds: an id stays whole as text.
                    Some(x) if x.abs() < 1e15 => {
                        worksheet.write_number(row, col, x)?;
                    }
                    _ => {
                        worksheet.write_string(row, col, n.to_string())?;
                    }
                },
                Value::String(text) => match date_time(text, tz) {
                    Some((at, false)) => {
                        worksheet.write_datetime_with_format(row, col, at, &when)?;
                    }
                    Some((at, true)) => {
                        worksheet.write_datetime_with_format(row, col, at, &day)?;
                    }
                    None => {
                        worksheet.write_string(row, col, text)?;
                    }
                },
                other => {
                    worksheet.write_string(row, col, other.to_string())?;
                }
            }
        }
    }
    let last_col = sheet.header.len().saturating_sub(1) as u16;
    worksheet.autofilter(0, 0, sheet.rows.len() as u32, last_col)?;
    worksheet.set_freeze_panes(1, 0)?;
    worksheet.autofit();
    Ok(())
}

/// The days Excel has a date for: from its day 0 to the last of 9999.
const EXCEL_DAYS: RangeInclusive<NaiveDate> = NaiveDate::from_ymd_opt(1899, 12, 31).expect("a date")
    ..=NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");

/// A date-time the API sent (RFC 3339), in `tz`, to the second; a date
/// alone (`2026-01-05`) as a date (the flag says which); `None` for any
/// other text, and a day Excel has no date for.
fn date_time(text: &str, tz: Tz) -> Option<(NaiveDateTime, bool)> {
    let (at, date_only) = match crate::dates::local(text, tz) {
        Some(at) => (at.with_nanosecond(0)?, false),
        None => (
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()?
                .and_time(NaiveTime::MIN),
            true,
        ),
    };
    EXCEL_DAYS.contains(&at.date()).then_some((at, date_only))
}

/// Excel takes 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect()
}
