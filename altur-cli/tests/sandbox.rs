//! `altur sandbox` run as a process: its first line, one JSON object saying
//! where it is and what it made; a request from outside Rust (python3's
//! standard library) answered from its state, with a line per request on
//! standard error; killed with SIGKILL and started again on the same
//! `--state`, everything it had answered is still there; SIGTERM stops it
//! cleanly; with `--speed`, a small campaign runs to its end, its webhooks
//! received by `altur webhooks listen`; with `--spec`, an operation the
//! document adds is answered 501 NOT_MODELED, which `altur` says as such.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::altur;
use serde_json::Value;

/// A running `altur sandbox`, its first line read, its standard error
/// collected line by line.
struct Running {
    child: Child,
    first: Value,
    stderr: mpsc::Receiver<String>,
}

fn start(args: &[&str]) -> Running {
    let mut child = altur(["sandbox"].iter().chain(args))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("altur sandbox starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("a first line");
    let first: Value = serde_json::from_str(&line)
        .unwrap_or_else(|e| panic!("the first line is one JSON object ({e}): {line:?}"));
    let (lines, stderr) = mpsc::channel();
    let pipe = child.stderr.take().expect("piped");
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    Running {
        child,
        first,
        stderr,
    }
}

impl Running {
    fn url(&self) -> &str {
        self.first["base_url"].as_str().expect("base_url")
    }

    fn key(&self) -> &str {
        self.first["api_key"].as_str().expect("api_key")
    }

    /// A request as a program in another language sends it: python3's
    /// urllib, no Rust. The status and the answer.
    fn python(&self, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
        let script = r#"
import json, sys, urllib.request, urllib.error
url, key, method, body = sys.argv[1:5]
request = urllib.request.Request(url, method=method, data=body.encode() if body else None,
    headers={"Authorization": "api-key " + key, "Content-Type": "application/json"})
try:
    with urllib.request.urlopen(request) as answer:
        print(answer.status); print(answer.read().decode())
except urllib.error.HTTPError as error:
    print(error.code); print(error.read().decode())
"#;
        let output = std::process::Command::new("python3")
            .args([
                "-c",
                script,
                &format!("{}{path}", self.url()),
                self.key(),
                method,
                body.unwrap_or(""),
            ])
            .output()
            .expect("python3 runs");
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let (status, body) = text
            .split_once('\n')
            .unwrap_or_else(|| panic!("{text:?} {output:?}"));
        (
            status.trim().parse().expect("a status"),
            serde_json::from_str(body.trim()).unwrap_or(Value::Null),
        )
    }

    /// The next line on standard error that contains `needle`.
    fn logged(&self, needle: &str) -> String {
        loop {
            let line = self
                .stderr
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("no line with {needle:?} on standard error"));
            if line.contains(needle) {
                return line;
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn state_file(name: &str) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "altur-sandbox-{name}-{}.sqlite3",
        std::process::id()
    ));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path.display().to_string()
}

#[test]
fn answers_from_its_state_and_comes_back_after_sigkill() {
    let state = state_file("restart");
    let first = start(&["--seed", "5", "--state", &state]);
    let info = &first.first;
    assert!(first.url().starts_with("http://127.0.0.1:"), "{info}");
    assert_eq!(info["agents"].as_array().map(Vec::len), Some(2), "{info}");
    assert_eq!(
        info["integrations"].as_array().map(Vec::len),
        Some(6),
        "{info}"
    );
    assert!(
        info["webhook_secret"]
            .as_str()
            .is_some_and(|s| !s.is_empty()),
        "{info}"
    );

    let (status, user) = first.python(
        "POST",
        "/enduser",
        Some(r#"{"display_name": "Sofía Núñez"}"#),
    );
    assert_eq!(status, 200, "{user}");
    let id = user["id"].as_str().expect("an id").to_owned();
    let line = first.logged("create_end_user");
    assert!(line.contains("POST") && line.contains("200"), "{line}");
    let agent = info["agents"][0]["public_id"].as_str().unwrap();
    let integration = info["integrations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["agent_id"] == agent && i["channel"] == "phone_call")
        .expect("a phone integration")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let campaign = format!(
        r#"{{"name": "Cobranza", "agent_id": "{agent}", "integration_id": "{integration}"}}"#
    );
    let (status, created) = first.python("POST", "/campaigns", Some(&campaign));
    assert_eq!(status, 200, "{created}");
    let campaign_id = created["campaign"]["id"].as_i64().expect("a campaign id");
    let (status, _) = first.python("GET", "/enduser/nobody", None);
    assert_eq!(status, 400, "a malformed id");
    let key = first.key().to_owned();

    // Killed for real, mid-run.
    let mut first = first;
    let pid = first.child.id();
    std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("kill");
    first.child.wait().expect("it died");

    let again = start(&["--state", &state]);
    assert_eq!(again.key(), key, "the key is kept with the state");
    let (status, read) = again.python("GET", &format!("/enduser/{id}"), None);
    assert_eq!(
        (status, read["display_name"].as_str()),
        (200, Some("Sofía Núñez")),
        "{read}"
    );
    let (status, read) = again.python("GET", &format!("/campaigns/{campaign_id}"), None);
    assert_eq!(
        (status, read["campaign"]["name"].as_str()),
        (200, Some("Cobranza")),
        "{read}"
    );

    // SIGTERM: a clean stop.
    let mut again = again;
    let pid = again.child.id();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    let status = again.child.wait().expect("it stops");
    assert!(status.success(), "{status}");
}

#[test]
fn one_seed_one_sandbox() {
    let a = start(&["--seed", "77"]);
    let b = start(&["--seed", "77"]);
    let c = start(&["--seed", "78"]);
    for field in ["api_key", "agents", "webhook_secret"] {
        assert_eq!(a.first[field], b.first[field], "{field}");
        assert_ne!(a.first[field], c.first[field], "{field}");
    }
}

#[test]
fn a_fast_clock_runs_a_campaign_to_its_end_into_webhooks_listen() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut listen = altur(["webhooks", "listen", "--port", &port.to_string()])
        .env("ALTUR_WEBHOOK_SECRET", common::WEBHOOK_SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("altur webhooks listen starts");
    let (events, received) = mpsc::channel::<Value>();
    let stdout = listen.stdout.take().expect("piped");
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(event) = serde_json::from_str(&line) {
                let _ = events.send(event);
            }
        }
    });
    let url = format!("http://127.0.0.1:{port}/");
    let sandbox = start(&[
        "--seed",
        "3",
        "--speed",
        "600",
        "--webhook-url",
        &url,
        "--webhook-secret",
        common::WEBHOOK_SECRET,
    ]);
    let agent = sandbox.first["agents"][0]["public_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let integration = sandbox.first["integrations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["agent_id"] == agent.as_str() && i["channel"] == "phone_call")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = format!(
        r#"{{"name": "Rápida", "agent_id": "{agent}", "integration_id": "{integration}"}}"#
    );
    let (status, created) = sandbox.python("POST", "/campaigns", Some(&body));
    assert_eq!(status, 200, "{created}");
    let id = created["campaign"]["id"].as_i64().unwrap();
    let rows: Vec<String> = (0..5)
        .map(|n| format!(r#"{{"contact": "+150055500{n}1"}}"#))
        .collect();
    let (status, added) = sandbox.python(
        "POST",
        &format!("/campaigns/{id}/contacts"),
        Some(&format!(r#"{{"contacts": [{}]}}"#, rows.join(","))),
    );
    assert_eq!(status, 200, "{added}");
    let (status, _) = sandbox.python("POST", &format!("/campaigns/{id}/activate"), None);
    assert_eq!(status, 200);

    let mut statuses = Vec::new();
    let mut calls = 0;
    while statuses.last().map(String::as_str) != Some("finished") {
        let event = received
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("the campaign did not finish: {statuses:?}, {calls} calls"));
        let payload = &event["payload"];
        if event["event_type"] == "on_call_end" {
            calls += 1;
            assert!(payload["campaign_user"]["contact"].is_string(), "{event}");
        } else if event["event_type"] == "campaign.status_changed" {
            statuses.push(
                payload["data"]["campaign"]["status"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
        }
    }
    assert_eq!(statuses, ["ready", "active", "finished"]);
    assert_eq!(
        calls, 5,
        "one on_call_end per contact (each converts on the first call)"
    );
    let (_, campaign) = sandbox.python("GET", &format!("/campaigns/{id}"), None);
    assert_eq!(
        campaign["campaign"]["analytics"]["contactsConverted"], 5,
        "{campaign}"
    );
    let _ = listen.kill();
    let _ = listen.wait();
}

/// `altur sandbox --spec` on a document with an operation Altur added
/// (`GET /agents`): it routes it, logs it by its operationId, and answers
/// 501 NOT_MODELED naming it; `altur api` says so in those words, not as a
/// status the spec does not document.
#[test]
fn a_spec_with_a_new_operation_is_served_and_its_501_said_as_such() {
    let spec = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("altur-sandbox-spec-{}.yaml", std::process::id()));
    std::fs::write(
        &spec,
        altur_api_tests::changed_spec::text(&altur_api_tests::changed_spec::with_list_agents()),
    )
    .unwrap();
    let sandbox = start(&["--seed", "3", "--spec", spec.to_str().unwrap()]);
    let mut api = altur(["api", "GET", "/agents"]);
    api.env("ALTUR_API_KEY", sandbox.key())
        .env("ALTUR_BASE_URL", sandbox.url());
    let run = common::run(api);
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        "error: the sandbox does not model list_agents yet (501 NOT_MODELED)"
    );
    let logged = sandbox.logged("list_agents");
    assert!(logged.contains("501"), "{logged}");
    let _ = std::fs::remove_file(&spec);
}
