//! Why a command failed, kept typed until `main` turns it into one line on
//! standard error and an exit code. The generated commands use it in place
//! of `anyhow` (altur-cli/build/adapt.rs rewrites their paths to here).

use std::fmt;
use std::process::ExitCode;

/// Exit codes: what a script calling `altur` can tell apart.
pub mod exit {
    /// A webhook delivery was refused, or an import left rows rejected.
    pub const REFUSED: u8 = 1;
    /// A mistake in the command line, a file or the configuration
    /// (clap's own code for usage errors).
    pub const USAGE: u8 = 2;
    /// The API answered, with an error or with something undecodable.
    pub const API: u8 = 3;
    /// No answer: the server could not be reached, or the connection broke.
    pub const NETWORK: u8 = 4;
    /// Another run holds what this one needs (an import's journal): nothing
    /// was done, nothing is wrong, and the same command goes ahead once that
    /// run has ended.
    pub const BUSY: u8 = 5;
}

/// What failed.
#[derive(Debug)]
pub enum Failure {
    /// The command line, an input file or the configuration.
    Usage(String),
    /// A call to the API (boxed: the crate's errors keep whole bodies).
    Api(Box<altur_api::Error>),
    /// A page of a list, after the items before it were printed.
    Page(Box<altur_api::PageError>),
    /// A webhook delivery that does not verify, and the like.
    Refused(String),
    /// Talking to something other than the API (a forward target, a port).
    Network(String),
    /// A contact import that stopped.
    Import(Box<altur_api::import::ImportError>),
    /// A 409 INVALID_STATUS_TRANSITION, said as what to do instead
    /// ([`Failure::with_transition_hint`]).
    Transition {
        error: Box<altur_api::Error>,
        line: String,
    },
}

/// The name the generated code knows `anyhow::Error` by.
pub type Error = Failure;

pub type Result<T> = std::result::Result<T, Failure>;

impl Failure {
    /// As the generated code writes `anyhow::Error::new(e)`.
    pub fn new(error: impl Into<Failure>) -> Self {
        error.into()
    }

    pub fn import(error: altur_api::import::ImportError) -> Self {
        Failure::Import(Box::new(error))
    }

    /// A 409 INVALID_STATUS_TRANSITION as one line a person can act on:
    /// what `subject` is, and each status of `valid_targets` with the
    /// command `command_to(current, target)` that takes it there, where
    /// there is one. Any other failure is left as it is.
    pub fn with_transition_hint(
        self,
        subject: &str,
        command_to: impl Fn(&str, &str) -> Option<String>,
    ) -> Failure {
        let Failure::Api(error) = self else {
            return self;
        };
        let Some(body) = error
            .api_error()
            .filter(|body| body.code() == Some("INVALID_STATUS_TRANSITION"))
        else {
            return Failure::Api(error);
        };
        let current = body
            .current_status
            .as_deref()
            .unwrap_or("in another status");
        let targets: Vec<String> = body
            .valid_targets
            .iter()
            .map(|target| match command_to(current, target) {
                Some(command) => format!("{target} (use `{command}`)"),
                None => target.clone(),
            })
            .collect();
        let line = if targets.is_empty() {
            format!(
                "{subject} is {current}, and no action takes it anywhere from there \
                 (409 INVALID_STATUS_TRANSITION)"
            )
        } else {
            format!(
                "{subject} is {current}, which this action does not start from \
                 (409 INVALID_STATUS_TRANSITION); valid targets: {}",
                targets.join(", ")
            )
        };
        Failure::Transition { error, line }
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Failure::Usage(_) => exit::USAGE,
            Failure::Api(error) | Failure::Transition { error, .. } => api_exit_code(error),
            // A page that failed, or a server that pages wrong.
            Failure::Page(page) => page.error().map_or(exit::API, api_exit_code),
            Failure::Refused(_) => exit::REFUSED,
            Failure::Network(_) => exit::NETWORK,
            Failure::Import(error) => match error.as_ref() {
                altur_api::import::ImportError::Batch { error, .. } => api_exit_code(error),
                // Not the user's to fix (2), nor rows rejected (1): a
                // scheduled run that finds another going can tell, and stop.
                altur_api::import::ImportError::JournalInUse { .. } => exit::BUSY,
                // The file, the journal, the rejects file: the user's to fix.
                _ => exit::USAGE,
            },
        })
    }
}

fn api_exit_code(error: &altur_api::Error) -> u8 {
    use altur_api::Error as E;
    match error.last_attempt() {
        E::InvalidRequest(_) => exit::USAGE,
        E::Timeout(_) | E::Connect(_) | E::Transport(_) | E::IncompleteBody { .. } => exit::NETWORK,
        _ => exit::API,
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(why) | Failure::Refused(why) | Failure::Network(why) => f.write_str(why),
            Failure::Transition { line, .. } => f.write_str(line),
            Failure::Import(error) => {
                fmt::Display::fmt(error, f)?;
                if let altur_api::import::ImportError::Batch { error, .. } = error.as_ref() {
                    write_message(error, f)?;
                }
                Ok(())
            }
            Failure::Api(error) => match what_to_do(error) {
                Some(advice) => f.write_str(&advice),
                None => {
                    fmt::Display::fmt(error, f)?;
                    write_message(error, f)
                }
            },
            Failure::Page(page) => match page.error().and_then(what_to_do) {
                Some(advice) => f.write_str(&advice),
                None => {
                    fmt::Display::fmt(page, f)?;
                    match page.error() {
                        Some(error) => write_message(error, f),
                        None => Ok(()),
                    }
                }
            },
        }
    }
}

/// For the answers a person can act on, what to do, in place of the
/// crate's account of the exchange.
fn what_to_do(error: &altur_api::Error) -> Option<String> {
    let status = error.last_attempt().status()?;
    if status != reqwest::StatusCode::UNAUTHORIZED {
        return None;
    }
    let said = api_message(error)
        .map(|message| format!(": {message}"))
        .unwrap_or_default();
    Some(format!(
        "the API refused the key in {} (401 Unauthorized{said}): export your \
         organization's current API key in it",
        altur_api::API_KEY_ENV
    ))
}

/// What the body says in `message`, at the top level or in a nested
/// `error` object, as the crate reads it.
fn api_message(error: &altur_api::Error) -> Option<String> {
    if let Some(api) = error.api_error()
        && !api.message.trim().is_empty()
    {
        return Some(api.message.clone());
    }
    let body: serde_json::Value = serde_json::from_slice(error.body()?).ok()?;
    let message = body
        .get("message")
        .or_else(|| body.get("error")?.get("message"))?;
    message.as_str().map(str::to_owned)
}

/// The API's own message, where the crate kept the body raw (a status the
/// spec does not document for the operation, but the API's error shape).
fn write_message(error: &altur_api::Error, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if error.api_error().is_some() {
        // Already in the crate's message.
        return Ok(());
    }
    let message = error
        .body()
        .and_then(|body| serde_json::from_slice::<serde_json::Value>(body).ok())
        .and_then(|body| body.get("message")?.as_str().map(str::to_owned));
    match message {
        Some(message) => write!(f, ": {message}"),
        None => Ok(()),
    }
}

impl From<altur_api::Error> for Failure {
    fn from(error: altur_api::Error) -> Self {
        Failure::Api(Box::new(error))
    }
}

impl From<altur_api::PageError> for Failure {
    fn from(error: altur_api::PageError) -> Self {
        Failure::Page(Box::new(error))
    }
}
