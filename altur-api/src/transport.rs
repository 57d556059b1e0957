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
    /// Shared by every clone of the client.
    #[cfg(feature = "rate-limit")]
    pub(crate) rate_limit: Option<Arc<governor::DefaultDirectRateLimiter>>,
    /// The limit's rate, for jobs that pace themselves by it (the import).
    #[cfg(feature = "rate-limit")]
    pub(crate) requests_per_second: Option<std::num::NonZeroU32>,
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
}

tokio::task_local! {
    static CALL: RefCell<Call>;
}

/// The record of the call, taken when it ends.
fn take_exchange() -> Exchange {
    CALL.with(|call| std::mem::take(&mut call.borrow_mut().exchange))
}

/// Runs one generated `send_generated()` of an operation that is sent once,
/// and turns its error into the crate's, with what [`ClientHooks::exec`]
/// recorded meanwhile.
pub(crate) fn record<T, E: DocumentedError>(
    call: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
) -> impl Future<Output = Result<ResponseValue<T>, Error>> {
    // Not boxed: at 2.4 KB (it was 9.6 KB when boxing it paid), copying the
    // future where it moves costs less than allocating 2.4 KB per call, which
    // glibc serves from its slow path. BENCHMARKS.md has the counts.
    CALL.scope(RefCell::default(), async move {
        let result = call.await;
        let exchange = take_exchange();
        result.map_err(|e| Error::from_generated(e, exchange))
    })
}

/// Runs `send` (a generated `send_generated()`) on `builder`, again on a
/// copy of it after a passing failure, for the operations the spec lets be
/// sent again (`codegen/retry_send.rs` picks them). Keeping the builder,
/// which holds the caller's arguments, costs less than keeping the request
/// made of them (its URL and header map): a retry builds the request anew.
pub(crate) fn record_retrying<'a, B, F, T, E>(
    client: &'a Client,
    builder: B,
    send: fn(B) -> F,
) -> impl Future<Output = Result<ResponseValue<T>, Error>> + 'a
where
    B: Clone + 'a,
    F: Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>> + 'a,
    E: DocumentedError,
{
    let transport = client.inner();
    CALL.scope(RefCell::default(), async move {
        let attempts = transport.max_retries.saturating_add(1);
        let started = Instant::now();
        let mut builder = builder;
        let mut attempt = 1;
        let result = loop {
            let again = (attempt < attempts).then(|| builder.clone());
            // Not boxed, for the reason `record` gives.
            let result = send(builder).await;
            let (Some(next), Err(error)) = (again, &result) else {
                break result;
            };
            let wait = match recorded(|x| (x.status, x.retry_after)).unwrap_or_default() {
                (Some(status), retry_after) if retry::is_passing(status) => {
                    retry::backoff(attempt, retry_after)
                }
                // Refused or reset before any response: nothing was done.
                (None, _) if matches!(error, progenitor_client::Error::CommunicationError(e) if !e.is_timeout()) => {
                    retry::backoff(attempt, None)
                }
                _ => break result,
            };
            if started.elapsed() + wait >= transport.timeout {
                break result;
            }
            // Boxed: only a retry needs it.
            Box::pin(tokio::time::sleep(wait)).await;
            attempt += 1;
            with_call(|call| {
                call.exchange = Exchange {
                    attempts: attempt,
                    ..Exchange::default()
                };
                // The next attempt carries what is left of the call's time.
                call.deadline.get_or_insert(started + transport.timeout);
            });
            builder = next;
        };
        let exchange = take_exchange();
        result.map_err(|e| Error::from_generated(e, exchange))
    })
}

fn with_call<T>(change: impl FnOnce(&mut Call) -> T) -> Option<T> {
    CALL.try_with(|call| change(&mut call.borrow_mut())).ok()
}

fn note<T>(change: impl FnOnce(&mut Exchange) -> T) -> Option<T> {
    // Outside `record` and `record_retrying` (no such caller in this crate)
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
        #[cfg(feature = "rate-limit")]
        if let Some(limiter) = &transport.rate_limit {
            // Boxed: most clients set no limit and need not carry it.
            Box::pin(limiter.until_ready()).await;
        }
        if let Some(deadline) = deadline {
            *request.timeout_mut() = Some(deadline.saturating_duration_since(Instant::now()));
        }
        self.attempt(request, info).await
    }
}

/// What this attempt recorded (`None` outside `record` and
/// `record_retrying`, where there is no record).
fn recorded<T>(read: impl FnOnce(&Exchange) -> T) -> Option<T> {
    CALL.try_with(|call| read(&call.borrow().exchange)).ok()
}

impl Client {
    /// One attempt, and one `altur_api` DEBUG event for it: operation,
    /// method, path, status, elapsed time (to the end of the body; for a
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
        match &outcome {
            Ok(response) => {
                tracing::debug!(
                    target: "altur_api",
                    operation = info.operation_id,
                    %method,
                    path = response.url().path(),
                    status = response.status().as_u16(),
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
                path = error.url().map_or("", |url| url.path()),
                elapsed_ms,
                attempt,
                %error,
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
