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
    /// Stopped by Ctrl-C (128 + SIGINT, as a shell reports it).
    pub const INTERRUPTED: u8 = 130;
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
    /// An id the API has nothing under ([`Failure::not_found`]), in the
    /// same words whichever command met it.
    NotFound {
        error: Box<altur_api::Error>,
        line: String,
        /// Where to look instead (`: \`altur campaigns list\` lists them`),
        /// or nothing.
        hint: String,
    },
    /// A contact import that stopped part way at a batch the API failed
    /// (`error`), with how to go on.
    Stopped {
        error: Box<altur_api::Error>,
        line: String,
    },
    /// Stopped by Ctrl-C, with how to go on.
    Interrupted(String),
}

/// The API has nothing under the id asked for: 404, or the error code
/// NOT_FOUND (which Altur's lifecycle actions answer with a 400).
pub fn is_not_found(error: &altur_api::Error) -> bool {
    let error = error.last_attempt();
    error.status() == Some(reqwest::StatusCode::NOT_FOUND)
        || error
            .api_error()
            .is_some_and(|body| body.code() == Some("NOT_FOUND"))
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

    /// A failure of the API to find what was asked for (see
    /// [`is_not_found`]) as the one line `line` makes (what is missing, and where to look instead), with what the API said between them; any other failure
    /// as it is.
    pub fn not_found(self, line: impl FnOnce() -> (String, String)) -> Failure {
        let error = match self {
            Failure::Api(error) if is_not_found(&error) => error,
            Failure::Page(page) if page.error().is_some_and(is_not_found) => match page.kind {
                altur_api::PageErrorKind::Failed(error) => Box::new(error),
                kind => {
                    return Failure::Page(Box::new(altur_api::PageError { kind, ..*page }));
                }
            },
            other => return other,
        };
        let (line, hint) = line();
        Failure::NotFound { error, line, hint }
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Failure::Usage(_) => exit::USAGE,
            Failure::Api(error)
            | Failure::Transition { error, .. }
            | Failure::NotFound { error, .. }
            | Failure::Stopped { error, .. } => api_exit_code(error),
            Failure::Interrupted(_) => exit::INTERRUPTED,
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
        E::Timeout { .. } | E::Connect { .. } | E::Transport { .. } | E::IncompleteBody { .. } => {
            exit::NETWORK
        }
        _ => exit::API,
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(why)
            | Failure::Refused(why)
            | Failure::Network(why)
            | Failure::Interrupted(why) => f.write_str(why),
            Failure::Transition { line, .. } | Failure::Stopped { line, .. } => f.write_str(line),
            // The person's line, then what the API said, so that nothing
            // the API explained is lost in the rewording.
            Failure::NotFound { line, hint, error } => {
                f.write_str(line)?;
                // Not the status: operations answer an unknown id with
                // 404 or with 400 NOT_FOUND, and the line is one.
                if let Some(said) = api_message(error) {
                    write!(f, " (the API said: {said})")?;
                }
                f.write_str(hint)
            }
            // The crate's message has what the API said, whatever the
            // status (`altur_api::Error::api_error`).
            Failure::Import(error) => fmt::Display::fmt(error, f),
            Failure::Api(error) => match what_to_do(error) {
                Some(advice) => f.write_str(&advice),
                None => fmt::Display::fmt(error, f),
            },
            Failure::Page(page) => match page.error().and_then(what_to_do) {
                Some(advice) => f.write_str(&advice),
                None => fmt::Display::fmt(page, f),
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

/// What the API said: the message the crate read from the body, at the
/// top level or in a nested `error` object, whatever the status.
fn api_message(error: &altur_api::Error) -> Option<&str> {
    error
        .api_error()
        .map(|api| api.message.as_str())
        .filter(|message| !message.trim().is_empty())
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
