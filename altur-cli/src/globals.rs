//! The flags every command takes (and where the webhook secret is read
//! from), below the commands that read them and
//! the tree that gathers those commands.

use clap::Args;

use crate::output::Format;

/// Where the secret is read from: never a flag, so that it stays out of
/// shell history and process lists.
pub const SECRET_ENV: &str = "ALTUR_WEBHOOK_SECRET";

/// Flags every command takes.
#[derive(Args, Debug)]
#[command(next_help_heading = "Global options")]
pub struct Globals {
    /// The API's address [default: ALTUR_BASE_URL, else the spec's server]
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// How to print results: JSON (pretty on a terminal, one object per line
    /// otherwise), a table (cut to the terminal's width), CSV (a header row,
    /// then a row per item, with a UTF-8 byte order mark so that Excel reads
    /// accents right), or an Excel workbook to --output (dates as dates,
    /// numbers as numbers, phone numbers as text, filters on)
    #[arg(long, global = true, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// The file --format xlsx writes the workbook to
    #[arg(long, global = true, value_name = "FILE.xlsx")]
    pub output: Option<std::path::PathBuf>,
    /// Write date-times in this time zone (`America/Mexico_City`), as
    /// spreadsheets read a date (`2025-01-15 08:30:00`) [default: as the API
    /// sends them; UTC in a workbook]
    #[arg(long, global = true, value_name = "ZONE", value_parser = crate::dates::zone)]
    pub tz: Option<chrono_tz::Tz>,
    /// CSV's delimiter (`;` for a spreadsheet in a locale whose decimal mark
    /// is a comma, `tab`)
    #[arg(long, global = true, value_name = "CHAR", default_value = ",",
          value_parser = delimiter)]
    pub delimiter: u8,
    /// The columns of a table or CSV, in this order (`id,name,agent.name`);
    /// a nested field is named with dots, and so is a key of a free-form
    /// object (`extracted_data.Monto`)
    #[arg(long, global = true, value_name = "A,B,..", value_delimiter = ',')]
    pub fields: Option<Vec<String>>,
    /// Filter JSON output with a jq expression, applied to each item of a list
    /// (or the one object); each result on its own line, strings as text
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// No byte order mark before CSV (for programs that do not expect one)
    #[arg(long, global = true)]
    pub no_bom: bool,
    /// Print one line per request on standard error
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// `--delimiter`: one ASCII character, or `tab`.
fn delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() && text != "\"" => Ok(text.as_bytes()[0]),
        _ => Err(format!(
            "`{text}` is not one character: give `,`, `;`, `|` or `tab`"
        )),
    }
}
