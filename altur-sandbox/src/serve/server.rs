//! HTTP/1.1 on loopback: each connection served by hyper, each request
//! handed to the pipeline. The accept loop is the sandbox's own rather than
//! a framework's so that a "lost answer" can close the connection after the
//! work was done and before any byte of the answer, as a crash or a network
//! failure would.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming as Body;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::engine::running::{Running, spawn_carrying};
use crate::gate::api_error::ApiError;
use crate::serve::pipeline::{self, Incoming, Outgoing};

/// Far above the largest request the spec allows (1000 contacts).
const MAX_REQUEST_BYTES: usize = 16 * 1024 * 1024;

/// Serves until `stop` says so; then every open connection is closed (the
/// set of their tasks, dropped, aborts them).
pub async fn serve(running: Arc<Running>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => return,
            // Reaps the connections that ended, so the set does not grow.
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        let Ok((stream, _)) = accepted else {
            continue;
        };
        let running = running.clone();
        let service = service_fn(move |request| {
            let running = running.clone();
            async move { handle(&running, request).await }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .serve_connection(TokioIo::new(stream), service);
        // A lost answer is the service's error: hyper then closes the
        // connection, having written nothing.
        let connection = async move {
            let _ = connection.await;
        };
        // The request log goes to the subscriber the sandbox was started
        // under (a test's), whichever thread serves the connection.
        spawn_carrying!(|task| connections.spawn(task), connection);
    }
}

/// A lost answer: the work was done, the connection closes unanswered.
#[derive(Debug)]
struct Lost;

impl std::fmt::Display for Lost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the sandbox was told to lose this answer")
    }
}

impl std::error::Error for Lost {}

async fn handle(running: &Running, request: Request<Body>) -> Result<Response<Full<Bytes>>, Lost> {
    let (head, body) = request.into_parts();
    let body = match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => {
            return respond(Outgoing::error(&ApiError::new(
                413,
                "PAYLOAD_TOO_LARGE",
                format!("a request body is {MAX_REQUEST_BYTES} bytes at most"),
            )))
            .await;
        }
    };
    let incoming = Incoming {
        method: head.method.as_str().to_owned(),
        path: head.uri.path().to_owned(),
        query: head
            .uri
            .query()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default(),
        headers: head.headers,
        body,
    };
    respond(pipeline::answer(running, incoming).await).await
}

/// The pipeline's answer as hyper writes it (JSON, its headers), or none.
async fn respond(outgoing: Outgoing) -> Result<Response<Full<Bytes>>, Lost> {
    match outgoing {
        Outgoing::Answer {
            status,
            headers,
            body,
        } => {
            let mut response = Response::new(Full::new(Bytes::from(body)));
            *response.status_mut() =
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let map = response.headers_mut();
            map.insert(
                hyper::header::CONTENT_TYPE,
                hyper::header::HeaderValue::from_static("application/json"),
            );
            for (name, value) in headers {
                if let Ok(value) = hyper::header::HeaderValue::from_str(&value) {
                    map.insert(name, value);
                }
            }
            Ok(response)
        }
        Outgoing::Lost => Err(Lost),
        Outgoing::Hang => std::future::pending().await,
    }
}
