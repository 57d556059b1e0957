//! A real HTTP/1.1 server on loopback that records each request and answers
//! with whatever bytes a test chooses, well-formed or not.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as it arrived on the wire.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Header names in lower case, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// When the whole request had arrived.
    pub at: std::time::Instant,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON; a test that expects JSON fails here if it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the request body is JSON")
    }

    /// The query string, decoded, as (name, value) pairs in the order sent.
    pub fn query(&self) -> Vec<(String, String)> {
        let url = url::Url::parse(&format!("http://loopback{}", self.path))
            .expect("the request target is a path");
        url.query_pairs().into_owned().collect()
    }

    /// The first value of one query parameter, decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value)
    }
}

/// What to send back: bytes written to the socket as they are.
#[derive(Clone)]
pub enum Reply {
    /// A well-formed response with `Content-Length`.
    Http {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
    },
    /// Exactly these bytes, then the connection is closed.
    Raw(Vec<u8>),
    /// Read the request, then never answer.
    Silence,
    /// A 200 with a chunked body that never ends, until the client hangs up.
    Endless,
    /// This reply, after a while (without holding up other connections).
    Delayed(std::time::Duration, Box<Reply>),
}

impl Reply {
    /// A well-formed JSON response.
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Http {
            status,
            content_type: "application/json",
            body: body.into(),
        }
    }

    fn into_bytes(self) -> Option<Vec<u8>> {
        match self {
            Reply::Http {
                status,
                content_type,
                body,
            } => {
                let mut bytes = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n",
                    reason(status),
                    body.len()
                )
                .into_bytes();
                bytes.extend_from_slice(&body);
                Some(bytes)
            }
            Reply::Raw(bytes) => Some(bytes),
            Reply::Silence | Reply::Endless | Reply::Delayed(..) => None,
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        418 => "I'm a teapot",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

type Responder = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// A server on an ephemeral loopback port; stops when dropped.
pub struct TestServer {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    pub async fn start(respond: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("local addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let respond: Arc<Responder> = Arc::new(respond);
        let recorded = requests.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let respond = respond.clone();
                let recorded = recorded.clone();
                tokio::spawn(async move { serve(stream, respond, recorded).await });
            }
        });
        TestServer {
            url,
            requests,
            task,
        }
    }

    /// Always answers the same.
    pub async fn replying(status: u16, content_type: &'static str, body: &str) -> TestServer {
        let body = body.as_bytes().to_vec();
        TestServer::start(move |_| Reply::Http {
            status,
            content_type,
            body: body.clone(),
        })
        .await
    }

    /// Answers the n-th request (from 0) with `replies[n]`, and every later
    /// one with the last.
    pub async fn scripted(replies: Vec<Reply>) -> TestServer {
        assert!(!replies.is_empty(), "a script needs a reply");
        let count = std::sync::atomic::AtomicUsize::new(0);
        TestServer::start(move |_| {
            let n = count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            replies[n.min(replies.len() - 1)].clone()
        })
        .await
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests
            .lock()
            .expect("no test panicked holding the lock")
            .clone()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    respond: Arc<Responder>,
    recorded: Arc<Mutex<Vec<Recorded>>>,
) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    // Recorded before it is answered: a test that sees the effects of an
    // answer sees the request among the recorded.
    recorded
        .lock()
        .expect("no test panicked holding the lock")
        .push(request.clone());
    // On the blocking pool: a responder may block (`prism::forward`'s plain
    // TCP to a server on this very runtime), and on a worker it could hold
    // the task that server needs to answer (a worker's next task is not
    // stolen while it blocks): a test then hung for good.
    let mut reply = {
        let request = request.clone();
        tokio::task::spawn_blocking(move || respond(&request))
            .await
            .expect("the responder does not panic")
    };
    if let Reply::Delayed(delay, inner) = reply {
        tokio::time::sleep(delay).await;
        reply = *inner;
    }
    if let Reply::Endless = reply {
        let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
        if stream.write_all(head).await.is_ok() {
            while stream.write_all(chunk.as_bytes()).await.is_ok() {}
        }
        return;
    }
    match reply.into_bytes() {
        Some(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        None => std::future::pending::<()>().await,
    }
}

/// One request off the stream (head, then a `Content-Length` body).
pub async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let path = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let mut chunk = vec![0u8; length - body.len()];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    Some(Recorded {
        method,
        path,
        headers,
        body,
        at: std::time::Instant::now(),
    })
}
