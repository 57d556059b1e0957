//! Altur's side of a webhook delivery, computed by python3 itself
//! (`tests/python/altur_webhooks.py`, standard library only): the judge of
//! what `altur_api::webhook` signs and accepts.

use std::io::Write;
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

/// What Python computes for one body.
#[derive(Debug, Clone)]
pub struct Signed {
    /// The current scheme's header value; `None` where Python cannot read
    /// the body as JSON.
    pub current: Option<String>,
    /// The older scheme's header value.
    pub legacy: String,
    /// `json.dumps(json.loads(body), separators=(",", ":"))`, as bytes.
    pub compact: Option<Vec<u8>>,
}

/// The signatures of each body with `secret`, in one python3 run.
pub fn sign(secret: &str, bodies: &[Vec<u8>]) -> Vec<Signed> {
    let requests = bodies
        .iter()
        .map(|body| json!({"sign": secret, "body": base64(body)}))
        .collect::<Vec<_>>();
    run(&requests)
        .into_iter()
        .map(|answer| Signed {
            current: answer["current"].as_str().map(str::to_owned),
            legacy: answer["legacy"]
                .as_str()
                .expect("legacy signature")
                .to_owned(),
            compact: answer["compact"].as_str().map(unbase64),
        })
        .collect()
}

/// The body re-rendered by Python's json.dumps: `"compact"`, `"spaced"`
/// (json.dumps' defaults) or `"pretty"` (indent=2, UTF-8 left raw).
pub fn render(style: &str, body: &[u8]) -> Vec<u8> {
    let answer = run(&[json!({"render": style, "body": base64(body)})]);
    unbase64(answer[0]["body"].as_str().expect("a rendered body"))
}

fn run(requests: &[Value]) -> Vec<Value> {
    let script = crate::workspace_root().join("tests/python/altur_webhooks.py");
    let mut child = Command::new("python3")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("python3 is needed to judge the webhook signatures (install Python 3): {e}")
        });
    let mut input = Vec::new();
    for request in requests {
        serde_json::to_writer(&mut input, request).expect("a request serializes");
        input.push(b'\n');
    }
    // Written from a thread: Python answers while it reads, and a pipe holds
    // only so much.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("python3 runs");
    writer
        .join()
        .expect("the writer thread")
        .expect("python3 reads its input");
    assert!(
        output.status.success(),
        "{} failed: {}",
        script.display(),
        output.status
    );
    let answers: Vec<Value> = output
        .stdout
        .split(|b| *b == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| serde_json::from_slice(line).expect("python3 answers JSON"))
        .collect();
    assert_eq!(answers.len(), requests.len(), "one answer per request");
    answers
}

fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

fn unbase64(text: &str) -> Vec<u8> {
    STANDARD.decode(text).expect("python3 answers base64")
}
