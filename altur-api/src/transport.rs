//! What happens around every request the generated code sends: the response
//! body is read here, within a size limit, and what the server sent (status,
//! content type, raw body) is recorded in an [`Exchange`], so that
//! [`crate::Error`] can keep it where progenitor's own error would drop it.
//!
//! Dependencies run one way: the transport uses the error module (it turns
//! each call's failure into an [`Error`]) and the record (`exchange`); the
//! error module uses the record alone and knows nothing of how it is
//! written.

use std::cell::RefCell;
use std::future::Future;
#[cfg(feature = "rate-limit")]
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::ResponseBuilderExt;
use reqwest::header::{AUTHORIZATION, HeaderValue, USER_AGENT};

use crate::error::{DocumentedError, Error};
use crate::exchange::Exchange;
use crate::generated::{Client, ResponseValue};
use crate::retry;

/// Per-client settings the hooks need. Only [`Client::builder`] makes one,
/// which keeps the generated constructors from building a client without
/// authentication.
#[derive(Clone, Debug)]
pub struct Transport {
    pub(crate) max_response_bytes: u64,
    pub(crate) log_bodies: bool,
    /// Attempts after the first, for operations that may be sent again.
    pub(crate) max_retries: u32,
    /// The whole call, retries and waits included, stays within this.
    pub(crate) timeout: Duration,
    /// `Authorization`, set on each request where the client is the
    /// user's own (`ClientBuilder::http_client`), whose default headers are
    /// not the crate's; `None` where the crate built the client with it.
    pub(crate) authorization: Option<HeaderValue>,
    /// Where the calls go, for their spans.
    pub(crate) server: Server,
    /// Shared by every clone of the client.
    #[cfg(feature = "rate-limit")]
    pub(crate) rate_limit: Option<Arc<crate::rate_limit::RateLimit>>,
    /// The limit's rate, for jobs that pace themselves by it (the import).
    #[cfg(feature = "rate-limit")]
    pub(crate) requests_per_second: Option<std::num::NonZeroU32>,
}

/// The base URL's parts a call's span names.
#[derive(Clone, Debug)]
pub(crate) struct Server {
    pub(crate) address: Box<str>,
    pub(crate) port: u16,
    /// The base URL's path (`/api/v1.0`), which the spec's paths follow.
    pub(crate) base_path: Box<str>,
}

/// What one call records while it runs: what came back (the error is made
/// of it), and the idempotency key that every attempt sends.
#[derive(Debug, Default)]
struct Call {
    exchange: Exchange,
    idempotency_key: Option<HeaderValue>,
    /// The client's size limit, for `success_body`.
    max_response_bytes: u64,
    /// When the call's time is up, once an attempt needs to carry what is
    /// left of it: a retry, or any attempt through the user's client (the
    /// crate's own client holds the whole timeout for a first attempt).
    deadline: Option<Instant>,
    /// For each attempt's event: its path as the spec writes it.
    operation: Option<Operation>,
}

impl Call {
    fn of(operation: Operation) -> RefCell<Call> {
        RefCell::new(Call {
            operation: Some(operation),
            ..Call::default()
        })
    }
}

tokio::task_local! {
    static CALL: RefCell<Call>;
}

/// The record of the call, taken when it ends.
fn take_exchange() -> Exchange {
    CALL.with(|call| std::mem::take(&mut call.borrow_mut().exchange))
}

/// What a call's span and its transport errors say of its operation,
/// derived from the spec by the code generator (`codegen/call_spans.rs`,
/// which names it by this path): each operation's builder hands its own to
/// `record_retrying`.
pub(crate) use crate::operation::Operation;

/// The call's span: one per call, retries and waits inside it, named and
/// attributed as OpenTelemetry names HTTP client spans (`otel.*` fields are
/// what tracing-opentelemetry reads for the span's name and kind). Never a
/// key, a body, a filled path or a query value: the path is the spec's
/// template, after the base URL's path.
fn call_span(transport: &Transport, operation: Operation) -> tracing::Span {
    let server = &transport.server;
    let template = Template {
        base_path: &server.base_path,
        path: operation.path,
    };
    tracing::info_span!(
        target: "altur_api",
        "altur_api.call",
        otel.name = %format_args!("{} {template}", operation.method),
        otel.kind = "client",
        http.request.method = operation.method,
        server.address = &*server.address,
        // Integers as i64: tracing-opentelemetry exports a u64 as a string.
        server.port = i64::from(server.port),
        url.template = %template,
        altur.operation_id = operation.id,
        http.response.status_code = tracing::field::Empty,
        http.request.resend_count = tracing::field::Empty,
        error.type = tracing::field::Empty,
        otel.status_code = tracing::field::Empty,
    )
}

/// The absolute path's template: `/api/v1.0` + `/thread/{id}`.
struct Template<'a> {
    base_path: &'a str,
    path: &'static str,
}

/// A transport error said without its URL (which holds the filled path):
/// what it was, and its causes.
struct WithoutUrl<'a>(&'a reqwest::Error);

impl std::fmt::Display for WithoutUrl<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let error = self.0;
        let what = if error.is_timeout() {
            "timed out"
        } else if error.is_connect() {
            "could not connect"
        } else if error.is_redirect() {
            "redirect refused"
        } else if error.is_body() || error.is_decode() {
            "the body broke off"
        } else {
            "request failed"
        };
        f.write_str(what)?;
        let mut cause = std::error::Error::source(error);
        while let Some(error) = cause {
            write!(f, ": {error}")?;
            cause = error.source();
        }
        Ok(())
    }
}

impl std::fmt::Display for Template<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.base_path, self.path)
    }
}

/// The end of the call, on its span: the last status, how many times the
/// request was sent again, and what kind of failure it was.
fn close_span<T>(span: &tracing::Span, (status, attempts): End, result: &Result<T, Error>) {
    if span.is_disabled() {
        return;
    }
    if let Some(status) = status {
        span.record("http.response.status_code", i64::from(status.as_u16()));
    }
    if attempts > 1 {
        span.record("http.request.resend_count", i64::from(attempts - 1));
    }
    if let Err(error) = result {
        span.record("error.type", error.kind());
        span.record("otel.status_code", "ERROR");
    }
}

/// Runs `send` (a generated `send_generated()`) on `builder`, again on a
/// copy of it after the failures `after` names: any passing failure for the
/// operations the spec lets be sent again, a 429 alone for the others
/// (`codegen/typed_send.rs` chooses), and turns its error into the
/// crate's, with what [`ClientHooks::exec`] recorded meanwhile. Keeping
/// the builder, which holds the caller's arguments, costs less than keeping
/// the request made of them (its URL and header map): a retry builds the
/// request anew.
pub(crate) fn record_retrying<'a, B, F, T, E>(
    client: &'a Client,
    operation: Operation,
    builder: B,
    send: fn(B) -> F,
    after: retry::After,
) -> impl Future<Output = Result<ResponseValue<T>, Error>> + 'a
where
    B: Clone + 'a,
    T: 'a,
    F: Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>> + 'a,
    E: DocumentedError,
{
    let transport = client.inner();
    let span = call_span(transport, operation);
    let closing = span.clone();
    let call = CALL.scope(Call::of(operation), async move {
        let attempts = transport.max_retries.saturating_add(1);
        let started = Instant::now();
        let mut builder = builder;
        let mut attempt = 1;
        let result = loop {
            let again = (attempt < attempts).then(|| builder.clone());
            // Not boxed: at 2.4 KB (it was 9.6 KB when boxing it paid),
            // copying the future where it moves costs less than allocating
            // 2.4 KB per call, which glibc serves from its slow path.
            // BENCHMARKS.md has the counts.
            let result = send(builder).await;
            let (Some(next), Err(error)) = (again, &result) else {
                break result;
            };
            let (status, retry_after) = recorded(|x| (x.status, x.retry_after)).unwrap_or_default();
            let refused =
                matches!(error, progenitor_client::Error::CommunicationError(e) if !e.is_timeout());
            if !after.retries(status, refused) {
                break result;
            }
            let wait = retry::backoff(attempt, retry_after);
            if started.elapsed() + wait >= transport.timeout {
                break result;
            }
            retrying(attempt, status, wait);
            // Boxed: only a retry needs it.
            Box::pin(tokio::time::sleep(wait)).await;
            attempt += 1;
            next_attempt(attempt, started + transport.timeout);
            builder = next;
        };
        let exchange = take_exchange();
        let end = (exchange.status, exchange.attempts);
        let result = result.map_err(|e| Error::from_generated(e, exchange, operation));
        close_span(&closing, end, &result);
        result
    });
    // Entered at each poll: the span wraps the whole call, and no async fn
    // of its own is one more copy of the call's future.
    tracing::Instrument::instrument(call, span)
}

/// What the span is closed with: the last status, and how many times the
/// request was sent.
type End = (Option<reqwest::StatusCode>, u32);

fn with_call<T>(change: impl FnOnce(&mut Call) -> T) -> Option<T> {
    CALL.try_with(|call| change(&mut call.borrow_mut())).ok()
}

/// The event inside the call's span before a retry (`attempt` failed).
/// Its numbers are `i64`, as every number of the crate's events and spans:
/// tracing-opentelemetry exports a `u64` as a string.
fn retrying(attempt: u32, status: Option<reqwest::StatusCode>, wait: Duration) {
    tracing::info!(
        target: "altur_api",
        attempt = i64::from(attempt),
        status = status.map(|status| i64::from(status.as_u16())),
        wait_ms = i64::try_from(wait.as_millis()).unwrap_or(i64::MAX),
        "retrying after a passing failure"
    );
}

/// Before attempt `attempt`: its exchange recorded anew, and the call's
/// deadline kept, so that the attempt carries what is left of the call's
/// time.
fn next_attempt(attempt: u32, deadline: Instant) {
    with_call(|call| {
        call.exchange = Exchange {
            attempts: attempt,
            ..Exchange::default()
        };
        call.deadline.get_or_insert(deadline);
    });
}

fn note<T>(change: impl FnOnce(&mut Exchange) -> T) -> Option<T> {
    // Outside `record_retrying` and `send_raw` (no such caller in this crate)
    // there is nothing to note.
    with_call(|call| change(&mut call.exchange))
}

impl ClientHooks<Transport> for Client {
    /// Sends one attempt of the request, within the client's rate limit,
    /// with the call's idempotency key where the operation documents one.
    /// Sending again is `record_retrying`'s.
    async fn exec(
        &self,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        if let Some(header) = crate::generated::idempotency_key_header(info.operation_id)
            && !request.headers().contains_key(header)
        {
            // One key for the call: every retry carries the same.
            let key = with_call(|call| {
                call.idempotency_key
                    .get_or_insert_with(retry::idempotency_key)
                    .clone()
            })
            .unwrap_or_else(retry::idempotency_key);
            request.headers_mut().insert(header, key);
        }
        let transport = self.inner();
        if let Some(authorization) = &transport.authorization {
            let headers = request.headers_mut();
            headers.insert(AUTHORIZATION, authorization.clone());
            headers.insert(USER_AGENT, HeaderValue::from_static(crate::USER_AGENT));
        }
        // A retry, or an attempt through the user's client (whose own
        // timeout is not the crate's), carries what is left of the call's
        // time: the whole call stays within `timeout`, and running out is
        // reqwest's own timeout error, as with the crate's client.
        let theirs = transport.authorization.is_some();
        let deadline = with_call(|call| match call.deadline {
            None if theirs => Some(*call.deadline.insert(Instant::now() + transport.timeout)),
            deadline => deadline,
        })
        .unwrap_or_else(|| theirs.then(|| Instant::now() + transport.timeout));
        // Held until the answer's head arrives (rate_limit.rs says why).
        #[cfg(feature = "rate-limit")]
        let _slot = match &transport.rate_limit {
            // Boxed: most clients set no limit and need not carry it.
            Some(limit) => Some(Box::pin(limit.slot()).await),
            None => None,
        };
        if let Some(deadline) = deadline {
            *request.timeout_mut() = Some(deadline.saturating_duration_since(Instant::now()));
        }
        self.attempt(request, info).await
    }
}

/// What this attempt recorded (`None` outside `record_retrying` and
/// `send_raw`, where there is no record).
fn recorded<T>(read: impl FnOnce(&Exchange) -> T) -> Option<T> {
    CALL.try_with(|call| read(&call.borrow().exchange)).ok()
}

impl Client {
    /// The path of this call's operation as the spec writes it, for events:
    /// never the filled path, which can hold an id or a phone number.
    fn template(&self) -> Template<'_> {
        let path = with_call(|call| call.operation.map(|operation| operation.path));
        Template {
            base_path: &self.inner().server.base_path,
            path: path.flatten().unwrap_or_default(),
        }
    }

    /// One attempt, and one `altur_api` DEBUG event for it: operation,
    /// method, path (the spec's template), status, elapsed time (to the end of the body; for a
    /// success, whose body is read while it is decoded, to the response
    /// head), attempt. Never headers (the key is one); bodies only at TRACE and
    /// only with [`ClientBuilder::log_bodies`](crate::ClientBuilder::log_bodies).
    async fn attempt(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let started = Instant::now();
        let method = request.method().clone();
        let log_bodies = self.inner().log_bodies;
        if log_bodies && let Some(body) = request.body().and_then(reqwest::Body::as_bytes) {
            tracing::trace!(
                target: "altur_api",
                operation = info.operation_id,
                body = %String::from_utf8_lossy(body),
                "request body"
            );
        }
        let limit = self.inner().max_response_bytes;
        // Which attempt of the call this is, for the event (read with the
        // status, when the record is at hand anyway).
        let attempt;
        // The response is read here rather than in a function of its own:
        // each nested future is one more copy of its state per request.
        let outcome: reqwest::Result<reqwest::Response> = 'read: {
            let mut response = match self.client().execute(request).await {
                Ok(response) => response,
                Err(e) => {
                    attempt = recorded(|x| x.attempts.max(1)).unwrap_or(1);
                    break 'read Err(e);
                }
            };
            let status = response.status();
            let content_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .cloned();
            let retry_after = retry::is_passing(status)
                .then(|| retry::retry_after(response.headers()))
                .flatten();
            // A success goes on as it came: the generated code hands it to
            // `lenient::success`, which reads the body through
            // `success_body`, within the same limit (or leaves it unread,
            // where the spec documents no body). Rebuilding a response
            // around a body read here costs every call a URL copy and an
            // extension map; only the other answers, whose bodies the
            // generated code would read without a limit, pay for it.
            attempt = with_call(|call| {
                let x = &mut call.exchange;
                x.status = Some(status);
                x.content_type = content_type;
                x.retry_after = retry_after;
                call.max_response_bytes = limit;
                x.attempts.max(1)
            })
            .unwrap_or(1);
            if status.is_success() && !log_bodies {
                break 'read Ok(response);
            }

            // Carrying the URL over spares reqwest parsing a placeholder one.
            let mut head = http::Response::builder()
                .status(status)
                .version(response.version())
                .url(response.url().clone())
                .body(Bytes::new())
                .unwrap_or_default();
            *head.headers_mut() = std::mem::take(response.headers_mut());
            match read_limited(&mut response, limit).await {
                Ok(Some(body)) => {
                    note(|x| x.body = body.clone());
                    *head.body_mut() = body;
                    Ok(head.into())
                }
                // Passed the limit: an empty body, and the record says why.
                Ok(None) => Ok(head.into()),
                Err(e) => Err(e),
            }
        };
        let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        // As numbers an exporter keeps as numbers (see `retrying`).
        let attempt = i64::from(attempt);
        match &outcome {
            Ok(response) => {
                tracing::debug!(
                    target: "altur_api",
                    operation = info.operation_id,
                    %method,
                    path = %self.template(),
                    status = i64::from(response.status().as_u16()),
                    elapsed_ms,
                    attempt,
                    "request"
                );
                if log_bodies {
                    recorded(|x| {
                        tracing::trace!(
                            target: "altur_api",
                            operation = info.operation_id,
                            body = %String::from_utf8_lossy(&x.body),
                            "response body"
                        );
                    });
                }
            }
            Err(error) => tracing::debug!(
                target: "altur_api",
                operation = info.operation_id,
                %method,
                path = %self.template(),
                elapsed_ms,
                attempt,
                error = %WithoutUrl(error),
                "request failed"
            ),
        }
        outcome
    }
}

/// Reads the body of a success that [`ClientHooks::exec`] passed on unread,
/// within the size limit: `None` when it passed the limit (and the record
/// says so); what arrived is recorded when the connection breaks.
pub(crate) async fn success_body(
    response: &mut reqwest::Response,
) -> reqwest::Result<Option<Bytes>> {
    let limit = with_call(|call| call.max_response_bytes).unwrap_or(u64::MAX);
    read_limited(response, limit).await
}

/// The body, or `None` where it passed `limit` (recorded), or the error
/// that broke it off (what arrived is recorded).
async fn read_limited(
    response: &mut reqwest::Response,
    limit: u64,
) -> reqwest::Result<Option<Bytes>> {
    let declared = response.content_length();
    if declared.is_some_and(|declared| declared > limit) {
        note(|x| x.too_large = Some(limit));
        return Ok(None);
    }
    // One chunk is passed on without a copy. More are joined in one buffer
    // of the declared length (within the limit, checked above), rather than
    // one grown, and copied again, at every chunk that does not fit; grown
    // all the same where the allocator refuses that length (a server may
    // declare a petabyte under a lifted limit, and send a few bytes).
    let mut first: Option<Bytes> = None;
    let mut more: Option<Vec<u8>> = None;
    let mut received: u64 = 0;
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => {
                note(|x| x.body = joined(first, more));
                return Err(e);
            }
        };
        received += chunk.len() as u64;
        if received > limit {
            note(|x| x.too_large = Some(limit));
            return Ok(None);
        }
        match (&first, &mut more) {
            (None, _) => first = Some(chunk),
            (Some(head), None) => {
                let known = declared.map_or(0, |declared| {
                    usize::try_from(declared).unwrap_or(usize::MAX)
                });
                let mut all = Vec::new();
                let _ = all.try_reserve_exact(known.max(head.len() + chunk.len()));
                all.extend_from_slice(head);
                all.extend_from_slice(&chunk);
                more = Some(all);
            }
            (Some(_), Some(all)) => all.extend_from_slice(&chunk),
        }
    }
    Ok(Some(joined(first, more)))
}

fn joined(first: Option<Bytes>, more: Option<Vec<u8>>) -> Bytes {
    match more {
        Some(all) => all.into(),
        None => first.unwrap_or_default(),
    }
}

/// What a raw request's span and events call it: never its path, which
/// can hold an id or a phone number.
const RAW_OPERATION: &str = "request";

/// A method as a `'static` name for the span (OpenTelemetry's `_OTHER` for
/// one HTTP does not define).
fn method_name(method: &reqwest::Method) -> &'static str {
    use reqwest::Method as M;
    match *method {
        M::GET => "GET",
        M::POST => "POST",
        M::PUT => "PUT",
        M::PATCH => "PATCH",
        M::DELETE => "DELETE",
        M::HEAD => "HEAD",
        M::OPTIONS => "OPTIONS",
        M::TRACE => "TRACE",
        M::CONNECT => "CONNECT",
        _ => "_OTHER",
    }
}

/// Sends a request of [`Client::request`](crate::Client::request) (`build`
/// makes each attempt's) as the operations are sent: through
/// [`ClientHooks::exec`] (key, rate limit, time left) and `attempt` (size
/// limit, one event per attempt), in a call's span; again after a passing
/// failure where `repeatable`, and after a 429 alone otherwise, as
/// `record_retrying` does. The status,
/// headers and body of a 2xx; an [`Error`] made as the operations' are
/// otherwise.
pub(crate) async fn send_raw(
    client: &Client,
    method: &reqwest::Method,
    build: impl Fn() -> reqwest::Request,
    repeatable: bool,
) -> Result<(reqwest::StatusCode, reqwest::header::HeaderMap, Bytes), Error> {
    let transport = client.inner();
    let operation = Operation {
        id: RAW_OPERATION,
        method: method_name(method),
        path: "/{path}",
    };
    let span = call_span(transport, operation);
    let closing = span.clone();
    let info = OperationInfo {
        operation_id: RAW_OPERATION,
    };
    let call = CALL.scope(Call::of(operation), async move {
        // A request that is not repeatable is sent again after a 429 alone.
        let after = if repeatable {
            retry::After::Passing
        } else {
            retry::After::RateLimited
        };
        let attempts = transport.max_retries.saturating_add(1);
        let started = Instant::now();
        let mut attempt = 1;
        let result = loop {
            // `Err(None)`: a status that is no success, recorded.
            let outcome: Result<_, Option<reqwest::Error>> = match client.exec(build(), &info).await
            {
                Ok(mut response) if response.status().is_success() => {
                    let status = response.status();
                    let headers = std::mem::take(response.headers_mut());
                    match success_body(&mut response).await {
                        Ok(Some(body)) => Ok((status, headers, body)),
                        // Past the size limit: recorded.
                        Ok(None) => Err(None),
                        Err(e) => Err(Some(e)),
                    }
                }
                Ok(_) => Err(None),
                Err(e) => Err(Some(e)),
            };
            let passing = match &outcome {
                Ok(_) => false,
                // A status that is no success, by that status; an answer
                // whose body passed the size limit, never.
                Err(None) => recorded(|x| x.too_large.is_none() && after.retries(x.status, false))
                    .unwrap_or(false),
                // Broken off: only where no answer came (refused or reset
                // before any response: nothing was done).
                Err(Some(e)) => {
                    recorded(|x| x.status.is_none() && after.retries(x.status, !e.is_timeout()))
                        .unwrap_or(false)
                }
            };
            if !passing || attempt >= attempts {
                break outcome;
            }
            let (status, retry_after) = recorded(|x| (x.status, x.retry_after)).unwrap_or_default();
            let wait = retry::backoff(attempt, retry_after);
            if started.elapsed() + wait >= transport.timeout {
                break outcome;
            }
            retrying(attempt, status, wait);
            Box::pin(tokio::time::sleep(wait)).await;
            attempt += 1;
            next_attempt(attempt, started + transport.timeout);
        };
        let exchange = take_exchange();
        let end = (exchange.status, exchange.attempts);
        let result = result.map_err(|e| Error::from_raw(e, exchange, operation));
        close_span(&closing, end, &result);
        result
    });
    tracing::Instrument::instrument(call, span).await
}
