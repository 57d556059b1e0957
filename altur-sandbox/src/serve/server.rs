//! HTTP/1.1 on loopback: each connection served by hyper, each request
//! handed to the pipeline. The accept loop is the sandbox's own rather than
//! a framework's so that a "lost answer" can close the connection after the
//! work was done and before any byte of the answer, as a crash or a network
//! failure would.

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming as Body;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use tracing::instrument::WithSubscriber;

use crate::engine::running::Running;
use crate::serve::pipeline::{self, Incoming, Outgoing};

/// Far above the largest request the spec allows (1000 contacts).
const MAX_REQUEST_BYTES: usize = 16 * 1024 * 1024;

/// Serves until `stop` says so.
pub async fn serve(running: Arc<Running>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => return,
        };
        let Ok((stream, _)) = accepted else {
            continue;
        };
        let running = running.clone();
        let mut stop = stop.clone();
        // The request log goes to the subscriber the sandbox was started
        // under (a test's), whichever thread serves the connection.
        let connection = async move {
            let lose = Arc::new(Notify::new());
            let service = {
                let lose = lose.clone();
                service_fn(move |request| {
                    let running = running.clone();
                    let lose = lose.clone();
                    async move { Ok::<_, Infallible>(handle(&running, request, &lose).await) }
                })
            };
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service);
            // Dropping the connection closes the socket, unanswered.
            tokio::select! {
                _ = connection => {}
                () = lose.notified() => {}
                _ = stop.changed() => {}
            }
        };
        tokio::spawn(connection.with_current_subscriber());
    }
}

async fn handle(running: &Running, request: Request<Body>, lose: &Notify) -> Response<Full<Bytes>> {
    let (head, body) = request.into_parts();
    let body = match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => {
            return plain(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "{{\"error\": 413, \"code\": \"PAYLOAD_TOO_LARGE\", \"message\": \"a request body is {MAX_REQUEST_BYTES} bytes at most\"}}"
                ),
            );
        }
    };
    let incoming = Incoming {
        method: head.method.as_str().to_owned(),
        path: head.uri.path().to_owned(),
        query: head.uri.query().map(str::to_owned),
        headers: head.headers,
        body,
    };
    match pipeline::answer(running, incoming).await {
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
            response
        }
        Outgoing::Lost => {
            lose.notify_one();
            std::future::pending().await
        }
        Outgoing::Hang => std::future::pending().await,
    }
}

fn plain(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}
