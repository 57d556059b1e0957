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
    /// otherwise), a table, or CSV (a header row, then a row per item, with a
    /// UTF-8 byte order mark so that Excel reads accents right)
    #[arg(long, global = true, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// The columns of a table or CSV, in this order (`id,name,agent.name`);
    /// a nested field is named with dots
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
