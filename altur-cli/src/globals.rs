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
    /// otherwise) or a table
    #[arg(long, global = true, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Print one line per request on standard error
    #[arg(short, long, global = true)]
    pub verbose: bool,
}
