//! The error every operation returns, made from the record of what the
//! server sent ([`Exchange`]); this module does not depend on the transport
//! that writes the record.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;

use crate::exchange::Exchange;
use crate::generated::types;
use crate::operation::Operation;

/// The code of the sandbox's answer to an operation it does not model.
const NOT_MODELED: &str = "NOT_MODELED";

/// Why a call failed. Whatever the server sent is kept: the status, and the
/// raw body where it could not be decoded as documented.
///
/// Its `Display` is one line, and where the server answered with a body
/// that says something (a message, a code, a field, in any shape
/// [`Error::api_error`] reads), whatever the status, that line carries it:
/// `Altur API error 400 Bad Request: cycles.enabled cannot be changed
/// (IMMUTABLE_FIELD; field cycles.enabled)`. A transport error names the
/// operation and the spec's path (`retrieve_end_user (GET /enduser/{id})`),
/// never the URL, which holds the ids the path was filled with.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a status it documents as an error (400, 401,
    /// 404, ...). Its body is read into the spec's error type whatever its
    /// shape (the documented `{error, message}`, `{"detail": ...}`,
    /// per-field lists, nothing at all), so `error.message` is always
    /// something a person can read; the body itself is kept too.
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The body, read as the spec's error.
        error: types::Error,
        /// The raw body, for whatever the spec's error has no place for.
        body: Bytes,
    },
    /// The API answered with a status the spec does not document for this
    /// operation (a 502 page from a proxy, say, or the API's own 401 where
    /// the spec lists none).
    UnexpectedStatus {
        /// The HTTP status.
        status: StatusCode,
        /// The response's `Content-Type`, if any.
        content_type: Option<String>,
        /// The raw body.
        body: Bytes,
        /// The body read as the spec's error, as [`Error::Api`]'s is, where
        /// it says something (a message, a code, a field); `None` for an
        /// HTML page, an empty body, or JSON without any of those.
        error: Option<types::Error>,
    },
    /// The status is documented but the body does not decode as documented.
    /// On a 2xx the server accepted the request, and may have carried it
    /// out: do not send a create again without checking.
    Decode {
        /// The HTTP status.
        status: StatusCode,
        /// The raw body.
        body: Bytes,
        /// What serde found wrong: where in the body (`campaign.id: missing
        /// field `id``), and its line and column.
        source: serde_json::Error,
    },
    /// The body was larger than
    /// [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)
    /// and was not read further.
    ResponseTooLarge {
        /// The HTTP status.
        status: StatusCode,
        /// The limit in force.
        limit: u64,
    },
    /// The connection failed while the body was being read.
    IncompleteBody {
        /// The operation called.
        operation: Operation,
        /// The HTTP status.
        status: StatusCode,
        /// What arrived before the failure.
        received: Bytes,
        /// The transport error, without its URL.
        source: reqwest::Error,
    },
    /// No answer within the connect or request timeout.
    Timeout {
        /// The operation called.
        operation: Operation,
        /// reqwest's error, without its URL (which holds the filled path).
        source: reqwest::Error,
    },
    /// The server could not be reached (refused, unresolvable name, TLS).
    Connect {
        /// The operation called.
        operation: Operation,
        /// reqwest's error, without its URL (which holds the filled path).
        source: reqwest::Error,
    },
    /// Any other transport failure (a refused redirect, a reset connection).
    Transport {
        /// The operation called.
        operation: Operation,
        /// reqwest's error, without its URL (which holds the filled path).
        source: reqwest::Error,
    },
    /// The request could not be built from the arguments given.
    InvalidRequest(String),
    /// (Feature `mock`.) The request reached an httpmock server and no mock
    /// matched it: the test registered none for this request, or its `when`
    /// differs from what was sent. Never an API answer.
    #[cfg(feature = "mock")]
    #[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
    NoMockMatched,
    /// 429 Too Many Requests, after any retries the operation allows.
    RateLimited {
        /// How long the server asked to wait (`Retry-After`), if it said.
        retry_after: Option<Duration>,
        /// The raw body.
        body: Bytes,
        /// The body read as the spec's error, where it says something.
        error: Option<types::Error>,
    },
    /// The operation was sent several times, each after a passing failure
    /// (429, 502, 503, 504, a connection refused or reset before any
    /// response), and the last attempt failed too.
    RetriesExhausted {
        /// How many times the request was sent.
        attempts: u32,
        /// The last attempt's error, whole.
        last: Box<Error>,
    },
}

impl Error {
    /// What the call's span records as `error.type`, as OpenTelemetry's HTTP
    /// conventions ask: an error status as its number, else a short name of
    /// what failed; never anything the server or the caller sent.
    pub(crate) fn kind(&self) -> &str {
        match self {
            Error::RetriesExhausted { last, .. } => last.kind(),
            Error::Api { status, .. } | Error::UnexpectedStatus { status, .. } => status.as_str(),
            Error::RateLimited { .. } => "429",
            Error::Decode { .. } => "decode",
            Error::ResponseTooLarge { .. } => "response_too_large",
            Error::IncompleteBody { .. } => "incomplete_body",
            Error::Timeout { .. } => "timeout",
            Error::Connect { .. } => "connect",
            Error::Transport { .. } => "transport",
            Error::InvalidRequest(_) => "invalid_request",
            #[cfg(feature = "mock")]
            Error::NoMockMatched => "no_mock_matched",
        }
    }

    /// The HTTP status, if a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::RetriesExhausted { last, .. } => last.status(),
            Error::RateLimited { .. } => Some(StatusCode::TOO_MANY_REQUESTS),
            Error::Api { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Decode { status, .. }
            | Error::ResponseTooLarge { status, .. }
            | Error::IncompleteBody { status, .. } => Some(*status),
            Error::Timeout { .. }
            | Error::Connect { .. }
            | Error::Transport { .. }
            | Error::InvalidRequest(_) => None,
            // httpmock's 404 is no status of the API's.
            #[cfg(feature = "mock")]
            Error::NoMockMatched => None,
        }
    }

    /// The raw response body, where one arrived and was kept.
    pub fn body(&self) -> Option<&Bytes> {
        match self {
            Error::RetriesExhausted { last, .. } => last.body(),
            Error::Api { body, .. }
            | Error::UnexpectedStatus { body, .. }
            | Error::Decode { body, .. }
            | Error::RateLimited { body, .. } => Some(body),
            Error::IncompleteBody { received, .. } => Some(received),
            _ => None,
        }
    }

    /// The sandbox (`altur-sandbox`) answered that it does not model this
    /// operation yet: 501 with the code `NOT_MODELED`, its message naming
    /// the operation (`the sandbox does not model list_agents yet`). It
    /// serves every operation of the spec it reads, and one added since its
    /// behaviour was written answers so, whether the client calls it as a
    /// generated operation (a status the spec does not document) or through
    /// [`Client::request`](crate::Client::request). Altur's API never does.
    pub fn is_not_modeled(&self) -> bool {
        let error = self.last_attempt();
        error.status() == Some(StatusCode::NOT_IMPLEMENTED)
            && error.api_error().and_then(types::Error::code) == Some(NOT_MODELED)
    }

    /// What the API said, as the spec's error: its message, `code()`,
    /// `field`, `current_status` and `valid_targets`, read from whatever
    /// shape the body has. Always there for a documented error status
    /// ([`Error::Api`]); for any other status (undocumented, 429) where the
    /// body says something, and `None` where it says nothing (an HTML page,
    /// an empty body). The raw body stays in [`Error::body`].
    pub fn api_error(&self) -> Option<&types::Error> {
        match self {
            Error::Api { error, .. } => Some(error),
            Error::UnexpectedStatus { error, .. } | Error::RateLimited { error, .. } => {
                error.as_ref()
            }
            Error::RetriesExhausted { last, .. } => last.api_error(),
            _ => None,
        }
    }

    /// The operation a transport error happened in (no answer, no
    /// connection, a body broken off).
    pub fn operation(&self) -> Option<&Operation> {
        match self {
            Error::Timeout { operation, .. }
            | Error::Connect { operation, .. }
            | Error::Transport { operation, .. }
            | Error::IncompleteBody { operation, .. } => Some(operation),
            Error::RetriesExhausted { last, .. } => last.operation(),
            _ => None,
        }
    }

    /// How many times the request was sent (1 unless it was retried).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::RetriesExhausted { attempts, .. } => *attempts,
            _ => 1,
        }
    }

    /// The error of the last attempt: itself, unless retries ran out.
    pub fn last_attempt(&self) -> &Error {
        match self {
            Error::RetriesExhausted { last, .. } => last,
            other => other,
        }
    }

    pub(crate) fn from_generated<E: DocumentedError>(
        error: progenitor_client::Error<E>,
        exchange: Exchange,
        operation: Operation,
    ) -> Error {
        let attempts = exchange.attempts;
        let rate_limited =
            exchange.status == Some(StatusCode::TOO_MANY_REQUESTS) && exchange.too_large.is_none();
        let error = if rate_limited {
            rate_limited_by(exchange)
        } else {
            Error::from_attempt(error, exchange, operation)
        };
        Error::after(attempts, error)
    }

    /// `error`, as the last of `attempts`.
    fn after(attempts: u32, error: Error) -> Error {
        if attempts > 1 {
            Error::RetriesExhausted {
                attempts,
                last: Box::new(error),
            }
        } else {
            error
        }
    }

    /// The error of a raw request (`Client::request`): a transport error,
    /// or (`None`) the status that is no success, from the record; the
    /// body read as the operations read the API's errors, whatever its
    /// shape.
    pub(crate) fn from_raw(
        error: Option<reqwest::Error>,
        exchange: Exchange,
        operation: Operation,
    ) -> Error {
        let attempts = exchange.attempts;
        let error = match (error, exchange.status) {
            (Some(e), _) => transport(e, exchange, operation),
            (None, Some(status)) if exchange.too_large.is_some() => Error::ResponseTooLarge {
                status,
                limit: exchange.too_large.unwrap_or_default(),
            },
            (None, Some(StatusCode::TOO_MANY_REQUESTS)) => rate_limited_by(exchange),
            (None, Some(status)) => Error::Api {
                status,
                error: crate::error_body::read(status, &exchange.body),
                body: exchange.body,
            },
            (None, None) => Error::InvalidRequest("no answer was recorded".into()),
        };
        Error::after(attempts, error)
    }

    fn from_attempt<E: DocumentedError>(
        error: progenitor_client::Error<E>,
        exchange: Exchange,
        operation: Operation,
    ) -> Error {
        use progenitor_client::Error as Generated;

        if let (Some(limit), Some(status)) = (exchange.too_large, exchange.status) {
            return Error::ResponseTooLarge { status, limit };
        }
        #[cfg(feature = "mock")]
        if crate::mock::no_mock_matched(&exchange) {
            return Error::NoMockMatched;
        }
        match error {
            Generated::ErrorResponse(response) => {
                let status = response.status();
                match response.into_inner().into_api_error() {
                    // A blank `message` says nothing: read the body as any
                    // other shape is read (another key, else the reason).
                    Some(error) if error.message.trim().is_empty() => Error::Api {
                        status,
                        error: crate::error_body::read(status, &exchange.body),
                        body: exchange.body,
                    },
                    Some(error) => Error::Api {
                        status,
                        error,
                        body: exchange.body,
                    },
                    None => unexpected(status, exchange),
                }
            }
            Generated::UnexpectedResponse(response) => unexpected(response.status(), exchange),
            Generated::InvalidResponsePayload(body, source) => match exchange.status {
                // A documented error status whose body is not the documented
                // shape: read what it says anyway.
                Some(status) if status.is_client_error() || status.is_server_error() => {
                    Error::Api {
                        status,
                        error: crate::error_body::read(status, &body),
                        body,
                    }
                }
                Some(status) => Error::Decode {
                    status,
                    body,
                    source,
                },
                None => {
                    Error::InvalidRequest(format!("response decoded without a status: {source}"))
                }
            },
            Generated::CommunicationError(e)
            | Generated::ResponseBodyError(e)
            | Generated::InvalidUpgrade(e) => transport(e, exchange, operation),
            Generated::InvalidRequest(why) | Generated::Custom(why) => Error::InvalidRequest(why),
        }
    }
}

fn unexpected(status: StatusCode, exchange: Exchange) -> Error {
    let content_type = exchange
        .content_type
        .and_then(|v| v.to_str().ok().map(str::to_owned));
    Error::UnexpectedStatus {
        status,
        content_type,
        error: crate::error_body::said(status, &exchange.body),
        body: exchange.body,
    }
}

fn rate_limited_by(exchange: Exchange) -> Error {
    Error::RateLimited {
        retry_after: exchange.retry_after,
        error: crate::error_body::said(StatusCode::TOO_MANY_REQUESTS, &exchange.body),
        body: exchange.body,
    }
}

/// A transport error, without the URL reqwest gives it: the URL holds the
/// filled path (an id, a phone number), which logs should not; the
/// operation says which call it was instead.
fn transport(e: reqwest::Error, exchange: Exchange, operation: Operation) -> Error {
    let source = e.without_url();
    if source.is_timeout() {
        Error::Timeout { operation, source }
    } else if let Some(status) = exchange.status {
        Error::IncompleteBody {
            operation,
            status,
            received: exchange.body,
            source,
        }
    } else if source.is_connect() {
        Error::Connect { operation, source }
    } else {
        Error::Transport { operation, source }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Not an error of Altur's, nor an undocumented status: what the
            // sandbox has yet to be taught, in its own words.
            Error::Api { error, .. }
            | Error::UnexpectedStatus {
                error: Some(error), ..
            } if self.is_not_modeled() => {
                write!(f, "{} (501 {NOT_MODELED})", one_line(&error.message))
            }
            Error::Api { status, error, .. } => {
                write!(f, "Altur API error {status}")?;
                write_said(f, error)
            }
            Error::UnexpectedStatus {
                status,
                error: Some(error),
                ..
            } => {
                write!(f, "Altur API answered with undocumented status {status}")?;
                write_said(f, error)
            }
            Error::UnexpectedStatus {
                status,
                content_type,
                body,
                error: None,
            } => write!(
                f,
                "Altur API answered with undocumented status {status} ({}, {} bytes)",
                content_type.as_deref().unwrap_or("no content type"),
                body.len()
            ),
            Error::Decode {
                status,
                body,
                source,
            } if status.is_success() => write!(
                f,
                "the Altur API accepted the request ({status}), but its answer does not decode \
                 as documented ({} bytes, kept in the error; the request may have been carried \
                 out, so check before sending it again): {source}",
                body.len()
            ),
            Error::Decode {
                status,
                body,
                source,
            } => write!(
                f,
                "cannot decode the {status} response of the Altur API ({} bytes): {source}",
                body.len()
            ),
            Error::ResponseTooLarge { status, limit } => write!(
                f,
                "the {status} response of the Altur API is larger than the {limit}-byte limit"
            ),
            Error::IncompleteBody {
                operation,
                status,
                received,
                source,
            } => write!(
                f,
                "the {status} response of the Altur API to {operation} broke off after {} \
                 bytes: {}",
                received.len(),
                chain(source)
            ),
            Error::Timeout { operation, source } => write!(
                f,
                "the Altur API did not answer {operation} in time: {}",
                chain(source)
            ),
            Error::Connect { operation, source } => write!(
                f,
                "cannot connect to the Altur API for {operation}: {}",
                chain(source)
            ),
            Error::Transport { operation, source } => write!(
                f,
                "request to the Altur API failed for {operation}: {}",
                chain(source)
            ),
            Error::InvalidRequest(why) => write!(f, "invalid request: {}", one_line(why)),
            #[cfg(feature = "mock")]
            Error::NoMockMatched => f.write_str(
                "no mock matched the request (httpmock answered it, not the API): \
                 register a mock for it, or check that its `when` is what was sent",
            ),
            Error::RateLimited {
                retry_after, error, ..
            } => {
                f.write_str("the Altur API is rate limiting this client (429)")?;
                if let Some(error) = error {
                    write_said(f, error)?;
                }
                match retry_after {
                    Some(wait) => write!(f, "; it asks to wait {} s", wait.as_secs_f64()),
                    None => Ok(()),
                }
            }
            Error::RetriesExhausted { attempts, last } => {
                write!(f, "{last} (gave up after {attempts} attempts)")
            }
        }
    }
}

/// What the API said, after the status: `: <message> (<code>; field
/// <field>)`, each part where the body has it.
fn write_said(f: &mut fmt::Formatter<'_>, error: &types::Error) -> fmt::Result {
    write!(f, ": {}", one_line(&error.message))?;
    let code = match (error.code(), &error.error) {
        // `{"error": "Unauthorized"}` is message and code at once.
        (Some(code), _) if code == error.message => None,
        (Some(code), _) => Some(one_line(code)),
        (None, Some(number)) => Some(format!("error {number}")),
        (None, None) => None,
    };
    let field = error
        .field
        .as_deref()
        .filter(|field| !field.trim().is_empty())
        .map(|field| format!("field {}", one_line(field)));
    match (code, field) {
        (Some(code), Some(field)) => write!(f, " ({code}; {field})"),
        (Some(part), None) | (None, Some(part)) => write!(f, " ({part})"),
        (None, None) => Ok(()),
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode { source, .. } => Some(source),
            Error::IncompleteBody { source, .. }
            | Error::Timeout { source, .. }
            | Error::Connect { source, .. }
            | Error::Transport { source, .. } => Some(source),
            Error::RetriesExhausted { last, .. } => Some(last.as_ref()),
            _ => None,
        }
    }
}

/// reqwest's own message is terse ("error sending request"); the cause
/// (connection refused, name not resolved) is further down the chain.
fn chain(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    one_line(&text)
}

/// Display promises one line, whatever the server put in a message.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl types::Error {
    /// The machine-readable code (`INVALID_STATUS_TRANSITION`, ...): the
    /// `code` key, or `error` where the API puts the string there. Which key
    /// the campaign endpoints use is not documented, so both are read.
    pub fn code(&self) -> Option<&str> {
        match (&self.code, &self.error) {
            (Some(code), _) => Some(code),
            (None, Some(types::ErrorError::String(code))) => Some(code),
            _ => None,
        }
    }
}

/// The error body type of an operation, as progenitor generates it: the
/// spec's `Error` schema where an operation documents one, `()` where it
/// documents none. A spec that gives an error status another schema makes
/// the generated code fail to compile here, on purpose: [`Error::Api`] would
/// need a variant for it.
pub trait DocumentedError {
    /// The body as the spec's `Error`, if it is one.
    fn into_api_error(self) -> Option<types::Error>;
}

impl DocumentedError for types::Error {
    fn into_api_error(self) -> Option<types::Error> {
        Some(self)
    }
}

impl DocumentedError for () {
    fn into_api_error(self) -> Option<types::Error> {
        None
    }
}
