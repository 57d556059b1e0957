//! `altur api METHOD PATH`: any request, for what the generated commands do
//! not cover (an endpoint Altur added last week, a header or a query
//! parameter the spec lacks), as `gh api` and `oxide api` do. It goes
//! through the crate's `Client::request`, so it has the key, the base URL,
//! the retries and the rate limit of every other command, and prints as
//! they print.

use std::path::PathBuf;

use altur_api::TryStreamExt;
use reqwest::header::{HeaderName, HeaderValue};
use serde_json::{Map, Value};

use crate::failure::{Failure, Result};
use crate::generated::CliConfig;
use crate::globals::Globals;
use crate::output::{Format, Output, Settings};

/// Send any request to the API, with the key, base URL, retries and rate
/// limit of the other commands
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Fields are query parameters for GET, HEAD and DELETE (and with \
    --input), members of a JSON body otherwise. As with gh api, a value given with -F is \
    JSON where it reads as JSON other than a string (42, 1.5, true, false, null, [..], \
    {..}), else the text as typed; -f keeps it text."
)]
pub struct Command {
    /// The HTTP method: GET, POST, PUT, PATCH, DELETE...
    #[arg(value_name = "METHOD")]
    method: String,
    /// The path after the base URL, a query with it if you like
    /// (`/campaigns/1234/contacts?status=converted`)
    #[arg(value_name = "PATH")]
    path: String,
    /// A field, `key=value`, the value typed: numbers, true, false, null
    /// (and JSON arrays and objects) as JSON
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    fields: Vec<String>,
    /// A field whose value is text, as typed
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    raw_fields: Vec<String>,
    /// A header to send, `Name: value`
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// The body, as is, from FILE (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Follow the pages of a list (pageIndex), printing every page's items
    /// as a list command does
    #[arg(long)]
    paginate: bool,
}

impl Command {
    pub async fn run(self, globals: &Globals) -> Result<()> {
        let method = reqwest::Method::from_bytes(self.method.to_ascii_uppercase().as_bytes())
            .map_err(|_| Failure::Usage(format!("`{}` is no HTTP method", self.method)))?;
        let path = if self.path.starts_with('/') {
            self.path.clone()
        } else if self.path.contains("://") {
            return Err(Failure::Usage(format!(
                "`{}`: give the path after the base URL (`/campaigns`); the server is \
                 --base-url's",
                self.path
            )));
        } else {
            format!("/{}", self.path)
        };
        let mut fields = Vec::new();
        for (field, typed) in self
            .fields
            .iter()
            .map(|f| (f, true))
            .chain(self.raw_fields.iter().map(|f| (f, false)))
        {
            let (key, value) = field
                .split_once('=')
                .ok_or_else(|| Failure::Usage(format!("field `{field}`: write it as key=value")))?;
            let value = match serde_json::from_str::<Value>(value) {
                Ok(json) if typed && !json.is_string() => json,
                _ => Value::String(value.to_owned()),
            };
            fields.push((key.to_owned(), value));
        }
        let mut headers = Vec::new();
        for header in &self.headers {
            let invalid =
                || Failure::Usage(format!("header `{header}`: write it as `Name: value`"));
            let (name, value) = header.split_once(':').ok_or_else(invalid)?;
            let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| invalid())?;
            let value = HeaderValue::from_str(value.trim()).map_err(|_| invalid())?;
            headers.push((name, value));
        }
        let body = match &self.input {
            Some(file) => Some(
                crate::input::read(file)
                    .map_err(|e| Failure::Usage(format!("--input {}: {e}", file.display())))?,
            ),
            None => None,
        };

        let client = crate::connection::client(globals.base_url.as_deref())?;
        let mut request = client.request(method.clone(), path);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        let in_query = body.is_some()
            || matches!(
                method,
                reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::DELETE
            );
        if in_query {
            for (key, value) in fields {
                let text = match value {
                    Value::String(text) => text,
                    other => other.to_string(),
                };
                request = request.query(key, text);
            }
        } else if !fields.is_empty() {
            request = request.json(&Value::Object(fields.into_iter().collect::<Map<_, _>>()));
        }
        if let Some(body) = body {
            request = request.body(body);
        }

        // The columns of table and CSV come from an operation's response
        // schema, which a request by its path does not name.
        if globals.format != Format::Json {
            return Err(Failure::Usage(
                "altur api prints JSON (--jq picks fields from it): table and CSV columns \
                 come from an operation's schema, so use the operation's own command"
                    .into(),
            ));
        }
        let output = Output::new(
            "",
            &Settings {
                format: Format::Json,
                fields: None,
                jq: globals.jq.as_deref(),
                bom: false,
                delimiter: b',',
                tz: None,
                output: None,
            },
        )?;
        if self.paginate {
            let mut pages = request.pages();
            while let Some(item) = pages.try_next().await? {
                output.list_item(&item);
            }
            output.list_end();
            return Ok(());
        }
        let response = request.send().await?;
        if response.body.is_empty() {
            return Ok(());
        }
        match response.json() {
            Ok(answer) => output.item(&answer),
            // Not JSON: as it came, for the user to read.
            Err(_) => crate::output::print_line(String::from_utf8_lossy(&response.body).trim_end()),
        }
        Ok(())
    }
}
