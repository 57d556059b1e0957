//! What happens around every request the generated code sends: the response
//! body is read here, within a size limit, and what the server sent (status,
//! content type, raw body) is recorded, so that [`crate::Error`] can keep it
//! where progenitor's own error would drop it.

use std::cell::RefCell;
use std::future::Future;
use std::time::Instant;

use bytes::{Bytes, BytesMut};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::ResponseBuilderExt;
use reqwest::StatusCode;
use reqwest::header::HeaderValue;

use crate::error::{DocumentedError, Error};
use crate::generated::{Client, ResponseValue};

/// Per-client settings the hooks need. Only [`Client::builder`] makes one,
/// which keeps the generated constructors from building a client without
/// authentication.
#[derive(Clone, Debug)]
pub struct Transport {
    max_response_bytes: u64,
    log_bodies: bool,
}

impl Transport {
    pub(crate) fn new(max_response_bytes: u64, log_bodies: bool) -> Self {
        Self {
            max_response_bytes,
            log_bodies,
        }
    }
}

/// What came back, as far as it got.
#[derive(Debug, Default)]
pub(crate) struct Exchange {
    pub(crate) status: Option<StatusCode>,
    pub(crate) content_type: Option<HeaderValue>,
    pub(crate) body: Bytes,
    /// Set to the limit when the body passed it and was not read further.
    pub(crate) too_large: Option<u64>,
}

tokio::task_local! {
    static EXCHANGE: RefCell<Exchange>;
}

/// Runs one generated `send_generated()` and turns its error into the
/// crate's, with what [`ClientHooks::exec`] recorded meanwhile.
pub(crate) async fn record<T, E: DocumentedError>(
    call: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
) -> Result<ResponseValue<T>, Error> {
    let (result, exchange) = EXCHANGE
        .scope(RefCell::new(Exchange::default()), async {
            let result = call.await;
            (result, EXCHANGE.with(RefCell::take))
        })
        .await;
    result.map_err(|e| Error::from_generated(e, exchange))
}

fn note(change: impl FnOnce(&mut Exchange)) {
    // Outside `record` (no such caller in this crate) there is nothing to note.
    let _ = EXCHANGE.try_with(|exchange| change(&mut exchange.borrow_mut()));
}

impl ClientHooks<Transport> for Client {
    /// One `altur_api` DEBUG event per request: operation, method, path,
    /// status, elapsed time. Never headers (the key is one); bodies only at
    /// TRACE and only with [`ClientBuilder::log_bodies`](crate::ClientBuilder::log_bodies).
    async fn exec(
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
        let outcome = self.read_response(request).await;
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
                    "request"
                );
                if log_bodies {
                    EXCHANGE
                        .try_with(|x| {
                            tracing::trace!(
                                target: "altur_api",
                                operation = info.operation_id,
                                body = %String::from_utf8_lossy(&x.borrow().body),
                                "response body"
                            );
                        })
                        .ok();
                }
            }
            Err(error) => tracing::debug!(
                target: "altur_api",
                operation = info.operation_id,
                %method,
                path = error.url().map_or("", |url| url.path()),
                elapsed_ms,
                %error,
                "request failed"
            ),
        }
        outcome
    }
}

impl Client {
    async fn read_response(&self, request: reqwest::Request) -> reqwest::Result<reqwest::Response> {
        let mut response = self.client().execute(request).await?;
        let status = response.status();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .cloned();
        note(|x| {
            x.status = Some(status);
            x.content_type = content_type;
        });

        let limit = self.inner().max_response_bytes;
        // Carrying the URL over spares reqwest parsing a placeholder one.
        let mut head = http::Response::builder()
            .status(status)
            .version(response.version())
            .url(response.url().clone())
            .body(Bytes::new())
            .unwrap_or_default();
        *head.headers_mut() = std::mem::take(response.headers_mut());

        if response
            .content_length()
            .is_some_and(|declared| declared > limit)
        {
            note(|x| x.too_large = Some(limit));
            return Ok(head.into());
        }
        let mut chunks: Vec<Bytes> = Vec::new();
        let mut received: u64 = 0;
        loop {
            let chunk = match response.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(e) => {
                    note(|x| x.body = concat(chunks));
                    return Err(e);
                }
            };
            received += chunk.len() as u64;
            if received > limit {
                note(|x| x.too_large = Some(limit));
                return Ok(head.into());
            }
            chunks.push(chunk);
        }
        let body = concat(chunks);
        note(|x| x.body = body.clone());
        *head.body_mut() = body;
        Ok(head.into())
    }
}

/// One chunk, the usual case, is passed on without a copy.
fn concat(mut chunks: Vec<Bytes>) -> Bytes {
    match chunks.len() {
        0 => Bytes::new(),
        1 => chunks.pop().unwrap_or_default(),
        _ => {
            let mut all = BytesMut::with_capacity(chunks.iter().map(Bytes::len).sum());
            chunks.iter().for_each(|c| all.extend_from_slice(c));
            all.freeze()
        }
    }
}
