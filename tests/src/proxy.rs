//! A plain HTTP forward proxy on loopback, without CONNECT (what
//! `reqwest::Proxy::http` speaks for `http://` URLs): it records each request
//! as it passed, with its absolute-form target and every header, forwards it
//! to the server that target names, and copies the answer back.

use std::sync::{Arc, Mutex};

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

use crate::server::{Recorded, read_request};

/// A proxy on an ephemeral loopback port; stops when dropped.
pub struct RecordingProxy {
    pub url: String,
    passed: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl RecordingProxy {
    pub async fn start() -> RecordingProxy {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("local addr"));
        let passed = Arc::new(Mutex::new(Vec::new()));
        let recorded = passed.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(forward(stream, recorded.clone()));
            }
        });
        RecordingProxy { url, passed, task }
    }

    /// Every request that passed, in order.
    pub fn passed(&self) -> Vec<Recorded> {
        self.passed
            .lock()
            .expect("no test panicked holding the lock")
            .clone()
    }
}

impl Drop for RecordingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// One request per connection, as the test server answers: it closes the
/// connection after its answer, and so does the proxy.
async fn forward(mut client: TcpStream, passed: Arc<Mutex<Vec<Recorded>>>) {
    let Some(request) = read_request(&mut client).await else {
        return;
    };
    passed
        .lock()
        .expect("no test panicked holding the lock")
        .push(request.clone());
    let Some(rest) = request.path.strip_prefix("http://") else {
        let _ = client
            .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
            .await;
        return;
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let Ok(mut upstream) = TcpStream::connect(authority).await else {
        let _ = client
            .write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
            .await;
        return;
    };
    let path = if path.is_empty() { "/" } else { path };
    let mut head = format!("{} {path} HTTP/1.1\r\n", request.method);
    for (name, value) in &request.headers {
        if name != "proxy-connection" {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&request.body);
    if upstream.write_all(&bytes).await.is_err() {
        return;
    }
    let _ = tokio::io::copy(&mut upstream, &mut client).await;
    let _ = client.shutdown().await;
}
